import { describe, expect, it } from 'vitest';
import { extract, type MetricRecord } from '../src/index.js';

/** The one record whose text is `text` in `input`. */
function one(input: string, text: string, opts = {}): MetricRecord {
  const hits = extract(input, opts).filter((r) => r.text === text);
  expect(hits.map((r) => r.text), `${text} in ${input}`).toEqual([text]);
  return hits[0];
}

describe('trend', () => {
  it.each([
    ['固定资产投资同比增长12.2%。', '12.2%', 'up'],
    ['检测效率提高12.14%。', '12.14%', 'up'],
    ['居民消费价格上涨0.3%。', '0.3%', 'up'],
    ['城镇化率比上年上升1.01个百分点。', '1.01个百分点', 'up'],
    ['新增绿色工厂27家。', '27家', 'up'],
    ['油料产量增产6.8%。', '6.8%', 'up'],
    ['产品不良率下降44.54%。', '44.54%', 'down'],
    ['运营成本降低18.27%。', '18.27%', 'down'],
    ['出口减少23.2%。', '23.2%', 'down'],
    ['增速回落0.5个百分点。', '0.5个百分点', 'down'],
    ['低于行业平均水平17.2%的碳排放表现。', '17.2%', 'down'],
    ['每小时可降低成本约480元。', '480元', 'down'],
    // the change named after the number: 实现…的增长
    ['一季度GDP实现8.2%的增长。', '8.2%', 'up'],
    ['出口额出现3.5%的下降。', '3.5%', 'down'],
    ['利润实现12%的增幅。', '12%', 'up'],
    ['工业和服务业分别实现8%、9%的增长。', '8%', 'up'],     // the list shares the change after it
    ['工业和服务业分别实现8%、9%的增长。', '9%', 'up'],
    // SPEC: a growth rate named as a noun takes the direction of its sign
    ['人口自然增长率-0.57‰。', '-0.57‰', 'down'],
  ])('%s → %s %s', (input, text, trend) => {
    expect(one(input, text).trend).toBe(trend);
  });

  it.each([
    ['规模以上工业增加值8.6万亿元。', '8.6万亿元'],     // 增加值 is a noun
    ['投资完成率达118.2%。', '118.2%'],                 // a level
    ['光伏发电供能占比30%以上。', '30%'],                // a share
    ['失业率降至5.2%。', '5.2%'],                        // the level reached, not the change
    ['民间投资项目比重不低于80%。', '80%'],               // 不低于 is a floor (at_least), not 低于
    ['总投资额292亿元。', '292亿元'],
    ['保持6%的增速。', '6%'],                            // 增速 after it is a rate, not a change
    ['实现8.6万亿元的增加值。', '8.6万亿元'],
  ])('no trend: %s', (input, text) => {
    expect(one(input, text).trend).toBeNull();
  });
});

describe('basis', () => {
  it.each([
    ['GDP同比增长8.2%。', '8.2%', 'yoy'],
    ['城镇化率比上年提高1.01个百分点。', '1.01个百分点', 'yoy'],
    ['销售额较上年同期增长15%。', '15%', 'yoy'],
    ['价格环比下降0.2%。', '0.2%', 'mom'],
    ['重庆高新区上半年GDP增长8.2%', '8.2%', null],
    ['到位资金190亿元，同比增长41.5%。', '190亿元', null],
  ])('%s → %s %s', (input, text, basis) => {
    expect(one(input, text).basis).toBe(basis);
  });
});

