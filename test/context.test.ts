import { describe, expect, it } from 'vitest';
import { extract, type MetricRecord } from '../src/index.js';
import {
  AREA_EXAMPLES, BASIS_EXAMPLES, COMPARED_EXAMPLES, COMPARISON_EXAMPLES, DATE_OF_OTHER_EXAMPLES, FROM_BASE_EXAMPLES, NATIONAL_BODY_EXAMPLES, BASE_PHRASE_EXAMPLES, BULLET_EXAMPLES, PARTNER_EXAMPLES, THAT_DAY_EXAMPLES, AFTER_WORKS_EXAMPLES, OWN_WORD_BASE_EXAMPLES, PERIOD_EXTRA_EXAMPLES, RATE_NOUN_EXAMPLES, REGION_EXAMPLES,
  TREND_EXTRA_EXAMPLES, TREND_GAP_EXAMPLES, TREND_LOOKALIKE_EXAMPLES, type Example,
} from '../src/rules/context.js';
import { headingLevel } from '../src/attribute/context.js';
import { normalizePeriod } from '../src/attribute/period.js';

/** The one record whose text is `text` in `input`. */
function one(input: string, text: string): MetricRecord {
  const hits = extract(input).filter((r) => r.text === text);
  expect(hits.map((r) => r.text), `${text} in ${input}`).toEqual([text]);
  return hits[0];
}

const byAttr = (attr: 'period' | 'basis' | 'trend' | 'region', examples: readonly Example[]) =>
  it.each(examples.map((e) => [...e]))(`${attr}: %s → %s %s`, (input, text, want) => {
    expect(one(input as string, text as string)[attr]).toBe(want);
  });

describe('rule examples (src/rules/context.ts)', () => {
  byAttr('period', PERIOD_EXTRA_EXAMPLES);
  byAttr('period', COMPARISON_EXAMPLES);
  byAttr('period', DATE_OF_OTHER_EXAMPLES);
  byAttr('period', FROM_BASE_EXAMPLES);
  byAttr('period', BASE_PHRASE_EXAMPLES);
  byAttr('period', BULLET_EXAMPLES);
  byAttr('period', THAT_DAY_EXAMPLES);
  byAttr('period', AFTER_WORKS_EXAMPLES);
  byAttr('basis', BASIS_EXAMPLES);
  byAttr('trend', TREND_EXTRA_EXAMPLES);
  byAttr('trend', TREND_LOOKALIKE_EXAMPLES);
  byAttr('trend', TREND_GAP_EXAMPLES);
  byAttr('trend', RATE_NOUN_EXAMPLES);
  byAttr('trend', COMPARED_EXAMPLES);
  byAttr('region', REGION_EXAMPLES);
  byAttr('region', AREA_EXAMPLES);
  byAttr('region', NATIONAL_BODY_EXAMPLES);
  byAttr('region', PARTNER_EXAMPLES);
  byAttr('region', OWN_WORD_BASE_EXAMPLES);
});

