import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { dedupe, summarize, SUMMARY_FIELDS, type SummaryRow } from '../src/views/summary.js';
import type { MetricRecord } from '../src/types.js';
import { addedInSummary, readFixture, readGold, SAMPLE_NOT_ADDED } from './helpers.js';

/** A record as the extractor would give it; tests set only what matters to them. */
function rec(p: Partial<MetricRecord> & Pick<MetricRecord, 'type' | 'text' | 'value' | 'unit'>): MetricRecord {
  return {
    doc: 'a.txt', start: 0, end: p.text.length, line: 1, value_max: null, approx: null, trend: null, basis: null,
    indicator: null, item: null, region: null, period: null, sentence: `句子${p.text}。`, ...p,
  };
}

const kinds = (rows: SummaryRow[], kind: SummaryRow['kind']) => rows.filter((r) => r.kind === kind);

describe('summary: amounts', () => {
  it('totals the amounts of each indicator and currency, never two indicators together', () => {
    const rows = summarize([
      rec({ type: 'amount', text: '292亿元', value: 29200000000, unit: 'CNY', indicator: '总投资额', start: 10, line: 2 }),
      rec({ type: 'amount', text: '4.6亿元', value: 460000000, unit: 'CNY', indicator: '总投资额', start: 30, line: 3 }),
      rec({ type: 'amount', text: '190亿元', value: 19000000000, unit: 'CNY', indicator: '到位资金', start: 50, line: 4 }),
      rec({ type: 'amount', text: '18.6亿美元', value: 1860000000, unit: 'USD', indicator: '出口额', start: 70, line: 5 }),
    ], { by: 'none' });
    const totals = kinds(rows, 'total');
    expect(totals.map((r) => [r.indicator, r.unit, r.value, r.mentions])).toEqual([
      // exact decimal sum, not 29660000000.000004
      ['总投资额', 'CNY', 29660000000, 2], ['到位资金', 'CNY', 19000000000, 1], ['出口额', 'USD', 1860000000, 1],
    ]);
    expect(totals[0].approx).toBeNull();
    expect(totals[0].value_max).toBeNull();
    expect(totals[0].detail).toBe('292亿元 总投资额 (line 2) + 4.6亿元 总投资额 (line 3)');
  });

  it('marks a total with a fuzzy figure as approximate, and carries ranges as a range', () => {
    const over = summarize([
      rec({ type: 'amount', text: '12亿元', value: 1200000000, unit: 'CNY', approx: 'over', indicator: '投资', start: 1 }),
      rec({ type: 'amount', text: '4.6亿元', value: 460000000, unit: 'CNY', approx: 'over', indicator: '投资', start: 9 }),
    ], { by: 'none' });
    expect(kinds(over, 'total')[0]).toMatchObject({ value: 1660000000, approx: 'over' });

    const mixed = summarize([
      rec({ type: 'amount', text: '12亿元', value: 1200000000, unit: 'CNY', approx: 'over', indicator: '投资', start: 1 }),
      rec({ type: 'amount', text: '5亿元', value: 500000000, unit: 'CNY', approx: 'about', indicator: '投资', start: 9 }),
      rec({ type: 'amount', text: '1亿元', value: 100000000, unit: 'CNY', indicator: '投资', start: 20 }),
    ], { by: 'none' });
    expect(kinds(mixed, 'total')[0]).toMatchObject({ value: 1800000000, approx: 'about' });

    const range = summarize([
      rec({ type: 'amount', text: '3-5万元', value: 30000, value_max: 50000, unit: 'CNY', indicator: '投资', start: 1 }),
      rec({ type: 'amount', text: '1万元', value: 10000, unit: 'CNY', indicator: '投资', start: 9 }),
    ], { by: 'none' });
    expect(kinds(range, 'total')[0]).toMatchObject({ value: 40000, value_max: 60000, approx: 'about' });
  });

  it('never adds a part to its whole, figures of two periods, or figures it cannot name; says what it left out', () => {
    const text = '全年全市农林牧渔业总产值实现 1185.63 亿元，增长 2.3%。其中，农业总产值 773.04 亿元，牧业总产值 296.70 亿元。';
    const rows = summarize(extract(text, { doc: 'z.txt' }), { by: 'none' });
    expect(kinds(rows, 'total').map((r) => [r.indicator, r.value])).toEqual([
      ['农林牧渔业总产值', 118563000000], ['农业总产值', 77304000000], ['牧业总产值', 29670000000],
    ]);
    const two = summarize([
      rec({ type: 'amount', text: '5亿元', value: 5e8, unit: 'CNY', indicator: '投资', period: '2023年', start: 1 }),
      rec({ type: 'amount', text: '6亿元', value: 6e8, unit: 'CNY', indicator: '投资', period: '2024年', start: 9, line: 2 }),
      rec({ type: 'amount', text: '7亿元', value: 7e8, unit: 'CNY', start: 20, line: 3 }),
      rec({ type: 'amount', text: '8亿元', value: 8e8, unit: 'CNY', indicator: '存款', trend: 'up', start: 30, line: 4 }),
    ], { by: 'none' });
    expect(kinds(two, 'total').map((r) => [r.period, r.value])).toEqual([['2023年', 5e8], ['2024年', 6e8]]);
    expect(kinds(two, 'not_added')).toEqual([expect.objectContaining({
      value: 2, detail: '7亿元 (line 3): no indicator: what it measures is unknown; 8亿元 存款 (line 4): a change, not a level',
    })]);
  });

  it('never adds two documents: by none over a folder keeps each document\'s figures apart', () => {
    const recs = [
      ...extract('合同投资额514亿元。', { doc: 'a.txt' }),
      ...extract('合同投资额514亿元。', { doc: 'b.txt' }),
    ];
    const totals = kinds(summarize(recs, { by: 'none' }), 'total');
    expect(totals.map((r) => [r.doc, r.value])).toEqual([['a.txt', 51400000000], ['b.txt', 51400000000]]);
  });
});

