import { MEASURE_WORDS, COUNT_NOT_BEFORE, MEASURE_WORD_STARTS } from '../rules/units.js';
import type { UnitMatch } from './mention.js';
import type { ParsedNumber } from '../numbers/parse.js';

// First characters of the measure words: one Set lookup refuses a number with none after it.
export const FIRST = new Set(MEASURE_WORDS.map((w) => w[0]));

/** `47个`, `11家`, `3.2万辆`: a number with a measure word, not a duration (`1个多月`) or share (`两位数`). */
export function matchCount(text: string, num: ParsedNumber, _numStart: number): UnitMatch | null {
  const i = num.end;
  if (!FIRST.has(text[i])) return null;
  for (const mw of MEASURE_WORDS) {
    if (!text.startsWith(mw, i)) continue;
    const end = i + mw.length;
    for (const w of COUNT_NOT_BEFORE) if (text.startsWith(w, end)) return null;
    if (MEASURE_WORD_STARTS[mw]?.includes(text[end])) return null;
    // A count is of whole things; 2.5个 is a rate or a typo, not a count.
    if (!Number.isInteger(num.value)) return null;
    return { type: 'count', unit: mw, end, shift: 0 };
  }
  return null;
}
