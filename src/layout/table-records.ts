/**
 * Table cells → metric figures (SPEC "Lines, headings and tables"). Pure: a block found by
 * `findTables` in, one figure per metric cell out, with offsets into the same text.
 *
 * - A column's unit comes from its header (`比上年增长（%）`, `年末数（万人）`, `增长%`), else the
 *   row's unit cell under a `单位` header (`万件` makes counts, `吨` measurements), else the unit
 *   line (`单位：亿元、%`: percent for change and share columns, the other unit for the rest).
 * - A cell is a figure only when that unit is a percent, a currency or a count's measure word.
 * - indicator (item for counts) is the row's label, `Parent·child` for sub-rows (`#`, `其中：`,
 *   `在总计中：`, or indented under the row above); a bare 总计/合计 row is the caption's subject.
 * - trend from the sign in a change column (none for 0 and for shares), basis from the header or
 *   caption (`比上年` → yoy), period from the column's header or the caption (`2023年末`).
 */
import type { Basis, MetricType, Trend } from '../types.js';
import { basisOf } from '../attribute/trend.js';
import { PERIOD_RE, findPeriods } from '../attribute/period.js';
import { shiftDecimal } from '../numbers/decimal.js';
import {
  CHANGE_HEADER_WORDS, SHARE_HEADER_WORDS, UNIT_COLUMN_HEADERS, headerUnit, readUnit, unitLineUnits,
  type ColumnUnit,
} from '../rules/table-units.js';
import { NUMERIC_CELL, type TableBlock, type TableCell, type TableRow } from './tables.js';

/** One metric cell, ready to become a record (region is the document's: the caller adds it). */
export interface TableFigure {
  type: MetricType;
  /** UTF-16 offsets of the cell in the text. */
  start: number;
  end: number;
  value: number;
  unit: string;
  trend: Trend | null;
  basis: Basis | null;
  indicator: string | null;
  item: string | null;
  period: string | null;
  /** The row as written, white space runs collapsed: the record's `sentence`. */
  sentence: string;
  /** The caption, for the region (the caller decides: a place in it, else the document's). */
  caption: string | null;
  /** The row's own place when its label is one (`川汇区` in a table of counties), else null. */
  region: string | null;
}

