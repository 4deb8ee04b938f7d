import { describe, expect, it } from 'vitest';
import { extract, type MetricRecord } from '../src/index.js';
import { readSubject, tokenize, tokAt, tokEnd, tokRole, CONTENT } from '../src/attribute/clause.js';
import { CLAUSE_WORDS, Role, VERB_ADVERB_EXAMPLES } from '../src/rules/clause-words.js';

/** The one record whose text is `text` in `input`. */
function one(input: string, text: string): MetricRecord {
  const hits = extract(input).filter((r) => r.text === text);
  expect(hits.map((r) => r.text), `${text} in ${input}`).toEqual([text]);
  return hits[0];
}

const words = (s: string): string[] => {
  const n = tokenize(s);
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(s.slice(tokAt[k], tokEnd[k]));
  return out;
};

describe('the examples beside the word lists (src/rules/clause-words.ts)', () => {
  for (const c of CLAUSE_WORDS) {
    for (const ex of c.examples) {
      it(`${Role[c.role]}: ${ex.input} → ${ex.text}`, () => {
        const r = one(ex.input, ex.text);
        if (ex.indicator !== undefined) expect(r.indicator).toBe(ex.indicator);
        if (ex.item !== undefined) expect(r.item).toBe(ex.item);
      });
    }
  }
});

describe('a verb-only adverb between content runs (VERB_ADVERBS): the agent goes, the verb its object names', () => {
  for (const ex of VERB_ADVERB_EXAMPLES) {
    it(`${ex.input} → ${ex.text}`, () => {
      const r = one(ex.input, ex.text);
      if (ex.indicator !== undefined) expect(r.indicator).toBe(ex.indicator);
      if (ex.item !== undefined) expect(r.item).toBe(ex.item);
    });
  }
});

describe('tokenize', () => {
  it('matches listed words whole, longest first: a noun holding a verb character is one word', () => {
    expect(words('一产实现增加值')).toEqual(['一产', '实现', '增加值']);
    expect(words('减轻税费负担超')).toEqual(['减轻', '税费负担', '超']);
    expect(words('在校生')).toEqual(['在校生']);
    expect(words('控制在')).toEqual(['控制在']);
    expect(words('公共财政预算收入完成')).toEqual(['公共', '财政预算收入', '完成']);
  });
  it('groups unlisted characters into one content run', () => {
    const n = tokenize('城镇调查失业率');
    expect(n).toBe(1);
    expect(tokRole[0]).toBe(CONTENT);
  });
  it('is linear on a long phrase without listed words and caps the number of tokens', () => {
    expect(tokenize('甲'.repeat(5000))).toBe(1);
    expect(tokenize('和甲'.repeat(1000))).toBeLessThanOrEqual(256);
  });
});

describe('readSubject', () => {
  it.each([
    ['全市城镇调查失业率控制在', '城镇调查失业率'],
    ['主要预期目标是：地区生产总值增长', '地区生产总值'],
    ['设施农业实现增加值', '设施农业增加值'],
    ['可降低成本约', '成本'],
    ['投资增速比上年放缓', '投资增速'],
    ['单位能耗比全国平均水平低', '单位能耗'],
    ['销售额与上年同期相比增长', '销售额'],
    ['宁波舟山港集装箱吞吐量4387万标箱、增长', '宁波舟山港集装箱吞吐量'],
    ['日经225指数开盘下跌', '日经225指数'],
    ['5G移动电话用户总数增长', '5G移动电话用户总数'],
  ])('%s → %s', (s, want) => {
    expect(readSubject(s).text).toBe(want);
  });
  it('flags a bare rate noun, a share after 占, and an open object', () => {
    expect(readSubject('同期增速分别为').rate).toBe(true);
    expect(readSubject('占规模以上工业比重').share).toBe(true);
    expect(readSubject('占比达到').share).toBe(false);
    expect(readSubject('人民银行开展').afterAction).toBe(true);
  });
  it('a predicate without a subject asks for the subject before', () => {
    expect(readSubject('同比增长')).toMatchObject({ text: null, predicate: true });
    expect(readSubject('达到')).toMatchObject({ text: null, predicate: true });
    expect(readSubject('')).toMatchObject({ text: null, predicate: false });
  });
});

