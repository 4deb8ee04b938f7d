/**
 * Extract: find numbers in the normalized text and decide, per type module, whether each is a
 * metric. One left-to-right pass: a start-character regex finds the next candidate, the number
 * grammar reads it, the unit matchers look at what follows. Everything else (dates, durations,
 * measurements, ordinals, codes, titles) has no metric unit or is refused by a context rule.
 */
import { isNumeralChar, NUMBER_CHARS, parseNumberAt, type ParsedNumber } from '../numbers/parse.js';
import { shiftDecimal } from '../numbers/decimal.js';
import {
  APPROX_AFTER, APPROX_BEFORE, APPROX_GAP, APPROX_LOOKALIKES, BETWEEN_CLOSE, BETWEEN_CONNECTORS, CURRENCY_PREFIX,
  INCLUSIVE_MARKS, LIST_SEPARATORS, MONEY_AFTER, MONEY_AFTER_NOT_BEFORE, MONEY_BEFORE, MONEY_GAP, MONEY_VERBS, PERCENT_PREFIX, RANGE_CONNECTORS,
  SESSION_AFTER_CI, SET_PHRASES, RANK_UNITS, RANK_BEFORE, RANK_SCOPE, RANK_QIAN_NOT_AFTER, RANK_AFTER, NUMERAL_WORDS,
  SICHU_VERB_FIRST, YUAN_WORD_OK_AFTER, FU_VERB_AFTER, REFER_BACK_BEFORE, GAI_MODAL_BEFORE,
} from '../rules/units.js';
import type { Approx, MetricType } from '../types.js';
import { FIRST as AMOUNT_FIRST, currencySuffixAt, matchAmount } from './amount.js';
import { FIRST as COUNT_FIRST, matchCount } from './count.js';
import { FIRST as PERCENT_FIRST, matchPercent } from './percent.js';
import type { Mention, UnitMatch, UnitMatcher } from './mention.js';

const MATCHERS: UnitMatcher[] = [matchPercent, matchAmount, matchCount];

// A number can start with one of these (marked START in CHAR_CLASS below).
const START_CHARS = '0123456789零〇一二两兩倆三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兆廿卅卌半负負+-';
// 15k%, 12k个百分点: an SI multiplier on the digits (a code like 5G has no unit after it anyway).
const PARSE_OPTS = { si: true } as const;
// Numbers inside a web address (…issn%280024…) are parts of it. One character class, linear.
const URL_RE = /(?:https?|ftp):\/\/[!-~]+/g;
const BIG_SCALE_RE = /[万亿萬億兆]+$/;

const NOT_SIGN_BEFORE_FU = new Set(['减', '減', '胜', '勝', '抱', '自', '欺', '担', '擔', '正', '肩', '辜', '背', '重', '负', '負']);

const isAsciiAlnum = (c: string | undefined) => c !== undefined && isAlnumCode(c.charCodeAt(0));
// By code, for the checks made on every candidate (no one-character string, no regex call).
const isAlnumCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

// Last (first) characters of the word lists tried before (after) a number: the scanner looks
// these up for every candidate, and a Set lookup refuses most before any startsWith loop
// (approxBefore, currencyPrefixAt and the matchers were ~15% of the 20 MB profile).
const lastChars = (ws: readonly string[]) => new Set(ws.map((w) => w[w.length - 1]));
const GAP_LAST = lastChars(APPROX_GAP);
const APPROX_BEFORE_LAST = lastChars(APPROX_BEFORE.map(([w]) => w));
const APPROX_AFTER_FIRST = new Set(APPROX_AFTER.map(([w]) => w[0]));
const PERCENT_PREFIX_LAST = lastChars(PERCENT_PREFIX.map(([w]) => w));
const CURRENCY_PREFIX_LAST = lastChars(CURRENCY_PREFIX.map(([w]) => w));
const RANGE_FIRST = new Set(RANGE_CONNECTORS.map((w) => w[0]));
const BETWEEN_FIRST = new Set(BETWEEN_CONNECTORS.map((w) => w[0]));
const LIST_FIRST = new Set(LIST_SEPARATORS.map((w) => w[0]));
// The same by code, for the checks after every mention (text[k] of a CJK character is a new string).
const codes = (s: Set<string>) => new Set([...s].map((c) => c.charCodeAt(0)));
const RANGE_FIRST_CODE = codes(RANGE_FIRST);
const BETWEEN_FIRST_CODE = codes(BETWEEN_FIRST);
const LIST_FIRST_CODE = codes(LIST_FIRST);
const MONEY_BEFORE_LAST = lastChars([...MONEY_BEFORE, ...MONEY_VERBS]);
const MONEY_AFTER_FIRST = new Set(MONEY_AFTER.map((w) => w[0]));
const SMALL_START = new Set([...'十百千拾佰仟'].map((c) => c.charCodeAt(0)));
const BIG_SCALE_CODE = new Set([...'万亿萬億兆'].map((c) => c.charCodeAt(0)));

