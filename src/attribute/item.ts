/**
 * item: what a count counts, read from the clause model (clause.ts). Either the noun after the
 * measure word, up to the first word that is not content (`11家企业新设立…` → 企业,
 * `11.2万个高校毕业生就业岗位` → 高校毕业生就业岗位, `20处重点区域环境面貌显著提升` → 重点区域环境面貌), or,
 * when none follows, the content words before the number after their last verb (`实施智能化改造项目26个`
 * → 智能化改造项目, `中心城区新增机动车停车位5万余个` → 机动车停车位, `签约壁虎科技等项目47个` → 项目).
 */
import {
  ITEM_ACTIONS, ITEM_COUNT_ENDINGS, ITEM_HEADS, ITEM_LEAD_VERBS, ITEM_MODIFIER_MARKERS, ITEM_MEASURE_ENDINGS, ITEM_PROPERTIES, ITEM_SCOPE_WORDS,
  ITEM_SUBJECT_VERBS, UNIT_TAILS,
} from '../rules/items.js';
import { byCode, firstCode, lastCode, longestFirst } from './by-code.js';
import { CONTENT, Role, tokAt, tokEnd, tokRole, tokenize } from './clause.js';
import { PERIOD_RE } from './period.js';
import type { Place } from './places.js';
import { firstEndingAfter } from './spans.js';

const LEADING_PERIOD = new RegExp(`^(?:${PERIOD_RE.source})`);

const MAX_ITEM = 24;
const isRange = (s: string, a: number, e: number): boolean => e - a === 2 && (s.startsWith('以上', a) || s.startsWith('以下', a));
/** Measure words of counts: a number followed by one is another count. */
const MEASURE_CHARS = new Set([...'个家项条座台辆所户例人名只种件处套场批位支次']);
/** Does the number at k in s (digits, then 万/亿, 余/多 …) stand before a measure word? */
function countAt(s: string, k: number): boolean {
  let q = k;
  while (q < s.length && (isDigit(s.charCodeAt(q)) || s.charCodeAt(q) === 0x2e)) q++;
  if (s[q] === '万' || s[q] === '亿') q++;
  if (s[q] === '余' || s[q] === '多') q++;
  return q < s.length && MEASURE_CHARS.has(s[q]);
}

/** Digits that are part of a name (世界500强企业, 5G): a letter or a word character, not a date, follows. */
function nameDigits(s: string, k: number): boolean {
  let q = k;
  while (q < s.length && isDigit(s.charCodeAt(q))) q++;
  const c = s.charCodeAt(q);
  return q < s.length && (isLatinCode(c) || (c >= 0x4e00 && c <= 0x9fff && !'年月日至到万亿元余多'.includes(s[q])));
}
const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const MAX_ITEM_AFTER = 16;

/** ，,。；;！？!?：: and line breaks: an item never runs over them. Quotes and brackets are part of a name. */
const isHardStop = (c: number): boolean =>
  c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21
  || c === 0x3f || c === 10 || c === 0xff1a || c === 0x3a;
const SOFT_STOP_CODE = 0x3001; // 、
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isContent = (r: number): boolean => r === CONTENT || r === Role.Noun;

// Heads by first character (longest first) and by last character (in list order): one pass
// over a short phrase instead of an indexOf / lastIndexOf per head.
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

/** The head that ends last in s; of those ending there, the first listed. */
function lastHead(s: string): { at: number; end: number } | null {
  for (let e = s.length; e > 0; e--) {
    const hs = HEADS_BY_LAST.get(s.charCodeAt(e - 1));
    if (hs === undefined) continue;
    for (const h of hs) if (e >= h.length && s.startsWith(h, e - h.length)) return { at: e - h.length, end: e };
  }
  return null;
}

/** Does s end with a head noun at `end` (代表性项目|在现场)? */
function endsWithHead(s: string, end: number): boolean {
  const hs = HEADS_BY_LAST.get(s.charCodeAt(end - 1));
  if (hs !== undefined) for (const h of hs) if (end >= h.length && s.startsWith(h, end - h.length)) return true;
  return false;
}

