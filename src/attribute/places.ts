/**
 * Place names in the normalized text: provinces, cities, counties (from the gazetteer) and
 * zones (`重庆高新区`: a place's short name + a zone suffix). Found once per document by looking
 * only where a name can end (省 市 县 区 州 盟 城), so the cost is small on long texts.
 */
import { CITIES, COUNTIES, PROVINCES } from '../rules/places-data.js';
import { ZONE_SUFFIXES } from '../rules/attribution.js';
import { byCode, lastCode } from './by-code.js';
import { AREA_WORDS, COUNTRIES, NAME_BREAK_CHARS, ORG_SPAN, ORG_SUFFIXES, PARTNER_MARKS } from '../rules/context.js';

export interface Place { start: number; end: number; name: string }

const ADMIN_SUFFIX = /(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|地区|省|市|县|区|盟|州|旗)$/;

// Keyed by character codes: a key string sliced out of the text per candidate end, and hashed,
// was a good part of findPlaces' time (a candidate for every 省 市 县 区 … of a news text).
let byEnding: Map<number, string[]> | null = null;   // last two chars (a code pair) → full names ending so
let shortByLast: Map<number, string[]> | null = null; // last char → short names (重庆, 珠海)
const pairKey = (s: string, e: number) => s.charCodeAt(e - 2) * 0x10000 + s.charCodeAt(e - 1);
/** Zone suffixes by their last character, in list order (most candidate ends are none of them). */
const ZONES_BY_LAST = byCode(ZONE_SUFFIXES, lastCode);

function tables(): [Map<number, string[]>, Map<number, string[]>] {
  if (byEnding && shortByLast) return [byEnding, shortByLast];
  const be = new Map<number, string[]>();
  const sl = new Map<number, string[]>();
  const addShort = (s: string) => {
    if (s.length < 2) return;
    const k = s.charCodeAt(s.length - 1);
    const l = sl.get(k) ?? [];
    if (!l.includes(s)) l.push(s);
    sl.set(k, l);
  };
  for (const n of [...PROVINCES, ...CITIES, ...COUNTIES, ...prefectureShortForms()]) {
    const k = pairKey(n, n.length);
    const l = be.get(k) ?? [];
    l.push(n);
    be.set(k, l);
  }
  for (const n of [...PROVINCES, ...CITIES]) addShort(n.replace(ADMIN_SUFFIX, ''));
  // longest first, so 呼和浩特 wins over a shorter name ending the same way
  for (const l of be.values()) l.sort((a, b) => b.length - a.length);
  for (const l of sl.values()) l.sort((a, b) => b.length - a.length);
  byEnding = be; shortByLast = sl;
  return [be, sl];
}

// Peoples named in the names of autonomous prefectures, longest first (蒙古族 before 蒙古).
const PEOPLES = ['柯尔克孜', '朝鲜族', '土家族', '布依族', '哈尼族', '景颇族', '傈僳族', '蒙古族', '哈萨克', '苗族', '藏族', '羌族',
  '彝族', '侗族', '壮族', '傣族', '白族', '回族', '蒙古'];

/**
 * 黔东南苗族侗族自治州 is written 黔东南州 (SPEC: the region as the document writes it): each
 * autonomous prefecture's name without its peoples and 自治, as a name of its own.
 */
function prefectureShortForms(): string[] {
  const out: string[] = [];
  for (const n of CITIES) {
    if (!n.endsWith('自治州')) continue;
    let base = n.slice(0, -3);
    for (let again = true; again; ) {
      again = false;
      for (const p of PEOPLES) if (base.length > p.length + 1 && base.endsWith(p)) { base = base.slice(0, -p.length); again = true; break; }
    }
    if (base.length >= 2 && base !== n.slice(0, -3)) out.push(base + '州');
  }
  return out;
}

const END_RE = /[省市县区州盟旗城]/g;

/** All place mentions in text order. `X市级` / `X省级` is a level, not a place, and is skipped. */
export function findPlaces(text: string): Place[] {
  const [be, sl] = tables();
  const out: Place[] = [];
  END_RE.lastIndex = 0;
  // test() and lastIndex, not exec(): no match array for each of the many 市 区 县 of a text
  while (END_RE.test(text)) {
    const e = END_RE.lastIndex;
    // (e < length: a charCodeAt out of range, at a name ending the text, threw the optimized code away)
    if (e < text.length && text.charCodeAt(e) === 0x7ea7 /* 级 */) continue;
    let found: Place | null = null;
    // zones first: 重庆高新区 is more precise than a district that happens to end there
    for (const suf of ZONES_BY_LAST.get(text.charCodeAt(e - 1)) ?? []) {
      const s = e - suf.length;
      if (s < 2 || !text.startsWith(suf, s)) continue;
      for (const short of sl.get(text.charCodeAt(s - 1)) ?? []) {
        if (text.startsWith(short, s - short.length)) { found = { start: s - short.length, end: e, name: short + suf }; break; }
      }
      if (found) break;
    }
    if (!found) {
      for (const n of (e >= 2 ? be.get(pairKey(text, e)) : undefined) ?? []) {
        if (e - n.length >= 0 && text.startsWith(n, e - n.length)) { found = { start: e - n.length, end: e, name: n }; break; }
      }
    }
    if (!found) continue;
    // a longer name may overlap the previous one (浙江省杭州市 → both; 重庆市 inside 重庆高新区 never ends here)
    const last = out[out.length - 1];
    if (last && found.start < last.end) {
      if (found.end - found.start > last.end - last.start) out[out.length - 1] = found;
      continue;
    }
    out.push(found);
  }
  return out;
}

