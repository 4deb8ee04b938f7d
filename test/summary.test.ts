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
  it('totals amounts per currency, and per indicator only where the indicator repeats', () => {
    const rows = summarize([
      rec({ type: 'amount', text: '292亿元', value: 29200000000, unit: 'CNY', indicator: '总投资额', start: 10, line: 2 }),
      rec({ type: 'amount', text: '4.6亿元', value: 460000000, unit: 'CNY', indicator: '总投资额', start: 30, line: 3 }),
      rec({ type: 'amount', text: '190亿元', value: 19000000000, unit: 'CNY', indicator: '到位资金', start: 50, line: 4 }),
      rec({ type: 'amount', text: '18.6亿美元', value: 1860000000, unit: 'USD', indicator: '出口额', start: 70, line: 5 }),
    ], { by: 'none' });
    const totals = kinds(rows, 'total');
    expect(totals.map((r) => [r.unit, r.value, r.mentions])).toEqual([['CNY', 48660000000, 3], ['USD', 1860000000, 1]]);
    // exact decimal sum, not 48660000000.00001
    expect(totals[0].approx).toBeNull();
    expect(totals[0].value_max).toBeNull();
    expect(totals[0].detail).toContain('292亿元');
    expect(totals[0].detail).toContain('190亿元');
    const byInd = kinds(rows, 'indicator_total');
    expect(byInd).toHaveLength(1);
    expect(byInd[0]).toMatchObject({ indicator: '总投资额', value: 29660000000, unit: 'CNY', mentions: 2 });
  });

  it('marks a total with a fuzzy figure as approximate, and carries ranges as a range', () => {
    const over = summarize([
      rec({ type: 'amount', text: '12亿元', value: 1200000000, unit: 'CNY', approx: 'over', start: 1 }),
      rec({ type: 'amount', text: '4.6亿元', value: 460000000, unit: 'CNY', approx: 'over', start: 9 }),
    ], { by: 'none' });
    expect(kinds(over, 'total')[0]).toMatchObject({ value: 1660000000, approx: 'over' });

    const mixed = summarize([
      rec({ type: 'amount', text: '12亿元', value: 1200000000, unit: 'CNY', approx: 'over', start: 1 }),
      rec({ type: 'amount', text: '5亿元', value: 500000000, unit: 'CNY', approx: 'about', start: 9 }),
      rec({ type: 'amount', text: '1亿元', value: 100000000, unit: 'CNY', start: 20 }),
    ], { by: 'none' });
    expect(kinds(mixed, 'total')[0]).toMatchObject({ value: 1800000000, approx: 'about' });

    const range = summarize([
      rec({ type: 'amount', text: '3-5万元', value: 30000, value_max: 50000, unit: 'CNY', start: 1 }),
      rec({ type: 'amount', text: '1万元', value: 10000, unit: 'CNY', start: 9 }),
    ], { by: 'none' });
    expect(kinds(range, 'total')[0]).toMatchObject({ value: 40000, value_max: 60000, approx: 'about' });
  });
});

