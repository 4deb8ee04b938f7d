import { groupBy } from '../group.js';

/**
 * Word lists grouped by one character of each word (its first or its last), by character code,
 * in list order: a pass over a text looks up, per position, only the words that can match there
 * (no one-character string per step, no loop over the whole list).
 */
export const byCode = <T>(items: Iterable<T>, code: (item: T) => number): Map<number, T[]> => groupBy(items, code);

export const firstCode = (w: string): number => w.charCodeAt(0);
export const lastCode = (w: string): number => w.charCodeAt(w.length - 1);
/** Longest first (a stable sort: list order among words of one length). */
export const longestFirst = <T>(items: readonly T[], word: (item: T) => string): T[] =>
  [...items].sort((a, b) => word(b).length - word(a).length);
