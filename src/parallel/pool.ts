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

  constructor(size: number, opts: TaskOptions) {
    // In the CLI bundle (scripts/bundle.mjs) this code sits in dist/cli.bundle.js, beside dist/worker.bundle.js.
    const url = new URL(typeof __CNMETRICS_BUNDLE__ !== 'undefined' ? __CNMETRICS_BUNDLE__.worker : './worker.js', import.meta.url);
    for (let k = 0; k < size; k++) {
      const w = new Worker(url, { workerData: opts });
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

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const p = this.queue.shift()!;
      this.running.set(w, p);
      w.ref(); // busy workers keep the process alive until their result is in
      w.postMessage({ id: p.id, jobs: p.jobs });
    }
    for (const w of this.idle) w.unref();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