/**
 * A cheap test, per candidate, that no metric can start here (most candidates: 一 and 万 are in
 * countless words). `classify` returns a mention only with a prefix ending just before the number
 * (百分之, a currency) or a unit or range connector right after it, and the matchers all check
 * their first-character sets first. `parseNumberAt` only ever reads characters marked NUM here, so
 * a number starting at i ends inside the run of NUM characters from i, or just after it. If
 * neither the character before i, nor any character of the run, nor the one after it can begin a
 * unit or end a prefix, every candidate in the run would be parsed and refused: the scanner may
 * jump past the run. (Before: 722k parseNumberAt calls in the 20 MB corpus, most of them refused.)
 * A list or range word (、 和 与 至) after the run is a cue too (0.9、5.9个百分点), and two runs are
 * never skipped: one ending in a scale (营业收入达1400亿: money without 元, decided by the words
 * around it) and one ending in a point before a space (47. 4%).
 */
const NUM = 1;
const CUE = 2;
const START = 4;
const CHAR_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, bit: number) => { for (const c of chars) t[c.charCodeAt(0)] |= bit; };
  mark(NUMBER_CHARS, NUM);
  mark(START_CHARS, START);
  mark([...PERCENT_FIRST, ...AMOUNT_FIRST, ...COUNT_FIRST, ...RANGE_FIRST, ...PERCENT_PREFIX_LAST, ...CURRENCY_PREFIX_LAST,
    ...LIST_FIRST, ...BETWEEN_FIRST], CUE);
  return t;
})();

/** True when no metric can start at i (see CHAR_CLASS); sets `runEnd` to where the scanner may resume. */
let runEnd = 0;
/** Where a refused range count ends (set by classify): the scanner resumes after it. */
let refusedEnd = 0;
function noMetricAt(text: string, i: number): boolean {
  if (i > 0 && CHAR_CLASS[text.charCodeAt(i - 1)] & CUE) return false;
  let k = i;
  let c = CHAR_CLASS[text.charCodeAt(k)];
  while (k < text.length && c & NUM) {
    if (c & CUE) return false;
    c = CHAR_CLASS[text.charCodeAt(++k)];
  }
  if (k < text.length && c & CUE) return false;
  // A run ending in a scale (1400亿) may be money without 元; 47. 4% is one number with a stray space.
  const e = text.charCodeAt(k - 1) === 44 || text.charCodeAt(k - 1) === 46 ? k - 2 : k - 1; // 363.75万,将
  if (e >= i && BIG_SCALE_CODE.has(text.charCodeAt(e))) return false;
  if (text.charCodeAt(k) === 32 && text.charCodeAt(k - 1) === 46) return false;
  // 5 %: a stray space before the percent sign (matchPercent reads it)
  if (text.charCodeAt(k) === 32 && (text.charCodeAt(k + 1) === 37 || text.charCodeAt(k + 1) === 0x2030)) return false;
  runEnd = k;
  return true;
}

/** Ranges of 《…》 titles: numbers inside them are part of a name (`《…十条措施》`). */
function titleRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = text.indexOf('《');
  while (i >= 0) {
    const j = text.indexOf('》', i + 1);
    const nl = text.indexOf('\n', i + 1);
    if (j < 0) break;
    if (nl < 0 || j < nl) out.push([i, j + 1]);
    i = text.indexOf('《', j < 0 ? i + 1 : j + 1);
  }
  return out;
}

function approxBefore(text: string, start: number, bareScale: boolean): { approx: Approx; at: number } | null {
  let k = start;
  if (GAP_LAST.has(text[k - 1])) for (const g of APPROX_GAP) {
    if (k >= g.length && text.startsWith(g, k - g.length)) { k -= g.length; break; }
  }
  if (!APPROX_BEFORE_LAST.has(text[k - 1])) return null;
  for (const [w, a] of APPROX_BEFORE) {
    if (k >= w.length && text.startsWith(w, k - w.length)) {
      // 上百 / 数十 / 几十 / 过百 bound only a bare scale; before a full number they are other words.
      if ((w === '上' || w === '数' || w === '几' || w === '过') && !bareScale) continue;
      if (endsLookalike(text, k, w)) continue;
      return { approx: w === '上' ? 'about' : a, at: k - w.length };
    }
  }
  return null;
}

/** A longer word ends at k in place of w: 签约 there is "sign", not 约 "about". */
function endsLookalike(text: string, k: number, w: string): boolean {
  for (const l of APPROX_LOOKALIKES) if (l.length > w.length && l.endsWith(w) && k >= l.length && text.startsWith(l, k - l.length)) return true;
  return false;
}

/** The bound word right after a mention's unit (左右, 以上 …), with where it ends. */
function approxAfter(text: string, end: number): { approx: Approx; end: number } | null {
  if (!APPROX_AFTER_FIRST.has(text[end])) return null;
  for (const [w, a] of APPROX_AFTER) {
    if (text.startsWith(w, end)) {
      if ((w === '多' || w === '余') && /[个项家元]/.test(text[end + 1] ?? '')) return { approx: a, end: end + w.length };
      if (w === '多' || w === '余') continue;
      return { approx: a, end: end + w.length };
    }
  }
  return null;
}

function unitOf(text: string, num: ParsedNumber, start: number, prefixCurrency: string | null): UnitMatch | null {
  for (const m of MATCHERS) {
    const u = m(text, num, start);
    if (!u) continue;
    if (prefixCurrency && u.type === 'amount') return { ...u, unit: prefixCurrency };
    return u;
  }
  if (prefixCurrency) return { type: 'amount', unit: prefixCurrency, end: num.end, shift: 0 };
  return null;
}

