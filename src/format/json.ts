import type { Field, MetricRecord } from '../types.js';
import { defaultFields, fieldValue } from './cells.js';
import type { Formatter } from './options.js';

interface JsonOptions {
  /** undefined: each record's own fields (period_norm only where the record has it). */
  fields: Field[] | undefined;
  bom: boolean;
}

function pick(r: MetricRecord, fields: Field[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields ?? defaultFields([r])) out[f] = fieldValue(r, f);
  return out;
}

export function jsonlFormatter(o: JsonOptions): Formatter {
  return {
    head: () => (o.bom ? '\uFEFF' : ''),
    row: (r) => JSON.stringify(pick(r, o.fields)) + '\n',
    tail: () => '',
  };
}

/** Byte for byte JSON.stringify(records, null, 2) + '\n', written one record at a time. */
export function jsonFormatter(o: JsonOptions): Formatter {
  let n = 0;
  return {
    head: () => (o.bom ? '\uFEFF' : '') + '[',
    row: (r) => {
      // Real newlines in stringify output only separate tokens (those in strings are escaped), so indenting every line is safe.
      const body = JSON.stringify(pick(r, o.fields), null, 2).replace(/^/gm, '  ');
      return (n++ > 0 ? ',\n' : '\n') + body;
    },
    tail: () => (n > 0 ? '\n]\n' : ']\n'),
  };
}
