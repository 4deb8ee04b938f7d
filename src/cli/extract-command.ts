/** `cnmetrics extract`: every metric of every input, as a table or a data format. */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { createFormatter, defaultFields, type OutputFormat } from '../format/index.js';
import { collectInputs, DEFAULT_EXTENSIONS, fsReason, type InputRef } from '../input/collect.js';
import { MAX_INPUT_BYTES, parseSize } from '../input/read.js';
import { canonicalEncoding } from '../input/decode.js';
import { startProgress } from './progress.js';
import { jsonlJobs, textJobs } from '../stream/source.js';
import { failureJson, PARALLEL_MIN, runSources } from '../stream/run.js';
import { addStageOptions, stageProblem, type StageCliOptions } from './stage-options.js';
import { FIELDS, type Field, type MetricRecord, type MetricType } from '../types.js';
import { fileSink, stdoutSink, type Sink } from './output.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, FORMATS, TYPES, commandDefaults, csvList, inputsAction, list, terminalWidth, useColor, warn } from './common.js';

export interface ExtractCliOptions extends StageCliOptions {
  format?: OutputFormat;
  type?: MetricType[];
  item?: string;
  fields?: Field[];
  output?: string;
  header: boolean;
  bom?: boolean;
  color: boolean;
  ext?: string[];
  year?: number;
  encoding?: string;
  maxSize?: number;
  quiet?: boolean;
  jobs?: number;
  inputFormat?: 'text' | 'jsonl';
  textField?: string;
  idField?: string;
}

function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Bytes of the named files (stdin counts as unknown, 0): decides whether workers start at once. */
function inputBytes(inputs: InputRef[]): number {
  let n = 0;
  for (const i of inputs) if (i.path !== null) { try { n += statSync(i.path).size; } catch { /* reported when read */ } }
  return n;
}

export const EXAMPLES = `
Examples:
  cnmetrics article.txt                         table of every metric in the article
  cat *.txt | cnmetrics -f csv > metrics.csv    export to CSV (header + one row a metric)
  cnmetrics -f jsonl reports/ | jq -c .         a directory, JSON Lines for jq
  cnmetrics -t count --item 项目 news.txt        project counts only
  cnmetrics -f csv --bom -o out.csv a.txt       CSV that Excel opens with Chinese intact
  cnmetrics --fields doc,text,value,unit,indicator -f tsv a.txt

Exit status: 0 when every input was read, 2 when an input could not be read
(the others are still processed) or the options were wrong.`;

export async function runExtract(args: string[], o: ExtractCliOptions): Promise<number> {
  const format: OutputFormat = o.format ?? (o.output ? 'tsv' : process.stdout.isTTY ? 'table' : 'tsv');
  const usage = stageProblem(o, format);
  if (usage) { warn(usage); return EXIT_USAGE; }
  const onError = o.onError ?? 'report';
  const { inputs, problems } = collectInputs(args, o.ext ?? (o.inputFormat === 'jsonl' ? ['.jsonl', '.ndjson'] : DEFAULT_EXTENSIONS));
  let failed = problems.length > 0 && onError === 'report';
  if (onError !== 'record') for (const p of problems) warn(`${p.name}: ${p.reason}`);
  if (args.length === 0 && process.stdin.isTTY) return EXIT_USAGE; // caller prints help

  const fields = o.fields ?? (format === 'table' || format === 'md' ? undefined : defaultFields(o.year ? [{ period_norm: null } as MetricRecord] : []));
  const formatOptions = {
    format, fields, header: o.header, bom: o.bom ?? false,
    color: format === 'table' && useColor(o.color), width: terminalWidth(), keep: o.keep,
  };
  const formatter = createFormatter(formatOptions);
  let sink: Sink;
  try {
    sink = o.output ? fileSink(o.output) : stdoutSink();
  } catch (e) {
    warn(`${o.output}: cannot write: ${fsReason(e)}`);
    return EXIT_INPUT;
  }
  let total = 0;
  let internal = false;
  const progress = startProgress(inputs, { quiet: o.quiet, stdoutBusy: !o.output && format !== 'table' && Boolean(process.stdout.isTTY) });
  // the bar leaves the line before anything else is said on stderr
  const say = (m: string) => { progress.clear(); warn(m); };
  try {
    sink.write(formatter.head());
    if (onError === 'record') for (const p of problems) sink.write(failureJson({ doc: p.name, error: p.reason, line: null }));
    // Inputs are read block by block and cut into chunks (src/stream); chunks of large inputs
    // are read by worker threads (src/parallel) and written back in input order.
    const jsonl = o.inputFormat === 'jsonl';
    const jobs = o.jobs ?? defaultJobs();
    const read = { encoding: o.encoding, maxSize: o.maxSize };
    const sources = (async function* () {
      for (const ref of inputs) {
        yield* jsonl ? jsonlJobs(ref, { textField: o.textField, idField: o.idField, keep: o.keep }) : textJobs(ref, read);
        progress.step(ref);
      }
    })();
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
    sink.close(false);
    throw e;
  }
  try {
    sink.close(true);
  } catch (e) {
    warn(`${o.output}: cannot write: ${fsReason(e)}`);
    return EXIT_INPUT;
  }
  if (total === 0 && format === 'table' && !o.quiet) warn('no metrics found');
  // 70 (EX_SOFTWARE): an input hit a bug in cnmetrics; the other inputs were still processed
  return internal ? 70 : failed ? EXIT_INPUT : EXIT_OK;
}

