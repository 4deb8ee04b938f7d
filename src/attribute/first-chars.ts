/**
 * A faster `exec` loop for long alternations of time words (PERIOD_RE, CONTEXT_RE in period.ts).
 *
 * Why: a global regex of ~60 alternatives is tried at every position of the text, every
 * alternative in turn, and V8 finds no literal prefix to skip by; on the 20 MB corpus the
 * context-period regex alone was ~10% of the run. Nearly every position starts with a character
 * no alternative can start with, so a table of the characters that can open a match lets the
 * scan skip them with one array read, and the pattern runs (sticky, at that position only) where
 * one might start. The
 * matches are the same: the leftmost position where the pattern matches, and there the same
 * alternative (the sticky copy is the same pattern).
 *
 * The characters are read from the pattern's source. Only the syntax the period patterns use is
 * understood (literals, `\d`, classes without `^`, groups, lookaheads, `? * + {m,n}`, `|`);
 * anything else, flags other than `g`, or a pattern that can match the empty string gives no
 * set, and the plain regex is run as before.
 */

/** The code units a match of `source` can start with, or null when the pattern is beyond this reader. */
export function firstCodes(source: string): Set<number> | null {
  const codes = new Set<number>();
  try {
    const [nullable, end] = alternation(source, 0, codes);
    return end === source.length && !nullable ? codes : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

class Unsupported extends Error {}

// Each reader adds the first characters of what it reads to `into` (null: read, add nothing) and
// returns whether it can match the empty string, and where it stopped.

function alternation(src: string, i: number, into: Set<number> | null): [boolean, number] {
  let nullable = false;
  for (;;) {
    const [n, j] = sequence(src, i, into);
    nullable ||= n;
    if (src[j] !== '|') return [nullable, j];
    i = j + 1;
  }
}

/** A run of items up to `|`, `)` or the end: an item's first characters count while all before it can be empty. */
function sequence(src: string, i: number, into: Set<number> | null): [boolean, number] {
  let nullable = true;
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const [n, j] = quantified(src, i, nullable ? into : null);
    nullable &&= n;
    i = j;
  }
  return [nullable, i];
}

function quantified(src: string, i: number, into: Set<number> | null): [boolean, number] {
  let [nullable, j] = atom(src, i, into);
  const at = j;
  const q = src[j];
  if (q === '?' || q === '*') { nullable = true; j++; }
  else if (q === '+') j++;
  else if (q === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(j, j + 12));
    if (m === null) throw new Unsupported();
    if (Number(m[1]) === 0) nullable = true;
    j += m[0].length;
  }
  if (j > at && src[j] === '?') j++; // lazy: the same first characters
  return [nullable, j];
}

function addDigits(into: Set<number> | null): void {
  if (into !== null) for (let d = 0x30; d <= 0x39; d++) into.add(d);
}

function atom(src: string, i: number, into: Set<number> | null): [boolean, number] {
  const c = src[i];
  if (c === '(') {
    if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) {
      // zero-width: it narrows what may follow, never what a match starts with
      const [, j] = alternation(src, i + 3, null);
      if (src[j] !== ')') throw new Unsupported();
      return [true, j + 1];
    }
    let k = i + 1;
    if (src.startsWith('?:', k)) k += 2;
    else if (src[k] === '?') throw new Unsupported(); // lookbehind, named group
    const [nullable, j] = alternation(src, k, into);
    if (src[j] !== ')') throw new Unsupported();
    return [nullable, j + 1];
  }
  if (c === '[') return [false, charClass(src, i + 1, into)];
  if (c === '\\') {
    const e = src[i + 1];
    if (e === 'd') { addDigits(into); return [false, i + 2]; }
    if (e === undefined || /[a-zA-Z0-9]/.test(e)) throw new Unsupported(); // \s \w \b \u … \1
    into?.add(e.charCodeAt(0));
    return [false, i + 2];
  }
  if (c === '.' || c === '^' || c === '$' || c === '*' || c === '+' || c === '?' || c === '{' || c === '|' || c === ')') {
    throw new Unsupported();
  }
  into?.add(src.charCodeAt(i));
  return [false, i + 1];
}

/** A class `[...]` from after its `[`; returns the index after its `]`. */
function charClass(src: string, i: number, into: Set<number> | null): number {
  if (src[i] === '^') throw new Unsupported();
  /** One class member at k: a code, or -1 for \d (added here); and where it ends. */
  const one = (k: number): [number, number] => {
    if (src[k] !== '\\') return [src.charCodeAt(k), k + 1];
    const e = src[k + 1];
    if (e === 'd') { addDigits(into); return [-1, k + 2]; }
    if (e === undefined || /[a-zA-Z0-9]/.test(e)) throw new Unsupported();
    return [e.charCodeAt(0), k + 2];
  };
  while (i < src.length && src[i] !== ']') {
    const [a, j] = one(i);
    if (a < 0) { i = j; continue; }
    if (src[j] === '-' && j + 1 < src.length && src[j + 1] !== ']') {
      const [b, k] = one(j + 1);
      if (b < a) throw new Unsupported();
      if (into !== null) for (let x = a; x <= b; x++) into.add(x);
      i = k;
    } else { into?.add(a); i = j; }
  }
  if (src[i] !== ']') throw new Unsupported();
  return i + 1;
}

/**
 * `exec` for a global regex, trying it only where a match can start. Call with the position to
 * search from; returns the match (its index is where it starts) or null. Same results as setting
 * `re.lastIndex = from` and calling `re.exec(text)`.
 */
export type Scanner = (text: string, from: number) => RegExpExecArray | null;

export function firstCharScanner(re: RegExp): Scanner {
  const plain: Scanner = (text, from) => { re.lastIndex = from; return re.exec(text); };
  if (re.flags !== 'g') return plain;
  let next: Scanner | null = null;
  // Built on first use, and only for a long text: on a short one (a one-off run on an article)
  // reading the pattern and warming the loop cost more than the plain regex does.
  return (text, from) => (text.length < LONG_TEXT ? plain : (next ??= build(re) ?? plain))(text, from);
}

/** From this length (UTF-16 units) on, a text is scanned by first characters. */
const LONG_TEXT = 1 << 15;

function build(re: RegExp): Scanner | null {
  const codes = firstCodes(re.source);
  if (codes === null) return null;
  // (a byte table read in a loop: a one-class regex finding the candidates measured 4x slower,
  // a call per candidate, and digits are candidates)
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  const sticky = new RegExp(re.source, 'y');
  return (text, from) => {
    for (let k = from; k < text.length; k++) {
      if (table[text.charCodeAt(k)] === 0) continue;
      sticky.lastIndex = k;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  };
}