/** Heads followed by a verb: the last one before the first verb after a list (涉及A、B重点项目落地). */
function firstHeadFromEnd(s: string): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (const h of ITEM_HEADS) {
    const k = s.lastIndexOf(h);
    if (k >= 0 && (!best || k + h.length > best.end)) best = { at: k, end: k + h.length };
  }
  return best;
}

/** Skip a bracketed note at `at` (（套）, （四板）): the index after it, or `at`. */
function skipBracket(text: string, at: number, limit: number): number {
  const c = text.charCodeAt(at);
  if (c !== 0xff08 && c !== 0x28) return at;
  const close = c === 0xff08 ? 0xff09 : 0x29;
  for (let k = at + 1; k < limit && k - at <= 12; k++) if (text.charCodeAt(k) === close) return k + 1;
  return at;
}

/** The noun after the measure word, up to the first word that is not content; null when none follows. */
function itemAfter(text: string, end: number, limit: number): { at: number; text: string } | null {
  end = skipBracket(text, end, limit);
  let at = end;
  if (text.charCodeAt(at) === 0x7684 /* 的 */) at++; // 330万台的销量预期: only a noun that ends the clause
  let b = at;
  while (b < limit && b - at < 60 && !isHardStop(text.charCodeAt(b))) b++;
  const s = text.slice(at, b);
  if (!s || /^(?:[的之左右多余0-9零一二两三四五六七八九十）)】」』（(]|以[上下内来])/.test(s)) return null;
  const marker = ITEM_MODIFIER_MARKERS.find((w) => s.startsWith(w));
  if (marker) {
    // 涉及A、B、C重点项目落地…: the counted noun is the last listed one's head.
    const n = tokenize(s);
    let stop = s.length;
    for (let k = 1; k < n; k++) if (tokRole[k] === Role.Action || tokRole[k] === Role.Reach) { stop = tokAt[k]; break; }
    const head = firstHeadFromEnd(s.slice(0, stop));
    if (head) {
      let a = head.at;
      while (a > 0 && !/[、及和与]/.test(s[a - 1])) a--;
      return { at: at + a, text: s.slice(a, head.end) };
    }
    return null;
  }
  const n = tokenize(s);
  let e = 0;
  let off = 0;
  let predicate = false;
  let stated = false;
  if (at > end) {
    // 330万台的销量预期: the whole rest, when no verb is in it
    for (let k = 0; k < n; k++) {
      const r = tokRole[k];
      if (r === Role.Reach || r === Role.Action || r === Role.Trend || r === Role.Cut) return null;
    }
    e = s.length;
  } else {
    // a verb right after the measure word opens a compound noun (十条支持措施, 3个签约项目)
    let k = 0;
    // (only before a head noun: 250余人参加开幕式 is a predicate)
    const r0 = tokRole[0];
    if (n > 1 && (r0 === Role.Action || r0 === Role.ObjectVerb || r0 === Role.Trend || r0 === Role.Bound || r0 === Role.Adverb)
      && isContent(tokRole[1]) && (r0 === Role.Bound || firstHead(s.slice(tokAt[1], tokEnd[1])) !== null)) {
      k = 1;
      if (r0 === Role.Adverb) off = tokEnd[0]; // 45户拟配套企业: the adverb is not part of the name
    }
    for (; k < n; k++) {
      const r = tokRole[k];
      const between = k > 0 && k + 1 < n && isContent(tokRole[k + 1]) && s.charCodeAt(tokAt[k + 1]) >= 0x4e00;
      // 市级以上重点项目, 中央在川科研院所: 以上 / 以下 / 在 between content words are part of the name
      // (not after a head noun: 5个代表性项目在现场签约 — 在 starts the predicate there)
      const inside = between && ((r === Role.Bound && isRange(s, tokAt[k], tokEnd[k])) || (s.charCodeAt(tokAt[k]) === 0x5728 /* 在 */ && !endsWithHead(s, tokAt[k]))
        || (r === Role.Conj && tokEnd[k] - tokAt[k] === 1 && s.charCodeAt(tokAt[k]) !== SOFT_STOP_CODE)); // 外地及团队项目
      if (!isContent(r) && !inside && !(k > 0 && r === Role.ObjectVerb)) break;
      e = tokEnd[k];
    }
    // a predicate follows with its own subject (重点区域环境面貌显著提升): the count's noun ends at its head
    predicate = k < n && (tokRole[k] === Role.Adverb || tokRole[k] === Role.Trend);
    // …or the noun is the subject of a figure (8个地方投资额超过1000亿元, 17个重点传统制造业增加值增长5.3%)
    stated = k < n && (predicate || tokRole[k] === Role.Bound || tokRole[k] === Role.Reach || tokRole[k] === Role.Basis);
  }
  for (let k = 0, quoted = false; k < e; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x201c) quoted = true; else if (c === 0x201d) quoted = false;
    // 4个重点行业12家头部企业: another count; not 世界500强企业, “1小时交通圈”
    if (c === SOFT_STOP_CODE || (!quoted && isDigit(c) && (countAt(s, k) || !nameDigits(s, k)))) { e = k; break; }
    // 四个联动平台—国际文化交流基地、…: a dash outside quotes opens the members, not more of the name
    // (“县城—中心镇—重点村”发展轴 keeps its dashes)
    if (c === 0x2014 /* — */ && !quoted && k > off) { e = k; break; }
  }
  let t = s.slice(off, Math.max(off, e));
  at += off;
  const head = firstHead(t);
  // a head with a property of it after (重点项目投资完成率): the head is what is counted
  // (or a word no list holds: 154家旅游企业加盟, 5个项目成果实现…)
  if (head && head.end < t.length && (predicate || t.length - head.end <= 2 || t.length > MAX_ITEM_AFTER
    || ITEM_MEASURE_ENDINGS.some((w) => t.endsWith(w)))) t = t.slice(0, head.end);
  else if (stated && (head === null || head.end < t.length)) t = withoutProperty(t, ITEM_PROPERTIES);
  // what is done to the counted things is not what is counted (推进7处幸福河湖建设 → 幸福河湖)
  t = withoutProperty(t, ITEM_ACTIONS);
  // the rest of a two-character unit (10万场次, 59.16万台套, 10架份): what is counted is named before
  if (t.length === 1 && UNIT_TAILS.includes(t)) return null;
  // 43台国产核心工艺装备的上线验证, 29个领域的丰厚遗产: what is counted stands before 的, unless a head
  // noun follows it (2个投资规模百亿级以上的项目)
  // (not a 的 inside a note: 城市(含城市群中的城市))
  const de = t.indexOf('的');
  if (de >= 2 && de < t.length - 1 && firstHead(t.slice(de + 1)) === null && !/[（(][^）)]*$/.test(t.slice(0, de))) t = t.slice(0, de);
  if (t.length > 2 && /[上中内]$/.test(t)) t = t.slice(0, -1); // 座谈会上: the place word is not the thing
  if (t.length > 2 && t.endsWith('从')) t = t.slice(0, -1); // 44个工改审批事项从…: 从 opens a range
  if (t.endsWith('”') && t.indexOf('“') < 0) t = t.slice(0, -1); // “13条政策”: the quote closes the name around the number
  while (t.endsWith('的')) t = t.slice(0, -1); // 十所高校的700余名…
  return t.length > 0 && t.length <= MAX_ITEM_AFTER && NAME_CHAR.test(t) ? { at, text: t } : null;
}