/** The fraction prefix (百分之 …) that ends at i, with its decimal shift. */
function percentPrefixAt(text: string, i: number): { word: string; shift: number } | null {
  if (!PERCENT_PREFIX_LAST.has(text[i - 1])) return null;
  for (const [w, shift] of PERCENT_PREFIX) {
    if (i >= w.length && text.startsWith(w, i - w.length)) {
      // 五百分之2.2 is 2.2/500, not 2.2%: the fraction word must not close a longer numeral.
      if (isNumeralChar(text[i - w.length - 1] ?? '')) return null;
      return { word: w, shift };
    }
  }
  return null;
}

function currencyPrefixAt(text: string, i: number, floor = 0): { word: string; iso: string; at: number } | null {
  // 约 ¥ 240 万元: one space may stand between the mark and the number.
  const k = text.charCodeAt(i - 1) === 32 ? i - 1 : i;
  if (!CURRENCY_PREFIX_LAST.has(text[k - 1])) return null;
  for (const [w, iso] of CURRENCY_PREFIX) {
    // floor: a word the previous mention already used (4人民币5美元) is not this one's prefix.
    if (k - w.length >= floor && text.startsWith(w, k - w.length)) {
      // ASCII codes must stand alone: not the tail of a longer word.
      if (/^[A-Z]/.test(w) && isAsciiAlnum(text[k - w.length - 1])) continue;
      return { word: w, iso, at: k - w.length };
    }
  }
  return null;
}

export interface ScanOptions { types?: MetricType[] }

/** All metric mentions in the normalized text, in text order. */
export function scan(text: string, opts: ScanOptions = {}): Mention[] {
  const want = opts.types ? new Set(opts.types) : null;
  // A title in 《…》 states figures (审议通过《关于为子公司申请借款1.5亿元提供担保的议案》: reported)
  // and may give a name (《…十条措施》): a count inside a title is that name, never a figure.
  const titles = titleRanges(text);
  // A title is often cited again without its brackets (制造业高质量发展十条措施): a count whose
  // words stand inside a title of the same text is part of that name too. Only a count: a title
  // that repeats the body's words (《关于收购甲公司100%股权的议案》) never hides the body's figures.
  // Titles joined by '\n' (never inside a title) so one native search replaces a loop over every
  // title per mention: that loop was quadratic and the top of the profile on long inputs.
  const titleTexts = [...new Set(titles.map(([a, b]) => text.slice(a + 1, b - 1)))].join('\n');
  // Characters of the titles: a mention with a character no title has cannot stand in one, and
  // most are refused by this before the substring search (which runs over every title).
  const titleChars = new Set<number>();
  for (let k = 0; k < titleTexts.length; k++) titleChars.add(titleTexts.charCodeAt(k));
  // Numbers inside a web address (…issn%280024…) are parts of it: skipped whole.
  const urls: Array<[number, number]> = [];
  for (const u of text.matchAll(URL_RE)) urls.push([u.index, u.index + u[0].length]);
  let ui = 0;
  let ti = 0;
  const out: Mention[] = [];
  // Candidates found by a table lookup per character rather than a /[…]/g regex: no call into
  // the regex engine per candidate (722k candidates in a 20 MB corpus).
  const n = text.length;
  let next = 0; // where the search for the next candidate resumes
  for (;;) {
    let i = next;
    while (i < n && (CHAR_CLASS[text.charCodeAt(i)] & START) === 0) i++;
    if (i >= n) break;
    next = i + 1;
    while (ui < urls.length && urls[ui][1] <= i) ui++;
    if (ui < urls.length && urls[ui][0] < i) { next = urls[ui][1]; continue; }
    const c = text[i];
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (c === '-' || c === '+') {
      // a sign only where no number or code precedes it (3-4 is a range, 400-123 a code), nor a
      // figure just read (1万元(含)-5万元: a dash, never a minus)
      if (!isDigit(text[i + 1]) || isAsciiAlnum(text[i - 1]) || /[%\d]/.test(text[i - 1] ?? '')) continue;
      if (last && (last.trail === i || last.end === i || last.end === markStart(text, i))) continue;
    }
    // 减负2500亿元 is "reduce the burden by", 胜负 "victory or defeat": 负 ends a word there
    if ((c === '负' || c === '負') && (NOT_SIGN_BEFORE_FU.has(text[i - 1]) || fuIsVerb(text, i))) continue;
    if (noMetricAt(text, i)) { next = Math.max(runEnd, i + 1); continue; }
    const num = parseNumberAt(text, i, PARSE_OPTS);
    if (!num) continue;
    next = Math.max(num.end, i + 1);
    if (!Number.isFinite(num.value)) continue;
    const found = classify(text, i, num, last ? last.end : 0);
    if (!found) {
      if (refusedEnd > i) next = Math.max(next, refusedEnd);
      refusedEnd = 0;
      continue;
    }
    // one mention, or the numbers of a list (no array for the common case: this runs per mention;
    // and no closure, which would move the loop's locals to the heap)
    const many = Array.isArray(found);
    const count = many ? found.length : 1;
    for (let q = 0; q < count; q++) {
      const m = many ? found[q] : found;
      next = Math.max(next, m.end);
      if (m.type === 'count') {
        while (ti < titles.length && titles[ti][1] <= m.numStart) ti++;
        if (ti < titles.length && titles[ti][0] < m.numStart) continue;
        if (titleTexts.length > 0 && inTitleChars(text, titleChars, m.numStart, Math.min(text.length, m.end + 2))) {
          const words = text.slice(m.numStart, Math.min(text.length, m.end + 2));
          if (!words.includes('\n') && titleTexts.includes(words)) continue;
        }
      }
      if (want && !want.has(m.type)) continue;
      out.push(m);
    }
  }
  return out;
}

