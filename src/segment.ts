/**
 * Segment: sentences and sections (a heading and the text under it) of the normalized text.
 * Positions are indexes into the normalized text.
 */

export interface Segments {
  /** Sorted start indexes of sentences; a sentence ends where the next one starts. */
  sentenceStarts: number[];
  /** Headings: short lines without sentence punctuation (`珠海高新区`, `招大引强 培育发展新动能`). */
  headings: { start: number; end: number; text: string }[];
}

const HEADING_MAX = 32;

export function segment(text: string): Segments {
  const sentenceStarts: number[] = [0];
  const headings: Segments['headings'] = [];
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10) {
      const line = text.slice(lineStart, i).trim();
      if (line.length > 0 && line.length <= HEADING_MAX && !/[。！？!?，,；;：:]/.test(line)) {
        headings.push({ start: lineStart, end: i, text: line });
      }
      lineStart = i + 1;
      if (i + 1 <= n) sentenceStarts.push(i + 1);
      continue;
    }
    // 。！？ end a sentence; closing quotes right after stay with it.
    if (c === 0x3002 || c === 0xFF01 || c === 0xFF1F || c === 0x21 || c === 0x3F) {
      let j = i + 1;
      while (j < n && /[”’」』）)]/.test(text[j])) j++;
      if (j < n && text.charCodeAt(j) !== 10) sentenceStarts.push(j);
      i = j - 1;
    }
  }
  // dedupe (a break right after 。 gives the same start twice)
  const uniq: number[] = [];
  for (const s of sentenceStarts) if (uniq.length === 0 || uniq[uniq.length - 1] !== s) uniq.push(s);
  return { sentenceStarts: uniq, headings };
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

const CLAUSE_BREAK = /[，,；;。！？!?\n]/;
const PAREN_SPAN = 40;

/**
 * The clause (between commas or semicolons) around [from, to) inside the sentence. A comma
 * inside parentheses (固定资产投资（不含农户，下同）同比增长) does not end a clause.
 */
export function clauseBounds(text: string, sStart: number, sEnd: number, from: number, to: number): [number, number] {
  let a = from;
  while (a > sStart) {
    const c = text[a - 1];
    if (c === '）' || c === ')') {
      const open = text.lastIndexOf(c === '）' ? '（' : '(', a - 2);
      if (open >= sStart && a - open <= PAREN_SPAN) { a = open; continue; }
    }
    if (CLAUSE_BREAK.test(c)) break;
    a--;
  }
  let b = to;
  while (b < sEnd) {
    const c = text[b];
    if (c === '（' || c === '(') {
      const close = text.indexOf(c === '（' ? '）' : ')', b + 1);
      if (close >= 0 && close < sEnd && close - b <= PAREN_SPAN) { b = close + 1; continue; }
    }
    if (CLAUSE_BREAK.test(c)) break;
    b++;
  }
  return [a, b];
}