describe('approx', () => {
  it.each([
    ['总投资额约5亿元。', '5亿元', 'about'],
    ['投资5亿元左右。', '5亿元', 'about'],
    ['达产规模超12亿元。', '12亿元', 'over'],
    ['投资逾百亿元。', '百亿元', 'over'],
    ['突破1000亿元。', '1000亿元', 'over'],
    ['三十余个项目落地。', '三十余个', 'over'],
    ['近百亿元的投资。', '百亿元', 'under'],
    ['不到10%的企业。', '10%', 'under'],
    ['占比30%以上。', '30%', 'at_least'],
    ['实施项目不少于20个。', '20个', 'at_least'],
    ['奖励最高达500万元。', '500万元', 'at_most'],
    ['补贴不超过50万元。', '50万元', 'at_most'],
  ])('%s → %s %s', (input, text, approx) => {
    expect(one(input, text).approx).toBe(approx);
  });

  it.each([
    ['近日，签约项目12个。', '12个'],          // 近日 is a date
    ['新建超充站15座。', '15座'],              // 超充站 is a noun
    ['合同投资额514亿元。', '514亿元'],
    ['双方签约5亿元。', '5亿元'],              // 签约, 节约, 合约 … end in 约 but are not "about"
    ['全年节约3亿元。', '3亿元'],
    ['现场签约29个项目。', '29个'],
  ])('no approx: %s', (input, text) => {
    expect(one(input, text).approx).toBeNull();
  });
});