describe('indicator: verbs, bases and bounds are left out, whole words kept', () => {
  it.each([
    ['全市城镇调查失业率控制在5.5%左右。', '5.5%', '城镇调查失业率'],
    ['工业用水重复利用率保持在90%以上。', '90%', '工业用水重复利用率'],
    ['公司拟以自有资金5亿元投资新项目。', '5亿元', '自有资金'],
    ['减轻税费负担超4900亿元。', '4900亿元', '减轻税费负担'],
    ['增持市值为4.88亿元。', '4.88亿元', '增持市值'],
    ['全年全市生产总值②达到5481.6亿元。', '5481.6亿元', '生产总值'],
    ['1、公共财政预算收入完成58.2亿元。', '58.2亿元', '公共财政预算收入'],
    ['（一）税收收入完成40.1亿元。', '40.1亿元', '税收收入'],
    ['分行业看：工业投资增长8.1%。', '8.1%', '工业投资'],
    ['全省居民人均可支配收入增速比上半年回落0.4个百分点。', '0.4个百分点', '居民人均可支配收入增速'],
    ['住户存款比年初增加640.8亿元。', '640.8亿元', '住户存款'],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });
  it('keeps a trend character inside a word out of the trend (定增, 增持)', () => {
    expect(one('定增发行价格为88.39元。', '88.39元').indicator).toBe('定增发行价格');
  });
});

describe('indicator: the measured thing after the number', () => {
  it.each([
    ['人民银行开展7000亿元中期借贷便利（MLF）操作。', '7000亿元', '中期借贷便利（MLF）操作'],
    ['收购甲公司100%股权。', '100%', '甲公司股权'],
    ['70%村卫生室实现与乡镇卫生院一体化管理。', '70%', '村卫生室'],
    ['检验结果互认覆盖二级以上医疗机构97%门诊量。', '97%', '二级以上医疗机构门诊量'],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });
  it('not a class (50亿元级项目) nor a noun after 的', () => {
    expect(one('其中50亿元级项目5个。', '50亿元').indicator).toBeNull();
    expect(one('其中，1亿元以上项目共9个。', '1亿元').indicator).toBeNull();
    expect(one('增长5%的企业。', '5%').indicator).toBeNull();
  });
});

describe('indicator: a clause without a subject continues the one before', () => {
  it.each([
    ['全年全市生产总值达到5481.6亿元，按可比价计算，比上年增长3.5%。', '3.5%', '生产总值'],
    ['分地区看，青川县生产总值增长6.1%，剑阁县增长5.8%，旺苍县增长5.2%。', '5.8%', '生产总值'],
    ['分地区看，青川县生产总值增长6.1%，剑阁县增长5.8%，旺苍县增长5.2%。', '5.2%', '生产总值'],
    ['全省财政收入三百亿元，同比增长百分之八。', '百分之八', '财政收入'],
    ['结构性存款余额为5.46万亿元，环比下降2.39%，同比下降26.81%。', '26.81%', '结构性存款余额'],
    ['青川县城乡居民存款一万零一十二万元，剑阁县一万零十二万元。', '一万零十二万元', '城乡居民存款'],
    ['举办大型活动2295场、增长25.8%。', '25.8%', '大型活动'],
    ['第二财政季度营收增长20%，达到517亿美元。', '517亿美元', '营收'],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });
  it('a bare rate names whose rate it is; a share after 占 whose share', () => {
    expect(one('地方工业增加值增长6.8%（2016年同期增速为0.5%）。', '0.5%').indicator).toBe('地方工业增加值增速');
    expect(one('装备制造业增加值增长8.5%，占规模以上工业比重21.9%。', '21.9%').indicator).toBe('装备制造业占规模以上工业比重');
    expect(one('纳入白名单企业55万户、占全部企业超两成。', '两成').indicator).toBe('白名单企业');
    // 占比 is a noun of its own (not 占 + 比), and bare it names whose share it is, as 增速 does
    // (SPEC: the indicator names whose rate it is; this expected a bare 占比 before held-out text showed
    // 占比64.3% after 对外承包工程完成营业额27亿美元 says nothing alone)
    expect(one('新增绿色工厂27家，占比达到84%。', '84%').indicator).toBe('绿色工厂占比');
  });
  it('does not carry into a clause with a subject of its own', () => {
    expect(one('生产总值增长6.1%，工业投资增长5.8%。', '5.8%').indicator).toBe('工业投资');
  });
});

