import type { Field, MetricRecord } from '../types.js';

export type OutputFormat = 'table' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'md';

export interface FormatOptions {
  format: OutputFormat;
  /** Choose and order columns. Default: all FIELDS for csv/tsv/json/jsonl, a readable subset for table and md. */
  fields?: Field[];
  /** csv/tsv/md header row, default true. */
  header?: boolean;
  /** Prefix a UTF-8 BOM (\uFEFF) to the output, for Excel. Default false. */
  bom?: boolean;
  /** table only: ANSI colors, default false. */
  color?: boolean;
  /** table only: terminal columns to fit, default 120. */
  width?: number;
  /**
   * Input fields copied into the records (`--keep`): written after the record fields, in this
   * order, as JSON keys and CSV/TSV/table columns. Names of record fields are refused.
   */
  keep?: string[];
}

/** Streaming writer: head() once, row(r) per record (may return '' when buffering), tail() once. */
export interface Formatter {
  head(): string;
  row(r: MetricRecord): string;
  tail(): string;
}
