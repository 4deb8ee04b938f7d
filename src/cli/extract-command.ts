/** `cnmetrics extract`: every metric of every input, as a table or a data format. */
import { Command, Option } from 'commander';
import { statSync } from 'node:fs';
import { createFormatter, defaultFields, type OutputFormat } from '../format/index.js';
import type { InputRef } from '../input/collect.js';
import { startProgress } from './progress.js';
import { failureJson, PARALLEL_MIN, runSources } from '../stream/run.js';
import { addStageOptions, stageProblem, type StageCliOptions } from './stage-options.js';
import { FIELDS, type Field, type MetricRecord } from '../types.js';
import { fileSink, outputFormat, outputGuard, outputPath, redirectNote, parseOutputOption, stdoutSink, type Sink } from './output.js';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, FORMATS, commandDefaults, inputsAction, list, terminalWidth, useColor, warn } from './common.js';
import { addInputOptions, gatherInputs, isJsonl, jobsFor, sourcesOf, type InputCliOptions } from './inputs.js';

export interface ExtractCliOptions extends InputCliOptions, StageCliOptions {
  format?: OutputFormat;
  item?: string;
  fields?: Field[];
  output?: string;
  header: boolean;
  bom?: boolean;
  color: boolean;
  quiet?: boolean;
}

/** Bytes of the named files (stdin counts as unknown, 0): decides whether workers start at once. */
function inputBytes(inputs: InputRef[]): number {
  let n = 0;
  for (const i of inputs) if (i.path !== null) { try { n += statSync(i.path).size; } catch { /* reported when read */ } }
  return n;
}

export const EXAMPLES = `
Examples:
  cnmetrics article.txt                     every metric, as a table
  cat *.txt | cnmetrics -f csv > m.csv      CSV: a header, a row a metric
  cnmetrics -f jsonl reports/ | jq -c .     a directory, JSON Lines for jq
  cnmetrics -t count --item 项目 news.txt    project counts only
  cnmetrics --bom -o out.csv a.txt          CSV (from the extension), Excel
  cnmetrics corpus.jsonl                    JSON Lines: a document a line
  cnmetrics --fields doc,text,value,what -f tsv a.txt

Exit status: 0 when every input was read; 2 when an input could not be
read (the others are still processed), the options were wrong or the
output could not be written; 70 when an input hit a bug in cnmetrics
(please report it; the other inputs are still processed).`;

export async function runExtract(args: string[], o: ExtractCliOptions): Promise<number> {
  const format = outputFormat(o.format, o.output);
  const path = outputPath(o.output);
  const note = redirectNote(o.format, o.output, format);
  if (note) warn(note);
  const onError = o.onError ?? 'report';
  const guard = outputGuard(o.output);
  const { inputs, problems } = gatherInputs(args, o, guard.isOutput);
  // *.jsonl files are JSON Lines without --input-format: --keep applies to them as it would with it
  const allJsonl = inputs.length > 0 && inputs.every((i) => isJsonl(i, o));
  const usage = stageProblem({ ...o, inputFormat: o.inputFormat ?? (allJsonl ? 'jsonl' : undefined) }, format);
  if (usage) { warn(usage); return EXIT_USAGE; }
  let failed = problems.length > 0 && onError === 'report';
  if (onError !== 'record') for (const p of problems) warn(`${p.name}: ${p.reason}`);
  if (args.length === 0 && process.stdin.isTTY) return EXIT_USAGE; // caller prints help
  const clobbered = guard.clobbers(inputs);
  if (clobbered !== null) {
    warn(`${o.output}: is also an input (${clobbered}); refusing to write over it`);
    return EXIT_USAGE;
  }

  // several documents in one table: a doc column says which rows are whose
  const docColumn = !o.fields && (inputs.length > 1 || inputs.some((i) => isJsonl(i, o)));
  const fields = o.fields ?? (format === 'table' || format === 'md' ? undefined : defaultFields(o.year ? [{ period_norm: null } as MetricRecord] : []));
  const formatOptions = {
    format, fields, header: o.header, bom: o.bom ?? false, docColumn,
    color: format === 'table' && path === null && useColor(o.color), width: terminalWidth(), keep: o.keep,
  };
  let formatter;
  try {
    formatter = createFormatter(formatOptions);
  } catch (e) {
    warn((e as Error).message);
    return EXIT_USAGE;
  }
  const jobs = jobsFor(o);
  const sink: Sink = path !== null ? fileSink(path) : stdoutSink();
  let total = 0;
  let internal = false;
  const progress = startProgress(inputs, { quiet: o.quiet, stdoutBusy: path === null && format !== 'table' && Boolean(process.stdout.isTTY) });
  // the bar leaves the line before anything else is said on stderr
  const say = (m: string) => { progress.clear(); warn(m); };
  try {
    sink.write(formatter.head());
    if (onError === 'record') for (const p of problems) sink.write(failureJson({ doc: p.name, error: p.reason, line: null }));
    // Inputs are read block by block and cut into chunks (src/stream); chunks of large inputs
    // are read by worker threads (src/parallel) and written back in input order.
    const sources = sourcesOf(inputs, o, { done: (ref) => progress.step(ref), onRead: (n) => progress.read(n) }, o.keep);
    const r = await runSources(sources, {
      jobs,
      large: jobs > 1 && inputBytes(inputs) > 2 * PARALLEL_MIN,
      extract: { types: o.type, year: o.year },
      item: o.item,
      format: formatOptions,
      onError,
    }, formatter, (s) => sink.write(s), say);
    total = r.total;
    if (r.failed) failed = true;
    if (r.internal) internal = true;
    progress.clear();
    sink.write(formatter.tail());
  } catch (e) {
    progress.clear();
    sink.close(false);
    throw e;
  }
  sink.close(true);
  if (total === 0 && format === 'table' && !o.quiet) warn('no metrics found');
  return internal ? EXIT_INTERNAL : failed ? EXIT_INPUT : EXIT_OK;
}

/** The output options extract and summary share. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension .csv .tsv .json .jsonl .md; else table on a terminal, tsv otherwise)').choices(FORMATS))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout; - is stdout; never one of the inputs (for Excel: -o NAME.csv --bom)', parseOutputOption)
    .option('--no-header', 'csv/tsv/md: leave out the header row')
    .option('--bom', 'start the output with a UTF-8 BOM so Excel reads Chinese correctly')
    .option('--no-color', 'no colors in the table (also honours NO_COLOR / FORCE_COLOR)');
}

export function addExtractOptions(cmd: Command): Command {
  addOutputOptions(cmd)
    .option('--item <text>', 'only counts whose item contains the text (e.g. 项目 for project counts)')
    .option('--fields <list>', `columns to show, in this order: ${[...FIELDS, 'period_norm', 'what'].join(', ')} (what: the item of a count, else the indicator)`, list([...FIELDS, 'period_norm', 'what'] as Field[], 'field'))
    .option('-q, --quiet', 'no progress bar on stderr (shown only for long runs on a terminal)');
  return addInputOptions(cmd);
}

export function extractCommand(): Command {
  return addStageOptions(addExtractOptions(commandDefaults(new Command('extract'))))
    .description('list every metric in the inputs (the default command)')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .addHelpText('after', EXAMPLES)
    .action(inputsAction(runExtract));
}