describe('indicator', () => {
  it.each([
    ['今年上半年，西部科学城重庆高新区固定资产投资同比增长12.2%。', '12.2%', '固定资产投资'],
    ['签约项目47个，合同投资额514亿元。', '514亿元', '合同投资额'],
    ['到位资金190亿元，同比增长41.5%。', '190亿元', '到位资金'],
    ['到位资金190亿元，同比增长41.5%。', '41.5%', '到位资金'],
    ['检测效率提高12.14%。', '12.14%', '检测效率'],
    ['32个重点项目投资完成率达118.2%。', '118.2%', '投资完成率'],
    ['每小时可降低成本约480元。', '480元', '成本'],
    ['低于行业平均水平17.2%的碳排放表现。', '17.2%', '碳排放表现'],
    ['全年全市粮食总产量902.61万吨，减产3.2%。', '3.2%', '粮食总产量'],
    // 分别 pairs subjects cut at 和 too; a bare modifier (城镇) shares the last subject's noun (SPEC: the
    // shortest phrase that names what is measured; this test expected the whole list before)
    ['城镇和农村居民人均可支配收入分别增长4.3%、5.5%。', '4.3%', '城镇居民人均可支配收入'],
    ['城镇和农村居民人均可支配收入分别增长4.3%、5.5%。', '5.5%', '农村居民人均可支配收入'],
    ['全年全市固定资产投资（不含农户，下同）同比增长10.5%。', '10.5%', '固定资产投资'],
    ['陕西省设立40亿元汽车专项资金，出台政策措施。', '40亿元', '汽车专项资金'],
    ['今年前4月完成技工贸收入215.4亿元，同比增长18.2%。', '18.2%', '技工贸收入'],
    // the bound word before the number is not part of what it measures
    // (a verb is never part of it: SPEC leaves verbs out; this test expected 医疗设备采购涉及 before)
    ['医疗设备采购涉及几亿元的资金。', '亿元', '医疗设备采购'],
    // 人均 / 户均 / 平均 are words, not 均 "all"; 年均 qualifies the change, like 同比
    ['户均产值1234.16万元。', '1234.16万元', '户均产值'],
    ['农村居民人均可支配收入增长5.5%。', '5.5%', '农村居民人均可支配收入'],
    ['全省生产总值年均增长5.9%。', '5.9%', '生产总值'],
    // a figure that is not a metric, inside the words before one, ends the indicator
    ['宁波舟山港集装箱吞吐量4387万标箱、增长11.6%。', '11.6%', '宁波舟山港集装箱吞吐量'],
    ['全市5G移动电话用户总数增长20%。', '20%', '5G移动电话用户总数'],
    // a comparison with a point in time is not the quantity: the subject comes from the clause before
    ['民用汽车保有量130.28万辆，比上年末增长2.9%。', '2.9%', '民用汽车保有量'],
    // a change right after a figure in the same clause is that figure's
    ['人工智能核心产业营收6800亿元左右、增长20%以上。', '20%', '人工智能核心产业营收'],
    ['出口占全国份额从14%提升到15.5%。', '14%', '出口占全国份额'],
    // 分别: subjects and figures pair up in order
    ['地区生产总值、全社会固定资产投资、规上工业总产值年均分别增长21.2%、39.9%、37.8%。', '21.2%', '地区生产总值'],
    ['地区生产总值、全社会固定资产投资、规上工业总产值年均分别增长21.2%、39.9%、37.8%。', '39.9%', '全社会固定资产投资'],
    ['地区生产总值、全社会固定资产投资、规上工业总产值年均分别增长21.2%、39.9%、37.8%。', '37.8%', '规上工业总产值'],
    ['亿元以上工业项目个数、完成投资额同比分别增长5.5%、18.6%。', '18.6%', '投资额'],
    ['签约项目数量、签约金额比上届分别增长55%、232%。', '232%', '签约金额'],
    ['电信网络诈骗案件受理数、案损数分别下降16%和36%。', '36%', '案损数'],
    ['出口占全国份额从14%提升到15.5%。', '15.5%', '出口占全国份额'],
    // held-out news and announcements (second pass): a reaching verb alone before a figure and a noun after it
    ['另外，有364.3亿元现金已纳入政府指定账户。', '364.3亿元', '现金'],
    ['全区共有3.2亿元专项资金。', '3.2亿元', '专项资金'],
    ['其中1.3亿元贷款逾期未还。', '1.3亿元', '贷款逾期'],
    // a list member with a bound of its own after the connector, and a sum of the list, measure the same
    ['借款本金分别为7100万元、3660万元和约1188万元，合计约1.62亿元。', '1188万元', '借款本金'],
    ['营业收入分别为5亿元和近3亿元。', '3亿元', '营业收入'],
    // a count that refers back (not a figure) is no part of the measure
    ['公告显示，上述4笔流动资金借款本金分别为7100万元、4250万元。', '7100万元', '流动资金借款本金'],
    ['这两家公司的营业收入合计为5亿元。', '5亿元', '营业收入'],
    ['上述募集资金48.3亿元用于收购。', '48.3亿元', '募集资金'],
    ['借款本金分别为7100万元、3660万元和约1188万元，合计约1.62亿元。', '1.62亿元', '借款本金'],
    // look-alikes: a reaching verb with no noun after the number continues the subject before
    ['地区生产总值626.9亿元，达到5万亿元。', '5万亿元', '地区生产总值'],
    ['各项损失合计：148761.28元。', '148761.28元', '各项损失'],
    ['赔偿经济损失4000元及合理支出3000元，共计7000元。', '7000元', null],
    // a bare 占比 names whose share it is from the figure before (as 增速 does)
    ['对外承包工程完成营业额27亿美元，增长3.7%，占比64.3%。', '64.3%', '对外承包工程营业额占比'],
    ['在手项目45个，其中ADC项目28个，占比达62%。', '62%', 'ADC项目占比'],
    ['新能源汽车销量占比达35%。', '35%', '新能源汽车销量占比'],
    // points after a growth rate, with no subject of their own, are a difference of that rate: its 增速
    ['今年上半年，全省规模以上工业增加值同比增长19.9%，较一季度加快11.3个百分点。', '11.3个百分点', '规模以上工业增加值增速'],
    ['上半年全市规上工业增加值同比增长10.5%，高于全国、全省6.7个、5.2个百分点。', '5.2个百分点', '规上工业增加值增速'],
    ['上半年全市规上工业增加值同比增长10.5%，高于全国、全省6.7个、5.2个百分点。', '6.7', '规上工业增加值增速'],
    ['全省社会消费品零售总额实现4852亿元，同比增长9.1%，高于全国平均增速（8.2%）0.9个百分点。', '0.9个百分点', '社会消费品零售总额增速'],
    ['2022年，全省汽车产销量133.8万辆，同比增长67%，高于全国64个百分点。', '64个百分点', '汽车产销量增速'],
    ['全区实现规模以上工业增加值786.97亿元，同比增长7.1%，分别高于全国、全省3.3、4.6个百分点。', '4.6个百分点', '规模以上工业增加值增速'],
    ['全区实现规模以上工业增加值786.97亿元，同比增长7.1%，分别高于全国、全省3.3、4.6个百分点。', '3.3', '规模以上工业增加值增速'],
    // look-alikes: a share's points, a rate's points and points with a subject of their own stay
    ['机电产品出口增长15.3%，占出口总值的46.8%，较去年同期提升5.4个百分点。', '5.4个百分点', '机电产品出口'],
    ['城镇调查失业率为5.2%，比上月下降0.1个百分点。', '0.1个百分点', '城镇调查失业率'],
    // points a part adds to a whole's growth measure that pull, as the gold's 拉动工业增长
    ['机电产品出口增长15.3%，拉动出口增长6.3个百分点。', '6.3个百分点', '拉动出口增长'],
    ['三季度，住宿和餐饮业增加值增长2.8%，合计拉动经济增长0.3个百分点。', '0.3个百分点', '拉动经济增长'],
    ['消费拉动GDP增长2.1个百分点。', '2.1个百分点', '拉动GDP增长'],
    ['高技术制造业增长12%，拉动全市工业增长2.6个百分点。', '2.6个百分点', '拉动工业增长'],
    // a description before 的 is no part of the company bought
    ['2014年3月，中南文化发行股份，以10亿元收购拍摄电视剧的大唐辉煌传媒股份有限公司100%股权。', '10亿元', '大唐辉煌传媒股份有限公司'],
    ['公司以3亿元收购专注于芯片设计的上海某某科技有限公司。', '3亿元', '上海某某科技有限公司'],
    ['公司以5亿元收购甲公司的全部股权。', '5亿元', '甲公司的全部股权'], // (a name before 的: stays as it was)
    // …and the 增速 is not carried on to a figure after the points
    ['其中，新能源汽车产量102万辆，同比增长272%，高于全国175个百分点，占全国新能源汽车产量的14.1%。', '14.1%', '新能源汽车产量'],
    // a company named before what it reports is not what is measured (SPEC: what the number measures)
    ['数据显示，2023年上半年保利发展营业总收入约1383.76亿元，同比增加24.93%。', '1383.76亿元', '营业总收入'],
    ['数据显示，2023年上半年保利发展营业总收入约1383.76亿元，同比增加24.93%。', '24.93%', '营业总收入'],
    ['截至6月末，保利发展的总资产为1.5万亿元。', '1.5万亿元', '总资产'],
    ['截至2022年末，中国恒大的现金及现金等价物43.34亿元。', '43.34亿元', '现金及现金等价物'],
    ['上半年美的集团营业收入增长7%。', '7%', '营业收入'],
    // look-alikes: a kind of business, a segment or an owner that qualifies the measure stays
    ['规上企业利润总额增长5%。', '5%', '规上企业利润总额'],
    ['规模以上工业企业的营业收入增长8.4%。', '8.4%', '规模以上工业企业的营业收入'],
    ['垃圾处理业务实现营收27.16亿元。', '27.16亿元', '垃圾处理业务营收'],
    ['归属于上市公司股东的净利润约119.99亿元。', '119.99亿元', '归属于上市公司股东的净利润'],
    ['人工智能核心产业营收6800亿元左右。', '6800亿元', '人工智能核心产业营收'],
    ['高质量发展指数增长5%。', '5%', '高质量发展指数'],
    // 达 inside a name is no reaching verb; a reaching 达 before the number still is
    ['公司收购香港上市公司奕达国际74%的股权。', '74%', '香港上市公司奕达国际股权'],
    ['万达百货营业收入增长5%。', '5%', '万达百货营业收入'],
    ['营业收入达5亿元。', '5亿元', '营业收入'],
    ['美丽乡村覆盖率达73%。', '73%', '美丽乡村覆盖率'],
    // who announces a deal is not what it measures
    ['2017年4月，老白干酒宣布以近14亿元的价格从联想集团手中收购丰联酒业。', '14亿元', null],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });

  it('is null for counts (the item says what is counted) and for a bare clause', () => {
    expect(one('签约项目47个。', '47个').indicator).toBeNull();
    expect(one('其中50亿元级项目5个。', '50亿元').indicator).toBeNull();
    // a class of things by size, not a sum anything is measured by
    expect(one('近4年累计招引超亿元产业项目595个。', '亿元').indicator).toBeNull();
    expect(one('跟踪服务好在谈拟签约的8个过亿元项目，全心全意帮助企业。', '亿元').indicator).toBeNull();
    expect(one('上半年，全省共实施5000万元以上项目1922个，投资增长8%。', '5000万元').indicator).toBeNull();
    // look-alikes: a project's own investment, and money put into projects, are measured
    expect(one('总投资102.3亿元的耀宁锂离子电池项目落户。', '102.3亿元').indicator).toBe('总投资');
    expect(one('争取中央预算内投资237亿元，支持项目建设。', '237亿元').indicator).toBe('中央预算内投资');
    expect(one('设立5亿元专项资金支持企业。', '5亿元').indicator).toBe('专项资金');
  });
});

