/**
 * Context for period and basis (and the trend of lists and rate nouns): what a figure inherits
 * when its own clause does not say. Rule data and their examples: src/rules/context.ts.
 *
 * period — sentence → paragraph → heading → document → earlier paragraphs:
 * - the sentence's own time word before the number (or after it in its clause). A word that
 *   is not the sentence's topic (年末生猪存栏…；生猪出栏…: no comma after it) scopes only its
 *   part up to a semicolon; a topic (一季度末，…；…) the whole sentence.
 * - the paragraph's, stated before the number: its first topic (截至2021年11月末，), else its
 *   first span (全年, 一季度, 2021年), else its first moment (年末), else its first day (1月17日).
 * - the heading's: the nearest heading above, or its outline ancestors (三、2026年重点工作 over
 *   （一）…), that names one (the last it names: `…“十四五”时期…和“十五五”时期主要目标任务`).
 * - the document's: its title (2023年洛阳市…统计公报 → 2023年), up to the next article of a
 *   compilation (an unnumbered heading that names no time, after body text: 珠海高新区).
 * - else, under an outline heading (一、 （一） …), the last paragraph above that opened with one
 *   (an analysis of 一季度 names it once), in the same article.
 * Comparison bases (比年初, 较上半年) and dates of something else (1月28日晚间公告) never count.
 *
 * Everything is found once per text (paragraphs, their first periods, headings' periods);
 * each mention then costs a few binary searches.
 */
import type { Segments } from '../segment.js';
import { firstEndingAfter } from './spans.js';
import { findContextPeriods, type ContextPeriod } from './period.js';
import { AFTER_WORKS_FORECAST, BASE_PHRASE_END, BASIS_RULES, BULLET_LEAD, THAT_DAY, COMPARED_DIFFERENCE, DAY_PERIOD, DIFFERENCE_UP, RATE_NOUNS, VAGUE_PERIOD } from '../rules/context.js';
import { byCode, firstCode } from './by-code.js';
import { TO_LEVEL, TREND_WORDS } from '../rules/attribution.js';
import type { Basis, Trend } from '../types.js';

export interface PeriodContext {
  text: string;
  /** Time words that may be a period (no comparison bases, no dates of something else). */
  periods: ContextPeriod[];
  /** Comparison bases (比年初, 较上半年): a change against one of these has no basis to carry. */
  bases: ContextPeriod[];
  /**
   * Paragraphs (non-blank lines) in order, with the time words that may scope them, by rank:
   * [0] the first topic (a time word and a comma: 截至2021年11月末，…; not a day), [1] the first
   * span (全年, 2021年), [2] the first moment (年末, 3月末), [3] the first day (1月17日: often the
   * day of the report, so the last resort).
   */
  paraStart: number[];
  paraPeriods: (ContextPeriod | null)[][];
  /** carried[k]: the period the last paragraph up to k that opens with one opens with. */
  carried: (string | null)[];
  /** For a —— bullet paragraph, the period the paragraph leading its list opens with; isBullet[k]: k is one. */
  leadOpen: (string | null)[];
  isBullet: boolean[];
  /** Headings, and the period each gives the text under it (its own or an outline ancestor's). */
  headings: Segments['headings'];
  headingPeriod: (string | null)[];
  headingLevels: number[];
  /** The title's time, and where it stops applying (the next article of a compilation). */
  document: string | null;
  documentEnd: number;
  /** Where 当日 / 当天 stand, in order: found on first use. */
  thatDayAt?: number[];
  /** Where a forecast for when works are done starts (达产后…可): found on first use. */
  forecastAt?: number[];
  /** Where each semicolon is, found on first use (contextPeriod looked back for one per figure). */
  semicolons?: number[];
  /** Where each 的基础上 ends, found on first use. */
  baseEnds?: { end: number }[];
}

/** The outline level of a heading: 一、 1; （一） 2; 1. 3; （1） 4; ① 5; unnumbered 6. */
export function headingLevel(t: string): number {
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(t)) return 2;
  if (/^\d{1,2}[、.．]/.test(t)) return 3;
  if (/^[（(]\d{1,2}[）)]/.test(t)) return 4;
  if (/^[\u2460-\u2473]/.test(t)) return 5;
  return 6;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;

