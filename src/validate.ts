/**
 * Checks of the library's arguments. JavaScript callers get no help from the types: a Buffer,
 * null or a misspelt type would otherwise fail deep inside with a raw TypeError, or quietly
 * return nothing (types: ['money']).
 */
import type { ExtractOptions, MetricType } from './types.js';

const TYPES: readonly MetricType[] = ['percent', 'amount', 'count'];

/** Throws a TypeError or RangeError that says what was wrong and what is expected. */
export function checkExtractArgs(input: unknown, options: ExtractOptions | undefined): void {
  if (typeof input !== 'string') {
    const what = input === null ? 'null' : Buffer.isBuffer(input) || input instanceof Uint8Array
      ? 'a Buffer (decode it first: buf.toString("utf8"), or the CLI\'s --encoding for GB18030, Big5, UTF-16)'
      : typeof input;
    throw new TypeError(`extract: the text must be a string, not ${what}`);
  }
  if (options === undefined || options === null) return;
  if (typeof options !== 'object') throw new TypeError(`extract: options must be an object, not ${typeof options}`);
  const { types, year, doc } = options;
  if (types !== undefined) {
    if (!Array.isArray(types)) throw new TypeError('extract: types must be an array such as ["percent", "amount"]');
    for (const t of types) {
      if (!TYPES.includes(t)) throw new RangeError(`extract: unknown type "${String(t)}" (choose from ${TYPES.join(', ')})`);
    }
  }
  if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
    throw new RangeError(`extract: year must be a four-digit whole number such as 2024, not ${JSON.stringify(year)}`);
  }
  if (doc !== undefined && typeof doc !== 'string') throw new TypeError(`extract: doc must be a string, not ${typeof doc}`);
}
