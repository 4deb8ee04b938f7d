/**
 * indicator: the quantity a number measures, as written in its clause: the words before the
 * number with the verbs, bounds, trend and basis words around it taken off (固定资产投资同比增长
 * 12.2% → 固定资产投资), or the object of the trend verb (降低成本约480元 → 成本), or what
 * follows a comparison (低于行业平均水平17.2%的碳排放表现 → 碳排放表现).
 */
import { BASIS_WORDS, COMPARISONS, INDICATOR_HEAD_WORDS, INDICATOR_TAIL_WORDS } from '../rules/attribution.js';
import { lastTrendWord } from './trend.js';
import type { Place } from './places.js';
import type { PeriodMention } from './period.js';

const MAX_INDICATOR = 16;
const TAIL_WORDS = [...INDICATOR_TAIL_WORDS, ...BASIS_WORDS.map(([w]) => w)].sort((a, b) => b.length - a.length);
const HEAD_WORDS = [...INDICATOR_HEAD_WORDS].sort((a, b) => b.length - a.length);
const PUNCT_EDGE = /^[、\s“”"'（）()《》:：·]+|[、\s“”"'（）()《》:：·]+$/g;

function stripTail(s: string): string {
  let changed = true;
  while (changed && s) {
    changed = false;
    for (const w of TAIL_WORDS) {
      if (s.endsWith(w) && s.length >= w.length) { s = s.slice(0, -w.length); changed = true; break; }
    }
  }
  return s;
}

function stripHead(s: string): string {
  let changed = true;
  while (changed && s) {
    changed = false;
    for (const w of HEAD_WORDS) {
      if (s.startsWith(w)) { s = s.slice(w.length); changed = true; break; }
    }
  }
  return s;
}

export interface IndicatorInput {
  text: string;
  /** Where the indicator may start: the clause start, or just after the previous mention (and its item). */
  from: number;
  /** The mention's start (the number or its prefix) and end (after the unit). */
  start: number;
  end: number;
  clauseEnd: number;
  places: Place[];
  periods: PeriodMention[];
}

export function findIndicator(a: IndicatorInput): string | null {
  const { text } = a;
  // Blank out places and periods inside the window: they scope the metric, they are not it.
  let from = a.from;
  for (const p of a.places) if (p.end > from && p.end <= a.start && p.start < a.start) from = Math.max(from, p.end);
  for (const p of a.periods) if (p.end > from && p.end <= a.start && p.start >= a.from) from = Math.max(from, p.end);
  // a parenthesis is a gloss (不含农户，下同), not the quantity
  let s = text.slice(from, a.start).replace(/（[^）]{0,40}）|\([^)]{0,40}\)/g, '').replace(PUNCT_EDGE, '');
  const tw = lastTrendWord(s);
  if (tw && COMPARISONS.includes(tw.word)) {
    // a comparison: 低于行业平均水平17.2%的碳排放表现 → what follows 的
    const after = followingNoun(text, a.end, a.clauseEnd);
    if (after) return after;
  }
  if (tw) {
    const obj = clean(s.slice(tw.end));
    // verb + object: 可降低成本约480元 → 成本 (one character is a verb's tail, 减产, not an object)
    if (obj && obj.length >= 2 && !COMPARISONS.includes(tw.word)) return obj;
    s = s.slice(0, tw.at);
  }
  const out = clean(s);
  return out;
}

function clean(s: string): string | null {
  s = stripTail(s.replace(PUNCT_EDGE, ''));
  s = stripHead(s).replace(PUNCT_EDGE, '');
  s = stripTail(s);
  s = s.replace(/^(的|之|了)+/, '').replace(/(的|之)+$/, '');
  if (!s || /^[\d.,%]+$/.test(s)) return null;
  if (s.length > MAX_INDICATOR) s = s.slice(s.length - MAX_INDICATOR);
  return s;
}

/** 17.2%的碳排放表现 → 碳排放表现 */
function followingNoun(text: string, end: number, clauseEnd: number): string | null {
  if (text[end] !== '的') return null;
  const s = text.slice(end + 1, Math.min(clauseEnd, end + 1 + MAX_INDICATOR));
  const cut = s.search(/[，,。；;、]/);
  const t = (cut >= 0 ? s.slice(0, cut) : s).trim();
  return t || null;
}

const NUMBER_START = /[0-9]/;

/**
 * The subject of the clause before [clauseStart): 总产量 902.61 万吨，减产 3.2% — the 3.2% measures
 * the 总产量 of the clause before it, even when that clause's own number is not a metric.
 */
export function previousClauseSubject(
  text: string, sentenceStart: number, clauseStart: number, places: Place[], periods: PeriodMention[],
): string | null {
  if (clauseStart - 1 <= sentenceStart) return null;
  let a = clauseStart - 1;
  while (a > sentenceStart && !/[，,；;]/.test(text[a - 1])) a--;
  const seg = text.slice(a, clauseStart - 1);
  const k = seg.search(NUMBER_START);
  if (k <= 0) return null;
  return findIndicator({ text, from: a, start: a + k, end: a + k, clauseEnd: clauseStart - 1, places, periods });
}