describe('summary: projects, growth, groups', () => {
  it('counts projects of each kind apart, and lists growth rates with their indicator', () => {
    const rows = summarize([
      rec({ type: 'count', text: '47个', value: 47, unit: '个', item: '签约项目', start: 1 }),
      rec({ type: 'count', text: '12个', value: 12, unit: '个', item: '签约项目', start: 5 }),
      rec({ type: 'count', text: '9个', value: 9, unit: '个', item: '重点项目', start: 9 }),
      rec({ type: 'count', text: '11家', value: 11, unit: '家', item: '企业', start: 20 }),
      rec({ type: 'percent', text: '12.2%', value: 12.2, unit: '%', trend: 'up', basis: 'yoy', indicator: '固定资产投资', period: '今年上半年', start: 30 }),
      rec({ type: 'percent', text: '84%', value: 84, unit: '%', indicator: '占比', start: 40 }),
      rec({ type: 'percent', text: '0.3个百分点', value: 0.3, unit: 'pp', trend: 'down', indicator: '不良率', start: 50 }),
    ], { by: 'none' });
    expect(kinds(rows, 'projects').map((r) => [r.indicator, r.value, r.unit, r.mentions, r.approx])).toEqual([
      ['签约项目', 59, '个', 2, null], ['重点项目', 9, '个', 1, null],
    ]);
    // signed, started and put into use: three measures the text does not name, never one sum
    const bare = summarize(extract('签约项目47个。今年41个项目实现开工，30个项目正式投用。', { doc: 'p.txt' }), { by: 'none' });
    expect(kinds(bare, 'projects').map((r) => r.value)).toEqual([47, 41, 30]);
    const growth = kinds(rows, 'growth');
    expect(growth.map((g) => [g.indicator, g.value, g.unit, g.trend, g.basis, g.period])).toEqual([
      ['固定资产投资', 12.2, '%', 'up', 'yoy', '今年上半年'],
      ['不良率', 0.3, 'pp', 'down', null, null],
    ]);
  });

  it('makes one group per region in order of appearance, the unattributed last', () => {
    const rows = summarize([
      rec({ type: 'amount', text: '1亿元', value: 1e8, unit: 'CNY', indicator: '投资', start: 1 }),
      rec({ type: 'amount', text: '2亿元', value: 2e8, unit: 'CNY', indicator: '投资', region: '重庆高新区', start: 5 }),
      rec({ type: 'amount', text: '3亿元', value: 3e8, unit: 'CNY', indicator: '投资', region: '珠海高新区', start: 9 }),
      rec({ type: 'amount', text: '4亿元', value: 4e8, unit: 'CNY', indicator: '投资', region: '重庆高新区', start: 13 }),
    ], { by: 'region' });
    const totals = kinds(rows, 'total');
    expect(totals.map((r) => [r.by, r.group, r.value])).toEqual([
      ['region', '重庆高新区', 6e8], ['region', '珠海高新区', 3e8], ['region', null, 1e8],
    ]);
    // every group states how many mentions it holds and how many were merged
    expect(kinds(rows, 'mentions').map((r) => [r.group, r.value, r.merged])).toEqual([
      ['重庆高新区', 2, 0], ['珠海高新区', 1, 0], [null, 1, 0],
    ]);
  });

  it('groups by indicator and by doc', () => {
    const recs = [
      rec({ type: 'amount', text: '1亿元', value: 1e8, unit: 'CNY', indicator: '投资', doc: 'x.txt', start: 1 }),
      rec({ type: 'amount', text: '2亿元', value: 2e8, unit: 'CNY', indicator: '投资', doc: 'y.txt', start: 1 }),
    ];
    // one group, but two documents are never one sum
    expect(kinds(summarize(recs, { by: 'indicator' }), 'total').map((r) => [r.group, r.doc, r.value])).toEqual([['投资', 'x.txt', 1e8], ['投资', 'y.txt', 2e8]]);
    expect(kinds(summarize(recs, { by: 'doc' }), 'total').map((r) => [r.group, r.value])).toEqual([['x.txt', 1e8], ['y.txt', 2e8]]);
  });

  it('gives every row every schema field, in schema order', () => {
    const rows = summarize([rec({ type: 'amount', text: '1亿元', value: 1e8, unit: 'CNY' })], { by: 'region' });
    for (const r of rows) expect(Object.keys(r)).toEqual([...SUMMARY_FIELDS]);
  });
});

