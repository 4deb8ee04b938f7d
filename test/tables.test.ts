import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/index.js';
import { htmlToText } from '../src/input/html.js';
import { findTables, splitCells } from '../src/layout/tables.js';
import { headerUnit, readUnit, unitLineUnits } from '../src/rules/table-units.js';
import { FIELDS, type MetricRecord } from '../src/types.js';
import { highlight } from '../src/views/highlight.js';
import { summarize } from '../src/views/summary.js';
import { readFixture } from './helpers.js';

const pick = (r: MetricRecord) => ({
  type: r.type, text: r.text, value: r.value, unit: r.unit, trend: r.trend, basis: r.basis,
  indicator: r.indicator, item: r.item, region: r.region, period: r.period, source: r.source,
});

describe('lines never fuse numbers', () => {
  it('a number line and the number line after it are two numbers', () => {
    const r = extract('地区生产总值\n1,234\n5.6%\n');
    expect(r.map((x) => [x.text, x.value])).toEqual([['5.6%', 5.6]]);
  });

  it('peer lines of numbers stay apart: ９９９ ⏎ 12个百分点', () => {
    const r = extract('９９９\n12个百分点');
    expect(r.map((x) => [x.text, x.value, x.unit])).toEqual([['12个百分点', 12, 'pp']]);
  });

  it('a line ending in a number never runs into a line starting with a digit, with commas in it', () => {
    for (const input of ['全市实现增加值，增长3.5\n12.5%的企业盈利。', '其中，工业增长5%\n8家企业上市。', '城镇人口1,234万人，乡村人口2,345\n\n3,456万人在外务工。']) {
      for (const r of extract(input)) expect(r.text).not.toMatch(/\d\s*\n\s*\d/);
    }
    expect(extract('其中，工业增长5%\n8家企业上市。').map((r) => r.text)).toEqual(['5%', '8家']);
  });

  it('a sentence broken before its number is still joined', () => {
    const r = extract('全年全市规模以上工业增加值，比上年增长\n5.6%，高于全省平均水平。');
    expect(r.map((x) => [x.text, x.trend, x.basis])).toEqual([['5.6%', 'up', 'yoy']]);
    expect(r[0].sentence).toBe('全年全市规模以上工业增加值，比上年增长5.6%，高于全省平均水平。');
  });

  it('property: random corpus lines joined in any order never give a record spanning two lines\' numbers', () => {
    const lines = ['stats-communique-zhoukou-2023.txt', 'stats-analysis-daqing.txt', 'stats-communique-luoyang-2023.txt']
      .flatMap((f) => readFixture(f).split('\n'))
      .map((l) => l.trim())
      .filter((l) => l !== '' && l.length < 200);
    // lines that end or start with a number are the dangerous ones: pieces of them too
    const numberish = lines.flatMap((l) => l.match(/[^，。；、]*\d[\d,.%]*[^，。；、]{0,4}/g) ?? []).slice(0, 2000);
    const pool = [...lines, ...numberish, '1,234', '5.6%', '９９９', '12个百分点', '增长', '地区生产总值'];
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(pool.length - 1), fc.constantFrom('\n', '\n\n', '\r\n')), { minLength: 2, maxLength: 12 }),
      (picks) => {
        const input = picks.map(([k, br]) => pool[k] + br).join('');
        const cps = [...input];
        for (const r of extract(input)) {
          const text = cps.slice(r.start, r.end).join('');
          expect(text).toBe(r.text);
          expect(text, input).not.toMatch(/\d[%‰％]?[ \t]*(?:\r?\n[ \t]*)+[-+]?[0-9０-９]/);
        }
      },
    ), { numRuns: 300, seed: 1313 });
  });
});