// long glosses inside the words before a count (人户分离人口（即居住地和户口登记地…）) say what it
// is, not its name; a short note (（四板）) is part of the name
const LONG_GLOSS = /（[^）]{7,60}）|\([^)]{7,60}\)/g;

/** The content words before the number, after their last verb; null when there are none. */
function itemBefore(text: string, start: number, clauseStart: number, heads: boolean): string | null {
  let a = start;
  while (a > clauseStart && start - a < 80) {
    const c = text.charCodeAt(a - 1);
    if (c === 0xff09 || c === 0x29) {
      // a bracket is walked over whole (its comma does not end the words)
      const o = c === 0xff09 ? 0xff08 : 0x28;
      let k = a - 2;
      while (k >= clauseStart && start - k < 80 && text.charCodeAt(k) !== o) k--;
      if (k >= clauseStart && text.charCodeAt(k) === o) { a = k; continue; }
    }
    if (c === 0x201d /* ” */) {
      // a quoted name is walked over whole (“企业认定、政府认账”授权企业: its 、 is inside the name)
      let k = a - 2;
      while (k >= clauseStart && start - k < 80 && text.charCodeAt(k) !== 0x201c) k--;
      if (k >= clauseStart && text.charCodeAt(k) === 0x201c) { a = k; continue; }
    }
    if (isHardStop(c) || c === SOFT_STOP_CODE) break;
    a--;
  }
  let s = text.slice(a, start);
  if (s.indexOf('（') >= 0 || s.indexOf('(') >= 0) s = s.replace(LONG_GLOSS, '');
  const n = tokenize(s);
  let parts = '';
  let frozen = false;
  let beforeAction = '';
  for (let k = 0; k < n; k++) {
    const r = tokRole[k];
    const w = s.slice(tokAt[k], tokEnd[k]);
    const nextContent = k + 1 < n && isContent(tokRole[k + 1]);
    // 累计投资“十强”产业项目: a verb-noun standing free before a noun is the verb
    if (r === Role.ObjectVerb && nextContent && (k === 0 || !isContent(tokRole[k - 1]))) { parts = ''; frozen = false; continue; }
    if (isContent(r) || r === Role.ObjectVerb) { if (!frozen) parts += w; continue; }
    switch (r) {
      case Role.Reach: // 就业困难人员实现就业 → 就业困难人员就业; 在 opening the words is part of them (在浙就业省外劳动力)
        if (!heads && parts === '' && w === '在' && nextContent && k + 1 < n && s.charCodeAt(tokAt[k + 1]) >= 0x4e00) parts = w;
        break;
      case Role.Cut:
        // a one-character cut only before a noun (ps5的销量将超过…, 发布规范标准等4项)
        if (!nextContent && w.length === 1 && w !== '：' && w !== ':') break;
        parts = ''; beforeAction = ''; frozen = false; break;
      case Role.Action: beforeAction = ITEM_SUBJECT_VERBS.includes(w) ? parts : ''; parts = ''; frozen = false; break;
      case Role.Trend:
        // 新增绿色工厂 → 绿色工厂 (新增全国…县 too); 流动人口增加885万人 → 流动人口
        if (contentAfter(k + 1, n)) { parts = ''; frozen = false; } else frozen = true;
        break;
      // 亿元以上重大产业项目; 国际级和全国赛事 (和 before a scope word that is part of the name)
      case Role.Adverb: case Role.Conj: case Role.Bound:
        if (parts && (nextContent || (r === Role.Conj && k + 1 < n && tokRole[k + 1] === Role.Head)) && !frozen) parts += w;
        break;
      case Role.Head:
        // a scope word after a place's short name (西藏全区完成客运量): what stands before it is the place
        if (parts.length > 0 && parts.length <= 4 && w.length === 2 && '全我本'.includes(w[0]) && isContent(tokRole[k - 1])) { if (!frozen) parts = ''; break; }
        if (!frozen) parts += w; break; // 全国重点实验室 (openers are trimmed below)
      case Role.Time: if (contentAfter(k + 1, n) && !frozen) parts = ''; break; // 2023年末全市共有…
      default: break; // bounds, basis, comparisons
    }
  }
  // a verb with nothing after it: what stands before it (省新旧动能转换基金累计设立134只)
  if (parts === '' && beforeAction !== '') parts = beforeAction;
  // a count before it in the words (从838家、56家增加到…): only what follows that count
  for (let k = parts.length - 1; k >= 0; k--) {
    if (isDigit(parts.charCodeAt(k)) && (k === 0 || !isDigit(parts.charCodeAt(k - 1))) && countAt(parts, k)) {
      let q = k;
      while (q < parts.length && !MEASURE_CHARS.has(parts[q])) q++;
      parts = parts.slice(q + 1);
      break;
    }
  }
  // a duration opens the words (近3年…): not what is counted
  let t = parts.replace(ITEM_EDGE, '').replace(LEADING_DURATION, '');
  for (const v of ITEM_LEAD_VERBS) if (t.startsWith(v) && t.length > v.length + 1) { t = t.slice(v.length); break; }
  // too long to be a name: what follows its last list mark or closing quote (“…+就业服务”职业技能培训)
  if (t.length > MAX_ITEM) {
    const cut = Math.max(t.lastIndexOf('”'), t.lastIndexOf('、'), t.lastIndexOf('和'));
    if (cut >= 0 && t.length - cut - 1 >= 2) t = t.slice(cut + 1);
  }
  if (heads) {
    // a head noun with a property after it (重点项目个数): the head; a longer name stays whole
    // (省级区域公用品牌, 妇幼保健院（所、站）)
    const head = lastHead(t);
    if (head && head.end < t.length && ITEM_MEASURE_ENDINGS.some((w) => t.endsWith(w))) t = t.slice(0, head.end);
    // how many of them, with no head listed (国家先进制造业集群总数达8个, 报告数量比上年增加4个)
    else t = withoutProperty(t, ITEM_COUNT_ENDINGS);
  }
  // the time and scope before what is counted: 2023年新登记市场主体, 年末全市常住人口
  const p = LEADING_PERIOD.exec(t);
  if (p && p[0].length < t.length) t = t.slice(p[0].length);
  for (let again = true; again; ) {
    again = false;
    for (const w of ITEM_SCOPE_WORDS) if (t.startsWith(w) && t.length > w.length) { t = t.slice(w.length); again = true; }
  }
  return t.length > 0 && t.length <= MAX_ITEM ? t : null;
}