/** Where an inclusive mark ((含), （不含）) that ends at i starts; i when none does. */
function markStart(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c !== 0x29 && c !== 0xff09) return i;
  for (const w of INCLUSIVE_MARKS) if (i >= w.length && text.startsWith(w, i - w.length)) return i - w.length;
  return i;
}

/** Where an inclusive mark that starts at i ends; i when none does. */
function markEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x28 && c !== 0xff08) return i;
  for (const w of INCLUSIVE_MARKS) if (text.startsWith(w, i)) return i + w.length;
  return i;
}

function inTitleChars(text: string, chars: Set<number>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!chars.has(text.charCodeAt(k))) return false;
  return true;
}

const restated = (u: UnitMatch): number | undefined => (u as UnitMatch & { value?: number }).value;

/** `74.35.%` (a stray point) and `47. 4%` (a decimal broken by a stray space): one percent. */
function strayPoint(text: string, i: number, num: ParsedNumber): (UnitMatch & { value: number }) | null {
  if (text.charCodeAt(num.end) !== 46 /* . */) return null;
  if (text.charCodeAt(num.end + 1) === 37 /* % */ && num.valueMax === null) {
    return { type: 'percent', unit: '%', end: num.end + 2, shift: 0, value: num.value };
  }
  if (text.charCodeAt(num.end + 1) !== 32 || !num.plainInteger) return null;
  let k = num.end + 2;
  while (isDigit(text[k])) k++;
  if (k === num.end + 2 || text.charCodeAt(k) !== 37) return null;
  return { type: 'percent', unit: '%', end: k + 1, shift: 0, value: Number(`${text.slice(i, num.end)}.${text.slice(num.end + 2, k)}`) };
}

const endsWithBigScale = (text: string, num: ParsedNumber) => BIG_SCALE_CODE.has(text.charCodeAt(num.end - 1));

/** The word of `words` that ends at i, longest first; null when none does. */
function wordEndingAt(text: string, i: number, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (i >= w.length && (best === null || w.length > best.length) && text.startsWith(w, i - w.length)) best = w;
  return best;
}

/** A word of MONEY_AFTER at i (以85亿收购: 收购). */
function moneyAfterAt(text: string, i: number): boolean {
  if (!MONEY_AFTER_FIRST.has(text[i])) return false;
  for (const w of MONEY_AFTER) if (text.startsWith(w, i)) return !MONEY_AFTER_NOT_BEFORE.has(text[i + w.length]);
  return false;
}

// What may follow a scale number for it to stand alone as money: the end of a clause or sentence,
// a list or range word, 的, or a bound word (左右 以上); anything else is a noun it measures (14亿人口).
const MONEY_END = new Set([...'，,。；;、：:!?！？）)”"’」\n \t和与及或至到的左以上多余-—~（('].map((c) => c.charCodeAt(0)));

/**
 * Money without 元 (SPEC): a number ending in a scale, with no unit of its own, is money when a
 * money word ends right before it (营业收入达1400亿, 罚款5万) or a deal word begins right after it
 * (以85亿收购, 20.5亿对价). The currency is CNY unless another is named before it in its clause.
 */
function bareMoney(text: string, lead: number, end: number): string | null {
  if (!moneyAfterAt(text, end)) {
    let k = lead;
    for (let n = 0; n < 3 && k > 0; n++) {
      const g = wordEndingAt(text, k, MONEY_GAP);
      if (g === null) break;
      k -= g.length;
    }
    if (!MONEY_BEFORE_LAST.has(text[k - 1])) return null;
    const w = wordEndingAt(text, k, MONEY_BEFORE) ?? wordEndingAt(text, k, MONEY_VERBS);
    if (w === null) return null;
    // what follows ends the phrase (14亿人口 is no money), except after a verb of paying
    if (end < text.length && !MONEY_END.has(text.charCodeAt(end)) && !(k === lead && MONEY_VERBS.includes(w))) return null;
  }
  return clauseCurrency(text, lead);
}

/** The currency named last before i in its clause (收购价为3亿美元，…: another clause), else CNY. */
function clauseCurrency(text: string, i: number): string {
  let from = i;
  while (from > 0 && i - from < 60 && !CLAUSE_BREAK.has(text.charCodeAt(from - 1))) from--;
  let iso = 'CNY';
  for (let k = from; k < i; k++) {
    const c = currencySuffixAt(text, k);
    if (c && c[1] !== 'CNY') { iso = c[1]; k += c[0].length - 1; }
  }
  return iso;
}
const CLAUSE_BREAK = new Set([...'，,。；;！？!?\n'].map((c) => c.charCodeAt(0)));

/**
 * `10个亿`, `两个亿卢布`: a count of hundred-millions is money. The scale's shift and where it
 * ends. Not before 元 (开工61个亿元以上项目 counts projects of over 亿元 each).
 */
