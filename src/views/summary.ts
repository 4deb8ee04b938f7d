/**
 * Summary: the picture behind a list of mentions. Per group (region, indicator, doc or all):
 * the totals of each measure (amounts of one indicator, projects of one kind, each in one
 * unit, period, place and document), the growth rates, what was left out and why, and how
 * many repeated mentions were merged.
 *
 * A total only adds figures of the same measure: 农林牧渔业总产值 and its part 农业 are two
 * indicators, signed and started projects two items, two documents never one sum (they may
 * well report the same figure). A figure whose measure is unknown (no indicator), a change
 * (比年初增加586.96亿元, not a level) and a 其中 part of an earlier figure are never added;
 * the `not_added` row lists them with the reason.
 *
 * A pure function over records, so the library and the tests can use it without the CLI.
 */
import { plainNumber } from '../format/number.js';
import type { Approx, Basis, MetricRecord, Trend } from '../types.js';
import { foldWidth } from '../normalize.js';
import { isHeadingText } from '../segment.js';
import { groupBy } from '../group.js';

export type GroupBy = 'region' | 'indicator' | 'doc' | 'none';
export const GROUP_BY: GroupBy[] = ['region', 'indicator', 'doc', 'none'];

export type SummaryKind = 'total' | 'projects' | 'growth' | 'not_added' | 'mentions';

/** One line of a summary; every format writes these fields in this order. */
export interface SummaryRow {
  /** What the summary is grouped by. */
  by: GroupBy;
  /** The group's region / indicator / doc; null when not known (and for `by: none`, the whole input). */
  group: string | null;
  kind: SummaryKind;
  /** total and growth: the indicator; projects: the item counted (签约项目); not_added, mentions: null. */
  indicator: string | null;
  /** The sum (total, projects), the rate (growth), the number of figures left out (not_added) or of distinct mentions (mentions). */
  value: number;
  /** Sum of the upper ends when a summed mention is a range; a growth rate's own upper end. */
  value_max: number | null;
  /** Currency for totals, `%`/`pp` for growth, the measure word for projects, null for mentions. */
  unit: string | null;
  /** null when every summed figure is exact; else the bound the total carries (see `combineApprox`). */
  approx: Approx | null;
  trend: Trend | null;
  basis: Basis | null;
  /** The period every figure of the row states (as written), null when none does. */
  period: string | null;
  /** The place every figure of the row is attributed to; null when unknown (or several: not_added, mentions). */
  region: string | null;
  /** The document of every figure of the row; null for rows about several documents. */
  doc: string | null;
  /** How many distinct mentions went into the row (1 for growth). */
  mentions: number;
  /** How many repeats and restatements of those mentions were merged into them (see `dedupe`). */
  merged: number;
  /** What was summed, left out or merged, for a reader to check: `292亿元 总投资额 (line 17) + …`. */
  detail: string;
}

export const SUMMARY_FIELDS = [
  'by', 'group', 'kind', 'indicator', 'value', 'value_max', 'unit', 'approx', 'trend', 'basis', 'period',
  'region', 'doc', 'mentions', 'merged', 'detail',
] as const satisfies readonly (keyof SummaryRow)[];

export interface SummaryOptions {
  by?: GroupBy;
}

export interface Merged {
  /** The repeat that was dropped. */
  record: MetricRecord;
  /** The first mention it repeats, which is kept. */
  of: MetricRecord;
  /** `repeat`: the same sentence again, word for word; `restated`: the same figure said again (see `dedupe`). */
  why: 'repeat' | 'restated';
}

const squeeze = (s: string): string => foldWidth(s).replace(/\s+/g, '');

