/**
 * Streaming extraction: records of a text read chunk by chunk, with memory bounded by the chunk
 * size whatever the input size, and the same offsets and lines as reading it whole.
 *
 * Each chunk carries its place in the document (code points and lines before it) and a short
 * context: the latest headings and 《titles》 seen before it. The context is put in front of the
 * chunk when it is read, so a section heading naming a zone and a title cited later without its
 * brackets still apply across the cut; records found inside the context itself are dropped.
 * Chunks are independent once made, so workers can read them in any order (src/parallel).
 */
import { extract } from '../pipeline.js';
import type { ExtractOptions, MetricRecord } from '../types.js';
import { Chunker, findCut } from './chunk.js';
import { HEADING_MAX, isHeadingText } from '../segment.js';

/** One chunk, ready to read on its own. Plain data: it crosses to worker threads as is. */
export interface ChunkJob {
  doc: string;
  text: string;
  /** Code points and line breaks of the document before this chunk. */
  cpBase: number;
  lineBase: number;
  /** Headings and titles from before the chunk, one a line, put in front of it when reading. */
  context: string;
  /** Input fields copied into each of its records after the SPEC fields (`--keep`). */
  keep?: Record<string, unknown>;
}

/** How many of the latest headings and titles a chunk carries forward. */
const CARRY_HEADINGS = 16;
const CARRY_TITLES = 64;
/** The document's opening and the previous chunk's end carried as context, in UTF-16 units. */
const HEAD_MAX = 2000;
const TAIL_MAX = 2000;
const SENTENCE_END_CHARS = '。！？!?…”」』）)：:；;';
const CLAUSE_PUNCT = /[，,、；;]/;

function codePoints(s: string): number {
  let n = s.length;
  if (!/[\uD800-\uDBFF]/.test(s)) return n;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** Line breaks as offsets.ts counts them: \n, and a \r not followed by \n. */
function lineBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** Does this (trimmed, non-empty) line never run on into the next one? (normalize.continues) */
const endsBlock = (t: string) => SENTENCE_END_CHARS.includes(t[t.length - 1]) || !CLAUSE_PUNCT.test(t);

/** Headings of a raw chunk, in order: short unpunctuated lines that no earlier line runs into. */
function headingsOf(s: string): string[] {
  const out: string[] = [];
  let prev: string | null = null; // previous non-blank line, trimmed
  let ls = 0;
  while (ls <= s.length) {
    let nl = s.indexOf('\n', ls);
    if (nl < 0) nl = s.length;
    // Cheap length test first: almost every line of prose is long.
    if (nl - ls <= HEADING_MAX * 2 || prev === null || !endsBlock(prev)) {
      const t = s.slice(ls, nl).trim();
      if (t.length > 0) {
        if (isHeadingText(t) && endsBlock(t) && (prev === null || endsBlock(prev))) out.push(t);
        prev = t;
      }
    } else {
      // a long line: only its last character and clause punctuation matter for the next one
      prev = s.slice(ls, nl).trim() || prev;
    }
    ls = nl + 1;
  }
  return out;
}

/** 《titles》 of a raw chunk (a title never spans a line break). */
function titlesOf(s: string): string[] {
  const out: string[] = [];
  for (let i = s.indexOf('《'); i >= 0; ) {
    const j = s.indexOf('》', i + 1);
    if (j < 0) break;
    const nl = s.indexOf('\n', i + 1);
    if (nl < 0 || j < nl) out.push(s.slice(i, j + 1));
    i = s.indexOf('《', j + 1);
  }
  return out;
}

/** Start of the last lines of `s` (at most `max` units) that begin after a block end; s.length if none. */
function tailStart(s: string, max: number): number {
  if (s.length <= max) return 0;
  for (let nl = s.indexOf('\n', s.length - max - 1); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
    const ls = s.lastIndexOf('\n', nl - 1) + 1;
    const t = s.slice(ls, nl).trim();
    if (t !== '' && endsBlock(t)) return nl + 1;
  }
  return s.length;
}

function keepLatest(old: string[], add: string[], max: number): string[] {
  if (add.length === 0) return old;
  const all = [...old, ...add];
  const seen = new Set<string>();
  const out: string[] = [];
  for (let k = all.length - 1; k >= 0 && out.length < max; k--) {
    if (!seen.has(all[k])) { seen.add(all[k]); out.push(all[k]); }
  }
  return out.reverse();
}

/** One document read as a stream: turns its chunks, in order, into independent jobs. */
export class DocChunks {
  private cp = 0;
  private lines = 0;
  private headings: string[] = [];
  private titles: string[] = [];
  constructor(readonly doc: string) {}

  private head = '';
  private tail = '';

  job(text: string): ChunkJob {
    const first = this.cp === 0 && this.lines === 0;
    // Context, each part ending a block so none runs into the next: the document's opening lines
    // (its year and own city, which attribution takes from there), the titles (a line ending in
    // 。, never a heading), the latest headings (a 。 line between them, so they do not read as
    // one heading block), then the end of the previous chunk (the places named just before).
    const context = first ? '' : this.head +
      (this.titles.length ? this.titles.join('') + '。\n' : '') +
      this.headings.map((h) => h + '\n。\n').join('') +
      this.tail;
    const job: ChunkJob = { doc: this.doc, text, cpBase: this.cp, lineBase: this.lines, context };
    if (first) this.head = text.length > HEAD_MAX ? text.slice(0, findCut(text, HEAD_MAX)) : text;
    this.cp += codePoints(text);
    this.lines += lineBreaks(text);
    this.headings = keepLatest(this.headings, headingsOf(text), CARRY_HEADINGS);
    this.titles = keepLatest(this.titles, titlesOf(text), CARRY_TITLES);
    this.tail = text.slice(tailStart(text, TAIL_MAX));
    return job;
  }
}

/** The records of one chunk, in the document's coordinates. */
export function extractChunk(job: ChunkJob, opts: Omit<ExtractOptions, 'doc'> = {}): MetricRecord[] {
  if (job.context === '' && job.cpBase === 0 && job.lineBase === 0) return extract(job.text, { ...opts, doc: job.doc });
  const ctxCp = codePoints(job.context);
  const ctxLines = lineBreaks(job.context);
  const recs = extract(job.context + job.text, { ...opts, doc: job.doc });
  const out: MetricRecord[] = [];
  for (const r of recs) {
    if (r.start < ctxCp) continue;
    r.start = r.start - ctxCp + job.cpBase;
    r.end = r.end - ctxCp + job.cpBase;
    r.line = r.line - ctxLines + job.lineBase;
    out.push(r);
  }
  return out;
}

/**
 * Library entry for long texts: the records of a text given in pieces (any split, e.g. as read
 * from a stream), yielded chunk by chunk. Same records as `extract(pieces.join(''))` for a text
 * shorter than one chunk; see the README (Large corpora and speed) for what carries across chunks of a longer one.
 */
export function* extractPieces(pieces: Iterable<string>, opts: ExtractOptions = {}): Generator<MetricRecord[]> {
  const doc = new DocChunks(opts.doc ?? '-');
  const chunker = new Chunker();
  for (const p of pieces) for (const c of chunker.push(p)) yield extractChunk(doc.job(c), opts);
  for (const c of chunker.end()) yield extractChunk(doc.job(c), opts);
}
