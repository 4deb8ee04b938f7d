/**
 * Options that make `cnmetrics extract` a stage of a pipeline or a cluster engine (GNU parallel,
 * Hadoop Streaming, Spark `RDD.pipe`, Dask): `--keep` carries a corpus's own fields through, and
 * `--on-error` says what a bad input or line does to the exit status and to stdout.
 */
import { Command, CommanderError, Option } from 'commander';
import { checkKeep } from '../format/cells.js';
import type { OutputFormat } from '../format/index.js';
import type { OnError } from '../stream/run.js';
import { EXIT_USAGE, csvList } from './common.js';

export interface StageCliOptions {
  keep?: string[];
  onError?: OnError;
}

export const ON_ERROR: OnError[] = ['report', 'skip', 'record'];

export function addStageOptions(cmd: Command): Command {
  return cmd
    .option('--keep <fields>', 'jsonl: copy these input fields into every record, after its own fields (e.g. date,url)', (v: string) => {
      const keep = csvList(v);
      if (keep.length === 0) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', 'error: --keep names no field');
      try { checkKeep(keep); } catch (e) {
        throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --${(e as Error).message}`);
      }
      return keep;
    })
    .addOption(new Option('--on-error <mode>', 'a bad input or JSONL line: report (stderr, exit 2), skip (stderr, exit 0), record (a {"doc","error","line"} line on stdout, exit 0)').choices(ON_ERROR));
}

/** A combination the options alone cannot refuse, as a usage message; null when fine. */
export function stageProblem(o: StageCliOptions & { inputFormat?: string }, format: OutputFormat): string | null {
  if (o.keep && o.inputFormat !== 'jsonl') return '--keep copies fields of JSON Lines records: it needs --input-format jsonl';
  if (o.onError === 'record' && format !== 'jsonl') return `--on-error record writes JSON Lines: it needs -f jsonl (not ${format})`;
  return null;
}
