import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// Units, through extract(): sentences made for the tests, each with the exact record expected.
const one = (s: string) => {
  const rs = extract(s);
  expect(rs, s).toHaveLength(1);
  const r = rs[0];
  return [r.type, r.text, r.value, r.value_max, r.unit, r.approx];
};

describe('percent forms', () => {
  it.each<[string, string, number, number | null, string]>([
    ['同比增长8.2%。', '8.2%', 8.2, null, '%'],
    ['增长１８．３６％。', '１８．３６％', 18.36, null, '%'],
    ['占比百分之十二点五。', '百分之十二点五', 12.5, null, '%'],
    ['不良率千分之八。', '千分之八', 0.8, null, '%'],
    ['误差为万分之三。', '万分之三', 0.03, null, '%'],
    ['误差为百万分之五。', '百万分之五', 0.0005, null, '%'],
    ['七成企业盈利。', '七成', 70, null, '%'],
    ['两成用户选择续费。', '两成', 20, null, '%'],
    ['入住率达7.5成。', '7.5成', 75, null, '%'],
    ['满意度七成六。', '七成六', 76, null, '%'],
    ['覆盖三成半的家庭。', '三成半', 35, null, '%'],
    ['全场九折。', '九折', 90, null, '%'],
    ['商品八五折销售。', '八五折', 85, null, '%'],
    ['门票7.5折。', '7.5折', 75, null, '%'],
    ['提高0.3个百分点。', '0.3个百分点', 0.3, null, 'pp'],
    ['提高兩個百分點。', '兩個百分點', 2, null, 'pp'],
    ['同比负3.9%。', '负3.9%', -3.9, null, '%'],
    ['增速-22.2%。', '-22.2%', -22.2, null, '%'],
    ['增速为7%至8%。', '7%至8%', 7, 8, '%'],
    ['增速为7-8%。', '7-8%', 7, 8, '%'],
    ['提高1到2个百分点。', '1到2个百分点', 1, 2, 'pp'],
    ['增长百分之五到百分之六。', '百分之五到百分之六', 5, 6, '%'],
  ])('%s → %s', (s, text, v, max, unit) => {
    expect(one(s)).toEqual(['percent', text, v, max, unit, null]);
  });

  it('is not a percent where the fraction word closes a longer numeral (五百分之2.2 is 2.2/500)', () => {
    expect(extract('比例为五百分之2.2。')).toEqual([]);
  });
  it('reads no discount in 折合, 折旧, 一波三折, 十折', () => {
    expect(extract('按5折合计。资产3折旧。过程一波三折。打十折。', { types: ['percent'] })).toEqual([]);
  });
  it('reads no tenths in 一成不变 or 建成', () => {
    expect(extract('制度一成不变。三成为主力。')).toEqual([]);
  });
});

describe('money: currency words and marks, before or after', () => {
  it.each<[string, string, number, string]>([
    ['实现营收292亿元。', '292亿元', 29200000000, 'CNY'],
    ['投资12,356.78万元。', '12,356.78万元', 123567800, 'CNY'],
    ['募资人民币50元。', '人民币50元', 50, 'CNY'],
    ['投资8亿元人民币。', '8亿元人民币', 800000000, 'CNY'],
    ['融资￥3,000万。', '￥3,000万', 30000000, 'CNY'],
    ['融资¥200万元。', '¥200万元', 2000000, 'CNY'],
    ['融资$2.5亿。', '$2.5亿', 250000000, 'USD'],
    ['融资US$3亿。', 'US$3亿', 300000000, 'USD'],
    ['出口18.6亿美元。', '18.6亿美元', 1860000000, 'USD'],
    ['募资1.2亿港元。', '1.2亿港元', 120000000, 'HKD'],
    ['募资港幣3.14億。', '港幣3.14億', 314000000, 'HKD'],
    ['募资3亿港币。', '3亿港币', 300000000, 'HKD'],
    ['投资2亿欧元。', '2亿欧元', 200000000, 'EUR'],
    ['贷款1万亿日元。', '1万亿日元', 1000000000000, 'JPY'],
    ['投资1亿英镑。', '1亿英镑', 100000000, 'GBP'],
    ['存单5306亿台币。', '5306亿台币', 530600000000, 'TWD'],
    ['投资10亿新台币。', '10亿新台币', 1000000000, 'TWD'],
    ['兑换1.0092瑞士法郎。', '1.0092瑞士法郎', 1.0092, 'CHF'],
    ['收入三点二亿元。', '三点二亿元', 320000000, 'CNY'],
    ['规模二点零四七六万亿元。', '二点零四七六万亿元', 2047600000000, 'CNY'],
    ['投资一千三百八十五点五万元。', '一千三百八十五点五万元', 13855000, 'CNY'],
    ['规模1.2万亿元。', '1.2万亿元', 1200000000000, 'CNY'],
    ['奖金3万4000元。', '3万4000元', 34000, 'CNY'],
    ['奖金13万2元。', '13万2元', 132000, 'CNY'],
    ['规模３０００亿元。', '３０００亿元', 300000000000, 'CNY'],
    ['亏损-1,234.56万元。', '-1,234.56万元', -12345600, 'CNY'],
    ['总额四十九兆九千五百九十二億元。', '四十九兆九千五百九十二億元', 49959200000000, 'CNY'],
    ['收入壹佰贰拾万元。', '壹佰贰拾万元', 1200000, 'CNY'],
    ['票价50元6角三分。', '50元6角三分', 50.63, 'CNY'],
    ['手机壳五元三毛。', '五元三毛', 5.3, 'CNY'],
    ['花了五块六。', '五块六', 5.6, 'CNY'],
    ['找零两角五分。', '两角五分', 0.25, 'CNY'],
    ['花了两块钱。', '两块钱', 2, 'CNY'],
    ['售价3.04块。', '3.04块', 3.04, 'CNY'],
    ['售价两美元又三美分。', '两美元又三美分', 2.03, 'USD'],
  ])('%s → %s', (s, text, v, unit) => {
    expect(one(s)).toEqual(['amount', text, v, null, unit, null]);
  });

  it('reads ranges with every connector', () => {
    expect(one('售价3-5万元。')).toEqual(['amount', '3-5万元', 30000, 50000, 'CNY', null]);
    expect(one('售价15.98万元—19.98万元。')).toEqual(['amount', '15.98万元—19.98万元', 159800, 199800, 'CNY', null]);
    expect(one('售价3~5万元。')).toEqual(['amount', '3~5万元', 30000, 50000, 'CNY', null]);
    expect(one('售价5.6到5.78元。')).toEqual(['amount', '5.6到5.78元', 5.6, 5.78, 'CNY', null]);
    expect(one('投资10至20亿元。')).toEqual(['amount', '10至20亿元', 1000000000, 2000000000, 'CNY', null]);
    expect(one('售价五元六角-五元七毛八分。')).toEqual(['amount', '五元六角-五元七毛八分', 5.6, 5.78, 'CNY', null]);
  });

  it('gives each currency its own number (4人民币5美元)', () => {
    expect(extract('4人民币5美元').map((r) => [r.text, r.value, r.unit])).toEqual([['4人民币', 4, 'CNY'], ['5美元', 5, 'USD']]);
  });
});

