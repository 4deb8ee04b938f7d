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
import type { Mention } from './extract/mention.js';
import { tableFigures, type TableFigure } from './layout/table-records.js';
import type { TableBlock } from './layout/tables.js';
import { findPlaces } from './attribute/places.js';
import { findRegion, regionContext } from './attribute/region.js';
import { documentYear, normalizePeriod } from './attribute/period.js';

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
  let mentions = scan(text);
  const tables = norm.tables;
  // Figures inside a table block are read as cells, not as prose.
  if (tables.length > 0) mentions = outsideTables(mentions, norm.map, tables);
  if (mentions.length === 0 && tables.length === 0) return [];
  const want = options.types && options.types.length < 3 ? new Set(options.types) : null;
  const tableRanges = tables.length > 0 ? tables.map((b) => ({ start: lowerBound(norm.map, b.start), end: lowerBound(norm.map, b.end) })) : [];
  const seg = segment(text, tableRanges);
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
      period: a.period, period_norm: a.period_norm, sentence, source: 'text',
    } : {
      doc, type: m.type, text: textOf, start, end, line, value: m.value, value_max: m.valueMax, unit: m.unit,
      approx: m.approx, trend: a.trend, basis: a.basis, indicator: a.indicator, item: a.item, region: a.region,
      period: a.period, sentence, source: 'text',
    });
  }
  if (tables.length === 0) return out;
  const cells = tableRecords(input, text, tables, tableRanges, seg, idx, doc, options.year ?? documentYear(text), want);
  return cells.length === 0 ? out : mergeByStart(out, cells);
}

/** First normalized index whose input offset is at or after `u` (the map is increasing). */
function lowerBound(map: Int32Array, u: number): number {
  let lo = 0, hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < u) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The mentions that stand outside every table block (both sorted by position). */
function outsideTables(mentions: Mention[], map: Int32Array, tables: TableBlock[]): Mention[] {
  const keep: Mention[] = [];
  let t = 0;
  for (const m of mentions) {
    const u = map[m.start];
    while (t < tables.length && tables[t].end <= u) t++;
    if (t < tables.length && tables[t].start <= u) continue;
    keep.push(m);
  }
  return keep;
}

/** Records of the table cells: their offsets are the cells' own, their region the caption's or the document's. */
function tableRecords(
  input: string, text: string, tables: TableBlock[], ranges: { start: number; end: number }[],
  seg: ReturnType<typeof segment>, idx: ReturnType<typeof offsetIndex>, doc: string,
  year: number | undefined, want: Set<string> | null,
): MetricRecord[] {
  const placesOf = (s: string) => findPlaces(s).map((p) => p.name);
  const out: MetricRecord[] = [];
  // a table's cells share a handful of periods: each is normalized once
  const normed = new Map<string, string | null>();
  const norm = year === undefined ? null : (p: string): string | null => {
    let v = normed.get(p);
    if (v === undefined) { v = normalizePeriod(p, year); normed.set(p, v); }
    return v;
  };
  let ctx: ReturnType<typeof regionContext> | null = null;
  for (let b = 0; b < tables.length; b++) {
    const figs = tableFigures(tables[b], placesOf);
    if (figs.length === 0) continue;
    const capPlaces = tables[b].caption === null ? [] : placesOf(tables[b].caption!.replace(/\s+/g, ''));
    let region: string | null = capPlaces.length > 0 ? capPlaces[capPlaces.length - 1] : null;
    if (region === null) {
      ctx ??= regionContext(text, findPlaces(text), seg.headings);
      const at = ranges[b].start;
      region = findRegion(ctx, at, at, [at, at], [at, at]);
    }
    for (const f of figs) {
      if (want !== null && !want.has(f.type)) continue;
      out.push(figureRecord(input, f, f.region ?? region, doc, idx, norm));
    }
  }
  return out;
}

function figureRecord(
  input: string, f: TableFigure, region: string | null, doc: string, idx: ReturnType<typeof offsetIndex>,
  norm: ((p: string) => string | null) | null,
): MetricRecord {
  const start = idx.codePoint(f.start), end = idx.codePoint(f.end), line = idx.line(f.start);
  const text = input.slice(f.start, f.end);
  // Two literals, as for text records: field order is output order.
  return norm !== null ? {
    doc, type: f.type, text, start, end, line, value: f.value, value_max: null, unit: f.unit, approx: null,
    trend: f.trend, basis: f.basis, indicator: f.indicator, item: f.item, region, period: f.period,
    period_norm: f.period === null ? null : norm(f.period), sentence: f.sentence, source: 'table',
  } : {
    doc, type: f.type, text, start, end, line, value: f.value, value_max: null, unit: f.unit, approx: null,
    trend: f.trend, basis: f.basis, indicator: f.indicator, item: f.item, region, period: f.period,
    sentence: f.sentence, source: 'table',
  };
}

/** Two record lists, each sorted by start, merged into one. */
function mergeByStart(a: MetricRecord[], b: MetricRecord[]): MetricRecord[] {
  const out: MetricRecord[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
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
