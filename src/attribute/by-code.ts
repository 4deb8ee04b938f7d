/**
 * Word lists grouped by one character of each word (its first or its last), by character code,
 * in list order: a pass over a text looks up, per position, only the words that can match there
 * (no one-character string per step, no loop over the whole list).
 */
export function byCode<T>(items: Iterable<T>, code: (item: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const k = code(it);
    const l = m.get(k);
    if (l) l.push(it); else m.set(k, [it]);
  }
  return m;
}

export const firstCode = (w: string): number => w.charCodeAt(0);
export const lastCode = (w: string): number => w.charCodeAt(w.length - 1);
/** Longest first (a stable sort: list order among words of one length). */
export const longestFirst = <T>(items: readonly T[], word: (item: T) => string): T[] =>
  [...items].sort((a, b) => word(b).length - word(a).length);