describe('indicator: look-alikes on text the rules were not written on', () => {
  it.each([
    ['新型政策性金融工具投放金额889.2亿元。', '889.2亿元', '新型政策性金融工具投放金额'],
    ['到位内资同比增长17.1%。', '17.1%', '到位内资'],
    ['6月末基础设施业中长期贷款同比增长15.8%。', '15.8%', '基础设施业中长期贷款'],
    ['27个项目累计获得贷款近1.2亿元。', '1.2亿元', '贷款'],
    ['下达2023年度以工代赈中央投资109亿元。', '109亿元', '以工代赈中央投资'],
    ['规上工业企业研发费用与营收之比达到3.25%左右。', '3.25%', '规上工业企业研发费用与营收之比'],
    ['山东全省进出口1.56万亿元，规模创历史同期新高，增长1.8%。', '1.8%', '进出口'],
    ['山东全省进出口1.56万亿元。', '1.56万亿元', '进出口'],
    ['发放自主就业补助金595万元上半年完成。', '595万元', '自主就业补助金'],
    ['部分银行预期最高收益率已降至2%以下。', '2%', '部分银行预期最高收益率'],
    // (及 inside a noun stays; the company before 的 goes: SPEC, a company is neither region nor
    // indicator — this expected 中国恒大的现金及现金等价物 before)
    ['中国恒大的现金及现金等价物43.34亿元。', '43.34亿元', '现金及现金等价物'],
    ['信息传输、软件和信息技术服务业增加值212.2亿元。', '212.2亿元', '信息传输、软件和信息技术服务业增加值'],
    ['大赛组建规模超过10亿元的专项基金。', '10亿元', '规模'],
    // nouns found by scripts/audit-clause-words.mjs in jieba's dictionary
    ['居民购买力提升5%。', '5%', '居民购买力'],
    ['数据显示美国GDP增长2%。', '2%', '美国GDP'],
    ['5G网络普及率达到60%。', '60%', '5G网络普及率'],
    ['挂牌企业2464家，都市圈城市占83%。', '83%', '都市圈城市'],
    ['集中式饮用水水源取水水质达标率100%。', '100%', '集中式饮用水水源取水水质达标率'],
    ['和美乡村覆盖率达73%。', '73%', '和美乡村覆盖率'],
    ['长沙国投集团将持有环路公司100%的股权。', '100%', '环路公司股权'],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });
  it('owners listed before 的 leave the measured noun after it', () => {
    expect(one('MLF操作和公开市场逆回购操作的中标利率均下降0.1个百分点。', '0.1个百分点').indicator).toBe('中标利率');
    expect(one('归属于上市公司股东的净利润增长5%。', '5%').indicator).toBe('归属于上市公司股东的净利润');
  });
  it('显示 inside a noun is no cut; a verb with a rate after it is one noun', () => {
    expect(one('液晶显示屏、平板显示器产量同比分别增长91.6%、100%。', '91.6%').indicator).toBe('液晶显示屏产量');
    expect(one('分别完成全年任务的90%，落地转化率74.19%。', '74.19%').indicator).toBe('落地转化率');
    expect(one('累计为新能源汽车企业申报149亿元国补资金。', '149亿元').indicator).toBe('国补资金');
  });
  it('和 parts only names of quantities: 旅客和货邮吞吐量 is one subject', () => {
    expect(one('全省国际航空旅客和货邮吞吐量分别增长14.2%、4.2%。', '4.2%').indicator).toBe('国际航空旅客和货邮吞吐量');
  });
});