function geYiAt(text: string, i: number): { shift: number; end: number; over: boolean } | null {
  const g = text.charCodeAt(i);
  if (g !== 0x4e2a /* 个 */ && g !== 0x500b /* 個 */) return null;
  // 3个多亿 / 两个余亿: more than that many hundred-millions
  const m = text.charCodeAt(i + 1);
  const over = m === 0x591a /* 多 */ || m === 0x4f59 /* 余 */ || m === 0x9918 /* 餘 */;
  const k = over ? i + 2 : i + 1;
  const y = text.charCodeAt(k);
  if (y !== 0x4ebf /* 亿 */ && y !== 0x5104 /* 億 */) return null;
  const e = text.charCodeAt(k + 1);
  if (e === 0x5143 /* 元 */ || e === 0x5706 /* 圆 */) return null;
  return { shift: 8, end: k + 1, over };
}

/**
 * 负 before a share of blame is the verb "bear" (负10%责任, 负20%的责任): the number after it is
 * read on its own, positive. Looked at only when 负 starts a candidate (rare), a few characters on.
 */
function fuIsVerb(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length && k <= i + 10; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_BREAK.has(c)) return false;
    if (!(isAlnumCode(c) || c === 46 || c === 37 || isNumeralChar(text[k]))) {
      return FU_VERB_AFTER.some((w) => text.startsWith(w, k));
    }
  }
  return false;
}

const REFER_BACK_LAST = new Set(REFER_BACK_BEFORE.map((w) => w.charCodeAt(w.length - 1)));
const isGe = (c: number) => c === 0x4e2a /* 个 */ || c === 0x500b /* 個 */;
const prevCode0 = (text: string, i: number) => (i > 0 ? text.charCodeAt(i - 1) : 0);

/**
 * A number after a list word whose list starts with 第 (第1、2项, 第三、四项, 第1和2条): an
 * ordinal like the first. Walks back over at most a few short numbers and separators.
 */
function ordinalListBefore(text: string, i: number): boolean {
  let k = i;
  for (let n = 0; n < 6; n++) {
    const sep = LIST_SEPARATORS.find((w) => k >= w.length && text.startsWith(w, k - w.length));
    if (!sep) return false;
    k -= sep.length;
    const e = k;
    while (k > 0 && e - k < 4 && (isDigit(text[k - 1]) || isNumeralChar(text[k - 1]))) k--;
    if (k === e) return false;
    if (text[k - 1] === '第') return true;
  }
  return false;
}

/** The ASCII letters and digits ending at k hold a letter (D887, K1): a code, not a figure. */
function codeBefore(text: string, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const c = text.charCodeAt(j);
    if (isLetterCode(c)) return true;
    if (!isAlnumCode(c)) return false;
  }
  return false;
}

/** A rank written with 名 / 位 (前十名, 前进2位, 居全国12位, 全国16位跃升到第8位): not a count. */
function isRank(text: string, start: number, end: number): boolean {
  if (RANK_AFTER.some((w) => text.startsWith(w, end))) return true;
  if (text[start - 1] === '前' && !RANK_QIAN_NOT_AFTER.has(text[start - 2])) return true;
  let k = start;
  const scope = RANK_SCOPE.find((w) => k >= w.length && text.startsWith(w, k - w.length));
  if (scope) k -= scope.length;
  // 前 also ends 前进 / 前移, already in RANK_BEFORE
  return RANK_BEFORE.some((w) => k >= w.length && text.startsWith(w, k - w.length) &&
    // 居 / 列 / 排 alone only with a scope word (居全国12位), never 居民5名 / 列入
    (w.length > 1 || scope !== undefined));
}

/** A count of 次 that numbers a session (十六届人大三次会议, 八届二次全会): an ordinal. */
function isSession(text: string, start: number, end: number): boolean {
  if (text.startsWith('全会', end)) return true; // 二次全会 is always a plenary session's number
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    const c = text.charCodeAt(k);
    if (CLAUSE_BREAK.has(c)) return false;
    if (c === 0x5c4a /* 届 */ || c === 0x5c46 /* 屆 */) return SESSION_AFTER_CI.some((w) => text.startsWith(w, end));
  }
  return false;
}

// Quote marks and the breaks a short quotation never spans, by code (checked for every count).
const Q_OPEN = 1, Q_CLOSE = 2, Q_BREAK = 4;
const QUOTE_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of '“「『"') t[c.charCodeAt(0)] |= Q_OPEN;
  for (const c of '”」』"') t[c.charCodeAt(0)] |= Q_CLOSE;
  for (const c of '，,。；;！？!?\n、') t[c.charCodeAt(0)] |= Q_BREAK;
  return t;
})();
/**
 * A short quotation right after a count that ends its phrase (三个“不动摇”，): the count names the
 * slogan. Followed by a noun (两个“国字号”平台) it counts that noun.
 */
function quotedSloganAfter(text: string, open: number): boolean {
  for (let k = open + 1; k < text.length && k <= open + 9; k++) {
    const q = QUOTE_CLASS[text.charCodeAt(k)];
    if (q & Q_CLOSE) {
      const c = text.charCodeAt(k + 1);
      return k + 1 >= text.length || CLAUSE_BREAK.has(c) || c === 0x3001 /* 、 */ || c === 0x7684 /* 的 */;
    }
    if (q) return false;
  }
  return false;
}