describe('headings stay apart from the paragraph after them', () => {
  it('a numbered heading with ， and a blank line', () => {
    const r = extract('二、工业生产回暖，效益改善\n\n全市规上工业增加值增长3%。');
    expect(r[0].indicator).toBe('规上工业增加值');
    expect(r[0].sentence).toBe('全市规上工业增加值增长3%。');
  });

  it('numbered headings (一、 （二） 3.) even without a blank line, with 、 or ，', () => {
    for (const h of ['一、工业生产回暖，效益改善', '（二）农业、林业', '3. 投资稳中有进，结构优化']) {
      const r = extract(`${h}\n全市固定资产投资增长5.2%。`);
      expect(r[0].sentence, h).toBe('全市固定资产投资增长5.2%。');
      expect(r[0].indicator, h).toBe('固定资产投资');
    }
  });

  it('a short unnumbered line with ， followed by a blank line', () => {
    const r = extract('稳中求进，砥砺前行\n\n全市地区生产总值增长6%。');
    expect(r[0].sentence).toBe('全市地区生产总值增长6%。');
  });

  it('look-alikes: a line opening with a decimal is no numbered heading', () => {
    expect(extract('2.5%的企业实现盈利，\n比上年提高3个百分点。').map((r) => r.sentence)).toEqual([
      '2.5%的企业实现盈利，比上年提高3个百分点。', '2.5%的企业实现盈利，比上年提高3个百分点。',
    ]);
  });

  it('look-alikes: a sentence broken by a page end still joins', () => {
    expect(extract('招商引资是推动产业发展最有效、最直接的手\n\n段，今年签约项目47个。')[0].sentence)
      .toBe('招商引资是推动产业发展最有效、最直接的手段，今年签约项目47个。');
    expect(extract('全年全市农林牧渔业总产值实现 1185.63 亿元，增长 2.3%。其中，农业产值\n773.04 亿元。')[2].sentence)
      .toBe('其中，农业产值773.04亿元。');
  });
});

const TSV = [
  '2023年周口市经济运行情况。',
  '',
  '表2  2023年周口市固定资产投资及增速',
  '指标\t投资额（亿元）\t比上年增长（%）\t比重（%）',
  '总计\t1,234.5\t5.6\t100.0',
  '其中：工业\t456.7\t-2.1\t37.0',
  '#制造业\t300.2\t0\t24.3',
  '民间投资\t700\t3.3\t56.7',
  '',
].join('\n');

const MARKDOWN = [
  '2023年周口市经济运行情况。',
  '',
  '表2  2023年周口市固定资产投资及增速',
  '',
  '| 指标 | 投资额（亿元） | 比上年增长（%） | 比重（%） |',
  '| --- | ---: | ---: | ---: |',
  '| 总计 | 1,234.5 | 5.6 | 100.0 |',
  '| 其中：工业 | 456.7 | -2.1 | 37.0 |',
  '| #制造业 | 300.2 | 0 | 24.3 |',
  '| 民间投资 | 700 | 3.3 | 56.7 |',
  '',
].join('\n');

const HTML = `<!doctype html><html><body><p>2023年周口市经济运行情况。</p>
<p>表2  2023年周口市固定资产投资及增速</p>
<table>
<tr><th>指标</th><th>投资额（亿元）</th><th>比上年增长（%）</th><th>比重（%）</th></tr>
<tr><td>总计</td><td>1,234.5</td><td>5.6</td><td>100.0</td></tr>
<tr><td>其中：工业</td><td>456.7</td><td>-2.1</td><td>37.0</td></tr>
<tr><td>#制造业</td><td>300.2</td><td>0</td><td>24.3</td></tr>
<tr><td>民间投资</td><td>700</td><td>3.3</td><td>56.7</td></tr>
</table></body></html>`;

const LAYOUT = [
  '2023年周口市经济运行情况。',
  '',
  '          表2  2023年周口市固定资产投资及增速',
  '',
  '   指   标          投资额（亿元）    比上年增长（%）    比重（%）',
  ' 总计                    1,234.5            5.6         100.0',
  '   其中：工业              456.7           -2.1          37.0',
  '       #制造业             300.2              0          24.3',
  ' 民间投资                    700            3.3          56.7',
  '',
].join('\n');

