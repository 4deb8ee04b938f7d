/**
 * JSON Lines corpus input: one JSON object a line, its text in one field and its name in
 * another. Lines are cut on the byte 0x0A (never part of a multi-byte UTF-8 character), so a
 * corpus of any size is read block by block. A line that is not an object with a string text
 * field is returned as an error with its line number; the others are unaffected.
 */

export interface JsonlFieldOptions {
  /** Field holding the text. Default `text`. */
  textField?: string;
  /** Field holding the record's name, copied into `doc`. Default `id`. */
  idField?: string;
  /** Fields copied as they are into every metric record of the line (--keep); a missing one is null. */
  keep?: readonly string[];
}

export type JsonlRecord =
  | { line: number; id: string | null; text: string; kept?: Record<string, unknown> }
  /** `id`: the line's own id when it is an object that has one, so an error can name it. */
  | { line: number; error: string; id?: string | null };

/** One line of JSONL → a record, an error, or null for a blank line. */
export function parseJsonlLine(s: string, line: number, o: JsonlFieldOptions = {}): JsonlRecord | null {
  const textField = o.textField ?? 'text';
  const idField = o.idField ?? 'id';
  if (s.trim() === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (e) {
    return { line, error: `not valid JSON (${(e as Error).message})` };
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return { line, error: 'not a JSON object' };
  const obj = v as Record<string, unknown>;
  const rawId = obj[idField];
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  const text = obj[textField];
  if (typeof text !== 'string') {
    return { line, id, error: text === undefined ? `no "${textField}" field (choose one with --text-field)` : `"${textField}" is not a string` };
  }
  if (!o.keep || o.keep.length === 0) return { line, id, text };
  const kept: Record<string, unknown> = {};
  for (const k of o.keep) kept[k] = Object.hasOwn(obj, k) ? obj[k] : null;
  return { line, id, text, kept };
}

/** Records of a JSONL byte stream, in order. */
export async function* jsonlRecords(blocks: AsyncIterable<Buffer>, o: JsonlFieldOptions = {}): AsyncGenerator<JsonlRecord> {
  let line = 0;
  let first = true;
  const lines = function* (s: string): Generator<JsonlRecord> {
    if (first) { first = false; if (s.charCodeAt(0) === 0xfeff) s = s.slice(1); }
    for (const l of s.split('\n')) {
      const r = parseJsonlLine(l, ++line, o);
      if (r) yield r;
    }
  };
  // A line longer than a block arrives in pieces: they are kept in a list and joined once, so a
  // record of many megabytes costs one copy, not one per block.
  let parts: Buffer[] = [];
  for await (const b of blocks) {
    const nl = b.lastIndexOf(10);
    if (nl < 0) { if (b.length) parts.push(b); continue; }
    const head = b.subarray(0, nl);
    const whole = parts.length ? Buffer.concat([...parts, head]) : head;
    // copy: a short tail should not keep its whole block alive
    parts = nl + 1 < b.length ? [Buffer.from(b.subarray(nl + 1))] : [];
    yield* lines(whole.toString('utf8'));
  }
  if (parts.length) yield* lines(Buffer.concat(parts).toString('utf8'));
}
