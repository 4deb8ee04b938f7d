/** The metric record: the contract shared by the library, every output format and the tests (SPEC.md). */

export type MetricType = 'percent' | 'amount' | 'count';
export type Approx = 'about' | 'over' | 'under' | 'at_least' | 'at_most';
export type Trend = 'up' | 'down';
/** What a change is measured against: the same period a year before, the period before, the start of the year (比年初, 比上年末). */
export type Basis = 'yoy' | 'mom' | 'ytd';

export interface MetricRecord {
  doc: string;
  type: MetricType;
  text: string;
  /** Code-point offsets into the decoded input; end exclusive. */
  start: number;
  end: number;
  /** 1-based line of `start` in the input. */
  line: number;
  value: number;
  value_max: number | null;
  unit: string;
  approx: Approx | null;
  trend: Trend | null;
  basis: Basis | null;
  indicator: string | null;
  item: string | null;
  region: string | null;
  period: string | null;
  /** Extra field after `period` (present only when a year is known): 2024H1, 2024-06, 2024, 2024Q1. */
  period_norm?: string | null;
  sentence: string;
  /**
   * Where the record was read: `text` (a sentence of prose) or `table` (a cell of a table; then
   * `text` is the cell as written and `sentence` its row).
   */
  source: Source;
}

/** Where a record was read: running text, or a table cell. */
export type Source = 'text' | 'table';

/** SPEC field order: the CSV/TSV columns and the JSON key order. */
export const FIELDS = [
  'doc', 'type', 'text', 'start', 'end', 'line', 'value', 'value_max', 'unit', 'approx', 'trend',
  'basis', 'indicator', 'item', 'region', 'period', 'sentence', 'source',
] as const;

export type Field = (typeof FIELDS)[number] | 'period_norm';

export interface ExtractOptions {
  /** The input's name, copied into `doc`. Default `-`. */
  doc?: string;
  /** Only these types. Default: all three. */
  types?: MetricType[];
  /**
   * A year for `period_norm` when the text does not state one: a year in the document's first
   * lines (its title: 2023年…统计公报) wins over it, and so does a year written in the period
   * itself (2022年上半年). A whole year of four digits.
   */
  year?: number;
}
