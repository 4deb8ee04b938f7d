/**
 * Segment: sentences and sections (a heading and the text under it) of the normalized text.
 * Positions are indexes into the normalized text.
 */

export interface Segments {
  /** Sorted start indexes of sentences; a sentence ends where the next one starts. */
  sentenceStarts: number[];
  /** Headings: short lines without sentence punctuation (`珠海高新区`, `招大引强 培育发展新动能`). */
  headings: { start: number; end: number; text: string }[];
  /**
   * Table blocks (caption to last row), as [start, end) in the normalized text, sorted. Their
   * lines are rows, not headings; their figures are read as table cells (src/layout).
   */
  tables: { start: number; end: number }[];
}

/** A heading is a short line (trimmed) without sentence or clause punctuation. */
export const HEADING_MAX = 32;
const HEADING_PUNCT = /[。！？!?，,；;：:]/;
/** Is this trimmed, non-empty line a heading's text? (Also what the summary calls a headline.) */
export const isHeadingText = (t: string): boolean => t.length <= HEADING_MAX && !HEADING_PUNCT.test(t);
/** A sentence longer than this is cut at its next clause break, and at the hard limit regardless. */
const SENTENCE_SOFT = 1000;
const SENTENCE_HARD = 2000;

/** What String.prototype.trim() removes (WhiteSpace and LineTerminator, as \s). */
const isWhite = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export function segment(text: string, tables: { start: number; end: number }[] = []): Segments {
  const sentenceStarts: number[] = [0];
  let ti = 0; // next table block that may hold a line
  const headings: Segments['headings'] = [];
  const n = text.length;
  let lineStart = 0;
  let last = 0; // start of the current sentence
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (i - last >= SENTENCE_SOFT && c !== 10) {
      // No sentence end in sight (a table flattened to one line, or junk): cut at a clause break,
      // or anywhere past the hard limit. Attribution looks back over the clause and sentence for
      // every number, so unbounded sentences made it quadratic (64 KB without 。: 20 s).
      if (c === 0xFF0C || c === 0x2C || c === 0xFF1B || c === 0x3B) { sentenceStarts.push(i + 1); last = i + 1; continue; }
      if (i - last >= SENTENCE_HARD) { sentenceStarts.push(i); last = i; }
    }
    if (c === 10) {
      // Most lines are paragraphs: one longer than a heading whose ends are not white space
      // stays that long when trimmed, so it is not sliced and trimmed just to be measured.
      const long = i - lineStart > HEADING_MAX && !isWhite(text.charCodeAt(lineStart)) && !isWhite(text.charCodeAt(i - 1));
      while (ti < tables.length && tables[ti].end <= lineStart) ti++;
      const inTable = ti < tables.length && tables[ti].start <= lineStart;
      const line = long || inTable ? '' : text.slice(lineStart, i).trim();
      if (line.length > 0 && isHeadingText(line)) {
        headings.push({ start: lineStart, end: i, text: line });
      }
      lineStart = i + 1;
      if (i + 1 <= n) sentenceStarts.push(i + 1);
      last = i + 1;
      continue;
    }
    // 。！？ end a sentence; closing quotes right after stay with it.
    if (c === 0x3002 || c === 0xFF01 || c === 0xFF1F || c === 0x21 || c === 0x3F) {
      let j = i + 1;
      while (j < n && /[”’」』）)]/.test(text[j])) j++;
      if (j < n && text.charCodeAt(j) !== 10) { sentenceStarts.push(j); last = j; }
      i = j - 1;
    }
  }
  // dedupe (a break right after 。 gives the same start twice)
  const uniq: number[] = [];
  for (const s of sentenceStarts) if (uniq.length === 0 || uniq[uniq.length - 1] !== s) uniq.push(s);
  return { sentenceStarts: uniq, headings, tables };
}

/** Index of the sentence that contains position `pos` (binary search). */
export function sentenceIndex(seg: Segments, pos: number): number {
  const a = seg.sentenceStarts;
  let lo = 0, hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

export function sentenceBounds(seg: Segments, text: string, pos: number): [number, number] {
  const k = sentenceIndex(seg, pos);
  const start = seg.sentenceStarts[k];
  const end = k + 1 < seg.sentenceStarts.length ? seg.sentenceStarts[k + 1] : text.length;
  return [start, end];
}

// ，,；;。！？!?\n — char codes, not a regex per character: this runs twice per mention.
const isClauseBreak = (c: number) =>
  c === 0xFF0C || c === 0x2C || c === 0xFF1B || c === 0x3B || c === 0x3002 || c === 0xFF01 || c === 0xFF1F || c === 0x21 || c === 0x3F || c === 10;
const PAREN_SPAN = 40;
// A clause is a phrase, not a page: on text with no punctuation at all (a table row, a
// megabyte of one line) the scan stops here, which keeps every mention's cost bounded.
const MAX_CLAUSE = 200;

/**
 * The clause (between commas or semicolons) around [from, to) inside the sentence. A comma
 * inside parentheses (固定资产投资（不含农户，下同）同比增长) does not end a clause.
 */
export function clauseBounds(text: string, sStart: number, sEnd: number, from: number, to: number): [number, number] {
  // Character codes throughout: text[k] of a CJK character is a new one-character string, and
  // this walks up to 2 x 200 characters for every mention.
  let a = from;
  sStart = Math.max(sStart, from - MAX_CLAUSE);
  sEnd = Math.min(sEnd, to + MAX_CLAUSE);
  while (a > sStart) {
    const c = text.charCodeAt(a - 1);
    if (c === 0xFF09 /* ） */ || c === 0x29 /* ) */) {
      // nearest opening bracket, searched only as far as it may be (an unbounded lastIndexOf
      // per bracket is quadratic on a text full of unmatched brackets)
      const o = c === 0xFF09 ? 0xFF08 : 0x28;
      let open = -1;
      for (let k = a - 2, lo = Math.max(sStart, a - PAREN_SPAN); k >= lo; k--) if (text.charCodeAt(k) === o) { open = k; break; }
      if (open >= 0) { a = open; continue; }
    }
    if (isClauseBreak(c)) break;
    a--;
  }
  let b = to;
  while (b < sEnd) {
    const c = text.charCodeAt(b);
    if (c === 0xFF08 /* （ */ || c === 0x28 /* ( */) {
      const e = c === 0xFF08 ? 0xFF09 : 0x29;
      let close = -1;
      for (let k = b + 1, hi = Math.min(sEnd - 1, b + PAREN_SPAN); k <= hi; k++) if (text.charCodeAt(k) === e) { close = k; break; }
      if (close >= 0) { b = close + 1; continue; }
    }
    if (isClauseBreak(c)) break;
    b++;
  }
  return [a, b];
}
