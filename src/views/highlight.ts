/**
 * Highlight: the text as a reader sees it (broken lines joined, full-width folded) with each
 * metric marked, colored by type like `grep --color`, or between ⟦ ⟧ when color is off.
 */
import { normalize } from '../normalize.js';
import { offsetIndex } from '../offsets.js';
import type { MetricRecord, MetricType } from '../types.js';

/** SGR parameters per type: bold + the table's colors (percent cyan, amount yellow, count green). */
export const TYPE_SGR: Record<MetricType, string> = { percent: '1;36', amount: '1;33', count: '1;32' };
const RESET = '\x1b[0m';

/*
 * Plain markers: two characters that Chinese news never uses, one code point each, so
 * `grep -o '⟦[^⟧]*⟧'` or `sed` can pick the metrics out of a pipe without clashing with the
 * text's own brackets (【】「」 [] are all common in the input).
 */
export const MARK_OPEN = '⟦';
export const MARK_CLOSE = '⟧';

export interface HighlightOptions {
  color: boolean;
  /** Show only lines within this many lines of a metric (grep -C); undefined: the whole text. */
  context?: number;
  /** Prefix each line with its input line number: `12:` for a line with a metric, `12-` for context. */
  lineNumbers?: boolean;
}

interface Span { start: number; end: number; type: MetricType }

/** Code-point offsets → UTF-16 indexes of the input (the same index when nothing is outside the BMP). */
function codePointToUtf16(input: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(input)) return (cp) => cp;
  const table: number[] = [];
  let i = 0;
  for (const ch of input) { table.push(i); i += ch.length; }
  table.push(i);
  return (cp) => table[Math.min(cp, table.length - 1)];
}

/** First normalized index whose input index is at or after `u`; the map only grows. */
function toNormalized(map: Int32Array, u: number): number {
  let lo = 0, hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] >= u) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/**
 * Input text is untrusted and goes to a terminal or a pager: ESC, other C0/C1 controls and
 * bidi overrides are shown as visible escapes so they cannot move the cursor, recolor or
 * reorder what follows. Tabs stay.
 */
function safe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const cp = c.charCodeAt(0);
    return cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : '\\u' + cp.toString(16).padStart(4, '0');
  });
}

export function highlight(input: string, records: readonly MetricRecord[], options: HighlightOptions): string {
  const norm = normalize(input);
  const text = norm.text;
  const toUtf16 = codePointToUtf16(input);
  const spans: Span[] = [];
  for (const r of [...records].sort((a, b) => a.start - b.start)) {
    const start = toNormalized(norm.map, toUtf16(r.start));
    const end = toNormalized(norm.map, toUtf16(r.end));
    // overlapping records cannot both be marked; the first one wins
    if (end <= start || (spans.length > 0 && start < spans[spans.length - 1].end)) continue;
    spans.push({ start, end, type: r.type });
  }
  const open = (t: MetricType) => (options.color ? `\x1b[${TYPE_SGR[t]}m` : MARK_OPEN);
  const close = options.color ? RESET : MARK_CLOSE;

  // Lines of the normalized text; a span never runs on past its line (a pager redraws by line).
  const lines: { start: number; end: number }[] = [];
  for (let s = 0; s <= text.length;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    lines.push({ start: s, end: e });
    if (nl < 0) break;
    s = nl + 1;
  }
  if (lines.length > 1 && lines[lines.length - 1].start === text.length) lines.pop(); // the final newline ends a line, it does not start one

  const rendered: string[] = [];
  const hasMetric: boolean[] = [];
  let si = 0;
  for (const ln of lines) {
    while (si < spans.length && spans[si].end <= ln.start) si++;
    let out = '';
    let pos = ln.start;
    let hit = false;
    for (let k = si; k < spans.length && spans[k].start < ln.end; k++) {
      const a = Math.max(spans[k].start, ln.start);
      const b = Math.min(spans[k].end, ln.end);
      if (b <= a) continue;
      out += safe(text.slice(pos, a)) + open(spans[k].type) + safe(text.slice(a, b)) + close;
      pos = b;
      hit = true;
    }
    rendered.push(out + safe(text.slice(pos, ln.end)));
    hasMetric.push(hit);
  }

  let shown: boolean[];
  if (options.context === undefined) {
    shown = rendered.map(() => true);
  } else {
    const n = options.context;
    shown = rendered.map(() => false);
    hasMetric.forEach((h, i) => {
      if (!h) return;
      for (let j = Math.max(0, i - n); j <= Math.min(rendered.length - 1, i + n); j++) shown[j] = true;
    });
  }

  const idx = options.lineNumbers ? offsetIndex(input) : null;
  const out: string[] = [];
  let last = -1;
  for (let i = 0; i < rendered.length; i++) {
    if (!shown[i]) continue;
    if (options.context !== undefined && last >= 0 && i > last + 1) out.push('--');
    const prefix = idx ? `${idx.line(norm.map[lines[i].start])}${hasMetric[i] ? ':' : '-'}` : '';
    out.push(prefix + rendered[i]);
    last = i;
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}