describe('tables become records', () => {
  const want = [
    { type: 'amount', text: '1,234.5', value: 123450000000, unit: 'CNY', trend: null, basis: null, indicator: '固定资产投资', item: null },
    { type: 'percent', text: '5.6', value: 5.6, unit: '%', trend: 'up', basis: 'yoy', indicator: '固定资产投资', item: null },
    { type: 'percent', text: '100.0', value: 100, unit: '%', trend: null, basis: null, indicator: '固定资产投资', item: null },
    { type: 'amount', text: '456.7', value: 45670000000, unit: 'CNY', trend: null, basis: null, indicator: '固定资产投资·工业', item: null },
    { type: 'percent', text: '-2.1', value: -2.1, unit: '%', trend: 'down', basis: 'yoy', indicator: '固定资产投资·工业', item: null },
    { type: 'percent', text: '37.0', value: 37, unit: '%', trend: null, basis: null, indicator: '固定资产投资·工业', item: null },
    { type: 'amount', text: '300.2', value: 30020000000, unit: 'CNY', trend: null, basis: null, indicator: '工业·制造业', item: null },
    { type: 'percent', text: '0', value: 0, unit: '%', trend: null, basis: 'yoy', indicator: '工业·制造业', item: null },
    { type: 'percent', text: '24.3', value: 24.3, unit: '%', trend: null, basis: null, indicator: '工业·制造业', item: null },
    { type: 'amount', text: '700', value: 70000000000, unit: 'CNY', trend: null, basis: null, indicator: '固定资产投资·民间投资', item: null },
    { type: 'percent', text: '3.3', value: 3.3, unit: '%', trend: 'up', basis: 'yoy', indicator: '固定资产投资·民间投资', item: null },
    { type: 'percent', text: '56.7', value: 56.7, unit: '%', trend: null, basis: null, indicator: '固定资产投资·民间投资', item: null },
  ].map((r) => ({ ...r, region: '周口市', period: '2023年', source: 'table' }));

  it('pdftotext -layout: a total row takes the caption\'s subject, rows under it take it as parent', () => {
    expect(extract(LAYOUT).map(pick)).toEqual(want);
  });

  it.each([['TSV', TSV], ['Markdown', MARKDOWN], ['HTML <table>', htmlToText(HTML)]])('%s gives the same records', (_name, input) => {
    expect(extract(input).map(pick)).toEqual(want);
  });

  it('cells keep exact offsets: the input slice is the cell as written', () => {
    for (const input of [TSV, MARKDOWN, LAYOUT, htmlToText(HTML), LAYOUT.replace(/\n/g, '\r\n').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))]) {
      const cps = [...input];
      const recs = extract(input);
      expect(recs.length).toBeGreaterThan(0);
      for (const r of recs) {
        expect(cps.slice(r.start, r.end).join('')).toBe(r.text);
        expect(cps.slice(0, r.start).join('').split(/\r\n|\r|\n/).length).toBe(r.line);
      }
    }
  });

  it('measurement columns are not metrics; a row unit of a count makes counts', () => {
    const input = [
      '表5   2023 年周口市规模以上工业主要产品产量及增速',
      '',
      '       产品名称            单位         产    量     比上年增长（%）',
      ' 钢材                     吨         1577693             48.8',
      ' 饮料酒                   千升           23027            -58.6',
      ' 服装                    万件             7938             0.3',
      ' 工业锅炉                 蒸发量吨          15262            -30.5',
    ].join('\n');
    const r = extract(input).map((x) => [x.type, x.text, x.value, x.unit, x.indicator ?? x.item, x.trend]);
    expect(r).toEqual([
      ['percent', '48.8', 48.8, '%', '钢材', 'up'],
      ['percent', '-58.6', -58.6, '%', '饮料酒', 'down'],
      ['count', '7938', 79380000, '件', '服装', null],
      ['percent', '0.3', 0.3, '%', '服装', 'up'],
      ['percent', '-30.5', -30.5, '%', '工业锅炉', 'down'],
    ]);
  });

  it('an index column (以上年为100) and a table without units give nothing; numbers in labels are not metrics', () => {
    const cpi = [
      '表2     2023 年周口市居民消费价格指数',
      '',
      '  类    别             指   数（以上年为 100）',
      '  居民消费价格指数                          100.0',
      '   城市                                99.9',
    ].join('\n');
    expect(extract(cpi)).toEqual([]);
    const ages = [
      '  指   标            年末数（万人）        比重（%）',
      ' 0-15 岁（含不满 16 周岁）            212.60    24.53',
      ' 60 周岁及以上                    190.90    22.03',
    ].join('\n');
    expect(extract(ages).map((x) => [x.text, x.type, x.value])).toEqual([
      ['212.60', 'count', 2126000], ['24.53', 'percent', 24.53], ['190.90', 'count', 1909000], ['22.03', 'percent', 22.03],
    ]);
  });

  it('a unit line decides the columns: 单位：亿元、%', () => {
    const input = ['表3 2023年周口市财政收支', '单位：亿元、%', '项目\t全年\t增长', '一般公共预算收入\t120.5\t-3.1'].join('\n');
    expect(extract(input).map((x) => [x.type, x.value, x.unit, x.indicator, x.trend])).toEqual([
      ['amount', 12050000000, 'CNY', '一般公共预算收入', null],
      ['percent', -3.1, '%', '一般公共预算收入', 'down'],
    ]);
  });

  it('a table of places: each row\'s place is its region, the column says what is measured', () => {
    const input = [
      '2023年周口市统计公报。',
      '',
      '            表7   2023 年周口市各县（市、区）生产总值及增速',
      '   县（市、区）        生产总值（亿元）    比上年增长（%）',
      '   全市                 3497.3           3.9',
      '   川汇区                300.5           5.2',
      '   郸城县                280.1          -1.0',
    ].join('\n');
    expect(extract(input).map((x) => [x.text, x.indicator, x.region, x.trend])).toEqual([
      ['3497.3', '生产总值', '周口市', null], ['3.9', '生产总值', '周口市', 'up'],
      ['300.5', '生产总值', '川汇区', null], ['5.2', '生产总值', '川汇区', 'up'],
      ['280.1', '生产总值', '郸城县', null], ['-1.0', '生产总值', '郸城县', 'down'],
    ]);
  });

  it('a time series: a row that is a year gives the period; a bold Markdown caption is the caption', () => {
    const md = '**表3 2019-2023年周口市地区生产总值**\n\n| 年份 | 地区生产总值（亿元） | 比上年增长（%） |\n| --- | --- | --- |\n'
      + '| 2022 | 3300.1 | 4.1 |\n| 2023年 | 3497.3 | 3.9 |\n';
    expect(extract(md).map((x) => [x.text, x.value, x.indicator, x.region, x.period, x.trend])).toEqual([
      ['3300.1', 330010000000, '地区生产总值', '周口市', '2022年', null], ['4.1', 4.1, '地区生产总值', '周口市', '2022年', 'up'],
      ['3497.3', 349730000000, '地区生产总值', '周口市', '2023年', null], ['3.9', 3.9, '地区生产总值', '周口市', '2023年', 'up'],
    ]);
  });

  it('a header that leaves the label column blank: each header cell is a value column, a year header its period', () => {
    const input = ['表2 2023年周口市主要指标', '单位：亿元', '                     2023年       2022年',
      '地区生产总值          3497.3       3300.1', '一般公共预算收入       120.5        118.2'].join('\n');
    expect(extract(input).map((x) => [x.text, x.value, x.indicator, x.period])).toEqual([
      ['3497.3', 349730000000, '地区生产总值', '2023年'], ['3300.1', 330010000000, '地区生产总值', '2022年'],
      ['120.5', 12050000000, '一般公共预算收入', '2023年'], ['118.2', 11820000000, '一般公共预算收入', '2022年'],
    ]);
  });

  it('a title line right above the header is the caption (an HTML <caption>, a title without 表N)', () => {
    const html = '<table><caption>2023年周口市财政收支</caption><tr><th>项目</th><th>全年（亿元）</th><th>比上年增长（%）</th></tr>'
      + '<tr><td>一般公共预算收入</td><td>120.5</td><td>-3.1</td></tr></table>';
    expect(extract(htmlToText(html)).map((x) => [x.type, x.value, x.indicator, x.region, x.period, x.basis])).toEqual([
      ['amount', 12050000000, '一般公共预算收入', '周口市', '2023年', null],
      ['percent', -3.1, '一般公共预算收入', '周口市', '2023年', 'yoy'],
    ]);
  });

  it('prose stays prose: lines with two spaces but no table shape give text records', () => {
    const r = extract('全市生产总值增长  5.2%，居全省前列。');
    expect(r.map((x) => [x.text, x.source])).toEqual([['5.2%', 'text']]);
    // a numbered list spaced like a table, and rows without a header: prose
    expect(extract('1  全市GDP增长5.2%\n2  投资增长3%\n').map((x) => [x.text, x.source])).toEqual([['5.2%', 'text'], ['3%', 'text']]);
    expect(extract('工业增长  5.2%\n投资增长  3%\n').map((x) => [x.text, x.source])).toEqual([['5.2%', 'text'], ['3%', 'text']]);
  });

  it('the zhoukou communiqué: table cells are table records, prose records stay where they were', () => {
    const input = readFixture('stats-communique-zhoukou-2023.txt');
    const recs = extract(input);
    const cells = recs.filter((r) => r.source === 'table');
    expect(cells.length).toBeGreaterThanOrEqual(78);
    for (let k = 1; k < recs.length; k++) expect(recs[k].start).toBeGreaterThanOrEqual(recs[k - 1].start);
    // the 吨 / 万吨 / 亿吨公里 columns give nothing
    expect(cells.some((r) => r.text === '1577693' || r.text === '902.61' || r.text === '962.97')).toBe(false);
  });
});

