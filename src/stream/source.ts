/**
 * Sources: the inputs of a run as a stream of chunk jobs, read block by block so that memory
 * stays bounded whatever the input size. A problem with one input (or one JSONL line) is
 * reported as a notice in the stream and never stops the others.
 */
import { createReadStream, openSync, readSync, closeSync, fstatSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fsReason, type InputRef } from '../input/collect.js';
import { binaryReason, decodeInput, formatSize, HTML_EXTENSIONS, MAX_INPUT_BYTES, type ReadOptions } from '../input/read.js';
import { canonicalEncoding, decodeBytes, sniffBom } from '../input/decode.js';
import { looksLikeHtml } from '../input/html.js';
import { Chunker, CHUNK_TARGET } from './chunk.js';
import { DocChunks, type ChunkJob } from './extract-stream.js';
import { jsonlRecords, type JsonlFieldOptions } from '../input/jsonl.js';
import { unnamedDoc } from '../input/doc-name.js';

/** An input (or a JSONL line) that could not be read, as `--on-error record` writes it. */
export interface InputFailure { doc: string; error: string; line: number | null }

export type SourceItem =
  | { kind: 'job'; job: ChunkJob }
  /**
   * A message for stderr; `failed` makes the run's exit status 2 (with `--on-error report`),
   * and then `failure` says what failed.
   */
  | { kind: 'notice'; message: string; failed: boolean; failure?: InputFailure };

/** An input that fits in this many bytes is decoded whole, exactly as `readInput` does. */
const BLOCK = 1 << 20;
/**
 * Bytes per read. Small on purpose: a block decodes to a string below V8's large-object size
 * (128 KiB), so it dies young in the new space instead of sitting in the large-object space until
 * a full GC. With 1 MiB reads the main thread held up to 50 MB of dead decoded blocks and chunk
 * buffers (1 GB input, peak RSS 285 MB).
 */
const READ = 1 << 16;

/**
 * The bytes of an input, block by block. `texts` gathers the first `BLOCK` bytes before it decides
 * anything, so an input that fits in them is decoded exactly as `readInput` does (BOM, encodings).
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
      for await (const c of createReadStream(ref.path, { highWaterMark: READ })) yield c as Buffer;
      return;
    }
    for (;;) {
      const buf = Buffer.allocUnsafe(READ);
      const n = readSync(fd, buf, 0, READ, null);
      if (n === 0) break;
      yield n === READ ? buf : buf.subarray(0, n);
    }
  } finally {
    try { closeSync(fd); } catch { /* closed above */ }
  }
}

/** A reason this input cannot be read, reported as `cnmetrics: PATH: reason`. */
class InputError extends Error {}

function tooLarge(ref: InputRef, seen: number, limit: number): InputError {
  return new InputError(`too large: ${ref.path === null ? 'more than ' : ''}${formatSize(seen)}, over the ${formatSize(limit)} limit (raise it with --max-size)`);
}

/**
 * Decoded text of an input, piece by piece. An input that fits in the first block is decoded
 * exactly as `readInput` does (BOM, encoding detection, HTML, binary check). A larger one is
 * checked on its first block, then streamed through a decoder of the encoding found there, so
 * its memory stays bounded; HTML is the exception: its text is only known once it is whole.
 */
