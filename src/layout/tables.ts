/**
 * Table blocks of a text: rows of cells separated by tabs (TSV, and HTML `<td>` as the HTML
 * reader writes them), by runs of two or more spaces (`pdftotext -layout`) or by `|` (Markdown),
 * with the caption (`表5 …`), unit line (`单位：亿元、%`) and header row above them.
 *
 * Pure and linear: one pass over the lines. A line is looked at only when it holds a tab, a `|`
 * or two spaces in a row after its indentation, so prose costs one pass over its codes.
 * Offsets are UTF-16 indexes into the text given (normalize's folded input: same length and
 * offsets as the input, full-width digits and spaces folded).
 */

export interface TableCell {
  /** UTF-16 offsets of the cell's text (trimmed) in the text. */
  start: number;
  end: number;
  text: string;
  /** Column of the cell's start within its line, in UTF-16 units. */
  col: number;
}

export interface TableRow {
  /** 0-based index of the row's line. */
  line: number;
  /** Leading white space of the line, in characters (a sub-row is indented under its parent). */
  indent: number;
  cells: TableCell[];
}

export type Separator = 'space' | 'tab' | 'pipe';

export interface TableBlock {
  sep: Separator;
  /** First line of the block (its caption, unit line or header when it has one) and last row's line. */
  firstLine: number;
  lastLine: number;
  /** UTF-16 offsets: start of the first line, end of the last row. */
  start: number;
  end: number;
  caption: string | null;
  /** The unit line's text (`单位：亿元、%`), when one stands above the header. */
  unitLine: string | null;
  header: TableRow | null;
  rows: TableRow[];
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;
/** A cell that is one number as tables write them: `1,234.5`, `-3.2`, `45.31%`. */
export const NUMERIC_CELL = /^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?$/;
const CAPTION = /^(?:附?表|Table)\s*[0-9一二三四五六七八九十]{1,3}(?:[-－.．][0-9]{1,2})?(?:[\s:：、.．]|$)/;
const UNIT_LINE = /^(?:计量)?单位[：:]/;
const PIPE_SEPARATOR = /^\|?[\s:|-]*-[\s:|-]*$/;
const CJK = /[\u3400-\u9fff]/;
const SENTENCE_END = /[。！？!?]/;

/**
 * Is this line worth splitting? A tab, a `|` first, or two spaces after the indentation. One
 * loop over the line's codes (an indexOf would search on past the line's end: quadratic).
 */
function candidate(text: string, a: number, b: number): Separator | null {
  let k = a;
  while (k < b && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= b) return null;
  if (text.charCodeAt(k) === 0x7c /* | */) return 'pipe';
  let space = false;
  for (; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 9) return 'tab';
    if (isSpaceCode(c)) {
      if (isSpaceCode(text.charCodeAt(k + 1)) && k + 1 < b) space = true;
    }
  }
  return space ? 'space' : null;
}

/** Cells of one line, trimmed, with their offsets. Empty cells are kept for tab and pipe rows. */
export function splitCells(text: string, a: number, b: number, sep: Separator): TableCell[] {
  const cells: TableCell[] = [];
  const push = (s: number, e: number) => {
    while (s < e && (isSpaceCode(text.charCodeAt(s)) || text.charCodeAt(s) === 9)) s++;
    while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 9)) e--;
    cells.push({ start: s, end: e, text: text.slice(s, e), col: s - a });
  };
  if (sep === 'tab' || sep === 'pipe') {
    const ch = sep === 'tab' ? 9 : 0x7c;
    let s = a;
    if (sep === 'pipe') {
      while (s < b && isSpaceCode(text.charCodeAt(s))) s++;
      if (text.charCodeAt(s) === 0x7c) s++;
    }
    let e = b;
    if (sep === 'pipe') {
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s && text.charCodeAt(e - 1) === 0x7c) e--;
    }
    for (let k = s; k <= e; k++) {
      if (k === e || (text.charCodeAt(k) === ch && !(sep === 'pipe' && text.charCodeAt(k - 1) === 0x5c))) {
        push(s, k);
        s = k + 1;
      }
    }
    return cells;
  }
  // runs of two or more spaces
  let k = a;
  while (k < b && isSpaceCode(text.charCodeAt(k))) k++;
  let s = k;
  while (k < b) {
    if (isSpaceCode(text.charCodeAt(k))) {
      let e = k;
      while (e < b && isSpaceCode(text.charCodeAt(e))) e++;
      if (e - k >= 2 || e === b) {
        push(s, k);
        s = e;
      }
      k = e;
    } else k++;
  }
  if (s < b) push(s, b);
  return mergeSpacedWords(text, cells);
}

/**
 * pdftotext spaces out short labels to fill a column (`指   标`, `#粮   食`, `产    量`): a cell
 * of one Chinese character (after `#`) joined to the next cell that starts with one, when the
 * gap is a few spaces; a marker cell (`在总计中：`, `其中：`) is joined to the label after it.
 */
