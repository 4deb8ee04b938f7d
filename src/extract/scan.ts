/**
 * Extract: find numbers in the normalized text and decide, per type module, whether each is a
 * metric. One left-to-right pass: a start-character regex finds the next candidate, the number
 * grammar reads it, the unit matchers look at what follows. Everything else (dates, durations,
 * measurements, ordinals, codes, titles) has no metric unit or is refused by a context rule.
 */
import { isNumeralChar, NUMBER_CHARS, parseNumberAt, type ParsedNumber } from '../numbers/parse.js';
import { shiftDecimal } from '../numbers/decimal.js';
import {
  APPROX_AFTER, APPROX_BEFORE, APPROX_GAP, APPROX_LOOKALIKES, CURRENCY_PREFIX, PERCENT_PREFIX, RANGE_CONNECTORS, SET_PHRASES,
} from '../rules/units.js';
import type { Approx, MetricType } from '../types.js';
import { FIRST as AMOUNT_FIRST, matchAmount } from './amount.js';
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

/**
 * A cheap test, per candidate, that no metric can start here (most candidates: 一 and 万 are in
 * countless words). `classify` returns a mention only with a prefix ending just before the number
 * (百分之, a currency) or a unit or range connector right after it, and the matchers all check
 * their first-character sets first. `parseNumberAt` only ever reads characters marked NUM here, so
 * a number starting at i ends inside the run of NUM characters from i, or just after it. If
 * neither the character before i, nor any character of the run, nor the one after it can begin a
 * unit or end a prefix, every candidate in the run would be parsed and refused: the scanner may
 * jump past the run. (Before: 722k parseNumberAt calls in the 20 MB corpus, most of them refused.)
 */
const NUM = 1;
const CUE = 2;
const START = 4;
const CHAR_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, bit: number) => { for (const c of chars) t[c.charCodeAt(0)] |= bit; };
  mark(NUMBER_CHARS, NUM);
  mark(START_CHARS, START);
  mark([...PERCENT_FIRST, ...AMOUNT_FIRST, ...COUNT_FIRST, ...RANGE_FIRST, ...PERCENT_PREFIX_LAST, ...CURRENCY_PREFIX_LAST], CUE);
  return t;
})();

/** True when no metric can start at i (see CHAR_CLASS); sets `runEnd` to where the scanner may resume. */
let runEnd = 0;
function noMetricAt(text: string, i: number): boolean {
  if (i > 0 && CHAR_CLASS[text.charCodeAt(i - 1)] & CUE) return false;
  let k = i;
  let c = CHAR_CLASS[text.charCodeAt(k)];
  while (k < text.length && c & NUM) {
    if (c & CUE) return false;
    c = CHAR_CLASS[text.charCodeAt(++k)];
  }
  if (k < text.length && c & CUE) return false;
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

function currencyPrefixAt(text: string, i: number, floor = 0): { word: string; iso: string } | null {
  if (!CURRENCY_PREFIX_LAST.has(text[i - 1])) return null;
  for (const [w, iso] of CURRENCY_PREFIX) {
    // floor: a word the previous mention already used (4人民币5美元) is not this one's prefix.
    if (i - w.length >= floor && text.startsWith(w, i - w.length)) {
      // ASCII codes must stand alone: not the tail of a longer word.
      if (/^[A-Z]/.test(w) && isAsciiAlnum(text[i - w.length - 1])) continue;
      return { word: w, iso };
    }
  }
  return null;
}

export interface ScanOptions { types?: MetricType[] }

/** All metric mentions in the normalized text, in text order. */
export function scan(text: string, opts: ScanOptions = {}): Mention[] {
  const want = opts.types ? new Set(opts.types) : null;
  const titles = titleRanges(text);
  // A title is often cited again without its brackets (制造业高质量发展十条措施): a number whose
  // words stand inside a title of the same text is part of that name too.
  // Titles joined by '\n' (never inside a title) so one native search replaces a loop over every
  // title per mention: that loop was quadratic and the top of the profile on long inputs.
  const titleTexts = [...new Set(titles.map(([a, b]) => text.slice(a + 1, b - 1)))].join('\n');
  // Characters of the titles: a mention with a character no title has cannot stand in one, and
  // most are refused by this before the substring search (which runs over every title).
  const titleChars = new Set<number>();
  for (let k = 0; k < titleTexts.length; k++) titleChars.add(titleTexts.charCodeAt(k));
  for (const u of text.matchAll(URL_RE)) titles.push([u.index, u.index + u[0].length]);
  titles.sort((a, b) => a[0] - b[0]);
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
    while (ti < titles.length && titles[ti][1] <= i) ti++;
    if (ti < titles.length && titles[ti][0] < i) { next = titles[ti][1]; continue; }
    const c = text[i];
    if (c === '-' || c === '+') {
      // a sign only where no number or code precedes it (3-4 is a range, 400-123 a code)
      if (!isDigit(text[i + 1]) || isAsciiAlnum(text[i - 1]) || /[%\d]/.test(text[i - 1] ?? '')) continue;
    }
    // 减负2500亿元 is "reduce the burden by", 胜负 "victory or defeat": 负 ends a word there
    if ((c === '负' || c === '負') && NOT_SIGN_BEFORE_FU.has(text[i - 1])) continue;
    if (noMetricAt(text, i)) { next = Math.max(runEnd, i + 1); continue; }
    const num = parseNumberAt(text, i, PARSE_OPTS);
    if (!num) continue;
    next = Math.max(num.end, i + 1);
    if (!Number.isFinite(num.value)) continue;
    const found = classify(text, i, num, out.length > 0 ? out[out.length - 1].end : 0);
    if (!found) continue;
    if (titleTexts.length > 0 && inTitleChars(text, titleChars, found.numStart, Math.min(text.length, found.end + 2))) {
      const words = text.slice(found.numStart, Math.min(text.length, found.end + 2));
      if (!words.includes('\n') && titleTexts.includes(words)) { next = Math.max(next, found.end); continue; }
    }
    if (want && !want.has(found.type)) { next = Math.max(next, found.end); continue; }
    out.push(found);
    next = Math.max(next, found.end);
  }
  return out;
}