describe('fuzzy numbers keep the stated bound (SPEC)', () => {
  it.each<[string, string, string, number, string, string | null]>([
    ['营收三十几万元。', 'amount', '三十几万元', 300000, 'CNY', 'over'],
    ['收入4万多元。', 'amount', '4万多元', 40000, 'CNY', 'over'],
    ['建成三十余个站点。', 'count', '三十余个', 30, '个', 'over'],
    ['投资逾百亿元。', 'amount', '百亿元', 10000000000, 'CNY', 'over'],
    ['总额近百亿元。', 'amount', '百亿元', 10000000000, 'CNY', 'under'],
    ['收入约3亿元。', 'amount', '3亿元', 300000000, 'CNY', 'about'],
    ['最多一块二角。', 'amount', '一块二角', 1.2, 'CNY', 'at_most'],
    ['至少三块零四。', 'amount', '三块零四', 3.04, 'CNY', 'at_least'],
    ['起码三蚊零四。', 'amount', '三蚊零四', 3.04, 'HKD', 'at_least'],
  ])('%s', (s, type, text, v, unit, approx) => {
    expect(one(s)).toEqual([type, text, v, null, unit, approx]);
  });

  it('上百家 is 100', () => {
    const [r] = extract('引进上百家企业。');
    expect([r.type, r.value, r.unit]).toEqual(['count', 100, '家']);
  });
});

describe('count ranges in words', () => {
  it('两三家 → 2..3, 七八个 → 7..8', () => {
    expect(one('培育两三家龙头企业。')).toEqual(['count', '两三家', 2, 3, '家', null]);
    expect(one('新建七八个园区。')).toEqual(['count', '七八个', 7, 8, '个', null]);
  });
});

describe('false friends never become money or percent', () => {
  it.each([
    '三角形的面积。', '长三角一体化发展。', '这项工作十分重要。', '他考了30分。', '比赛得了九十分。', '两块蛋糕放在桌上。',
    '切成三块。', '上半年经济平稳。', '统一标准。', '统一了口径。', '五分之一的企业。', '两毛钱的事。', '蚊子很多，七只蚊子。',
    '访问 https://example.com/a?q=30%25%2020% 查看。', '一成不变。', '资产折旧。',
  ])('%s', (s) => {
    expect(extract(s, { types: ['amount', 'percent'] }).map((r) => r.text)).toEqual([]);
  });
});

describe('负 as a sign', () => {
  it('is a minus sign before a number (负3.9%, 增速为负3.9%)', () => {
    expect(extract('增速为负3.9%。').map((r) => r.value)).toEqual([-3.9]);
  });
  it('ends a word in 减负 / 胜负, so the amount after it stays positive', () => {
    expect(extract('为经营主体减负2500亿元以上。').map((r) => [r.text, r.value])).toEqual([['2500亿元', 250000000000]]);
  });
});

describe('a measure word that starts another word is not a count', () => {
  it.each(['分两部分进行。', '三所有学校。', '两位于城区。'])('%s', (s) => {
    expect(extract(s).filter((r) => r.type === 'count')).toEqual([]);
  });
  it('still counts 两部电影 and 3所学校', () => {
    expect(extract('拍摄两部电影，新建3所学校。').map((r) => r.text)).toEqual(['两部', '3所']);
  });
});

describe('news look-alikes found on the corpus', () => {
  it('零部件 is not a count of 0, 三次产业 is not three times', () => {
    expect(extract('推进比亚迪零部件集团成立，三次产业持续向好。')).toEqual([]);
  });
  it('数十所 is a bounded ten', () => {
    expect(extract('来自全国数十所高校。').map((r) => [r.text, r.value, r.approx])).toEqual([['十所', 10, 'over']]);
  });
});
