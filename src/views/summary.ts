/**
 * Summary: the picture behind a list of mentions. Per group (region, indicator, doc or all):
 * amount totals per currency (and per indicator where one repeats), the number of projects,
 * the growth rates, and how many repeated mentions were merged.
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

export type SummaryKind = 'total' | 'indicator_total' | 'projects' | 'growth' | 'mentions';

/** One line of a summary; every format writes these fields in this order. */
export interface SummaryRow {
  /** What the summary is grouped by. */
  by: GroupBy;
  /** The group's region / indicator / doc; null when not known (and for `by: none`, the whole input). */
  group: string | null;
  kind: SummaryKind;
  /** indicator_total and growth: the indicator; total, projects, mentions: null. */
  indicator: string | null;
  /** The sum (total, indicator_total, projects), the rate (growth) or the number of distinct mentions (mentions). */
  value: number;
  /** Sum of the upper ends when a summed mention is a range; a growth rate's own upper end. */
  value_max: number | null;
  /** Currency for totals, `%`/`pp` for growth, the measure word for projects, null for mentions. */
  unit: string | null;
  /** null when every summed figure is exact; else the bound the total carries (see `combineApprox`). */
  approx: Approx | null;
  trend: Trend | null;
  basis: Basis | null;
  period: string | null;
  /** How many distinct mentions went into the row (1 for growth). */
  mentions: number;
  /** How many repeats and restatements of those mentions were merged into them (see `dedupe`). */
  merged: number;
  /** What was summed or merged, for a reader to check: `292亿元 总投资额 (line 17) + …`. */
  detail: string;
}

export const SUMMARY_FIELDS = [
  'by', 'group', 'kind', 'indicator', 'value', 'value_max', 'unit', 'approx', 'trend', 'basis', 'period',
  'mentions', 'merged', 'detail',
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

function sumRow(base: Pick<SummaryRow, 'by' | 'group'>, kind: SummaryKind, indicator: string | null, unit: string,
  recs: MetricRecord[], mergedOf: Map<MetricRecord, number>, withDoc: boolean): SummaryRow {
  const hasRange = recs.some((r) => r.value_max !== null);
  return {
    ...base, kind, indicator,
    value: exactSum(recs.map((r) => r.value)),
    value_max: hasRange ? exactSum(recs.map((r) => r.value_max ?? r.value)) : null,
    unit,
    approx: combineApprox(recs),
    trend: null, basis: null, period: null,
    mentions: recs.length,
    merged: recs.reduce((n, r) => n + (mergedOf.get(r) ?? 0), 0),
    detail: recs.map((r) => describe(r, withDoc)).join(' + '),
  };
}

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
    // a 其中 figure is left out of a sum that already holds the figure it is part of
    const inGroup = new Set(recs);
    const isPart = (r: MetricRecord) => inGroup.has(parts.get(r)!);
    const note = (row: SummaryRow, list: MetricRecord[]): SummaryRow => {
      const left = list.filter(isPart);
      if (left.length > 0) {
        row.detail += `; not added: ${left.map((r) => `${describe(r, withDoc)}, part of ${parts.get(r)!.text}`).join('; ')}`;
      }
      return row;
    };
    const amounts = recs.filter((r) => r.type === 'amount');
    for (const [unit, list] of groupBy(amounts, (r) => r.unit)) {
      const summed = list.filter((r) => !isPart(r));
      rows.push(note(sumRow(base, 'total', null, unit, summed, mergedOf, withDoc), list));
    }
    if (by !== 'indicator') {
      // A change (存款余额5625.03亿元，比年初增加586.96亿元) is never added to the level it changes.
      const byIndicator = groupBy(amounts.filter((r) => r.indicator !== null && r.trend === null && !isPart(r)), (r) => `${r.indicator}\u0000${r.unit}`);
      for (const list of byIndicator.values()) {
        if (list.length < 2) continue; // a single mention is its own total; the list would only repeat it
        rows.push(sumRow(base, 'indicator_total', list[0].indicator, list[0].unit, list, mergedOf, withDoc));
      }
    }
    const projects = recs.filter(isProjectCount);
    if (projects.length > 0) {
      const summed = projects.filter((r) => !isPart(r));
      const units = [...new Set(summed.map((r) => r.unit))];
      rows.push(note(sumRow(base, 'projects', null, units.join('/'), summed, mergedOf, withDoc), projects));
    }
    for (const r of recs) {
      if (r.type !== 'percent' || r.trend === null) continue;
      rows.push({
        ...base, kind: 'growth', indicator: r.indicator, value: r.value, value_max: r.value_max, unit: r.unit,
        approx: r.approx, trend: r.trend, basis: r.basis, period: r.period, mentions: 1,
        merged: mergedOf.get(r) ?? 0, detail: describe(r, withDoc),
      });
    }
    const groupMerged = merged.filter((m) => inGroup.has(m.of));
    rows.push({
      ...base, kind: 'mentions', indicator: null, value: recs.length, value_max: null, unit: null, approx: null,
      trend: null, basis: null, period: null, mentions: recs.length, merged: groupMerged.length,
      detail: groupMerged.map((m) => `${m.record.text} (${withDoc ? m.record.doc + ':' : 'line '}${m.record.line}, ${m.why === 'repeat' ? 'repeats' : 'restates'} ${withDoc ? m.of.doc + ':' : 'line '}${m.of.line})`).join('; '),
    });
  }
  return rows;
}
