/**
 * period: the time expression that scopes a sentence (今年上半年, 2024年7月, 全年, 一季度,
 * 2023年以来), as written; and period_norm (2024H1, 2024-07, 2024, 2024Q1) when the year is known.
 */

import { COMPARISON_MARKS, DATE_OF_OTHER, FROM_BASE_AFTER, FROM_MARK, PERIOD_EXTRA, POINT_PERIOD, RECORD_AFTER } from '../rules/context.js';
import { firstCharScanner } from './first-chars.js';

// One alternation of fixed pieces with bounded digit runs: linear, no nested quantifiers.
const Q = '[一二三四1-4]季度';
// A day may open a span of days (7月20日—23日, 1月3日至2018年4月17日): one time word, not its first day.
const DAY_TAIL = `[-—~至到](?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?\\d{1,2}日`;
const PART = `\\d{1,2}[-—~至到]\\d{1,2}月(?:份)?|\\d{1,2}月(?:份|底|末|初|上旬|中旬|下旬)?(?:\\d{1,2}日(?:${DAY_TAIL})?)?|第?${Q}|前[一二三1-3]季度|前\\d{1,2}个?月|前[一二三四五六七八九十]{1,3}个月|上半年|下半年|全年|年底|年末|年初|年中`;
// A year written without 年 only before a part that is not a number (2023上半年, 2023一季度):
// a bare 2023 is a figure, and 20231月 is nothing one can read.
const WORD_PART = `上半年|下半年|全年|年底|年末|年初|年中|第?[一二三四]季度|前[一二三]季度`;
// A span of years (2023年到2025年, 2019-2022年) before a single year, which it starts with.
const YEARS = `(?:19|20)\\d{2}年?[-—~至到](?:19|20)\\d{2}年`;
export const PERIOD_RE = new RegExp(
  `(?:${YEARS}|(?:19|20)\\d{2}年(?:${PART})?|(?:19|20)\\d{2}(?:${WORD_PART})|(?:今年|去年|前年|明年|上年|本年|当年|同年)(?:${PART})?|${PART}|近年来|近几年|近年)(?:以来)?`,
  'g',
);

export interface PeriodMention { start: number; end: number; text: string }

/**
 * A time word as the context attributes read it: `base` when it is what a change is compared
 * with (比年初, 较上半年), `other` when it dates something else (1月28日晚间公告, 4月交割的黄金),
 * `point` when it is a moment (年末, 3月末, 1月17日) rather than a span (全年, 一季度, 过去五年).
 */
export interface ContextPeriod extends PeriodMention { base: boolean; other: boolean; point: boolean }

// The core pattern with the words of PERIOD_EXTRA first (过去五年 before 五年, 去年底 before 去年),
// and 季度末 / 2015年同期 / 2023年末 as one word.
const CONTEXT_RE = new RegExp(
  `(?:${PERIOD_EXTRA}|(?:19|20)\\d{2}年(?:同期|末|底|初(?!步))|(?:上年|去年)同期|(?:第?${Q}|前[一二三1-3]季度)(?:末|初)|${PERIOD_RE.source.slice(3)}`,
  'g',
);
// Tried only where a time word can start (first-chars.ts): the plain exec loop was ~10% of a
// 20 MB run. (PERIOD_RE measured faster as it is: V8 already skips well over its fewer words.)
const nextContext = firstCharScanner(CONTEXT_RE);

const TITLE_MARK = /[《》\n]/g;

