/**
 * Read & decode: the bytes of one input turned into text.
 *
 * Every failure is returned as a one-line reason, never thrown, so the caller can report it
 * as `cnmetrics: PATH: reason` and go on with the other inputs.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { fsReason, type InputRef } from './collect.js';
import { decodeBytes, sniffBom } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';

export interface ReadResult { doc: string; text: string | null; error?: string; warnings: string[]; encoding?: string; html?: boolean }

export interface ReadOptions {
  /** An encoding name (--encoding); default: detect. */
  encoding?: string;
  /** Inputs larger than this many bytes are refused. Default MAX_INPUT_BYTES. */
  maxSize?: number;
  /** Treat the input as HTML (true), as text (false), or decide by extension and content (undefined). */
  html?: boolean;
}

/**
 * An input is read whole: extraction needs the full text (headings give regions to what
 * follows), and the pipeline keeps a few words of index per character. 256 MiB of text is far
 * beyond any article and still well inside V8's string limit (about 512 Mi UTF-16 units).
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** How many leading bytes are checked for NULs: as git and grep do, a binary file shows itself early. */
const BINARY_SNIFF_BYTES = 8192;

export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];

class TooLarge extends Error {}

export function formatSize(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  let v = n;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return u === 0 ? `${n} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}

/** `512M`, `1.5GiB`, `4096`: a size as people write it. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d{1,15}(?:\.\d{1,6})?)\s*([kmgt]?)(i?b?)\s*$/i.exec(s);
  if (!m) return null;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  if (m[2] === '' && m[3].toLowerCase() === 'i') return null;
  const v = Math.floor(Number(m[1]) * mult);
  return Number.isFinite(v) && v > 0 ? v : null;
}

export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total > limit) {
      // Stop reading rather than buffer the rest: the limit is there to protect memory.
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new TooLarge(String(total));
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** A named file: its size is checked before anything is read; pipes and devices are read up to the limit. */
function readPath(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.isFile() && st.size > limit) throw new TooLarge(String(st.size));
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read of its size (+1 to see it end); after that, or for a pipe, in chunks.
    let size = st.isFile() ? Math.min(st.size, limit) + 1 : 65536;
    for (;;) {
      const buf = Buffer.allocUnsafe(size);
      size = 65536;
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw new TooLarge(String(total));
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** Why these bytes are not text, or null when they may be. Formats people feed by mistake get a hint. */
export function binaryReason(b: Uint8Array): string | null {
  const starts = (sig: number[]) => sig.every((x, i) => b[i] === x);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2D])) return 'a PDF document, not text; extract its text first (e.g. pdftotext FILE -)';
  if (starts([0x50, 0x4B, 0x03, 0x04])) return 'a ZIP archive (or .docx/.xlsx), not text; save it as plain text first';
  if (starts([0x1F, 0x8B])) return 'gzip-compressed; decompress it first (e.g. zcat FILE | cnmetrics)';
  const head = b.subarray(0, BINARY_SNIFF_BYTES);
  const nul = head.indexOf(0);
  if (nul < 0) return null;
  if (utf16WithoutBom(head) !== null) return null;
  return `binary file, not text (NUL byte at byte offset ${nul})`;
}

/**
 * UTF-16 saved without a byte-order mark has its NULs (the high bytes of ASCII characters) all
 * on one side of each code unit, and decodes to text without control characters. Binary data
 * almost never does both.
 */
export function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0, odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) { if (i % 2) odd++; else even++; }
  if (even + odd === 0 || (even > 0 && odd > 0)) return null;
  const enc = even > 0 ? 'utf-16be' : 'utf-16le';
  const len = head.length & ~1;
  for (let i = 0; i < len; i += 2) {
    const u = enc === 'utf-16le' ? head[i] | (head[i + 1] << 8) : (head[i] << 8) | head[i + 1];
    if (u < 0x20 && u !== 0x09 && u !== 0x0A && u !== 0x0D && u !== 0x0C) return null;
    if (u >= 0xD800 && u <= 0xDBFF) {
      const next = enc === 'utf-16le' ? head[i + 2] | (head[i + 3] << 8) : (head[i + 2] << 8) | head[i + 3];
      if (i + 3 < len && !(next >= 0xDC00 && next <= 0xDFFF)) return null;
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) return null;
  }
  return enc;
}

/** Bytes → text: binary check, decoding, and HTML to visible text. Exported for tests and library use. */
export function decodeInput(bytes: Uint8Array, name: string, o: ReadOptions = {}): Omit<ReadResult, 'doc'> {
  if (bytes.length === 0) return { text: '', warnings: [] };
  let encoding = o.encoding;
  const bom = sniffBom(bytes);
  const forcedUtf16 = encoding !== undefined && /^(utf-?16|ucs-?2|unicode)/i.test(encoding.trim());
  if (!forcedUtf16 && !(bom && bom.encoding.startsWith('utf-16'))) {
    const reason = binaryReason(bytes);
    if (reason) return { text: null, error: reason, warnings: [] };
    if (!encoding && !bom && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) encoding = utf16WithoutBom(bytes.subarray(0, BINARY_SNIFF_BYTES)) ?? undefined;
  }
  const ext = extname(name).toLowerCase();
  const byName = HTML_EXTENSIONS.includes(ext);
  const latinHead = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  let html = o.html ?? (byName || looksLikeHtml(latinHead));
  const d = decodeBytes(bytes, { encoding, html });
  // UTF-16 HTML cannot be recognised from its raw bytes; look again at the decoded text.
  if (o.html === undefined && !html && d.encoding.startsWith('utf-16')) html = looksLikeHtml(d.text);
  let text = d.text.charCodeAt(0) === 0xFEFF ? d.text.slice(1) : d.text;
  if (html) text = htmlToText(text);
  return { text, warnings: d.warnings, encoding: d.encoding, html };
}

/** Kept for callers that decode bytes themselves. */
export function decode(bytes: Buffer, o: ReadOptions = {}): { text: string; warnings: string[] } {
  const r = decodeInput(bytes, '', { ...o, html: o.html ?? false });
  return { text: r.text ?? '', warnings: r.warnings };
}

export async function readInput(ref: InputRef, o: ReadOptions = {}): Promise<ReadResult> {
  const limit = o.maxSize ?? MAX_INPUT_BYTES;
  let bytes: Buffer;
  try {
    // `cnmetrics < dir` gives a stream that just ends, which would pass for an empty input.
    if (ref.path === null && fstatSync(0).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    bytes = ref.path === null ? await readAll(process.stdin, limit) : readPath(ref.path, limit);
  } catch (e) {
    if (e instanceof TooLarge) {
      const size = Number(e.message);
      return { doc: ref.name, text: null, error: `too large: ${ref.path === null ? 'more than ' : ''}${formatSize(size)}, over the ${formatSize(limit)} limit (raise it with --max-size)`, warnings: [] };
    }
    return { doc: ref.name, text: null, error: fsReason(e), warnings: [] };
  }
  try {
    return { doc: ref.name, ...decodeInput(bytes, ref.name, o) };
  } catch (e) {
    // V8 refuses strings past its limit; anything else here is a bug, but it is this input's.
    const msg = (e as Error)?.message ?? String(e);
    return { doc: ref.name, text: null, error: /string|Invalid array length|memory/i.test(msg) ? `too large to decode in memory (${formatSize(bytes.length)})` : `could not decode: ${msg}`, warnings: [] };
  }
}
