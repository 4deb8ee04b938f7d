/**
 * Read & decode: the bytes of one input turned into text.
 */
import { readFileSync } from 'node:fs';
import { fsReason, type InputRef } from './collect.js';

export interface ReadResult { doc: string; text: string | null; error?: string; warnings: string[] }

export function decode(bytes: Buffer): { text: string; warnings: string[] } {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
  return { text, warnings: [] };
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

export async function readInput(ref: InputRef): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = ref.path === null ? await readAll(process.stdin) : readFileSync(ref.path);
  } catch (e) {
    return { doc: ref.name, text: null, error: fsReason(e), warnings: [] };
  }
  const { text, warnings } = decode(bytes);
  return { doc: ref.name, text, warnings };
}
