import type { Field, MetricRecord } from '../types.js';
import { fieldValue, neutralizeFormula } from './cells.js';
import { plainNumber } from './number.js';
import type { Formatter } from './options.js';

interface DelimitedOptions {
  fields: Field[];
  header: boolean;
  bom: boolean;
}

function csvCell(v: unknown): string {
  if (v === null) return '';
  // Numbers are data, not text: a negative amount must stay a number in the sheet.
  if (typeof v === 'number') return plainNumber(v);
  // a kept input field may hold an object or array: its JSON, quoted like any text
  const s = neutralizeFormula(typeof v === 'object' ? JSON.stringify(v) : String(v));
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function tsvCell(v: unknown): string {
  if (v === null) return '';
  if (typeof v === 'number') return plainNumber(v);
  // TSV has no quoting, so separators inside a cell can only be flattened.
  return neutralizeFormula(typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/[\t\r\n]/g, ' ');
}

/** RFC 4180: CRLF after every record, the last one included. */
export function csvFormatter(o: DelimitedOptions): Formatter {
  return {
    head: () => (o.bom ? '\uFEFF' : '') + (o.header ? o.fields.join(',') + '\r\n' : ''),
    row: (r: MetricRecord) => {
      const line = o.fields.map((f) => csvCell(fieldValue(r, f))).join(',');
      // A lone empty field would be an empty line, which readers skip as no record at all.
      return (line === '' ? '""' : line) + '\r\n';
    },
    tail: () => '',
  };
}

export function tsvFormatter(o: DelimitedOptions): Formatter {
  return {
    head: () => (o.bom ? '\uFEFF' : '') + (o.header ? o.fields.join('\t') + '\n' : ''),
    row: (r: MetricRecord) => o.fields.map((f) => tsvCell(fieldValue(r, f))).join('\t') + '\n',
    tail: () => '',
  };
}
