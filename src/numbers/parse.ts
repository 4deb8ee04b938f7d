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
  /**
   * 多 / 余 / 几 after the number: the stated value is a lower bound (over); 来 after a round
   * number (十来, 二十来万): about it.
   */
  fuzzy: 'over' | 'about' | null;
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
// k K M G by code: s[j] of the CJK character that usually follows a number is a new string per call
const isSiCode = (c: number) => c === 107 || c === 75 || c === 77 || c === 71;

/**
 * Every character parseNumberAt may step over (with any options): the scanner's quick refusal
 * (extract/scan.ts) relies on a number never reaching past a run of these. Keep in step with the
 * grammar below.
 */
export const NUMBER_CHARS = [
  ...Object.keys(DIGIT), ...Object.keys(SMALL), ...Object.keys(BIG), ...Object.keys(TENS), ...Object.keys(SI),
  ...'0123456789.,eE+-−负負正半点點多余餘几幾来來',
].join('');

export function isNumeralChar(c: string): boolean {
  return c in DIGIT || c in SMALL || c in BIG || c in TENS || c === '半' || (c >= '0' && c <= '9');
}

/*
 * Values are decimals n / 10^f with n an integer, kept in pairs of locals (never objects: the
 * parser runs on every candidate number and its {n, f} objects were a good part of the GC time
 * in the profile). `shiftN` / `addN` return n and leave the new f in `F`.
 */
let F = 0;
/** n·10^-f shifted k places left: returns the new n, the new f in F. */
function shiftN(n: number, f: number, k: number): number {
  if (k >= f) { F = 0; return n * 10 ** (k - f); }
  F = f - k;   // k < 0 adds decimal places
  return n;
}
/** a + b: returns the new n, the new f in F. */
function addN(an: number, af: number, bn: number, bf: number): number {
  const f = af > bf ? af : bf;
  F = f;
  return an * 10 ** (f - af) + bn * 10 ** (f - bf);
}
function toNumber(n: number, f: number): number {
  // Division of two exact doubles is correctly rounded, so this equals parseFloat of the decimal text.
  const v = f === 0 ? n : n / 10 ** f;
  return v === 0 ? 0 : v;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isDigitCode = (c: number) => c >= 48 && c <= 57;

// Per-character tables (by UTF-16 code) for the grammar's character classes: a lookup by code
// needs no one-character string per step (a CJK character read as s[j] is a new string each time).
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
const SMALL_OF = new Int8Array(0x10000);
const BIG_OF = new Int8Array(0x10000);
const TENS_OF = new Int8Array(0x10000);
const LIANG_CODE = new Uint8Array(0x10000);
for (const [c, v] of Object.entries(DIGIT)) DIGIT_OF[c.charCodeAt(0)] = v;
for (const [c, v] of Object.entries(SMALL)) SMALL_OF[c.charCodeAt(0)] = v;
for (const [c, v] of Object.entries(BIG)) BIG_OF[c.charCodeAt(0)] = v;
for (const [c, v] of Object.entries(TENS)) TENS_OF[c.charCodeAt(0)] = v;
for (const c of LIANG) LIANG_CODE[c.charCodeAt(0)] = 1;
/** The digit value of the character at s[k] (-1: none, also past the end). */
const digitAt = (s: string, k: number) => (k < s.length ? DIGIT_OF[s.charCodeAt(k)] : -1);

// readArabic's results (no object per number).
let arN = 0;
let arF = 0;
let arEnd = 0;
let arPoint = false;
let arComma = false;

/** Reads `1,234.5` at i into ar*. Commas count only when followed by exactly three digits. */
function readArabic(s: string, i: number, sci: boolean): boolean {
  // `.77`: a leading point only at the very start, never after another point (`...9`).
  const leadingPoint = s.charCodeAt(i) === 46 && isDigitCode(s.charCodeAt(i + 1)) && s.charCodeAt(i - 1) !== 46;
  if (!isDigitCode(s.charCodeAt(i)) && !leadingPoint) return false;
  let j = i;
  let n = 0;
  let hasComma = false;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isDigitCode(c)) { n = n * 10 + (c - 48); j++; continue; }
    if (c === 44 && isDigitCode(s.charCodeAt(j + 1)) && isDigitCode(s.charCodeAt(j + 2)) && isDigitCode(s.charCodeAt(j + 3)) && !isDigitCode(s.charCodeAt(j + 4))) {
      n = n * 1000 + ((s.charCodeAt(j + 1) - 48) * 100 + (s.charCodeAt(j + 2) - 48) * 10 + (s.charCodeAt(j + 3) - 48)); j += 4; hasComma = true; continue;
    }
    break;
  }
  let f = 0;
  let hasPoint = false;
  if (s.charCodeAt(j) === 46 && isDigitCode(s.charCodeAt(j + 1))) {
    hasPoint = true;
    j++;
    while (isDigitCode(s.charCodeAt(j))) { n = n * 10 + (s.charCodeAt(j) - 48); f++; j++; }
  }
  if (sci && (s[j] === 'e' || s[j] === 'E')) {
    // 2.7890e-1: the exponent is a decimal shift, applied on the digits.
    let k = j + 1;
    const negExp = s[k] === '-';
    if (s[k] === '-' || s[k] === '+') k++;
    if (isDigit(s[k])) {
      let e = 0;
      while (isDigit(s[k])) { e = e * 10 + (s.charCodeAt(k) - 48); k++; }
      n = shiftN(n, f, negExp ? -e : e); f = F;
      j = k; hasPoint = true;
    }
  }
  arN = n; arF = f; arEnd = j; arPoint = hasPoint; arComma = hasComma;
  return true;
}