describe('summary: repeated mentions count once', () => {
  it('merges a paragraph repeated word for word', () => {
    const para = '今年上半年，签约项目47个，合同投资额514亿元。';
    const text = `${para}\n\n其他内容。\n\n${para}\n`;
    const recs = extract(text, { doc: 'r.txt' });
    expect(recs.filter((r) => r.type === 'amount')).toHaveLength(2);
    const { kept, merged } = dedupe(recs);
    expect(kept.map((r) => r.text)).toEqual(['47个', '514亿元']);
    expect(merged.map((m) => [m.record.line, m.of.line])).toEqual([[5, 1], [5, 1]]);
    const rows = summarize(recs, { by: 'none' });
    expect(kinds(rows, 'total')[0]).toMatchObject({ value: 51400000000, mentions: 1, merged: 1 });
    expect(kinds(rows, 'projects')[0]).toMatchObject({ value: 47, mentions: 1, merged: 1 });
    expect(kinds(rows, 'mentions')[0]).toMatchObject({ value: 2, merged: 2 });
    expect(kinds(rows, 'mentions')[0].detail).toMatch(/514亿元.*line 5.*line 1/);
  });

  it('keeps the same number said twice in one sentence, and equal numbers in different sentences', () => {
    const recs = extract('A区投资5亿元，B区投资5亿元。C区投资5亿元。', { doc: 's.txt' });
    expect(recs).toHaveLength(3);
    expect(dedupe(recs).merged).toEqual([]);
    const totals = kinds(summarize(recs, { by: 'none' }), 'total');
    expect(totals.reduce((n, r) => n + r.mentions, 0)).toBe(3);
    expect(totals.reduce((n, r) => n + r.merged, 0)).toBe(0);
  });

  it('does not merge across documents', () => {
    const a = extract('合同投资额514亿元。', { doc: 'a.txt' });
    const b = extract('合同投资额514亿元。', { doc: 'b.txt' });
    expect(dedupe([...a, ...b]).merged).toEqual([]);
  });
});

