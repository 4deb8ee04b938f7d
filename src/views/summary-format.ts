/**
 * Summary rows in every output format. Data formats (csv, tsv, json, jsonl) write the rows
 * flat, one per line, with the SUMMARY_FIELDS columns; the human formats (table, md) write
 * one table per group under the group's name.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { cutToWidth, displayValue, displayWidth, neutralizeFormula, terminalSafe } from '../format/cells.js';
import { groupedNumber, plainNumber } from '../format/number.js';
import type { OutputFormat } from '../format/options.js';
import type { MetricRecord } from '../types.js';
import { SUMMARY_FIELDS, type SummaryRow } from './summary.js';

export interface SummaryFormatOptions {
  format: OutputFormat;
  /** csv/tsv: the header row; default true. */
  header?: boolean;
  bom?: boolean;
  /** table only. */
  color?: boolean;
  /** table only: terminal columns to fit. */
  width?: number;
}

/** Columns of the human formats. */
export const SUMMARY_COLUMNS = ['what', 'value', 'mentions', 'merged', 'summed'] as const;

const BASIS: Record<string, string> = { yoy: 'yoy', mom: 'mom', ytd: 'ytd' };

export function groupTitle(row: Pick<SummaryRow, 'by' | 'group'>): string {
  if (row.by === 'none') return 'all inputs';
  return row.group ?? `(no ${row.by})`;
}

/** Which measure a row is: its indicator or item, then what the group does not already say (period, place, document). */
function what(r: SummaryRow, severalDocs: boolean): string {
  const where = (extra: Array<string | null>) => {
    const notes = [...extra, r.by !== 'region' ? r.region : null, severalDocs && r.by !== 'doc' ? r.doc : null].filter(Boolean);
    return notes.length ? ` (${notes.join(', ')})` : '';
  };
  switch (r.kind) {
    case 'total': return `${r.indicator}${where([r.period])}`;
    case 'projects': return `projects: ${r.indicator}${where([r.period])}`;
    case 'growth': return `${r.indicator ?? '(indicator unknown)'}${where([r.period, r.basis ? BASIS[r.basis] : null])}`;
    case 'not_added': return 'not added';
    case 'mentions': return 'mentions';
  }
}

function valueCell(r: SummaryRow, short: boolean): string {
  if (r.kind === 'mentions' || r.kind === 'not_added') return groupedNumber(r.value);
  // the same look as the extract table: bound mark, grouped digits (the table: 514亿), range, unit, direction
  return displayValue({ value: r.value, value_max: r.value_max, unit: r.unit ?? '', approx: r.approx, trend: r.trend } as MetricRecord, short);
}

function summedCell(r: SummaryRow): string {
  if (r.kind === 'mentions') return r.merged > 0 ? `merged: ${r.detail}` : 'no repeats';
  return r.detail;
}

function humanCells(r: SummaryRow, severalDocs: boolean, short = false): string[] {
  return [what(r, severalDocs), valueCell(r, short), String(r.mentions), String(r.merged), summedCell(r)];
}

const manyDocs = (rows: readonly SummaryRow[]): boolean => new Set(rows.filter((r) => r.doc !== null).map((r) => r.doc)).size > 1;

function groups(rows: readonly SummaryRow[]): SummaryRow[][] {
  const out: SummaryRow[][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[0].group === r.group) last.push(r); else out.push([r]);
  }
  return out;
}

function heading(g: SummaryRow[]): string {
  const m = g.find((r) => r.kind === 'mentions');
  const note = m ? ` — ${m.value} mention${m.value === 1 ? '' : 's'}${m.merged ? `, ${m.merged} merged (repeated or restated)` : ''}` : '';
  return groupTitle(g[0]) + note;
}

function mdCell(s: string): string {
  return terminalSafe(s).replace(/\|/g, '\\|');
}

function markdown(rows: readonly SummaryRow[]): string {
  const several = manyDocs(rows);
  const line = (cells: string[]) => '| ' + cells.join(' | ') + ' |\n';
  return groups(rows).map((g) =>
    `### ${mdCell(heading(g))}\n\n` +
    line([...SUMMARY_COLUMNS]) +
    line(SUMMARY_COLUMNS.map((c) => (c === 'value' || c === 'mentions' || c === 'merged' ? '---:' : '---'))) +
    g.map((r) => line(humanCells(r, several).map(mdCell))).join(''),
  ).join('\n');
}

/** The summed list is the only long cell; it gives way first, then `what`. */
function fit(natural: number[], limit: number): number[] {
  const w = [...natural];
  const total = () => w.reduce((a, x) => a + x + 3, 1);
  for (const [i, floor] of [[4, 12], [0, 12], [4, 1], [0, 1]] as const) {
    while (total() > limit && w[i] > floor) w[i]--;
  }
  return w;
}

function table(rows: readonly SummaryRow[], color: boolean, width: number): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint = (r: SummaryRow) => (r.kind === 'growth' ? chalk.cyan : r.kind === 'projects' ? chalk.green : r.kind === 'mentions' || r.kind === 'not_added' ? chalk.dim : chalk.yellow);
  const several = manyDocs(rows);
  return groups(rows).map((g) => {
    const body = g.map((r) => humanCells(r, several, true).map(terminalSafe));
    const natural = SUMMARY_COLUMNS.map((c, i) => body.reduce((w, cells) => Math.max(w, displayWidth(cells[i])), displayWidth(c)));
    const widths = fit(natural, width);
    const t = new Table({
      head: SUMMARY_COLUMNS.map((c, i) => chalk.bold(cutToWidth(c, widths[i]))),
      colWidths: widths.map((x) => x + 2),
      colAligns: ['left', 'right', 'right', 'right', 'left'],
      wordWrap: false,
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      style: { head: [], border: [] },
    });
    g.forEach((r, ri) => t.push(body[ri].map((cell, i) => {
      const cut = cutToWidth(cell, widths[i]);
      return i === 1 ? paint(r)(cut) : cut;
    })));
    return chalk.bold(terminalSafe(heading(g))) + '\n' + t.toString() + '\n';
  }).join('\n');
}

function dataCell(v: unknown, sep: 'csv' | 'tsv'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return plainNumber(v);
  const s = neutralizeFormula(String(v));
  if (sep === 'tsv') return s.replace(/[\t\r\n]/g, ' ');
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** Keys in schema order whatever order the row was built in. */
function ordered(r: SummaryRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of SUMMARY_FIELDS) out[f] = r[f];
  return out;
}

export function formatSummary(rows: readonly SummaryRow[], o: SummaryFormatOptions): string {
  const bom = o.bom ? '\uFEFF' : '';
  const header = o.header ?? true;
  switch (o.format) {
    case 'csv':
    case 'tsv': {
      const sep = o.format === 'csv' ? ',' : '\t';
      const eol = o.format === 'csv' ? '\r\n' : '\n';
      const head = header ? SUMMARY_FIELDS.join(sep) + eol : '';
      return bom + head + rows.map((r) => SUMMARY_FIELDS.map((f) => dataCell(r[f], o.format as 'csv' | 'tsv')).join(sep) + eol).join('');
    }
    case 'jsonl':
      return bom + rows.map((r) => JSON.stringify(ordered(r)) + '\n').join('');
    case 'json':
      return bom + JSON.stringify(rows.map(ordered), null, 2) + '\n';
    case 'md':
      return bom + markdown(rows);
    case 'table':
      return bom + table(rows, o.color ?? false, o.width ?? 120);
    default:
      throw new RangeError(`unknown output format "${String(o.format)}"`);
  }
}