/** Every time word of the text for the context attributes, in text order, classified. */
export function findContextPeriods(text: string): ContextPeriod[] {
  const out: ContextPeriod[] = [];
  let m: RegExpExecArray | null;
  // inside 《…》 (one pass along with the matches): a time word in a cited title dates that
  // document, not the figures (《关于2022年度…的审计工作报告》 then 2020-2022年度…1.31亿元)
  // (the marks 《 》 and line breaks are found by a regex and walked along with the matches: a
  // JavaScript loop over every character between them cost ~5 ns a character)
  let inTitle = false;
  TITLE_MARK.lastIndex = 0;
  let mark = TITLE_MARK.test(text) ? TITLE_MARK.lastIndex - 1 : -1;
  for (let from = 0; (m = nextContext(text, from)) !== null; ) {
    const t = m[0];
    const at = m.index;
    from = at + t.length;
    for (; mark >= 0 && mark < at; mark = TITLE_MARK.test(text) ? TITLE_MARK.lastIndex - 1 : -1) {
      inTitle = text.charCodeAt(mark) === 0x300a /* 《 */; // 》 and a line break close it
    }
    const before = text.charCodeAt(at - 1);
    // 个月 is a duration; 1月 after a digit is part of something else (a code, a date range)
    if (before === 0x4e2a /* 个 */ || (before >= 0x30 && before <= 0x39)) continue;
    const year = t.charCodeAt(0) >= 0x30 && t.charCodeAt(0) <= 0x39;
    const base = (at > 0 && COMPARISON_MARKS.includes(text[at - 1]))
      // the second of two bases: 增速比同期和去年全年均有提升
      || (at > 0 && '和及、'.includes(text[at - 1]) && /[比较][^，。；,;]{0,8}$/.test(text.slice(Math.max(0, at - 10), at - 1)))
      // 比上年 / 较去年同期 spelled without the mark before 同期 only (上年同期归属于… is a level of last year)
      || (!year && /^(上年|去年|前年)$/.test(t) && text.startsWith('同期', at + t.length))
      // 从2020年的10.5万元提高到…: the starting point of a change
      || (at > 0 && text[at - 1] === FROM_MARK && text[at + t.length] === FROM_BASE_AFTER);
    const next = text.slice(at + t.length, at + t.length + 4);
    const other = inTitle || DATE_OF_OTHER.test(next) || (t.endsWith('来') && RECORD_AFTER.test(next));
    out.push({ start: at, end: at + t.length, text: t, base, other, point: POINT_PERIOD.test(t) });
  }
  return out;
}

