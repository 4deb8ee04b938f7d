import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { overlaps, readFixture, readGold } from './helpers.js';

const text = readFixture('gaoxin-zones-2024.txt');
const gold = readGold('gaoxin-zones-2024.gold.jsonl');
const records = extract(text, { doc: 'gaoxin-zones-2024.txt' });

describe('gold sample: gaoxin-zones-2024', () => {
  it('finds every required gold record with equal value and unit', () => {
    const missing = gold.filter((g) => !g.optional).filter((g) =>
      !records.some((r) => r.type === g.type && overlaps(r, g) && r.value === g.value && r.unit === g.unit));
    expect(missing.map((g) => `${g.line}:${g.text}`)).toEqual([]);
  });

  it('reports nothing beyond the gold records (optional ones aside)', () => {
    const extra = records.filter((r) => !gold.some((g) => g.type === r.type && overlaps(r, g)));
    expect(extra.map((r) => `${r.line}:${r.text}`)).toEqual([]);
  });

  it('gives text equal to the input slice at [start, end) in code points, and the right line', () => {
    const cps = [...text];
    const lines = text.split('\n');
    for (const r of records) {
      expect(cps.slice(r.start, r.end).join('')).toBe(r.text);
      expect(lines[r.line - 1]).toContain(r.text);
    }
  });

  // Scored as ../shared/tools/score.py does: enums exactly, text attributes by containment
  // either way with spaces removed, only where the gold record names the attribute.
  it.each(['trend', 'basis', 'approx', 'unit', 'indicator', 'item', 'region', 'period'])('attributes %s with accuracy ≥ 0.95', (attr) => {
    const textual = ['indicator', 'item', 'region', 'period'].includes(attr);
    let scored = 0;
    let correct = 0;
    const wrong: string[] = [];
    for (const g of gold.filter((x) => !x.optional && attr in x)) {
      const r = records.find((x) => x.type === g.type && overlaps(x, g) && x.value === g.value);
      if (!r) continue;
      scored++;
      const want = g[attr] as string | null;
      const got = (r as unknown as Record<string, string | null>)[attr];
      const ok = textual
        ? (want === null ? !got : !!got && (got.replace(/ /g, '').includes(want.replace(/ /g, '')) || want.replace(/ /g, '').includes(got.replace(/ /g, ''))))
        : got === want;
      if (ok) correct++; else wrong.push(`${g.line}:${g.text} want ${want} got ${got}`);
    }
    expect(scored).toBeGreaterThan(10);
    expect(correct / scored, wrong.join('; ')).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    '1个多月', '3-4个月', '30多天', '1个小时', '100天', '近70天', '两个月', '4.8万平方米', '6887吨',
    '1.9公里', '400余亩', '10年', '第七届', '2024年7月', '7月18日', '港湾5号', '东风纳米01', '十条措施',
  ])('does not report the non-metric %s', (phrase) => {
    let from = text.indexOf(phrase);
    expect(from).toBeGreaterThanOrEqual(0);
    const cps = [...text];
    while (from >= 0) {
      const start = [...text.slice(0, from)].length;
      const span = { start, end: start + [...phrase].length };
      const hit = records.filter((r) => overlaps(r, span));
      expect(hit.map((r) => r.text), `${phrase} at ${start}`).toEqual([]);
      from = text.indexOf(phrase, from + 1);
    }
    void cps;
  });
});
