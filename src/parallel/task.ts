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
  /** The rows as UTF-8, from a worker (`makeTask(o, true)`) instead of `out`. */
  bytes?: Uint8Array;
  /** Chunks that hit a bug: reported, and the run goes on with the rest (exit 70 at the end). */
  errors: string[];
}

/** Formats whose row() depends on no other row: their rows can be made on any thread. */
export const rowsIndependent = (f: FormatOptions) => f.format === 'jsonl' || f.format === 'csv' || f.format === 'tsv' || f.format === 'md';

/**
 * UTF-8 output of a worker's batch, built row by row. Why bytes: a batch's rows as one string
 * (~600 KB of JSONL per 64 Ki chunk) is a large object in the worker, again in the main thread
 * after the structured clone, and a third time as the Buffer written out; large objects are only
 * freed by a full GC, so they were most of the heap of every thread on a 1 GB input. The bytes are
 * transferred to the main thread without a copy and written as they are. Rows are gathered into
 * short strings (below the large-object size) and encoded a few KB at a time.
 */
class Utf8Out {
  private buf: Buffer;
  private len = 0;
  /** `reuse`: a buffer the main thread is done with (see Pool.recycle), else a new one. */
  constructor(reuse?: ArrayBuffer) {
    // unpooled either way: the whole ArrayBuffer is this output's, so it can be transferred
    this.buf = reuse ? Buffer.from(reuse) : Buffer.allocUnsafeSlow(1 << 16);
  }
  private pending = '';
  add(s: string): void {
    this.pending += s;
    if (this.pending.length >= 8192) this.flush();
  }
  private flush(): void {
    const need = this.len + this.pending.length * 3; // a UTF-16 unit is at most 3 bytes of UTF-8
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
    }
    this.len += this.buf.write(this.pending, this.len);
    this.pending = '';
  }
  take(): Uint8Array {
    this.flush();
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.len);
  }
}

/**
 * `asBytes` (worker threads): rows come back as UTF-8 in `bytes`, written into `reuse` when it is
 * given. Otherwise they come back as the string `out` (or as records, for formats whose rows
 * depend on each other).
 */
export function makeTask(o: TaskOptions, asBytes = false): (jobs: ChunkJob[], reuse?: ArrayBuffer) => TaskResult {
  const formatter: Formatter | null = o.format && rowsIndependent(o.format) ? createFormatter(o.format) : null;
  return (jobs, reuse) => {
    let out = '';
    const bytes = asBytes && formatter ? new Utf8Out(reuse) : null;
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
      // kept fields become properties of the record, written after the SPEC fields (format/)
      if (job.keep) for (const r of found) Object.assign(r, job.keep);
      for (const r of found) {
        if (o.item !== undefined && !(r.type === 'count' && r.item !== null && r.item.includes(o.item))) continue;
        count++;
        if (bytes) bytes.add(formatter!.row(r)); else if (formatter) out += formatter.row(r); else records.push(r);
      }
    }
    const result: TaskResult = { count, out, records: formatter ? null : records, errors };
    if (bytes) result.bytes = bytes.take();
    return result;
  };
}
