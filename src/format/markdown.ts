import type { MetricRecord } from '../types.js';
import { displayCell, NUMERIC_FIELDS, terminalSafe, type ColumnKey } from './cells.js';
import type { Formatter } from './options.js';

interface MarkdownOptions {
  columns: ColumnKey[];
  header: boolean;
  bom: boolean;
}

function mdCell(s: string): string {
  return terminalSafe(s).replace(/\|/g, '\\|');
}

const line = (cells: string[]): string => '| ' + cells.join(' | ') + ' |\n';

/** GitHub-flavoured table. Without a header only rows are written, for appending to an existing table. */
export function markdownFormatter(o: MarkdownOptions): Formatter {
  return {
    head: () => {
      if (!o.header) return o.bom ? '\uFEFF' : '';
      const sep = o.columns.map((c) => (NUMERIC_FIELDS.has(c) ? '---:' : '---'));
      return (o.bom ? '\uFEFF' : '') + line(o.columns.map(mdCell)) + line(sep);
    },
    row: (r: MetricRecord) => line(o.columns.map((c) => mdCell(displayCell(r, c)))),
    tail: () => '',
  };
}
