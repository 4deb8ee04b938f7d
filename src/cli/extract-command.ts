/** `cnmetrics extract`: every metric of every input, as a table or a data format. */
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../pipeline.js';
import { createFormatter, defaultFields, type OutputFormat } from '../format/index.js';
import { collectInputs, DEFAULT_EXTENSIONS, fsReason } from '../input/collect.js';
import { MAX_INPUT_BYTES, parseSize, readInput } from '../input/read.js';
import { canonicalEncoding } from '../input/decode.js';
import { FIELDS, type Field, type MetricRecord, type MetricType } from '../types.js';
import { fileSink, stdoutSink, type Sink } from './output.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, FORMATS, TYPES, list, useColor, warn } from './common.js';
import { startProgress } from './progress.js';

export interface ExtractCliOptions {
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
  const { inputs, problems } = collectInputs(args, o.ext ?? DEFAULT_EXTENSIONS);
  let failed = problems.length > 0;
  for (const p of problems) warn(`${p.name}: ${p.reason}`);
  if (args.length === 0 && process.stdin.isTTY) return EXIT_USAGE; // caller prints help

  const format: OutputFormat = o.format ?? (o.output ? 'tsv' : process.stdout.isTTY ? 'table' : 'tsv');
  const fields = o.fields ?? (format === 'table' || format === 'md' ? undefined : defaultFields(o.year ? [{ period_norm: null } as MetricRecord] : []));
  const formatter = createFormatter({
    format, fields, header: o.header, bom: o.bom ?? false,
    color: format === 'table' && useColor(o.color), width: process.stdout.columns || 120,
  });
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
  try {
    sink.write(formatter.head());
    for (const ref of inputs) {
      const r = await readInput(ref, { encoding: o.encoding, maxSize: o.maxSize });
      progress.beforeWarnings(r);
      for (const w of r.warnings) warn(`${r.doc}: ${w}`);
      if (r.text === null) { warn(`${r.doc}: ${r.error}`); failed = true; continue; }
      let records;
      try {
        records = extract(r.text, { doc: r.doc, types: o.type, year: o.year });
      } catch (e) {
        // A bug on one input must not cost the records of the others; exit 70 says it was ours.
        warn(`${r.doc}: internal error (please report it with this input): ${(e as Error)?.message ?? String(e)}`);
        internal = true;
        continue;
      }
      if (o.item !== undefined) records = records.filter((x) => x.type === 'count' && x.item !== null && x.item.includes(o.item!));
      total += records.length;
      for (const rec of records) sink.write(formatter.row(rec));
      progress.step(ref, r.text);
    }
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
    .option('--ext <list>', `extensions read from directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--encoding <name>', 'input encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5 … (default: detect)', (v: string) => {
      let c: string | null = null;
      try { c = canonicalEncoding(v); } catch { /* unknown */ }
      if (c === null) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: unknown encoding "${v}" (try utf-8, utf-16le, utf-16be, gb18030, big5)`);
      return c === 'auto' ? undefined : v;
    })
    .option('--max-size <size>', `refuse inputs larger than this (default: ${MAX_INPUT_BYTES / 1024 / 1024}M)`, (v: string) => {
      const n = parseSize(v);
      if (n === null) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --max-size takes a size such as 64M or 1G, not "${v}"`);
      return n;
    })
    .option('-q, --quiet', 'no progress bar on stderr (shown only for long runs on a terminal)')
    .option('--year <yyyy>', 'the year the text speaks of, for period_norm', (v: string) => {
      if (!/^\d{4}$/.test(v)) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --year takes a four-digit year, not "${v}"`);
      return Number(v);
    });
}

export function extractCommand(): Command {
  return addExtractOptions(new Command('extract'))
    .description('list every metric in the inputs (the default command)')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .addHelpText('after', EXAMPLES)
    // addCommand does not pass the program's settings on: say where usage is after an option error.
    .showHelpAfterError('(run cnmetrics --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], opts: ExtractCliOptions, cmd: Command) => {
      if (inputs.length === 0 && process.stdin.isTTY) {
        cmd.outputHelp({ error: true });
        process.exitCode = EXIT_USAGE;
        return;
      }
      process.exitCode = await runExtract(inputs, opts);
    });
}
