/**
 * The number grammar: Arabic and Chinese numerals, scales, decimals, signs, fuzzy suffixes.
 *
 * Values are kept as an integer `n` and a count of decimal places `f` (value = n / 10^f) so
 * that decimal shifts (`4.6亿`) are exact integer arithmetic, never float multiplication.
 * Parsing is a single left-to-right pass over the characters: linear, no regex backtracking.
 */
import { foldWidth } from '../normalize.js';

export interface ParsedNumber {
  value: number;
  /** Upper end when the numeral itself is a range: 两三 → 2..3, 七八十 → 70..80. */
  valueMax: number | null;
  /** Index (UTF-16, exclusive) where the numeral ends in the string. */
  end: number;
  /** 多 / 余 / 几 after the number: the stated value is a lower bound. */
  fuzzy: 'over' | null;
  /** Written (at least partly) with Chinese numerals. */
  chinese: boolean;
  /** Starts with a bare scale (百 千 万 亿 without a digit before it): 百亿 in 逾百亿. */
  bareScale: boolean;
  /** Digits only, no scale, no decimal: a candidate year, code or digit string. */
  plainInteger: boolean;
  /** Written digit by digit with no unit character (75, 八五, 9.9, 三点一): how discounts (八五折) are written. */
  digitsOnly: boolean;
}

export interface ParseOptions {
  /** Accept an SI suffix on Arabic numbers: 15k, 1.2M, .0012G (ASCII letters, then no further letter or digit). */
  si?: boolean;
  /** Accept E-notation on Arabic numbers: 2e5, -127.32e13. Off in the extractor, where `2e` can be a code. */
  sci?: boolean;
}

// Chinese digits, including 大写 forms.
const DIGIT: Record<string, number> = {
  '零': 0, '〇': 0, '○': 0, 'Ｏ': 0,
  '一': 1, '壹': 1, '幺': 1,
  '二': 2, '两': 2, '兩': 2, '倆': 2, '俩': 2, '贰': 2, '貳': 2,
  '三': 3, '叁': 3, '參': 3, '叄': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};
