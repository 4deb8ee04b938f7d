import type { Approx, MetricType } from '../types.js';
import type { ParsedNumber } from '../numbers/parse.js';

/** A metric found in the normalized text, before attribution. Offsets index the normalized text. */
export interface Mention {
  type: MetricType;
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  approx: Approx | null;
  /** Where the number itself starts and ends (without prefix words or units). */
  numStart: number;
  numEnd: number;
  /** Where the words bounding it start (超 in 超12亿元, 最高 in 最高达500万元); `start` when none. */
  lead: number;
  /** Where the bound word after it ends (以上 in 亿元以上); `end` when none. */
  trail: number;
}

/** What a type's unit matcher found after (or around) a number. */
export interface UnitMatch {
  type: MetricType;
  unit: string;
  /** End of the unit in the normalized text. */
  end: number;
  /** Decimal shift applied to the number: ‰ → -1, 成 → +1. */
  shift: number;
}

export type UnitMatcher = (text: string, num: ParsedNumber, numStart: number) => UnitMatch | null;