export function findPeriods(text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  PERIOD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERIOD_RE.exec(text)) !== null) {
    const t = m[0];
    // 1月 alone next to a number is a duration or part of a date range handled elsewhere;
    // 个月 is a duration, never a period
    if (text[m.index - 1] === '个' || /\d/.test(text[m.index - 1] ?? '')) continue;
    // 比上年 / 较去年同期 is the basis of a comparison, not the time the number covers
    if (/^(上年|去年|前年)$/.test(t) && (/[比较于]/.test(text[m.index - 1] ?? '') || text.startsWith('同期', m.index + t.length))) continue;
    // 第三季度 is a period only when followed by non-ordinal text; fine as is
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

const CN_DIGIT: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const CN_DIGIT_PLAN: Record<string, number> = { '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/**
 * Does a year stand in the document's first three lines (any, even one named in passing)? Such a
 * text gets the period_norm field (README: "only with --year, or a year in the text"), whatever
 * year documentYear settles on.
 */
export function statesYear(text: string): boolean {
  return openingLines(text, 3).some((l) => /(?:19|20)\d{2}年/.test(l));
}

/** The first `max` non-blank lines of a text, found without splitting the whole text. */
function openingLines(text: string, max: number): string[] {
  const out: string[] = [];
  for (let at = 0; out.length < max && at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const l = text.slice(at, nl);
    at = nl + 1;
    if (l.trim()) out.push(l);
  }
  return out;
}

/** The year a document speaks of, from its title or first lines: 2023 年周口市…统计公报. */
export function documentYear(text: string): number | undefined {
  // The first three non-blank lines. A line that holds a sentence is body text, not a title: a
  // news item on one line names past years in passing (人民网上海7月27日电…2015年…), a file of
  // news lines opens with one line's own date (2018年10月，据外媒报道…). Such a line gives a year only when it opens on one as its topic
  // (2022年，面对…: a communiqué without a title), and ends the search.
  const lines: string[] = [];
  for (const l of openingLines(text, 3)) {
    if (/[。！？]/.test(l)) {
      const topic = /^\s*((?:19|20)\d{2})年[，,]/.exec(l);
      if (topic) lines.push(topic[0]);
      break;
    }
    lines.push(l);
  }
  const head = lines.join('\n');
  // not a comparison base (增速较2022年全年回升: a news item of 2023 about its first half)
  const m = /(?<![比较与同])((?:19|20)\d{2})年(?!同期)/.exec(head);
  return m ? Number(m[1]) : undefined;
}

/**
 * Periods that count from when the text was written (今年, 去年底): their year is the document's,
 * whatever year the paragraph around them names. Others without a year of their own (全年,
 * 上半年, 11月, 同年) are in the year their context names (contextYear in context.ts).
 */
export const FROM_NOW = /^(?:今年|本年|去年|上年|前年|明年)/;

/** period → ISO-like form, given the document's year. Null when it cannot be pinned down. */
export function normalizePeriod(p: string, year: number | undefined): string | null {
  const span = /^((?:19|20)\d{2})年?[-—~至到]((?:19|20)\d{2})年(以来)?$/.exec(p);
  if (span) return `${span[1]}/${span[2]}`;
  let y = year;
  let rest = p;
  const ym = /^((?:19|20)\d{2})年?/.exec(p);
  if (ym) { y = Number(ym[1]); rest = p.slice(ym[0].length); }
  else if (/^(今年|本年|当年|同年)/.test(p)) rest = p.slice(2);
  else if (/^(去年|上年)/.test(p)) { y = y === undefined ? undefined : y - 1; rest = p.slice(2); }
  else if (p.startsWith('前年')) { y = y === undefined ? undefined : y - 2; rest = p.slice(2); }
  else if (p.startsWith('明年')) { y = y === undefined ? undefined : y + 1; rest = p.slice(2); }
  if (y === undefined) return null;
  const since = rest.endsWith('以来');
  if (since) rest = rest.slice(0, -2);
  let out: string | null;
  if (rest === '' || rest === '全年' || rest === '年底' || rest === '年末' || rest === '底' || rest === '末' || rest === '度') out = String(y); // 去年底, 2023年度
  else if (/^第?[一二三四1-4]季度末$/.test(rest)) out = `${y}Q${CN_DIGIT[rest.replace('第', '')[0]]}`; // 一季度末: the quarter's end
  else if (rest === '上半年') out = `${y}H1`;
  else if (rest === '下半年') out = `${y}H2`;
  else if (/^第?[一二三四1-4]季度$/.test(rest)) out = `${y}Q${CN_DIGIT[rest.replace('第', '')[0]]}`;
  else if (/^前[一二三1-3]季度$/.test(rest)) out = `${y}Q1/${y}Q${CN_DIGIT[rest[1]]}`;
  else {
    const mm = /^(\d{1,2})月(?:份|底|末|初|上旬|中旬|下旬)?$/.exec(rest);
    const day = /^(\d{1,2})月(\d{1,2})日$/.exec(rest); // 2019年9月30日 → 2019-09-30
    // 7月20日—23日 → 2023-07-20/2023-07-23; 1月3日至2018年4月17日 → 2018-01-03/2018-04-17
    const days = /^(\d{1,2})月(\d{1,2})日[-—~至到](?:((?:19|20)\d{2})年)?(?:(\d{1,2})月)?(\d{1,2})日$/.exec(rest);
    const range = /^(\d{1,2})[-—~至到](\d{1,2})月(?:份)?$/.exec(rest);
    const first = /^前(\d{1,2})个?月$/.exec(rest);
    if (mm) out = `${y}-${mm[1].padStart(2, '0')}`;
    else if (day) out = `${y}-${day[1].padStart(2, '0')}-${day[2].padStart(2, '0')}`;
    else if (days) {
      const y2 = days[3] ?? String(y);
      out = `${y}-${days[1].padStart(2, '0')}-${days[2].padStart(2, '0')}/${y2}-${(days[4] ?? days[1]).padStart(2, '0')}-${days[5].padStart(2, '0')}`;
    }
    else if (first) out = `${y}-01/${y}-${first[1].padStart(2, '0')}`;
    else if (range) out = `${y}-${range[1].padStart(2, '0')}/${y}-${range[2].padStart(2, '0')}`;
    else out = null;
  }
  // “十四五”时期: the five years of the 14th five-year plan, 2021–2025 (from the third plan, 1966–1970,
  // on, plan n starts in 1966 + 5 × (n − 3))
  const plan = /^“?十([一二三四五六七八九])五”?(?:时期|期间)$/.exec(p);
  if (plan) { const from = 1966 + 5 * (10 + CN_DIGIT_PLAN[plan[1]] - 3); return `${from}/${from + 4}`; }
  // 2023年以来: from then on, an open interval in ISO 8601-2 notation
  if (out && since && !/^(今年|本年)/.test(p)) return `${out}/..`;
  return out;
}