const SMALL: Record<string, number> = { '十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3 };
const BIG: Record<string, number> = { '万': 4, '萬': 4, '亿': 8, '億': 8, '兆': 12 };
const TENS: Record<string, number> = { '廿': 20, '卅': 30, '卌': 40 };
// 两 means "two of" and never stands in a digit string (二〇二四) or after a decimal point (一点两小时).
const LIANG = new Set(['两', '兩', '倆', '俩']);
const SI: Record<string, number> = { k: 3, K: 3, M: 6, G: 9 };
const isAsciiAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Every character parseNumberAt may step over (with any options): the scanner's quick refusal
 * (extract/scan.ts) relies on a number never reaching past a run of these. Keep in step with the
 * grammar below.
 */
export const NUMBER_CHARS = [
  ...Object.keys(DIGIT), ...Object.keys(SMALL), ...Object.keys(BIG), ...Object.keys(TENS), ...Object.keys(SI),
  ...'0123456789.,eE+-−负負正半点點多余餘几幾',
].join('');

export function isNumeralChar(c: string): boolean {
  return c in DIGIT || c in SMALL || c in BIG || c in TENS || c === '半' || (c >= '0' && c <= '9');
}

/** value = n / 10^f, with n an integer. */
interface Dec { n: number; f: number }

function shift(d: Dec, k: number): Dec {
  if (k >= d.f) return { n: d.n * 10 ** (k - d.f), f: 0 };
  return { n: d.n, f: d.f - k };   // k < 0 adds decimal places
}
function add(a: Dec, b: Dec): Dec {
  const f = Math.max(a.f, b.f);
  return { n: a.n * 10 ** (f - a.f) + b.n * 10 ** (f - b.f), f };
}
function toNumber(d: Dec): number {
  // Division of two exact doubles is correctly rounded, so this equals parseFloat of the decimal text.
  const v = d.f === 0 ? d.n : d.n / 10 ** d.f;
  return v === 0 ? 0 : v;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Reads `1,234.5` at i. Commas count only when followed by exactly three digits. */
function readArabic(s: string, i: number, sci: boolean): { d: Dec; end: number; hasPoint: boolean; hasComma: boolean } | null {
  // `.77`: a leading point only at the very start, never after another point (`...9`).
  const leadingPoint = s[i] === '.' && isDigit(s[i + 1]) && s[i - 1] !== '.';
  if (!isDigit(s[i]) && !leadingPoint) return null;
  let j = i;
  let n = 0;
  let hasComma = false;
  while (j < s.length) {
    const c = s[j];
    if (isDigit(c)) { n = n * 10 + (c.charCodeAt(0) - 48); j++; continue; }
    if (c === ',' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      n = n * 1000 + Number(s.slice(j + 1, j + 4)); j += 4; hasComma = true; continue;
    }
    break;
  }
  let f = 0;
  let hasPoint = false;
  if (s[j] === '.' && isDigit(s[j + 1])) {
    hasPoint = true;
    j++;
    while (isDigit(s[j])) { n = n * 10 + (s.charCodeAt(j) - 48); f++; j++; }
  }
  let d: Dec = { n, f };
  if (sci && (s[j] === 'e' || s[j] === 'E')) {
    // 2.7890e-1: the exponent is a decimal shift, applied on the digits.
    let k = j + 1;
    const negExp = s[k] === '-';
    if (s[k] === '-' || s[k] === '+') k++;
    if (isDigit(s[k])) {
      let e = 0;
      while (isDigit(s[k])) { e = e * 10 + (s.charCodeAt(k) - 48); k++; }
      d = shift(d, negExp ? -e : e);
      j = k; hasPoint = true;
    }
  }
  return { d, end: j, hasPoint, hasComma };
}

/**
 * Parses the numeral that starts at `i` (a digit, a Chinese numeral, a bare scale, or a sign
 * before one) and returns where it ends. Returns null when nothing numeric starts there.
 * Full-width input must be folded first (`foldWidth`, length-preserving); `parseNumber` does it.
 */
export function parseNumberAt(s: string, i: number, opts: ParseOptions = {}): ParsedNumber | null {
  let j = i;
  let neg = false;
  if (s[j] === '-' || s[j] === '−' || s[j] === '负' || s[j] === '負') {
    neg = true; j++;
  } else if (s[j] === '+' || s[j] === '正') {
    if (s[j] === '正' && !(isDigit(s[j + 1]) || s[j + 1] in DIGIT)) return null;
    j++;
  }
  const start = j;
  let total: Dec = { n: 0, f: 0 };     // completed big-unit groups
  let section: Dec = { n: 0, f: 0 };   // below the current big unit
  let cur: Dec | null = null;          // a digit (or Arabic number) not yet given a unit
  let rangeAt = -1;                    // 两三: index of the upper digit of a two-digit range
  let chinese = false;
  let bareScale = false;
  let plain = true;
  let unitSeen = false;                // any of 十百千万亿 廿卅: not written digit by digit
  let fuzzy: 'over' | null = null;
  let lastSmall = 99;                  // to read 13万2 / 三万五 as 130000+2000
  let lastBig = 99;
  let digitRun = '';                   // 二〇二四 read digit by digit
  let any = false;
  let arabic = false;
  let curStart = -1;

  // 一千三 / 百三 / 九十二万四 / 百二万: a single digit right after a unit counts in the next
  // lower unit (一千三 is 1300, not 1003; 零 in between keeps it as is: 一千零三 is 1003).
  const settleLone = () => {
    if (cur === null || cur.f !== 0 || cur.n >= 10 || cur.n <= 0 || curStart !== j - 1 || rangeAt >= 0) return;
    const u = s[curStart - 1];
    if (u in SMALL) cur = shift(cur, SMALL[u] - 1);
    else if (u in BIG && section.n === 0) cur = shift(cur, BIG[u] - 1);
  };

  while (j < s.length) {
    const c = s[j];
    if (isDigit(c) || (c === '.' && j === start && isDigit(s[j + 1]))) {
      if (cur !== null) break;
      const a = readArabic(s, j, opts.sci === true);
      if (!a) break;
      if (a.hasPoint || a.hasComma) plain = false;
      cur = a.d;
      curStart = j;
      j = a.end;
      any = true; arabic = true;
      continue;
    }
    if (c === '半' && !any) {
      // 半百 (50), 半成 (5%): a half in the place of a digit.
      cur = { n: 5, f: 1 }; curStart = j; digitRun = 'x'.repeat(2); chinese = true; plain = false; j++; any = true;
      continue;
    }
    if (c === '半' && cur !== null && cur.n === 1 && cur.f === 0 && j === start + 1) {
      // 一半 / 1半: one half.
      cur = { n: 5, f: 1 }; chinese = true; plain = false; j++;
      break;
    }
    if (c in DIGIT) {
      const d = DIGIT[c];
      chinese = true;
      if (cur !== null) {
        // Two digits in a row: a range (两三, 七八) or a digit string (二〇二四).
        if (cur.f === 0 && rangeAt < 0 && digitRun.length === 1 && d === cur.n + 1 && cur.n !== 0) {
          rangeAt = j; j++; digitRun = ''; continue;
        }
        // (at most 15 digits: a longer run is not one number, and re-reading it would be quadratic)
        if (digitRun.length > 0 && digitRun.length < 15 && section.n === 0 && total.n === 0 && !LIANG.has(c) && !LIANG.has(s[j - 1])) {
          digitRun += String(d); cur = { n: cur.n * 10 + d, f: 0 }; j++; continue;
        }
        break;
      }
      if (d === 0 && any) { j++; continue; } // 一百零五: 零 only marks a gap
      cur = { n: d, f: 0 };
      curStart = j;
      digitRun = String(d);
      j++;
      any = true;
      continue;
    }
    if (c in TENS) {
      // 廿 卅 卌 are whole tens: 五百卅四 is 534, 一萬零卌 is 10040.
      if (cur !== null || lastSmall <= 1) break;
      chinese = true; plain = false; unitSeen = true;
      section = add(section, { n: TENS[c], f: 0 });
      digitRun = ''; lastSmall = 1; j++; any = true;
      continue;
    }
    if (c in SMALL) {
      const e = SMALL[c];
      if (e >= lastSmall) break; // 十百 is not a number
      chinese = true; plain = false; unitSeen = true;
      if (cur === null || (cur.n === 0 && cur.f === 0 && !arabic)) {
        if (!any && e > 1) bareScale = true;  // 百亿 in 逾百亿
        if (any && e > 1 && section.n === 0 && total.n === 0 && cur === null) break;
        cur = { n: 1, f: 0 };                // 十五, 零十: a unit alone is one of it
      }
      section = add(section, shift(cur, e));
      cur = null; digitRun = ''; lastSmall = e; j++; any = true;
      continue;
    }
    if (c in BIG) {
      const e = BIG[c];
      if (!any) { bareScale = true; }
      plain = false; unitSeen = true;
      // 百二万 is 120万; but 亿1万 keeps its 1 (a big unit before a big unit is a new group).
      if (cur !== null && curStart === j - 1 && s[curStart - 1] in SMALL) settleLone();
      let group = cur === null ? section : add(section, cur);
      if (!any) group = { n: 1, f: 0 };
      if (e >= lastBig || (total.n === 0 && lastBig === 99)) {
        // 万亿: a larger unit after a smaller multiplies everything so far
        total = shift(add(total, group), e);
      } else {
        total = add(total, shift(group, e));
      }
      lastBig = e;
      section = { n: 0, f: 0 }; cur = null; digitRun = ''; lastSmall = 99; j++; any = true;
      continue;
    }
    if ((c === '点' || c === '點') && any && (cur === null || cur.f === 0) && fuzzy === null &&
        ((s[j + 1] in DIGIT && !LIANG.has(s[j + 1])) || isDigit(s[j + 1]))) {
      // Chinese decimal point: everything so far is the integer part (两千三点一, 两千万点五五).
      settleLone();
      const intPart: Dec = cur === null ? add(total, section) : add(add(total, section), cur);
      let n: number = intPart.n;
      let f: number = intPart.f;
      let k = j + 1;
      while (k < s.length) {
        const ch = s[k];
        if (ch in DIGIT && !LIANG.has(ch)) { n = n * 10 + DIGIT[ch]; f++; k++; continue; }
        if (isDigit(ch)) { n = n * 10 + (ch.charCodeAt(0) - 48); f++; k++; continue; }
        break;
      }
      chinese = true; plain = false;
      total = { n: 0, f: 0 }; section = { n: 0, f: 0 }; cur = { n, f }; curStart = -1; digitRun = 'x'.repeat(2);
      lastSmall = 0; // no small unit may follow a decimal
      j = k;
      continue;
    }
    if ((c === '多' || c === '余' || c === '餘' || c === '几' || c === '幾') && any && fuzzy === null) {
      // 30多, 三十余, 三十几万, 4万多: a lower bound. Only after a unit or a whole number.
      if (c === '几' || c === '幾') {
        if (cur !== null) break;
      }
      fuzzy = 'over'; plain = false; j++;
      continue;
    }
    break;
  }
  if (!any) return null;

  settleLone();
  let whole = cur === null ? add(total, section) : add(add(total, section), cur);
  if (opts.si && arabic && !chinese && s[j] !== undefined && s[j] in SI && !isAsciiAlnum(s[j + 1]) && !isAsciiAlnum(s[i - 1])) {
    // 15k, 1.2M: an SI multiplier written on the digits.
    whole = shift(whole, SI[s[j]]);
    j++; plain = false; unitSeen = true;
  }
  // Beyond 2^53 the digits can no longer be kept exactly: say so with NaN (and still report
  // where the numeral ends, so a scanner moves past it instead of re-reading it digit by digit).
  let value = whole.n > Number.MAX_SAFE_INTEGER ? NaN : toNumber(whole);
  let valueMax: number | null = null;
  if (rangeAt >= 0) {
    // The upper end is the same numeral with the lower digit left out: 两三百万 → 三百万.
    const high = parseNumberAt(s.slice(start, rangeAt - 1) + s.slice(rangeAt, j), 0, opts);
    valueMax = high ? high.value : null;
    plain = false;
  }
  if (neg) { value = -value; if (valueMax !== null) valueMax = -valueMax; }
  if (neg && valueMax !== null) { const t = value; value = valueMax; valueMax = t; }
  return {
    value, valueMax, end: j, fuzzy, chinese, bareScale,
    plainInteger: plain && !neg && !chinese,
    digitsOnly: !unitSeen && fuzzy === null && rangeAt < 0 && value !== 0,
  };
}

/** Parses a whole string as one number: `parseNumber('二十三点五亿')` → 2350000000. Null if it is not exactly one number. */
export function parseNumber(text: string): number | null {
  // Full-width digits and signs (６４．２４亿) read as their ASCII forms.
  const s = foldWidth(text.trim());
  const p = parseNumberAt(s, 0);
  if (!p || p.end !== s.length) return null;
  return p.value;
}