describe('item', () => {
  it.each([
    // after 在, 中 / 当中 after the counted noun means "among" and ends it; a 中 that opens a word stays
    ['在安徽省16个地市中率先构建体系。', '16个', '地市'],
    ['在全国31个省份中排名第5。', '31个', '省份'],
    ['我们到9月份，在41个工业大类当中，有30个类别回升。', '41个', '工业大类'],
    ['在全省8个市级中药材产区开展试点。', '8个', '市级中药材产区'],
    ['在3个中小企业服务平台开展活动。', '3个', '中小企业服务平台'],
    // a dash outside quotes opens the members of what is counted
    ['继续擦亮三个“省字号”品牌—枣庄市侨商会、侨界人才联谊会、侨界青年联合会。', '三个', '“省字号”品牌'],
    ['全面激活四个联动平台—国际文化交流基地、侨商投资促进中心。', '四个', '联动平台'],
    ['启动建设87条“县城—中心镇—重点村”发展轴。', '87条', '“县城—中心镇—重点村”发展轴'],
    // 在 after a head noun starts the predicate; between other words it is part of the name
    ['泽普县消防器材产业园建设项目等5个代表性项目在现场签约。', '5个', '代表性项目'],
    ['全市12家企业在沪上市。', '12家', '企业'],
    ['引进15家中央在川科研院所。', '15家', '中央在川科研院所'],
    // 从X到Y: both levels count what is named before 从
    ['全国重点实验室从15家跃升到38家。', '15家', '全国重点实验室'],
    ['全国重点实验室从15家跃升到38家。', '38家', '全国重点实验室'],
    ['规上工业企业从4.7万家增加到6.1万家。', '4.7万家', '规上工业企业'],
    ['每万人高价值发明专利拥有量从11件提高到24件。', '24件', '高价值发明专利'],
    ['今年6月，12个涉及智能网联新能源汽车、新型储能重点项目落地重庆高新区。', '12个', '新型储能重点项目'],
    ['签约壁虎科技等项目47个。', '47个', '项目'],
    ['实施智能化改造项目26个。', '26个', '智能化改造项目'],
    ['新建市级智能工厂2个、数字化车间5个、数字化生产线84条。', '5个', '数字化车间'],
    ['新建市级智能工厂2个、数字化车间5个、数字化生产线84条。', '84条', '数字化生产线'],
    ['11家企业新设立研发机构。', '11家', '企业'],
    ['已有41个项目实现开工。', '41个', '项目'],
    ['绿色制造企业达到32家。', '32家', '绿色制造企业'],
    ['累计推出56项改革举措。', '56项', '改革举措'],
    ['年末全市常住人口866.60万人。', '866.60万人', '常住人口'],
    ['2023年新登记市场主体19.91万户。', '19.91万户', '新登记市场主体'],
    ['全省整车产能突破200万辆。', '200万辆', '整车产能'],
    ['今年乡村建设立项项目7500个截至6月底。', '7500个', '立项项目'],   // 建设|立项, not 建|设立
    ['本次招商会还推出了招商资源项目14个。', '14个', '招商资源项目'],
    ['审计9所区管高校专项资金。', '9所', '区管高校'],
    ['在两次座谈会上签约项目3个。', '两次', '座谈会'],
  ])('%s → %s counts %s', (input, text, item) => {
    expect(one(input, text).item).toContain(item);
  });
  it('is never a sum of money that sizes what is counted', () => {
    // 签约项目中，过50亿元1个: no words after the count say what; 50亿元 is its size, not it
    const counts = extract('签约项目中，过50亿元1个，过百亿元1个。').filter((r) => r.type === 'count');
    expect(counts.map((r) => r.item)).toEqual(['签约项目', null]);
    // (a size class inside the name stays, as 2个投资规模百亿级以上的项目)
    expect(one('引进50亿元以上项目3个。', '3个').item).toBe('50亿元以上项目');
  });
});

