/**
 * The clause model that indicator and item read: the words around a number cut into their
 * parts — content (what is measured), reaching verbs, action verbs and their objects, change
 * and basis words, bounds, adverbs, clause openers, time words, comparison bases, connectors —
 * by one left-to-right, longest-first match of the word lists in src/rules/clause-words.ts.
 * Unlisted characters are content. Words are matched whole, so a listed noun that contains a
 * verb or trend character (增加值, 在校生, 减轻) is never cut inside.
 *
 * Cheap by design: a phrase is at most a clause (≤ 200 characters, usually < 40); tokens go
 * into module-level typed arrays (no object per token), one Map lookup per character.
 * Not re-entrant (single-threaded, synchronous use only).
 */
import { CLAUSE_WORDS, RATE_NOUNS, Role, SHARE_ENDINGS, VERB_ADVERBS } from '../rules/clause-words.js';
import { APPROX_LOOKALIKES } from '../rules/units.js';
import { byCode, firstCode, longestFirst } from './by-code.js';

export { Role };

/** Content: characters of no listed word, grouped into runs. */
export const CONTENT = 0;

/** Stands for a period found by period.ts in a phrase (a time word the lists do not hold). */
export const TIME_MARK = '\u0001';

/**
 * A listed word and its role; `c2` is its second character's code (-1 for a one-character word):
 * tokenize compares it before startsWith, since most words of a first character's bucket differ
 * there (the startsWith calls over the buckets of 全 增 比 较 … were half of tokenize's time).
 */
interface Entry { w: string; role: Role; c2: number }
const entry = (w: string, role: Role): Entry => ({ w, role, c2: w.length > 1 ? w.charCodeAt(1) : -1 });
const ENTRIES: Entry[] = [entry(TIME_MARK, Role.Time)];
for (const c of CLAUSE_WORDS) for (const w of c.words) ENTRIES.push(entry(w, c.role));
// 签约 节约 … end in 约 (a bound) but are whole words
for (const w of APPROX_LOOKALIKES) ENTRIES.push(entry(w, Role.Noun));
const LEX = byCode(longestFirst(ENTRIES, (e) => e.w), (e) => firstCode(e.w));
/** Sum words: alone before a number they add up the figures before it. */
const SUM_ADVERB = new Set(['合计', '共计', '总计']);
/** VERB_ADVERBS as a set: looked up only for an adverb token between content runs. */
const VERB_ADVERB = new Set(VERB_ADVERBS);
/** First characters of a run after a verb adverb that is no verb's object: 占 对 比 向 (仍占全部投资的12%). */
const NOT_A_VERB = new Set([...'占对比向'].map((c) => c.charCodeAt(0)));

const MAX_TOKENS = 256;
const QUOTE_MAX = 24;
/** The tokens of the last `tokenize` call: start, end (indexes into its phrase) and role. */
export const tokAt = new Int32Array(MAX_TOKENS);
export const tokEnd = new Int32Array(MAX_TOKENS);
export const tokRole = new Uint8Array(MAX_TOKENS);

/**
 * Cut phrase s into tokens (into tokAt/tokEnd/tokRole), returning their number. Listed words
 * longest first at each position; the characters between them are content runs (role 0).
 * At most MAX_TOKENS tokens: the rest of a longer phrase is one content run.
 */