describe('indicator: kinds of fault found on held-out text (set A: a work report, news items, finance announcements)', () => {
  it.each([
    // a price right before a deal measures the thing bought, whoever pays and whatever verb of paying stands before it
    ['阿里20亿美元收购网易考拉本周五交割在即。', '20亿美元', '网易考拉'],
    ['公司拟出资5720万元收购控股股东浙报控股持有的浙江智慧网络医院管理有限公司100%股权。', '5720万元', '浙江智慧网络医院管理有限公司'],
    ['2015年多氟多花费1.5亿元收购河北红星汽车制造有限公司。', '1.5亿元', '河北红星汽车制造有限公司'],
    ['2017年2月，中南文化再掷6.68亿元收购三七互娱参股的页游研发主体。', '6.68亿元', '三七互娱参股的页游研发主体'],
    ['宇华教育公告称，拟以14.92亿元的代价，收购山东英才学院举办者权益及90%股权。', '14.92亿元', '山东英才学院举办者权益'],
    ['开曼通灏以现金4922.00万美元收购Shah Capital持有的UTS股份。', '4922.00万美元', 'UTS股份'],
    ['公司拟7700万元收购斯媛、顺利办持有的洛阳蓝宝氟业有限公司70%的股权。', '7700万元', '洛阳蓝宝氟业有限公司'],
    ['同年9月以8.57亿元收购北京金色摇篮教育科技有限公司（下称“金色摇篮”）100%股权。', '8.57亿元', '北京金色摇篮教育科技有限公司'],
    ['威创股份以3.85亿元收购北京可儿教育科技有限公司70%股权。', '3.85亿元', '北京可儿教育科技有限公司'],
    ['其在2016年以5.33亿元收购了陕西通家38.07%的股权。', '38.07%', '股权'],
    // look-alikes: money named before the price is what is measured; a deal without a price verb after it
    ['公司拟以自有资金5亿元投资新项目。', '5亿元', '自有资金'],
    ['绿城房产拟以现金代价27.18亿元收购百年人寿11.55%的股份。', '27.18亿元', '现金代价'],
    ['2017年6月，国美金融科技宣布以7.2亿元收购天津冠创美通电子商务有限公司。', '7.2亿元', '天津冠创美通电子商务有限公司'],
    // a price paid after the deal: the thing bought in the clause before
    ['2017年底，泛海控股收购香港全牌照券商华富国际控股有限公司51%股权，耗资约10亿元。', '10亿元', '香港全牌照券商华富国际控股有限公司'],
    ['罗静收购香港上市公司奕达国际（2662.HK）74.35%的股权，斥资5.35亿港元。', '5.35亿港元', '香港上市公司奕达国际'],
    // look-alike: no deal before it
    ['公司耗资10亿元。', '10亿元', null],
    // a verb with 了 before the number: its object after the number
    ['公司踩点处置股权，巧妙规避了4.83亿元商誉减值。', '4.83亿元', '商誉减值'],
    ['公司获得了1.79亿元的科研经费。', '1.79亿元', '科研经费'],
    // a note the window opens: its own subject; a note that only states a change continues the word before
    ['阿里拟以99.82亿元收购公司31.35%的股份（对应申通快递估值318亿元，和前次相同）。', '318亿元', '对应申通快递估值'],
    ['阿里拟以99.82亿元收购公司31.35%的股份（对应申通快递估值318亿元，和前次相同）。', '31.35%', '股份'],
    ['增幅较大的有发酵酒（增长87%）。', '87%', '发酵酒'],
    // a long phrase is cut after 的, not inside a word
    ['归属于上市公司股东的扣除非经常性损益的净利润约117.11亿元。', '117.11亿元', '扣除非经常性损益的净利润'],
    // a duration opening the words is a period; a tenor (1年期) is part of the name
    ['近3年累计实现产值9870万元。', '9870万元', '产值'],
    ['1年期LPR下调10个基点至3.35%。', '3.35%', '1年期LPR'],
    // 的 after a list: the measure after it, not an industry's name
    ['电力热力燃气及水的生产和供应业同比增长97.6%。', '97.6%', '电力热力燃气及水的生产和供应业'],
    // a demonstrative opens a new noun phrase; a long Latin name is kept whole
    ['东风汽车将上述募集资金48.3亿元用于收购。', '48.3亿元', '募集资金'],
    // the per-unit tail of the figure before is not the next subject
    ['全区经济密度77.7亿元/平方公里、楼均产出4.17亿元。', '4.17亿元', '楼均产出'],
    // a measurement right after an action verb: the action of its subject is measured
    ['中欧班列（义新欧）开行3005列、增长14.7%。', '14.7%', '中欧班列开行'],
    // a share with a floor names the thing after 以上的
    ['90%以上的矛盾纠纷化解在基层。', '90%', '矛盾纠纷'],
    ['未来3年将获得中央财政最高30亿元的补助资金。', '30亿元', '中央财政补助资金'],
    // a colon after a sum word introduces the sum; money named after 的 is what an amount is
    ['要求法院判令公司赔偿其各项损失合计：148761.28元。', '148761.28元', '各项损失'],
    ['华润医药基于每股25.03元的要约价格，以42.78亿元的资金总额，持有江中药业56.91%股份。', '42.78亿元', '资金总额'],
    ['主要预期目标是：地区生产总值增长6%左右。', '6%', '地区生产总值'],
    ['信威以2.85亿美元收购以色列通信卫星运营商Space-Communication Ltd.100%的股份。', '2.85亿美元', 'Space-Communication Ltd.'],
    ['斥资27亿美元收购美国最大的长期护理保险公司Genworth金融集团。', '27亿美元', '长期护理保险公司Genworth金融集团'],
    // a measure that says nothing alone takes the count before it; a rate of its own does not
    ['改造提升传统产业，17个重点传统制造业增加值增长5.3%。', '5.3%', '重点传统制造业增加值'],
    ['24个市级以上重点项目投资完成率超过70%。', '70%', '投资完成率'],
    ['MLF操作和公开市场逆回购操作的中标利率均下降0.1个百分点。', '0.1个百分点', '中标利率'],
    // courts: the payment ordered, not the parties and the deadline
    ['被告康得新光电公司应于判决生效之日起十日内偿付律师费损失1160530元。', '1160530元', '律师费损失'],
    ['法院判决中联物流向公司兑付债券本金5000万元和利息251.37万元。', '5000万元', '债券本金'],
    // a payee that is an organization goes; what is paid stays
    ['于本判决生效后十日内支付山东泰和水处理科技股份有限公司货款114.04万元。', '114.04万元', '货款'],
    ['偿还中国信达资产管理股份有限公司借款7974.33万元。', '7974.33万元', '借款'],
    ['判决被告支付公司电扶梯价款107.7099万元。', '107.7099万元', '电扶梯价款'],
    ['判决被告支付原告货款4669801.1元。', '4669801.1元', '原告货款'],
    // the announcing company is no part of what it reports; 公司债 is a word
    ['财务数据显示，公司的房地产中介服务营业收入为16.1亿元。', '16.1亿元', '房地产中介服务营业收入'],
    ['公司营业收入同比增长12%。', '12%', '营业收入'],
    ['公司债券发行规模达50亿元。', '50亿元', '公司债券发行规模'],
    // a price per share reported for a company is its share price; the change after it is the price's
    ['截至8月7日收盘，保利发展报13.92元/股，跌幅3.33%。', '13.92元', '股价'],
    ['截至8月7日收盘，保利发展报13.92元/股，跌幅3.33%。', '3.33%', '股价跌幅'],
    ['定增发行价格为88.39元/股。', '88.39元', '定增发行价格'],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });
});

