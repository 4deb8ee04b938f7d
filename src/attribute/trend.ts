/**
 * trend and basis: the words that govern a number in its clause. 增长 提高 … → up,
 * 下降 降低 … → down (but not inside 增加值 or when the number is the level reached: 降至5%);
 * 同比 / 比上年 → yoy, 环比 → mom.
 */
import { BASIS_WORDS, TO_LEVEL, TREND_LOOKALIKES, TREND_WORDS } from '../rules/attribution.js';
import type { Basis, Trend } from '../types.js';

export interface TrendWord { at: number; end: number; trend: Trend; word: string }

/** The last trend word in s (an index range into s), skipping look-alike nouns. */
export function lastTrendWord(s: string): TrendWord | null {
  let best: TrendWord | null = null;
  for (const [w, t] of TREND_WORDS) {
    let k = s.lastIndexOf(w);
    while (k >= 0) {
      if (!isLookalike(s, k)) break;
      k = k > 0 ? s.lastIndexOf(w, k - 1) : -1;
    }
    if (k < 0) continue;
    // prefer the later word, and at the same place the longer one (下降 over 降)
    if (!best || k + w.length > best.end || (k + w.length === best.end && w.length > best.word.length)) {
      best = { at: k, end: k + w.length, trend: t, word: w };
    }
  }
  return best;
}

function isLookalike(s: string, k: number): boolean {
  for (const l of TREND_LOOKALIKES) {
    for (let off = 0; off < l.length; off++) {
      if (s.startsWith(l, k - off)) return true;
    }
  }
  return false;
}

/** Trend of a number whose clause text before it is `before`. */
export function trendOf(before: string): { trend: Trend | null; word: TrendWord | null } {
  const w = lastTrendWord(before);
  if (!w) return { trend: null, word: null };
  const after = before.slice(w.end);
  // 降至5%, 提高到8%: the number is the level reached, not the size of the change
  if (TO_LEVEL.some((x) => after.startsWith(x))) return { trend: null, word: w };
  return { trend: w.trend, word: w };
}

export function basisOf(before: string): Basis | null {
  let best: { at: number; b: Basis } | null = null;
  for (const [w, b] of BASIS_WORDS) {
    const k = before.lastIndexOf(w);
    if (k >= 0 && (!best || k > best.at)) best = { at: k, b };
  }
  return best ? best.b : null;
}
