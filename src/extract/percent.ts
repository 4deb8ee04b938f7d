import { PERCENT_SUFFIX, CHENG_NOT_BEFORE, ZHE_NOT_BEFORE, ZHE_NOT_AFTER } from '../rules/units.js';
import type { UnitMatch } from './mention.js';
import type { ParsedNumber } from '../numbers/parse.js';

/** A unit match that also restates the number (七成六 is 7.6 tenths, 半折 is 5 tenths). */
export interface RestatedMatch extends UnitMatch { value?: number }

// A Chinese digit after 成 (七成六) is the next decimal place of the tenths; 两 never is.
const TAIL_DIGIT: Record<string, string> = {
  '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
};

// Every match needs one of these at the number's end: most candidates (a numeral in running text)
// are refused on one Set lookup instead of a startsWith per suffix word.
export const FIRST = new Set([...PERCENT_SUFFIX.map(([w]) => w[0]), '成', '折']);

/** `8.2%`, `8.47‰`, `0.3个百分点`, `25个基点` (bp), `两成`, `七成六`, `九折`, `八五折`. (`百分之…` is a prefix form, handled by the scanner.) */
export function matchPercent(text: string, num: ParsedNumber, numStart: number): RestatedMatch | null {
  const i = num.end;
  // 增长 5 %: a stray space before the sign, as text copied from a PDF has it (５ ％ folds to 5 %)
  if (text.charCodeAt(i) === 32 && (text.charCodeAt(i + 1) === 37 || text.charCodeAt(i + 1) === 0x2030) && num.digitsOnly) {
    return { type: 'percent', unit: '%', end: i + 2, shift: text.charCodeAt(i + 1) === 37 ? 0 : -1 };
  }
  if (!FIRST.has(text[i])) return null;
  for (const [word, kind] of PERCENT_SUFFIX) {
    if (!text.startsWith(word, i)) continue;
    const end = i + word.length;
    if (kind === 'pp' || kind === 'bp') return { type: 'percent', unit: kind, end, shift: 0 };
    return { type: 'percent', unit: '%', end, shift: kind === 'permille' ? -1 : 0 };
  }
  const numeral = text.slice(numStart, i);
  // 两成, 9成, 7.2成, 十成: tenths, up to ten of them; not the verb 成为 / noun 成本.
  const upper = num.valueMax ?? num.value;
  if (text[i] === '成' && !CHENG_NOT_BEFORE.has(text[i + 1]) && num.value > 0 && upper <= 10 && !num.fuzzy) {
    let end = i + 1;
    let value: number | undefined;
    const tail = text[end];
    if (num.valueMax === null && Number.isInteger(num.value) && num.value < 10) {
      // 三成半 (3.5 tenths), 七成六 (7.6 tenths): only when nothing numeric follows the digit.
      const after = text[end + 1];
      const free = after === undefined || !/[0-9零〇一二两三四五六七八九十百千万亿个%]/.test(after);
      if (tail === '半' && free) { value = Number(`${num.value}.5`); end++; }
      else if (tail in TAIL_DIGIT && free) { value = Number(`${num.value}.${TAIL_DIGIT[tail]}`); end++; }
    }
    return { type: 'percent', unit: '%', end, shift: 1, value };
  }
  // Discounts: 九折 (90%), 7.5折, 三点一折, 八五折 / 75折 (85%, 75%: two digits read as percent), 半折 (50%).
  if (text[i] === '折' && !ZHE_NOT_BEFORE.has(text[i + 1]) && !ZHE_NOT_AFTER.has(text[numStart - 1]) && num.value > 0 && !num.fuzzy) {
    const end = i + 1;
    if (numeral === '半') return { type: 'percent', unit: '%', end, shift: 1, value: 5 };
    if (upper < 10) return { type: 'percent', unit: '%', end, shift: 1 };
    if (num.digitsOnly && num.valueMax === null && Number.isInteger(num.value) && num.value > 10 && num.value < 100) {
      return { type: 'percent', unit: '%', end, shift: 0 };
    }
  }
  return null;
}
