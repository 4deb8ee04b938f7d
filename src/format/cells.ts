import { createRequire } from 'node:module';
import { FIELDS, type Field, type MetricRecord } from '../types.js';
import { groupedNumber, plainNumber, shortNumber } from './number.js';
import type { OutputFormat } from './options.js';

/** A column of the human-facing formats: a record field, or the derived `what`. */
export type ColumnKey = Field | 'what';

const ALL_KEYS: readonly string[] = [...FIELDS, 'period_norm'];

/** The readable subset shown by table and md when no fields are chosen. */
export const DISPLAY_COLUMNS: readonly ColumnKey[] = ['line', 'type', 'text', 'value', 'what', 'region', 'period'];

export const NUMERIC_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'line', 'value', 'value_max']);

/**
 * Data formats: every SPEC field, plus period_norm right after period when any record carries it.
 * Exported so a streaming caller that knows it will set period_norm (e.g. a --year option) can ask for it up front.
 */
export function defaultFields(records: readonly MetricRecord[] = []): Field[] {
  const withNorm = records.some((r) => r.period_norm !== undefined);
  const out: Field[] = [];
  for (const f of FIELDS) {
    out.push(f);
    if (f === 'period' && withNorm) out.push('period_norm');
  }
  return out;
}

/** Field lists usually come from a command line, so check them at run time, not only by type. */
export function checkFields(fields: readonly string[], format: OutputFormat): void {
  if (fields.length === 0) throw new RangeError('fields: at least one field is needed');
  void format; // every format takes the same fields: `what` too, when asked for by name
  for (const f of fields) {
    if (ALL_KEYS.includes(f) || f === 'what') continue;
    throw new RangeError(`unknown field "${f}"; expected one of ${ALL_KEYS.join(', ')}, what`);
  }
}

/** Names that `--keep` may not take: the record's own fields and the derived `what`. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([...ALL_KEYS, 'what']);

/** Kept field names come from a command line or a query string: none may shadow a record field. */
export function checkKeep(keep: readonly string[]): void {
  for (const k of keep) {
    // the one name an object cannot own by assignment
    if (k === '__proto__') throw new RangeError('keep: "__proto__" cannot be kept');
    if (RESERVED_KEYS.has(k)) throw new RangeError(`keep: "${k}" is a field of the metric record; kept input fields must have other names`);
  }
  if (new Set(keep).size !== keep.length) throw new RangeError('keep: a field is named twice');
}

/** The record's own value; a missing optional field (period_norm) reads as null like any unknown. */
export function fieldValue(r: MetricRecord, f: Field | 'what'): unknown {
  if (f === 'what') return whatOf(r) || null;
  const v = (r as unknown as Record<string, unknown>)[f];
  return v === undefined ? null : v;
}

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a leading quote makes Excel and
 * LibreOffice take the cell as text. A lone "-" (the doc name of standard input) cannot be a
 * formula, and prefixing it on every row would only make the common case ugly.
 */
export function neutralizeFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && s !== '-' ? "'" + s : s;
}

const APPROX_MARK: Record<string, string> = { about: '≈', over: '>', under: '<', at_least: '≥', at_most: '≤' };

/**
 * The value as a reader wants it at a glance: bound, grouped digits, range, unit, direction.
 * `short`: large figures as 514亿 (exact, see shortNumber), for the terminal table.
 */
export function displayValue(r: MetricRecord, short = false): string {
  const fmt = short && r.unit !== '%' && r.unit !== 'pp' ? shortNumber : groupedNumber;
  let num = fmt(r.value);
  if (r.value_max !== null && r.value_max !== undefined) num += '–' + fmt(r.value_max);
  const unit = r.unit ?? '';
  // Codes and `pp` read as words and need a space; `%` and Chinese measure words attach.
  const sep = /^[A-Za-z]/.test(unit) ? ' ' : '';
  let s = (r.approx ? (APPROX_MARK[r.approx] ?? '') : '') + num + sep + unit;
  if (r.trend === 'up') s += ' ▲';
  else if (r.trend === 'down') s += ' ▼';
  return s;
}

/** Counts are named by what they count; the other types by the indicator. */
export function whatOf(r: MetricRecord): string {
  return (r.type === 'count' ? (r.item ?? r.indicator) : r.indicator) ?? '';
}

/** Plain text of a table/md cell before terminal sanitizing. */
export function displayCell(r: MetricRecord, key: ColumnKey, short = false): string {
  if (key === 'value') return displayValue(r, short);
  if (key === 'what') return whatOf(r);
  const v = fieldValue(r, key);
  if (v === null) return '';
  // a kept input field may hold an object or array: shown as its JSON
  return typeof v === 'number' ? plainNumber(v) : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function visibleEscape(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : '\\u' + cp.toString(16).padStart(4, '0');
}

/**
 * Input text is untrusted: a raw ESC, C1 control or bidi override could recolor, retitle or
 * reorder a terminal, so such characters are shown as visible escapes (`\x1b`). Line and tab
 * breaks become spaces since a cell is one line.
 */
export function terminalSafe(s: string): string {
  return s
    .replace(/\r\n|[\r\n\t\v\f\u2028\u2029]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, visibleEscape);
}

/*
 * Measure exactly as cli-table3 pads, otherwise cut cells would still overflow or misalign:
 * take its own string-width (v4, CommonJS), resolved from where cli-table3 lives, rather than
 * whatever version happens to be hoisted next to us.
 */
// Loaded on first use: only table output and the views measure widths, and loading it at start-up
// cost ~8 ms of every run (the top item of a one-off run's profile).
let stringWidthFn: ((s: string) => number) | undefined;
function stringWidth(s: string): number {
  if (!stringWidthFn) {
    const localRequire = createRequire(import.meta.url);
    stringWidthFn = createRequire(localRequire.resolve('cli-table3'))('string-width') as (s: string) => number;
  }
  return stringWidthFn(s);
}

export function displayWidth(s: string): number {
  return stringWidth(s);
}

let graphemes: Intl.Segmenter | undefined; // made on first use, like stringWidth
const ELLIPSIS = '…';

/**
 * Cut to at most `width` columns keeping the end, starting with "…": for a document's name, whose
 * last part (the file) tells one document from another when they share a long folder.
 */
export function cutStartToWidth(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width <= 0) return '';
  const parts = [...(graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(s)].map((g) => g.segment);
  const budget = width - stringWidth(ELLIPSIS);
  let from = parts.length;
  let used = 0;
  while (from > 0) {
    const w = stringWidth(parts[from - 1]);
    if (used + w > budget) break;
    used += w;
    from--;
  }
  while (from < parts.length && stringWidth(ELLIPSIS + parts.slice(from).join('')) > width) from++;
  return ELLIPSIS + parts.slice(from).join('');
}

/** Cut to at most `width` columns, ending in "…"; whole graphemes only, so no surrogate pair or emoji sequence is split. */
export function cutToWidth(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width <= 0) return '';
  const budget = width - stringWidth(ELLIPSIS);
  const kept: string[] = [];
  let used = 0;
  for (const { segment } of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(s)) {
    const w = stringWidth(segment);
    if (used + w > budget) break;
    kept.push(segment);
    used += w;
  }
  // Per-grapheme widths may not add up to the width of the joined string; trust the whole.
  while (kept.length > 0 && stringWidth(kept.join('') + ELLIPSIS) > width) kept.pop();
  return kept.join('') + ELLIPSIS;
}