describe('summary: restatements and parts are not added again', () => {
  it('merges a figure a headline or a back-reference (此次, 这些, 上述) restates, with the same measure and place', () => {
    const text = [
      '珠海高新区10个项目预计达产规模超12亿元',
      '',
      '近日，珠海高新区举行重点项目签约仪式，10个项目现场签约，达产规模预计超12亿元。',
      '',
      '此次签约的10个项目总投资额超4.6亿元，预计达产规模超12亿元。',
    ].join('\n');
    const recs = extract(text, { doc: 'z.txt' });
    const rows = summarize(recs, { by: 'none' });
    expect(kinds(rows, 'total').map((r) => [r.indicator, r.value, r.approx, r.mentions, r.merged])).toEqual([
      ['达产规模', 1200000000, 'over', 1, 2], ['总投资额', 460000000, 'over', 1, 0],
    ]);
    expect(kinds(rows, 'projects')[0]).toMatchObject({ value: 10, mentions: 1, merged: 2 });
    const { merged } = dedupe(recs);
    expect(merged.map((m) => [m.record.text, m.record.line, m.of.line, m.why])).toEqual([
      ['10个', 3, 1, 'restated'], ['12亿元', 3, 1, 'restated'], ['10个', 5, 1, 'restated'], ['12亿元', 5, 1, 'restated'],
    ]);
    expect(kinds(rows, 'mentions')[0].detail).toContain('12亿元 (line 5, restates line 1)');
  });

  it('keeps equal figures in sentences that neither head the text nor refer back', () => {
    const recs = extract('A项目总投资10亿元。B项目总投资10亿元。', { doc: 'k.txt' });
    expect(dedupe(recs).merged).toEqual([]);
    expect(kinds(summarize(recs, { by: 'none' }), 'total').map((r) => [r.value, r.mentions])).toEqual([[1e9, 1], [1e9, 1]]);
  });

  it('keeps a restated-looking figure of another place, measure or period', () => {
    const recs = extract('珠海高新区签约项目10个\n\n合肥高新区签约项目10个。合肥高新区此次签约企业10家。合肥高新区此次签约的项目10个。', { doc: 'p.txt' });
    expect(recs.map((r) => [r.region, r.item])).toEqual([
      ['珠海高新区', '项目'], ['合肥高新区', '项目'], ['合肥高新区', '企业'], ['合肥高新区', '项目'],
    ]);
    // 珠海's headline is not 合肥's figure, 10家企业 is not 10个项目: only the last refers back
    expect(dedupe(recs).merged.map((m) => [m.record.sentence, m.of.sentence])).toEqual([['合肥高新区此次签约的项目10个。', '合肥高新区签约项目10个。']]);
    const headline = rec({ type: 'count', text: '10个', value: 10, unit: '个', item: '项目', period: '2023年', sentence: '2023年签约项目10个', line: 1 });
    const body = rec({ type: 'count', text: '10个', value: 10, unit: '个', item: '项目', period: '2024年', sentence: '2024年签约项目10个。', line: 3, start: 40 });
    expect(dedupe([headline, body]).merged).toEqual([]);
  });

  it('does not add a 其中 figure to the one it is part of', () => {
    const recs = extract('签约项目47个，合同投资额514亿元，其中50亿元级项目5个，到位资金190亿元。', { doc: 'q.txt' });
    const rows = summarize(recs, { by: 'none' });
    expect(kinds(rows, 'projects')[0]).toMatchObject({ value: 47, mentions: 1 });
    expect(kinds(rows, 'total').map((r) => [r.indicator, r.value])).toEqual([['合同投资额', 51400000000], ['到位资金', 19000000000]]);
    const left = kinds(rows, 'not_added')[0].detail;
    expect(left).toContain('50亿元');
    expect(left).toContain('part of 514亿元');
    expect(left).toContain('5个 50亿元级项目 (line 1): part of 47个');
  });

  it('adds a 其中 figure when nothing before it in the sentence is of its kind', () => {
    const recs = extract('全市新开工一批项目，其中重点项目12个。', { doc: 'w.txt' });
    expect(kinds(summarize(recs, { by: 'none' }), 'projects')[0]).toMatchObject({ value: 12, mentions: 1 });
  });
});