describe('table records in every output and view', () => {
  it('source is a field of every record, the column right after sentence', () => {
    expect(FIELDS.slice(-2)).toEqual(['sentence', 'source']);
    const recs = extract(`${TSV}\n全市实现税收收入120亿元。`);
    expect(recs.map((r) => r.source)).toEqual([...Array(12).fill('table'), 'text']);
  });

  it('highlight marks table cells', () => {
    const out = highlight(TSV, extract(TSV), { color: false });
    expect(out).toContain('⟦1,234.5⟧\t⟦5.6⟧\t⟦100.0⟧');
    expect(out).toContain('⟦-2.1⟧');
  });

  it('summary uses table records like any other: totals and growth rates', () => {
    const rows = summarize(extract(TSV), { by: 'none' });
    const total = rows.find((r) => r.kind === 'total' && r.unit === 'CNY');
    // a sub-row is part of its parent row: added once (1,234.5), never with its parts again
    expect(total?.value).toBe(123450000000);
    expect(total?.detail).not.toContain('456.7');
    expect(rows.find((r) => r.kind === 'not_added')?.detail).toMatch(/456\.7 固定资产投资·工业 \(line \d+\): part of 1,234\.5/);
    expect(rows.some((r) => r.kind === 'growth' && r.indicator === '固定资产投资' && r.value === 5.6 && r.basis === 'yoy')).toBe(true);
  });
});

