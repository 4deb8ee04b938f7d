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
import { findItem, findItemBefore, personFallback, qualifierBefore, setBefore } from './item.js';
import { findPlaces, regionPlaces } from './places.js';
import { documentYear, findPeriods, FROM_NOW, statesYear, normalizePeriod, type PeriodMention } from './period.js';
import { findRegion, regionContext } from './region.js';
import { basisOf, lastTrendWord, trendAfter, trendOf } from './trend.js';
import { findIndicator, previousClauseSubject, readIndicator } from './indicator.js';
import { comparedTrend, contextBasis, contextPeriod, contextYear, listTrend, periodContext, rateNounTrend, titleYear } from './context.js';
import { shareKeepsNoun } from './clause.js';
import { firstEndingAfter } from './spans.js';

/** The record's attribute fields, and the sentence span (normalized text) they were read from. */
export type Attribution = Pick<MetricRecord, 'trend' | 'basis' | 'indicator' | 'item' | 'region' | 'period' | 'period_norm'>
  & { sentence: [number, number] };

export interface AttributeOptions { year?: number }

// (a list member may repeat the measure word the last one's unit starts with: 6.7个、5.2个百分点)
const LIST_GAP = /^个?[、和与及,，]?$/;
/** Names that are already a rate, share or level of their own (增速, 率, 比重, 指数 …): points of them need no 增速. */
const RATE_LIKE_END = /(?:增速|增幅|涨幅|跌幅|降幅|增长率|增长速度|率|比重|占比|份额|比例|之比|指数|强度|水平)$/;
/** Between the level a change starts from and the level it reaches: 跃升到, 增加到, 至. */
const TO_LEVEL_GAP = /^(?:跃升|跃居|增加|增长|提高|提升|上升|扩大|减少|下降|降低|回落|缩小|精简|压减|增|降|升)?[到至为]$/;

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
  const withNorm = year !== undefined || statesYear(text);
  const out: Attribution[] = [];
  /** inList[i]: mention i continues a list begun by mention i - 1 (same sentence and type, 、 between). */
  const inList: boolean[] = [];
  /** rateAdded[i]: mention i's indicator got 增速 as points of the growth rate before it (not a name of the text). */
  const rateAdded: boolean[] = [];
  /** inheritedRate[i]: mention i's trend is that of a rate named as a noun (增速分别为3.3%、0.5%). */
  const inheritedRate: boolean[] = [];
  /** verbTrend[i]: the direction the words give mention i, before its sign (what a list mate shares). */
  const verbTrend: (Trend | null)[] = [];
  /** fromAt[i]: mention i is the level a change starts from (从15家…). */
  const fromAt: boolean[] = [];
  /** windowAt[i]: where the words governing mention i start (its indicator window). */
  const windowAt: number[] = [];
  /** afterAt[i]: where the noun mention i took from after itself ends (-1: none). */
  const afterAt: number[] = [];
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
    // (also with the year of each level between: 人均地区生产总值从2020年的10.5万元提高到2025年的14万元)
    const lead = levelLead(text, m.lead, periods);
    const fromLevel = text.charCodeAt(lead - 1) === 0x4ece /* 从 */;
    const toLevel = sameClause && prevOut !== null && fromAt[i - 1] && prev!.type === m.type && prev!.unit === m.unit
      && TO_LEVEL_GAP.test(text.slice(prev!.trail, lead));
    fromAt.push(fromLevel);
    let item = m.type !== 'count' ? null
      : toLevel ? prevOut!.item
      : fromLevel ? findItemBefore(text, lead - 1, clause[0], m.unit)
      : findItem(text, m.lead, m.trail, clause[0], sentence[1], m.unit, places); // before any bound word (突破200万辆)

    // The words that govern this number: from the clause start or the previous mention in it.
    let from = clause[0];
    if (sameClause) {
      from = prev!.trail; // after its bound word too: 亿元以上项目完成投资 measures 项目完成投资
      // (and after the measure word a points list repeats: 高于全国、全省6.7个、5.2个百分点)
      if (prev!.type === 'percent' && text.charCodeAt(from) === 0x4e2a /* 个 */ && from < m.lead) from++;
      // skip the previous count's noun: 32个重庆市级重点项目投资完成率 → 投资完成率
      if (prev!.type === 'count' && prevOut?.item) {
        // at `from` or one character on; an indexOf here searched the rest of the text when absent
        const it = prevOut.item;
        const k = text.startsWith(it, from) ? from : text.startsWith(it, from + 1) ? from + 1 : -1;
        if (k >= 0 && k + it.length <= m.start) from = k + it.length;
      }
      // past the noun the previous figure took from after itself (7000亿元中期借贷便利操作和1000亿元…)
      if (afterAt[i - 1] > from && afterAt[i - 1] <= m.start) from = afterAt[i - 1];
      // a figure in a note (增速高于全国（3.8%）1.4个百分点) does not end the words of the one after it
      const close = text.charCodeAt(prev!.trail);
      if ((close === 0xff09 || close === 0x29) && prev!.trail + 1 >= m.lead - 1) from = windowAt[i - 1];
    }
    windowAt.push(from);
    // up to the bound word: 不低于80% is a floor, not a fall (低于)
    const before = text.slice(from, m.lead);
    let { trend } = trendOf(before, m.type === 'percent');
    const ownTrend = trend;
    let basis = basisOf(before);
    const read = m.type === 'count' || toLevel ? null
      // the words before the bound word (超, 约 …): the bound says how exact, not what
      : readIndicator({ text, from, start: fromLevel ? lead - 1 : m.lead, end: m.end, trail: m.trail, clauseEnd: clause[1], places, periods, type: m.type });
    afterAt.push(read ? read.afterEnd : -1);
    let indicator = m.type === 'count' ? null : toLevel ? prevOut!.indicator : read!.text;
    // 17个重点传统制造业增加值增长5.3%: the count's noun names whose 增加值 it is (not 投资完成率 alone, a rate of its own)
    if (indicator !== null && sameClause && prev!.type === 'count' && prevOut?.item && OWNED_PROPERTIES.includes(indicator)
      && text.startsWith(prevOut.item + indicator, from - prevOut.item.length)) indicator = prevOut.item + indicator;

    // A list (分别增长4.3%、5.5%) or a clause with no subject of its own (到位资金190亿元，同比增长41.5%)
    // takes what it lacks from the previous mention of the same sentence.
    // (a bound word of its own may stand after the connector: 3660万元和约1188万元)
    const listMate = prev !== null && prevOut !== null && sameSentence && prev.type === m.type
      && LIST_GAP.test(text.slice(prev.trail, m.lead < m.start && m.lead > prev.trail ? m.lead : m.start).trim());
    inList.push(listMate);
    let added = false;
    if (listMate) {
      trend = trend ?? prevOut!.trend; basis = basis ?? prevOut!.basis;
      if (indicator === null) { indicator = prevOut!.indicator; added = rateAdded[i - 1]; }
    } else if (read !== null && ((indicator === null && (trend !== null || (read.carry && (!read.sum || (i > 0 && inList[i - 1]))))) || read.rate || read.share)) {
      // (a sum, 合计约1.62亿元, adds up a list of one subject: not 经济损失4000元及合理支出3000元，共计7000元)
      // no subject of its own: the figure before it in the clause (营收6800亿元左右、增长20%以上;
      // 举办大型活动2295场、增长25.8%), else the subject of the clause before (总产量902.61万吨，
      // 减产3.2%), else the figure before it in the sentence (…5481.6亿元，按可比价计算，比上年增长3.5%;
      // 青川县生产总值增长6.1%，剑阁县增长5.8%，旺苍县增长5.2%). A bare rate (增速) or share (占…比重)
      // names whose it is from there too.
      const bare = read.rate || read.share; // a clause without a figure says nothing of whose rate
      const prevNear = sameSentence && !CLAUSE_BREAK.test(text.slice(prev!.end, clause[0] - 1));
      // (a count's item only from its own clause: 三个大台阶，年均增长5.9% is not the 台阶's growth)
      // (a clause without a figure names a subject only when no figure before it does)
      // (not from a figure in a note: 高于全国平均增速（8.2%）0.9个百分点 continues the figure before the note)
      const noted = sameClause && inNote(text, prev!) && i >= 2 && mentions[i - 2].end > sentence[0];
      const cp = noted ? mentions[i - 2] : prev!, co = noted ? out[i - 2] : prevOut!;
      // (a 增速 added to points before is not carried on: 高于全国175个百分点，占全国新能源汽车产量的14.1%)
      const ci = noted ? i - 2 : i - 1;
      const coInd = co === null ? null : ci >= 0 && rateAdded[ci] && co.indicator !== null ? co.indicator.slice(0, -2) : co.indicator;
      const prevInd = prevOut === null ? null : rateAdded[i - 1] && prevOut.indicator !== null ? prevOut.indicator.slice(0, -2) : prevOut.indicator;
      const carried = (sameClause ? (noted || co.indicator !== null ? coInd : subjectOf(cp, co)) : prevNear ? prevInd : null)
        ?? previousClauseSubject(text, sentence[0], clause[0], places, periods, true)
        ?? (sameSentence ? coInd : null)
        ?? (bare ? null : previousClauseSubject(text, sentence[0], clause[0], places, periods));
      if (carried !== null) {
        if (read.rate) indicator = carried.endsWith(indicator!) ? carried : carried + indicator;
        // 装备制造业增加值增长8.5%，占规模以上工业比重21.9%: the industry's share, not its value added's
        else if (read.share) indicator = shareKeepsNoun(indicator!) ? carried.replace(SHARE_DROPS, '') + indicator : carried;
        // 同比增长10.5%，高于全国6.7个百分点 / 较一季度加快11.3个百分点: points after a growth rate are a
        // difference of that rate (SPEC: 增速比一季度提高0.5个百分点), so they measure its 增速
        else if (m.unit === 'pp' && cp !== null && co !== null && cp.type === 'percent' && cp.unit === '%' && co.trend !== null && co.indicator === carried
          && !RATE_LIKE_END.test(carried)) { indicator = carried + '增速'; added = true; }
        else indicator = carried;
      }
    }
    if (m.type === 'count' && item === null && sameSentence && prev!.type === 'count' && prev!.unit === m.unit && prevOut!.item !== null) {
      // 其中流动人口38467万人，比上年增加885万人: a count with nothing that says what, after one of the same
      // unit; 82种工业产品中，产量同比增长的有45种 → 产量同比增长的工业产品
      const q = qualifierBefore(text, m.lead, clause[0]);
      item = q !== null ? `${q}的${prevOut!.item}` : prevOut!.item;
    }
    if (m.type === 'count' && item === null) item = setBefore(text, sentence[0], clause[0]);
    if (m.type === 'count' && item === null && (basisOf(before) !== null || lastTrendWord(before) !== null)) {
      // 首次申请失业救济人数下降超过预期，降至23.8万人
      item = previousClauseSubject(text, sentence[0], clause[0], places, periods);
    }
    if (m.type === 'count' && item === null) item = personFallback(m.unit);

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
    if (withNorm) {
      a.period_norm = period === null ? null
        : normalizePeriod(period, FROM_NOW.test(period) || /^(?:19|20)\d{2}/.test(period) ? year : contextYear(periodCtx, period, m.start, sentence[0]) ?? year);
    }
    out.push(a);
    rateAdded.push(added);
  }
  respectively(text, mentions, out, inList, windowAt, places, periods);
  countsRespectively(text, mentions, out, inList, windowAt);
  return out;
}

