/**
 * Attribute: what each number measures (indicator, item), which way it moved (trend, basis),
 * where (region) and when (period). Places and periods are found once per document; each
 * mention is then attributed from its clause, its sentence and its section.
 */
import type { Segments } from '../segment.js';
import { clauseBounds, sentenceBounds } from '../segment.js';
import type { Mention } from '../extract/mention.js';
import type { MetricRecord, Trend } from '../types.js';
import type { Place } from './places.js';
import { findItem, findItemBefore } from './item.js';
import { findPlaces, regionPlaces } from './places.js';
import { documentYear, findPeriods, normalizePeriod, type PeriodMention } from './period.js';
import { findRegion, regionContext } from './region.js';
import { basisOf, trendAfter, trendOf } from './trend.js';
import { findIndicator, previousClauseSubject } from './indicator.js';
import { comparedTrend, contextBasis, contextPeriod, listTrend, periodContext, rateNounTrend, titleYear } from './context.js';

/** The record's attribute fields, and the sentence span (normalized text) they were read from. */
export type Attribution = Pick<MetricRecord, 'trend' | 'basis' | 'indicator' | 'item' | 'region' | 'period' | 'period_norm'>
  & { sentence: [number, number] };

export interface AttributeOptions { year?: number }

const LIST_GAP = /^[、和与及,，]?$/;
/** Between the level a change starts from and the level it reaches: 跃升到, 增加到, 至. */
const TO_LEVEL_GAP = /^(?:跃升|跃居|增加|增长|提高|提升|上升|扩大|减少|下降|降低|回落|缩小|增|降|升)?[到至]$/;

