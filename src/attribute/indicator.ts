/**
 * indicator: the quantity a number measures, as written in its clause, read from the clause
 * model (clause.ts): the content words before the number, without places, periods, verbs,
 * bounds, change and basis words (固定资产投资同比增长12.2% → 固定资产投资); the object of an
 * action verb, before or after the number (推介重大项目总投资约2350亿元 → 重大项目总投资,
 * 开展7000亿元中期借贷便利操作 → 中期借贷便利操作); the object of a change verb (降低成本约480元 →
 * 成本); or what follows a comparison (低于行业平均水平17.2%的碳排放表现 → 碳排放表现).
 */
import { CONTENT, nounAfter, readSubject, Role, TIME_MARK, tokAt, tokRole, tokenize } from './clause.js';
import type { Place } from './places.js';
import type { PeriodMention } from './period.js';
import { firstEndingAfter } from './spans.js';

/** Longer is a phrase, not a name (信息传输、软件和信息技术服务业增加值 is 18). */
const MAX_INDICATOR = 20;

export interface IndicatorInput {
  text: string;
  /** Where the indicator may start: the clause start, or just after the previous mention (and its item). */
  from: number;
  /** The mention's start (the number or its prefix) and end (after the unit). */
  start: number;
  end: number;
  /** After the bound word that follows the unit (以上 in 50%以上号源); `end` when absent. */
  trail?: number;
  clauseEnd: number;
  places: Place[];
  periods: PeriodMention[];
  /** The mention's type: a price before a deal is an amount's; a share through 的 a percent's. */
  type?: 'percent' | 'amount' | 'count';
}

/** An indicator as read from its clause, and what the caller must complete from the clause before. */
export interface IndicatorReading {
  text: string | null;
  /** No subject of its own, but a predicate or a place (剑阁县增长5.8%): it continues the subject before. */
  carry: boolean;
  /** A bare growth-rate noun (增速): prefix whose rate it is. */
  rate: boolean;
  /** A share after 占 (占规模以上工业比重): prefix whose share it is. */
  share: boolean;
  /** Where a noun taken from after the number ends (-1: none): the next figure's words start there. */
  afterEnd: number;
  /** Only a sum word before it (合计约1.62亿元): it continues the subject of a list before it only. */
  sum: boolean;
}

// a parenthesis is a gloss (不含农户，下同), not the quantity
const GLOSS = /（[^）]{0,40}）|\([^)]{0,40}\)/g;
/** Footnote marks (生产总值②) and outline numbering at the start (一、 1、 （一） 1.). */
const FOOTNOTE = /[\u2460-\u2473\u2776-\u277f\u24ea]/g;
const OUTLINE = /^\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十0-9]{1,3}[、.．](?![0-9]))/;

/**
 * A phrase too long to be a name keeps its end, cut after its last list mark when there is one
 * (A、B和C三大产业… → 三大产业…), else after the first 的 that leaves a name short enough
 * (归属于上市公司股东的扣除非经常性损益的净利润 → 扣除非经常性损益的净利润), never inside a word
 * when either is there (a cut at 20 characters gave 于上市公司股东的…, 决生效之日起…).
 */
function shorten(t: string): string {
  if (t.length <= MAX_INDICATOR) return t;
  for (let i = t.length - 3; i >= t.length - MAX_INDICATOR; i--) {
    const c = t.charCodeAt(i - 1);
    if (c === 0x3001 /* 、 */ || c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */) return t.slice(i);
  }
  for (let i = t.length - MAX_INDICATOR; i < t.length - 2; i++) if (t.charCodeAt(i - 1) === 0x7684 /* 的 */) return t.slice(i);
  // a name in Latin letters is kept whole (…运营商Space-Communication Ltd.), cut before it
  let i = t.length - MAX_INDICATOR;
  while (i > 0 && i > t.length - MAX_NAME && isLatinOrMark(t.charCodeAt(i)) && isLatinOrMark(t.charCodeAt(i - 1))) i--;
  return t.slice(i);
}

/** A name with a Latin part may run this long before it is cut. */
const MAX_NAME = 36;
const isLatinOrMark = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20 || c === 0x2d || c === 0x2e;

/**
 * A bracket the window opens and does not close (股份(对应申通快递估值318亿) or closes without
 * opening (…(下称“大唐辉煌”)100%股权): the figure stands in a note, the words before the
 * bracket are not its subject. Where the words start after the last such bracket (0: none).
 */