const CLAUSE_BREAK = /[，,；;]/;

/** Does mention m stand alone in a bracketed note (全国平均增速（8.2%）)? */
function inNote(text: string, m: Mention): boolean {
  const c = text.charCodeAt(m.trail), o = text.charCodeAt(m.lead - 1);
  return (c === 0xff09 || c === 0x29) && (o === 0xff08 || o === 0x28);
}
/** Measures that say nothing alone: the count before names whose they are (17个重点传统制造业增加值增长5.3%). */
const OWNED_PROPERTIES: readonly string[] = ['增加值', '产值', '营业收入', '营收', '收入', '利润', '产量'];

/**
 * Where the words before a level start when a period and 的 stand between them and the number
 * (从2020年的10.5万元, 提高到2025年的14万元): before the period; else the number's own lead.
 */
function levelLead(text: string, lead: number, periods: PeriodMention[]): number {
  if (text.charCodeAt(lead - 1) !== 0x7684 /* 的 */) return lead;
  const k = firstEndingAfter(periods, lead - 2);
  const p = periods[k];
  return p !== undefined && p.end === lead - 1 ? p.start : lead;
}
/** What a share's owner drops: the share is of the industry (装备制造业), not of its value added. */
const SHARE_DROPS = /(?:增加值|产值|营业收入)$/;