/**
 * The places a figure may belong to: the gazetteer's places that are not part of an
 * organization's name (无锡市市政设施建设工程有限公司, 中国银行广州开发区分行); and, apart, the
 * countries named (韩国, 泰国) and areas named by what they are (中心城区), which region.ts weighs
 * differently. All sorted by position.
 */
export function regionPlaces(text: string, places: Place[]): { places: Place[]; countries: Place[]; areas: Place[] } {
  const kept: Place[] = [];
  for (const p of places) if (!inOrgName(text, p.end)) kept.push(p);
  const out = dropPartners(text, kept);
  const countries: Place[] = [];
  // by first character (a regex alternation of 60 names was a third of a second on 20 MB)
  const [first, byFirst] = countryTables();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (first[c] === 0) continue;
    for (const name of byFirst.get(c)!) {
      if (!text.startsWith(name, i)) continue;
      const end = i + name.length;
      if (!inOrgName(text, end)) countries.push({ start: i, end, name });
      i = end - 1;
      break;
    }
  }
  return { places: out, countries: dropPartners(text, countries), areas: areasOf(text) };
}

/**
 * Without the places named as a partner or destination (对东盟、欧盟、俄罗斯进出口增长8.5%、6.8%和80.9%,
 * 赴银川市对接): right after 对 / 向 / 赴 …, or listed with 、 after one that is. The figure is the
 * trading or travelling place's (held-out news: 山东 …对俄罗斯进出口增长80.9% → 山东省).
 */
function dropPartners(text: string, places: Place[]): Place[] {
  const out: Place[] = [];
  for (const p of places) if (!isPartner(text, p.start)) out.push(p);
  return out;
}

const LIST_JOIN = '、和及';
/** How far back a list of partners (对东盟、欧盟、俄罗斯) is followed to its mark, and how long a member may be. */
const PARTNER_SPAN = 24;
const PARTNER_MEMBER = 8;

/** Does the name starting at `start` stand right after 对 / 向 …, or in a 、 list opened by one? */
function isPartner(text: string, start: number): boolean {
  if (start === 0) return false;
  if (PARTNER_MARKS.includes(text[start - 1])) return true;
  if (!LIST_JOIN.includes(text[start - 1])) return false;
  // back over list members (short, no clause punctuation) to the mark that opens the list
  let member = 0;
  for (let k = start - 2; k >= 0 && k >= start - PARTNER_SPAN; k--) {
    const c = text[k];
    if (PARTNER_MARKS.includes(c)) return member > 0;
    if (LIST_JOIN.includes(c)) { member = 0; continue; }
    if ('，。；：,;:！？\n'.includes(c) || ++member > PARTNER_MEMBER) return false;
  }
  return false;
}

/** Areas named by what they are (中心城区), in text order. */
// one pass of a literal alternation (an indexOf pass per word was four times the time)
const AREA_RE = new RegExp(AREA_WORDS.join('|'), 'g');
function areasOf(text: string): Place[] {
  const out: Place[] = [];
  AREA_RE.lastIndex = 0;
  for (let m = AREA_RE.exec(text); m !== null; m = AREA_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  return out;
}

// 中国 is left out: it begins too many names and set phrases (中国特色, 中国人民银行); 全国 and
// 我国 stand for it (region.ts). Longest first at one first character.
let countryFirst: Uint8Array | null = null;
let countryByFirst: Map<number, string[]> | null = null;
function countryTables(): [Uint8Array, Map<number, string[]>] {
  if (!countryFirst || !countryByFirst) {
    const names = COUNTRIES.filter((c) => c !== '中国').sort((a, b) => b.length - a.length);
    countryByFirst = byCode(names, (n) => n.charCodeAt(0));
    countryFirst = new Uint8Array(0x10000);
    for (const k of countryByFirst.keys()) countryFirst[k] = 1;
  }
  return [countryFirst, countryByFirst];
}

/** Does an organization's suffix (公司, 银行, 研究院 …) follow the place ending at `end` within its name? */
function inOrgName(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + ORG_SPAN);
  let k = end;
  const isBreak = breaks();
  while (k < stop && isBreak[text.charCodeAt(k)] !== 1) k++;
  if (k === end) return false;
  // a suffix ends at some j in (end, k]: look it up by its last character
  const bySuffixLast = orgTable();
  for (let j = end + 1; j <= k; j++) {
    const ws = bySuffixLast.get(text.charCodeAt(j - 1));
    if (ws) for (const w of ws) if (j - w.length >= end && text.startsWith(w, j - w.length)) return true;
  }
  return false;
}
// a byte table by code: this is read for every character after every place of a text
let breakCodes: Uint8Array | null = null;
const breaks = (): Uint8Array => breakCodes ??= (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of NAME_BREAK_CHARS) t[ch.charCodeAt(0)] = 1;
  return t;
})();
let orgByLast: Map<number, string[]> | null = null;
const orgTable = (): Map<number, string[]> => orgByLast ??= byCode(ORG_SUFFIXES, lastCode);