/** Ends of the words before a count that are not part of what is counted (其中, 该, 的 …; not the 其 of 其他城市). */
const ITEM_EDGE = /^(?:其中|此外|另外|同时|目前|当前|现有|据统计|这些|我们|其(?![他余])|[的了之、和及与并而但且该这据（(）)])+|[的了之、和及与各]+$/g;

/** t without a property word that ends it (地方投资额 → 地方), when at least two characters name the thing. */
function withoutProperty(t: string, words: readonly string[]): string {
  for (const w of words) if (t.length - w.length >= 2 && t.endsWith(w)) return t.slice(0, t.length - w.length);
  return t;
}

/** An item names something: at least one CJK character or letter (not ——). */
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z]/;
function contentAfter(from: number, n: number): boolean {
  for (let k = from; k < n; k++) if (isContent(tokRole[k])) return true;
  return false;
}

const LEADING_DURATION = /^[0-9]{1,3}个?(?:年|月|天|季度)(?:来|以来)?/;

const PERSON_UNITS = new Set(['人', '人次', '名', '位']);

/** A place that opens an item (9家襄阳高新区企业 → 企业): the region, not what is counted. */
function withoutLeadingPlace(item: string, at: number, places: readonly Place[] | undefined): string {
  if (!places) return item;
  const k = firstEndingAfter(places, at);
  const p = places[k];
  if (p && p.start === at && p.end - at < item.length) return item.slice(p.end - at);
  return item;
}