/** A count inside a short quotation (“3个100”, “八站两场”, “民营经济32条”): a name, not a figure. */
function inShortQuote(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    const q = QUOTE_CLASS[text.charCodeAt(k)];
    if (q & Q_OPEN) { open = k; break; }
    if (q) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < text.length && k < end + 8; k++) {
    const q = QUOTE_CLASS[text.charCodeAt(k)];
    if (q & Q_CLOSE) return k - open <= 12;
    if (q) return false;
  }
  return false;
}

/**
 * The numbers after a bare one that share a unit with it (提高0.9、5.9个百分点; 1.009万亿、9373亿和8483万元):
 * the numbers and the unit of the last, or null when the list does not end in a unit.
 */
function listUnit(text: string, num: ParsedNumber, ge = false): { items: Array<{ at: number; num: ParsedNumber }>; unit: UnitMatch | null } | null {
  const items: Array<{ at: number; num: ParsedNumber }> = [];
  let end = num.end;
  for (let n = 0; n < 30; n++) {
    // 高于全国、全省6.7个、5.2个百分点: each member may keep the 个 of 个百分点
    if (ge && isGe(text.charCodeAt(end))) end++;
    if (!LIST_FIRST_CODE.has(text.charCodeAt(end))) return null;
    const sep = LIST_SEPARATORS.find((w) => text.startsWith(w, end));
    if (!sep) return null;
    const j = end + sep.length;
    if ((CHAR_CLASS[text.charCodeAt(j)] & START) === 0 || text[j] === '-' || text[j] === '+') return null;
    const p = parseNumberAt(text, j, PARSE_OPTS);
    if (!p || !Number.isFinite(p.value) || p.bareScale || p.valueMax !== null) return null;
    items.push({ at: j, num: p });
    const u = strayPoint(text, j, p) ?? unitOf(text, p, j, null);
    if (ge && u && u.type === 'count' && u.end === p.end + 1 && isGe(text.charCodeAt(p.end)) && LIST_FIRST_CODE.has(text.charCodeAt(u.end))) {
      end = p.end;
      continue;
    }
    if (u) return ge && !(u.type === 'percent' && (u.unit === 'pp' || u.unit === 'bp')) ? null : { items, unit: u };
    end = p.end;
  }
  return null;
}

/**
 * Decides whether the number at [i, num.end) is a metric, and reads its range, unit and bounds.
 * Returns the mentions it makes: one, or one per number of a list that shares a unit.
 */