/** How far into a paragraph a time word still opens it (for the period carried to the paragraphs after). */
const OPENING_SPAN = 16;
const OUTLINE_LEAD = /^(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])$/;

/**
 * Does the paragraph starting at s open with time word p: at its start (一季度全市…, after an
 * outline mark or 截至), or after the first sentence or phrase (二是设施农业稳步发展。上半年…) —
 * not inside a phrase (石化行业保持了年初以来的良好趋势)?
 */
function opens(text: string, s: number, p: ContextPeriod): boolean {
  let b = p.start;
  if (b - 2 >= s && (text.startsWith('截至', b - 2) || text.startsWith('截止', b - 2))) b -= 2;
  if (b === s || OUTLINE_LEAD.test(text.slice(s, b))) return true;
  return b - s <= OPENING_SPAN && '。，：；'.includes(text[b - 1]);
}

/** How far into a text its title is looked for. */
const TITLE_SPAN = 600;

/**
 * The period context of one (normalized) text, made once for all its mentions: its time words,
 * paragraphs, headings' periods and title. Linear in the text (one regex pass, one pass over lines
 * and headings).
 */
export function periodContext(text: string, seg: Segments): PeriodContext {
  const all = findContextPeriods(text);
  const periods = all.filter((p) => !p.base && !p.other);
  const bases = all.filter((p) => p.base);
  // headings: own period (the last one named), else the nearest outline ancestor's
  const headings = seg.headings;
  const headingPeriod: (string | null)[] = [];
  const headingLevels: number[] = [];
  /** newPiece[h]: heading h is unnumbered, names no time and follows body text: a new article of a compilation. */
  const newPiece: boolean[] = [];
  const stack: { level: number; period: string | null }[] = [];
  let document: string | null = null;
  let documentEnd = text.length;
  let hp = 0;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    while (hp < periods.length && periods[hp].start < h.start) hp++;
    let own: string | null = null;
    for (let j = hp; j < periods.length && periods[j].start < h.end; j++) if (periods[j].end <= h.end) own = periods[j].text;
    if (document === null && own !== null && h.start < TITLE_SPAN) {
      // the title: the first heading near the top that names a time (not a date: 2024年4月30日)
      for (let j = hp; j < periods.length && periods[j].start < h.end; j++) if (!periods[j].point) { document = periods[j].text; break; }
    }
    const level = headingLevel(h.text);
    headingLevels.push(level);
    const afterBody = i > 0 && hasText(text, headings[i - 1].end, h.start);
    const piece = level === 6 && own === null && afterBody;
    newPiece.push(piece);
    // the title's time reaches as far as the next article of a compilation (珠海高新区 after 重庆高新区上半年…)
    if (piece && document !== null && documentEnd === text.length) documentEnd = h.start;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const period = own ?? (stack.length ? stack[stack.length - 1].period : null);
    headingPeriod.push(period);
    stack.push({ level, period });
  }
  const paraStart: number[] = [];
  const paraPeriods: (ContextPeriod | null)[][] = [];
  const carried: (string | null)[] = [];
  const leadOpen: (string | null)[] = [];
  const isBullet: boolean[] = [];
  let k = 0, hk = 0;
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let q = s;
    while (q < e && isBlank(text.charCodeAt(q))) q++;
    if (q < e) {
      while (k < periods.length && periods[k].start < s) k++;
      while (hk < headings.length && headings[hk].start < s) hk++;
      const ranks: (ContextPeriod | null)[] = [null, null, null, null];
      for (let j = k; j < periods.length && periods[j].start < e && ranks[0] === null; j++) {
        const p = periods[j];
        if (VAGUE_PERIOD.test(p.text)) continue;
        const day = DAY_PERIOD.test(p.text);
        if (!day && isComma(text.charCodeAt(p.end))) ranks[0] = p;
        const r = day ? 3 : p.point ? 2 : 1;
        ranks[r] ??= p;
      }
      paraStart.push(s); paraPeriods.push(ranks);
      // what the paragraph opens with (一季度全市…, 二是…。上半年…), not a time it names further on
      const first = ranks.find((p) => p !== null) ?? null;
      const open = first !== null && opens(text, s, first) ? first.text : null;
      // a new article starts afresh
      const reset = hk < headings.length && headings[hk].start === s && newPiece[hk];
      carried.push(open ?? (reset || carried.length === 0 ? null : carried[carried.length - 1]));
      // a —— bullet continues the paragraph that leads its list (五年来，…。 ——…年均增长5.9%)
      const bullet = text.startsWith(BULLET_LEAD, q);
      leadOpen.push(bullet ? (leadOpen.length ? leadOpen[leadOpen.length - 1] : null) : open);
      isBullet.push(bullet);
    }
    s = e + 1;
  }
  return { text, periods, bases, paraStart, paraPeriods, carried, leadOpen, isBullet, headings, headingPeriod, headingLevels, document, documentEnd };
}

