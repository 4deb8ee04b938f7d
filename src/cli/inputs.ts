/**
 * The input options every command shares (extract, summary, highlight): which files, how they
 * are decoded, which of them are JSON Lines corpora, the year, the threads and the types. One
 * definition, so an option that works for `extract` works the same way everywhere.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { canonicalEncoding } from '../input/decode.js';
import { collectInputs, DEFAULT_EXTENSIONS, type InputProblem, type InputRef } from '../input/collect.js';
import { MAX_INPUT_BYTES, parseSize, type ReadOptions } from '../input/read.js';
import { jsonlDocs, jsonlJobs, textJobs, type SourceItem } from '../stream/source.js';
import { readInput } from '../input/read.js';
import type { MetricType } from '../types.js';
import { EXIT_USAGE, TYPES, csvList, list, warn } from './common.js';

export interface InputCliOptions {
  ext?: string[];
  encoding?: string;
  maxSize?: number;
  inputFormat?: 'text' | 'jsonl';
  textField?: string;
  idField?: string;
  year?: number;
  jobs?: number;
  type?: MetricType[];
}

/** Files with these extensions are JSON Lines corpora unless --input-format says otherwise. */
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

const usage = (msg: string) => new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: ${msg}`);

/**
 * Adds the shared input options. `what` words the -t help for the command (extract keeps only
 * these types; highlight marks only these).
 */
export function addInputOptions(cmd: Command, typeHelp = 'only these types: percent,amount,count'): Command {
  return cmd
    .option('-t, --type <list>', typeHelp, list(TYPES, 'type'))
    .option('--ext <list>', `extensions read from directories (default: ${DEFAULT_EXTENSIONS.join(',')}; with --input-format jsonl: ${JSONL_EXTENSIONS.join(',')})`, csvList)
    .option('--encoding <name>', 'input encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5 … (default: detect); also for JSON Lines', (v: string) => {
      let c: string | null = null;
      try { c = canonicalEncoding(v); } catch { /* unknown */ }
      if (c === null) throw usage(`unknown encoding "${v}" (try utf-8, utf-16le, utf-16be, gb18030, big5)`);
      return c === 'auto' ? undefined : v;
    })
    .option('--max-size <size>', `refuse inputs larger than this (default: none for text and JSON Lines, which are streamed; ${MAX_INPUT_BYTES / 1024 / 1024}M for HTML, which is read whole)`, (v: string) => {
      const n = parseSize(v);
      if (n === null) throw usage(`--max-size takes a size such as 64M or 1G, not "${v}"`);
      return n;
    })
    .addOption(new Option('--input-format <fmt>', `text, or jsonl: one JSON object a line, a document each (default: jsonl for ${JSONL_EXTENSIONS.map((e) => '*' + e).join(' ')} files, text otherwise)`).choices(['text', 'jsonl']))
    .option('--text-field <name>', 'jsonl: the field holding the text (default: text)')
    .option('--id-field <name>', 'jsonl: the field naming the record, used as doc (default: id)')
    .option('-j, --jobs <n>', 'worker threads for large inputs (default and most: the number of cores)', (v: string) => {
      if (!/^[1-9]\d*$/.test(v)) throw usage(`--jobs takes a positive whole number, not "${v}"`);
      return Number(v);
    })
    .option('--year <yyyy>', 'the year a text speaks of when its first lines state none, for period_norm', (v: string) => {
      if (!/^\d{4}$/.test(v)) throw usage(`--year takes a four-digit year, not "${v}"`);
      return Number(v);
    });
}

/** Is this input read as JSON Lines? --input-format decides; without it, the file's extension. */
export function isJsonl(ref: InputRef, o: InputCliOptions): boolean {
  if (o.inputFormat) return o.inputFormat === 'jsonl';
  return ref.path !== null && JSONL_EXTENSIONS.includes(extname(ref.path).toLowerCase());
}

/**
 * The inputs the arguments name. `skip` (the output file of -o) is never read: a second run of
 * `-o out/m.txt out/` must not read its own output.
 */
export function gatherInputs(args: string[], o: InputCliOptions, skip?: (path: string) => boolean): { inputs: InputRef[]; problems: InputProblem[] } {
  const exts = o.ext ?? (o.inputFormat === 'jsonl' ? JSONL_EXTENSIONS : DEFAULT_EXTENSIONS);
  const r = collectInputs(args, exts);
  if (!skip) return r;
  // only files found by walking a folder are skipped; one named on the command line is refused by the caller
  const named = new Set(args);
  return { inputs: r.inputs.filter((i) => i.path === null || named.has(i.path) || !skip(i.path)), problems: r.problems };
}

/**
 * Worker threads: -j, at most one per core. More threads than cores only compete for them and
 * each holds its own heap (-j 64 on 2 cores: 31 s and 1.3 GB instead of 4 s), so the pool is
 * capped and the cap said once on stderr.
 */
export function jobsFor(o: InputCliOptions, cores = availableParallelism()): number {
  const max = Math.max(1, cores);
  if (o.jobs === undefined) return max;
  if (o.jobs > max) {
    warn(`-j ${o.jobs}: this machine has ${max} core${max === 1 ? '' : 's'}; using ${max}`);
    return max;
  }
  return o.jobs;
}

export function readOptions(o: InputCliOptions, onRead?: (bytes: number) => void): ReadOptions & { onRead?: (bytes: number) => void } {
  return { encoding: o.encoding, maxSize: o.maxSize, onRead };
}

/** Every input as chunk jobs, in order; `done` is called after each input. `keep`: --keep of extract. */
export async function* sourcesOf(inputs: readonly InputRef[], o: InputCliOptions,
  hooks: { done?: (ref: InputRef) => void; onRead?: (bytes: number) => void } = {}, keep?: string[]): AsyncGenerator<SourceItem> {
  const read = readOptions(o, hooks.onRead);
  for (const ref of inputs) {
    yield* isJsonl(ref, o) ? jsonlJobs(ref, { textField: o.textField, idField: o.idField, keep }, read) : textJobs(ref, read);
    hooks.done?.(ref);
  }
}

/**
 * Every document of the inputs, whole (highlight needs the text beside its records): a text
 * file is one document, a JSON Lines file one per record. Problems go to `say`; returns whether
 * any input failed.
 */
export async function forEachDocument(inputs: readonly InputRef[], o: InputCliOptions,
  each: (doc: string, text: string) => void, say: (m: string) => void = warn): Promise<boolean> {
  let failed = false;
  const read = readOptions(o);
  for (const ref of inputs) {
    if (isJsonl(ref, o)) {
      for await (const it of jsonlDocs(ref, { textField: o.textField, idField: o.idField }, read)) {
        if ('message' in it) { if (it.message) say(it.message); if (it.failed) failed = true; } else each(it.doc, it.text);
      }
      continue;
    }
    const r = await readInput(ref, read);
    for (const w of r.warnings) say(`${r.doc}: ${w}`);
    if (r.text === null) { say(`${r.doc}: ${r.error}`); failed = true; } else each(r.doc, r.text);
  }
  return failed;
}
