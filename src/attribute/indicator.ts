/**
 * indicator: the quantity a number measures, as written in its clause: the words before the
 * number with the verbs, bounds, trend and basis words around it taken off (固定资产投资同比增长
 * 12.2% → 固定资产投资), or the object of the trend verb (降低成本约480元 → 成本), or what
 * follows a comparison (低于行业平均水平17.2%的碳排放表现 → 碳排放表现).
 */
import { BASIS_WORDS, COMPARISONS, INDICATOR_HEAD_WORDS, INDICATOR_KEPT_ENDINGS, INDICATOR_TAIL_WORDS, OBJECT_AFTER_VERBS } from '../rules/attribution.js';
import { APPROX_LOOKALIKES } from '../rules/units.js';
import { lastTrendWord } from './trend.js';
import type { Place } from './places.js';
import type { PeriodMention } from './period.js';
import { firstEndingAfter } from './spans.js';
import { byCode, firstCode, lastCode, longestFirst } from './by-code.js';

const MAX_INDICATOR = 16;
const TAIL_WORDS = longestFirst([...INDICATOR_TAIL_WORDS, ...BASIS_WORDS.map(([w]) => w)], (w) => w);
const HEAD_WORDS = longestFirst(INDICATOR_HEAD_WORDS, (w) => w);
const PUNCT_EDGE = /^[、\s“”"'（）()《》:：·]+|[、\s“”"'（）()《》:：·]+$/g;

// The word lists grouped by the character they must end (start) with, keeping the longest-first
// order: only words that can match are tried, and the string is cut once at the end rather than
// re-sliced per word (stripTail was 70 ms self time on the 20 MB corpus).
const TAIL_BY_LAST = byCode(TAIL_WORDS, lastCode);
const HEAD_BY_FIRST = byCode(HEAD_WORDS, firstCode);

function stripTail(s: string): string {
  let e = s.length;
  outer: while (e > 0) {
    const ws = TAIL_BY_LAST.get(s.charCodeAt(e - 1));
    if (ws !== undefined) {
      for (const w of ws) {
        if (e >= w.length && s.startsWith(w, e - w.length)) {
          if (keptEnding(s, e, w)) break outer;
          e -= w.length; continue outer;
        }
      }
    }
    break;
  }
  return e === s.length ? s : s.slice(0, e);
}

// Whole words that end in a tail word: 人均 is not 人 + 均, 签约 not 签 + 约.
const KEPT_ENDINGS = [...INDICATOR_KEPT_ENDINGS, ...APPROX_LOOKALIKES];
const keptEnding = (s: string, e: number, w: string): boolean =>
  KEPT_ENDINGS.some((k) => k.length > w.length && k.endsWith(w) && e >= k.length && s.startsWith(k, e - k.length));

function stripHead(s: string): string {
  let b = 0;
  outer: while (b < s.length) {
    const ws = HEAD_BY_FIRST.get(s.charCodeAt(b));
    if (ws !== undefined) {
      for (const w of ws) {
        if (s.startsWith(w, b)) { b += w.length; continue outer; }
      }
    }
    break;
  }
  return b === 0 ? s : s.slice(b);
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
  for (let k = firstEndingAfter(a.places, from); k < a.places.length && a.places[k].end <= a.start; k++) from = Math.max(from, a.places[k].end);
  for (let k = firstEndingAfter(a.periods, from); k < a.periods.length && a.periods[k].end <= a.start; k++) {
    if (a.periods[k].start >= a.from) from = Math.max(from, a.periods[k].end);
  }
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
  if (out !== null && OBJECT_AFTER_VERBS.includes(out)) {
    // 设立40亿元汽车专项资金: the verb's object, after the number, is what the number measures
    const obj = objectAfter(text, a.end, a.clauseEnd);
    if (obj) return obj;
  }
  return out;
}

/** The noun right after a mention's unit (汽车专项资金 in 设立40亿元汽车专项资金，…), or null. */
function objectAfter(text: string, end: number, clauseEnd: number): string | null {
  const s = text.slice(end, Math.min(clauseEnd, end + MAX_INDICATOR));
  if (!/^[\u4e00-\u9fff]/.test(s) || /^(的|之|以|左右|多|余|及|等|用于|用来|支持|实施|进行|的)/.test(s)) return null;
  const cut = s.search(/[，,。；;、的]/);
  const t = cut >= 0 ? s.slice(0, cut) : s;
  return t.length >= 2 ? t : null;
}

// A figure with its unit closing the words (吞吐量4387万标箱、增长11.6%): a number that is not a
// metric, stated for the subject before it, which the metric measures too. Digits glued to a
// letter (5G) are a name; a figure the words go on after (未来3年将获得…) is left alone.
const FIGURE_AT_END = /(?<![A-Za-z0-9.])[0-9][0-9.,]{0,20}[^0-9A-Za-z、，,；;。\s]{0,4}[、，,；;]?$/;

function clean(s: string): string | null {
  const f = FIGURE_AT_END.exec(s);
  if (f && f.index >= 2) s = s.slice(0, f.index);
  s = stripTail(s.replace(PUNCT_EDGE, ''));
  s = stripHead(s).replace(PUNCT_EDGE, '');
  s = stripTail(s);
  s = s.replace(/^(的|之|了)+/, '').replace(/(的|之)+$/, '');
  if (!s || /^[\d.,%]+$/.test(s) || /^[和与及或]$/.test(s)) return null; // a connector alone names nothing
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
  const floor = Math.max(sentenceStart, clauseStart - 200); // a clause, not a page: bounded cost
  while (a > floor && !/[，,；;]/.test(text[a - 1])) a--;
  const seg = text.slice(a, clauseStart - 1);
  // the clause's own number, not a digit of its period (今年前4月完成收入215.4亿元)
  let k = -1;
  for (let j = seg.search(NUMBER_START); j >= 0; ) {
    const at = a + j;
    const p = periods[firstEndingAfter(periods, at)];
    if (!(p && p.start <= at)) { k = j; break; }
    const next = seg.slice(p.end - a).search(NUMBER_START);
    j = next < 0 ? -1 : p.end - a + next;
  }
  if (k <= 0) return null;
  return findIndicator({ text, from: a, start: a + k, end: a + k, clauseEnd: clauseStart - 1, places, periods });
}