/**
 * Is there body text in text[from, to)? White space and lone 。 are none (a stream puts the headings
 * it carries across a cut one a line with a 。 line between: src/stream/extract-stream.ts).
 */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c) && c !== 10 && c !== 0x3002) return true;
  }
  return false;
}

const isSemicolon = (c: number) => c === 0xff1b || c === 0x3b;
const isComma = (c: number) => c === 0xff0c || c === 0x2c;

/** How many time words of its sentence a figure looks back over, and how long a bracketed note may run. */
const SENTENCE_LOOK = 32;
const NOTE_SPAN = 120;

/** Does a bracket close in text[from, to) before any opens, so what stood before it was inside a note? */
function closedBetween(text: string, from: number, to: number): boolean {
  for (let i = from, end = Math.min(to, from + NOTE_SPAN); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) return true;
    if (c === 0xff08 || c === 0x28) return false;
  }
  return false;
}

/**
 * The last semicolon in text[from, to), or -1: a binary search over the semicolons found once per
 * text, where a walk back of up to 400 characters per figure was most of contextPeriod.
 */
function lastSemicolon(ctx: PeriodContext, from: number, to: number): number {
  const at = ctx.semicolons ??= semicolonsOf(ctx.text);
  let lo = 0, hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < to) lo = mid + 1; else hi = mid; }
  return lo > 0 && at[lo - 1] >= from ? at[lo - 1] : -1;
}

const SEMICOLON = /[\uff1b;]/g;
function semicolonsOf(text: string): number[] {
  const out: number[] = [];
  SEMICOLON.lastIndex = 0;
  while (SEMICOLON.test(text)) out.push(SEMICOLON.lastIndex - 1);
  return out;
}

/** Does a 的基础上 end inside [from, to)? (positions found once per text) */
function baseEndBetween(ctx: PeriodContext, from: number, to: number): boolean {
  const at = ctx.baseEnds ??= (() => {
    const out: { end: number }[] = [];
    for (let k = ctx.text.indexOf(BASE_PHRASE_END); k >= 0; k = ctx.text.indexOf(BASE_PHRASE_END, k + 1)) out.push({ end: k + BASE_PHRASE_END.length });
    return out;
  })();
  const k = firstEndingAfter(at, from);
  return k < at.length && at[k].end <= to;
}

/** Index of the paragraph holding pos (the last starting at or before it), or -1. */
export function paragraphAt(ctx: PeriodContext, pos: number): number {
  const a = ctx.paraStart;
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] <= pos) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

/**
 * The period of the figure at [start, end) in sentence `sentence` and clause `clause`: its own,
 * else its paragraph's, heading's, document's, or the last paragraph above that stated one.
 */