export function tokenize(s: string): number {
  let n = 0;
  let run = -1; // start of the current content run
  const len = s.length;
  for (let i = 0; i < len; ) {
    if (s.charCodeAt(i) === 0x201c /* “ */) {
      // a quoted name (“高效办成一件事”, “开工一批”) is content whole, whatever words are in it
      let close = -1; // searched only as far as a quote may reach: bounded cost per “
      for (let j = i + 1, hi = Math.min(len, i + QUOTE_MAX + 1); j < hi; j++) if (s.charCodeAt(j) === 0x201d) { close = j; break; }
      if (close > 0) { if (run < 0) run = i; i = close + 1; continue; }
    }
    const ws = n < MAX_TOKENS - 2 ? LEX.get(s.charCodeAt(i)) : undefined;
    let hit: Entry | undefined;
    if (ws !== undefined) {
      // (-1 past the end: a charCodeAt out of range threw tokenize's optimized code away)
      const c2 = i + 1 < len ? s.charCodeAt(i + 1) : -1;
      for (const e of ws) if ((e.c2 < 0 || e.c2 === c2) && s.startsWith(e.w, i)) { hit = e; break; }
    }
    if (hit === undefined) { if (run < 0) run = i; i++; continue; }
    if (run >= 0) { tokAt[n] = run; tokEnd[n] = i; tokRole[n] = CONTENT; n++; run = -1; }
    tokAt[n] = i; tokEnd[n] = i + hit.w.length; tokRole[n] = hit.role; n++;
    i += hit.w.length;
  }
  if (run >= 0) { tokAt[n] = run; tokEnd[n] = len; tokRole[n] = CONTENT; n++; }
  return n;
}

const isContent = (r: number): boolean => r === CONTENT || r === Role.Noun;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** 、，,；; — what ends a figure stated for the subject before it (吞吐量4387万标箱、增长11.6%). */
const isListBreak = (c: number): boolean => c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b;
const MEASURE_UNIT_MAX = 7;

/**
 * Where, inside content run [a, e) of s, a figure with its unit closes the words (4387万标箱、,
 * 27微克/立方米 at the end): the figure is a measurement of the subject before it, not part of
 * a name (5G, 日经225指数, 1年期LPR go on after the digits). -1 when none.
 */
function measurementAt(s: string, a: number, e: number): number {
  for (let p = a; p < e; p++) {
    const c = s.charCodeAt(p);
    if (!isDigit(c)) continue;
    if (p > 0 && (isLatin(s.charCodeAt(p - 1)) || isDigit(s.charCodeAt(p - 1)) || s.charCodeAt(p - 1) === 0x2e)) continue;
    let q = p;
    while (q < s.length && (isDigit(s.charCodeAt(q)) || s.charCodeAt(q) === 0x2e || s.charCodeAt(q) === 0x2c)) q++;
    if (q < s.length && isLatin(s.charCodeAt(q))) { p = q; continue; }
    let u = q;
    while (u < s.length && u - q <= MEASURE_UNIT_MAX && !isListBreak(s.charCodeAt(u))) u++;
    // followed by 、 or a comma (吞吐量4387万标箱、); at the very end only with a short unit (总产量902.61万吨)
    if ((u < s.length && isListBreak(s.charCodeAt(u))) || (u === s.length && u - q <= 3)) return p;
    p = q;
  }
  return -1;
}

/** What the words before a number say about what it measures. */
export interface Subject {
  /** The measured thing named in the words, or null. */
  text: string | null;
  /** An action verb governs the number (开展, 覆盖, 收购 …): its object may stand after the number. */
  afterAction: boolean;
  /** What to name when the action verb has no object after the number either (the words before it). */
  beforeAction: string | null;
  /** The last action verb (签约 in 签约金额: a short object keeps its verb). */
  actionWord: string | null;
  /** A verb that names its object after the number when it ends the words (投入, 安排 …); its own text. */
  objectVerb: string | null;
  /** The words hold a predicate (a change, basis or reaching verb) but name no subject of their own. */
  predicate: boolean;
  /** The last change word is a comparison (高于, 低于): what is compared follows the number. */
  comparison: boolean;
  /** Only a growth rate named as a noun (增速): whose rate it is comes from the clause before. */
  rate: boolean;
  /** A share named after 占 (占规模以上工业比重): whose share it is comes from the clause before. */
  share: boolean;
  /** Only a sum word (合计 共计 总计) stands before the number: it adds up the figures before it. */
  sum: boolean;
  /** The only predicate is a reaching verb (另外，有364.3亿元现金…): a noun after the number may name it. */
  reachOnly: boolean;
}