function occurrences(hay: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Repeated mentions: the same number in the same sentence text, in one document. A paragraph
 * pasted twice (common in copies from web pages) would otherwise double every total.
 * A sentence that says the same figure twice (`A区投资5亿元，B区投资5亿元`) has two mentions:
 * per sentence text, as many copies are kept as the number occurs in the sentence, so only
 * extra copies of the whole sentence are dropped. Documents are never merged with each other:
 * two articles may well report the same figure.
 *
 * Restatements: news says its key figures in the headline, again in the lead and again in the
 * body (`10个项目预计达产规模超12亿元` … `此次签约的10个项目…超12亿元`). A figure is merged into
 * an earlier one when both measure the same thing (type, value, bounds, unit, trend, region,
 * and item or indicator, which must be known), their periods agree, and one of the two is a
 * headline (a sentence that is a short line without punctuation) or the later one refers back
 * (此次 这些 上述 …). Equal figures in two ordinary sentences are kept: two projects may well
 * each invest 10亿元.
 */
export function dedupe(records: readonly MetricRecord[]): { kept: MetricRecord[]; merged: Merged[] } {
  const seen = new Map<string, { kept: MetricRecord[]; repeats: number }>();
  const same = new Map<string, MetricRecord[]>();
  const kept: MetricRecord[] = [];
  const merged: Merged[] = [];
  for (const r of records) {
    const key = JSON.stringify([r.doc, r.type, r.value, r.value_max, r.unit, r.approx, squeeze(r.text), squeeze(r.sentence)]);
    const entry = seen.get(key);
    if (entry) {
      // a mention whose text cannot be found in its sentence still occurs there once
      const allowed = Math.max(1, occurrences(squeeze(r.sentence), squeeze(r.text)));
      if (entry.kept.length >= allowed) {
        // the k-th copy in a repeated sentence repeats the k-th mention of the first one
        merged.push({ record: r, of: entry.kept[entry.repeats++ % entry.kept.length], why: 'repeat' });
        continue;
      }
    }
    const what = r.type === 'count' ? r.item : r.indicator;
    const figure = what === null ? null
      : JSON.stringify([r.doc, r.type, r.value, r.value_max, r.unit, r.approx, r.trend, r.region, what]);
    const earlier = figure === null ? undefined
      : same.get(figure)?.find((e) => periodsAgree(e.period, r.period) && (isHeadline(e) || isHeadline(r) || refersBack(r)));
    if (earlier) { merged.push({ record: r, of: earlier, why: 'restated' }); continue; }
    if (entry) entry.kept.push(r); else seen.set(key, { kept: [r], repeats: 0 });
    if (figure !== null) { const l = same.get(figure); if (l) l.push(r); else same.set(figure, [r]); }
    kept.push(r);
  }
  return { kept, merged };
}

/** 上半年 and 今年上半年 agree, and a period said once but not the other time. */
const periodsAgree = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a.endsWith(b) || b.endsWith(a);

// A headline is a heading line: its sentence is the whole line (segment.ts).
const isHeadline = (r: MetricRecord): boolean => isHeadingText(r.sentence);

const BACK_REFERENCES = ['此次', '本次', '这些', '上述', '前述', '以上', '该批'];
/** The sentence points back to something already said before the figure (此次签约的10个项目). */
function refersBack(r: MetricRecord): boolean {
  const s = squeeze(r.sentence);
  const at = s.indexOf(squeeze(r.text));
  const before = at < 0 ? s : s.slice(0, at);
  return BACK_REFERENCES.some((w) => before.includes(w));
}

const CLAUSE_BREAKS = /[，,；;。！？!?]/;

/**
 * 其中 figures: part of an earlier figure of the same sentence (签约项目47个…其中50亿元级项目5个 —
 * the 5 projects are among the 47). Each part maps to the figure it belongs to: the last one
 * before it in the sentence of the same type and unit. A total that added both would count the
 * part twice.
 */
export function partsOf(records: readonly MetricRecord[]): Map<MetricRecord, MetricRecord> {
  const parts = new Map<MetricRecord, MetricRecord>();
  for (let i = 1; i < records.length; i++) {
    const r = records[i];
    if (r.type === 'percent') continue;
    if (r.source === 'table') {
      const p = tableParent(records, i);
      if (p !== null) parts.set(r, p);
      continue;
    }
    const s = squeeze(r.sentence);
    // the earlier mentions of the same sentence, nearest first
    for (let j = i - 1; j >= 0; j--) {
      const p = records[j];
      if (p.doc !== r.doc || p.sentence !== r.sentence || p.start >= r.start) break;
      if (p.type !== r.type || p.unit !== r.unit) continue;
      const pAt = s.indexOf(squeeze(p.text));
      const rAt = pAt < 0 ? -1 : s.indexOf(squeeze(r.text), pAt + squeeze(p.text).length);
      if (rAt < 0) break;
      // the clause r stands in opens with 其中
      let c = rAt;
      while (c > pAt && !CLAUSE_BREAKS.test(s[c - 1])) c--;
      if (c > pAt && s.startsWith('其中', c)) parts.set(r, p);
      break;
    }
  }
  return parts;
}

/**
 * A table cell's row names its parent row (`固定资产投资·工业`): the cell is part of the parent
 * row's cell of the same kind (type, unit, period) in the same table, the nearest one above.
 */
function tableParent(records: readonly MetricRecord[], i: number): MetricRecord | null {
  const r = records[i];
  const name = r.indicator ?? r.item;
  const dot = name === null ? -1 : name.lastIndexOf('·');
  if (dot <= 0) return null;
  const parent = name!.slice(0, dot);
  for (let j = i - 1; j >= 0 && j >= i - 400; j--) {
    const p = records[j];
    if (p.doc !== r.doc || p.source !== 'table') break;
    if (p.type !== r.type || p.unit !== r.unit || p.period !== r.period) continue;
    const pn = p.indicator ?? p.item;
    if (pn === parent || (pn !== null && pn.endsWith('·' + parent))) return p;
  }
  return null;
}

/** Exact decimal sum: 4.6亿 + 12亿 + 0.1 never picks up binary noise. */
export function exactSum(values: readonly number[]): number {
  let scale = 0;
  const parts = values.map((v) => {
    const s = plainNumber(v);
    const dot = s.indexOf('.');
    const decimals = dot < 0 ? 0 : s.length - dot - 1;
    scale = Math.max(scale, decimals);
    return { digits: s.replace('.', ''), decimals };
  });
  let total = 0n;
  for (const p of parts) total += BigInt(p.digits) * 10n ** BigInt(scale - p.decimals);
  const neg = total < 0n;
  let s = (neg ? -total : total).toString().padStart(scale + 1, '0');
  if (scale > 0) s = s.slice(0, s.length - scale) + '.' + s.slice(s.length - scale);
  return Number((neg ? '-' : '') + s);
}

/**
 * The bound a sum carries. Exact figures keep it exact; lower bounds only (超 以上) make a lower
 * bound, upper bounds only (近 以下) an upper bound; anything mixed, `about`, or a range makes
 * the total approximate (`about`), so a fuzzy total is never shown as a plain figure.
 */
export function combineApprox(records: readonly MetricRecord[]): Approx | null {
  const set = new Set(records.map((r) => r.approx).filter((a): a is Approx => a !== null));
  if (records.some((r) => r.value_max !== null)) return 'about';
  if (set.size === 0) return null;
  const only = (allowed: Approx[]) => [...set].every((a) => allowed.includes(a));
  if (only(['over', 'at_least'])) return set.has('over') ? 'over' : 'at_least';
  if (only(['under', 'at_most'])) return set.has('under') ? 'under' : 'at_most';
  return 'about';
}

const APPROX_MARK: Record<Approx, string> = { about: '≈', over: '>', under: '<', at_least: '≥', at_most: '≤' };

function describe(r: MetricRecord, withDoc: boolean): string {
  const mark = r.approx ? APPROX_MARK[r.approx] : '';
  const name = r.type === 'count' ? r.item : r.indicator;
  const where = withDoc ? `${r.doc}:${r.line}` : `line ${r.line}`;
  return `${mark}${r.text}${name ? ' ' + name : ''} (${where})`;
}

const isProjectCount = (r: MetricRecord) => r.type === 'count' && r.item !== null && r.item.includes('项目');
const groupKey = (r: MetricRecord, by: GroupBy): string | null => (by === 'none' ? null : r[by]);
/** The one value every record has for a field, or null when they differ. */
const common = <K extends 'region' | 'doc' | 'period'>(recs: readonly MetricRecord[], k: K): MetricRecord[K] | null =>
  recs.length > 0 && recs.every((r) => r[k] === recs[0][k]) ? recs[0][k] : null;

function sumRow(base: Pick<SummaryRow, 'by' | 'group'>, kind: SummaryKind, indicator: string | null, unit: string,
  recs: MetricRecord[], mergedOf: Map<MetricRecord, number>, withDoc: boolean): SummaryRow {
  const hasRange = recs.some((r) => r.value_max !== null);
  return {
    ...base, kind, indicator,
    value: exactSum(recs.map((r) => r.value)),
    value_max: hasRange ? exactSum(recs.map((r) => r.value_max ?? r.value)) : null,
    unit,
    approx: combineApprox(recs),
    trend: null, basis: null, period: common(recs, 'period'), region: common(recs, 'region'), doc: common(recs, 'doc'),
    mentions: recs.length,
    merged: recs.reduce((n, r) => n + (mergedOf.get(r) ?? 0), 0),
    detail: recs.map((r) => describe(r, withDoc)).join(' + '),
  };
}

/**
 * One measure: the same thing counted or valued, in the same unit, period, place and document.
 * A bare 项目 with no indicator says what was counted but not what happened to it (签约项目47个,
 * 41个项目实现开工, 30个项目正式投用): such a figure is a measure of its own, never summed.
 */
const measureKey = (r: MetricRecord, what: string): string =>
  JSON.stringify([r.doc, r.region, what, r.indicator, r.unit, r.period, r.type === 'count' && what === '项目' && r.indicator === null ? r.start : null]);

export function summarize(records: readonly MetricRecord[], options: SummaryOptions = {}): SummaryRow[] {
  const by = options.by ?? 'region';
  const { kept, merged } = dedupe(records);
  const parts = partsOf(kept);
  const mergedOf = new Map<MetricRecord, number>();
  for (const m of merged) mergedOf.set(m.of, (mergedOf.get(m.of) ?? 0) + 1);
  const withDoc = new Set(records.map((r) => r.doc)).size > 1;

  const groups = groupBy(kept, (r) => groupKey(r, by));
  // the mentions nobody could place come last: they are the least informative
  const keys: (string | null)[] = [...groups.keys()].filter((k) => k !== null);
  if (groups.has(null)) keys.push(null);

  const rows: SummaryRow[] = [];
  for (const group of keys) {
    const recs = groups.get(group)!;
    const base = { by, group };
    const inGroup = new Set(recs);
    const notAdded: Array<{ r: MetricRecord; why: string }> = [];
    /** Why a figure cannot go into a total of its measure, or null when it can. */
    const leftOut = (r: MetricRecord, what: string | null): string | null => {
      // a 其中 figure is left out of a sum that already holds the figure it is part of
      const whole = parts.get(r);
      if (whole !== undefined && inGroup.has(whole)) return `part of ${whole.text}`;
      if (r.trend !== null) return 'a change, not a level';
      if (what === null) return r.type === 'count' ? 'what it counts is unknown' : 'no indicator: what it measures is unknown';
      return null;
    };
    const totals = (list: MetricRecord[], kind: SummaryKind, whatOf: (r: MetricRecord) => string | null) => {
      const buckets = new Map<string, MetricRecord[]>();
      for (const r of list) {
        const what = whatOf(r);
        const why = leftOut(r, what);
        if (why !== null) { notAdded.push({ r, why }); continue; }
        const k = measureKey(r, what!);
        const b = buckets.get(k);
        if (b) b.push(r); else buckets.set(k, [r]);
      }
      for (const b of buckets.values()) rows.push(sumRow(base, kind, whatOf(b[0]), b[0].unit, b, mergedOf, withDoc));
    };
    totals(recs.filter((r) => r.type === 'amount'), 'total', (r) => r.indicator);
    totals(recs.filter(isProjectCount), 'projects', (r) => r.item);
    for (const r of recs) {
      if (r.type !== 'percent' || r.trend === null) continue;
      rows.push({
        ...base, kind: 'growth', indicator: r.indicator, value: r.value, value_max: r.value_max, unit: r.unit,
        approx: r.approx, trend: r.trend, basis: r.basis, period: r.period, region: r.region, doc: r.doc, mentions: 1,
        merged: mergedOf.get(r) ?? 0, detail: describe(r, withDoc),
      });
    }
    if (notAdded.length > 0) {
      notAdded.sort((a, b) => recs.indexOf(a.r) - recs.indexOf(b.r));
      const list = notAdded.map((x) => x.r);
      rows.push({
        ...base, kind: 'not_added', indicator: null, value: notAdded.length, value_max: null, unit: null, approx: null,
        trend: null, basis: null, period: null, region: common(list, 'region'), doc: common(list, 'doc'),
        mentions: notAdded.length, merged: 0,
        detail: notAdded.map((x) => `${describe(x.r, withDoc)}: ${x.why}`).join('; '),
      });
    }
    const groupMerged = merged.filter((m) => inGroup.has(m.of));
    rows.push({
      ...base, kind: 'mentions', indicator: null, value: recs.length, value_max: null, unit: null, approx: null,
      trend: null, basis: null, period: null, region: common(recs, 'region'), doc: common(recs, 'doc'),
      mentions: recs.length, merged: groupMerged.length,
      detail: groupMerged.map((m) => `${m.record.text} (${withDoc ? m.record.doc + ':' : 'line '}${m.record.line}, ${m.why === 'repeat' ? 'repeats' : 'restates'} ${withDoc ? m.of.doc + ':' : 'line '}${m.of.line})`).join('; '),
    });
  }
  return rows;
}
