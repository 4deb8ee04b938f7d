/**
 * The run loop: chunk jobs from the sources → records → formatted rows → the sink, in input
 * order. Small inputs are read on the main thread; once the input proves large (or is known to
 * be), batches go to a worker pool and come back in order, at most a few batches in flight so
 * memory stays bounded.
 */
import type { Formatter } from '../format/index.js';
import { makeTask, type TaskOptions, type TaskResult } from '../parallel/task.js';
import type { ChunkJob } from './extract-stream.js';
import type { SourceItem } from './source.js';
import { CHUNK_TARGET } from './chunk.js';

export interface RunOptions extends TaskOptions {
  /** Worker threads; 1 reads everything on the main thread. */
  jobs: number;
  /** The inputs are known to be large: start the workers at once instead of after the first batch. */
  large: boolean;
}

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

  const emit = (r: TaskResult) => {
    for (const e of r.errors) { warn(e); internal = true; }
    total += r.count;
    if (r.bytes) { if (r.bytes.length) write(r.bytes); return; }
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
      if (it.kind === 'notice') { warn(it.message); if (it.failed) failed = true; continue; }
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
