/**
 * What a worker does with a batch of chunk jobs; the same function runs inline for `-j 1` and
 * for small inputs, so output is byte-identical whichever thread produced it.
 */
import { createFormatter, type FormatOptions, type Formatter } from '../format/index.js';
import { extractChunk, type ChunkJob } from '../stream/extract-stream.js';
import type { ExtractOptions, MetricRecord } from '../types.js';

export interface TaskOptions {
  extract: Omit<ExtractOptions, 'doc'>;
  /** --item: only counts whose item contains this. */
  item?: string;
  /** Rows are formatted where they are found when the format's rows are independent of each other. */
  format: FormatOptions | null;
}

export interface TaskResult {
  count: number; out: string; records: MetricRecord[] | null;
  /** Chunks that hit a bug: reported, and the run goes on with the rest (exit 70 at the end). */
  errors: string[];
}

/** Formats whose row() depends on no other row: their rows can be made on any thread. */
export const rowsIndependent = (f: FormatOptions) => f.format === 'jsonl' || f.format === 'csv' || f.format === 'tsv' || f.format === 'md';

export function makeTask(o: TaskOptions): (jobs: ChunkJob[]) => TaskResult {
  const formatter: Formatter | null = o.format && rowsIndependent(o.format) ? createFormatter(o.format) : null;
  return (jobs) => {
    let out = '';
    const records: MetricRecord[] = [];
    let count = 0;
    const errors: string[] = [];
    for (const job of jobs) {
      let found: MetricRecord[];
      try {
        found = extractChunk(job, o.extract);
      } catch (e) {
        errors.push(`${job.doc}: internal error (please report it with this input): ${(e as Error)?.message ?? String(e)}`);
        continue;
      }
      for (const r of found) {
        if (o.item !== undefined && !(r.type === 'count' && r.item !== null && r.item.includes(o.item))) continue;
        count++;
        if (formatter) out += formatter.row(r); else records.push(r);
      }
    }
    return { count, out, records: formatter ? null : records, errors };
  };
}