/** What a mention names: its indicator, or a count's item (举办大型活动2295场、增长25.8% → 大型活动). */
const subjectOf = (m: Mention, a: Attribution): string | null => a.indicator ?? (m.type === 'count' ? a.item : null);

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
        // the subjects: the words before 分别, cut at each 、 (else at each 、和及与: 入园率和普惠率)
        let cuts = cutsAt(w, rel, from, LIST_MARK);
        let conj = false;
        if (cuts.length !== n) { cuts = cutsAt(w, rel, from, LIST_MARK_OR_CONJ); conj = true; }
        let names = cuts.length === n
          ? cuts.map((a, k) => findIndicator({ text, from: a, start: k + 1 < n ? cuts[k + 1] - 1 : at, end: at, clauseEnd: at, places, periods }))
          : null;
        // 和 parts subjects that are names of quantities (入园率和普惠率) or bare modifiers (城镇和农村居民…);
        // 国际航空旅客和货邮吞吐量 is one subject with two members
        if (conj && names !== null && !names.every((x, k) => x !== null && (k === n - 1 || x.length <= 2 || MEASURE_END.test(x)))) names = null;
        if (names !== null && names.every((x) => x !== null)) {
          const last = names[n - 1]!;
          // a bare modifier shares the last subject's noun only when that is written whole (no verb cut off)
          // (a basis between the subjects and 分别 cuts nothing off: 平板显示器产量同比分别增长…)
          const whole = last === text.slice(cuts[n - 1], at).trim().replace(TRAILING_BASIS, '');
          for (let k = 0; k < n; k++) out[i + k].indicator = whole ? shareTail(names[k]!, last) : names[k];
        } else if (cuts.length === 1 && i >= n && findIndicator({ text, from, start: at, end: at, clauseEnd: at, places, periods }) === null) {
          // 增值税…、城镇土地使用税9.5亿元、城市维护建设税3.3亿元，同比分别增长210.8%、29.5%、17.8%:
          // no subjects of their own, the n figures before them in the sentence name them in order
          const s0 = out[i].sentence[0];
          let ok = true;
          for (let k = i - n; k < i && ok; k++) ok = mentions[k].start >= s0 && out[k].indicator !== null && mentions[k].type !== mentions[i].type;
          if (ok) for (let k = 0; k < n; k++) out[i + k].indicator = out[i - n + k].indicator;
        }
      }
    }
    i = j;
  }
}