export function attributeAll(text: string, seg: Segments, mentions: Mention[], opts: AttributeOptions = {}): Attribution[] {
  const places = findPlaces(text);
  const periods = findPeriods(text);
  const headings = seg.headings;
  const rp = regionPlaces(text, places);
  const regionCtx = regionContext(text, rp.places, headings, rp.countries, rp.areas);
  const periodCtx = periodContext(text, seg);
  // the year the document states (its first lines, else its title under a page's menu lines)
  // wins; the option is the fallback (ExtractOptions.year)
  const year = documentYear(text) ?? titleYear(periodCtx.document) ?? opts.year;
  const out: Attribution[] = [];
  /** inList[i]: mention i continues a list begun by mention i - 1 (same sentence and type, 、 between). */
  const inList: boolean[] = [];
  /** inheritedRate[i]: mention i's trend is that of a rate named as a noun (增速分别为3.3%、0.5%). */
  const inheritedRate: boolean[] = [];
  /** verbTrend[i]: the direction the words give mention i, before its sign (what a list mate shares). */
  const verbTrend: (Trend | null)[] = [];
  /** fromAt[i]: mention i is the level a change starts from (从15家…). */
  const fromAt: boolean[] = [];
  /** windowAt[i]: where the words governing mention i start (its indicator window). */
  const windowAt: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const sentence = sentenceBounds(seg, text, m.start);
    const clause = clauseBounds(text, sentence[0], sentence[1], m.start, m.end);
    const prev = i > 0 ? mentions[i - 1] : null;
    const prevOut = i > 0 ? out[i - 1] : null;
    const sameClause = prev !== null && prev.end > clause[0];
    const sameSentence = prev !== null && prev.end > sentence[0];

    // 从15家跃升到38家: both levels are of what is named before 从 (not 跃升到38家), the second
    // the same as the first
    const fromLevel = text.charCodeAt(m.lead - 1) === 0x4ece /* 从 */;
    const toLevel = sameClause && prevOut !== null && fromAt[i - 1] && prev!.type === m.type && prev!.unit === m.unit
      && TO_LEVEL_GAP.test(text.slice(prev!.trail, m.lead));
    fromAt.push(fromLevel);
    const item = m.type !== 'count' ? null
      : toLevel ? prevOut!.item
      : fromLevel ? findItemBefore(text, m.lead - 1, clause[0], m.unit)
      : findItem(text, m.lead, m.end, clause[0], sentence[1], m.unit); // before any bound word (突破200万辆)

    // The words that govern this number: from the clause start or the previous mention in it.
    let from = clause[0];
    if (sameClause) {
      from = prev!.trail; // after its bound word too: 亿元以上项目完成投资 measures 项目完成投资
      // skip the previous count's noun: 32个重庆市级重点项目投资完成率 → 投资完成率
      if (prev!.type === 'count' && prevOut?.item) {
        // at `from` or one character on; an indexOf here searched the rest of the text when absent
        const it = prevOut.item;
        const k = text.startsWith(it, from) ? from : text.startsWith(it, from + 1) ? from + 1 : -1;
        if (k >= 0 && k + it.length <= m.start) from = k + it.length;
      }
    }
    windowAt.push(from);
    // up to the bound word: 不低于80% is a floor, not a fall (低于)
    const before = text.slice(from, m.lead);
    let { trend } = trendOf(before, m.type === 'percent');
    const ownTrend = trend;
    let basis = basisOf(before);
    let indicator = m.type === 'count' ? null
      : toLevel ? prevOut!.indicator
      // the words before the bound word (超, 约 …): the bound says how exact, not what
      : findIndicator({ text, from, start: fromLevel ? m.lead - 1 : m.lead, end: m.end, clauseEnd: clause[1], places, periods });

    // A list (分别增长4.3%、5.5%) or a clause with no subject of its own (到位资金190亿元，同比增长41.5%)
    // takes what it lacks from the previous mention of the same sentence.
    const listMate = prev !== null && prevOut !== null && sameSentence && prev.type === m.type && LIST_GAP.test(text.slice(prev.trail, m.start).trim());
    inList.push(listMate);
    if (listMate) {
      trend = trend ?? prevOut!.trend; basis = basis ?? prevOut!.basis; indicator = indicator ?? prevOut!.indicator;
    } else if (indicator === null && m.type !== 'count' && (trend !== null || basis !== null)) {
      // a change with no subject of its own: the figure before it in the clause (营收6800亿元左右、
      // 增长20%以上), else the subject of the clause before (总产量902.61万吨，减产3.2%)
      indicator = (sameClause ? prevOut?.indicator : null) ?? previousClauseSubject(text, sentence[0], clause[0], places, periods);
    }

    // a list mate shares the words' direction, not the sign of the figure before it (增长-3%、5%)
    if (listMate && ownTrend === null) trend = verbTrend[i - 1];

    // no change named before the number: one named after it (实现8.2%的增长)
    if (trend === null) {
      trend = trendAfter(text, m.end);
      // 分别实现8%、9%的增长: the change named after the last number of a list is the whole list's
      if (trend !== null) for (let j = i; j > 0 && inList[j] && out[j - 1].trend === null; j--) out[j - 1].trend = trend;
    }

    // a trend stated once carries to later list members of the sentence (压减时间58%、材料52%);
    // a rate named as a noun takes the direction of its sign (年均增速4.5%, 跌幅扩大至1%)
    if (trend === null && sameSentence && prevOut !== null) trend = listTrend(text, prev!, m, verbTrend[i - 1]);
    let rate = false;
    if (trend === null && m.type === 'percent') trend = comparedTrend(before); // 比全国高0.5个百分点
    if (trend === null && m.type === 'percent') { trend = rateNounTrend(before, m.value); rate = trend !== null; }
    // a basis read from the paragraph is for changes of a quantity, not for rates stated as levels
    // nor for points (a change of a rate names its own base)
    const listBasis = listMate ? basis : null; // its own, else the list's (分别比上年提高0.3、0.5和0.8个百分点)
    basis = contextBasis(periodCtx, trend, from, m.lead, !rate && !(listMate && inheritedRate[i - 1]) && m.unit !== 'pp', sentence[0]);
    if (basis === null && trend !== null) basis = listBasis;
    inheritedRate.push(rate || (listMate && inheritedRate[i - 1] === true));
    verbTrend.push(trend);
    // a signed number gives the actual direction: 增长-3.1% is a fall (a rate's sign is already
    // read; 下降-2.5% is taken as the fall it says, the sign a slip)
    if (trend === 'up' && !rate && m.value < 0) trend = 'down';
    const period = contextPeriod(periodCtx, m.start, m.end, sentence, clause);
    const a: Attribution = {
      trend, basis, indicator, item,
      region: findRegion(regionCtx, m.start, m.end, clause, sentence, m.type === 'count'),
      period, sentence,
    };
    if (opts.year !== undefined || year !== undefined) a.period_norm = period ? normalizePeriod(period, year) : null;
    out.push(a);
  }
  respectively(text, mentions, out, inList, windowAt, places, periods);
  return out;
}

/**
 * A、B、C分别增长x%、y%、z%: a list of subjects before 分别 ("respectively") and a list of as many
 * figures after it pair up in order. Each figure measures its own subject (地区生产总值 21.2%,
 * 全社会固定资产投资 39.9% …), not the whole list, which the list rule above would give them all.
 */
function respectively(
  text: string, mentions: Mention[], out: Attribution[], inList: boolean[], windowAt: number[],
  places: Place[], periods: PeriodMention[],
): void {
  for (let i = 0; i < mentions.length; ) {
    let j = i + 1;
    while (j < mentions.length && inList[j]) j++;
    const n = j - i;
    if (n >= 2 && mentions[i].type !== 'count') {
      const from = windowAt[i];
      // searched in the window only (a clause at most): a text-wide search per list would be quadratic
      const w = text.slice(from, mentions[i].lead);
      const rel = w.lastIndexOf('分别');
      if (rel >= 0) {
        const at = from + rel;
        // the subjects: the words before 分别, cut at each 、
        const cuts = [from];
        for (let k = w.indexOf('、'); k >= 0 && k < rel; k = w.indexOf('、', k + 1)) cuts.push(from + k + 1);
        if (cuts.length === n) {
          const names = cuts.map((a, k) => findIndicator({
            text, from: a, start: k + 1 < n ? cuts[k + 1] - 1 : at, end: at, clauseEnd: at, places, periods,
          }));
          if (names.every((x) => x !== null)) for (let k = 0; k < n; k++) out[i + k].indicator = names[k];
        }
      }
    }
    i = j;
  }
}
