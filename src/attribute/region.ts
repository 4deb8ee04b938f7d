/**
 * region: the place a metric belongs to. In order: a place named before the number in its
 * clause; before it in its sentence; after it in its clause when right next to it (9家襄阳高新区
 * 企业) or after a locative verb (落地西部科学城重庆高新区); the heading of its section; a
 * place named earlier in the same paragraph; the nearest heading above that names a place;
 * the place the document's opening lines name (its title). 全市 / 全省 stand for the
 * document's own city or province.
 */
import { LOCATIVE_VERBS, WHOLE_REGION, ZONE_SUFFIXES } from '../rules/attribution.js';
import { NATION_NAME_AFTER, NATION_WORDS, NATIONAL_BODIES, NATIONAL_BODY_REPORTS, NATIONAL_BODY_REPORT_GAP, OUR_NATION, OWN_REGION_WORDS, OWN_WORD_BASE_BEFORE } from '../rules/context.js';
import type { Place } from './places.js';
import { firstEndingAfter } from './spans.js';

// How far back in a sentence 全市 is looked for: bounded, so a sentence of a megabyte costs no more.
const WINDOW = 300;

export interface Heading { start: number; end: number }

export interface RegionContext {
  text: string;
  places: Place[];
  /** Countries named (美国, 泰国): the region of a figure in their clause, or in their sentence when the document has no place of its own. */
  countries: Place[];
  /** Areas named by what they are (中心城区): the region of a figure in their clause only. */
  areas: Place[];
  headings: Heading[];
  /**
   * What is found once per text and reused for every mention: the opening lines' place, the
   * document's first place of each level (全市 can occur in every sentence of a long report: a
   * scan each time made the run quadratic), where each 全市-like word occurs. Filled on first use.
   */
  opening?: string | null;
  firstOfLevel?: Map<string, string | null>;
  wholeAt?: number[][];
  nationAt?: number[];
  ownAt?: { start: number; end: number; level: string }[];
  bodyAt?: { start: number; end: number }[];
  own?: string | null;
  /** Where each line break is: a figure's paragraph start is looked up, not searched back for. */
  breaks?: number[];
  /** Where each word of SCOPE_WORDS occurs (starts ascending, per word): one pass for all of them. */
  scopeAt?: number[][];
}

/** The context of one text, made once for all its mentions. */
export const regionContext = (
  text: string, places: Place[], headings: Heading[], countries: Place[] = [], areas: Place[] = [],
): RegionContext => ({ text, places, headings, countries, areas });

/** Index of the last place ending at or before pos, or -1. */
const lastBefore = (places: Place[], pos: number): number => firstEndingAfter(places, pos) - 1;

function lastIn(places: Place[], from: number, to: number): Place | null {
  const k = lastBefore(places, to);
  return k >= 0 && places[k].start >= from ? places[k] : null;
}

const headingBefore = (headings: Heading[], pos: number): number => firstEndingAfter(headings, pos) - 1;

/**
 * The region of the figure at [start, end). `count`: it counts things; in a document about a
 * place of its own, 全国 before a count names a national designation of local things
 * (全国名特优新农产品44个, 全国重点实验室), not the country.
 */