async function* texts(ref: InputRef, o: ReadOptions, warn: (m: string) => void): AsyncGenerator<string> {
  if (ref.path === null && fstatSync(0).isDirectory()) throw new InputError('is a directory');
  const limit = o.maxSize ?? Infinity;
  // a named file over the limit is refused before any of it is read (and any record printed)
  if (ref.path !== null && limit !== Infinity) {
    const st = statSync(ref.path);
    if (st.isFile() && st.size > limit) throw tooLarge(ref, st.size, limit);
  }
  const head: Buffer[] = [];
  let headLen = 0;
  const it = blocks(ref);
  let r = await it.next();
  while (!r.done && headLen < BLOCK) {
    head.push(r.value); headLen += r.value.length;
    if (headLen > limit) throw tooLarge(ref, headLen, limit);
    r = await it.next();
  }
  if (r.done) {
    const d = decodeInput(Buffer.concat(head), ref.name, o);
    if (d.text === null) throw new InputError(d.error ?? 'cannot be read');
    for (const w of d.warnings) warn(w);
    if (d.text) yield d.text;
    return;
  }
  const first = Buffer.concat(head);
  const bom = sniffBom(first);
  let enc = o.encoding !== undefined ? canonicalEncoding(o.encoding) : null;
  if (enc === 'utf-16') enc = bom?.encoding === 'utf-16be' ? 'utf-16be' : 'utf-16le';
  if (!enc?.startsWith('utf-16') && !bom?.encoding.startsWith('utf-16')) {
    const why = binaryReason(first);
    if (why) throw new InputError(why);
  }
  const html = HTML_EXTENSIONS.includes(extname(ref.name).toLowerCase()) || looksLikeHtml(first.subarray(0, 1024).toString('latin1'));
  let seen = headLen;
  if (html) {
    const cap = Math.min(limit, MAX_INPUT_BYTES);
    const all: Buffer[] = [first];
    for (; !r.done; r = await it.next()) {
      seen += r.value.length;
      if (seen > cap) throw tooLarge(ref, seen, cap);
      all.push(r.value);
    }
    const d = decodeInput(Buffer.concat(all), ref.name, { ...o, html: true });
    if (d.text === null) throw new InputError(d.error ?? 'cannot be read');
    for (const w of d.warnings) warn(w);
    yield d.text;
    return;
  }
  enc = enc ?? bom?.encoding ?? decodeBytes(first).encoding;
  const step = async (dec: { write(b: Buffer): string; end(): string | undefined }): Promise<AsyncGenerator<string>> => {
    return (async function* () {
      let s = dec.write(first);
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      if (s) yield s;
      for (; !r.done; r = await it.next()) {
        seen += r.value.length;
        if (seen > limit) throw tooLarge(ref, seen, limit);
        const t = dec.write(r.value);
        if (t) yield t;
      }
      const tail = dec.end();
      if (tail) yield tail;
    })();
  };
  if (enc === 'utf-8') {
    // TextDecoder rather than StringDecoder: the same text (invalid bytes become U+FFFD either
    // way), decoded in 40% of the time (25 vs 63 ms for 20 MB), and this runs on the main thread
    // that feeds the workers. ignoreBOM: the BOM is dropped above, as for other encodings.
    const td = new TextDecoder('utf-8', { ignoreBOM: true });
    yield* await step({ write: (b) => td.decode(b, { stream: true }), end: () => td.decode() });
  } else {
    // Loaded only here: most input is UTF-8, and start-up stays fast without it.
    const iconv = (await import('iconv-lite')).default;
    yield* await step(iconv.getDecoder(enc));
  }
}

/** A plain-text input as chunk jobs. */
export async function* textJobs(ref: InputRef, read: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const doc = new DocChunks(ref.name);
  const chunker = new Chunker(CHUNK_TARGET);
  const notices: SourceItem[] = [];
  try {
    for await (const piece of texts(ref, read, (m) => notices.push({ kind: 'notice', message: `${ref.name}: ${m}`, failed: false }))) {
      yield* notices.splice(0);
      for (const c of chunker.push(piece)) yield { kind: 'job', job: doc.job(c) };
    }
  } catch (e) {
    yield failedInput(ref.name, fsReason(e));
    return;
  }
  yield* notices.splice(0);
  for (const c of chunker.end()) yield { kind: 'job', job: doc.job(c) };
}

/** A whole input that could not be read. */
const failedInput = (name: string, reason: string): SourceItem =>
  ({ kind: 'notice', message: `${name}: ${reason}`, failed: true, failure: { doc: name, error: reason, line: null } });

/**
 * One document's text as chunk jobs, each carrying the fields `keep` copies into its records.
 * Shared by JSONL input and `cnmetrics serve`, so both cut and name documents as the CLI does.
 */
export function* documentJobs(doc: string, text: string, keep?: Record<string, unknown>): Generator<ChunkJob> {
  const chunks = new DocChunks(doc);
  const chunker = new Chunker(CHUNK_TARGET);
  for (const c of [...chunker.push(text), ...chunker.end()]) {
    const job = chunks.job(c);
    if (keep) job.keep = keep;
    yield job;
  }
}

/**
 * A JSON Lines input: each record's text field is a document named by its id field, or, without
 * one, by a hash of its text (the same name in any split of the input).
 */
export async function* jsonlJobs(ref: InputRef, fields: JsonlFieldOptions): AsyncGenerator<SourceItem> {
  try {
    for await (const rec of jsonlRecords(blocks(ref), fields)) {
      if ('error' in rec) {
        yield {
          kind: 'notice', message: `${ref.name}:${rec.line}: ${rec.error}`, failed: true,
          failure: { doc: rec.id ?? ref.name, error: rec.error, line: rec.line },
        };
        continue;
      }
      for (const job of documentJobs(rec.id ?? unnamedDoc(rec.text), rec.text, rec.kept)) yield { kind: 'job', job };
    }
  } catch (e) {
    yield failedInput(ref.name, fsReason(e));
  }
}
