import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumberAt } from '../src/index.js';
import { findNumbers } from '../src/numbers/find.js';

// Every numeral form the grammar reads, each with its exact value (sentences made for the tests).
describe('parseNumber: whole strings, exact values', () => {
  it.each<[string, number]>([
    // Arabic, commas, decimals, full width
    ['1,234.5', 1234.5], ['01.10', 1.1], ['.77', 0.77], ['１２３４．５', 1234.5], ['６４．２４亿', 6424000000],
    // Chinese digits with 零 / 〇 / 两 / 廿 / 卅
    ['一百零五', 105], ['一千零一', 1001], ['二〇二四', 2024], ['两千', 2000], ['两百', 200], ['廿', 20], ['卅三', 33],
    ['五百卅四', 534], ['一萬零卌', 10040], ['零十', 10], ['二十三', 23], ['倆千两百贰拾二', 2222],
    // 大写
    ['壹佰贰拾', 120], ['叁仟肆佰伍拾陆', 3456], ['玖拾陸', 96], ['參萬肆仟伍佰陸拾柒', 34567], ['拾萬', 100000], ['壹億', 100000000],
    // 点 decimals
    ['二十三点五亿', 2350000000], ['三点二亿', 320000000], ['二点零四七六万亿', 2047600000000], ['一千三百八十五点五万', 13855000],
    ['零点五', 0.5], ['零點77', 0.77], ['十点二三三', 10.233], ['两千万点五五四四', 20000000.5544], ['四百亿点零五零', 40000000000.05],
    // scales: 千亿, 万亿, 兆, 万万
    ['三千亿', 300000000000], ['两万亿', 2000000000000], ['4.78万亿', 4780000000000], ['五兆六十二亿四万五千二', 5006200045200],
    ['四十九兆九千五百九十二億', 49959200000000], ['四万万', 400000000], ['10万万', 1000000000],
    // mixed Arabic and Chinese
    ['4.8万', 48000], ['1.2万亿', 1200000000000], ['3万4000', 34000], ['13万2', 132000], ['5亿1万4千6百', 500014600], ['1千零20', 1020],
    // a lone digit after a unit counts in the next lower unit
    ['四百五', 450], ['一千三', 1300], ['九十二万四', 924000], ['百三', 130], ['千三', 1300], ['萬九', 19000], ['百二萬', 1200000],
    ['两千三点一', 2300.1], ['一千零三', 1003],
    // halves
    ['一半', 0.5], ['半百', 50],
    // signs
    ['-1,234.56', -1234.56], ['负三十二', -32], ['負壹佰貳拾萬', -1200000], ['负0.2', -0.2],
  ])('%s → %d', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it('decimal shifts are exact, never float products', () => {
    expect(parseNumber('4.6亿')).toBe(460000000);
    expect(parseNumber('0.07万')).toBe(700);
    expect(parseNumber('12,356.78万')).toBe(123567800);
  });

  it('reads a bare scale as its value (百分之百); whether it stands alone is for the caller', () => {
    expect(parseNumber('万')).toBe(10000);
    expect(parseNumber('百')).toBe(100);
  });

  it.each(['两两', '两百点两', '十百', 'abc', '统一'])('%s is not one number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});

describe('parseNumberAt: fuzzy numbers and ranges', () => {
  it.each<[string, number, number | null, 'over' | null]>([
    ['三十几万', 300000, null, 'over'], ['4万多', 40000, null, 'over'], ['三十余', 30, null, 'over'], ['十余万', 100000, null, 'over'],
    ['500余万', 5000000, null, 'over'], ['一百零几万', 1000000, null, 'over'],
    ['两三', 2, 3, null], ['七八', 7, 8, null], ['十七八', 17, 18, null], ['两三百万', 2000000, 3000000, null],
  ])('%s → %d..%s %s', (s, v, max, fuzzy) => {
    const p = parseNumberAt(s, 0)!;
    expect(p.end).toBe(s.length);
    expect([p.value, p.valueMax, p.fuzzy]).toEqual([v, max, fuzzy]);
  });

  it('reads a bare scale as a bare scale (逾百亿, 上百)', () => {
    const p = parseNumberAt('百亿元', 0)!;
    expect([p.value, p.bareScale, p.end]).toEqual([10000000000, true, 2]);
  });

  it('reads SI suffixes and E-notation only when asked', () => {
    expect(parseNumberAt('15k', 0)!.value).toBe(15);
    expect(parseNumberAt('15k', 0, { si: true })!.value).toBe(15000);
    expect(parseNumberAt('1.2M', 0, { si: true })!.value).toBe(1200000);
    expect(parseNumberAt('5G网络', 0, { si: true })!.value).toBe(5000000000); // the extractor refuses it: no unit follows
    expect(parseNumberAt('2e5', 0)!.value).toBe(2);
    expect(parseNumberAt('2e5', 0, { sci: true })!.value).toBe(200000);
    expect(parseNumberAt('-127.32e13', 0, { sci: true })!.value).toBe(-1273200000000000);
    expect(parseNumberAt('2.7890e-1', 0, { sci: true })!.value).toBe(0.2789);
  });

  it('never takes 两 as a decimal digit (一点两小时 is 1 and 2)', () => {
    const p = parseNumberAt('一点两小时', 0)!;
    expect([p.value, p.end]).toEqual([1, 1]);
  });
});

describe('findNumbers: every numeral in a sentence, with fractions', () => {
  const vals = (s: string) => findNumbers(s).map((n) => [n.text, n.value]);
  it('lists numerals with input offsets', () => {
    expect(vals('一千零十二章和一千八百零三章')).toEqual([['一千零十二', 1012], ['一千八百零三', 1803]]);
    expect(vals('１, 2４4, ６６7.123 五点八')).toEqual([['１', 1], ['2４4', 244], ['６６7.123', 667.123], ['五点八', 5.8]]);
  });
  it('reads fractions', () => {
    expect(vals('五分之一')).toEqual([['五分之一', 0.2]]);
    expect(vals('3又一千分之23')).toEqual([['3又一千分之23', 3.023]]);
    expect(vals('负一又二分之一')).toEqual([['负一又二分之一', -1.5]]);
    expect(vals('３／５')).toEqual([['３／５', 0.6]]);
    expect(vals('1 ３/5')).toEqual([['1 ３/5', 1.6]]);
  });
  it('skips words written with numeral characters', () => {
    expect(vals('我家在四川，一切都好，小明拾起石子，陆地上')).toEqual([]);
    expect(vals('这不是四川这是五台山')).toEqual([['五', 5]]);
  });
  it('keeps a trailing 多 outside the numeral', () => {
    expect(vals('四百多')).toEqual([['四百', 400]]);
    expect(vals('十多万')).toEqual([['十多万', 100000]]);
  });
});

describe('numbers beyond 2^53', () => {
  it('are reported with the nearest double (the text keeps every digit); a run too long for a double is not', async () => {
    const { extract } = await import('../src/index.js');
    const [r] = extract('我们有 202107211321363588510367 美元');
    expect(r).toMatchObject({ type: 'amount', text: '202107211321363588510367 美元', unit: 'USD' });
    expect(r.value.toPrecision(15)).toBe('2.02107211321364e+23');
    expect(extract(`${'9'.repeat(400)}元`)).toEqual([]);
  });
});