export function findRegion(
  ctx: RegionContext, start: number, end: number, clause: [number, number], sentence: [number, number], count = false,
): string | null {
  const { text, places, headings } = ctx;
  // The last of: a place, a country, 全国 / 我国 opening a clause (截至去年底，全国…; not 融入全国统一
  // 大市场: 中国), an area (中心城区, in its clause only) — in the clause, else in the sentence. A country named in passing in a document
  // about a place of its own (积极应对美国加征关税影响，…外贸出口增长7.2%) counts only in the clause.
  // (我国 is always the country: 今年上半年，我国新能源汽车…累计产量突破2000万辆 in a city's news)
  let nation = lastNation(ctx, Math.max(sentence[0], start - WINDOW), start);
  if (nation >= 0 && count && ownPlaceOfDocument(ctx) !== null && !text.startsWith(OUR_NATION, nation)) nation = -1;
  const near = (from: number, foreign: boolean, areas: boolean): string | null => {
    const p = lastIn(places, from, start);
    const c = foreign ? lastIn(ctx.countries, from, start) : null;
    const a = areas ? lastIn(ctx.areas, from, start) : null;
    let best: string | null = null, at = -1;
    if (p && p.start > at) { best = p.name; at = p.start; }
    if (c && c.start > at) { best = c.name; at = c.start; }
    if (a && a.start > at) { best = a.name; at = a.start; }
    if (nation >= from && nation > at) { best = NATION; at = nation; }
    // 全市 / 我市 stand for the document's own city where they are (我市居民消费价格上涨0.5% after 全国…)
    const own = lastOwnWord(ctx, Math.max(from, start - WINDOW), start);
    if (own !== null && own.at > at) best = own.name;
    return best;
  };
  const inClause = near(clause[0], true, true);
  if (inClause) return inClause;
  const inSentence = near(sentence[0], ownPlaceOfDocument(ctx) === null, false);
  if (inSentence && !zoneOwnClause(ctx, sentence[0], clause[0], inSentence)) return inSentence;
  const whole = wholeRegion(ctx, Math.max(sentence[0], start - WINDOW), start);
  if (whole) return whole;
  if (ownPlaceOfDocument(ctx) === null && lastBody(ctx, Math.max(sentence[0], start - WINDOW), start) >= 0) return NATION;
  // after the number, in the same clause
  const k = lastBefore(places, end) + 1;
  if (k < places.length && places[k].start < clause[1]) {
    const p = places[k];
    const between = text.slice(end, p.start);
    if (between.length <= 1 || LOCATIVE_VERBS.some((v) => between.includes(v))) return p.name;
  }
  // the section: its heading block, then what the section said before the number
  let h = headingBefore(headings, start);
  const sectionStart = h >= 0 ? headings[h].start : 0;
  for (let j = h; j >= 0; j--) {
    const hp = lastIn(places, headings[j].start, headings[j].end);
    if (hp) return hp.name;
    // a block of headings: keep going up only while nothing but blank lines separates them
    if (j === 0 || text.slice(headings[j - 1].end, headings[j].start).trim() !== '') break;
  }
  // Only in the same paragraph: in a long report a city named in passing a paragraph ago is not
  // what a later figure belongs to (and a stream cut between paragraphs reads the same).
  const paragraphStart = paragraphStartAt(ctx, start);
  const inSection = lastIn(places, Math.max(sectionStart, paragraphStart), start);
  // 全国 earlier in the paragraph, after any place (1-2月份，全国…。从环比看，2月份…增长0.56%)
  // (only in a text with no place of its own: in a city's report the next sentence is the city's again)
  const nationBefore = nation >= 0 || ownPlaceOfDocument(ctx) !== null ? -1
    : lastNation(ctx, Math.max(sectionStart, paragraphStart, start - PARAGRAPH_WINDOW), start);
  if (nationBefore >= 0 && (!inSection || inSection.start < nationBefore)) return NATION;
  // likewise a national body reporting earlier in the paragraph (国家金融监督管理总局公布数据显示，
  // 上半年，…。…资金支付使用比例已超过70%: the country's, not no place at all)
  const bodyBefore = nation >= 0 || ownPlaceOfDocument(ctx) !== null ? -1
    : lastBody(ctx, Math.max(sectionStart, paragraphStart, start - PARAGRAPH_WINDOW), start);
  if (bodyBefore >= 0 && (!inSection || inSection.start < bodyBefore) && reports(text, bodyBefore)) return NATION;
  // 全省 earlier in the paragraph, after any place: the document's own (上半年，全省共实施…。其中：
  // 亿元以上项目1391个，投资增长9.6% → 吉林省, not the county a sentence before it visited)
  const ownBefore = lastOwnWord(ctx, Math.max(sectionStart, paragraphStart, start - PARAGRAPH_WINDOW), start);
  if (ownBefore !== null && (!inSection || inSection.start < ownBefore.at)) return ownBefore.name;
  if (inSection) return inSection.name;
  for (; h >= 0; h--) {
    const hp = lastIn(places, headings[h].start, headings[h].end);
    if (hp) return hp.name;
  }
  return ownPlaceOfDocument(ctx);
}

/**
 * Start of the paragraph (line) a figure at pos is in: `text.lastIndexOf('\n', pos - 1) + 1`, by
 * a binary search over the line breaks found once per text. The search back ran over the whole
 * paragraph for every figure, quadratic in a long one (a news article on one line): 5% of
 * attribution on the bench corpus.
 */
function paragraphStartAt(ctx: RegionContext, pos: number): number {
  const nl = ctx.breaks ??= lineBreaks(ctx.text);
  const from = Math.max(pos - 1, 0); // (lastIndexOf clamps a negative start to 0)
  let lo = 0, hi = nl.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (nl[mid] <= from) lo = mid + 1; else hi = mid; }
  return lo > 0 ? nl[lo - 1] + 1 : 0;
}

function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) out.push(k);
  return out;
}

/** The document's own place: its title's, else the city (province …) it calls 全市. */
function ownPlaceOfDocument(ctx: RegionContext): string | null {
  // 全市 stands for the document's city only near its start: in a file of unrelated items a 全区
  // on line 315 does not make the first city of line 58 the region of every line (held-out fewfc).
  if (ctx.own === undefined) ctx.own = openingPlace(ctx) ?? wholeRegion(ctx, 0, Math.min(ctx.text.length, OWN_WORD_SPAN));
  return ctx.own;
}