const TRAILING_COMPARE_ADJ = /[高低多少快慢]$/;
const PER_UNIT = /^\/[\u4e00-\u9fff]{1,4}/;
/** The announcing company alone before a verb (公司实现签约面积 → 签约面积). */
const OWN_COMPANY_ALONE = /^(?:本|该)?公司(?:的)?$/;
const OWN_COMPANY = /^(?:本|该)?公司(?:的(?=.{2})|(?=营业|营收|主营|净利|利润|总资产|净资产|资产|负债|股价|市值|收入))/;
/** What a company reports (营业总收入, 净利润, 总资产 …): the name of the company before it is not what is measured. */
const CORP_MEASURE = '(?:营业总收入|营业收入|营收|主营业务收入|净利润|归母净利润|扣非净利润|净亏损|利润总额|营业利润|现金及现金等价物|负债总额|总负债|总资产|净资产|毛利率|股价|市值)';
/**
 * A company named before what it reports (保利发展营业总收入, 保利发展的总资产, 中国恒大的现金及现金等价物):
 * a name with a company's ending (集团 股份 控股 发展 银行 证券 地产 置业), or any short name before 的 that is
 * not a kind of business (规上工业企业的营业收入, 主营业务的…, 归属于上市公司股东的净利润 keep theirs).
 */
const NAMED_ORG = new RegExp(`^[\u4e00-\u9fffA-Za-z]{2,8}?(?:集团|股份|控股|发展|银行|证券|地产|置业)的?(?=${CORP_MEASURE})`);
const OWNER_DE = new RegExp(`^[\u4e00-\u9fffA-Za-z]{2,6}的(?=${CORP_MEASURE})`);
const NOT_AN_OWNER = /企业|行业|产业|业务|板块|部门|单位|股东|门店|项目/;

/** A short name before what a company reports (中国恒大负债总额): the name, the measure. */
const NAME_BEFORE_MEASURE = new RegExp(`^([\u4e00-\u9fffA-Za-z]{2,6}?)(${CORP_MEASURE})$`);
/** Names of a kind of business or of a scope, not of a company (规上工业, 城市环境服务, 全市, 集团). */
const NOT_A_COMPANY = /业|服务|板块|部门|单位|集团|公司|上市|全市|全省|全国|规上|规模|母|子|合并|单季|季度|全年|累计|主营|海外|境外|境内|国内|核心|同期/;
const OPENING_SPAN = 120;
/** Last characters of CORP_MEASURE's words: most indicators are ruled out on one character code. */
const CORP_LAST = new Set([...'入润损额债物产率价值'].map((c) => c.charCodeAt(0)));

/**
 * 中国恒大负债总额 → 负债总额: a short name with no company ending before what a company reports is the
 * company the paragraph opens with (its first 120 characters name it: `中国恒大2022年年报数据显示，…`),
 * not part of what is measured. `at` is the figure's offset (its paragraph is found from there); null when nothing is cut.
 * Runs only for indicators of that shape (a regex on a short string first).
 */
export function withoutOpeningCompany(indicator: string, text: string, at: number): string | null {
  if (indicator.length < 4 || indicator.length > 14 || !CORP_LAST.has(indicator.charCodeAt(indicator.length - 1))) return null;
  const m = NAME_BEFORE_MEASURE.exec(indicator);
  if (m === null || NOT_A_COMPANY.test(m[1]) || NOT_AN_OWNER.test(m[1])) return null;
  // a name is words no list holds (增持市值, 定增募资额: listed words, not names)
  const n = tokenize(m[1]);
  for (let k = 0; k < n; k++) if (tokRole[k] !== CONTENT) return null;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, lineStart + OPENING_SPAN).includes(m[1]) ? m[2] : null;
}