export function addExtractOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, tsv when piped)').choices(FORMATS))
    .option('-t, --type <list>', 'only these types: percent,amount,count', list(TYPES, 'type'))
    .option('--item <text>', 'only counts whose item contains the text (e.g. 项目 for project counts)')
    .option('--fields <list>', `columns to show, in this order (${FIELDS.join(',')},period_norm)`, list([...FIELDS, 'period_norm', 'what'] as Field[], 'field'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--no-header', 'csv/tsv/md: leave out the header row')
    .option('--bom', 'start the output with a UTF-8 BOM so Excel reads Chinese correctly')
    .option('--no-color', 'no colors in the table (also honours NO_COLOR / FORCE_COLOR)')
    .option('--ext <list>', `extensions read from directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, csvList)
    .option('--encoding <name>', 'input encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5 … (default: detect)', (v: string) => {
      let c: string | null = null;
      try { c = canonicalEncoding(v); } catch { /* unknown */ }
      if (c === null) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: unknown encoding "${v}" (try utf-8, utf-16le, utf-16be, gb18030, big5)`);
      return c === 'auto' ? undefined : v;
    })
    .option('--max-size <size>', `refuse inputs larger than this (default: none for text, which is streamed; ${MAX_INPUT_BYTES / 1024 / 1024}M for HTML, which is read whole)`, (v: string) => {
      const n = parseSize(v);
      if (n === null) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --max-size takes a size such as 64M or 1G, not "${v}"`);
      return n;
    })
    .option('-q, --quiet', 'no progress bar on stderr (shown only for long runs on a terminal)')
    .option('-j, --jobs <n>', 'worker threads for large inputs (default: the number of cores)', (v: string) => {
      if (!/^[1-9]\d*$/.test(v)) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --jobs takes a positive whole number, not "${v}"`);
      return Number(v);
    })
    .addOption(new Option('--input-format <fmt>', 'text (default) or jsonl: one JSON object a line, a document each').choices(['text', 'jsonl']))
    .option('--text-field <name>', 'jsonl: the field holding the text (default: text)')
    .option('--id-field <name>', 'jsonl: the field naming the record, used as doc (default: id)')
    .option('--year <yyyy>', 'the year the text speaks of, for period_norm', (v: string) => {
      if (!/^\d{4}$/.test(v)) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --year takes a four-digit year, not "${v}"`);
      return Number(v);
    });
}

export function extractCommand(): Command {
  return addStageOptions(addExtractOptions(commandDefaults(new Command('extract'))))
    .description('list every metric in the inputs (the default command)')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .addHelpText('after', EXAMPLES)
    .action(inputsAction(runExtract));
}