describe('levels with their years, figures in notes (held-out set A)', () => {
  it('从<year>的 X 提高到<year>的 Y: both levels measure what stands before 从', () => {
    const input = '人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。';
    expect(one(input, '10.5万元').indicator).toBe('人均地区生产总值');
    expect(one(input, '14万元').indicator).toBe('人均地区生产总值');
    expect(one('占规上工业比重从去年的27%提升到34%。', '27%').indicator).toBe('占规上工业比重');
    // look-alike: a date of something else before 的 is no level
    expect(one('公司2023年的营业收入为15亿元。', '15亿元').indicator).toBe('营业收入');
  });
  it('a figure in a note does not end the words of the figure after it', () => {
    const input = '上半年，新疆规模以上工业增加值同比增长5.2%，增速高于全国（3.8%）1.4个百分点。';
    expect(one(input, '1.4个百分点').indicator).toBe('新疆规模以上工业增加值增速');
    const b = '全省社会消费品零售总额同比增长9.1%，高于全国平均增速（8.2%）0.9个百分点。';
    // (points after a growth rate are a difference of that rate, as the gold's 比同期增速高0.8个百分点 → 地区生产总值增速;
    // this expected the level's name, 社会消费品零售总额, before)
    expect(one(b, '0.9个百分点').indicator).toBe('社会消费品零售总额增速');
    // a figure alone in a note is the value of the noun right before it
    expect(one(b, '8.2%').indicator).toBe('全国平均增速');
    // a verb with a share or an area after it is one noun
    expect(one('7399亿元政策性开发性金融工具的资金支付使用比例已超过70%。', '70%').indicator).toBe('资金支付使用比例');
    expect(one('公司实现签约面积1561.73万平方米，同比增加3.14%。', '3.14%').indicator).toBe('签约面积');
  });
});

