/**
 * Table vocabulary as data: what a column's header, a unit line (`单位：亿元、%`) or a row's unit
 * cell says its numbers are (SPEC "Lines, headings and tables"). A cell is a metric only when its
 * unit makes it one; every other unit (吨, 千升, 亿吨公里, 万亩, an index `以上年为100`) is a
 * measurement or something else, and its cells are not reported.
 *
 * Examples (tested in test/tables.test.ts):
 *   `%` `％` `百分点`       → percent (pp for 百分点)
 *   `亿元` `万元` `万美元`   → amount, scale 10^8 / 10^4, currency CNY / USD
 *   `万人` `家` `个` `万件` → count, scale 10^4 / 1, measure word 人 / 家 / 个 / 件
 *   `吨` `万吨` `千升` `亿吨公里` `亿人公里` `蒸发量吨` → measurement (not a metric)
 */
import { CURRENCY_SUFFIX, MEASURE_WORDS } from './units.js';

/** Scale words before a unit, as powers of ten. Longest first. */
export const TABLE_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12], ['千亿', 11], ['百亿', 10], ['十亿', 9], ['亿', 8], ['千万', 7], ['百万', 6], ['十万', 5], ['万', 4], ['千', 3], ['百', 2],
];

/** Measure words of a count in a table column (the text's list, without 类/种/次 which head other units). */
export const TABLE_COUNT_WORDS: ReadonlySet<string> = new Set(MEASURE_WORDS.filter((w) => !['类', '種', '种', '類', '次', '场', '場'].includes(w)));

/** Words of a column header that make its percent a change: its sign gives the direction. */
export const CHANGE_HEADER_WORDS: readonly string[] = ['增长', '增速', '增幅', '增减', '涨幅', '变动', '比上年', '同比', '环比', '比上月', '比年初', '下降', '降幅'];
/** Words that make a percent a share or a level: no direction (`比重（%）`, `占比`). */
export const SHARE_HEADER_WORDS: readonly string[] = ['比重', '占比', '构成', '比例', '份额', '占全'];
/** Headers (whole, spaces removed) of a column that holds each row's own unit. */
export const UNIT_COLUMN_HEADERS: ReadonlySet<string> = new Set(['单位', '计量单位', '计算单位', '单 位']);

/** What a unit string makes a column's numbers. */
export type ColumnUnit =
  | { kind: 'percent'; unit: '%' | 'pp' }
  | { kind: 'amount'; unit: string; scale: number }
  | { kind: 'count'; unit: string; scale: number }
  | { kind: 'other' };

const CURRENCIES = [...CURRENCY_SUFFIX].sort((a, b) => b[0].length - a[0].length);

/**
 * Reads one unit as written in a table (`亿元`, `万人`, `%`, `吨`), spaces ignored. Null when the
 * string is no unit at all (a header word such as `产量`), `other` when it is a unit that makes no
 * metric (a measurement, an index).
 */
export function readUnit(raw: string): ColumnUnit | null {
  // a table repeats its row units (吨, 吨, 万件 …): each string is read once
  let u = UNIT_CACHE.get(raw);
  if (u === undefined) {
    u = readUnitOnce(raw);
    if (UNIT_CACHE.size > 4096) UNIT_CACHE.clear();
    UNIT_CACHE.set(raw, u);
  }
  return u;
}

const UNIT_CACHE = new Map<string, ColumnUnit | null>();

function readUnitOnce(raw: string): ColumnUnit | null {
  const s = raw.replace(/[\s\u3000]/g, '');
  if (s === '') return null;
  if (s === '%' || s === '％' || s === '百分比') return { kind: 'percent', unit: '%' };
  if (s === '百分点' || s === '个百分点') return { kind: 'percent', unit: 'pp' };
  let scale = 0;
  let rest = s;
  for (const [w, k] of TABLE_SCALES) if (s.startsWith(w) && s.length > w.length) { scale = k; rest = s.slice(w.length); break; }
  if (rest === '元' || rest === '圆') return { kind: 'amount', unit: 'CNY', scale };
  for (const [w, code] of CURRENCIES) if (rest === w) return { kind: 'amount', unit: code, scale };
  if (TABLE_COUNT_WORDS.has(rest) || rest === '人次' || rest === '户次') return { kind: 'count', unit: rest, scale };
  // 吨, 千升, 亿吨公里, 万亩, 千瓦时, 标箱 …: a measurement; anything short with a scale is a unit too
  return { kind: 'other' };
}

/** The unit a header names: the text of its last bracket (`年末数（万人）`), or a trailing `%` (`增长%`). */
export function headerUnit(header: string): ColumnUnit | null {
  const s = header.replace(/[\s\u3000]/g, '');
  const m = /[（(]([^（）()]{1,12})[）)]$/.exec(s);
  if (m) {
    const inner = m[1];
    if (/%|％/.test(inner)) return { kind: 'percent', unit: '%' };
    // `以上年为100`, `不含农户`: a note, not a unit; a note makes the column unknown, not a measurement
    if (/\d|为|含|按|以/.test(inner)) return /指数/.test(s) ? { kind: 'other' } : null;
    return readUnit(inner);
  }
  if (/[%％]$/.test(s)) return { kind: 'percent', unit: '%' };
  if (/指数/.test(s)) return { kind: 'other' };
  return null;
}

/** The units a unit line lists: `单位：亿元、%` → [亿元, %]. Null when the line is not one. */
export function unitLineUnits(line: string): ColumnUnit[] | null {
  const m = /^[\s\u3000]*(?:计量)?单位[：:][\s\u3000]*(.{1,30}?)[\s\u3000]*$/.exec(line);
  if (!m) return null;
  const out: ColumnUnit[] = [];
  for (const part of m[1].split(/[、，,/／;；\s]+/)) {
    const u = readUnit(part);
    if (u) out.push(u);
  }
  return out.length > 0 ? out : null;
}
