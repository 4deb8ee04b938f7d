import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { normalize } from '../src/normalize.js';
import { highlight, MARK_OPEN, MARK_CLOSE, TYPE_SGR } from '../src/views/highlight.js';
import type { MetricType } from '../src/types.js';
import { readFixture, readGold } from './helpers.js';

/** Splits highlighted output into its plain text and, per character, the type whose color it is shown in. */
function parseColored(out: string): { plain: string; color: (MetricType | null)[] } {
  const byCode = new Map(Object.entries(TYPE_SGR).map(([t, code]) => [code, t as MetricType]));
  let plain = '';
  const color: (MetricType | null)[] = [];
  let current: MetricType | null = null;
  const re = /\x1b\[([0-9;]*)m/y;
  for (let i = 0; i < out.length;) {
    re.lastIndex = i;
    const m = re.exec(out);
    if (m) {
      current = m[1] === '0' || m[1] === '' ? null : (byCode.get(m[1]) ?? null);
      if (m[1] !== '0' && m[1] !== '' && !byCode.has(m[1])) throw new Error(`unexpected SGR ${m[1]}`);
      i = re.lastIndex;
      continue;
    }
    plain += out[i];
    color.push(current);
    i++;
  }
  return { plain, color };
}

/** Code-point offsets of the input → index in the normalized text, found by scanning the map (independent of the implementation). */
function normalizedIndex(input: string, map: Int32Array, cp: number): number {
  const utf16 = [...input].slice(0, cp).join('').length;
  for (let i = 0; i < map.length; i++) if (map[i] >= utf16) return i;
  return map.length - 1;
}

const SAMPLE = readFixture('gaoxin-zones-2024.txt');

describe('highlight', () => {
  it('shows the text as a reader sees it, with every gold span colored by its type', () => {
    const records = extract(SAMPLE, { doc: 'x' });
    const out = highlight(SAMPLE, records, { color: true });
    const { plain, color } = parseColored(out);
    const norm = normalize(SAMPLE);
    expect(plain).toBe(norm.text.endsWith('\n') ? norm.text : norm.text + '\n');
    // the broken sentence of the sample is joined
    expect(plain).toContain('最直接的手段');
    const gold = readGold('gaoxin-zones-2024.gold.jsonl').filter((g) => !g.optional);
    expect(gold.length).toBeGreaterThan(40);
    for (const g of gold) {
      const a = normalizedIndex(SAMPLE, norm.map, g.start);
      const b = normalizedIndex(SAMPLE, norm.map, g.end);
      expect(b, g.text).toBeGreaterThan(a);
      expect(color.slice(a, b), `${g.text} at line ${g.line}`).toEqual(new Array(b - a).fill(g.type));
    }
    // nothing else is colored than the records' spans
    const colored = color.filter((c) => c !== null).length;
    const spans = records.reduce((n, r) => n + normalizedIndex(SAMPLE, norm.map, r.end) - normalizedIndex(SAMPLE, norm.map, r.start), 0);
    expect(colored).toBe(spans);
  });

  it('ends every colored span on its own line, so a pager shows each line correctly', () => {
    const out = highlight(SAMPLE, extract(SAMPLE), { color: true });
    for (const line of out.split('\n')) {
      const opens = (line.match(/\x1b\[1;3\dm/g) ?? []).length;
      const closes = (line.match(/\x1b\[0m/g) ?? []).length;
      expect(opens, line).toBe(closes);
    }
  });

  it('uses plain markers without color, and nothing else changes', () => {
    const text = '今年上半年，固定资产投资同比增长12.2%，签约项目47个，\n合同投资额514亿元。';
    const out = highlight(text, extract(text), { color: false });
    expect(out).not.toContain('\x1b');
    expect(out).toBe(`今年上半年，固定资产投资同比增长${MARK_OPEN}12.2%${MARK_CLOSE}，签约项目${MARK_OPEN}47个${MARK_CLOSE}，合同投资额${MARK_OPEN}514亿元${MARK_CLOSE}。\n`);
  });

  it('maps code-point offsets past characters outside the BMP', () => {
    const text = '𠀋𠀋 增长８．２％，投资5亿元。';
    const out = highlight(text, extract(text), { color: false });
    expect(out).toBe(`𠀋𠀋增长${MARK_OPEN}8.2%${MARK_CLOSE}，投资${MARK_OPEN}5亿元${MARK_CLOSE}。\n`);
  });

  it('shows only the lines around metrics with context, groups split by --', () => {
    const text = ['标题', '', '投资5亿元。', '甲', '乙', '丙', '丁', '增长8%。', '尾'].join('\n');
    const recs = extract(text);
    expect(highlight(text, recs, { color: false, context: 0 })).toBe(`投资${MARK_OPEN}5亿元${MARK_CLOSE}。\n--\n增长${MARK_OPEN}8%${MARK_CLOSE}。\n`);
    expect(highlight(text, recs, { color: false, context: 1 })).toBe(
      `\n投资${MARK_OPEN}5亿元${MARK_CLOSE}。\n甲\n--\n丁\n增长${MARK_OPEN}8%${MARK_CLOSE}。\n尾\n`);
    // contexts that touch are one group
    expect(highlight(text, recs, { color: false, context: 2 })).not.toContain('--');
  });

  it('numbers lines by the input line, ":" for a line with a metric and "-" for context, as grep -n does', () => {
    const text = '第一行\n投资5亿元，\n共计项目3个。\n尾';
    const out = highlight(text, extract(text), { color: false, context: 1, lineNumbers: true });
    expect(out).toBe(`1-第一行\n2:投资${MARK_OPEN}5亿元${MARK_CLOSE}，共计项目${MARK_OPEN}3个${MARK_CLOSE}。\n4-尾\n`);
  });

  it('never passes terminal control characters of the input through', () => {
    const text = '投资5亿元\x1b[2J。\u202e';
    const out = highlight(text, extract(text), { color: true });
    expect(out).not.toContain('\x1b[2J');
    expect(out).not.toContain('\u202e');
    expect(out).toContain('\\x1b[2J');
  });
});