describe('item: 分别 lists of counts pair in order (held-out set A)', () => {
  it.each([
    ['规上工业企业、高新技术企业分别达到4.7万家、2.2万家。', '4.7万家', '规上工业企业'],
    ['规上工业企业、高新技术企业分别达到4.7万家、2.2万家。', '2.2万家', '高新技术企业'],
    ['高新技术企业、专精特新企业数量已分别从838家、56家增加到1552家、261家。', '838家', '高新技术企业'],
    ['高新技术企业、专精特新企业数量已分别从838家、56家增加到1552家、261家。', '1552家', '高新技术企业'],
    ['高新技术企业、专精特新企业数量已分别从838家、56家增加到1552家、261家。', '261家', '专精特新企业'],
    ['新建5G基站、充电桩分别为7875个、1.2万个。', '7875个', '5G基站'],
    // look-alike: a list without 分别 keeps its own items
    ['新增高新技术企业超6000家、科技型中小企业1.76万家。', '6000家', '高新技术企业'],
  ])('%s → %s counts %s', (input, text, item) => {
    expect(one(input, text).item).toBe(item);
  });
});

describe('item: kinds of fault found on held-out text (set A)', () => {
  it.each([
    // a property after the counted noun, no head listed, when a figure or predicate follows
    ['改造提升传统产业，17个重点传统制造业增加值增长5.3%。', '17个', '重点传统制造业'],
    ['8个地方投资额超过1000亿元。', '8个', '地方'],
    ['国家先进制造业集群总数达8个、居全国第2位。', '8个', '国家先进制造业集群'],
    ['报告数量比上年增加4个。', '4个', '报告'],
    // look-alikes: no figure after the noun, or the property is the name's own
    ['推进7处幸福河湖建设。', '7处', '幸福河湖'],
    ['一、二、三等奖各5名，优秀奖35名。', '5名', '三等奖'],
    ['在浙就业省外劳动力2300万人。', '2300万人', '在浙就业省外劳动力'],
    ['又在齐商银行骗贷3笔。', '3笔', '齐商银行骗贷'],
    ['开工改造城镇老旧小区196个，更新住宅老旧电梯1.8万台。', '1.8万台', '住宅老旧电梯'],
    // a place opening the words is the region, not what is counted; so is a short name before a scope word
    ['截至2022年底，浙江省共有各类检验检测机构2555家。', '2555家', '各类检验检测机构'],
    ['上半年西藏全区完成客运量319.91万人次。', '319.91万人次', '客运量'],
    ['全国重点实验室从15家跃升到38家。', '38家', '全国重点实验室'],
    ['全省举办大型营业性演出273场、国际级和全国赛事370场。', '370场', '国际级和全国赛事'],
    ['签约重大项目和产业链配套项目21个。', '21个', '重大项目和产业链配套项目'],
    // the rest of a two-character unit is not what is counted
    ['举办各类基层文化活动超10万场次。', '10万场', '各类基层文化活动'],
    ['拥有各类仪器设备59.16万台套。', '59.16万台', '各类仪器设备'],
    // 其他 is a word; 我国 is the scope, not the thing
    ['其中大湾区55个，其他城市24个。', '24个', '其他城市'],
    ['今年上半年，我国新能源汽车产销分别完成了378.8万辆和374.4万辆。', '378.8万辆', '新能源汽车产销'],
    // an adverb before a count of people names nobody
    ['最终两人分别被判处有期徒刑二年。', '两人', '人'],
    ['制定（修订）地方标准2200项。', '2200项', '地方标准'],
    // what is counted stands before 的 unless a head noun follows it
    ['项目完成了43台（套）国产核心工艺装备的上线验证。', '43台', '国产核心工艺装备'],
    ['其中有2个投资规模百亿级以上的项目。', '2个', '投资规模百亿级以上的项目'],
    ['决定用3年时间集中力量支持30个城市（含城市群中的城市）。', '30个', '城市（含城市群中的城市）'],
    // 企业家 is a word; 从 opens a range; a subject verb names the words before it
    ['近900位知名企业家出席峰会。', '900位', '知名企业家'],
    ['9家企业入选。', '9家', '企业'],
    ['44个工改审批事项从150个工作日压缩至60个工作日。', '44个', '工改审批事项'],
    ['农村公路通畅项目已开复工165个。', '165个', '农村公路通畅项目'],
  ])('%s → %s counts %s', (input, text, item) => {
    expect(one(input, text).item).toBe(item);
  });
});