const NATION = '中国';
// How far into a document without a title place 全市 / 全省 still names the document's own place.
const OWN_WORD_SPAN = 2000;
// How far back in a paragraph 全国 is looked for: bounded like WINDOW.
const PARAGRAPH_WINDOW = 1000;

/** The last 全市 / 我市 / 全省 … in [from, to) that stands for a place the document names, or null. */
function lastOwnWord(ctx: RegionContext, from: number, to: number): { at: number; name: string } | null {
  const at = ctx.ownAt ??= (() => {
    const all: { start: number; end: number; level: string }[] = [];
    const occ = scopeWords(ctx);
    OWN_WORDS.forEach(([w, level], i) => {
      for (const k of occ[i]) if (!isBaseOwnWord(ctx.text, k)) all.push({ start: k, end: k + w.length, level });
    });
    return all.sort((a, b) => a.start - b.start);
  })();
  for (let k = firstEndingAfter(at, to) - 1; k >= 0 && at[k].start >= from; k--) {
    const name = ownPlace(ctx, at[k].level);
    if (name) return { at: at[k].start, name };
  }
  return null;
}
// After one of these (or at the start) 全国 / 我国 opens its clause: a break, or the end of a time word.
const NATION_BEFORE = '，。；：！？,;:\n年月度来底末初';

/** Start of the last 全国 / 我国 opening its clause inside [from, to), or -1. */
function lastNation(ctx: RegionContext, from: number, to: number): number {
  const at = ctx.nationAt ??= (() => {
    const starts: number[] = [];
    const occ = scopeWords(ctx);
    for (let i = 0; i < NATION_WORDS.length; i++) {
      const w = NATION_WORDS[i];
      for (const k of occ[OWN_WORDS.length + i]) {
        if ((k === 0 || NATION_BEFORE.includes(ctx.text[k - 1])) && !NATION_NAME_AFTER.some((a) => ctx.text.startsWith(a, k + w.length))) starts.push(k);
      }
    }
    return starts.sort((a, b) => a - b);
  })();
  // the last start before `to - 1` (the word must end by `to`)
  let lo = 0, hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] + 2 <= to) lo = mid + 1; else hi = mid; }
  return lo > 0 && at[lo - 1] >= from ? at[lo - 1] : -1;
}

/**
 * Does the national body at `at` report figures (国家统计局发布, 财政部公开数据显示), rather than act
 * on a company or place in passing (获中国人民银行批准)? Checked only for the paragraph's last body.
 */
function reports(text: string, at: number): boolean {
  for (const w of NATIONAL_BODIES) {
    if (text.startsWith(w, at)) return NATIONAL_BODY_REPORTS.test(text.slice(at + w.length, at + w.length + NATIONAL_BODY_REPORT_GAP));
  }
  return false;
}

/**
 * Is `name` a zone that opens an earlier clause of the sentence with a predicate of its own and
 * no figure (杭州综保区成功扩区，宁波舟山港货物吞吐量增长11.6%)? Such a clause is a news item of its
 * own: the later figure is not the zone's. A zone as a topic (重庆高新区，上半年…) or with figures
 * in its clause (…高新区实现产值1000亿元，增长8%) still gives its region.
 */
function zoneOwnClause(ctx: RegionContext, sentenceStart: number, clauseStart: number, name: string): boolean {
  if (!ZONE_SUFFIXES.some((z) => name.endsWith(z))) return false;
  const p = lastIn(ctx.places, sentenceStart, clauseStart);
  if (p === null || p.name !== name) return false;
  const { text } = ctx;
  const before = p.start === sentenceStart ? 0x3002 : text.charCodeAt(p.start - 1);
  if (!ZONE_CLAUSE_OPEN.includes(String.fromCharCode(before))) return false;
  let k = p.end;
  const stop = Math.min(clauseStart, p.end + ZONE_CLAUSE_REACH);
  if (k >= stop || CLAUSE_BREAK.includes(text[k])) return false; // a topic: 高新区，…
  for (; k < stop && !CLAUSE_BREAK.includes(text[k]); k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return false;
  }
  return k < stop;
}
const ZONE_CLAUSE_OPEN = '。，；：\n';
const CLAUSE_BREAK = '，；。';
const ZONE_CLAUSE_REACH = 40;

/** Start of the last national body (国家统计局, 财政部) named wholly inside [from, to), or -1. */
function lastBody(ctx: RegionContext, from: number, to: number): number {
  const at = ctx.bodyAt ??= (() => {
    const all: { start: number; end: number }[] = [];
    // (one pass for all the names: an indexOf pass per name was 18 over the whole text)
    const occ = occurrences(ctx.text, NATIONAL_BODIES, BODY_RE);
    NATIONAL_BODIES.forEach((w, i) => { for (const k of occ[i]) all.push({ start: k, end: k + w.length }); });
    return all.sort((a, b) => a.end - b.end);
  })();
  const k = firstEndingAfter(at, to) - 1;
  return k >= 0 && at[k].start >= from ? at[k].start : -1;
}

