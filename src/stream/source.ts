/**
 * Sources: the inputs of a run as a stream of chunk jobs, read block by block so that memory
 * stays bounded whatever the input size. A problem with one input (or one JSONL line) is
 * reported as a notice in the stream and never stops the others.
 */
import { createReadStream, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { fsReason, type InputRef } from '../input/collect.js';
import { decode } from '../input/read.js';
import { Chunker, CHUNK_TARGET } from './chunk.js';
import { DocChunks, type ChunkJob } from './extract-stream.js';
import { jsonlRecords, type JsonlFieldOptions } from '../input/jsonl.js';

export type SourceItem =
  | { kind: 'job'; job: ChunkJob }
  /** A message for stderr; `failed` makes the run's exit status 2. */
  | { kind: 'notice'; message: string; failed: boolean };

const BLOCK = 1 << 20;

/**
 * The bytes of an input, block by block. The first block is read whole up to `BLOCK` bytes so
 * that an input that fits in it can be decoded exactly as `readInput` does (BOM, encodings).
 */
async function* blocks(ref: InputRef): AsyncGenerator<Buffer> {
  if (ref.path === null) {
    for await (const c of process.stdin) yield typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    return;
  }
  // A regular file is read synchronously: no event-loop round trip per block.
  const fd = openSync(ref.path, 'r');
  try {
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      for await (const c of createReadStream(ref.path, { highWaterMark: BLOCK })) yield c as Buffer;
      return;
    }
    for (;;) {
      const buf = Buffer.allocUnsafe(BLOCK);
      const n = readSync(fd, buf, 0, BLOCK, null);
      if (n === 0) break;
      yield n === BLOCK ? buf : buf.subarray(0, n);
    }
  } finally {
    try { closeSync(fd); } catch { /* closed above */ }
  }
}

/** Decoded text of an input, piece by piece: small inputs through `decode`, large ones as streamed UTF-8. */
async function* texts(ref: InputRef, warn: (m: string) => void): AsyncGenerator<string> {
  const head: Buffer[] = [];
  let headLen = 0;
  const it = blocks(ref);
  let r = await it.next();
  while (!r.done && headLen < BLOCK) { head.push(r.value); headLen += r.value.length; r = await it.next(); }
  if (r.done) {
    const d = decode(Buffer.concat(head));
    for (const w of d.warnings) warn(w);
    if (d.text) yield d.text;
    return;
  }
  const dec = new StringDecoder('utf8');
  let first = dec.write(Buffer.concat(head));
  if (first.charCodeAt(0) === 0xfeff) first = first.slice(1);
  yield first;
  for (; !r.done; r = await it.next()) {
    const s = dec.write(r.value);
    if (s) yield s;
  }
  const tail = dec.end();
  if (tail) yield tail;
}

/** A plain-text input as chunk jobs. */
export async function* textJobs(ref: InputRef): AsyncGenerator<SourceItem> {
  const doc = new DocChunks(ref.name);
  const chunker = new Chunker(CHUNK_TARGET);
  const notices: SourceItem[] = [];
  try {
    for await (const piece of texts(ref, (m) => notices.push({ kind: 'notice', message: `${ref.name}: ${m}`, failed: false }))) {
      yield* notices.splice(0);
      for (const c of chunker.push(piece)) yield { kind: 'job', job: doc.job(c) };
    }
  } catch (e) {
    yield { kind: 'notice', message: `${ref.name}: ${fsReason(e)}`, failed: true };
    return;
  }
  yield* notices.splice(0);
  for (const c of chunker.end()) yield { kind: 'job', job: doc.job(c) };
}

/** A JSON Lines input: each record's text field is a document named by its id field. */
export async function* jsonlJobs(ref: InputRef, fields: JsonlFieldOptions): AsyncGenerator<SourceItem> {
  try {
    for await (const rec of jsonlRecords(blocks(ref), fields)) {
      if ('error' in rec) {
        yield { kind: 'notice', message: `${ref.name}:${rec.line}: ${rec.error}`, failed: true };
        continue;
      }
      const doc = new DocChunks(rec.id ?? `${ref.name}:${rec.line}`);
      const chunker = new Chunker(CHUNK_TARGET);
      for (const c of [...chunker.push(rec.text), ...chunker.end()]) yield { kind: 'job', job: doc.job(c) };
    }
  } catch (e) {
    yield { kind: 'notice', message: `${ref.name}: ${fsReason(e)}`, failed: true };
  }
}
