/**
 * Place names in the normalized text: provinces, cities, counties (from the gazetteer) and
 * zones (`重庆高新区`: a place's short name + a zone suffix). Found once per document by looking
 * only where a name can end (省 市 县 区 州 盟 城), so the cost is small on long texts.
 */
import { CITIES, COUNTIES, PROVINCES } from '../rules/places-data.js';
import { ZONE_SUFFIXES } from '../rules/attribution.js';
import { byCode, lastCode } from './by-code.js';

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
  for (const n of [...PROVINCES, ...CITIES, ...COUNTIES]) {
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

const END_RE = /[省市县区州盟旗城]/g;

/** All place mentions in text order. `X市级` / `X省级` is a level, not a place, and is skipped. */
export function findPlaces(text: string): Place[] {
  const [be, sl] = tables();
  const out: Place[] = [];
  END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_RE.exec(text)) !== null) {
    const e = m.index + 1;
    if (text[e] === '级') continue;
    let found: Place | null = null;
    // zones first: 重庆高新区 is more precise than a district that happens to end there
    for (const suf of ZONES_BY_LAST.get(text.charCodeAt(m.index)) ?? []) {
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
