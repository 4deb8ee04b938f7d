/**
 * The run loop: chunk jobs from the sources → records → formatted rows → the sink, in input
 * order. Small inputs are read on the main thread; once the input proves large (or is known to
 * be), batches go to a worker pool and come back in order, at most a few batches in flight so
 * memory stays bounded.
 */
import { setFlagsFromString } from 'node:v8';
import type { Formatter } from '../format/index.js';
import { makeTask, type TaskOptions, type TaskResult } from '../parallel/task.js';
import type { ChunkJob } from './extract-stream.js';
import type { InputFailure, SourceItem } from './source.js';
import { CHUNK_TARGET } from './chunk.js';

export interface RunOptions extends TaskOptions {
  /** Worker threads; 1 reads everything on the main thread. */
  jobs: number;
  /** The inputs are known to be large: start the workers at once instead of after the first batch. */
  large: boolean;
  /**
   * An input or JSONL line that cannot be read: `report` (default) says so on stderr and fails
   * the run; `skip` says so and does not; `record` writes `failureRow(failure)` instead, in its
   * place among the records, so an engine that keeps only stdout sees it.
   */
  onError?: OnError;
  failureRow?: (f: InputFailure) => string;
}

export type OnError = 'report' | 'skip' | 'record';

/** `--on-error record`: one JSON object a failure, in the place of the input's records. */
export const failureJson = (f: InputFailure): string => JSON.stringify({ doc: f.doc, error: f.error, line: f.line }) + '\n';

/** Texts are sent to workers in batches of about this many UTF-16 units (many small JSONL records). */
const BATCH = CHUNK_TARGET;
/**
 * Workers start once this much text has been read (or at once when the inputs are known to be
 * larger): below it, reading on the main thread is done before two workers would have started.
 */
export const PARALLEL_MIN = 1 << 21;

export async function runSources(
  sources: AsyncIterable<SourceItem>, o: RunOptions, formatter: Formatter,
  write: (s: string | Uint8Array) => void, warn: (m: string) => void,
): Promise<{ failed: boolean; internal: boolean; total: number }> {
  let failed = false;
  let internal = false;
  let total = 0;
  const inline = makeTask(o);
  let pool: import('../parallel/pool.js').Pool | null = null;
  const inflight: Promise<TaskResult>[] = [];
  const maxInflight = Math.max(2, o.jobs * 2);
  let batch: ChunkJob[] = [];
  let batchLen = 0;
  let seen = 0;

  let settled = false;
  const emit = (r: TaskResult) => {
    for (const e of r.errors) { warn(e); internal = true; }
    total += r.count;
    if (r.bytes) {
      if (!settled) {
        // Workers are up and running: from now on the main thread only reads, cuts and writes.
        // Its young generation (4 MB at this point) is kept at that size: left to V8 it grew
        // to 32 MB, mostly empty but resident, the largest single item of the peak RSS on a
        // 1 GB input (100 MB, -j 2: 180 -> 154 MB). The flag is process-wide, but the workers'
        // young generations are fixed by their resourceLimits (src/parallel/pool.ts). Set only
        // once the workers have started: set earlier, it did not hold (worker start-up seems
        // to re-apply V8's flags); if it does not hold, only memory is affected.
        settled = true;
        setFlagsFromString('--semi-space-growth-factor=1');
      }
      if (r.bytes.length) write(r.bytes);
      pool?.recycle(r.bytes.buffer as ArrayBuffer); // written synchronously: the worker may refill it
      return;
    }
    let out = r.out;
    if (r.records) for (const rec of r.records) out += formatter.row(rec);
    if (out) write(out);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = []; batchLen = 0;
    if (!pool && o.jobs > 1 && (o.large || seen > PARALLEL_MIN)) {
      // Loaded only here: a small input never pays for worker start-up or this module.
      const { Pool } = await import('../parallel/pool.js');
      pool = new Pool(o.jobs, { extract: o.extract, item: o.item, format: o.format });
    }
    if (!pool) { emit(inline(jobs)); return; }
    const p = pool.run(jobs);
    p.catch(() => {}); // rejections are seen when awaited in order; never unhandled meanwhile
    inflight.push(p);
    while (inflight.length >= maxInflight) emit(await inflight.shift()!);
  };

  try {
    for await (const it of sources) {
      if (it.kind === 'notice') {
        const mode = it.failed ? o.onError ?? 'report' : 'report';
        if (mode !== 'record') { warn(it.message); if (it.failed && mode === 'report') failed = true; continue; }
        // after the records of everything read before it, even those still in a worker
        await flush();
        const row = (o.failureRow ?? failureJson)(it.failure ?? { doc: '-', error: it.message, line: null });
        if (!pool) { write(row); continue; }
        inflight.push(Promise.resolve({ count: 0, out: row, records: null, errors: [] }));
        while (inflight.length >= maxInflight) emit(await inflight.shift()!);
        continue;
      }
      batch.push(it.job);
      batchLen += it.job.text.length;
      seen += it.job.text.length;
      // One thread: records go out as soon as their chunk is read.
      if (batchLen >= BATCH || o.jobs === 1) await flush();
    }
    await flush();
    while (inflight.length > 0) emit(await inflight.shift()!);
  } finally {
    if (pool) await (pool as { close(): Promise<void> }).close();
  }
  return { failed, internal, total };
}
