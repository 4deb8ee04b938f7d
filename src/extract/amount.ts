import {
  CHANGE_JOINERS, CHANGE_UNITS, COLLOQUIAL_DOLLAR, CURRENCY_SUFFIX, KUAI_NOT_BEFORE, WEN_NOT_BEFORE, YUAN_NOT_BEFORE,
} from '../rules/units.js';
import type { UnitMatch } from './mention.js';
import { parseNumberAt, type ParsedNumber } from '../numbers/parse.js';

/** A unit match that also restates the number: 五元三毛 is 5.3, not 5. */
export interface AmountMatch extends UnitMatch { value?: number }

const CHINESE_DIGIT = /[零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/;
// What may not follow a bare trailing digit (五块六) for it to be tenths: more numerals or a unit.
const NOT_AFTER_TAIL = /[0-9零〇一二两兩三四五六七八九十百千万亿個个%元块角毛分]/;

// Every match starts with one of these words at the number's end (a suffix, 块, or a change
// unit): one Set lookup refuses most candidates before the word loops.
export const FIRST = new Set([...CURRENCY_SUFFIX, ...COLLOQUIAL_DOLLAR, ...CHANGE_UNITS].map(([w]) => w[0]));

/**
 * The currency names by first character (by code), longest first: with every ISO 4217 name there
 * are some 300 of them, and one look-up picks the few that can match here.
 */
const SUFFIX_BY_FIRST = new Map<number, Array<readonly [string, string]>>();
for (const e of CURRENCY_SUFFIX) {
  const k = e[0].charCodeAt(0);
  const list = SUFFIX_BY_FIRST.get(k);
  if (list) list.push(e); else SUFFIX_BY_FIRST.set(k, [e]);
}

/** The currency name that starts at i (`美元`, `巴西雷亚尔`, `元`), longest first, with its ISO 4217 code. */
export function currencySuffixAt(text: string, i: number): readonly [string, string] | null {
  const list = SUFFIX_BY_FIRST.get(text.charCodeAt(i));
  if (list) for (const e of list) if (text.startsWith(e[0], i)) return e;
  return null;
}

/** A single digit 0–9 at i (一, 6), as a number and where it ends. */
function digitAt(text: string, i: number): { d: number; end: number } | null {
  const c = text[i];
  if (c === undefined || !(CHINESE_DIGIT.test(c) || (c >= '0' && c <= '9'))) return null;
  const p = parseNumberAt(text, i);
  if (!p || p.end !== i + 1 || p.fuzzy || !Number.isInteger(p.value) || p.value < 0 || p.value > 9) return null;
  return { d: p.value, end: p.end };
}

function changeUnitAt(text: string, i: number): { shift: number; end: number } | null {
  for (const [w, k] of CHANGE_UNITS) {
    if (!text.startsWith(w, i)) continue;
    if (text[i + w.length] === '之') return null; // 五分之一 is a fraction
    return { shift: k, end: i + w.length };
  }
  return null;
}

/**
 * The small change after a whole amount, in cents: 六角 / 三毛 / 四分 / 七毛八 / 零四 (after 块, a
 * bare digit is tenths: 五块六; after 零 it is hundredths: 三块零四). Null when nothing follows.
 */
function readChange(text: string, i: number, colloquial: boolean, startPlace = -1): { cents: number; end: number } | null {
  let j = i;
  let cents = 0;
  let found = false;
  let nextPlace = startPlace; // the decimal place a bare digit would take: -1 tenths, -2 hundredths
  let zero = false;
  if (CHANGE_JOINERS.includes(text[j])) {
    if (text[j] === '零') { nextPlace = -2; zero = true; }
    j++;
  }
  for (let part = 0; part < 2; part++) {
    const d = digitAt(text, j);
    if (!d) break;
    const u = changeUnitAt(text, d.end);
    if (u && u.shift <= nextPlace) {
      cents += d.d * 10 ** (2 + u.shift);
      j = u.end; found = true; nextPlace = u.shift - 1;
      continue;
    }
    // a bare last digit: 五块六, 七毛八, 三块零四
    const bareOk = (colloquial || found || zero) && nextPlace >= -2 && !u && !NOT_AFTER_TAIL.test(text[d.end] ?? '');
    if (bareOk) { cents += d.d * 10 ** (2 + nextPlace); j = d.end; found = true; }
    break;
  }
  return found ? { cents, end: j } : null;
}

const wholeCents = (num: ParsedNumber) => (Number.isInteger(num.value) && num.value >= 0 && num.valueMax === null ? num.value * 100 : null);

/**
 * `292亿元`, `18.6亿美元`, `1.2亿港元`, `50亿人民币`, `50元6角三分`, `五块六`, `两角五分`.
 * (Marks before the number are found by the scanner.)
 */
export function matchAmount(text: string, num: ParsedNumber, _numStart: number): AmountMatch | null {
  const i = num.end;
  if (!FIRST.has(text[i])) return null;
  const cur = currencySuffixAt(text, i);
  if (cur) {
    const [word, iso] = cur;
    const end = i + word.length;
    if ((word === '元' || word === '圆') && YUAN_NOT_BEFORE.has(text[end])) return null;
    const base = wholeCents(num);
    const change = base === null ? null : readChange(text, end, false);
    if (change && base !== null) return { type: 'amount', unit: iso, end: change.end, shift: 0, value: (base + change.cents) / 100 };
    return { type: 'amount', unit: iso, end, shift: 0 };
  }
  for (const [word, iso] of COLLOQUIAL_DOLLAR) {
    if (!text.startsWith(word, i)) continue;
    const end = i + word.length;
    if (KUAI_NOT_BEFORE.has(text[end]) || WEN_NOT_BEFORE.has(text[end])) return null;
    const base = wholeCents(num);
    const change = base === null ? null : readChange(text, end, true);
    if (change && base !== null) return { type: 'amount', unit: iso, end: change.end, shift: 0, value: (base + change.cents) / 100 };
    // 3.04块 is money; 两块 alone is two pieces.
    if (!Number.isInteger(num.value) && !num.fuzzy) return { type: 'amount', unit: iso, end, shift: 0 };
    return null;
  }
  // Change alone: 两角五分, 两毛五 (two parts; one alone, 三角 or 十分, is another word).
  const first = changeUnitAt(text, i);
  if (first && first.shift === -1 && Number.isInteger(num.value) && num.value >= 1 && num.value <= 9 && num.valueMax === null && !num.fuzzy) {
    // 两毛五 may end on a bare digit; after 角 it may not (长三角一体化 is the Yangtze delta).
    const rest = readChange(text, first.end, text[i] !== '角', -2);
    if (rest) {
      const iso = text[i] === '毫' ? 'HKD' : 'CNY';
      return { type: 'amount', unit: iso, end: rest.end, shift: 0, value: (num.value * 10 + rest.cents) / 100 };
    }
  }
  return null;
}