function classify(text: string, i: number, num: ParsedNumber, floor: number): Mention | Mention[] | null {
  const prev = text[i - 1];
  if (prev === '第') {                                                   // ordinal
    // 第1-4项, 第三至五条: the range's second end is an ordinal too
    if (RANGE_FIRST_CODE.has(text.charCodeAt(num.end))) {
      const conn = RANGE_CONNECTORS.find((w) => text.startsWith(w, num.end));
      const second = conn ? parseNumberAt(text, num.end + conn.length, PARSE_OPTS) : null;
      if (second) refusedEnd = second.end;
    }
    return null;
  }
  if (LIST_FIRST_CODE.has(prevCode0(text, i)) && ordinalListBefore(text, i)) return null; // 第1、2项: both ordinals
  // D887/8次, K1/2次: the number after a code and a slash is the code's other half
  // (a code has a letter: 0.89/1.22/1.60元 is a list of figures)
  if (prev === '/' && isAlnumCode(text.charCodeAt(i - 2)) && codeBefore(text, i - 1)) return null;
  const prevCode = text.charCodeAt(i - 1);
  const letterAfter = isLetterCode(text.charCodeAt(num.end));
  if (isAlnumCode(prevCode) || prev === '.' || letterAfter) {
    // part of a code or model name (G20, 5G, 东风纳米01, A3); `%` etc. never follow a letter.
    // A percent or a scaled sum of money right after a name is a figure (收购SCC100%的股份,
    // Ltd.100%, CPI2%, 完成GDP8.6万亿元).
    const afterName = !letterAfter && (isLetterCode(prevCode) || (prev === '.' && isLetterCode(text.charCodeAt(i - 2)))) &&
      (text.charCodeAt(num.end) === 37 || (BIG_SCALE_CODE.has(text.charCodeAt(num.end - 1)) && currencySuffixAt(text, num.end) !== null));
    if (!afterName && !(prev && /[A-Z$]/.test(prev) && currencyPrefixAt(text, i))) return null;
  }
  if (num.plainInteger && text[num.end] === ':' && isDigit(text[num.end + 1])) return null; // 3:2, 10:30
  if (text[num.end] === '∶') return null;                                             // ratio
  // A lone 零 / 〇 is a word's first character (零部件, 零售), not the figure 0; 零元 is 0 yuan.
  if (num.chinese && num.end - i === 1 && (text[i] === '零' || text[i] === '〇') && text[num.end] !== '元') return null;

  const pct = percentPrefixAt(text, i);
  const cur = pct ? null : currencyPrefixAt(text, i, floor);
  const start = pct ? i - pct.word.length : cur ? cur.at : i;

  // 数十 / 几十 bound a bare ten as 上百 bounds a bare hundred
  const before = approxBefore(text, start, num.bareScale || (text[i] === '十' && (text[start - 1] === '数' || text[start - 1] === '几')));
  // 百家 is a phrase; 上百家 / 逾百亿 / 百来家 are numbers, and so is 百亿 before a deal word (百亿收购)
  if (num.bareScale && !before && !pct && num.fuzzy !== 'about' &&
      !(SMALL_START.has(text.charCodeAt(i)) && endsWithBigScale(text, num) && moneyAfterAt(text, num.end))) return null;

  let unit: UnitMatch | null;
  let value = num.value;
  let valueMax = num.valueMax;

  const geYi = pct || num.valueMax !== null ? null : geYiAt(text, num.end);
  if (pct) {
    unit = { type: 'percent', unit: '%', end: num.end, shift: pct.shift };
  } else if (geYi) {
    unit = null;
  } else {
    unit = strayPoint(text, i, num) ?? unitOf(text, num, i, cur?.iso ?? null);
    // 0.7个和3.1个百分点, 6.7个、5.2个百分点: the 个 before a list word belongs to 个百分点
    if ((unit === null || unit.unit === '个' || unit.unit === '個') && isGe(text.charCodeAt(num.end)) &&
        LIST_FIRST_CODE.has(text.charCodeAt(num.end + 1)) && num.valueMax === null) {
      const list = listUnit(text, num, true);
      if (list && list.unit) return listMentions(text, i, num, start, before ? before.at : start, before ? before.approx : null, list.items, list.unit);
    }
  }
  // 五元三毛, 七成六: the unit restated the number.
  if (unit && restated(unit) !== undefined) value = restated(unit)!;

  // A range: 3-5万元, 7-8%, 1至2个百分点 (unit after the second number only),
  // 7%至8%, 15.98万元—19.98万元, 百分之七到百分之八 (unit after both), 1万元(含)-5万元,
  // 介于3亿元和5亿元之间, 40亿与50亿元之间 (和/与 only with 之间 after the second).
  const rangeFrom = markEnd(text, unit ? unit.end : num.end);
  const rc = text.charCodeAt(rangeFrom);
  let conn = RANGE_FIRST_CODE.has(rc) ? RANGE_CONNECTORS.find((w) => text.startsWith(w, rangeFrom)) : undefined;
  let between = false;
  if (!conn && BETWEEN_FIRST_CODE.has(rc)) {
    conn = BETWEEN_CONNECTORS.find((w) => text.startsWith(w, rangeFrom));
    between = conn !== undefined;
  }
  if (conn && valueMax === null) {
    let j = rangeFrom + conn.length;
    if (pct && text.startsWith(pct.word, j)) j += pct.word.length;
    else if (cur && text.startsWith(cur.word, j)) j += cur.word.length;
    const second = parseNumberAt(text, j, PARSE_OPTS);
    if (second && !second.bareScale && Number.isFinite(second.value) && second.value >= 0) {
      const unit2 = pct
        ? { type: 'percent' as const, unit: '%', end: second.end, shift: pct.shift }
        : unitOf(text, second, j, cur?.iso ?? null);
      const closed = !between || (unit2 !== null && BETWEEN_CLOSE.some((w) => text.startsWith(w, unit2.end)));
      if (unit2 && closed && (!unit || (unit.type === unit2.type && unit.unit === unit2.unit))) {
        let low = value;
        const high = restated(unit2) ?? second.value;
        if (!unit) {
          // 3-5万元: the second number's scale belongs to the first as well, unless the first
          // then exceeds the second (从5000到2万元 is 5000 to 20000)
          const scale = BIG_SCALE_RE.exec(text.slice(j, second.end));
          const firstHasScale = /[万亿萬億兆]/.test(text.slice(i, num.end));
          if (scale && !firstHasScale) {
            const p = parseNumberAt(text.slice(i, num.end) + scale[0], 0);
            if (p && p.value <= high) low = p.value;
          }
        }
        if (high >= low) {
          value = low;
          valueMax = second.valueMax ?? high;
          unit = unit2;
        }
      }
    }
  }

  const lead = before ? before.at : start;
  const bound = before ? before.approx : null;

  if (geYi) {
    // 10个亿, 两个亿卢布: hundred-millions counted with 个, money unless a noun follows (14个亿人口).
    const c = currencySuffixAt(text, geYi.end);
    const end = c ? geYi.end + c[0].length : geYi.end;
    const iso = c ? c[1] : cur ? cur.iso
      : (end >= text.length || MONEY_END.has(text.charCodeAt(end)) || moneyAfterAt(text, end)) ? clauseCurrency(text, lead) : null;
    return iso ? mention(text, 'amount', start, end, shiftDecimal(value, geYi.shift), null, iso, i, num, lead, bound ?? (geYi.over ? 'over' : null)) : null;
  }
  if (!unit) {
    // A list sharing the last number's unit.
    const list = listUnit(text, num);
    if (list && list.unit) return listMentions(text, i, num, start, lead, bound, list.items, list.unit);
    // Money without 元, alone or as a list of scale numbers (1.009万亿、9373亿).
    if (endsWithBigScale(text, num) && valueMax === null && !pct) {
      const iso = bareMoney(text, lead, num.end);
      if (iso) return mention(text, 'amount', start, num.end, value, null, iso, i, num, lead, bound);
    }
    return null;
  }
  const end = unit.end;

  if (unit.shift !== 0) {
    value = shiftDecimal(value, unit.shift);
    if (valueMax !== null) valueMax = shiftDecimal(valueMax, unit.shift);
  }

  if (unit.type === 'count' && refusedCount(text, i, num, start, end, unit.unit, value, valueMax)) {
    // a refused range (上述1-4项) is refused whole: its second number is not read again alone
    if (valueMax !== null) refusedEnd = end;
    return null;
  }
  // 三元达, 三元桥, 二元结构: a lone Chinese numeral and 元 inside a name, not a few yuan
  if (unit.type === 'amount' && num.chinese && num.end - i === 1 && start === i && text[num.end] === '元' && end === num.end + 1 &&
      text[i] !== '零' && isHanCode(text.charCodeAt(end)) && !YUAN_WORD_OK_AFTER.has(text[end]) && !moneyAfterAt(text, end)) return null;
  return mention(text, unit.type, start, end, value, valueMax, unit.unit, i, num, lead, bound);
}