describe('summary of the sample article', () => {
  const records = extract(readFixture('gaoxin-zones-2024.txt'), { doc: 'gaoxin-zones-2024.txt' });
  const gold = readGold('gaoxin-zones-2024.gold.jsonl');
  const rows = summarize(records, { by: 'region' });
  const lineRefs = (detail: string) => [...detail.matchAll(/(\S+) [^()+;]*\(line (\d+)\)/g)].map((m) => `${m[1].replace(/^[≈><≥≤]/, '')}@${m[2]}`);
  for (const region of ['珠海高新区', '重庆高新区', '合肥高新区']) {
    it(`${region}: each gold amount once, in the total of its indicator and period or said to be left out`, () => {
      // restatements are merged into the figure they restate (the mentions row); parts are listed as not added
      const restated = (g: { text: string; line: number }) => SAMPLE_NOT_ADDED.some(([t, l, why]) => t === g.text && l === g.line && why.startsWith('restates'));
      const goldAmounts = gold.filter((g) => g.type === 'amount' && g.region === region && !g.optional && !restated(g));
      const totals = rows.filter((r) => r.kind === 'total' && r.group === region);
      const left = rows.filter((r) => r.kind === 'not_added' && r.group === region);
      const amountRefs = new Set(records.filter((r) => r.type === 'amount').map((r) => `${r.text}@${r.line}`));
      const seen = [...totals, ...left].flatMap((r) => lineRefs(r.detail)).filter((x) => amountRefs.has(x));
      expect(seen.sort()).toEqual(goldAmounts.map((g) => `${g.text}@${g.line}`).sort());
      // a total adds figures of one indicator, unit and period only
      for (const t of totals) {
        const added = records.filter((r) => lineRefs(t.detail).includes(`${r.text}@${r.line}`) && r.type === 'amount');
        expect(new Set(added.map((r) => JSON.stringify([r.indicator, r.unit, r.period]))).size, t.detail).toBe(1);
      }
    });
  }

  it('says what it left out and why', () => {
    const zh = rows.find((r) => r.kind === 'mentions' && r.group === '珠海高新区')!;
    for (const [text, line, why] of SAMPLE_NOT_ADDED.filter(([, , why]) => why.startsWith('restates'))) expect(zh.detail).toContain(`${text} (line ${line}, ${why})`);
    const cq = rows.find((r) => r.kind === 'not_added' && r.group === '重庆高新区')!;
    expect(cq.detail).toContain('5个 50亿元级项目 (line 25): part of 47个');
    expect(cq.detail).toContain('50亿元 (line 25): part of 514亿元');
    expect(rows.filter((r) => r.kind === 'total' && r.group === '珠海高新区').map((r) => [r.indicator, r.value, r.approx])).toEqual([
      ['达产规模', 1200000000, 'over'], ['总投资额', 460000000, 'over'],
    ]);
    expect(rows.filter((r) => r.kind === 'projects' && r.group === '合肥高新区').map((r) => r.value)).toEqual([12]);
    expect(rows.find((r) => r.kind === 'not_added' && r.group === '合肥高新区')!.detail).toContain('10个 项目 (line 103): part of 12个');
  });
});

describe('changes', () => {
  it('are not added to the level they change', () => {
    const recs = extract('年末金融机构存款余额5625.03亿元，比年初增加586.96亿元。年末住户存款余额4870.84亿元。');
    const rows = summarize(recs, { by: 'none' });
    expect(recs.map((r) => r.trend)).toEqual([null, 'up', null]);
    expect(kinds(rows, 'total').map((r) => r.value)).toEqual([562503000000, 487084000000]);
    expect(kinds(rows, 'not_added')[0].detail).toContain('586.96亿元');
  });
});