export function contextPeriod(
  ctx: PeriodContext, start: number, end: number, sentence: [number, number], clause: [number, number],
): string | null {
  const { text, periods } = ctx;
  // a forecast for when works are done (全部达产后，未来可新增产值500亿元; 建成投产后，预计实现年销售收入
  // 50亿元) covers no time the sentence or paragraph names before it: only one named after it
  const f = lastBefore(ctx.forecastAt ??= positions(text, AFTER_WORKS_FORECAST), start);
  if (f >= sentence[0]) {
    const j = firstEndingAfter(periods, start) - 1;
    return j >= 0 && periods[j].start >= f ? periods[j].text : null;
  }
  // the sentence: the last time word before the number that reaches it
  let semi = start; // start of the semicolon part holding the number
  const j = lastSemicolon(ctx, Math.max(sentence[0], start - 400), start);
  if (j >= 0) semi = j + 1;
  if (semi === start) semi = sentence[0];
  let passed: ContextPeriod | null = null; // a span of an earlier part, passed over
  // (at most SENTENCE_LOOK time words back: a sentence of nothing but 1月；1月；… costs no more)
  for (let j = firstEndingAfter(periods, start) - 1, n = 0; j >= 0 && periods[j].start >= sentence[0] && n < SENTENCE_LOOK; j--, n++) {
    const p = periods[j];
    if (closedBetween(text, p.end, start)) continue; // a note in brackets: （2015和2016年同期增速…）
    if (baseEndBetween(ctx, p.end, start)) continue; // 在6月中旬…的基础上，新增31亿元
    if (p.start >= semi || isComma(text.charCodeAt(p.end))) {
      // 3月15日，茅台公告称，公司2023年实现…；净利润747.34亿元: the day is the report's, the year the figures'
      return passed !== null && DAY_PERIOD.test(p.text) ? passed.text : p.text;
    }
    if (passed === null && !p.point && !VAGUE_PERIOD.test(p.text)) passed = p;
  }
  // after the number in its clause (…，增长5%，为2023年以来最高 is not it: only the clause)
  const after = firstEndingAfter(periods, end);
  if (after < periods.length && periods[after].start >= end && periods[after].end <= clause[1]
    && !/[（(]/.test(text.slice(end, periods[after].start))) return periods[after].text; // not a note in brackets
  // an earlier semicolon part's time word, before the paragraph's: 2023年上半年保利发展营业总收入…；
  // …；净利润…增加15.67% covers the half year the sentence names, not the 前7个月 its item opened with
  if (passed !== null) return passed.text;
  // the paragraph
  const k = paragraphAt(ctx, start);
  // 当日 / 当天 point back to the day the paragraph named (8月1日，…签约仪式举行。当日，梁溪区还设立…3亿元):
  // that day, not the paragraph's first topic (去年以来，…)
  if (k >= 0 && ctx.paraPeriods[k][3] !== null && ctx.paraPeriods[k][3]!.start < start && thatDay(ctx, sentence[0], start)) return ctx.paraPeriods[k][3]!.text;
  if (k >= 0) {
    for (const p of ctx.paraPeriods[k]) if (p !== null && p.start < start && !baseEndBetween(ctx, p.end, start)) return p.text;
  }
  // a —— bullet: the time its list's lead paragraph opens with, before the heading's
  if (k >= 0 && ctx.isBullet[k] && ctx.leadOpen[k] !== null) return ctx.leadOpen[k];
  // the heading above, and its outline ancestors
  const h = firstEndingAfter(ctx.headings, start) - 1;
  if (h >= 0 && ctx.headingPeriod[h] !== null) return ctx.headingPeriod[h];
  if (ctx.document !== null && start < ctx.documentEnd) return ctx.document;
  // only in an outlined text (under 一、 （一） …): a file of news items one after another is no
  // analysis whose quarter runs on
  return k > 0 && h >= 0 && ctx.headingLevels[h] <= 5 ? ctx.carried[k - 1] : null;
}

/** The last year a time word names (2017年10月 → 2017, 2020-2022年度 → 2022), or undefined. */
function yearIn(t: string | null): number | undefined {
  if (t === null) return undefined;
  let y: number | undefined;
  for (const m of t.matchAll(/(?:19|20)\d{2}/g)) y = Number(m[0]);
  return y;
}

/**
 * The year a period without one of its own (全年, 上半年, 11月) is in: the last year a time word
 * names before it in its sentence (2017年10月，…，11月以1.06亿元收购 → 2017), else its heading's
 * (全年 under 一、2025年主要工作 in a 2026 report → 2025), else undefined (the document's then).
 * Not for a day (8月10日): in news that is the day of the report, in the year it was written,
 * whatever past year the item named before. Bounded like the sentence look-back; called only for
 * such periods. The sentence only, not the paragraph: a news item is one paragraph that names
 * past years in passing.
 */
export function contextYear(ctx: PeriodContext, period: string, start: number, sentenceStart: number): number | undefined {
  if (DAY_PERIOD.test(period)) return undefined;
  const from = sentenceStart;
  const { periods } = ctx;
  for (let j = firstEndingAfter(periods, start) - 1, n = 0; j >= 0 && periods[j].start >= from && n < SENTENCE_LOOK; j--, n++) {
    const y = yearIn(periods[j].text);
    if (y !== undefined) return y;
  }
  const h = firstEndingAfter(ctx.headings, start) - 1;
  return h >= 0 ? yearIn(ctx.headingPeriod[h]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// basis

const BASIS_BY_FIRST = byCode(BASIS_RULES, ([w]) => firstCode(w));
// the first characters, as a bitmap: most characters of a text start no basis word, and a Map
// lookup for each of them was most of the search
const BASIS_FIRST = new Uint8Array(0x10000);
for (const k of BASIS_BY_FIRST.keys()) BASIS_FIRST[k] = 1;

/** The basis word ending last in text[from, to) (at one start, the longer listed first), or null. */
export function basisIn(text: string, from: number, to: number): { at: number; end: number; basis: Basis } | null {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (BASIS_FIRST[c] === 0) continue;
    const ws = BASIS_BY_FIRST.get(c)!;
    for (const [w, b] of ws) if (k + w.length <= to && text.startsWith(w, k)) return { at: k, end: k + w.length, basis: b };
  }
  return null;
}

/** Is a comparison base longer than the basis word at [at, end) (比上年12月份, not 比上年)? */
function baseBeyond(ctx: PeriodContext, at: number, end: number): boolean {
  const k = firstEndingAfter(ctx.bases, at);
  return k < ctx.bases.length && ctx.bases[k].start <= at + 1 && ctx.bases[k].end > end;
}

/** How far back in a paragraph a basis is looked for (bounded: a megabyte line costs no more). */
const BASIS_REACH = 600;

/**
 * The basis of a change (trend not null) at [from, lead): its own basis word, else none when it
 * has a comparison base of its own (比2016年全年增速高…), else the last basis stated earlier in
 * its paragraph (比上年增长5.1%。其中，城镇…增长4.3%) — only from its own sentence when that names a
 * time of its own (`sentenceStart`) — unless `carry` is false (a rate stated as a
 * level, 增速为3.3%; a contribution in points, 拉动…增长2.6个百分点). A level (no trend) has none.
 */
export function contextBasis(
  ctx: PeriodContext, trend: Trend | null, from: number, lead: number, carry = true, sentenceStart = from,
): Basis | null {
  if (trend === null) return null;
  const { text } = ctx;
  const own = basisIn(text, from, lead);
  // 比上年12月份加快0.2个百分点: compared with a month, not the year before
  if (own) return baseBeyond(ctx, own.at, own.end) ? null : own.basis;
  if (!carry) return null;
  const b = firstEndingAfter(ctx.bases, lead);
  if (b > 0 && ctx.bases[b - 1].start >= from) return null;
  const k = paragraphAt(ctx, from);
  let pStart = k >= 0 ? ctx.paraStart[k] : 0;
  // a sentence with a time of its own starts a new topic (…较年初增加200亿元。预计上半年出货量将增长20%):
  // a basis reaches it only from within the sentence
  // (not a sentence that restates the time the paragraph opened with: 全年…比上年增长5.1%。全年…增长4.3%)
  const p = firstEndingAfter(ctx.periods, lead) - 1;
  if (p >= 0 && ctx.periods[p].start >= sentenceStart && sentenceStart > pStart && !restates(ctx, k, ctx.periods[p].text, sentenceStart)) pStart = sentenceStart;
  const carried = basisIn(text, Math.max(pStart, from - BASIS_REACH), from);
  return carried && !baseBeyond(ctx, carried.at, carried.end) ? carried.basis : null;
}

/**
 * Does 当日 or 当天 stand in the sentence before `start`? Where they stand is found once per text
 * (a search per figure ran to the end of a text that had none); each figure then costs a binary search.
 */
function thatDay(ctx: PeriodContext, sentenceStart: number, start: number): boolean {
  const at = ctx.thatDayAt ??= (() => {
    const all: number[] = [];
    for (const w of THAT_DAY) for (let i = ctx.text.indexOf(w); i >= 0; i = ctx.text.indexOf(w, i + 1)) all.push(i);
    return all.sort((a, b) => a - b);
  })();
  let lo = 0, hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < start) lo = mid + 1; else hi = mid; }
  return lo > 0 && at[lo - 1] >= sentenceStart;
}