const AMONG_BACK = 12;
/** Characters that make 中 the first of a word (中心 中小 中试 中学 …), not "among". */
const ZHONG_WORD_NEXT = new Set([...'心小试学药型国华央级等部西外期标长医间转层端'].map((c) => c.charCodeAt(0)));
/**
 * 在安徽省16个地市中率先构建…, 在41个工业大类当中: after 在 (at most 12 characters before the count, in its
 * clause), 中 / 当中 after the counted noun means "among" and ends it; a 中 that opens a word (中心, 中小企业) does not.
 */
function amongCut(item: string, text: string, start: number, clauseStart: number): string {
  const z = item.indexOf('中', 2);
  if (z < 0) return item;
  const lo = Math.max(clauseStart, start - AMONG_BACK);
  if (text.lastIndexOf('在', start - 1) < lo) return item;
  if (item.charCodeAt(z - 1) === 0x5f53 /* 当 */) return z - 1 >= 2 ? item.slice(0, z - 1) : item;
  return ZHONG_WORD_NEXT.has(item.charCodeAt(z + 1)) ? item : item.slice(0, z);
}

/**
 * What the count at [start, end) counts: the noun after its unit (from `after`, past bound words
 * such as 以上), else the words before it. Null when neither names anything (比上年增加885万人:
 * the caller carries the item of the count before).
 */
