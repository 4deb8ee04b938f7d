import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { MetricRecord, MetricType } from '../types.js';
import { cutToWidth, displayCell, displayWidth, NUMERIC_FIELDS, terminalSafe, type ColumnKey } from './cells.js';
import type { Formatter } from './options.js';

interface TableOptions {
  columns: ColumnKey[];
  header: boolean;
  bom: boolean;
  color: boolean;
  width: number;
}

/** Free text that can lose its tail and still be recognized; cut these first. */
const CUT_FIRST: ReadonlySet<string> = new Set([
  'sentence', 'text', 'what', 'indicator', 'item', 'region', 'period', 'period_norm', 'doc',
]);
const MIN_CUT_WIDTH = 6;

/** cli-table3 with default chars and padding: "│ a │ b │". */
const renderedWidth = (widths: number[]): number => widths.reduce((a, w) => a + w + 3, 1);

/**
 * Shrink the widest free-text column one column at a time until the table fits; only when
 * that is not enough are the others shortened too. A table that cannot fit even at one
 * column per cell is left as narrow as it gets.
 */
function fitWidths(natural: number[], columns: ColumnKey[], limit: number): number[] {
  const widths = [...natural];
  const phases: Array<(i: number) => number> = [
    (i) => (CUT_FIRST.has(columns[i]) ? Math.min(natural[i], MIN_CUT_WIDTH) : natural[i]),
    () => 1,
  ];
  for (const floor of phases) {
    while (renderedWidth(widths) > limit) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (widths[i] > floor(i) && (widest < 0 || widths[i] > widths[widest])) widest = i;
      }
      if (widest < 0) break;
      widths[widest]--;
    }
  }
  return widths;
}

function typeColor(c: ChalkInstance, t: MetricType): ChalkInstance {
  return t === 'percent' ? c.cyan : t === 'amount' ? c.yellow : c.green;
}

/**
 * Rows per cli-table3 instance. Its layout (layout-manager's conflictExists) is quadratic in the
 * number of rows: 9,179 rows took 7 s in one table. The rows are independent (fixed column
 * widths, no wrapping, no rule between rows), so slices rendered separately and stitched give the
 * same text in linear time.
 */
export const TABLE_SLICE = 200;

export interface TableLayout {
  head?: string[];
  colWidths: number[];
  colAligns: Array<'left' | 'right'>;
}

/**
 * One table of already cut and painted cells, as cli-table3 renders it (default chars, no rule
 * between rows), built `slice` rows at a time: a slice's own borders are dropped where it joins
 * its neighbours (the bottom border of every slice but the last, the top of every one but the
 * first), which leaves exactly the lines of a single table.
 */
export function renderTable(layout: TableLayout, cellRows: string[][], slice = TABLE_SLICE): string {
  const make = (withHead: boolean) => new Table({
    ...(withHead && layout.head ? { head: layout.head } : {}),
    colWidths: layout.colWidths,
    colAligns: layout.colAligns,
    wordWrap: false,
    // no rule between rows: a long list stays readable and twice as much fits on a screen
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    // cli-table3 colors head and border itself through @colors/colors; that would bypass the option.
    style: { head: [], border: [] },
  });
  if (cellRows.length <= slice) {
    const t = make(true);
    for (const r of cellRows) t.push(r);
    return t.toString();
  }
  const parts: string[] = [];
  for (let from = 0; from < cellRows.length; from += slice) {
    const t = make(from === 0);
    for (const r of cellRows.slice(from, from + slice)) t.push(r);
    let s = t.toString();
    if (from > 0) s = s.slice(s.indexOf('\n') + 1);                     // top border
    if (from + slice < cellRows.length) s = s.slice(0, s.lastIndexOf('\n')); // bottom border
    parts.push(s);
  }
  return parts.join('\n');
}

/** Buffers every row: column widths depend on all of them. */
export function tableFormatter(o: TableOptions): Formatter {
  const rows: MetricRecord[] = [];
  // Its own instance, so only the option decides color, not the environment chalk would sniff.
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  return {
    head: () => '',
    row: (r) => {
      rows.push(r);
      return '';
    },
    tail: () => {
      if (rows.length === 0) return '';
      const head = o.columns.map((c) => terminalSafe(c));
      const body = rows.map((r) => o.columns.map((c) => terminalSafe(displayCell(r, c))));
      const natural = o.columns.map((_, i) =>
        body.reduce((w, cells) => Math.max(w, displayWidth(cells[i])), Math.max(o.header ? displayWidth(head[i]) : 0, 1)),
      );
      const widths = fitWidths(natural, o.columns, o.width);
      const cellRows = body.map((cells, ri) => {
        const paint = typeColor(chalk, rows[ri].type);
        return cells.map((cell, i) => {
          const cut = cutToWidth(cell, widths[i]);
          return o.columns[i] === 'type' || o.columns[i] === 'value' ? paint(cut) : cut;
        });
      });
      const text = renderTable({
        ...(o.header ? { head: head.map((h, i) => chalk.bold(cutToWidth(h, widths[i]))) } : {}),
        colWidths: widths.map((w) => w + 2),
        colAligns: o.columns.map((c) => (NUMERIC_FIELDS.has(c) ? 'right' : 'left')),
      }, cellRows);
      return (o.bom ? '\uFEFF' : '') + text + '\n';
    },
  };
}
