import { CURRENCY_SUFFIX, YUAN_NOT_BEFORE } from '../rules/units.js';
import type { UnitMatch } from './mention.js';
import type { ParsedNumber } from '../numbers/parse.js';

/** `292亿元`, `18.6亿美元`, `1.2亿港元`, `50亿人民币`. (Marks before the number are found by the scanner.) */
export function matchAmount(text: string, num: ParsedNumber, _numStart: number): UnitMatch | null {
  const i = num.end;
  for (const [word, iso] of CURRENCY_SUFFIX) {
    if (!text.startsWith(word, i)) continue;
    const end = i + word.length;
    if ((word === '元' || word === '圆') && YUAN_NOT_BEFORE.has(text[end])) return null;
    return { type: 'amount', unit: iso, end, shift: 0 };
  }
  return null;
}