function inTitleChars(text: string, chars: Set<number>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!chars.has(text.charCodeAt(k))) return false;
  return true;
}

const restated = (u: UnitMatch): number | undefined => (u as UnitMatch & { value?: number }).value;

/** Decides whether the number at [i, num.end) is a metric, and reads its range, unit and bounds. */
function classify(text: string, i: number, num: ParsedNumber, floor: number): Mention | null {
  const prev = text[i - 1];
  if (prev === '第') return null;                                        // ordinal
  if (isAlnumCode(text.charCodeAt(i - 1)) || prev === '.' || isLetterCode(text.charCodeAt(num.end))) {
    // part of a code or model name (G20, 5G, 东风纳米01, A3); `%` etc. never follow a letter
    if (!(prev && /[A-Z$]/.test(prev) && currencyPrefixAt(text, i))) return null;
  }
  if (num.plainInteger && text[num.end] === ':' && isDigit(text[num.end + 1])) return null; // 3:2, 10:30
  if (text[num.end] === '∶') return null;                                             // ratio
  // A lone 零 / 〇 is a word's first character (零部件, 零售), not the figure 0.
  if (num.chinese && num.end - i === 1 && (text[i] === '零' || text[i] === '〇')) return null;

  const pct = percentPrefixAt(text, i);
  const cur = pct ? null : currencyPrefixAt(text, i, floor);
  let start = pct ? i - pct.word.length : cur ? i - cur.word.length : i;

  // 数十 / 几十 bound a bare ten as 上百 bounds a bare hundred
  const before = approxBefore(text, start, num.bareScale || (text[i] === '十' && (text[start - 1] === '数' || text[start - 1] === '几')));
  if (num.bareScale && !before && !pct) return null; // 百家 is a phrase; 上百家 / 逾百亿 are numbers

  let unit: UnitMatch | null;
  let value = num.value;
  let valueMax = num.valueMax;
  let end: number;

  if (pct) {
    unit = { type: 'percent', unit: '%', end: num.end, shift: pct.shift };
  } else {
    unit = unitOf(text, num, i, cur?.iso ?? null);
  }
  // 五元三毛, 七成六: the unit restated the number.
  if (unit && restated(unit) !== undefined) value = restated(unit)!;

  // A range: 3-5万元, 7-8%, 1至2个百分点 (unit after the second number only),
  // 7%至8%, 15.98万元—19.98万元, 百分之七到百分之八 (unit after both).
  const rangeFrom = unit ? unit.end : num.end;
  const conn = RANGE_FIRST.has(text[rangeFrom]) ? RANGE_CONNECTORS.find((w) => text.startsWith(w, rangeFrom)) : undefined;
  if (conn && valueMax === null) {
    let j = rangeFrom + conn.length;
    if (pct && text.startsWith(pct.word, j)) j += pct.word.length;
    else if (cur && text.startsWith(cur.word, j)) j += cur.word.length;
    const second = parseNumberAt(text, j, PARSE_OPTS);
    if (second && !second.bareScale && Number.isFinite(second.value) && second.value >= 0) {
      const unit2 = pct
        ? { type: 'percent' as const, unit: '%', end: second.end, shift: pct.shift }
        : unitOf(text, second, j, cur?.iso ?? null);
      if (unit2 && (!unit || (unit.type === unit2.type && unit.unit === unit2.unit))) {
        let low = value;
        if (!unit) {
          // 3-5万元: the second number's scale belongs to the first as well
          const scale = BIG_SCALE_RE.exec(text.slice(j, second.end));
          const firstHasScale = /[万亿萬億兆]/.test(text.slice(i, num.end));
          if (scale && !firstHasScale) {
            const p = parseNumberAt(text.slice(i, num.end) + scale[0], 0);
            if (p) low = p.value;
          }
        }
        const high = unit2 ? restated(unit2) ?? second.value : second.value;
        if (high >= low) {
          value = low;
          valueMax = second.valueMax ?? high;
          unit = unit2;
        }
      }
    }
  }
  if (!unit) return null;
  end = unit.end;

  if (unit.shift !== 0) {
    value = shiftDecimal(value, unit.shift);
    if (valueMax !== null) valueMax = shiftDecimal(valueMax, unit.shift);
  }

  if (unit.type === 'count') {
    // 一个 / 一家 is an article ("a company"), not a figure.
    if (num.chinese && value === 1 && valueMax === null && /[一壹]/.test(text[i])) return null;
    // A slogan in quotes (“两个确保”, “十二个紧盯”) names a policy, it does not count anything;
    // so do the set phrases of political language, quoted or not (中央八项规定精神, 四个意识).
    if (num.chinese && (text[start - 1] === '“' || text[start - 1] === '"')) return null;
    if (num.chinese && SET_PHRASES.some((p) => text.startsWith(p, i))) return null;
  }

  let approx: Approx | null = before ? before.approx : null;
  const after = approxAfter(text, end);
  if (after && !approx) approx = after.approx;
  if (num.fuzzy && !approx) approx = 'over';
  return {
    type: unit.type, start, end, value, valueMax, unit: unit.unit, approx,
    numStart: i, numEnd: num.end, lead: before ? before.at : start, trail: after ? after.end : end,
  };
}
