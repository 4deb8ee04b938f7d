import type { Field, MetricRecord } from '../types.js';
import { checkFields, checkKeep, defaultFields, DISPLAY_COLUMNS, type ColumnKey } from './cells.js';
import { csvFormatter, tsvFormatter } from './csv.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import { markdownFormatter } from './markdown.js';
import type { FormatOptions, Formatter } from './options.js';
import { tableFormatter } from './table.js';

export type { FormatOptions, Formatter, OutputFormat } from './options.js';
export { plainNumber } from './number.js';
export { defaultFields } from './cells.js';

export function createFormatter(opts: FormatOptions): Formatter {
  if (opts.fields) checkFields(opts.fields, opts.format);
  const header = opts.header ?? true;
  const bom = opts.bom ?? false;
  // Kept input fields are read off the record like its own fields, by name, after them.
  const keep = (opts.keep ?? []) as Field[];
  if (keep.length) checkKeep(keep);
  // A stream cannot know whether a later record will carry period_norm; callers that want it pass fields.
  const dataFields: Field[] = [...(opts.fields ?? defaultFields()), ...keep];
  const columns: ColumnKey[] = [...(opts.fields ?? DISPLAY_COLUMNS), ...keep];
  switch (opts.format) {
    case 'csv':
      return csvFormatter({ fields: dataFields, header, bom });
    case 'tsv':
      return tsvFormatter({ fields: dataFields, header, bom });
    case 'jsonl':
      return jsonlFormatter({ fields: opts.fields, keep, bom });
    case 'json':
      return jsonFormatter({ fields: opts.fields, keep, bom });
    case 'md':
      return markdownFormatter({ columns, header, bom });
    case 'table':
      return tableFormatter({ columns, header, bom, color: opts.color ?? false, width: opts.width ?? 120 });
    default:
      throw new RangeError(`unknown output format "${String((opts as { format: unknown }).format)}"`);
  }
}

export function formatRecords(records: MetricRecord[], opts: FormatOptions): string {
  const dataFormat = opts.format !== 'table' && opts.format !== 'md';
  // With every record in hand, period_norm can be a column for all of them or for none.
  const fields = opts.fields ?? (dataFormat ? defaultFields(records) : undefined);
  const f = createFormatter({ ...opts, fields });
  let out = f.head();
  for (const r of records) out += f.row(r);
  return out + f.tail();
}
