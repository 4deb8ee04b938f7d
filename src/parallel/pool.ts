/**
 * A fixed pool of worker threads. Tasks go to the first idle worker; results come back as
 * promises, so the caller can keep them in input order. Workers are unref'd: an idle pool never
 * keeps the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { ChunkJob } from '../stream/extract-stream.js';
import type { TaskOptions, TaskResult } from './task.js';

declare const __CNMETRICS_BUNDLE__: { worker: string } | undefined;

interface Pending { id: number; jobs: ChunkJob[]; resolve: (r: TaskResult) => void; reject: (e: unknown) => void }

export class Pool {
  private idle: Worker[] = [];
  private queue: Pending[] = [];
  private running = new Map<Worker, Pending>();
  private nextId = 0;
  private workers: Worker[] = [];
  /**
   * Output buffers the main thread has written, sent back with the next tasks for the workers to
   * fill again. Why: a transferred buffer is malloc'd memory that the main thread (which
   * allocates little) only frees at its next GC; on a 1 GB input 20-30 MB of written output
   * waited there. Recycled, the same few buffers go round.
   */
  private spare: ArrayBuffer[] = [];

  constructor(size: number, opts: TaskOptions) {
    // In the CLI bundle (scripts/bundle.mjs) this code sits in dist/cli.bundle.js, beside dist/worker.bundle.js.
    const url = new URL(typeof __CNMETRICS_BUNDLE__ !== 'undefined' ? __CNMETRICS_BUNDLE__.worker : './worker.js', import.meta.url);
    for (let k = 0; k < size; k++) {
      // Heap limits, for memory: with V8's defaults each worker held ~50 MB for a live set of
      // ~5 MB (a 48 MB young generation, and an old generation let grow to 4x its live size
      // before a full GC). An old-generation limit of 256 MB or less makes V8 grow it by 1.3x
      // instead (MemoryController::MaxGrowingFactor), and the young generation is capped at
      // 24 MB. 256 MB is still ~30x what one batch needs. Measured on 100 MB, -j 2: peak RSS
      // 180 -> 154-158 MB at the same speed (8 or 12 MB young generations saved nothing more
      // and cost 5-10% time).
      const w = new Worker(url, { workerData: opts, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 } });
      w.on('message', (m: { id: number; result: TaskResult }) => {
        const p = this.running.get(w)!;
        this.running.delete(w);
        p.resolve(m.result);
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (e) => {
        const p = this.running.get(w);
        this.running.delete(w);
        if (p) p.reject(e);
        for (const q of this.queue.splice(0)) q.reject(e);
      });
      w.unref();
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(jobs: ChunkJob[]): Promise<TaskResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, jobs, resolve, reject });
      this.pump();
    });
  }

  /** A task's output buffer, written and no longer needed by the caller. */
  recycle(buf: ArrayBuffer): void {
    if (this.spare.length < this.workers.length * 2) this.spare.push(buf);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const p = this.queue.shift()!;
      this.running.set(w, p);
      w.ref(); // busy workers keep the process alive until their result is in
      const reuse = this.spare.pop();
      w.postMessage({ id: p.id, jobs: p.jobs, reuse }, reuse ? [reuse] : []);
      // The message holds its own copy of the texts: let the main thread's go now rather than
      // when the result is in (held that long, each batch's chunk strings outlived a scavenge
      // and sat in the old large-object space until a full GC).
      p.jobs = [];
    }
    for (const w of this.idle) w.unref();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