function afterOpenBracket(s: string): number {
  let open = -1, start = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0xff08 || c === 0x28) open = k;
    else if (c === 0xff09 || c === 0x29) { if (open < 0) start = k + 1; open = -1; }
  }
  return open >= 0 ? open + 1 : start;
}

const isOpen = (c: number): boolean => c === 0xff08 || c === 0x28;

/** The content words that end s (a scope word such as 全国 with them), when more than a scope word: 高于全国平均增速 → 全国平均增速. */
function trailingNoun(s: string): string | null {
  const n = tokenize(s);
  let k = n;
  while (k > 0 && (tokRole[k - 1] === CONTENT || tokRole[k - 1] === Role.Noun || tokRole[k - 1] === Role.Head)) k--;
  let own = false;
  for (let j = k; j < n; j++) if (tokRole[j] !== Role.Head) own = true;
  return own && k < n && n - k <= 4 ? s.slice(tokAt[k]) : null;
}

/** A duration that opens the words is a period, not what is measured (近3年累计实现产值 → 产值). */
const LEADING_DURATION = /^(?:近|过去|最近)?[0-9一二三四五六七八九十两]{1,3}个?(?:年|月|季度)(?![期度])(?:来|以来|间)?/;

/** Words that start with 含 (含税价格, 含量, 含金量): not the 含 of a note. */
const NOT_PART = /^含(?:税|量|金量|义|有|水|油|硫|铁|碳)/;

/** 按…计算 / 折算 / 测算 opening the words: the method of a figure (communiqués), not its subject. */
const METHOD = /^按[^，,；;。]{1,14}?(?:计算|折算|测算|核算)/;

const CN_DIGITS = '一二三四五六七八九十';
/** A demonstrative and a count after it (上述4笔, 这两家, 该3家): it points back, it counts nothing here. */
const BACK_COUNT = /^(?:上述|前述|这|该|那|此)[0-9一二三四五六七八九十两]{1,3}(?:笔|家|个|项|名|位|只|条|宗|起|份|批|类|种|件|所|户)/;
const DEMONSTRATIVE_FIRST_CODES = new Set([...'上前这该那此'].map((c) => c.charCodeAt(0)));
/** A measure noun ends the words: 规模 金额 总量 比率 产值 …. */
const MEASURE_NOUN_END = /[模额量率值数]$/;

const reading = (text: string | null, o: Partial<IndicatorReading> = {}): IndicatorReading =>
  ({ text: text ? shorten(withoutInnerDemonstrative(text)) : text, carry: false, rate: false, share: false, afterEnd: -1, sum: false, ...o });

/** This round, this case (此轮 本轮 此次 本次 本案 该笔) inside the words point back: SPEC leaves demonstratives out. */
const INNER_DEMONSTRATIVE = /此轮|本轮|此次|本次|本案|该笔|该次/g;
/** 网易云音乐此轮融资 → 网易云音乐融资, 本案律师费 → 律师费 (only when two characters or more are left). */
function withoutInnerDemonstrative(t: string): string {
  if (t.length < 4 || (t.indexOf('此') < 0 && t.indexOf('本') < 0 && t.indexOf('该') < 0)) return t;
  const r = t.replace(INNER_DEMONSTRATIVE, '');
  return r.length >= 2 ? r : t;
}