/** Head words that point back (SPEC: demonstratives are left out): never glued to the words before them. */
const DEMONSTRATIVES: readonly string[] = ['上述', '那', '那些', '这', '这些', '该', '此次', '本次', '其'];
const DEMONSTRATIVE_FIRST = '上那这该此本其';
/** The last character of a measure's name (中标利率, 交易金额, 净利润 …), not of a thing's (供应业). */
const MEASURE_TAIL = /[率额量值价数重比润资费税积度模金款息入出本]$/;
// edges: connectors, particles, stray brackets; a quote that opens the phrase (“高效办成一件事”重点事项) stays
// (a connector that opens the words is dropped as a token, so 和美乡村 keeps its 和)
const EDGE_JUNK = /^[、的之了\s”"'·）)》（(—]+|[、和及与或的之了占\s“"'·（(《—]+$/g;

/**
 * Read the subject of phrase s (the words before a number, places and periods already left
 * out): `全市城镇调查失业率控制在` → 城镇调查失业率; `设施农业实现增加值` → 设施农业增加值;
 * `主要预期目标是：地区生产总值增长` → 地区生产总值; `可降低成本约` → 成本.
 */
export function readSubject(s: string): Subject {
  const n = tokenize(s);
  let parts = '';
  let predicate = false, comparison = false, hadCompare = false, otherPredicate = false;
  let sum = false;
  let verbAfterAdverb = false; // the action verb was read after a verb adverb: beforeAction is who acts
  let afterAction = false;
  let beforeAction: string | null = null;
  let actionWord: string | null = null;
  let objectVerb: string | null = null;
  /** after a change word: the object collected right after it, and the subject before it */
  let objMode = false;
  let beforeTrend = '';
  let frozen = false; // a change word without object ends the subject
  for (let k = 0; k < n; k++) {
    const r = tokRole[k], a = tokAt[k], e = tokEnd[k];
    const nextContent = k + 1 < n && isContent(tokRole[k + 1]);
    if (isContent(r)) {
      if (frozen && !objMode) continue;
      if (r === CONTENT) {
        const m = measurementAt(s, a, e);
        if (m >= 0 && (m > a || parts.length > 0)) { parts += s.slice(a, m); break; }
        // 中欧班列开行3005列、增长14.7%: a measurement right after an action verb measures the action of its subject
        if (m === a && afterAction && beforeAction !== null) { parts = beforeAction + actionWord!; break; }
      }
      parts += s.slice(a, e);
      continue;
    }
    if (objMode && r === Role.Conj && nextContent) { parts += s.slice(a, e); continue; } // 压减A及B
    if (objMode) {
      // the object ends at the first word that is not content
      if (parts.length < 2) { parts = beforeTrend; }
      objMode = false; frozen = true;
    }
    switch (r) {
      case Role.Reach:
        // 达 between two content runs is a character of a name (奕达国际, 万达百货), not 达 "reaching"
        if (e - a === 1 && s.charCodeAt(a) === 0x8fbe /* 达 */ && parts.length > 0 && !frozen && nextContent && k > 0 && tokRole[k - 1] === CONTENT) {
          parts += s.slice(a, e);
          break;
        }
        predicate = true;
        break;
      case Role.Action:
        beforeAction = parts || null; actionWord = s.slice(a, e);
        parts = ''; afterAction = true; frozen = false; objectVerb = null;
        verbAfterAdverb = false;
        break;
      case Role.ObjectVerb:
        // a verb only where it ends the words and no content is glued before it (投入5亿元…);
        // elsewhere part of a noun (总投资, 逆回购, 投资增速, 贷款市场报价利率)
        if ((k === 0 || !isContent(tokRole[k - 1])) && !anyContentAfter(k + 1, n)) {
          objectVerb = s.slice(a, e); beforeAction = parts || null; afterAction = false; // 累计获得贷款近1.2亿元
        }
        else if (!frozen) parts += s.slice(a, e);
        break;
      case Role.Trend:
        predicate = true; otherPredicate = true;
        comparison = s.startsWith('于', e - 1) && e - a === 2;
        if (frozen) break;
        if (nextContent && !comparison) { beforeTrend = parts; parts = ''; objMode = true; }
        else frozen = true;
        break;
      case Role.Basis:
        predicate = true; otherPredicate = true;
        break;
      case Role.Bound:
        // 下调10个基点至3.35%: a level reached, of the subject before
        if (e - a === 1 && (s.charCodeAt(a) === 0x81f3 /* 至 */ || s.charCodeAt(a) === 0x5230 /* 到 */)) predicate = otherPredicate = true;
        if (parts.length > 0 && nextContent && !frozen) parts += s.slice(a, e); // 规模以上工业, 二级以上医疗机构
        break;
      case Role.Adverb:
        // 合计约1.62亿元 with no words of its own: a sum of the figures before, it continues their subject
        if (parts.length === 0 && SUM_ADVERB.has(s.slice(a, e))) { predicate = true; otherPredicate = true; sum = true; }
        // 平台还撮合在线融资, 支行被骗取贷款, 中行已收回的…款项: a verb-only adverb between content runs
        // ends the agent; the run after opens with a verb no list holds (two characters: most such
        // verbs), and its object is what is measured, before or after the number
        if (VERB_ADVERB.has(s.slice(a, e))) {
          if (parts.length > 0 && !frozen && nextContent && tokRole[k + 1] === CONTENT) {
            const va = tokAt[k + 1], len = tokEnd[k + 1] - va;
            // (after 被 only a verb alone: 被害单位, 被投资单位 are nouns)
            if ((len === 2 || (s.charCodeAt(a) !== 0x88ab /* 被 */ && (len >= 4 || (len === 3 && s.charCodeAt(va + 2) === 0x7684 /* 的 */))))
              && !NOT_A_VERB.has(s.charCodeAt(va))) {
              verbAfterAdverb = true;
              beforeAction = parts; actionWord = s.slice(va, va + 2);
              parts = ''; afterAction = true; objectVerb = null;
              tokAt[k + 1] = va + 2;
              if (len === 2) k++;
            }
          }
          // never part of a noun (高技术产业投资仍占全部投资 → …投资占全部投资); 被 is kept as before
          if (s.charCodeAt(a) !== 0x88ab /* 被 */) break;
        }
        // kept inside a noun (细颗粒物年均浓度, 中长期贷款, 预期最高收益率)
        if (parts.length > 0 && !frozen && (nextContent || (k + 1 < n && (tokRole[k + 1] === Role.ObjectVerb
          || (tokRole[k + 1] === Role.Bound && k + 2 < n && isContent(tokRole[k + 2])))))) parts += s.slice(a, e);
        break;
      case Role.Head: {
        // a scope word after a place's short name (山东全省进出口): what stands before it is the place
        const c = s.charCodeAt(a);
        if (e - a === 2 && (c === 0x5168 /* 全 */ || c === 0x6211 /* 我 */ || c === 0x672c /* 本 */) && parts.length <= 4 && !/[占对在比向]$/.test(parts)) {
          if (!frozen) parts = '';
        }
        // a demonstrative opens a new noun phrase (东风汽车将上述48.3亿元…: not 东风汽车上述)
        else if (DEMONSTRATIVE_FIRST.includes(s[a]) && DEMONSTRATIVES.includes(s.slice(a, e))) { if (!frozen) parts = ''; }
        else if (parts.length > 0 && !frozen) parts += s.slice(a, e);
        break;
      }
      case Role.Cut: {
        // a one-character cut (将 把 后 等 向 以) cuts only before a noun (将奈飞目标价, 翻绿后跌幅), not
        // before a verb (将减少) or the number (规范标准等4项, 合作意向)
        if (e - a === 1 && s.charCodeAt(a) !== 0xff1a && s.charCodeAt(a) !== 0x3a && !nextContent) break;
        // a colon right before the number after a sum word (各项损失合计：148761.28元) introduces that sum
        if (k === n - 1 && k > 0 && tokRole[k - 1] === Role.Adverb && e - a === 1) break;
        parts = ''; frozen = false; afterAction = false; beforeAction = null; objectVerb = null; verbAfterAdverb = false;
        break;
      }
      case Role.Time:
        if (nextContent && !frozen) parts = '';
        break;
      case Role.Compare: {
        predicate = true; hadCompare = true; otherPredicate = true;
        // the base: a time or basis word (比同期, 较上年), else the words up to the change word
        if (k + 1 < n && (tokRole[k + 1] === Role.Time || tokRole[k + 1] === Role.Basis)) { k++; break; }
        while (k + 1 < n && tokRole[k + 1] !== Role.Trend && tokRole[k + 1] !== Role.Bound && tokRole[k + 1] !== Role.Reach) k++;
        break;
      }
      case Role.CompareClose: {
        predicate = true; otherPredicate = true;
        const w = parts.lastIndexOf('与');
        if (w >= 0) parts = parts.slice(0, w);
        break;
      }
      case Role.Conj:
        if (parts.length > 0 && !frozen) parts += s.slice(a, e);
        break;
    }
  }
  if (objMode && parts.length < 2) parts = beforeTrend;
  // the per-unit tail of the figure before (77.7亿元/平方公里、楼均产出…) is not the next subject
  // (startsWith, not charCodeAt out of range on an empty string: that threw the optimized code of
  // readSubject away, and each of these sites did once more on the 20 MB corpus, ~20 ms of compiling each)
  let text = (parts.startsWith('/') ? parts.replace(PER_UNIT, '') : parts).replace(EDGE_JUNK, '');
  // owners listed before 的 (MLF操作和公开市场逆回购操作的中标利率): what is measured is after it, when
  // it names a measure (not the name of an industry: 电力热力燃气及水的生产和供应业)
  const de = text.lastIndexOf('的');
  if (de > 0 && de < text.length - 2 && /[和及与、]/.test(text.slice(0, de)) && MEASURE_TAIL.test(text)) text = text.slice(de + 1);
  // the announcing company itself is no part of what it reports (公司的房地产中介服务营业收入, 公司营业收入)
  if (text.startsWith('公') || text.startsWith('公', 1)) text = text.replace(OWN_COMPANY, '');
  // …and neither is another company named before what it reports (SPEC: a company is neither region nor indicator)
  else if (text.length > 5) {
    const org = NAMED_ORG.exec(text) ?? OWNER_DE.exec(text);
    if (org !== null && !NOT_AN_OWNER.test(org[0])) text = text.slice(org[0].length);
  }
  if (text.length > 1 && TRAILING_COMPARE_ADJ.test(text) && (hadCompare || RATE_NOUNS.includes(text.slice(0, -1)))) text = text.slice(0, -1);
  // a bare 占比 says a share, not of what: whose share it is comes from before, as for 增速
  const rate = RATE_NOUNS.includes(text) || text === '占比';
  const share = text.startsWith('占') && !text.startsWith('比', 1) /* 占比 is a noun */;
  if (beforeAction !== null) beforeAction = beforeAction.replace(EDGE_JUNK, '').replace(OWN_COMPANY_ALONE, '') || null;
  // 公司已募资5亿元: who acts is not what is measured; the verb, with no object, is
  if (verbAfterAdverb && afterAction) beforeAction = actionWord;
  return {
    text: text || null, afterAction, beforeAction, actionWord, objectVerb, predicate: predicate && !text, comparison, rate, share,
    reachOnly: predicate && !otherPredicate && !text, sum: sum && !text,
  };
}

function anyContentAfter(from: number, n: number): boolean {
  for (let k = from; k < n; k++) if (isContent(tokRole[k])) return true;
  return false;
}

/** Does a share named after 占 keep its noun (占…比重) or is the subject all it names (占全部企业)? */
export const shareKeepsNoun = (t: string): boolean => SHARE_ENDINGS.some((w) => t.endsWith(w));

const NOUN_AFTER_MAX = 24;
/** A company's name after a deal verb runs longer (以色列通信卫星运营商Space-Communication Ltd.). */
const NAME_AFTER_MAX = 40;
/** ，,。；;：:、！？ and line breaks: where a noun after a number ends for sure. */
const isHardStop = (c: number): boolean =>
  c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x3001
  || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 10;

/**
 * The noun right after a number (from `pos`, after its unit and bound words), up to the first
 * word that is not content: `7000亿元中期借贷便利（MLF）操作和…` → 中期借贷便利（MLF）操作;
 * `100%股权` → 股权. Null when none (a verb, 的, a class suffix 级, a number or the clause end
 * follows), or when it is one character.
 */
export function nounAfter(text: string, pos: number, limit: number, skipDe = false, name = false): { text: string; end: number } | null {
  // after an action verb, 的 only links its object (持有环路公司100%的股权, 获得了1.79亿元的科研经费)
  if (skipDe && text.charCodeAt(pos) === 0x7684 /* 的 */) pos++;
  // a short note right after the number (130亿欧元(约合144亿美元)税款, 5万元（含税）服务费) is no part of the noun
  const b0 = text.charCodeAt(pos);
  if (b0 === 0xff08 || b0 === 0x28) pos = afterNote(text, pos, limit);
  const c0 = text.charCodeAt(pos);
  // a thing bought may be named in Latin letters (收购Shah Capital…); elsewhere a noun is Chinese
  if (!(c0 >= 0x4e00 && c0 <= 0x9fff) && c0 !== 0x201c /* “ */ && !(name && isLatin(c0))) return null;
  if (c0 === 0x7684 /* 的 */ || c0 === 0x7ea7 /* 级 */ || c0 === 0x4e4b /* 之 */) return null;
  let b = pos;
  const hi = Math.min(limit, pos + (name ? NAME_AFTER_MAX : NOUN_AFTER_MAX));
  while (b < hi && !isHardStop(text.charCodeAt(b)) && !isDigit(text.charCodeAt(b))) b++;
  const s = text.slice(pos, b);
  const n = tokenize(s);
  let e = 0;
  // a verb glued to the noun before it is part of it (逆回购操作, 预算内投资); so is a one-character
  // adverb between two content words (北京可儿教育科技有限公司: 可 is no adverb there)
  // adverb between two content words (北京可儿教育科技有限公司: 可 is no adverb there); in a name
  // any one-character word is (江西迪比科)
  // (so is one that opens a compound noun: 30亿元的补助资金)
  for (let k = 0; k < n && (isContent(tokRole[k]) || (tokRole[k] === Role.ObjectVerb && (k > 0 || (n > 1 && isContent(tokRole[1]))))
    || (k > 0 && ((name && (tokEnd[k] - tokAt[k] === 1 || tokRole[k] === Role.Adverb)) || (tokRole[k] === Role.Adverb && tokEnd[k] - tokAt[k] === 1))
      && isContent(tokRole[k - 1]) && k + 1 < n && isContent(tokRole[k + 1]))); k++) e = tokEnd[k];
  // a noun after a number ends at 的 (2800万元注册资本对应的股权 measures 注册资本), a name does not
  // (and at 之: 收到6,300万元款项之日起)
  if (!name) {
    const de = s.indexOf('的'); if (de >= 2 && de < e) e = de;
    const zhi = s.indexOf('之'); if (zhi >= 2 && zhi < e) e = zhi;
  }
  // nor does it run into a note it does not close (31.35%的股份(对应…), or close one it did not open
  e = Math.min(e, unclosedAt(s, e));
  if (e < 2) return null;
  return { text: s.slice(0, e), end: pos + e };
}

const NOTE_MAX = 16;
/** After the note that opens at `at` when it closes within NOTE_MAX characters and before `limit`, else `at`. */
function afterNote(text: string, at: number, limit: number): number {
  const hi = Math.min(limit, at + NOTE_MAX + 2);
  for (let k = at + 1; k < hi; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff09 || c === 0x29) return k + 1;
    if (c === 0xff08 || c === 0x28 || isHardStop(c)) return at;
  }
  return at;
}

/** Where a bracket opened and not closed, or closed and not opened, in s before e (else e). */
function unclosedAt(s: string, e: number): number {
  let open = -1;
  for (let k = 0; k < e; k++) {
    const c = s.charCodeAt(k);
    if (c === 0xff08 || c === 0x28) { if (open < 0) open = k; }
    else if (c === 0xff09 || c === 0x29) { if (open < 0) return k; open = -1; }
  }
  return open >= 0 ? open : e;
}
