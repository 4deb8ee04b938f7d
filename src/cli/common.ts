/** What every command shares: option parsers, exit codes, warnings, color. */
import { CommanderError, type Command } from 'commander';
import type { OutputFormat } from '../format/index.js';
import type { MetricType } from '../types.js';
import { displayWidth } from '../format/cells.js';

export const FORMATS: OutputFormat[] = ['table', 'csv', 'tsv', 'json', 'jsonl', 'md'];
export const TYPES: MetricType[] = ['percent', 'amount', 'count'];

export const EXIT_OK = 0;
export const EXIT_INPUT = 2;
export const EXIT_USAGE = 2;
/** The output could not be written (full disk, read-only file system). */
export const EXIT_OUTPUT = 2;
/** EX_SOFTWARE: a bug in cnmetrics, not in the input; the other inputs were still processed. */
export const EXIT_INTERNAL = 70;


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

/** `a, b,c` → ['a', 'b', 'c'] for list options (--ext). */
export const csvList = (v: string): string[] => v.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * The action of a command that reads inputs. With no input and a terminal on stdin there is
 * nothing to read: the help goes to stderr and the exit status is 2, as for any usage error.
 */
export function inputsAction<O>(run: (inputs: string[], o: O) => Promise<number>) {
  return async (inputs: string[], opts: O, cmd: Command): Promise<void> => {
    if (inputs.length === 0 && process.stdin.isTTY) {
      cmd.outputHelp({ error: true });
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.exitCode = await run(inputs, opts);
  };
}

/** Settings every command needs that addCommand does not pass on from the program. */
export function commandDefaults(cmd: Command): Command {
  return cmd.showHelpAfterError('(run cnmetrics --help for usage)').exitOverride().configureHelp(HELP);
}

/**
 * Help wrapped by display width: a Chinese character takes two columns, which commander's own
 * measure (string length) does not know, so its lines ran past 80 columns and the terminal
 * broke them mid-word.
 */
export const HELP = { displayWidth: (s: string): number => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, '')) };