interface Column {
  header: string;
  col: number;
  end: number;
  unit: ColumnUnit | null;
  isUnitColumn: boolean;
  change: boolean;
  share: boolean;
  basis: Basis | null;
  period: string | null;
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
/** The caption without its number (`表1   2023 年末…` → `2023年末…`): squeezed, 表1 and 2023 would touch. */
const CAPTION_NUMBER = /^[\s\u3000]*(?:附?表|Table)[\s\u3000]*[0-9一二三四五六七八九十]{1,3}(?:[-－.．][0-9]{1,2})?[:：、.．]?/;
const captionText = (caption: string) => squeeze(caption.replace(CAPTION_NUMBER, ''));
const has = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/** Row markers of a sub-row, and of a sub-row of the table's total. */
const SUB_MARK = /^(?:#|＃|\*|其中[：:]?|其\s*中[：:]|内[：:])/;
const TOTAL_MARK = /^(?:在总计中|在合计中|总计中)[：:]?/;
const TOTAL_LABEL = /^(?:总计|合计|总值|全市合计|全省合计|全部|总体|全市|全省|全国|全县|全区)$/;
const OUTLINE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;
/** Region and period words that open a label: 全市常住人口 → 常住人口. */
const LABEL_PREFIX = /^(?:全市|全省|全县|全区|全州|全国|本市|本省|我市|我省|(?:19|20)\d{2}年(?:末|底|初)?|年末|年底|年初|全年)+/;

const PERIODS_G = new RegExp(PERIOD_RE.source, 'g');

/** The caption's subject: `表4 2023年周口市固定资产投资增速` → 固定资产投资 (for 总计 rows). */
export function captionSubject(caption: string | null, places: (s: string) => string[]): string | null {
  if (caption === null) return null;
  let s = captionText(caption);
  s = s.replace(PERIODS_G, '');
  for (const p of places(s)) s = s.replace(p, '');
  s = s.replace(LABEL_PREFIX, '');
  for (let k = 0; k < 3; k++) {
    s = s.replace(/(?:主要)?(?:指标|情况|统计|构成|数据)$/, '').replace(/(?:及其?|和)?(?:增速|增长速度|增长|增幅|变动|构成|产量|数量)$/, '').replace(/[及和与、]$/, '');
  }
  s = s.replace(/^(?:主要)/, '').replace(/^(?:各|分)[县市区省州乡镇][（(]?[市区县、]*[）)]?/, '');
  return s.length > 0 ? s : null;
}

function cleanLabel(raw: string, places: (s: string) => string[]): string {
  let s = squeeze(raw).replace(TOTAL_MARK, '').replace(SUB_MARK, '').replace(OUTLINE, '');
  const cut = s.replace(LABEL_PREFIX, '');
  if (cut.length > 0) s = cut;
  const p = places(s);
  if (p.length > 0 && s.startsWith(p[0]) && s.length > p[0].length) s = s.slice(p[0].length);
  return s;
}

/** The first period of a caption or header (`2023年末`); a comparison base (`比上年`) is none. */
function periodIn(s: string): string | null {
  const m = findPeriods(s)[0];
  if (m === undefined) return null;
  let p = m.text;
  const after = s.charAt(m.end);
  if (/年$/.test(p) && /[末底初]/.test(after)) p += after;
  return p;
}

/** A header's part of a year (`年末数` → 年末) takes the caption's year: 2023年末. */
function withYear(part: string | null, caption: string | null): string | null {
  if (part === null || caption === null || /\d{4}/.test(part)) return part;
  if (caption.endsWith(part)) return caption;
  const y = /^(?:19|20)\d{2}年/.exec(caption);
  if (y && part === '全年') return y[0];
  return y ? y[0] + part.replace(/^年/, '') : part;
}

function columnsOf(block: TableBlock): Column[] {
  const cap = block.caption === null ? '' : captionText(block.caption);
  const capBasis = basisOf(cap);
  const capPeriod = periodIn(cap);
  const lineUnits = block.unitLine === null ? null : unitLineUnits(block.unitLine);
  const cols: Column[] = [];
  const cells = block.header?.cells ?? [];
  // A header that leaves the label column blank (`        2023年    2022年` over `地区生产总值  3497
  // 3300`): every header cell is a value column, so an empty label column is put before them.
  if (block.sep === 'space' && cells.length > 0 && blankLabelColumn(block, cells[0].col)) {
    cols.push({ header: '', col: 0, end: 0, unit: null, isUnitColumn: false, change: false, share: false, basis: null, period: null });
  }
  for (let i = 0; i < cells.length; i++) {
    const h = squeeze(cells[i].text);
    const change = has(h, CHANGE_HEADER_WORDS);
    const share = has(h, SHARE_HEADER_WORDS);
    let unit = headerUnit(h);
    if (unit === null && lineUnits !== null) {
      const pct = lineUnits.find((u) => u.kind === 'percent');
      const other = lineUnits.find((u) => u.kind !== 'percent');
      if (lineUnits.length === 1) unit = lineUnits[0];
      else if ((change || share) && pct) unit = pct;
      else if (other) unit = other;
    }
    cols.push({
      header: h, col: cells[i].col, end: cells[i].col + (cells[i].end - cells[i].start), unit,
      isUnitColumn: UNIT_COLUMN_HEADERS.has(h), change: change && !share, share,
      basis: basisOf(h) ?? (change ? capBasis : null), period: withYear(periodIn(h), capPeriod) ?? capPeriod,
    });
  }
  return cols;
}

/** Does every row's label end before the header's first cell starts? */
function blankLabelColumn(block: TableBlock, headerStart: number): boolean {
  let labels = 0;
  for (const r of block.rows) {
    const c = r.cells[0];
    if (c === undefined || NUMERIC_CELL.test(c.text)) continue;
    if (c.col + c.text.length > headerStart) return false;
    labels++;
  }
  return labels > 0;
}

const MAX_POSITIONED = 64;

/** Which header column a cell stands under: by index when the row has as many cells, else by position. */
function columnIndex(cols: Column[], row: TableRow, k: number, sep: TableBlock['sep']): number {
  // a header of hundreds of cells is no table a reader lays out: by index, so a row costs its length
  if (sep !== 'space' || row.cells.length === cols.length || cols.length > MAX_POSITIONED) return k < cols.length ? k : -1;
  const c = row.cells[k];
  const right = c.col + c.text.length;
  const mid = c.col + c.text.length / 2;
  let best = -1, bestD = Infinity;
  for (let i = 1; i < cols.length; i++) {
    // numbers stand right-aligned or centred under their header: right edges first, centres half
    const d = Math.abs(right - cols[i].end) + Math.abs(mid - (cols[i].col + cols[i].end) / 2) * 0.5;
    if (d < bestD) { bestD = d; best = i; }
  }
  return best;
}

/**
 * The figures of one table block. `places` lists the place names found in a string (the
 * gazetteer), used to drop them from labels and captions.
 */
export function tableFigures(block: TableBlock, placesOf: (s: string) => string[]): TableFigure[] {
  const out: TableFigure[] = [];
  // labels repeat (铁路, 水运, 公路 under each total): the gazetteer is asked once per string
  const seenPlaces = new Map<string, string[]>();
  const places = (s: string): string[] => {
    let p = seenPlaces.get(s);
    if (p === undefined) { p = placesOf(s); seenPlaces.set(s, p); }
    return p;
  };
  const cols = columnsOf(block);
  const lineUnits = block.unitLine === null ? null : unitLineUnits(block.unitLine);
  if (cols.length === 0 && (lineUnits === null || lineUnits.length !== 1)) return out;
  const subject = captionSubject(block.caption, places);
  const capPeriod = block.caption === null ? null : periodIn(captionText(block.caption));
  const capBasis = block.caption === null ? null : basisOf(captionText(block.caption));
  const unitColumn = cols.findIndex((c) => c.isUnitColumn);

  // labels and parents, row by row
  interface Seen { indent: number; marked: boolean; label: string; parent: string | null }
  const stack: Seen[] = [];
  let totalLabel: string | null = null;
  let firstLabel: string | null = null;
  /** the latest row without a parent, and the latest `其中：` row of the current run of marked rows */
  let lastTop: string | null = null;
  let qizhong: Seen | null = null;
  for (const row of block.rows) {
    const first = row.cells[0];
    const rawLabel = first && !NUMERIC_CELL.test(first.text) ? first.text : '';
    const sq = squeeze(rawLabel);
    const underTotal = TOTAL_MARK.test(sq);
    const hash = /^[#＃]/.test(sq);
    const marked = underTotal || SUB_MARK.test(sq);
    let label = cleanLabel(rawLabel, places);
    const isTotal = TOTAL_LABEL.test(label);
    if (isTotal && subject !== null) label = subject;
    // Parents in one pass (a table may have 100 000 rows): `stack` holds the rows above whose
    // indent is smaller than every row after them, so its top is the nearest less indented row.
    while (stack.length > 0 && stack[stack.length - 1].indent >= row.indent) stack.pop();
    const less = stack.length > 0 ? stack[stack.length - 1] : null;
    let parent: string | null = null;
    if (underTotal) {
      parent = totalLabel ?? firstLabel ?? subject;
    } else if (marked) {
      // the nearest row above that is less indented; in a flat table (TSV, Markdown, HTML) a `#`
      // row under a `其中：` row is its part, as in the yearbooks' `其中：工业` / `#制造业`
      if (less !== null) parent = less.label;
      else if (hash && qizhong !== null && qizhong.indent === row.indent) parent = qizhong.label;
      else parent = lastTop;
    } else if (!isTotal && less !== null) {
      // an unmarked row indented past a marked sub-row is its sibling; past a plain row, its child
      parent = less.marked ? less.parent : less.label;
    }
    // the rows under a bare total are its parts (SPEC: 固定资产投资·采矿业)
    if (parent === null && totalLabel !== null && !isTotal) parent = totalLabel;
    if (isTotal && totalLabel === null) totalLabel = label;
    const me: Seen = { indent: row.indent, marked, label, parent };
    stack.push(me);
    if (firstLabel === null) firstLabel = label;
    if (parent === null) lastTop = label;
    if (marked && !hash) qizhong = me; else if (!marked) qizhong = null;
    let name = label === '' ? parent : parent !== null && parent !== label ? `${parent}·${label}` : label;
    // a row that is a place (a table of counties): the place is the region, the column says what
    const rowPlace = label !== '' && !isTotal && places(label)[0] === label ? label : null;
    const placeTotal = isTotal && /^全[市省国县区]$/.test(sq);
    // a row that is a year (a time series: 2021 ⏎ 2022 …): the year is the period, the column says what
    const firstText = first ? squeeze(first.text) : '';
    const rowYear = /^(?:19|20)\d{2}年?$/.test(firstText) ? firstText.replace(/年?$/, '年') : null;

    const rowUnit = unitColumn >= 0 ? rowUnitOf(row, unitColumn, cols, block) : null;
    const sentence = row.cells.map((c) => c.text).filter((t) => t !== '').join(' ');
    for (let k = 0; k < row.cells.length; k++) {
      const cell = row.cells[k];
      if (!NUMERIC_CELL.test(cell.text)) continue;
      if (k === 0 && (rawLabel === '' || rowYear !== null)) continue;
      const ci = cols.length > 0 ? columnIndex(cols, row, k, block.sep) : -1;
      const col = ci >= 0 ? cols[ci] : null;
      if (col !== null && (col.isUnitColumn || ci === 0)) continue;
      let unit = col?.unit ?? null;
      if (unit === null && rowUnit !== null) unit = rowUnit;
      if (unit === null && lineUnits !== null && lineUnits.length === 1) unit = lineUnits[0];
      if (unit === null || unit.kind === 'other') continue;
      if (rowPlace !== null || placeTotal || rowYear !== null) name = columnSubject(cols, ci) ?? subject;
      const fig = figure(cell, unit, col, name, capPeriod, capBasis, sentence, block.caption);
      if (fig) {
        fig.region = rowPlace;
        if (rowYear !== null) fig.period = rowYear;
        out.push(fig);
      }
    }
  }
  return out;
}

/** What a column measures, from its header (`生产总值（亿元）` → 生产总值), else from the nearest one left of it. */
function columnSubject(cols: Column[], ci: number): string | null {
  for (let i = ci; i >= 1; i--) {
    const h = cols[i].header.replace(/[（(][^（）()]*[）)]$/, '').replace(/[%％]/g, '')
      .replace(/比上年|比上月|比年初|同比|环比|增长率?|增速|增幅|增减|比重|占比|绝对数|数值|本年|全年|累计/g, '');
    if (h.length >= 2 && !/^(?:19|20)\d{2}年/.test(h)) return h;
  }
  return null;
}

function rowUnitOf(row: TableRow, unitColumn: number, cols: Column[], block: TableBlock): ColumnUnit | null {
  for (let k = 1; k < row.cells.length; k++) {
    const c = row.cells[k];
    if (c.text === '' || NUMERIC_CELL.test(c.text)) continue;
    if (columnIndex(cols, row, k, block.sep) === unitColumn || block.sep === 'space') return readUnit(c.text);
  }
  return null;
}

function figure(
  cell: TableCell, unit: ColumnUnit, col: Column | null, name: string | null,
  capPeriod: string | null, capBasis: Basis | null, sentence: string, caption: string | null,
): TableFigure | null {
  const raw = cell.text.replace(/[,%％]/g, '').replace('−', '-');
  const num = Number(raw);
  if (!Number.isFinite(num)) return null;
  const period = col?.period ?? capPeriod;
  if (unit.kind === 'percent') {
    const change = col?.change ?? false;
    const down = col !== null && /下降|降幅/.test(col.header) && !/增/.test(col.header);
    const trend: Trend | null = !change || num === 0 ? null : (num < 0) !== down ? 'down' : 'up';
    return {
      type: 'percent', start: cell.start, end: cell.end, value: num, unit: unit.unit, trend,
      basis: change ? (col?.basis ?? capBasis) : null, indicator: name, item: null, period, sentence, caption, region: null,
    };
  }
  if (unit.kind === 'amount') {
    return {
      type: 'amount', start: cell.start, end: cell.end, value: shiftDecimal(num, unit.scale), unit: unit.unit, trend: null, basis: null,
      indicator: name, item: null, period, sentence, caption, region: null,
    };
  }
  if (unit.kind === 'count') {
    return {
      type: 'count', start: cell.start, end: cell.end, value: shiftDecimal(num, unit.scale), unit: unit.unit, trend: null, basis: null,
      indicator: null, item: name, period, sentence, caption, region: null,
    };
  }
  return null;
}