/**
 * 规上工业企业、高新技术企业分别达到4.7万家、2.2万家: a list of counted things before 分别 and a list of
 * as many counts after it pair up in order (each counts its own thing, not the last one named); a list
 * of the levels they reach (…分别从838家、56家增加到1552家、261家) pairs the same way.
 */
function countsRespectively(text: string, mentions: Mention[], out: Attribution[], inList: boolean[], windowAt: number[]): void {
  let last: (string | null)[] | null = null; // the items of the list just paired
  let lastEnd = -1;
  for (let i = 0; i < mentions.length; ) {
    let j = i + 1;
    while (j < mentions.length && inList[j]) j++;
    const n = j - i;
    if (n >= 2 && mentions[i].type === 'count') {
      const from = windowAt[i];
      const w = text.slice(from, mentions[i].lead); // the window only: a clause at most
      const rel = w.lastIndexOf('分别');
      let items: (string | null)[] | null = null;
      if (rel >= 0) {
        const cuts = cutsAt(w, rel, from, LIST_MARK);
        if (cuts.length === n) {
          items = cuts.map((a, k) => findItemBefore(text, k + 1 < n ? cuts[k + 1] - 1 : from + rel, a, mentions[i].unit));
          if (!items.every((x) => x !== null)) items = null;
        }
      } else if (last !== null && last.length === n && TO_LEVEL_GAP.test(text.slice(lastEnd, mentions[i].lead))) items = last;
      if (items !== null) for (let k = 0; k < n; k++) out[i + k].item = items[k];
      last = items; lastEnd = mentions[j - 1].trail;
    }
    i = j;
  }
}

const LIST_MARK = /、/g;
const TRAILING_BASIS = /(?:同比|环比|比上年|比去年|较上年|较去年)$/;
/** The last character of a quantity's name: 率 数 量 额 值 … (入园率, 死亡人数, 吞吐量). */
const MEASURE_END = /[率数量额值价重入润出资费税积度模]$/;
const LIST_MARK_OR_CONJ = /[、和及与]/g;

/** Where the subjects of a 分别 list start: the window start and after each mark before 分别. */
function cutsAt(w: string, rel: number, from: number, mark: RegExp): number[] {
  const cuts = [from];
  mark.lastIndex = 0;
  for (let m = mark.exec(w); m !== null && m.index < rel; m = mark.exec(w)) cuts.push(from + m.index + 1);
  return cuts;
}

/**
 * A bare modifier in a list shares the last subject's noun: 食品、药品抽检合格率 → 食品抽检合格率;
 * 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入.
 */
function shareTail(name: string, last: string): string {
  if (name === last) return name;
  if (name.length <= 2 && last.length > name.length + 2) return name + last.slice(name.length);
  // 新能源汽车、集成电路、工业机器人产量 → 新能源汽车产量: the measure the last one names, when the
  // others name none (not 全域旅游人数、旅游综合收入)
  const m = LIST_MEASURES.find((w) => last.endsWith(w) && last.length > w.length);
  return m !== undefined && !MEASURE_END.test(name) && !name.endsWith(m) ? name + m : name;
}

/** Measures a list of subjects shares when only its last member names it. */
const LIST_MEASURES = ['增加值', '产量', '销量', '产值', '营收', '收入', '总额', '投资', '利润', '规模'];
