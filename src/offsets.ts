/**
 * Offsets into the input as given: UTF-16 indexes → code points, and 1-based line numbers.
 * Most text has no character outside the BMP, and then the two indexes are the same.
 */
export interface OffsetIndex {
  codePoint(utf16: number): number;
  line(utf16: number): number;
}

export function offsetIndex(input: string): OffsetIndex {
  const lineStarts: number[] = [0];
  for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // a lone \r (old Mac) also ends a line
  if (input.indexOf('\r') >= 0) {
    for (let i = input.indexOf('\r'); i >= 0; i = input.indexOf('\r', i + 1)) {
      if (input[i + 1] !== '\n') lineStarts.push(i + 1);
    }
    lineStarts.sort((a, b) => a - b);
  }
  let cp: Int32Array | null = null;
  if (/[\uD800-\uDBFF]/.test(input)) {
    cp = new Int32Array(input.length + 1);
    let n = 0;
    for (let i = 0; i < input.length; i++) {
      cp[i] = n;
      const c = input.charCodeAt(i);
      if (!(c >= 0xDC00 && c <= 0xDFFF && i > 0 && input.charCodeAt(i - 1) >= 0xD800 && input.charCodeAt(i - 1) <= 0xDBFF)) n++;
    }
    cp[input.length] = n;
  }
  return {
    codePoint: (u) => (cp ? cp[u] : u),
    line: (u) => {
      let lo = 0, hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= u) lo = mid; else hi = mid - 1;
      }
      return lo + 1;
    },
  };
}
