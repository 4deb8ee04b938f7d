/**
 * item: what a count counts. Either the noun after the measure word (`11家企业`,
 * `12个涉及…重点项目`) or, when none follows, the noun before the number (`实施智能化改造项目26个`,
 * `签约壁虎科技等项目47个`, `绿色制造企业达到32家`).
 */
import { ITEM_HEADS, ITEM_LEAD_VERBS, ITEM_MODIFIER_MARKERS, ITEM_SCOPE_WORDS, ITEM_STOP_WORDS } from '../rules/items.js';
import { byCode, firstCode, lastCode, longestFirst } from './by-code.js';
import { PERIOD_RE } from './period.js';

const LEADING_PERIOD = new RegExp(`^(?:${PERIOD_RE.source})`);

const HARD_STOP_CHARS = '，,。；;！？!?\n：:（）()“”"';
const SOFT_STOP = /[、]/;
const MAX_ITEM = 24;
// The same stops by character code, for the walks over the text (no one-character string and
// regex test per step).
const HARD_STOP_CODES = new Set([...HARD_STOP_CHARS].map((c) => c.charCodeAt(0)));
const SOFT_STOP_CODE = '、'.charCodeAt(0);

// Heads by first character (longest first) and by last character (in list order): one pass
// over a short phrase instead of an indexOf / lastIndexOf per head (31 heads, per count).
const HEADS_BY_FIRST = byCode(longestFirst(ITEM_HEADS, (h) => h), firstCode);
const HEADS_BY_LAST = byCode(ITEM_HEADS, lastCode);

/** The head that starts first in s, the longest of those starting there. */
function firstHead(s: string): { at: number; end: number } | null {
  for (let k = 0; k < s.length; k++) {
    const hs = HEADS_BY_FIRST.get(s.charCodeAt(k));
    if (hs === undefined) continue;
    for (const h of hs) if (s.startsWith(h, k)) return { at: k, end: k + h.length };
  }
  return null;
}

/**
 * The first index >= from where one of the words starts (s.length: none): the least of an
 * indexOf per word, in one forward pass that only looks up characters a word can start with
 * (an indexOf for each of 47 stop words, per count, was 2% of the 20 MB profile).
 */
function firstStart(s: string, from: number, words: Map<number, string[]>): number {
  for (let k = from; k < s.length; k++) {
    const ws = words.get(s.charCodeAt(k));
    if (ws === undefined) continue;
    for (const w of ws) if (s.startsWith(w, k)) return k;
  }
  return s.length;
}

const STOP_WORDS_BY_FIRST = byCode(ITEM_STOP_WORDS, firstCode);
const firstStop = (s: string, from = 0): number => firstStart(s, from, STOP_WORDS_BY_FIRST);

/**
 * The latest end e < s.length of a word's last occurrence in s (-1: none). One backward pass
 * instead of a lastIndexOf per word (47 stop words, 42 verbs, per count). As with lastIndexOf,
 * only a word's last occurrence counts: a word that ends s has no cut inside it.
 */
function lastEndBefore(s: string, words: Map<number, string[]>): number {
  for (let e = s.length - 1; e > 0; e--) {
    const ws = words.get(s.charCodeAt(e - 1));
    if (ws === undefined) continue;
    for (const w of ws) {
      if (e >= w.length && s.startsWith(w, e - w.length) && !s.endsWith(w) && !overlapped(s, e - w.length, words)) return e;
    }
  }
  return -1;
}

/** Another listed word ends inside the one starting at k: 建设立项 is 建设|立项, not 建|设立. */
function overlapped(s: string, k: number, words: Map<number, string[]>): boolean {
  const ws = words.get(s.charCodeAt(k));
  if (ws === undefined) return false;
  for (const w of ws) if (w.length >= 2 && k + 1 >= w.length && s.startsWith(w, k + 1 - w.length)) return true;
  return false;
}

const LEAD_VERBS_BY_LAST = byCode(ITEM_LEAD_VERBS.filter((v) => v.length >= 2), lastCode);
const STOP_WORDS_BY_LAST = byCode(ITEM_STOP_WORDS, lastCode);

/** Cut after the last lead verb inside s: 西部科学城重庆高新区实施智能化改造项目 → 智能化改造项目. */
function afterLastVerb(s: string): string {
  const cut = lastEndBefore(s, LEAD_VERBS_BY_LAST);
  return cut > 0 ? s.slice(cut) : s;
}

function stripLead(s: string): string {
  let changed = true;
  while (changed && s) {
    changed = false;
    for (const v of ITEM_LEAD_VERBS) {
      if (s.startsWith(v) && s.length > v.length) { s = s.slice(v.length); changed = true; break; }
    }
  }
  return s;
}