/**
 * cur's n after `settleLone`: 一千三 / 百三 / 九十二万四 / 百二万: a single digit right after a
 * unit counts in the next lower unit (一千三 is 1300, not 1003; 零 in between keeps it as is:
 * 一千零三 is 1003). A plain function of the parser's state (a closure over it would keep those
 * locals in a heap context).
 */
function lone(s: string, cn: number, cf: number, hasCur: boolean, curStart: number, j: number, rangeAt: number, sn: number, start: number): number {
  // (the unit must be this numeral's own: 两 in 亿两个 starts a new number)
  if (!hasCur || cf !== 0 || cn >= 10 || cn <= 0 || curStart !== j - 1 || rangeAt >= 0 || curStart <= start) return cn;
  const u = s.charCodeAt(curStart - 1);
  if (SMALL_OF[u] > 0) return shiftN(cn, 0, SMALL_OF[u] - 1);
  if (BIG_OF[u] > 0 && sn === 0) return shiftN(cn, 0, BIG_OF[u] - 1);
  return cn;
}

/**
 * Parses the numeral that starts at `i` (a digit, a Chinese numeral, a bare scale, or a sign
 * before one) and returns where it ends. Returns null when nothing numeric starts there.
 * Full-width input must be folded first (`foldWidth`, length-preserving); `parseNumber` does it.
 */