describe('indicator: 分别 lists', () => {
  it.each([
    ['适龄儿童入园率和普惠率分别达96%和94%。', '94%', '普惠率'],
    ['生产安全死亡事故起数和死亡人数分别下降3.6%和1.3%。', '3.6%', '生产安全死亡事故起数'],
    ['食品、药品抽检合格率分别超98.5%和99%。', '98.5%', '食品抽检合格率'],
    ['食品、药品抽检合格率分别超98.5%和99%。', '99%', '药品抽检合格率'],
    ['新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4%。', '49.8%', '新能源汽车产量'],
    ['煤炭开采和洗选业、石油和天然气开采业增加值同比分别增长24.6%和5.4%。', '24.6%', '煤炭开采和洗选业增加值'],
    ['战略性新兴产业、高新技术产业增加值分别增长10%、7.9%。', '10%', '战略性新兴产业增加值'],
    ['全域旅游人数、旅游综合收入分别增长9.2%、10.2%。', '9.2%', '全域旅游人数'],
    ['企业所得税1.6亿元、个人所得税1.5亿元、房产税1.3亿元，同比分别下降31.5%、0.9%、39%。', '0.9%', '个人所得税'],
    ['企业所得税1.6亿元、个人所得税1.5亿元、房产税1.3亿元，同比分别下降31.5%、0.9%、39%。', '39%', '房产税'],
  ])('%s → %s measures %s', (input, text, indicator) => {
    expect(one(input, text).indicator).toBe(indicator);
  });
});