/** The noun after the measure word, up to the first verb; null when none follows. */
function itemAfter(text: string, end: number, limit: number): string | null {
  let b = end;
  while (b < limit && b - end < 60 && !HARD_STOP_CODES.has(text.charCodeAt(b))) b++;
  let s = text.slice(end, b);
  if (!s || /^[的之以左右多余]/.test(s) || ITEM_STOP_WORDS.some((w) => s.startsWith(w))) return null;
  if (/^[0-9零一二两三四五六七八九十]/.test(s)) return null;
  const marker = ITEM_MODIFIER_MARKERS.find((w) => s.startsWith(w));
  if (marker) {
    // 涉及A、B、C重点项目落地…: the counted noun is the last listed one's head.
    const head = firstHeadFromEnd(s);
    if (head) {
      let a = head.at;
      while (a > 0 && !/[、及和与]/.test(s[a - 1])) a--;
      return s.slice(a, head.end);
    }
    return null;
  }
  const cut = s.search(SOFT_STOP);
  if (cut >= 0) s = s.slice(0, cut);
  const head = firstHead(s);
  // a verb before the head noun ends the item first: 两次座谈会上签约项目 counts 座谈会, not 项目
  // (single-character stop words such as 在 also occur inside a noun: 6所中央在川高校)
  const verb = firstMultiStop(s);
  if (head && head.at < MAX_ITEM && head.at < verb) return s.slice(0, head.end);
  s = s.slice(0, Math.min(verb, firstStop(s, 1)));
  if (s.length > 2 && /[上中内]$/.test(s)) s = s.slice(0, -1); // 座谈会上: the place word is not the thing
  return s.length > 0 && s.length <= 12 ? s : null;
}

const MULTI_STOP_BY_FIRST = byCode(ITEM_STOP_WORDS.filter((w) => w.length > 1), firstCode);
const firstMultiStop = (s: string): number => firstStart(s, 1, MULTI_STOP_BY_FIRST);

/** Heads followed by a verb: the last one before the first stop word after a list. */
function firstHeadFromEnd(s: string): { at: number; end: number } | null {
  const stop = firstStop(s, 2);
  const part = s.slice(0, stop);
  let best: { at: number; end: number } | null = null;
  for (const h of ITEM_HEADS) {
    const k = part.lastIndexOf(h);
    if (k >= 0 && (!best || k + h.length > best.end)) best = { at: k, end: k + h.length };
  }
  return best;
}

/** The noun before the number, back to the clause start or a list break. */
function itemBefore(text: string, start: number, clauseStart: number, heads = true): string | null {
  let a = start;
  while (a > clauseStart && start - a < 40 && !HARD_STOP_CODES.has(text.charCodeAt(a - 1)) && text.charCodeAt(a - 1) !== SOFT_STOP_CODE) a--;
  let s = text.slice(a, start);
  // drop a linking verb or bound right before the number: 达到, 超, 约
  s = s.replace(/(达到|达|为|有|共|超过|超|约|近|逾|共计|合计|总计|累计)+$/, '');
  const deng = s.lastIndexOf('等');
  if (deng >= 0 && deng < s.length - 1) s = s.slice(deng + 1);  // 壁虎科技等项目 → 项目
  const head = heads ? lastHead(s) : null;
  if (head) {
    // keep the words right before the head noun, after a lead verb
    s = s.slice(0, head.end);
  } else {
    const stop = lastStop(s);
    if (stop >= 0) s = s.slice(stop);
  }
  s = stripLead(afterLastVerb(s));
  s = s.replace(/^(的|了|其中)+/, '');
  // the time and scope before what is counted: 2023年新登记市场主体, 年末全市常住人口
  const p = LEADING_PERIOD.exec(s);
  if (p && p[0].length < s.length) s = s.slice(p[0].length);
  for (let again = true; again; ) {
    again = false;
    for (const w of ITEM_SCOPE_WORDS) if (s.startsWith(w) && s.length > w.length) { s = s.slice(w.length); again = true; }
  }
  return s.length > 0 && s.length <= MAX_ITEM ? s : null;
}

/** The head that ends last in s; of those ending there, the first listed. */
function lastHead(s: string): { at: number; end: number } | null {
  for (let e = s.length; e > 0; e--) {
    const hs = HEADS_BY_LAST.get(s.charCodeAt(e - 1));
    if (hs === undefined) continue;
    for (const h of hs) if (e >= h.length && s.startsWith(h, e - h.length)) return { at: e - h.length, end: e };
  }
  return null;
}

function lastStop(s: string): number {
  return lastEndBefore(s, STOP_WORDS_BY_LAST);
}

const PERSON_UNITS = new Set(['人', '人次', '名', '位']);

export function findItem(text: string, start: number, end: number, clauseStart: number, sentenceEnd: number, unit: string): string | null {
  const after = itemAfter(text, end, sentenceEnd);
  if (after) return after;
  return findItemBefore(text, start, clauseStart, unit);
}

/** The item named before `start` only (a count in 实验室从15家跃升到38家 is counted by what precedes 从). */
export function findItemBefore(text: string, start: number, clauseStart: number, unit: string): string | null {
  // People: the whole phrase before says who (城镇人口 392.66 万人, 园区企业职工子女共计80人);
  // a head noun inside it (企业) is not what is counted.
  if (PERSON_UNITS.has(unit)) return itemBefore(text, start, clauseStart, false) ?? '人';
  return itemBefore(text, start, clauseStart);
}
