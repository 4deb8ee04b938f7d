import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

// What the README's "Library" section promises, through the package entry.
describe('library API', () => {
  it('extract gives SPEC records with attribution and period_norm', () => {
    const [r] = lib.extract('今年上半年，重庆高新区GDP同比增长8.2%。', { doc: 'a.txt', year: 2024 });
    expect(r).toMatchObject({
      doc: 'a.txt', type: 'percent', text: '8.2%', value: 8.2, unit: '%', trend: 'up', basis: 'yoy',
      indicator: 'GDP', region: '重庆高新区', period: '今年上半年', period_norm: '2024H1',
    });
  });

  it('parseNumber and findNumbers read numerals alone', () => {
    expect(lib.parseNumber('二十三点五亿')).toBe(2350000000);
    expect(lib.parseNumber('二十三点五亿元')).toBeNull();
    expect(lib.findNumbers('两百点五和三千').map((n) => n.value)).toEqual([200.5, 3000]);
  });

  it('extractPieces gives the records of extract for any split of a short text', () => {
    const text = '签约项目47个，合同投资额514亿元，同比增长41.5%。';
    const whole = lib.extract(text);
    const parts = [text.slice(0, 5), text.slice(5, 13), text.slice(13)];
    expect([...lib.extractPieces(parts)].flat()).toEqual(whole);
  });

  it('summarize and formatRecords work on extracted records', () => {
    const recs = lib.extract('签约项目47个，合同投资额514亿元。');
    const rows = lib.summarize(recs, { by: 'none' });
    expect(rows.find((r) => r.kind === 'projects')?.value).toBe(47);
    expect(lib.formatRecords(recs, { format: 'csv' }).split('\r\n')[0]).toBe(lib.FIELDS.join(','));
  });

  it('dedupe says why a mention was merged, partsOf names the figure a 其中 part belongs to', () => {
    const recs = lib.extract('签约项目10个\n\n此次签约的项目10个，其中重点项目3个。');
    expect(lib.dedupe(recs).merged.map((m) => [m.record.line, m.of.line, m.why])).toEqual([[3, 1, 'restated']]);
    const parts = lib.partsOf(recs);
    expect([...parts].map(([part, of]) => [part.text, of.text, of.line])).toEqual([['3个', '10个', 3]]);
  });
});