function mergeSpacedWords(text: string, cells: TableCell[]): TableCell[] {
  const out: TableCell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    if (prev !== undefined && CJK.test(c.text.charAt(0))) {
      const gap = c.start - prev.end;
      const single = /^#?[\u3400-\u9fff]$/.test(prev.text);
      const marker = /[：:]$/.test(prev.text) && prev.text.length <= 6;
      if ((single && gap <= 4) || marker) {
        out[out.length - 1] = { start: prev.start, end: c.end, text: text.slice(prev.start, c.end), col: prev.col };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const isNumericCell = (t: string) => NUMERIC_CELL.test(t);

/**
 * A row: two or more cells, one of them a number after the first cell (a label or a 序号 comes
 * first: `1  加快项目建设` is a list item, not a row), and no sentence in it.
 */
function isRow(cells: TableCell[]): boolean {
  let nonEmpty = 0, numeric = 0;
  for (const c of cells) {
    if (c.text === '') continue;
    nonEmpty++;
    if (isNumericCell(c.text)) { if (nonEmpty > 1) numeric++; }
    else if (SENTENCE_END.test(c.text) || c.text.length > 40) return false;
  }
  return nonEmpty >= 2 && numeric >= 1;
}

/** A header: two or more cells, none a number, none a sentence. */
function isHeader(cells: TableCell[]): boolean {
  let nonEmpty = 0;
  for (const c of cells) {
    if (c.text === '') continue;
    if (isNumericCell(c.text) || SENTENCE_END.test(c.text) || c.text.length > 30) return false;
    nonEmpty++;
  }
  return nonEmpty >= 2;
}

/**
 * Might this line belong to a table block (a row, a header, a caption or a unit line)? Cheap,
 * for the chunker: a stream is never cut next to such a line, so a table is read whole. (It
 * errs on the side of yes: a prose line with two spaces in a row counts.)
 */
export function isTableish(text: string, a: number, b: number): boolean {
  if (candidate(text, a, b) !== null) return true;
  let k = a;
  while (k < b && (isSpaceCode(text.charCodeAt(k)) || text.charCodeAt(k) === 9)) k++;
  const head = text.slice(k, Math.min(b, k + 12));
  return CAPTION.test(head) || UNIT_LINE.test(head);
}

function firstNonSpace(text: string, a: number, b: number): number {
  let k = a;
  while (k < b && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

const indentOf = (text: string, a: number, b: number): number => {
  let k = a;
  while (k < b && (isSpaceCode(text.charCodeAt(k)) || text.charCodeAt(k) === 9)) k++;
  return k - a;
};

const trimmed = (text: string, a: number, b: number) => text.slice(a, b).trim();
/** Nothing but white space (a \r, a tab or another space character included)? */
function isBlankLine(text: string, a: number, b: number): boolean {
  const k = firstNonSpace(text, a, b);
  if (k >= b) return true;
  const c = text.charCodeAt(k);
  if (c > 0x20 && c < 0x2000) return false;
  return /^\s*$/.test(text.slice(k, b));
}

/** The smaller of two positions where -1 is none. */
const nearest = (x: number, y: number): number => (x < 0 ? y : y < 0 ? x : Math.min(x, y));

/** The first line in [from, n) ending after pos (n when pos is -1, none, or past them all). */
function lineReaching(ends: ArrayLike<number>, from: number, n: number, pos: number): number {
  if (pos < 0) return n;
  let lo = from, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The table blocks of a text split into lines (`starts[i]`, `ends[i]`: the offsets of line i
 * without its break). Rows may be separated by single blank lines (pdftotext often doubles
 * lines). A block has a header (or a unit line right above its rows) and one row or more.
 */
export function findTables(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>): TableBlock[] {
  const n = starts.length;
  const blocks: TableBlock[] = [];
  // The next tab, double space, double ideographic space and pipe at or after a position: one native
  // indexOf each, searched again only once the scan has passed them, so a text without tables
  // costs four searches in all rather than a loop over every character.
  let nextTab = -2, nextTwo = -2, nextIdeo = -2, nextPipe = -2;
  const after = (at: number, found: number, needle: string) =>
    found === -1 || found >= at ? found : text.indexOf(needle, at);
  let li = 0;
  while (li < n) {
    const a = starts[li], b = ends[li];
    nextTab = after(a, nextTab, '\t');
    nextTwo = after(a, nextTwo, '  ');
    nextIdeo = after(a, nextIdeo, '\u3000\u3000');
    const maybe = (nextTab >= 0 && nextTab < b) || (nextTwo >= 0 && nextTwo < b) || (nextIdeo >= 0 && nextIdeo < b) || text.charCodeAt(a) === 0x7c ||
      ((text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x3000) && text.charCodeAt(firstNonSpace(text, a, b)) === 0x7c);
    if (!maybe) {
      // A row holds one of these marks (a tab, two spaces, two ideographic spaces, a pipe), so
      // no line before the one holding the next mark past this line can start a table: go
      // straight there. On prose the loop then runs over a few lines, not every one (it ran
      // long enough to be compiled, and recompiled, on text with no table at all).
      nextTab = after(b, nextTab, '\t');
      nextTwo = after(b, nextTwo, '  ');
      nextIdeo = after(b, nextIdeo, '\u3000\u3000');
      nextPipe = after(b, nextPipe, '|');
      li = lineReaching(ends, li + 1, n, nearest(nearest(nextTab, nextTwo), nearest(nextIdeo, nextPipe)));
      continue;
    }
    const sep = candidate(text, a, b);
    if (sep === null) { li++; continue; }
    const cells = splitCells(text, starts[li], ends[li], sep);
    if (!isRow(cells)) { li++; continue; }
    // a run of rows of the same separator, blank lines allowed between them
    const rows: TableRow[] = [{ line: li, indent: indentOf(text, starts[li], ends[li]), cells }];
    let lj = li + 1;
    let last = li;
    while (lj < n) {
      if (isBlankLine(text, starts[lj], ends[lj])) {
        if (lj - last > 2) break;
        lj++;
        continue;
      }
      const s2 = candidate(text, starts[lj], ends[lj]);
      if (s2 !== sep) break;
      const c2 = splitCells(text, starts[lj], ends[lj], sep);
      if (sep === 'pipe' && PIPE_SEPARATOR.test(trimmed(text, starts[lj], ends[lj]))) { last = lj; lj++; continue; }
      if (!isRow(c2)) break;
      rows.push({ line: lj, indent: indentOf(text, starts[lj], ends[lj]), cells: c2 });
      last = lj;
      lj++;
    }
    // header, unit line and caption above the first row (blank lines and a pipe separator skipped)
    let header: TableRow | null = null;
    let first = li;
    let k = li - 1;
    const skipUp = () => { while (k >= 0 && (isBlankLine(text, starts[k], ends[k]) || (sep === 'pipe' && PIPE_SEPARATOR.test(trimmed(text, starts[k], ends[k]))))) k--; };
    skipUp();
    if (k >= 0 && li - k <= 3) {
      const hs = candidate(text, starts[k], ends[k]);
      const hc = hs === null ? null : splitCells(text, starts[k], ends[k], hs);
      if (hc !== null && (hs === sep || hs === 'space') && isHeader(hc)) {
        header = { line: k, indent: indentOf(text, starts[k], ends[k]), cells: hc };
        first = k;
        k--;
        skipUp();
      }
    }
    // without a header there is nothing to say what the numbers are: not a table (its lines stay prose)
    if (header === null) {
      let k2 = k;
      while (k2 >= 0 && isBlankLine(text, starts[k2], ends[k2])) k2--;
      if (k2 < 0 || li - k2 > 3 || !UNIT_LINE.test(trimmed(text, starts[k2], ends[k2]))) { li = lj; continue; }
    }
    let caption: string | null = null;
    let unitLine: string | null = null;
    for (let up = 0; up < 3 && k >= 0 && first - k <= 4; up++) {
      // a Markdown caption may be bold or a heading: `**表1 …**`, `### 表1 …`
      const t = trimmed(text, starts[k], ends[k]).replace(/^[#*\s]+|[*\s]+$/g, '');
      if (t.length > 60 || SENTENCE_END.test(t)) break;
      if (unitLine === null && UNIT_LINE.test(t)) { unitLine = t; first = k; }
      else if (caption === null && CAPTION.test(t)) { caption = t; first = k; break; }
      else if (up === 0 && /(?:单位|计量单位)[：:]/.test(t)) { unitLine = t.slice(t.search(/(?:计量)?单位[：:]/)); first = k; }
      else break;
      k--;
      skipUp();
    }
    // no numbered caption: a short unpunctuated title line right above the header (an HTML
    // <caption>, a title without 表N)
    if (caption === null && header !== null && k >= 0 && first - k <= 2) {
      const t = trimmed(text, starts[k], ends[k]).replace(/^[#*\s]+|[*\s]+$/g, '');
      if (t.length > 0 && t.length <= 40 && !/[。！？!?，,；;：:]/.test(t) && candidate(text, starts[k], ends[k]) === null) {
        caption = t;
        first = k;
      }
    }
    // a unit line standing right of the caption (`表2 …    单位：亿元`)
    if (caption !== null && unitLine === null) {
      const at = caption.search(/(?:计量)?单位[：:]/);
      if (at > 0) { unitLine = caption.slice(at); caption = caption.slice(0, at).trim(); }
    }
    blocks.push({
      sep, firstLine: first, lastLine: last, start: starts[first], end: ends[last],
      caption, unitLine, header, rows,
    });
    li = lj;
  }
  return blocks;
}