/** Starts of every match of a global regex, in order (found once per text). */
function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

/** The last of sorted positions before `start`, or -1. */
function lastBefore(at: number[], start: number): number {
  let lo = 0, hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < start) lo = mid + 1; else hi = mid; }
  return lo > 0 ? at[lo - 1] : -1;
}

/** Does paragraph k name `period` before `at` (its first topic or span, stated again)? */
function restates(ctx: PeriodContext, k: number, period: string, at: number): boolean {
  if (k < 0) return false;
  for (const q of ctx.paraPeriods[k]) if (q !== null && q.start < at && q.text === period) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// trend of a rate named as a noun

/** 比全国高0.5个百分点 → up, 比上年低0.3个百分点 → down: a difference from a base; null when none. */
export function comparedTrend(before: string): Trend | null {
  const m = COMPARED_DIFFERENCE.exec(before.length > 40 ? before.slice(-40) : before);
  return m ? (DIFFERENCE_UP.includes(m[1]) ? 'up' : 'down') : null;
}

/**
 * 年均增速4.5%, 增速达到19.8%, 跌幅扩大至1%: the last rate noun in `before` (the words governing
 * the number) gives the direction, the sign turning it (增长率-0.57% → down). Null when none.
 */
export function rateNounTrend(before: string, value: number): Trend | null {
  let best = -1;
  let t: Trend | null = null;
  for (const [w, d] of RATE_NOUNS) {
    const k = before.lastIndexOf(w);
    if (k > best) { best = k; t = d; }
  }
  if (t === null) return null;
  if (value < 0) return t === 'up' ? 'down' : 'up';
  return t;
}

/**
 * 压减时间58%、材料52%: a later member of a list (、 and a few words, no clause break, no verb of
 * its own) takes the trend of the member before it. Null when it does not continue a list.
 */
export function listTrend(
  text: string, prev: { type: string; trail: number }, m: { type: string; lead: number }, prevTrend: Trend | null,
): Trend | null {
  if (prevTrend === null || prev.type !== m.type || m.lead - prev.trail > LIST_GAP + 1) return null;
  const gap = text.slice(prev.trail, m.lead);
  // a member with a change or level of its own (、非现场检查量占比提升至70.6%) is no plain member
  return LIST_MEMBER.test(gap) && !OWN_CHANGE.some((w) => gap.includes(w)) ? prevTrend : null;
}
// A member's own noun may be as long as 专精特新“小巨人”企业 or 义务教育优质均衡发展县 (held-out work report).
const LIST_GAP = 16;
const OWN_CHANGE: readonly string[] = [...TREND_WORDS.map(([w]) => w).filter((w) => w.length > 1), ...TO_LEVEL];
const LIST_MEMBER = new RegExp(`^、[^，。；,;：:、的为是]{0,${LIST_GAP}}$`);

/** The year a title's period names (2026年 → 2026), or undefined. */
export function titleYear(period: string | null): number | undefined {
  const m = period === null ? null : /^((?:19|20)\d{2})年/.exec(period);
  return m ? Number(m[1]) : undefined;
}
