import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { MetricRecord, MetricType } from '../types.js';
import { cutStartToWidth, cutToWidth, displayCell, displayWidth, NUMERIC_FIELDS, terminalSafe, type ColumnKey } from './cells.js';
import type { Formatter } from './options.js';

interface TableOptions {
  columns: ColumnKey[];
  header: boolean;
  bom: boolean;
  color: boolean;
  width: number;
  /** The columns were chosen (--fields): all of them are shown, however narrow the terminal. */
  chosen?: boolean;
}

/**
 * Never cut: a number cut to fit (`51,400,000,00…`) misstates its magnitude, and a type or an
 * offset cut is no longer one. Only words are shortened.
 */
const NEVER_CUT: ReadonlySet<string> = new Set([...NUMERIC_FIELDS, 'type', 'approx', 'trend', 'basis', 'unit']);
/** Narrower than this a word column says nothing; the table is then left wider than the terminal. */
const MIN_WORDS = 4;

/** cli-table3 with default chars and padding: "│ a │ b │". */
const renderedWidth = (widths: number[]): number => widths.reduce((a, w) => a + w + 3, 1);

/**
 * Widths that fit `limit`: numbers and codes keep their natural width; the word columns share
 * the rest evenly (each gets up to a common cap, the cap as high as the room allows), so a long
 * sentence gives way before a short region or period is cut to nothing.
 */
export function fitWidths(natural: number[], columns: ColumnKey[], limit: number): number[] {
  if (renderedWidth(natural) <= limit) return [...natural];
  const words = columns.map((c) => !NEVER_CUT.has(c));
  const fixed = natural.reduce((a, w, i) => a + (words[i] ? 0 : w + 3), 1);
  const withCap = (cap: number) => natural.map((w, i) => (words[i] ? Math.min(w, cap) : w));
  const room = (cap: number) => natural.reduce((a, w, i) => a + (words[i] ? Math.min(w, cap) + 3 : 0), fixed);
  let lo = MIN_WORDS, hi = Math.max(...natural);
  if (room(lo) > limit) return withCap(lo);
  while (lo < hi) { // the largest cap that fits
    const mid = (lo + hi + 1) >> 1;
    if (room(mid) <= limit) lo = mid; else hi = mid - 1;
  }
  const widths = withCap(lo);
  // columns under the cap leave a little room over: the widest cut columns take it one by one
  for (let spare = limit - renderedWidth(widths); spare > 0;) {
    let best = -1;
    for (let i = 0; i < widths.length; i++) if (words[i] && widths[i] < natural[i] && (best < 0 || natural[i] > natural[best])) best = i;
    if (best < 0) break;
    widths[best]++; spare--;
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
      const cellsOf = (columns: ColumnKey[]) => {
        const head = columns.map((c) => terminalSafe(c));
        // a document's name is said on its first row; a rule between documents (below) does the rest
        const body = rows.map((r, ri) => columns.map((c) =>
          c === 'doc' && ri > 0 && rows[ri - 1].doc === r.doc ? '' : terminalSafe(displayCell(r, c, true))));
        const natural = columns.map((_, i) =>
          body.reduce((w, cells) => Math.max(w, displayWidth(cells[i])), Math.max(o.header ? displayWidth(head[i]) : 0, 1)),
        );
        return { columns, head, body, natural };
      };
      let t = cellsOf(o.columns);
      // text repeats value in the words of the input: the first to go when the terminal is narrow
      if (!o.chosen && renderedWidth(t.natural) > o.width && o.columns.includes('text') && o.columns.includes('value')) {
        t = cellsOf(o.columns.filter((c) => c !== 'text'));
      }
      const { columns, head, body } = t;
      const widths = fitWidths(t.natural, columns, o.width);
      const cellRows = body.map((cells, ri) => {
        const paint = typeColor(chalk, rows[ri].type);
        return cells.map((cell, i) => {
          const cut = columns[i] === 'doc' ? cutStartToWidth(cell, widths[i]) : cutToWidth(cell, widths[i]);
          return columns[i] === 'type' || columns[i] === 'value' ? paint(cut) : cut;
        });
      });
      let text = renderTable({
        ...(o.header ? { head: head.map((h, i) => chalk.bold(cutToWidth(h, widths[i]))) } : {}),
        colWidths: widths.map((w) => w + 2),
        colAligns: columns.map((c) => (NUMERIC_FIELDS.has(c) ? 'right' : 'left')),
      }, cellRows);
      if (columns.includes('doc')) text = separateDocs(text, rows, widths, o.header);
      return (o.bom ? '\uFEFF' : '') + text + '\n';
    },
  };
}

/** A rule (├──┼──┤) before the first row of each document after the first. Rows are one line each. */
function separateDocs(text: string, rows: readonly MetricRecord[], widths: number[], header: boolean): string {
  const lines = text.split('\n');
  const rule = '├' + widths.map((w) => '─'.repeat(w + 2)).join('┼') + '┤';
  const first = header ? 2 : 1; // the top border, then the head
  const out: string[] = lines.slice(0, first);
  for (let ri = 0; ri < rows.length; ri++) {
    if (ri > 0 && rows[ri].doc !== rows[ri - 1].doc) out.push(rule);
    out.push(lines[first + ri]);
  }
  out.push(...lines.slice(first + rows.length));
  return out.join('\n');
}