/** Read the indicator of the number at [start, end) from the words in [from, start) and after it. */
export function readIndicator(a: IndicatorInput): IndicatorReading {
  const { text } = a;
  // Blank out places and periods inside the window: they scope the metric, they are not it.
  let from = a.from;
  let place = false;
  for (let k = firstEndingAfter(a.places, from); k < a.places.length && a.places[k].end <= a.start; k++) {
    if (a.places[k].end > from) { from = a.places[k].end; place = true; }
  }
  // Periods are replaced by a time mark, not cut before: what stands before one is still the
  // subject (居民人均可支配收入增速比上半年回落 → 居民人均可支配收入增速, with 上半年 the base).
  let s = '';
  let at = from;
  for (let k = firstEndingAfter(a.periods, from); k < a.periods.length && a.periods[k].end <= a.start; k++) {
    const p = a.periods[k];
    if (p.start < at) continue;
    s += text.slice(at, p.start) + TIME_MARK;
    at = p.end;
    // 2023年度; 去年底, 今年末, 年初 when the period found stops at 年
    const nx = text.charCodeAt(at);
    if (at < a.start && (nx === 0x5ea6 /* 度 */ || ((nx === 0x5e95 /* 底 */ || nx === 0x672b /* 末 */ || nx === 0x521d /* 初 */)
      && text.charCodeAt(at - 1) === 0x5e74 /* 年 */))) at++;
  }
  s = at === from ? text.slice(from, a.start) : s + text.slice(at, a.start);
  if (s.length > 0) {
    // the three rewrites only where they can apply: this runs for every figure of the corpus
    let bracket = false, mark = false;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 0xff08 || c === 0x28) bracket = true;
      else if ((c >= 0x2460 && c <= 0x24ea) || (c >= 0x2776 && c <= 0x277f)) mark = true;
    }
    if (bracket) s = s.replace(GLOSS, '');
    if (mark) s = s.replace(FOOTNOTE, '');
    const c0 = s.charCodeAt(0);
    if (bracket || (c0 >= 0x30 && c0 <= 0x39) || CN_DIGITS.includes(s[0]) || c0 === 0x20 || c0 === 0x3000) s = s.replace(OUTLINE, '');
    if (bracket) {
      // a note with a subject of its own (股份(对应申通快递估值318亿): that subject; a note that only
      // states a change of the word before it (发酵酒（增长87%）) continues that word
      const cut = afterOpenBracket(s);
      if (cut > 0 && (!isOpen(s.charCodeAt(cut - 1)) || readSubject(s.slice(cut)).text !== null)) s = s.slice(cut);
      // 高于全国平均增速（8.2%）: a figure alone in a note is the value of the noun right before it
      else if (cut === s.length && isOpen(s.charCodeAt(cut - 1))) {
        const noun = trailingNoun(s.slice(0, cut - 1));
        if (noun !== null) return reading(noun);
      }
    }
    s = s.trim();
    // (not read on an empty s: a charCodeAt out of range threw readIndicator's optimized code away)
    const c1 = s.length > 0 ? s.charCodeAt(0) : -1;
    if (s.length > 0 && ((c1 >= 0x30 && c1 <= 0x39) || c1 === 0x8fd1 /* 近 */ || c1 === 0x8fc7 /* 过 */ || c1 === 0x6700 /* 最 */ || CN_DIGITS.includes(s[0]))) {
      const d = LEADING_DURATION.exec(s);
      if (d !== null && d[0].length < s.length) s = s.slice(d[0].length);
    }
    // 按常住人口计算人均地区生产总值41250元, 按年平均汇率折算为7580美元: how a figure is computed is
    // no part of what it measures (a clause left with nothing continues the subject before it)
    else if (c1 === 0x6309 /* 按 */) {
      const d = METHOD.exec(s);
      if (d !== null) s = s.slice(d[0].length);
    }
    // （含应付工程材料款5961.6亿元）: 含 opening the words says the figure is part of the one before, it is
    // no part of the name (含税价格 含量 are words)
    else if (c1 === 0x542b /* 含 */ && s.length > 3 && !NOT_PART.test(s)) s = s.slice(1);
    // 上述4笔流动资金借款本金, 这两家公司的…: a count that refers back (not a figure, SPEC) is no part of the measure
    else if (DEMONSTRATIVE_FIRST_CODES.has(c1)) {
      const d = BACK_COUNT.exec(s);
      if (d !== null && d[0].length + 1 < s.length) s = s.slice(d[0].length);
    }
  }
  // …浙江省分公司借款: a place that opens an organization's tail named it, and that name is no part of the measure
  if (place && s.length > 2 && ORG_TAIL.test(s)) s = s.replace(ORG_TAIL, '');
  const trail = a.trail ?? a.end;
  // 招引超亿元产业项目595个, 8个过亿元项目, 实施5000万元以上项目1922个: a class of things by size, not a
  // sum of money anything is measured by (as 1亿元以上项目共9个)
  if (a.type === 'amount' && sizeClassAfter(text, a.start, a.end, a.clauseEnd)) return reading(null);
  // 拉动工业增长2.6个百分点: points a part adds to a whole's growth measure that pull (the gold's 拉动工业增长), not 工业
  if (a.type === 'percent' && text.startsWith('百分点', a.end - 3)) {
    const pull = PULL.exec(s);
    // (a scope word inside is the region's: 拉动全市工业增长 → 拉动工业增长)
    if (pull !== null) return reading(pull[0].replace(PULL_SCOPE, ''));
  }
  const sub = readSubject(s);
  // 保利发展报13.92元/股, 收于6.58港元/股: a price per share reported for a company is its share price
  if (a.type === 'amount' && text.startsWith('/股', a.end) && sub.text !== null && /(?:报|报收|收于|收报)$/.test(s)) return reading('股价');
  if (a.type !== 'percent' && (sub.text === null || !MONEY_NOUN_END.test(sub.text))) {
    // 阿里20亿美元收购网易考拉, 顺丰55亿收购敦豪, 公司拟出资5720万元收购…, 多氟多花费1.5亿元收购…:
    // a price right before a deal measures the thing bought, whoever pays (not 自有资金5亿元投资…)
    const bought = boughtAfter(text, trail, a.clauseEnd);
    if (bought) return reading(bought.text, { afterEnd: bought.end });
  }
  if (s.endsWith('了')) {
    // 规避了4.83亿元商誉减值, 驳回了…37.5亿元的索赔: a verb with 了 before the number takes it as the
    // measure of its object, named after the number
    const n = nounAfter(text, trail, a.clauseEnd, true);
    if (n) return reading(n.text, { afterEnd: n.end });
  }
  if (sub.comparison) {
    // 低于行业平均水平17.2%的碳排放表现 → what follows 的
    const after = followingNoun(text, a.end, a.clauseEnd);
    if (after) return reading(after);
  }
  if (sub.afterAction) {
    // 开展7000亿元中期借贷便利操作, 覆盖二级以上医疗机构97%门诊量
    // (not after a measure named before it: 组建规模超过10亿元的专项基金 measures 规模)
    const n = sub.text !== null && MEASURE_NOUN_END.test(sub.text) ? null : nounAfter(text, trail, a.clauseEnd, true);
    if (n) return reading((sub.text ?? '') + n.text, { afterEnd: n.end });
    // a verb with a one-word measure after it is a compound noun: 签约金额, 金融工具投放金额, 乡村覆盖率
    // (not 体现了加息50个基点: 加息 is what is measured)
    // (资金支付使用比例: a share named after the verb too; 签约项目数量: how many, as 签约金额 says how much)
    if (sub.text !== null && ((sub.text.length <= 2 && /[率额量数值面度价积]$/.test(sub.text)) || (sub.text.length <= 4 && /(?:率|比例|比重|数量|个数)$/.test(sub.text)))) return reading((sub.beforeAction ?? '') + sub.actionWord + sub.text);
    // 支付山东泰和水处理科技股份有限公司货款: a payment names its payee before what is paid; with
    // nothing named to pay (被执行人应支付43万余元, 退赔青岛农商行2857.89万元) it is the payment itself,
    // never who pays or who is paid
    if (sub.actionWord !== null && PAYMENT_VERBS.includes(sub.actionWord)) {
      const paid = sub.text === null ? null : withoutPayee(withoutPartyName(sub.text));
      return reading(paid === null || PAYEE_ONLY.test(paid) ? sub.actionWord : paid);
    }
    return reading(sub.text ?? sub.beforeAction);
  }
  if (sub.objectVerb !== null) {
    // 设立40亿元汽车专项资金, 争取5亿元中央预算内投资; without an object after it the verb is the noun (投资)
    const n = nounAfter(text, trail, a.clauseEnd);
    if (n) return reading(n.text, { afterEnd: n.end });
    return reading((sub.beforeAction ?? '') + sub.objectVerb);
  }
  if (PRICE_CUT.test(s)) {
    // 斥资200亿元收购安世半导体公司, 公司以5.76亿元现金收购…: the thing bought (SPEC), never 拟以 nor the buyer
    const bought = boughtAfter(text, trail, a.clauseEnd);
    if (bought) return reading(bought.text, { afterEnd: bought.end });
    // 收购华富国际控股有限公司51%股权，耗资约10亿元: the deal named in the clause before
    if (/(?:斥资|耗资|花费)$/.test(s)) {
      const before = boughtBefore(text, a.from);
      if (before !== null) return reading(before);
    }
  }
  if (sub.text === null && (!sub.predicate || sub.reachOnly) && !place) {
    // no words of its own before it: 70%村卫生室实现…, …和1000亿元公开市场逆回购操作; not a class
    // of things by size (1亿元以上项目共9个); a share of a company bought before it through 的
    // (以5.33亿元收购了陕西通家38.07%的股权)
    // (a share with a floor: 90%以上的矛盾纠纷化解在基层 → 矛盾纠纷)
    const n = trail > a.end && !(a.type === 'percent' && text.charCodeAt(trail) === 0x7684 /* 的 */) ? null
      : nounAfter(text, trail, a.clauseEnd, a.type === 'percent');
    if (n) return reading(n.text, { afterEnd: n.end });
    // 以42.78亿元的资金总额: money named after 的 is what the amount is
    const m = a.type === 'amount' && trail === a.end && text.charCodeAt(trail) === 0x7684 /* 的 */ ? nounAfter(text, trail, a.clauseEnd, true) : null;
    if (m && MONEY_NOUN_END.test(m.text)) return reading(m.text, { afterEnd: m.end });
  }
  return reading(sub.text, { carry: sub.text === null && (sub.predicate || place), rate: sub.rate, share: sub.share, sum: sub.sum });
}

