/**
 * Normalize: the text as a reader sees it, with a map back to the input.
 *
 * PDF and web copies break sentences across lines (`最直接的手` ⏎⏎ `段，更是…`), put spaces
 * around numbers (`增长 4.8%`) and use full-width forms (`１８．３６％`). Matching and
 * attribution run on the normalized text; every normalized index maps back to the input so
 * offsets and line numbers always point into the text as it was given.
 */

import { findTables, type TableBlock } from './layout/tables.js';

export interface Normalized {
  /** The normalized text. Kept line breaks are '\n'. */
  text: string;
  /** map[i] = UTF-16 index in the input of normalized char i; map[text.length] = input length. */
  map: Int32Array;
  /**
   * Table blocks of the input (layout, found before any line is joined), offsets in the input.
   * Their lines are never joined to each other nor to the text around them.
   */
  tables: TableBlock[];
}

// Full-width forms folded to ASCII. The full-width comma `，` is deliberately not folded: it is
// a clause break, never a thousands separator, and folding it would merge `项目5个，超1.2万亿元`.
// FOLD[c] = the ASCII code c folds to (0: kept). Full-width digits, letters, ％ ． ＋ － ＄ ～,
// ￥ → ¥, − → -, ideographic and no-break space → space, ∶ → :.
const FOLD = (() => {
  const t = new Uint16Array(0x10000);
  const range = (a: number, b: number) => { for (let c = a; c <= b; c++) t[c] = c - 0xFEE0; };
  range(0xFF10, 0xFF19); range(0xFF21, 0xFF3A); range(0xFF41, 0xFF5A);
  for (const c of [0xFF05, 0xFF0E, 0xFF0B, 0xFF0D, 0xFF04, 0xFF5E]) t[c] = c - 0xFEE0;
  t[0xFFE5] = 0xA5; t[0x2212] = 0x2D; t[0x3000] = 0x20; t[0xA0] = 0x20; t[0x2236] = 0x3A;
  return t;
})();

/** Full-width → ASCII for digits, letters and number signs; length-preserving. */
export function foldWidth(s: string): string {
  // A loop over codes, copying unchanged runs whole: a regex replace with a callback per
  // character was 4% of the 20 MB profile (news text is full of ％ and ideographic spaces).
  let out = '';
  let run = 0;
  for (let k = 0; k < s.length; k++) {
    const f = FOLD[s.charCodeAt(k)];
    if (f === 0) continue;
    out += s.slice(run, k) + String.fromCharCode(f);
    run = k + 1;
  }
  return run === 0 ? s : out + s.slice(run);
}

// A line ending like these ends its sentence; a line without one may continue on the next.
// (Tested on a trimmed line: its last character, by code. It was /[…]\s*$/ run over the whole
// line, 34 ms of a worker's profile on 20 MB; trim() removes exactly what \s* skipped.)
const SENTENCE_END_CODES = new Set([...'。！？!?…”」』）)：:；;'].map((c) => c.charCodeAt(0)));
/** An outline number opening a line (一、 （三） 1.): its 、 is no clause punctuation. */
export const ENUMERATOR = /^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])/;

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF) ||
    (code >= 0x3000 && code <= 0x303F) || (code >= 0xFF00 && code <= 0xFFEF) ||
    code === 0x201C || code === 0x201D || code === 0x2018 || code === 0x2019;
}
const isSpace = (code: number) => code === 0x20 || code === 0x09;

/** ASCII digit? */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Clause punctuation outside numbers: the comma of `1,234` is a thousands separator, not a clause break. */
function hasClausePunct(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x2C /* , */) {
      if (isDigit(t.charCodeAt(k - 1)) && isDigit(t.charCodeAt(k + 1))) continue;
      return true;
    }
    if (c === 0xFF0C || c === 0x3001 || c === 0xFF1B || c === 0x3B) return true;
  }
  return false;
}

/** A heading's number: `一、` `（二）` `3、` `3. ` — not the decimal point of `2.5%的企业`. */
const HEADING_NUMBER = /^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:、|[.．](?!\d)))/;
/** The longest numbered line that may be a heading (`一、工业生产回暖，效益改善`, `（二）…`, `3. …`). */
const HEADING_LINE_MAX = 24;
/**
 * The longest unnumbered line a blank line makes a heading (`稳中求进，砥砺前行`). A PDF line
 * broken at a page end (`…最直接的手` ⏎⏎ `段，…`) is a full line of text, longer than this.
 */
const BLANK_HEADING_MAX = 16;

/**
 * A heading line (SPEC "Lines, headings and tables"): a short numbered line (`一、…`, `（二）…`,
 * `3. …`) without a closing stop, or a short line without one that a blank line follows, unless
 * the next line starts with the broken-off end of a word (`段，…`). It stays apart from the
 * paragraph after it even with 、 or ， inside.
 */
