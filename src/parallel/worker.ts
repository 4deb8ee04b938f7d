/** Worker thread: runs tasks (src/parallel/task.ts) on batches of chunk jobs sent by the pool. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeTask, type TaskOptions } from './task.js';
import type { ChunkJob } from '../stream/extract-stream.js';

const run = makeTask(workerData as TaskOptions);
parentPort!.on('message', (m: { id: number; jobs: ChunkJob[] }) => {
  parentPort!.postMessage({ id: m.id, result: run(m.jobs) });
});