/**
 * After an amount, a class of counted things by size: 以上 and a short noun ending in a head (5000万元以上项目),
 * or, after 超/过/逾 before the amount or with a count after, the noun alone (超亿元产业项目595个, 8个过亿元项目，).
 * Not a noun that a verb opens (5亿元投资新项目) nor money named (5亿元专项资金支持企业).
 */
const SIZE_CLASS_ABOVE = /^及?以上[\u4e00-\u9fff“”]{0,6}?(?:项目|企业|工程)/;
const SIZE_CLASS_BOUND = /^[\u4e00-\u9fff“”]{0,4}?(?:项目|企业|工程)(?=[，。、；,;]|$)/;
const SIZE_CLASS_COUNTED = /^[\u4e00-\u9fff“”]{0,4}?(?:项目|企业|工程)(?=[0-9])/;
const SIZE_CLASS_SPAN = 16;

/** Is the amount at [start, end) the size of a class of things counted (超亿元产业项目595个)? */
function sizeClassAfter(text: string, start: number, end: number, clauseEnd: number): boolean {
  const c = text.charCodeAt(end);
  // one character code rules out most amounts before any slice (runs per amount)
  if (!(c >= 0x4e00 && c <= 0x9fff)) return false;
  const t = text.slice(end, Math.min(clauseEnd + 1, end + SIZE_CLASS_SPAN));
  if (SIZE_CLASS_ABOVE.test(t) || SIZE_CLASS_COUNTED.test(t)) return true;
  // (start is where the words end: the bound word, when there is one, stands right there)
  const b = text.charCodeAt(start);
  return (b === 0x8d85 /* 超 */ || b === 0x8fc7 /* 过 */ || b === 0x903e /* 逾 */) && SIZE_CLASS_BOUND.test(t);
}