describe('summary: projects, growth, groups', () => {
  it('counts projects from counts whose item names a project, and lists growth rates with their indicator', () => {
    const rows = summarize([
      rec({ type: 'count', text: '47个', value: 47, unit: '个', item: '项目', start: 1 }),
      rec({ type: 'count', text: '12个', value: 12, unit: '个', item: '重点项目', start: 9 }),
      rec({ type: 'count', text: '11家', value: 11, unit: '家', item: '企业', start: 20 }),
      rec({ type: 'percent', text: '12.2%', value: 12.2, unit: '%', trend: 'up', basis: 'yoy', indicator: '固定资产投资', period: '今年上半年', start: 30 }),
      rec({ type: 'percent', text: '84%', value: 84, unit: '%', indicator: '占比', start: 40 }),
      rec({ type: 'percent', text: '0.3个百分点', value: 0.3, unit: 'pp', trend: 'down', indicator: '不良率', start: 50 }),
    ], { by: 'none' });
    expect(kinds(rows, 'projects')).toEqual([expect.objectContaining({ value: 59, unit: '个', mentions: 2, approx: null })]);
    const growth = kinds(rows, 'growth');
    expect(growth.map((g) => [g.indicator, g.value, g.unit, g.trend, g.basis, g.period])).toEqual([
      ['固定资产投资', 12.2, '%', 'up', 'yoy', '今年上半年'],
      ['不良率', 0.3, 'pp', 'down', null, null],
    ]);
  });

  it('makes one group per region in order of appearance, the unattributed last', () => {
    const rows = summarize([
      rec({ type: 'amount', text: '1亿元', value: 1e8, unit: 'CNY', start: 1 }),
      rec({ type: 'amount', text: '2亿元', value: 2e8, unit: 'CNY', region: '重庆高新区', start: 5 }),
      rec({ type: 'amount', text: '3亿元', value: 3e8, unit: 'CNY', region: '珠海高新区', start: 9 }),
      rec({ type: 'amount', text: '4亿元', value: 4e8, unit: 'CNY', region: '重庆高新区', start: 13 }),
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
    expect(kinds(summarize(recs, { by: 'indicator' }), 'total').map((r) => [r.group, r.value])).toEqual([['投资', 3e8]]);
    // grouped by indicator, the total already is the indicator's total: no second row saying the same
    expect(kinds(summarize(recs, { by: 'indicator' }), 'indicator_total')).toEqual([]);
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
    expect(kinds(summarize(recs, { by: 'none' }), 'total')[0]).toMatchObject({ value: 1500000000, mentions: 3, merged: 0 });
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
    expect(kinds(rows, 'total')[0]).toMatchObject({ value: 1660000000, approx: 'over', mentions: 2, merged: 2 });
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
    expect(kinds(summarize(recs, { by: 'none' }), 'total')[0]).toMatchObject({ value: 2000000000, mentions: 2 });
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
    expect(kinds(rows, 'total')[0]).toMatchObject({ value: 70400000000, mentions: 2 });
    expect(kinds(rows, 'projects')[0].detail).toContain('not added: 5个');
    expect(kinds(rows, 'total')[0].detail).toContain('not added: 50亿元');
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
  for (const region of ['珠海高新区', '重庆高新区', '合肥高新区']) {
    it(`totals the amounts of ${region} to the sum of its gold amounts, each figure once`, () => {
      const goldAmounts = gold.filter((g) => g.type === 'amount' && g.region === region && !g.optional && addedInSummary(g));
      const expected = new Map<string, number>();
      // gold values are exact decimals; sum in integer fen so the expectation itself has no float drift
      for (const g of goldAmounts) expected.set(g.unit, (expected.get(g.unit) ?? 0) + Math.round(g.value * 100));
      const totals = rows.filter((r) => r.kind === 'total' && r.group === region);
      expect(totals.map((t) => [t.unit, Math.round(t.value * 100)])).toEqual([...expected]);
      for (const t of totals) expect(t.mentions).toBe(goldAmounts.filter((g) => g.unit === t.unit).length);
      const fuzzy = goldAmounts.some((g) => g.approx !== null && g.approx !== undefined);
      for (const t of totals) expect(t.approx !== null).toBe(fuzzy);
    });

    it(`counts the projects of ${region} as its gold project counts, each figure once`, () => {
      const goldProjects = gold.filter((g) => g.type === 'count' && g.region === region && !g.optional && String(g.item ?? '').includes('项目') && addedInSummary(g));
      const projects = rows.filter((r) => r.kind === 'projects' && r.group === region);
      expect(projects).toHaveLength(1);
      expect(projects[0].value).toBe(goldProjects.reduce((s, g) => s + g.value, 0));
      expect(projects[0].mentions).toBe(goldProjects.length);
    });
  }

  it('says what it left out and why', () => {
    const zh = rows.find((r) => r.kind === 'mentions' && r.group === '珠海高新区')!;
    for (const [text, line, why] of SAMPLE_NOT_ADDED.filter(([, , why]) => why.startsWith('restates'))) expect(zh.detail).toContain(`${text} (line ${line}, ${why})`);
    const cq = rows.find((r) => r.kind === 'projects' && r.group === '重庆高新区')!;
    expect(cq.detail).toContain('not added: 5个 50亿元级项目 (line 25), part of 47个');
    expect(rows.find((r) => r.kind === 'total' && r.group === '珠海高新区')).toMatchObject({ value: 1660000000, approx: 'over' });
    expect(rows.find((r) => r.kind === 'projects' && r.group === '合肥高新区')).toMatchObject({ value: 12 });
  });
});

describe('indicator totals', () => {
  it('do not add a change to the level it changes', () => {
    const recs = extract('年末金融机构存款余额5625.03亿元，比年初增加586.96亿元。年末住户存款余额4870.84亿元。');
    const rows = summarize(recs, { by: 'none' });
    expect(rows.filter((r) => r.kind === 'indicator_total')).toEqual([]);
    expect(recs.map((r) => r.trend)).toEqual([null, 'up', null]);
  });
});