export function parseNumberAt(s: string, i: number, opts: ParseOptions = {}): ParsedNumber | null {
  let j = i;
  let neg = false;
  const c0 = s.charCodeAt(j);
  if (c0 === 45 /* - */ || c0 === 0x2212 /* − */ || c0 === 0x8d1f /* 负 */ || c0 === 0x8ca0 /* 負 */) {
    neg = true; j++;
  } else if (c0 === 43 /* + */ || c0 === 0x6b63 /* 正 */) {
    if (c0 === 0x6b63 && !(isDigitCode(s.charCodeAt(j + 1)) || digitAt(s, j + 1) >= 0)) return null;
    j++;
  }
  const start = j;
  let tn = 0, tf = 0;                  // total: completed big-unit groups
  let sn = 0, sf = 0;                  // section: below the current big unit
  let cn = 0, cf = 0, hasCur = false;  // cur: a digit (or Arabic number) not yet given a unit
  let rangeAt = -1;                    // 两三: index of the upper digit of a two-digit range
  let chinese = false;
  let bareScale = false;
  let plain = true;
  let unitSeen = false;                // any of 十百千万亿 廿卅: not written digit by digit
  let fuzzy: 'over' | 'about' | null = null;
  let lastSmall = 99;                  // to read 13万2 / 三万五 as 130000+2000
  let lastBig = 99;
  let digitRun = 0;                    // length of a run of digits read one by one (二〇二四)
  let any = false;
  let arabic = false;
  let curStart = -1;

  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isDigitCode(c) || (c === 46 && j === start && isDigitCode(s.charCodeAt(j + 1)))) {
      if (hasCur) break;
      if (!readArabic(s, j, opts.sci === true)) break;
      if (arPoint || arComma) plain = false;
      cn = arN; cf = arF; hasCur = true;
      curStart = j;
      j = arEnd;
      any = true; arabic = true;
      continue;
    }
    if (c === 0x534a /* 半 */ && !any) {
      // 半百 (50), 半成 (5%): a half in the place of a digit.
      cn = 5; cf = 1; hasCur = true; curStart = j; digitRun = 2; chinese = true; plain = false; j++; any = true;
      continue;
    }
    if (c === 0x534a && hasCur && cn === 1 && cf === 0 && j === start + 1) {
      // 一半 / 1半: one half.
      cn = 5; cf = 1; chinese = true; plain = false; j++;
      break;
    }
    const d = DIGIT_OF[c];
    if (d >= 0) {
      chinese = true;
      if (hasCur) {
        // Two digits in a row: a range (两三, 七八) or a digit string (二〇二四).
        if (cf === 0 && rangeAt < 0 && digitRun === 1 && d === cn + 1 && cn !== 0) {
          rangeAt = j; j++; digitRun = 0; continue;
        }
        // (at most 15 digits: a longer run is not one number, and re-reading it would be quadratic)
        if (digitRun > 0 && digitRun < 15 && sn === 0 && tn === 0 && !LIANG_CODE[c] && !LIANG_CODE[s.charCodeAt(j - 1)]) {
          digitRun++; cn = cn * 10 + d; cf = 0; j++; continue;
        }
        break;
      }
      if (d === 0 && any) { j++; continue; } // 一百零五: 零 only marks a gap
      // After Arabic digits and a unit, a Chinese digit without a unit of its own starts a new
      // number (9万亿三个台阶), never a lone digit of this one (13万2 and 三万五 are).
      if (arabic && !(SMALL_OF[s.charCodeAt(j + 1)] > 0 || BIG_OF[s.charCodeAt(j + 1)] > 0)) break;
      // 两 after a unit starts a new number unless a unit follows it (一万两千): in 5万亿两个台阶
      // it is "two of", not a lone digit (5万亿 + 2000万 would be no reading of the text).
      if (LIANG_CODE[c] && any && (SMALL_OF[s.charCodeAt(j - 1)] > 0 || BIG_OF[s.charCodeAt(j - 1)] > 0) &&
          !(SMALL_OF[s.charCodeAt(j + 1)] > 0 || BIG_OF[s.charCodeAt(j + 1)] > 0)) break;
      cn = d; cf = 0; hasCur = true;
      curStart = j;
      digitRun = 1;
      j++;
      any = true;
      continue;
    }
    if (TENS_OF[c] > 0) {
      // 廿 卅 卌 are whole tens: 五百卅四 is 534, 一萬零卌 is 10040.
      if (hasCur || lastSmall <= 1) break;
      chinese = true; plain = false; unitSeen = true;
      sn = addN(sn, sf, TENS_OF[c], 0); sf = F;
      digitRun = 0; lastSmall = 1; j++; any = true;
      continue;
    }
    if (SMALL_OF[c] > 0) {
      const e = SMALL_OF[c];
      // 十百 is not a number; after a decimal only a compound scale may follow (六点一三二千亿: 千亿).
      if (e >= lastSmall && !(lastSmall === 0 && BIG_OF[s.charCodeAt(j + 1)] > 0)) break;
      chinese = true; plain = false; unitSeen = true;
      if (!hasCur || (cn === 0 && cf === 0 && !arabic)) {
        if (!any && e > 1) bareScale = true;  // 百亿 in 逾百亿
        if (any && e > 1 && sn === 0 && tn === 0 && !hasCur) break;
        cn = 1; cf = 0; hasCur = true;       // 十五, 零十: a unit alone is one of it
      }
      const xn = shiftN(cn, cf, e);
      sn = addN(sn, sf, xn, F); sf = F;
      hasCur = false; digitRun = 0; lastSmall = e; j++; any = true;
      continue;
    }
    if (BIG_OF[c] > 0) {
      const e = BIG_OF[c];
      if (!any) { bareScale = true; }
      plain = false; unitSeen = true;
      // 百二万 is 120万; but 亿1万 keeps its 1 (a big unit before a big unit is a new group).
      if (hasCur && curStart === j - 1 && SMALL_OF[s.charCodeAt(curStart - 1)] > 0) cn = lone(s, cn, cf, hasCur, curStart, j, rangeAt, sn, start);
      let gn = sn, gf = sf;
      if (hasCur) { gn = addN(sn, sf, cn, cf); gf = F; }
      if (!any) { gn = 1; gf = 0; }
      if (e >= lastBig || (tn === 0 && lastBig === 99)) {
        // 万亿: a larger unit after a smaller multiplies everything so far
        const an = addN(tn, tf, gn, gf);
        tn = shiftN(an, F, e); tf = F;
      } else {
        const xn = shiftN(gn, gf, e);
        tn = addN(tn, tf, xn, F); tf = F;
      }
      lastBig = e;
      sn = 0; sf = 0; hasCur = false; digitRun = 0; lastSmall = 99; j++; any = true;
      continue;
    }
    if ((c === 0x70b9 /* 点 */ || c === 0x9ede /* 點 */) && any && (!hasCur || cf === 0) && fuzzy === null &&
        ((digitAt(s, j + 1) >= 0 && !LIANG_CODE[s.charCodeAt(j + 1)]) || isDigitCode(s.charCodeAt(j + 1)))) {
      // Chinese decimal point: everything so far is the integer part (两千三点一, 两千万点五五).
      cn = lone(s, cn, cf, hasCur, curStart, j, rangeAt, sn, start);
      let n = addN(tn, tf, sn, sf);
      let f = F;
      if (hasCur) { n = addN(n, f, cn, cf); f = F; }
      let k = j + 1;
      while (k < s.length) {
        const ch = s.charCodeAt(k);
        const dv = DIGIT_OF[ch];
        if (dv >= 0 && !LIANG_CODE[ch]) { n = n * 10 + dv; f++; k++; continue; }
        if (isDigitCode(ch)) { n = n * 10 + (ch - 48); f++; k++; continue; }
        break;
      }
      chinese = true; plain = false;
      tn = 0; tf = 0; sn = 0; sf = 0; cn = n; cf = f; hasCur = true; curStart = -1; digitRun = 2;
      lastSmall = 0; // no small unit may follow a decimal
      j = k;
      continue;
    }
    if ((c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */ || c === 0x9918 /* 餘 */ || c === 0x51e0 /* 几 */ || c === 0x5e7e /* 幾 */) && any && fuzzy === null) {
      // 30多, 三十余, 三十几万, 4万多: a lower bound. Only after a unit or a whole number.
      if (c === 0x51e0 || c === 0x5e7e) {
        if (hasCur) break;
      }
      fuzzy = 'over'; plain = false; j++;
      continue;
    }
    if ((c === 0x6765 /* 来 */ || c === 0x4f86 /* 來 */) && any && fuzzy === null && !hasCur && SMALL_OF[s.charCodeAt(j - 1)] > 0) {
      // 十来家, 二十来万元, 百来人: about a round number (only right after its unit: 二十三来 is no number).
      fuzzy = 'about'; plain = false; j++;
      continue;
    }
    break;
  }
  if (!any) return null;

  cn = lone(s, cn, cf, hasCur, curStart, j, rangeAt, sn, start);
  let wn = addN(tn, tf, sn, sf);
  let wf = F;
  if (hasCur) { wn = addN(wn, wf, cn, cf); wf = F; }
  if (opts.si && arabic && !chinese && isSiCode(s.charCodeAt(j)) && !isAsciiAlnum(s[j + 1]) && !isAsciiAlnum(s[i - 1])) {
    // 15k, 1.2M: an SI multiplier written on the digits.
    wn = shiftN(wn, wf, SI[s[j]]); wf = F;
    j++; plain = false; unitSeen = true;
  }
  // Beyond 2^53 a double holds the value to about 16 significant digits (the mention's text keeps
  // them all), as any JSON reader would; a run of digits too long for a double is Infinity,
  // which the scanner refuses. Either way the numeral's end is reported, so a scanner moves past
  // it instead of re-reading it digit by digit.
  let value = toNumber(wn, wf);
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