/** 拉动/带动 + what grows + 增长 closing the words before points (拉动出口增长6.3个百分点). */
const PULL = /(?:拉动|带动)[^，,；;：:、]{1,10}?增长$/;
const PULL_SCOPE = /(?<=^(?:拉动|带动))(?:全市|全省|全区|全县|全国|我市|我省|我区|我国|本市)/;

/** Verbs that take a payee and what is paid (支付A公司货款); see withoutPayee. */
const PAYMENT_VERBS = ['支付', '偿付', '给付', '归还', '返还', '退还', '偿还', '赔偿', '退赔'];
/** How a payee that is an organization ends (…股份有限公司, 张家港农商银行, …分行, 青岛农商行). */
const PAYEE_END = /(?:公司|银行|支行|分行|集团|农商行|商行|中行|工行|农行|建行|交行|招行)(?=.{2,}$)/g;
/** Words after a payment verb that name only the payee (青岛农商行, 原告): nothing paid is named. */
const PAYEE_ONLY = /^(?:.{0,20}(?:公司|银行|支行|分行|集团|农商行|商行|中行|工行|农行|建行|交行|招行)|原告|被告|申请人|被申请人|上诉人|被上诉人)$/;
/**
 * What is paid, as the run of these words that ends the words after a payment verb (律师代理费损失,
 * 经济补偿金, 保险赔偿款, 加工款): a payee named before it by a party word and a name (原告曹峥, 被告谭振兴,
 * 申请人华兴科技), a person's masked name (曲某某) or a Latin name (音乐人Lullatone) is left out
 * (found on held-out announcements and news; `原告货款`, a party word alone, stays as SPEC's examples have it).
 */