function isHeadingLine(t: string, blankAfter: boolean, next: string): boolean {
  if (t.length > HEADING_LINE_MAX) return false;
  if (HEADING_NUMBER.test(t)) return true;
  if (!blankAfter || t.length > BLANK_HEADING_MAX) return false;
  const k = next.search(/[，,、；;。]/);
  return !(k >= 0 && k <= 2);
}

/**
 * Decides, for each input line, whether it runs on into the next non-blank line. Joining mends a
 * sentence broken by copying from a PDF; it never fuses two numbers (`1,234` ⏎ `5.6%`, a table
 * copied one cell a line): a line ending in a digit never runs into a line starting with one.
 */
function continues(line: string, next: string | undefined, blankBetween: boolean): boolean {
  if (next === undefined) return false;
  const t = line.trim();
  if (t === '' || SENTENCE_END_CODES.has(t.charCodeAt(t.length - 1))) return false;
  // 「一、综合」「（三）工业」: a numbered heading's 、 is not clause punctuation
  if (!hasClausePunct(t.replace(ENUMERATOR, ''))) return false;
  if (isHeadingLine(t, blankBetween, next.trimStart())) return false;
  // 「…早日投产达产。 朱高轩」: a byline after the last sentence, not a sentence broken off
  const lastEnd = Math.max(t.lastIndexOf('。'), t.lastIndexOf('！'), t.lastIndexOf('？'));
  if (lastEnd >= 0) {
    const tail = t.slice(lastEnd + 1);
    if (/^[ \t]/.test(tail) && tail.trim().length <= 8) return false;
  }
  const n = next.trimStart();
  if (n === '') return false;
  // two numbers never become one: `1,234` ⏎ `5.6%`, `９９９` ⏎ `12个百分点` (width is folded here)
  const last = t.charCodeAt(t.length - 1);
  const n0 = n.charCodeAt(0);
  if ((isDigit(last) || last === 0x25 /* % */ || last === 0x2E /* . */) &&
      (isDigit(n0) || ((n0 === 0x2D || n0 === 0x2B || n0 === 0x2E) && isDigit(n.charCodeAt(1))))) return false;
  // A new paragraph that starts with an opening quote or a list marker is not a continuation.
  return !/^[“「『（(【\[●○■□◆·\-—*#]/.test(n);
}

export function normalize(input: string): Normalized {
  const folded = foldWidth(input);
  // Lines with their start offsets (\r\n and \r count as one break).
  const lines: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];   // index of the break after the line
  {
    let i = 0;
    const re = /\r\n|\r|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      lines.push(folded.slice(i, m.index)); starts.push(i); ends.push(m.index);
      i = m.index + m[0].length;
    }
    lines.push(folded.slice(i)); starts.push(i); ends.push(folded.length);
  }
  // Layout first: table blocks are found before any line is joined, and their lines (caption to
  // last row) stay lines.
  const tables = findTables(folded, starts, ends);
  let inTable: Uint8Array | null = null;
  if (tables.length > 0) {
    inTable = new Uint8Array(lines.length);
    for (const b of tables) for (let k = b.firstLine; k <= b.lastLine; k++) inTable[k] = 1;
  }

  const out: string[] = [];
  const mapParts: number[] = [];
  let outLen = 0;
  const map = new Int32Array(input.length + 1);
  const emit = (from: number, to: number) => {
    // copy folded[from, to) dropping spaces that touch CJK text
    let runStart = from;
    for (let k = from; k < to; k++) {
      const code = folded.charCodeAt(k);
      if (!isSpace(code)) continue;
      let e = k;
      while (e < to && isSpace(folded.charCodeAt(e))) e++;
      const before = k > from ? folded.charCodeAt(k - 1) : -1;
      const after = e < to ? folded.charCodeAt(e) : -1;
      const drop = before === -1 || after === -1 || isCjk(before) || isCjk(after);
      if (drop) {
        push(runStart, k);
        runStart = e;
      }
      k = e - 1;
    }
    push(runStart, to);
  };
  const push = (from: number, to: number) => {
    if (to <= from) return;
    out.push(folded.slice(from, to));
    for (let k = from; k < to; k++) map[outLen++] = k;
  };
  void mapParts;

  let li = 0;
  while (li < lines.length) {
    emit(starts[li], ends[li]);
    // find the next non-blank line
    let nj = li + 1;
    while (nj < lines.length && lines[nj].trim() === '') nj++;
    if (nj < lines.length && (inTable === null || (inTable[li] === 0 && inTable[nj] === 0)) &&
        continues(lines[li], lines[nj], nj > li + 1)) {
      li = nj; // the breaks and blank lines between are dropped: the sentence goes on
      continue;
    }
    // keep the line break(s) as they are, one '\n' per input break
    for (let k = li + 1; k <= Math.min(nj, lines.length - 1); k++) {
      out.push('\n');
      map[outLen++] = ends[k - 1];
    }
    if (nj >= lines.length) break;
    li = nj;
  }
  map[outLen] = input.length;
  return { text: out.join(''), map: map.subarray(0, outLen + 1), tables };
}