export function findItem(
  text: string, start: number, after: number, clauseStart: number, sentenceEnd: number, unit: string, places?: readonly Place[],
): string | null {
  const a = itemAfter(text, after, sentenceEnd);
  if (a) return withoutLeadingPlace(amongCut(a.text, text, start, clauseStart), a.at, places);
  const b = findItemBefore(text, start, clauseStart, unit);
  // 签约项目中，过50亿元1个: a sum of money before a count sizes what is counted, it is not it
  if (b !== null && MONEY_ONLY.test(b)) return null;
  return b !== null && places ? withoutPlaceBefore(b, text, start, places) : b;
}

/** Words that are only a sum of money (50亿元, 百亿元). */
const MONEY_ONLY = /^[0-9.,一二三四五六七八九十百千万亿]+(?:元|美元|港元|欧元)$/;

const PLACE_BEFORE_MAX = 40;
/**
 * A place that opens the words before a count is its region, not what is counted: 浙江省各类检验检测机构2555家
 * → 各类检验检测机构, 西藏全区客运量 → 客运量 (the scope word after it goes too). Only a place named within
 * the words (at most 40 characters back), and only when something is left.
 */
function withoutPlaceBefore(t: string, text: string, start: number, places: readonly Place[]): string {
  for (let k = firstEndingAfter(places, start - PLACE_BEFORE_MAX); k < places.length && places[k].end <= start; k++) {
    const p = places[k];
    const name = text.slice(p.start, p.end);
    if (t.length > name.length + 1 && t.startsWith(name)) {
      let r = t.slice(name.length);
      for (const w of ITEM_SCOPE_WORDS) if (r.startsWith(w) && r.length > w.length + 1) { r = r.slice(w.length); break; }
      return r;
    }
  }
  return t;
}

/** The item named before `start` only (a count in 实验室从15家跃升到38家 is counted by what precedes 从). */
export function findItemBefore(text: string, start: number, clauseStart: number, unit: string): string | null {
  // People: the whole phrase before says who (城镇人口 392.66 万人, 园区企业职工子女共计80人);
  // a head noun inside it (企业) is not what is counted.
  return itemBefore(text, start, clauseStart, !PERSON_UNITS.has(unit));
}

/** A count of people with nothing that says who: `人`. */
export const personFallback = (unit: string): string | null => (PERSON_UNITS.has(unit) ? '人' : null);

const QUALIFIER_MAX = 6;
const SET_MAX = 8;
const hasDigit = (s: string): boolean => /[0-9]/.test(s);

/**
 * `产量同比增长的有45种`: the words before 的有 qualify a set named before (纳入统计的82种工业产品中 →
 * 产量同比增长的工业产品). The qualifier, when short and without figures; null otherwise.
 */
export function qualifierBefore(text: string, start: number, clauseStart: number): string | null {
  if (start - 2 <= clauseStart || !text.startsWith('的有', start - 2)) return null;
  const q = text.slice(clauseStart, start - 2).trim();
  return q.length >= 2 && q.length <= QUALIFIER_MAX && !hasDigit(q) ? q : null;
}

/** `加仓股中，增持市值在1亿元以上的有10只`: the set a 的有 count is drawn from, named by the clause before (X中). */
export function setBefore(text: string, sentenceStart: number, clauseStart: number): string | null {
  const e = clauseStart - 1; // the comma
  if (e - 1 <= sentenceStart || text.charCodeAt(e - 1) !== 0x4e2d /* 中 */) return null;
  let a = e - 1;
  while (a > sentenceStart && e - a <= SET_MAX + 1 && !isHardStop(text.charCodeAt(a - 1))) a--;
  const t = text.slice(a, e - 1);
  return t.length >= 2 && t.length <= SET_MAX && !hasDigit(t) && (a === sentenceStart || isHardStop(text.charCodeAt(a - 1))) ? t : null;
}
