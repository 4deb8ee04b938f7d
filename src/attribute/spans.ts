/** Index of the first span (sorted by position) that ends after pos, by binary search: a mention costs log n. */
export function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, pos: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