/** The document's own place: the first one named in its opening lines (2026年浙江省政府工作报告). */
function openingPlace(ctx: RegionContext): string | null {
  if (ctx.opening === undefined) {
    let end = 0;
    for (let n = 0; n < 3 && end < ctx.text.length; ) {
      const nl = ctx.text.indexOf('\n', end);
      const line = ctx.text.slice(end, nl < 0 ? ctx.text.length : nl);
      if (line.trim()) n++;
      end = nl < 0 ? ctx.text.length : nl + 1;
    }
    // The opening is the title and the lines under it (date, source). A first line that is a
    // sentence is no title: in a file of unrelated news lines the opening is that line alone, so
    // a city the third line names in passing is not every line's (held-out announcements: 杭州市).
    // A news item on one line keeps its line (沈阳 or 新疆 written short are found only later).
    const first = ctx.text.search(/\S/);
    const nl = first < 0 ? -1 : ctx.text.indexOf('\n', first);
    if (nl > 0 && nl < end && /[。！？]\s*$/.test(ctx.text.slice(first, nl))) end = nl;
    // (domestic places only: a news item's opening 随着…美国经济数据… names no place of its own)
    const p = ctx.places.length > 0 && ctx.places[0].end <= end ? ctx.places[0] : null;
    ctx.opening = p ? p.name : null;
  }
  return ctx.opening;
}

/** 全市 in a sentence: the document's own city, the first place with that level named in it. */
function wholeRegion(ctx: RegionContext, from: number, to: number): string | null {
  // where each word occurs, found once (a slice and a search per word for every mention was
  // 1.5% of the 20 MB profile)
  const at = ctx.wholeAt ??= WHOLE_REGION.map((_, w) => scopeWords(ctx)[w].filter((k) => !isBaseOwnWord(ctx.text, k)));
  for (let w = 0; w < WHOLE_REGION.length; w++) {
    const [word, level] = WHOLE_REGION[w];
    // an occurrence lying wholly inside [from, to)
    const starts = at[w];
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < from) lo = mid + 1; else hi = mid; }
    if (lo === starts.length || starts[lo] + word.length > to) continue;
    const own = ownPlace(ctx, level);
    if (own) return own;
  }
  return null;
}

/** The words for a whole place or the country: 全市 … (WHOLE_REGION first), 我市 …, then 全国 / 我国. */
const OWN_WORDS = [...WHOLE_REGION, ...OWN_REGION_WORDS];
const SCOPE_WORDS: readonly string[] = [...OWN_WORDS.map(([w]) => w), ...NATION_WORDS];
// One alternation of the words (literals only: linear): the regex skips to the few places one
// stands, where each word is then checked (a class of their first characters stopped at every 全
// of 安全 and 全面, as often as the 14 indexOf passes cost).
const SCOPE_RE = alternation(SCOPE_WORDS);
const BODY_RE = alternation(NATIONAL_BODIES);

/** A global regex matching any of the words (literals, escaped). */
function alternation(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/**
 * Every occurrence of every word of SCOPE_WORDS (overlaps included: what an indexOf loop per word
 * finds), in one pass over the text, found on first use. The 14 indexOf passes over the whole
 * text (one per word, each made again for 全市 …) were ~2% of a 20 MB run.
 */
const scopeWords = (ctx: RegionContext): number[][] => ctx.scopeAt ??= occurrences(ctx.text, SCOPE_WORDS, SCOPE_RE);

/** Where each of `words` starts in text (ascending per word, overlaps included), by one pass of `re` (their alternation). */
function occurrences(text: string, words: readonly string[], re: RegExp): number[][] {
  const out: number[][] = words.map(() => []);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // every word starting here, and the search goes on from the next character (overlaps)
    const k = m.index;
    re.lastIndex = k + 1;
    for (let w = 0; w < words.length; w++) if (text.startsWith(words[w], k)) out[w].push(k);
  }
  return out;
}

/** 占全省…总数的52%, 高于全省5.2个百分点: 全省 there is the whole the figure is compared with, not its place. */
const isBaseOwnWord = (text: string, k: number): boolean => k > 0 && OWN_WORD_BASE_BEFORE.includes(text[k - 1]);

/** The document's first place of a level (市, 省 …). */
function ownPlace(ctx: RegionContext, level: string): string | null {
  const m = ctx.firstOfLevel ??= new Map();
  if (!m.has(level)) m.set(level, ctx.places.find((x) => x.name.endsWith(level))?.name ?? null);
  return m.get(level)!;
}