describe('region', () => {
  const article = [
    '珠海高新区',
    '',
    '10个项目预计达产规模超12亿元',
    '',
    '近日，珠海高新区举行重点项目签约仪式，10个项目现场签约入驻。',
    '',
    '据了解，此次签约的项目总投资额超4.6亿元。',
    '',
    '合肥高新区',
    '',
    '该项目总投资额约5亿元。',
    '',
    '青川县今年新增企业30家。江州市引进项目8个。',
  ].join('\n');
  const recs = extract(article);
  const at = (text: string) => recs.filter((r) => r.text === text).map((r) => r.region);

  it('takes the place named in the sentence', () => {
    expect(at('30家')).toEqual(['青川县']);
  });
  it('takes the section heading when the sentence names none', () => {
    expect(at('12亿元')).toEqual(['珠海高新区']);
    expect(at('5亿元')).toEqual(['合肥高新区']);
  });
  it('takes the heading block above when the paragraph names no place', () => {
    expect(at('4.6亿元')).toEqual(['珠海高新区']);
  });
  it('takes a place named earlier in the same paragraph, but not one from a paragraph before', () => {
    const r = extract('政府工作报告\n\n各位代表：\n\n现在作报告。\n\n江山市调出山区县名单。\n\n全年新增项目30个。温州市推进改革。新增企业12家。');
    expect(r.map((x) => [x.text, x.region])).toEqual([['30个', null], ['12家', '温州市']]);
  });
  it('falls back to the place in the document\'s opening lines (its title)', () => {
    const r = extract('2026年浙江省政府工作报告\n\n各位代表：\n\n全年新增项目30个。');
    expect(r[0].region).toBe('浙江省');
  });
  it('does not take a place that is only a level (重庆市级) or part of a company name', () => {
    expect(one('西部科学城重庆高新区新建重庆市级智能工厂2个。', '2个').region).toBe('重庆高新区');
    expect(one('湖北回天新材料股份有限公司等9家企业上榜。', '9家').region).toBeNull();
  });
  it('takes a place right after the count (9家襄阳高新区企业) or after a locative verb', () => {
    expect(one('今年，9家襄阳高新区企业上榜。', '9家').region).toBe('襄阳高新区');
    expect(one('12个重点项目落地西部科学城重庆高新区。', '12个').region).toBe('重庆高新区');
  });
  it('reads 全市 as the document\'s own city', () => {
    const r = extract('2023年周口市统计公报\n\n全年全市地区生产总值同比增长4.8%。');
    expect(r[0].region).toBe('周口市');
  });
});

