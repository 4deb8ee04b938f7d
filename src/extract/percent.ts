import { PERCENT_SUFFIX, CHENG_NOT_BEFORE } from '../rules/units.js';
import type { UnitMatch } from './mention.js';
import type { ParsedNumber } from '../numbers/parse.js';

/** `8.2%`, `8.47‰`, `0.3个百分点`, `两成`. (`百分之…` is a prefix form, handled by the scanner.) */
export function matchPercent(text: string, num: ParsedNumber, _numStart: number): UnitMatch | null {
  const i = num.end;
  for (const [word, kind] of PERCENT_SUFFIX) {
    if (!text.startsWith(word, i)) continue;
    const end = i + word.length;
    if (kind === 'pp') return { type: 'percent', unit: 'pp', end, shift: 0 };
    return { type: 'percent', unit: '%', end, shift: kind === 'permille' ? -1 : 0 };
  }
  // 两成, 9成: tenths. Only small whole numbers, and not the verb 成为 / noun 成本.
  if (text[i] === '成' && !CHENG_NOT_BEFORE.has(text[i + 1]) && num.value > 0 && num.value <= 10 && Number.isInteger(num.value) && !num.fuzzy) {
    return { type: 'percent', unit: '%', end: i + 1, shift: 1 };
  }
  return null;
}
