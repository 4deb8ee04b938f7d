/** What every command shares: option parsers, exit codes, warnings, color. */
import { CommanderError } from 'commander';
import type { OutputFormat } from '../format/index.js';
import type { MetricType } from '../types.js';

export const FORMATS: OutputFormat[] = ['table', 'csv', 'tsv', 'json', 'jsonl', 'md'];
export const TYPES: MetricType[] = ['percent', 'amount', 'count'];

export const EXIT_OK = 0;
export const EXIT_INPUT = 2;
export const EXIT_USAGE = 2;


export function list<T extends string>(allowed: readonly T[], what: string) {
  return (v: string): T[] => {
    const items = v.split(',').map((s) => s.trim()).filter(Boolean);
    if (items.length === 0) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: ${what} is empty`);
    for (const it of items) {
      if (!(allowed as readonly string[]).includes(it)) {
        throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: unknown ${what} "${it}" (choose from ${allowed.join(', ')})`);
      }
    }
    return items as T[];
  };
}

export function warn(msg: string): void {
  process.stderr.write(`cnmetrics: ${msg}\n`);
}

/** Color for the table: --no-color and NO_COLOR turn it off, FORCE_COLOR on, else a terminal decides. */
export function useColor(flag: boolean): boolean {
  if (!flag) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return Boolean(process.stdout.isTTY);
}

/** Columns to fit a table into: the terminal's, else $COLUMNS (set it to size a piped table), else 120. */
export function terminalWidth(): number {
  const env = Number(process.env.COLUMNS);
  return process.stdout.columns || (Number.isInteger(env) && env > 0 ? env : 120);
}