const PAID_TAIL = /(?:剩余|应付|未付|经济补偿金|补偿金|赔偿金|违约金|保证金|罚金|滞纳金|定金|押金|保险金|保险赔偿款|赔偿款|补偿款|加工款|工程价款|工程款|货款|欠款|借款|价款|租金|工资|报酬|律师代理费|律师费|代理费|诉讼费|保全费|鉴定费|服务费|加工费|利息|本金|经济损失|损失)+$/;
/** A payee by name before what is paid: a party word with a name after it, a masked name, a Latin name's end. */
const PARTY_NAMED = /^(?:原告|被告|申请人|被申请人|上诉人|被上诉人|第三人|原审原告|原审被告)[^，,]/;
/** A masked name (曲某某) or a Latin name's end (音乐人Lullatone) right before what is paid. */
const NAME_BEFORE = /某|[A-Za-z]$/;

/** 原告曹峥经济补偿金 → 经济补偿金; 原告货款 and 借款利息 stay (see PAID_TAIL). */
function withoutPartyName(t: string): string {
  const m = PAID_TAIL.exec(t);
  if (m === null || m.index === 0 || m[0].length < 2) return t;
  const payee = t.slice(0, m.index);
  // (not a list of things paid: 原告货款、利息及违约金)
  return NAME_BEFORE.test(payee) || (PARTY_NAMED.test(payee) && !/[、及和与]/.test(payee)) ? m[0] : t;
}

/** The tail of an organization's name right after a place (浙江省|分公司借款): the place was inside the name. */
const ORG_TAIL = /^(?:分公司|子公司|分行|支行|公司|银行|集团)/;

/** 山东泰和水处理科技股份有限公司货款 → 货款: what follows the last organization's name, when two characters or more. */
function withoutPayee(t: string): string {
  let cut = -1;
  PAYEE_END.lastIndex = 0;
  for (let m = PAYEE_END.exec(t); m !== null; m = PAYEE_END.exec(t)) cut = m.index + m[0].length;
  return cut > 0 ? t.slice(cut) : t;
}