describe('period: sentence → paragraph → heading → document', () => {
  it('the sentence: its time word before the number', () => {
    expect(one('今年上半年，固定资产投资同比增长12.2%。', '12.2%').period).toBe('今年上半年');
    // a topic (time word and comma) scopes the whole sentence, across a semicolon
    const t = '一季度末，全市生猪出栏80.9万头，同比增长1.4%；肉牛出栏10万头，增长0.8%。';
    expect(one(t, '10万头').period).toBe('一季度末');
  });

  it('a time word that is not the topic scopes its part up to a semicolon; the paragraph\'s takes over', () => {
    const t = '全年猪牛羊肉产量18.5万吨，增长4.6%；年末生猪存栏134.4万头，下降8.4%；生猪出栏187.0万头，下降0.2%。';
    expect(one(t, '134.4万头').period).toBe('年末');
    expect(one(t, '187.0万头').period).toBe('全年');
  });

  it('a part without one takes the time word an earlier part of its sentence names, before the paragraph\'s', () => {
    // held-out news: the item opened with 前7个月 sales; the results sentence names its half year once
    const t = '2023年前7个月，公司签约金额2678.23亿元。数据显示，2023年上半年公司营业总收入约1383.76亿元，同比增加24.93%；营业利润约195.89亿元，同比增加2.07%；净利润约119.99亿元，同比增加10.84%。';
    expect(one(t, '195.89亿元').period).toBe('2023年上半年');
    expect(one(t, '10.84%').period).toBe('2023年上半年');
    expect(one('今年以来，新签合同额增长8%。2022年公司实现营业收入10.2亿元；净利润1.3亿元。', '1.3亿元').period).toBe('2022年');
    // look-alikes: a part with its own time word keeps it; a point (年末) does not carry; the topic does
    expect(one(t, '2678.23亿元').period).toBe('2023年前7个月');
    expect(one('今年以来，订单增长8%。2022年营收10.2亿元；2023年营收12.5亿元；净利润1.3亿元。', '12.5亿元').period).toBe('2023年');
    expect(one('全年粮食产量18.5万吨；年末生猪存栏134.4万头；生猪出栏187.0万头。', '187.0万头').period).toBe('全年');
  });

  it('a sentence without one takes its paragraph\'s', () => {
    const t = '初步核算，全年全市生产总值达到5481.6亿元，比上年增长3.5%。其中，第一产业增加值214.1亿元，增长1.7%。';
    expect(one(t, '214.1亿元').period).toBe('全年');
    // the paragraph's first topic beats a span named in passing; a day (of the report) comes last
    expect(one('1月17日，国家统计局发布2021年中国经济数据。全国人户分离人口50429万人。', '50429万人').period).toBe('2021年');
    expect(one('1月17日，人民银行开展7000亿元中期借贷便利操作。具体为，1年期中标利率为2.85%。', '2.85%').period).toBe('1月17日');
    // 近年来 is vague: it does not scope the paragraph
    expect(one('压降是近年来的主基调。截至11月末，余额为5.46万亿元。收益率已降至2%以下。', '2%').period).toBe('11月末');
  });

  it('then its heading, or the outline heading above it', () => {
    const t = '一、2025年工作回顾\n\n提供11.2万个就业岗位。\n\n三、2026年重点工作\n\n（一）促进就业\n\n城镇新增就业不少于28万人。\n';
    expect(one(t, '11.2万个').period).toBe('2025年');
    expect(one(t, '28万人').period).toBe('2026年');
    const h = '二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\n设置了29项主要指标。\n';
    expect(one(h, '29项').period).toBe('“十五五”时期'); // the last the heading names
  });

  it('then the document\'s title', () => {
    const t = '2023年洛阳市国民经济和社会发展统计公报\n\n一、综合\n\n三次产业结构中，第三产业增加值3128.5亿元。\n';
    expect(one(t, '3128.5亿元').period).toBe('2023年');
  });

  it('then the last paragraph above that opened with one (an analysis names its quarter once)', () => {
    const t = '大庆市经济运行开局良好\n\n（四）投资\n\n一季度全市完成固定资产投资63.8亿元。\n\n（五）消费\n\n全市社会消费品零售总额290亿元。\n';
    expect(one(t, '290亿元').period).toBe('一季度');
  });

  it('a comparison base, a record span or another thing\'s date is never the period', () => {
    expect(one('增速比一季度提高0.5个百分点。', '0.5个百分点').period).toBeNull();
    expect(one('较2020年实现翻番，培育形成3个万亿级产业集群。', '3个').period).toBeNull();
    expect(one('余额创下2016年12月以来最低水平，收益率降至2%以下。', '2%').period).toBeNull();
    expect(one('公司1月28日晚间公告，中标金额2.1亿元。', '2.1亿元').period).toBeNull();
    // look-alikes that are periods
    expect(one('上年同期归属于上市公司股东的净利润7861万元。', '7861万元').period).toBe('上年同期');
    expect(one('与2023年同期相比，2024年上半年营收增长8%。', '8%').period).toBe('2024年上半年');
  });

  it('headings are ranked by their outline numbers', () => {
    expect(['一、综合', '（一）GDP', '1.工业', '（1）钢铁', '①小麦', '珠海高新区'].map(headingLevel)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('basis', () => {
  it('carries through the paragraph that breaks a figure down', () => {
    const t = '全年全市工业增加值1751.6亿元，比上年增长1.3%。分门类看，采矿业增加值下降6.7%，制造业增长2.2%。';
    expect(one(t, '6.7%').basis).toBe('yoy');
    expect(one(t, '2.2%').basis).toBe('yoy');
  });

  it('not into the next paragraph, nor to a level, a rate stated as a level or a contribution in points', () => {
    expect(one('工业增加值比上年增长1.3%。\n粮食产量下降1.7%。', '1.7%').basis).toBeNull();
    expect(one('营收同比增长5%。其中，线上营收30亿元。', '30亿元').basis).toBeNull();
    expect(one('工业增加值同比增长0.5%。2015年同期增速为3.3%。', '3.3%').basis).toBeNull();
    expect(one('工业同比增长6.8%，拉动全市工业增长2.6个百分点。', '2.6个百分点').basis).toBeNull();
  });

  it('ytd for a stock against the start of the year', () => {
    expect(one('3月末，贷款余额较年初增加1.2万亿元。', '1.2万亿元').basis).toBe('ytd');
    expect(one('存款余额比上年末增长8%。', '8%').basis).toBe('ytd');
    expect(one('城镇化率比上年提高1.01个百分点。', '1.01个百分点').basis).toBe('yoy'); // not 比上年末
  });
});

describe('trend', () => {
  it('a trend stated once carries to later list members of its sentence', () => {
    const t = '平均压减时间58%、材料52%；月均现场检查量下降42.9%。';
    expect(one(t, '52%').trend).toBe('down');
    // a share after a change, in its own clause, is no change
    expect(one('营收增长20%，占比35%。', '35%').trend).toBeNull();
  });

  it('a signed number gives the direction of a rise', () => {
    expect(one('工业增加值增长-3.1%。', '-3.1%').trend).toBe('down');
    expect(one('收入分别增长-3%、5%。', '5%').trend).toBe('up');
  });

  it('a level reached is not a change', () => {
    expect(one('总部从1.5万人精简为5100多人。', '5100多人').trend).toBeNull();
    expect(one('失业率降至5.2%。', '5.2%').trend).toBeNull();
  });

  it('a threshold is not a difference; a base between makes one', () => {
    expect(one('高于50万元的部分不予补贴。', '50万元').trend).toBeNull();
    expect(one('低于行业平均水平17.2%的碳排放表现。', '17.2%').trend).toBe('down');
  });

  it('a verb with a long phrase before an amount or count does not govern it', () => {
    expect(one('纳入统计的82种产品中，产量同比增长的有45种。', '45种').trend).toBeNull();
    expect(one('对经济增长贡献超五成。', '五成').trend).toBeNull();
    expect(one('新增就业岗位55万个以上。', '55万个').trend).toBe('up');
    expect(one('继续压减非重点非刚性及一般性支出18.2亿元。', '18.2亿元').trend).toBe('down');
  });
});

describe('region', () => {
  it('全国 / 我国 only when they open the clause', () => {
    expect(one('积极融入全国统一大市场，新增经营主体3万家。', '3万家').region).toBeNull();
    expect(one('2023年全国粮食产量增长1.3%。', '1.3%').region).toBe('中国');
  });

  it('a place named after 全国 in the sentence wins', () => {
    expect(one('全国首创，重庆高新区固定资产投资增长12.2%。', '12.2%').region).toBe('重庆高新区');
  });

  it('a place inside a bank\'s or school\'s name is not the region; a government body is', () => {
    expect(one('中国银行广州开发区分行贷款余额120亿元。', '120亿元').region).toBeNull();
    expect(one('洛阳市统计局数据显示，工业增加值增长1.3%。', '1.3%').region).toBe('洛阳市');
  });

  it('a country named in passing in a news item\'s first line is not its place', () => {
    const t = '随着美国经济数据喜忧参半，黄金价格大幅波动。\n道明证券表示，市场价格体现了加息预期。黄金下跌0.3%。';
    expect(one(t, '0.3%').region).toBeNull();
  });
});

describe('period_norm of the context periods', () => {
  it.each([
    ['去年底', '2023'], ['一季度末', '2024Q1'], ['2023年度', '2023'], ['“十四五”时期', '2021/2025'], ['“十五五”时期', '2026/2030'], ['“十一五”期间', '2006/2010'],
  ])('%s → %s (year 2024)', (p, want) => {
    expect(normalizePeriod(p, 2024)).toBe(want);
  });

  it('a day keeps its day', () => {
    expect(normalizePeriod('2019年9月30日', undefined)).toBe('2019-09-30');
    expect(normalizePeriod('今年8月9日', 2018)).toBe('2018-08-09');
    expect(normalizePeriod('5月22日', 2019)).toBe('2019-05-22');
  });

  // held-out text: a period without a year of its own is in the year its context names, not the
  // title's (a 2026 report reviewing 2025, a news line dated by its own sentence)
  it('a period without a year takes the year of its sentence, paragraph or heading', () => {
    const report = '2026年浙江省政府工作报告\n一、2025年主要工作\n全年新增贷款1.91万亿元，其中制造业贷款新增1124亿元。\n二、2026年重点工作\n全年新增就业100万人。\n';
    expect(one(report, '1124亿元').period_norm).toBe('2025');
    expect(one(report, '100万人').period_norm).toBe('2026');
    const news = '2018年并购新闻汇编\n2017年10月，威创股份以3.85亿元收购可儿教育70%股权，11月以1.06亿元收购鼎奇幼教70%股权。\n';
    expect(one(news, '1.06亿元').period_norm).toBe('2017-11');
    // 今年 and 去年 count from when the text was written: the title's year
    const plan = '2026年浙江省政府工作报告\n一、2025年主要工作\n今年以来，新增就业115.8万人。\n';
    expect(one(plan, '115.8万人').period_norm).toBe('2026');
  });

  it('a comparison base in the first lines is not the document\'s year', () => {
    const t = '南海区上半年GDP达1712.60亿元，同比增长4.5%，增速较2022年全年回升2.3个百分点。';
    expect(one(t, '1712.60亿元').period_norm).toBeNull();
    expect(one('2023年南海区经济运行情况\n上半年GDP达1712.60亿元。', '1712.60亿元').period_norm).toBe('2023H1');
    // a line that is a sentence is no title: its year is one it names in passing, unless it opens on it
    expect(one('人民网上海7月27日电，夷陵区2015年起开展活动。今年上半年已有30名学生参加。', '30名').period_norm).toBeNull();
    expect(one('2022年，面对复杂局面，全县经济稳中向好。\n全年地区生产总值439.19亿元。', '439.19亿元').period_norm).toBe('2022');
  });

  it('a span of days: from its first day to its last', () => {
    expect(normalizePeriod('7月20日—23日', 2023)).toBe('2023-07-20/2023-07-23');
    expect(normalizePeriod('2018年1月3日至2018年4月17日', undefined)).toBe('2018-01-03/2018-04-17');
    expect(normalizePeriod('2021年7月30日至8月2日', undefined)).toBe('2021-07-30/2021-08-02');
    expect(normalizePeriod('7月20日', 2023)).toBe('2023-07-20');
  });

  it('takes the year from a title below a page\'s menu lines', () => {
    const t = '下载\n打印\n全屏\n2026年北京市政府工作报告\n\n三、今年重点工作\n\n城镇新增就业不少于28万人。\n';
    expect(one(t, '28万人').period_norm).toBe('2026');
  });
});

describe('approx', () => {
  it('附近 after the unit is about (SPEC)', () => {
    expect(one('黄金最近一直在1800美元附近徘徊。', '1800美元').approx).toBe('about');
    expect(one('利率在5%附近波动。', '5%').approx).toBe('about');
  });
});
