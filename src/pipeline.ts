/**
 * The library's main entry: input text → metric records.
 * normalize (with offset map) → segment → extract → attribute → records in input coordinates.
 */
import { normalize } from './normalize.js';
import { offsetIndex } from './offsets.js';
import { segment } from './segment.js';
import { scan } from './extract/scan.js';
import { attributeAll } from './attribute/index.js';
import type { ExtractOptions, MetricRecord } from './types.js';
import { checkExtractArgs } from './validate.js';

/**
 * The records of a text. Throws a TypeError when `input` is not a string (a Buffer must be
 * decoded first) and a RangeError for an unknown type or a year that is not four digits.
 */
export function extract(input: string, options: ExtractOptions = {}): MetricRecord[] {
  checkExtractArgs(input, options);
  const doc = options.doc ?? '-';
  const norm = normalize(input);
  const text = norm.text;
  // Every type is scanned and attributed, and only then filtered: a filter must never change the
  // records it keeps, and attribution reads the figures around a mention (32个重点项目投资完成率
  // measures 投资完成率 only because the count before it is seen).
  const mentions = scan(text);
  if (mentions.length === 0) return [];
  const want = options.types && options.types.length < 3 ? new Set(options.types) : null;
  const seg = segment(text);
  const idx = offsetIndex(input);
  const attrs = attributeAll(text, seg, mentions, { year: options.year });
  const out: MetricRecord[] = [];
  // Mentions of one sentence share its text (one string, not a trimmed copy per mention: the
  // copies were a good part of the worker's allocation, and jsonl output reuses the escaped form
  // of a repeated string).
  let lastS = -1, lastE = -1, lastSentence = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (want !== null && !want.has(m.type)) continue;
    const a = attrs[i];
    const [sStart, sEnd] = a.sentence;
    const u0 = norm.map[m.start];
    const u1 = norm.map[m.end - 1] + 1;
    const sentence = sEnd - sStart <= MAX_SENTENCE && sStart === lastS && sEnd === lastE
      ? lastSentence : sentenceText(text, sStart, sEnd, m.start, m.end);
    if (sEnd - sStart <= MAX_SENTENCE) { lastS = sStart; lastE = sEnd; lastSentence = sentence; }
    const textOf = input.slice(u0, u1);
    const start = idx.codePoint(u0), end = idx.codePoint(u1), line = idx.line(u0);
    // Two literals rather than one record rebuilt with period_norm spliced in before sentence:
    // the rest/spread copy was a good part of building records. Field order is output order.
    out.push(a.period_norm !== undefined ? {
      doc, type: m.type, text: textOf, start, end, line, value: m.value, value_max: m.valueMax, unit: m.unit,
      approx: m.approx, trend: a.trend, basis: a.basis, indicator: a.indicator, item: a.item, region: a.region,
      period: a.period, period_norm: a.period_norm, sentence,
    } : {
      doc, type: m.type, text: textOf, start, end, line, value: m.value, value_max: m.valueMax, unit: m.unit,
      approx: m.approx, trend: a.trend, basis: a.basis, indicator: a.indicator, item: a.item, region: a.region,
      period: a.period, sentence,
    });
  }
  return out;
}

// A sentence longer than this (a table flattened into one line, a page without punctuation)
// is shown as a window around the mention, so output stays proportional to the input.
const MAX_SENTENCE = 600;

function sentenceText(text: string, sStart: number, sEnd: number, mStart: number, mEnd: number): string {
  if (sEnd - sStart <= MAX_SENTENCE) return text.slice(sStart, sEnd).trim();
  const half = (MAX_SENTENCE - (mEnd - mStart)) >> 1;
  const a = Math.max(sStart, mStart - half);
  const b = Math.min(sEnd, mEnd + half);
  return (a > sStart ? '…' : '') + text.slice(a, b).trim() + (b < sEnd ? '…' : '');
}