/** A count that is a name, an article, a rank, a slogan or a reference back rather than a figure. */
function refusedCount(text: string, i: number, num: ParsedNumber, start: number, end: number, mw: string, value: number, valueMax: number | null): boolean {
  // 一个 / 一家 is an article ("a company"), not a figure.
  if (num.chinese && value === 1 && valueMax === null && /[一壹]/.test(text[i])) return true;
  // A slogan in quotes (“两个确保”, “十二个紧盯”) names a policy, it does not count anything;
  // so do the set phrases of political language, quoted or not (中央八项规定精神, 四个意识).
  if (num.chinese && (text[start - 1] === '“' || text[start - 1] === '"')) return true;
  if (num.chinese && SET_PHRASES.some((p) => text.startsWith(p, i))) return true;
  // 坚持三个“不动摇”, 实现两个“翻番”: a count whose whole object is a short slogan names it
  if (num.chinese && QUOTE_CLASS[text.charCodeAt(end)] & Q_OPEN && quotedSloganAfter(text, end)) return true;
  if (inShortQuote(text, start, end)) return true;
  if (mw === '次' && isSession(text, start, end)) return true;
  if (RANK_UNITS.has(mw) && isRank(text, start, end)) return true;
  if (REFER_BACK_LAST.has(text.charCodeAt(start - 1)) && REFER_BACK_BEFORE.some((w) => start >= w.length && text.startsWith(w, start - w.length)) &&
      !((text[start - 1] === '该' || text[start - 1] === '該') && GAI_MODAL_BEFORE.has(text[start - 2]))) return true;
  if (num.chinese && NUMERAL_WORDS.some((p) => text.startsWith(p, i))) return true;
  // 四处奔走 "everywhere"; 四处公园 counts places
  if (num.chinese && mw === '处' && text[i] === '四' && end - i === 2 && SICHU_VERB_FIRST.has(text[end])) return true;
  return false;
}

/**
 * A mention of `num` (at ns) spanning [s0, e0), with its bound: the word before it (`bound`), else
 * the word after its unit (左右, （含）以上), else a 多 / 余 / 来 inside the number.
 */
function mention(
  text: string, type: MetricType, s0: number, e0: number, v: number, vMax: number | null, u: string,
  ns: number, num: ParsedNumber, lead: number, bound: Approx | null,
): Mention {
  const e1 = markEnd(text, e0);
  // 30万元/人左右, 17.5元/股以下: the bound word stands after the per-unit word
  const after = approxAfter(text, e1) ??
    (text.charCodeAt(e1) === 47 && isHanCode(text.charCodeAt(e1 + 1)) ? approxAfter(text, e1 + 2) : null);
  const approx = bound ?? (after ? after.approx : null) ?? num.fuzzy;
  return { type, start: s0, end: e0, value: v, valueMax: vMax, unit: u, approx, numStart: ns, numEnd: num.end, lead, trail: after ? after.end : e0 };
}

/** One mention per number of a list that shares the last one's unit; the bare ones' text is the number as written. */
function listMentions(
  text: string, i: number, num: ParsedNumber, start: number, lead: number, bound: Approx | null,
  items: Array<{ at: number; num: ParsedNumber }>, unit: UnitMatch,
): Mention[] | null {
  const lastItem = items[items.length - 1];
  // The last number's own scale (12.3、15.6亿元) is shared by the bare numbers without one.
  const scale = BIG_SCALE_RE.exec(text.slice(lastItem.at, lastItem.num.end));
  const bare = [{ at: i, num, s: start, lead }, ...items.slice(0, -1).map((it) => ({ at: it.at, num: it.num, s: it.at, lead: it.at }))];
  const out: Mention[] = [];
  for (const b of bare) {
    let v = b.num.value;
    if (scale && !/[万亿萬億兆]/.test(text.slice(b.at, b.num.end))) {
      const p = parseNumberAt(text.slice(b.at, b.num.end) + scale[0], 0);
      if (!p) return null;
      v = p.value;
    }
    if (unit.shift !== 0) v = shiftDecimal(v, unit.shift);
    if (unit.type === 'count' && !Number.isInteger(v)) return null;
    if (unit.type === 'amount' && restated(unit) !== undefined) return null;
    out.push(mention(text, unit.type, b.s, b.num.end, v, null, unit.unit, b.at, b.num, b.lead, b.at === i ? bound : null));
  }
  // The last one, with its unit, is read again by the scanner as a mention of its own.
  return out;
}
