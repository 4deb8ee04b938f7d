/**
 * trend and basis: the words that govern a number in its clause. 增长 提高 … → up,
 * 下降 降低 … → down (but not inside 增加值 or when the number is the level reached: 降至5%);
 * 同比 / 比上年 → yoy, 环比 → mom.
 */
import { BASIS_WORDS, TO_LEVEL, TREND_LOOKALIKES as CORE_LOOKALIKES, TREND_WORDS as CORE_TREND_WORDS } from '../rules/attribution.js';
import { BOUND_COMPARISONS, OBJECT_GAP, TRANSITIVE_TREND, TREND_EXTRA, TREND_GAP, TREND_LOOKALIKES_EXTRA } from '../rules/context.js';
import type { Basis, Trend } from '../types.js';
import { byCode, firstCode, lastCode, longestFirst } from './by-code.js';

export interface TrendWord { at: number; end: number; trend: Trend; word: string }

// Trend words by their last character, longest first. lastTrendWord used to run lastIndexOf for
// each of the 27 words over the whole clause (the second item of the 20 MB profile, 183 ms);
// one backward pass that stops at the first word ending is the same answer: the word that
// ends latest, and at the same end the longest.
// Keyed by character code: s[e - 1] of a CJK character is a new one-character string per step.
const TREND_WORDS = [...CORE_TREND_WORDS, ...TREND_EXTRA];
const TREND_LOOKALIKES = [...CORE_LOOKALIKES, ...TREND_LOOKALIKES_EXTRA];
const TREND_LONGEST_FIRST = longestFirst(TREND_WORDS, ([w]) => w);
const TREND_BY_LAST = byCode(TREND_LONGEST_FIRST, ([w]) => lastCode(w));

/** The last trend word in s (an index range into s), skipping look-alike nouns. */
export function lastTrendWord(s: string): TrendWord | null {
  for (let e = s.length; e > 0; e--) {
    const ws = TREND_BY_LAST.get(s.charCodeAt(e - 1));
    if (ws === undefined) continue;
    for (const [w, t] of ws) {
      const k = e - w.length;
      if (k >= 0 && s.startsWith(w, k) && !isLookalike(s, k)) return { at: k, end: e, trend: t, word: w };
    }
  }
  return null;
}

// Each look-alike under each of its characters, with that character's offset: one covering
// position k has s[k] at its offset, so only those few are tried (not all 30 at every offset:
// ~70 startsWith calls for each trend word found).
const LOOKALIKE_AT = byCode(
  TREND_LOOKALIKES.flatMap((l) => Array.from({ length: l.length }, (_, off) => [l, off] as const)),
  ([l, off]) => l.charCodeAt(off),
);
const LOOKALIKE_MAX = Math.max(...TREND_LOOKALIKES.map((l) => l.length));

/** Does a look-alike noun (增加值 …) cover position k of s? */
function isLookalike(s: string, k: number): boolean {
  // (near the start a look-alike would begin before 0, which startsWith reads as 0: the plain
  // loop keeps that answer)
  if (k < LOOKALIKE_MAX) return isLookalikeNearStart(s, k);
  const ls = LOOKALIKE_AT.get(s.charCodeAt(k));
  if (ls !== undefined) for (const [l, off] of ls) if (s.startsWith(l, k - off)) return true;
  return false;
}

function isLookalikeNearStart(s: string, k: number): boolean {
  for (const l of TREND_LOOKALIKES) {
    for (let off = 0; off < l.length; off++) {
      if (s.startsWith(l, k - off)) return true;
    }
  }
  return false;
}

/**
 * Trend of a number whose clause text before it is `before`. `tight`: only adverbs and bounds may
 * stand between the verb and the number (percents); otherwise (amounts, counts: 新增就业岗位55万个)
 * a noun may, but not a 的 (增长的有45种 counts things that grew) nor a list (加快动能转换、加大民生
 * 保障四个方面: the verb is one of the list's members).
 */
/** The most a noun between a change verb and an amount or count may run (新增新冠肺炎确诊病例8167例, 压减非重点非刚性及一般性支出18.2亿元;
 * not 加快推广新能源汽车换电模式等带来四项提议). */
const LOOSE_GAP = 14;

export function trendOf(before: string, tight = true): { trend: Trend | null; word: TrendWord | null } {
  const w = lastTrendWord(before);
  if (!w) return { trend: null, word: null };
  const after = before.slice(w.end);
  // 降至5%, 提高到8%, 精简为5100多人: the number is the level reached, not the size of the change
  if (TO_LEVEL.some((x) => after.startsWith(x)) || after.startsWith('为')) return { trend: null, word: w };
  // 高于50万元的部分: a bound right before the number is a threshold, not a difference; with the
  // base between (低于行业平均水平17.2%) it is one
  if (BOUND_COMPARISONS.includes(w.word)) return { trend: after === '' ? null : w.trend, word: w };
  // the verb must govern the number: only adverbs and bounds between (经济增长贡献超五成 is not a rise)
  const governs = tight ? TREND_GAP.test(after) || (TRANSITIVE_TREND.includes(w.word) && OBJECT_GAP.test(after)) : after.length <= LOOSE_GAP && !after.includes('的') && !after.includes('、');
  if (!governs) return { trend: null, word: w };
  return { trend: w.trend, word: w };
}

/**
 * The trend of a change named right after the number: 实现8.2%的增长, 出现3.5%的下降, 12%的增幅.
 * Not a noun that only contains a trend word (6%的增速 is a rate, 的增加值 a quantity).
 */
export function trendAfter(text: string, end: number): Trend | null {
  if (text.charCodeAt(end) !== 0x7684 /* 的 */) return null;
  const k = end + 1;
  for (const [w, t] of TREND_LONGEST_FIRST) if (text.startsWith(w, k)) return isLookalike(text, k) ? null : t;
  return null;
}

// Basis words by their first character, in list order: the last word to start wins, and at the
// same start the one listed first (比上年同期 before 比上年), as with one lastIndexOf per word.
const BASIS_BY_FIRST = byCode(BASIS_WORDS, ([w]) => firstCode(w));

export function basisOf(before: string): Basis | null {
  for (let k = before.length - 1; k >= 0; k--) {
    const ws = BASIS_BY_FIRST.get(before.charCodeAt(k));
    if (ws === undefined) continue;
    for (const [w, b] of ws) if (before.startsWith(w, k)) return b;
  }
  return null;
}