/** Announcement words that put a price before the deal: 拟以 / 斥资 / 耗资 / 作价 … + the amount + 收购 X. */
const PRICE_CUT = /(?:以|斥资|耗资|作价|出资)$/;
const PRICE_GAP = /^(?:的(?:总对价|对价|代价|价格)[，,]?|的?现金|人民币|全资|现金)?/;
const DEAL_VERBS = ['收购', '购买', '增资', '认购', '受让', '参股', '入股', '投资'];
/** First characters of a deal verb or of the words PRICE_GAP lets stand before one. */
const DEAL_FIRST = new Set([...DEAL_VERBS.map((v) => v.charCodeAt(0)), ...'的现人全'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
/** What may follow 的 in PRICE_GAP (的总对价 的对价 的代价 的价格 的现金). */
const GAP_AFTER_DE = new Set([...'总对代价现'].map((c) => c.charCodeAt(0)));
/** The words before a price that already name money (自有资金5亿元投资…, 现金代价27.18亿元收购…): they are what is measured. */
const MONEY_NOUN_END = /(?:资金|金额|价款|对价|代价|价格|款|额|费|本金)$/;
/** How far a deal's object is searched for 持有的 (收购斯媛、顺利办持有的洛阳蓝宝…): a clause, bounded. */
const HELD_MAX = 60;

/**
 * What a deal after a price buys: `…亿元收购安世半导体公司` → 安世半导体公司; `…亿元增资X` → X;
 * `…收购A、B持有的C70%的股权` → C (what is held, not who holds it), without a gloss (下称“…”).
 */
function boughtAfter(text: string, at: number, limit: number): { text: string; end: number } | null {
  // most amounts have no deal after them: one character code says so before any slice (runs per amount)
  const c0 = text.charCodeAt(at);
  if (!DEAL_FIRST.has(c0) || (c0 === 0x7684 /* 的 */ && !GAP_AFTER_DE.has(text.charCodeAt(at + 1)))) return null;
  const gap = PRICE_GAP.exec(text.slice(at, Math.min(text.length, at + 8)));
  if (gap && gap[0].length > 0) {
    at += gap[0].length;
    // 以14.92亿元的代价，收购…: the deal runs on into the next clause
    if (text.charCodeAt(at - 1) === 0xff0c || text.charCodeAt(at - 1) === 0x2c) limit = clauseEndAfter(text, at);
  }
  const verb = DEAL_VERBS.find((v) => text.startsWith(v, at));
  if (!verb) return null;
  at += verb.length;
  if (text.charCodeAt(at) === 0x4e86 /* 了 */) at++;
  const held = text.slice(at, Math.min(limit, at + HELD_MAX)).search(/持有的|所持有的|所持的/);
  if (held >= 0) {
    const h = text.indexOf('的', at + held) + 1;
    const n = nounAfter(text, h, limit, false, true);
    if (n) return { text: n.text.replace(GLOSS, ''), end: n.end };
  }
  const n = nounAfter(text, at, limit, false, true);
  return n ? { text: withoutDescription(n.text.replace(GLOSS, '')), end: n.end } : null;
}

/** A company's name ending (…股份有限公司, …集团, …学院): what stands before 的 describes it. */
const ORG_NAME_END = /(?:公司|集团|学院|大学|银行|医院|研究院|事务所)$/;
/** 拍摄电视剧的大唐辉煌传媒股份有限公司 → 大唐辉煌传媒股份有限公司: a description before 的 is no part of the name bought. */
function withoutDescription(t: string): string {
  const de = t.lastIndexOf('的');
  return de > 0 && t.length - de > 4 && ORG_NAME_END.test(t) ? t.slice(de + 1) : t;
}

const BOUGHT_BACK = 80;
/**
 * The thing bought in the words before `from` (the clauses before a price paid: 收购X51%股权，耗资约10亿元 → X),
 * at most 80 characters back and not across a sentence end; null when no 收购 is there.
 */
function boughtBefore(text: string, from: number): string | null {
  const lo = Math.max(0, from - BOUGHT_BACK);
  const k = text.lastIndexOf('收购', from - 1);
  if (k < lo) return null;
  for (let j = k; j < from; j++) { const c = text.charCodeAt(j); if (c === 0x3002 || c === 10) return null; }
  const n = nounAfter(text, text.charCodeAt(k + 2) === 0x4e86 /* 了 */ ? k + 3 : k + 2, from, false, true);
  return n ? n.text.replace(GLOSS, '') : null;
}

/** The end of the clause that starts at `at` (，；。 or a line break; 80 characters at most). */
function clauseEndAfter(text: string, at: number): number {
  const hi = Math.min(text.length, at + 80);
  for (let k = at; k < hi; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 10) return k;
  }
  return hi;
}

/** The indicator's text alone (see readIndicator). */
export function findIndicator(a: IndicatorInput): string | null {
  return readIndicator(a).text;
}

/** 17.2%的碳排放表现 → 碳排放表现 */
function followingNoun(text: string, end: number, clauseEnd: number): string | null {
  if (text.charCodeAt(end) !== 0x7684 /* 的 */) return null;
  const s = text.slice(end + 1, Math.min(clauseEnd, end + 1 + MAX_INDICATOR));
  const cut = s.search(/[，,。；;、]/);
  const t = (cut >= 0 ? s.slice(0, cut) : s).trim();
  return t || null;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The subject of the clause before [clauseStart): 总产量 902.61 万吨，减产 3.2% — the 3.2% measures
 * the 总产量 of the clause before it, even when that clause's own number is not a metric; a
 * clause with no number names its subject before its verb (首次申请失业救济人数下降超过预期，降至…).
 */
export function previousClauseSubject(
  text: string, sentenceStart: number, clauseStart: number, places: Place[], periods: PeriodMention[], needNumber = false,
): string | null {
  if (clauseStart - 1 <= sentenceStart) return null;
  let a = clauseStart - 1;
  const floor = Math.max(sentenceStart, clauseStart - 200); // a clause, not a page: bounded cost
  while (a > floor) {
    const c = text.charCodeAt(a - 1);
    if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b) break;
    a--;
  }
  const end = clauseStart - 1;
  // the clause's own number, not a digit of its period (今年前4月完成收入215.4亿元)
  let k = -1;
  for (let j = a; j < end; j++) {
    if (!isDigit(text.charCodeAt(j))) continue;
    const p = periods[firstEndingAfter(periods, j)];
    if (p && p.start <= j) { j = p.end - 1; continue; }
    k = j; break;
  }
  if (k === a || (k < 0 && needNumber)) return null;
  const at = k < 0 ? end : k;
  return findIndicator({ text, from: a, start: at, end: at, clauseEnd: end, places, periods });
}