describe('layout pieces', () => {
  it('splits pdftotext rows on runs of spaces and joins spaced-out labels', () => {
    const line = '            #粮   食                        101.9';
    expect(splitCells(line, 0, line.length, 'space').map((c) => c.text)).toEqual(['#粮   食', '101.9']);
    const head = '     在总计中：   轻工业                               0.2';
    expect(splitCells(head, 0, head.length, 'space').map((c) => c.text)).toEqual(['在总计中：   轻工业', '0.2']);
  });

  it('finds the caption, unit line and header', () => {
    const text = ['表3 2023年周口市财政收支', '单位：亿元、%', '项目\t全年\t增长', '收入\t120.5\t-3.1', '支出\t300\t2'].join('\n');
    const starts: number[] = [], ends: number[] = [];
    let at = 0;
    for (const l of text.split('\n')) { starts.push(at); ends.push(at + l.length); at += l.length + 1; }
    const [b] = findTables(text, starts, ends);
    expect(b.caption).toBe('表3 2023年周口市财政收支');
    expect(b.unitLine).toBe('单位：亿元、%');
    expect(b.header?.cells.map((c) => c.text)).toEqual(['项目', '全年', '增长']);
    expect(b.rows.length).toBe(2);
  });

  it('reads units as data', () => {
    expect(readUnit('万人')).toEqual({ kind: 'count', unit: '人', scale: 4 });
    expect(readUnit('亿元')).toEqual({ kind: 'amount', unit: 'CNY', scale: 8 });
    expect(readUnit('万美元')).toEqual({ kind: 'amount', unit: 'USD', scale: 4 });
    expect(readUnit('家')).toEqual({ kind: 'count', unit: '家', scale: 0 });
    expect(readUnit('万头')).toEqual({ kind: 'count', unit: '头', scale: 4 });
    for (const m of ['吨', '万吨', '千升', '亿吨公里', '亿人公里', '蒸发量吨', '万千瓦']) expect(readUnit(m), m).toEqual({ kind: 'other' });
    expect(headerUnit('比上年增长（%）')).toEqual({ kind: 'percent', unit: '%' });
    expect(headerUnit('增长%')).toEqual({ kind: 'percent', unit: '%' });
    expect(headerUnit('年末数（万人）')).toEqual({ kind: 'count', unit: '人', scale: 4 });
    expect(headerUnit('产量')).toBeNull();
    expect(headerUnit('指数（以上年为100）')).toEqual({ kind: 'other' });
    expect(unitLineUnits('单位：亿元、%')).toEqual([{ kind: 'amount', unit: 'CNY', scale: 8 }, { kind: 'percent', unit: '%' }]);
    expect(unitLineUnits('全市单位数量增加')).toBeNull();
  });
});