describe('item: what is counted, with its qualifiers, without the predicate', () => {
  it.each([
    ['新开工项目152个。', '152个', '新开工项目'],
    ['今年有4个新开工项目。', '4个', '新开工项目'],
    ['提供11.2万个高校毕业生就业岗位。', '11.2万个', '高校毕业生就业岗位'],
    ['在校生30.1万人。', '30.1万人', '在校生'],
    ['其中流动人口38467万人，比上年增加885万人。', '38467万人', '流动人口'],
    ['其中流动人口38467万人，比上年增加885万人。', '885万人', '流动人口'],
    ['实施住房保障、创业服务等十条支持措施。', '十条', '支持措施'],
    ['该公司降低了330万台的销量预期。', '330万台', '销量预期'],
    ['今年，9家襄阳高新区企业上榜。', '9家', '企业'],
    ['4个重点行业12家头部企业全部建会。', '4个', '重点行业'],
    ['新建5个以上紧密型城市医疗集团。', '5个', '紧密型城市医疗集团'],
    ['累计推出119个“高效办成一件事”重点事项。', '119个', '“高效办成一件事”重点事项'],
    ['中原股权交易中心（四板）挂牌企业644家。', '644家', '中原股权交易中心（四板）挂牌企业'],
    ['人户分离人口（即居住地和户口登记地不在同一个乡镇街道的人口）50429万人，比上年增加1153万人。', '1153万人', '人户分离人口'],
    ['32个重点项目投资完成率达118.2%。', '32个', '重点项目'],
  ])('%s → %s counts %s', (input, text, item) => {
    expect(one(input, text).item).toBe(item);
  });
  it('a 的有 count is drawn from the set named before it', () => {
    expect(one('纳入统计的82种工业产品中，产量同比增长的有45种。', '45种').item).toBe('产量同比增长的工业产品');
    expect(one('加仓股中，增持市值在1亿元以上的有10只。', '10只').item).toBe('加仓股');
  });
  it('reads a quoted name as one word, whatever verbs are in it', () => {
    expect(one('“签约一批”项目44个。', '44个').item).toBe('“签约一批”项目');
    expect(one('省域、市域、城区三个“1小时交通圈”基本建成。', '三个').item).toBe('“1小时交通圈”');
  });
  it('ends at another count, not at a number inside a name', () => {
    expect(one('7家世界500强企业扎根于此。', '7家').item).toBe('世界500强企业');
    expect(one('近3年海南专精特新企业数量从838家、56家增加到1552家、261家。', '261家').item).not.toMatch(/[0-9]/);
  });
  it('keeps 以上 and 在 inside a name, not a verb after it', () => {
    expect(one('24个市级以上重点项目投资完成率超过70%。', '24个').item).toBe('市级以上重点项目');
    expect(one('24个市级以上重点项目投资完成率超过70%。', '70%').indicator).toBe('投资完成率');
    expect(one('面向56所中央在川科研院所开展。', '56所').item).toBe('中央在川科研院所');
    expect(one('154家旅游企业加盟。', '154家').item).toBe('旅游企业');
  });
  it('a verb whose subject is counted names the words before it; others do not', () => {
    expect(one('截至6月底，省新旧动能转换基金累计设立134只。', '134只').item).toBe('省新旧动能转换基金');
    expect(one('线上和线下共吸引了约3万名观众。', '3万名').item).toBe('观众');
    expect(one('现场达成合作意向20余项。', '20余项').item).toBe('合作意向');
  });
  it('a verb no noun list could foresee, listed, ends the item (开复工, 作为); a grade (二等奖) is no cut', () => {
    expect(one('4月，108个能源项目开复工。', '108个').item).toBe('能源项目');
    expect(one('省新旧动能转换基金累计引进“十强”产业项目1181个。', '1181个').item).toBe('“十强”产业项目');
    expect(one('二等奖总数增长5%。', '5%').indicator).toBe('二等奖总数');
    expect(one('城镇土地使用税9.5亿元。', '9.5亿元').indicator).toBe('城镇土地使用税');
  });
  it('a change word opens the counted noun even with a scope word between', () => {
    expect(one('城乡教育共同体建设全省域推进，新增全国学前教育普及普惠县18个。', '18个').item).toBe('全国学前教育普及普惠县');
  });
  it('a head noun is cut only before a property of it (a statistical communiqué)', () => {
    expect(one('省级区域公用品牌9个。', '9个').item).toBe('省级区域公用品牌');
    expect(one('新增“瞪羚企业”9家。', '9家').item).toBe('“瞪羚企业”');
    expect(one('2023年末全市共有自然保护地21个。', '21个').item).toBe('自然保护地');
    expect(one('全市参加基本医疗保险人数1026.69万人。', '1026.69万人').item).toBe('基本医疗保险人数');
    expect(one('编制床位4.78万张，实有床位数7.15万张。', '7.15万张').item).toBe('实有床位数');
  });
  it('ends at a date or another count after the noun; 以工代赈 is a word', () => {
    expect(one('广西审计厅对9所区管高校2020-2022年的资金进行审计。', '9所').item).toBe('区管高校');
    expect(one('来自山东大学等十所高校的700余名专家学者出席。', '十所').item).toBe('高校');
    expect(one('共支持地方实施559个以工代赈项目建设。', '559个').item).toBe('以工代赈项目');
  });
  it('a verb right after the measure word opens a noun only before a head noun', () => {
    expect(one('参赛选手共250余人参加开幕式。', '250余人').item).toBe('参赛选手');
    expect(one('高校获奖41项，科研院所获奖12项。', '41项').item).toBe('高校获奖');
  });
  it('walks over a quoted name and strips the verbs that open an item', () => {
    expect(one('“企业认定、政府认账”授权企业8063家。', '8063家').item).toBe('“企业认定、政府认账”授权企业');
    expect(one('启动建设省级零碳园区20个。', '20个').item).toBe('省级零碳园区');
    expect(one('开工改造城镇老旧小区196个。', '196个').item).toBe('城镇老旧小区');
    expect(one('支持龙头企业牵头组建创新联合体10个以上。', '10个').item).toBe('创新联合体');
  });
  it('more whole words and heads: 在手项目, 比亚迪, a head before a long predicate', () => {
    expect(one('集团商务拓展成效显著，在手项目45个。', '45个').item).toBe('在手项目');
    expect(one('陕西省工信厅为比亚迪筛选45户拟配套企业。', '45户').item).toBe('配套企业');
    expect(one('两家企业未合理使用科研资金被通报。', '两家').item).toBe('企业');
  });
  it('ends at an amount after the noun (12个项目总投资288亿元)', () => {
    expect(one('本次开工的12个项目总投资288亿元。', '12个').item).toBe('项目');
    expect(one('本次开工的12个项目总投资288亿元。', '288亿元').indicator).toBe('总投资');
  });
  it('a count of people that names nobody is 人', () => {
    expect(one('全年比上年增加80人。', '80人').item).toBe('人');
  });
});
