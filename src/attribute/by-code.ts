/**
 * Word lists grouped by one character of each word (its first or its last), by character code,
 * in list order: a pass over a text looks up, per position, only the words that can match there
 * (no one-character string per step, no loop over the whole list).
 */
export const byCode = <T>(items: Iterable<T>, code: (item: T) => number): CodeMap<T> => {
  const m = new CodeMap<T>();
  for (const it of items) m.add(code(it), it);
  return m;
};

/**
 * A Map from character code to the words keyed by it, with a table of the codes it holds: the
 * passes above ask at nearly every character and are nearly always told "none", and a byte read
 * answers that several times faster than hashing the code (the lookups were ~15% of
 * attribution on the 20 MB corpus: trend words, basis words, the clause lexicon, heads).
 * Same contents and order as grouping the list into a Map.
 */
export class CodeMap<T> extends Map<number, T[]> {
  private readonly present = new Uint8Array(0x10000);
  add(code: number, item: T): void {
    const l = super.get(code);
    if (l) l.push(item); else super.set(code, [item]);
    if (code >= 0 && code < 0x10000) this.present[code] = 1;
  }
  override get(code: number): T[] | undefined {
    // (a code outside 0..0xFFFF — NaN past a string's end — reads undefined here: not present)
    return this.present[code] === 1 ? super.get(code) : undefined;
  }
  override set(code: number, items: T[]): this {
    super.set(code, items);
    if (code >= 0 && code < 0x10000) this.present[code] = 1;
    return this;
  }
}

export const firstCode = (w: string): number => w.charCodeAt(0);
export const lastCode = (w: string): number => w.charCodeAt(w.length - 1);
/**
 * Longest first, list order among words of one length (what a stable sort by length gives). By
 * buckets of length: the lists are sorted at start-up, where a comparator sort of the ~900 clause
 * words ran interpreted (~1.5 ms of a one-off run).
 */
export function longestFirst<T>(items: readonly T[], word: (item: T) => string): T[] {
  const byLength: T[][] = [];
  for (const it of items) (byLength[word(it).length] ??= []).push(it);
  const out: T[] = [];
  for (let l = byLength.length - 1; l >= 0; l--) { const b = byLength[l]; if (b !== undefined) for (const it of b) out.push(it); }
  return out;
}
