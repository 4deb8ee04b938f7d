/** Worker thread: runs tasks (src/parallel/task.ts) on batches of chunk jobs sent by the pool. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeTask, type TaskOptions } from './task.js';
import type { ChunkJob } from '../stream/extract-stream.js';

const run = makeTask(workerData as TaskOptions, true);
parentPort!.on('message', (m: { id: number; jobs: ChunkJob[]; reuse?: ArrayBuffer }) => {
  const result = run(m.jobs, m.reuse);
  // the output bytes move to the main thread (no copy); this thread never touches them again
  parentPort!.postMessage({ id: m.id, result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
});
