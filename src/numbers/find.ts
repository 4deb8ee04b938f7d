/**
 * Bare numerals in running text, with their offsets: the number grammar on its own, without
 * the metric rules of the extractor. `extract()` never reports a bare number (it is not a
 * metric); this finder exists to check the grammar against number specs written for whole
 * sentences (Recognizers-Text's NumberModel) and for callers who want every numeral.
 *
 * One left-to-right pass: at each position a word check, a fraction, then a numeral; after a
 * match the scan resumes at its end.
 */
import { normalize } from '../normalize.js';
import { isNumeralChar, parseNumberAt, type ParsedNumber } from './parse.js';

export interface FoundNumber {
  /** Offsets into the input (UTF-16), end exclusive. */
  start: number;
  end: number;
  text: string;
  value: number;
  valueMax: number | null;
}

/**
 * Words written with numeral characters that are not numbers (一切 "all", 四川 the province,
 * 十分 "very", 两两 "in pairs", 统一 "unify"). Checked before a numeral is read.
 */
const NOT_NUMBER_WORDS: readonly string[] = [
  '一切', '一看', '一些', '一起', '一样', '一般', '一直', '一定', '一旦', '一致', '统一', '唯一', '万一',
  '四川', '两两', '十足', '十分', '万分', '百般', '千万别', '三角', '八卦',
];

/**
 * 大写 numerals that are also everyday characters (陆 land, 伍 troop, 拾 pick up, 肆 wanton):
 * alone they are the word, joined to another numeral (陆拾, 肆佰) they are the number.
 */
const WORD_LIKE_DAXIE = new Set(['陆', '陸', '伍', '拾', '肆']);

const SIGN = new Set(['-', '−', '负', '負']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** A character that carries a digit value (not only a scale): 万 alone is not a number, 百三 is. */
const DIGIT_BEARING = /[0-9零〇○十拾一二两兩倆俩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖廿卅卌半幺]/;

/** A numeral that can stand in a fraction: whole, not fuzzy, not a range, with a digit in it. */
function plainNumeral(t: string, i: number): ParsedNumber | null {
  const p = parseNumberAt(t, i);
  if (!p || p.fuzzy || p.valueMax !== null || !DIGIT_BEARING.test(t.slice(i, p.end))) return null;
  return p;
}

function signedNumeral(t: string, i: number): { value: number; end: number } | null {
  const neg = SIGN.has(t[i]);
  const p = plainNumeral(t, neg ? i + 1 : i);
  return p ? { value: neg ? -p.value : p.value, end: p.end } : null;
}

/**
 * Fractions: 五分之一, 三百五又三分之一 (a whole and a fraction), 负３分之负一百五十七,
 * 3/5, 1 3/5. The value is a quotient, so it is a float (1/3 has no exact decimal).
 */
export function parseFractionAt(t: string, i: number): { value: number; end: number } | null {
  const neg = SIGN.has(t[i]);
  const j = neg ? i + 1 : i;
  const a = plainNumeral(t, j);
  if (!a) return null;
  const k = a.end;
  const sign = neg ? -1 : 1;
  if (t.startsWith('分之', k)) {
    const b = signedNumeral(t, k + 2);
    if (b && a.value !== 0) return { value: (sign * b.value) / a.value, end: b.end };
    return null;
  }
  if (t[k] === '又') {
    const den = plainNumeral(t, k + 1);
    if (den && t.startsWith('分之', den.end) && den.value !== 0) {
      const num = plainNumeral(t, den.end + 2);
      if (num) return { value: sign * (a.value + num.value / den.value), end: num.end };
    }
    return null;
  }
  const arabicWhole = isDigit(t[j]) && Number.isInteger(a.value) && !/[^0-9]/.test(t.slice(j, k));
  if (!arabicWhole) return null;
  const readInt = (p: number): { v: number; end: number } | null => {
    let q = p;
    while (isDigit(t[q])) q++;
    return q > p ? { v: Number(t.slice(p, q)), end: q } : null;
  };
  if (t[k] === '/') {
    const b = readInt(k + 1);
    if (b && b.v !== 0 && !isDigit(t[b.end]) && t[b.end] !== '/') return { value: (sign * a.value) / b.v, end: b.end };
    return null;
  }
  if (t[k] === ' ') {
    // 1 3/5: a whole, one space, a proper fraction.
    const b = readInt(k + 1);
    if (b && t[b.end] === '/') {
      const c = readInt(b.end + 1);
      if (c && c.v !== 0 && t[c.end] !== '/') return { value: sign * (a.value + b.v / c.v), end: c.end };
    }
  }
  return null;
}

const isStart = (c: string, next: string | undefined) =>
  isNumeralChar(c) || (SIGN.has(c) && next !== undefined && (isNumeralChar(next) || next === '.')) || (c === '.' && isDigit(next));

/** Every numeral in `input`, in text order. */
export function findNumbers(input: string): FoundNumber[] {
  const norm = normalize(input);
  // The full-width solidus only matters for fractions; folding it keeps lengths.
  const t = norm.text.replace(/／/g, '/');
  const out: FoundNumber[] = [];
  const push = (s: number, e: number, value: number, valueMax: number | null) => {
    const start = norm.map[s];
    const end = norm.map[e - 1] + 1;
    out.push({ start, end, text: input.slice(start, end), value, valueMax });
  };
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    const word = NOT_NUMBER_WORDS.find((w) => t.startsWith(w, i));
    if (word && !t.startsWith('分之', i + word.length - 1)) { i += word.length; continue; }
    if (!isStart(c, t[i + 1])) { i++; continue; }
    // A sign after a letter or digit is a dash (A-3, 3-5), not a minus.
    if (SIGN.has(c) && (isDigit(t[i - 1]) || /[A-Za-z]/.test(t[i - 1] ?? ''))) { i++; continue; }
    const frac = parseFractionAt(t, i);
    if (frac) { push(i, frac.end, frac.value, null); i = frac.end; continue; }
    const num = parseNumberAt(t, i, { si: true, sci: true });
    if (!num) { i++; continue; }
    let end = num.end;
    const span = t.slice(i, end);
    if (!DIGIT_BEARING.test(span) || (span.length === 1 && WORD_LIKE_DAXIE.has(span))) { i = end; continue; }
    // A trailing 多 / 余 / 来 qualifies the number (四百多: "over 400"); it is not part of the numeral.
    if (num.fuzzy && /[多余餘几幾来來]$/.test(span)) end--;
    push(i, end, num.value, num.valueMax);
    i = num.end;
  }
  return out;
}
