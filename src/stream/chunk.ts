/**
 * Chunking: cut a long text into pieces that `extract` can read one at a time, with the same
 * records as reading it whole.
 *
 * A cut is only made where `normalize` would never join the two sides: right after a line break
 * whose line ends a sentence (。！？…”）：；) or has no clause punctuation at all (a heading, a
 * table row). Such a line never runs on into the next one, so sentences, clauses and headings
 * are the same on both sides of the cut. Only a line longer than the hard limit is cut inside:
 * after a sentence end, else after a clause break, else (a megabyte of digits) anywhere that is
 * not inside a surrogate pair or a CRLF — the one place a number could be split, documented in
 * the README (Large corpora and speed).
 */

/**
 * Chunks aim at this many UTF-16 units; a text shorter than this is one chunk, read exactly as a
 * whole. 64 Ki holds nearly any article or report; smaller chunks also measured faster (20 MB
 * corpus, -j 1: 2.3 s user at 64 Ki, 2.5 s at 256 Ki, 2.9 s at 1 Mi) because some attribution
 * steps grow faster than linearly with the length of the text they are given.
 */
export const CHUNK_TARGET = 1 << 16;

import { isTableish } from '../layout/tables.js';

// Same characters as normalize's SENTENCE_END_CODES and CLAUSE_PUNCT.
const SENTENCE_END_CHARS = '。！？!?…”」』）)：:；;';
const CLAUSE_CHARS = '，,、；;';
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
// The same sets by character code: lineEndsBlock walks whole lines, and s[k] of a CJK character
// is a new one-character string per step (findCut was 38 ms of the 20 MB profile).
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END_CODES = codes(SENTENCE_END_CHARS);
const CLAUSE_CODES = codes(CLAUSE_CHARS);

/** True when the line that ends at `nl` (a '\n' index) never continues into the next line. */
function lineEndsBlock(s: string, lineStart: number, nl: number): boolean {
  let e = nl;
  while (e > lineStart && isBlank(s.charCodeAt(e - 1))) e--;
  // A blank line decides nothing: normalize joins a sentence across blank lines (a PDF page
  // break), so the non-blank line before it is the one to judge.
  if (e === lineStart) return false;
  if (SENTENCE_END_CODES.has(s.charCodeAt(e - 1))) return true;
  for (let k = lineStart; k < e; k++) if (CLAUSE_CODES.has(s.charCodeAt(k))) return false;
  return true;
}

/**
 * May a chunk end at this line break? Not next to a line of a table (a row, its header, caption
 * or unit line), before or after it: a table is read whole, with the lines that say what its
 * columns are.
 */
function outsideTable(s: string, lineStart: number, nl: number): boolean {
  if (isTableish(s, lineStart, nl)) return false;
  let next = s.indexOf('\n', nl + 1);
  if (next < 0) next = s.length;
  return !isTableish(s, nl + 1, next);
}

/**
 * Where to cut `s` so that the first piece has at most `limit` units (and, when possible, at
 * least half of it). Returns an index in (0, limit].
 */
export function findCut(s: string, limit: number): number {
  const floor = limit >> 1;
  // 1. after a line break that ends a block
  for (let nl = s.lastIndexOf('\n', limit - 1); nl >= floor; nl = s.lastIndexOf('\n', nl - 1)) {
    const ls = s.lastIndexOf('\n', nl - 1) + 1;
    if (lineEndsBlock(s, ls, nl) && outsideTable(s, ls, nl)) return nl + 1;
  }
  // 1b. a table longer than half a chunk: between two of its lines (never inside a cell)
  for (let nl = s.lastIndexOf('\n', limit - 1); nl >= floor; nl = s.lastIndexOf('\n', nl - 1)) {
    const ls = s.lastIndexOf('\n', nl - 1) + 1;
    if (lineEndsBlock(s, ls, nl)) return nl + 1;
  }
  // 2. inside a huge line: after a sentence end (with its closing quotes), then a clause break
  for (const set of ['。！？!?', '，,；;、']) {
    for (let k = limit - 1; k >= floor; k--) {
      if (!set.includes(s[k])) continue;
      let j = k + 1;
      while (j < limit && '”’」』）)'.includes(s[j])) j++;
      if (j <= limit) return j;
    }
  }
  // 3. anywhere but inside a surrogate pair or between \r and \n
  let cut = limit;
  const c = s.charCodeAt(cut - 1);
  if ((c >= 0xd800 && c <= 0xdbff) || c === 0x0d) cut--;
  return cut;
}

/**
 * Incremental chunker: push decoded text as it arrives, take back whole chunks. Memory holds at
 * most one chunk plus one pushed piece.
 */
export class Chunker {
  private buf = '';
  constructor(private readonly target = CHUNK_TARGET) {}

  push(piece: string): string[] {
    this.buf = this.buf.length === 0 ? piece : this.buf + piece;
    const out: string[] = [];
    while (this.buf.length > this.target) {
      const cut = findCut(this.buf, this.target);
      out.push(this.buf.slice(0, cut));
      this.buf = this.buf.slice(cut);
    }
    return out;
  }

  end(): string[] {
    const rest = this.buf;
    this.buf = '';
    return rest.length > 0 ? [rest] : [];
  }
}

/** All chunks of a text held in memory. */
export function chunkText(text: string, target = CHUNK_TARGET): string[] {
  const c = new Chunker(target);
  return [...c.push(text), ...c.end()];
}