describe('period', () => {
  it.each([
    ['今年上半年，GDP同比增长8.2%。', '8.2%', '今年上半年', '2024H1'],
    ['今年6月，12个重点项目落地。', '12个', '今年6月', '2024-06'],
    ['珠海高新区举行2024年7月重点项目签约仪式，10个项目现场签约。', '10个', '2024年7月', '2024-07'],
    ['全年全市生产总值增长5.5%。', '5.5%', '全年', '2024'],
    ['一季度，出口增长3%。', '3%', '一季度', '2024Q1'],
    ['今年以来，实施项目26个。', '26个', '今年以来', '2024'],
    ['2023年以来，新增绿色工厂27家。', '27家', '2023年以来', '2023/..'],
    ['去年，投资增长9%。', '9%', '去年', '2023'],
    ['今年前4月，投资增长9%。', '9%', '今年前4月', '2024-01/2024-04'],
    // a year written without 年 before its part
    ['2023上半年，营收增长9%。', '9%', '2023上半年', '2023H1'],
    ['2022下半年，出口增长3%。', '3%', '2022下半年', '2022H2'],
    ['2023一季度，投资增长4%。', '4%', '2023一季度', '2023Q1'],
    // a span of years
    ['2023年到2025年，云南每年安排18亿元。', '18亿元', '2023年到2025年', '2023/2025'],
    ['2019-2022年，外资增长9%。', '9%', '2019-2022年', '2019/2022'],
  ])('%s → %s in %s (%s)', (input, text, period, norm) => {
    const r = one(input, text, { year: 2024 });
    expect(r.period).toBe(period);
    expect(r.period_norm).toBe(norm);
  });

  it('is not taken from a comparison basis (比上年) or a duration (3个月)', () => {
    expect(one('城镇化率比上年提高1.01个百分点。', '1.01个百分点').period).toBeNull();
    expect(one('用时3个月，完成项目5个。', '5个').period).toBeNull();
  });

  it('does not read a bare year-like number as a period', () => {
    expect(one('销售2023台，增长9%。', '9%').period).toBeNull();
  });

  it('gives period_norm from a year in the title when --year is not given', () => {
    const r = extract('2023 年周口市国民经济和社会发展统计公报\n\n全年全市地区生产总值同比增长 4.8%。');
    expect(r[0].period).toBe('全年');
    expect(r[0].period_norm).toBe('2023');
  });

  it('has no period_norm field when no year is known', () => {
    const r = one('今年上半年，GDP同比增长8.2%。', '8.2%');
    expect('period_norm' in r).toBe(false);
  });
});

describe('reading the text', () => {
  it('keeps a numbered heading (一、综合) on its own line: its 、 is not clause punctuation', () => {
    const r = extract('2023 年周口市统计公报\n\n一、综    合\n初步核算，全年全市地区生产总值同比增长 4.8%。');
    expect(r[0].sentence).toBe('初步核算，全年全市地区生产总值同比增长4.8%。');
  });
  it('joins a sentence broken across lines and blank lines', () => {
    const r = extract('招商引资是推动产业发展最有效、最直接的手\n\n段，今年签约项目47个。');
    expect(r[0].sentence).toBe('招商引资是推动产业发展最有效、最直接的手段，今年签约项目47个。');
  });
});

describe('set phrases', () => {
  it('are names, not counts: 八项规定, 四个意识', () => {
    expect(extract('持之以恒贯彻中央八项规定精神，牢固树立四个意识。')).toEqual([]);
    // the same numeral with another noun still counts
    expect(extract('新建八项工程。').map((r) => r.text)).toEqual(['八项']);
  });
});
