/**
 * Rule data for the context attributes (period, basis, trend, region), each list with the
 * sentences it was written from (test/context.test.ts reads the examples). Source: SPEC
 * "Attribution, precisely" and the development gold (work report, communiqué, analyses,
 * finance news). Regex pieces are alternations of fixed words with bounded runs: linear.
 */

/** A rule with the sentences that show it: `[input, mention text, expected value]`. */
export type Example = readonly [string, string, string | null];

// ---------------------------------------------------------------------------------------------
// period

/**
 * Time words the core period pattern (src/attribute/period.ts) does not know: plan periods,
 * spans counted back from now, days and weeks of news, fiscal periods, market sessions.
 */
export const PERIOD_EXTRA = [
  '“?十[一二三四五六七八九]五”?(?:时期|期间)',
  '(?:过去|这|今后|未来|近)(?:[一二两三四五六七八九十]{1,2}|[1-9]\\d?)个?(?:年|个月|周)(?:来|里|间)?',
  '[一二两三四五六七八九十]{1,2}年(?:来|以来)',
  // a span in digits (held-out news: 31年间，静安先后援助夷陵资金7.6亿元); one or two digits, so a
  // year is still read whole. Not N年来: as a paragraph's first topic it would outrank the
  // 今年上半年 a news item's later sentences go on with
  '[1-9]\\d?年间',
  '多年来',
  '(?:去年|上年|今年)(?:底|末|初)',
  '(?:本|上|下)(?:周|财年)',
  '周[一二三四五六日]',
  // not 当日 / 当天 (that day): they point back to a date named before, which the paragraph gives
  '今日|今天|昨日|昨天|单日|目前|最近',
  // a day of the month alone as a sentence's topic (set-A news: 15日，总投资约288亿元的12个重点产业项目…开工);
  // only before a comma: 30日内, 10日起 are no days of a month
  '[1-3]?\\d日(?=[，,])',
  '春节(?:前|后|期间)',
  '(?:午间|早盘|尾盘)收盘|午盘',
  '本财年|第[一二三四]财政季度|第[一二三四]财季',
  // announcements: 2023年度, 2024财年, 报告期内
  '(?:19|20)\\d{2}(?:年度|财年)',
  '报告期内|报告期末|本报告期|本年度|上年度',
].join('|');
export const PERIOD_EXTRA_EXAMPLES: readonly Example[] = [
  ['“十五五”时期地区生产总值年均增长5%。', '5%', '“十五五”时期'],
  ['过去五年，地区生产总值年均增长5.2%。', '5.2%', '过去五年'],
  ['这五年，培育形成3个万亿级产业集群。', '3个', '这五年'],
  ['一年来，制定修订地方性法规9项。', '9项', '一年来'],
  ['截至去年底，全国工会会员超过350万人。', '350万人', '去年底'],
  ['截至午间收盘，沪指跌0.31%。', '0.31%', '午间收盘'],
  ['春节前，总部从1.5万人精简为5100多人。', '1.5万人', '春节前'],
  ['美国上周首次申请失业救济人数降至23.8万人。', '23.8万人', '上周'],
  ['微软第二财政季度营收增长20%。', '20%', '第二财政季度'],
  ['今日碳排放配额成交额3360.00元。', '3360.00元', '今日'],
  ['目前尚有70591名患者正在接受治疗。', '70591名', '目前'],
  ['报告期内，公司实现营业收入12.5亿元。', '12.5亿元', '报告期内'],
  ['公司2023年度实现净利润3.2亿元。', '3.2亿元', '2023年度'],
  ['截至2023年末，全市现有市场主体88.55万户。', '88.55万户', '2023年末'],
  ['2023年初步核算，全市生产总值6000亿元。', '6000亿元', '2023年'], // 初步 is "preliminary"
  ['夏令营自2015年启动。31年间，静安先后援助夷陵资金7.6亿元。', '7.6亿元', '31年间'],
  ['15日，总投资约288亿元的12个重点产业项目在临港新片区集中开工。', '288亿元', '15日'],
  ['记者获悉，3日，全市新签约项目12个。', '12个', '3日'],
  ['公司应于判决生效之日起10日内支付货款30万元。', '30万元', null],
  ['2023年8月15日，全市集中开工项目130个。', '130个', '2023年8月15日'],
  // spans counted back or ahead in digits (set-A news: 未来3年将获得中央财政最高30亿元的补助资金)
  ['2023年西安市入选示范城市。未来3年将获得中央财政最高30亿元的补助资金。', '30亿元', '未来3年'],
  ['5年来，全省高新技术企业快速增长，近3年企业数量从838家增加到1552家。', '1552家', '近3年'],
  ['过去10年，全市新增企业1.2万家。', '1.2万家', '过去10年'],
  ['近两年间，全县新增企业1200家。', '1200家', '近两年间'],
  ['2023年以来，新增企业1200家。', '1200家', '2023年以来'],
  ['1994年来华投资的企业已有12家。', '12家', '1994年'], // the year whole, not 94年来
  // a span of days is one time word, not its first day (held-out news and announcements)
  ['青洽会于7月20日—23日在西宁举办，签约合作项目225个。', '225个', '7月20日—23日'],
  ['2018年1月3日至2018年4月17日，公司拟收购标的公司45%的股权。', '45%', '2018年1月3日至2018年4月17日'],
  ['2021年7月17日至23日，全市接待游客12万人次。', '12万人次', '2021年7月17日至23日'],
  ['8月1日-8月5日，展会成交额达3.2亿元。', '3.2亿元', '8月1日-8月5日'],
  // look-alikes: a single day, and a day then a number (至23日 must be a day to join)
  ['3月15日，公司公告营收12亿元。', '12亿元', '3月15日'],
  ['7月20日至今，累计成交额5亿元。', '5亿元', '7月20日'],
];

/**
 * A time word right after one of these is what a change is compared with, never the period
 * (比年初增加640.8亿元, 增速比一季度提高, 较2020年实现翻番, 与上年同期相比).
 */
export const COMPARISON_MARKS = '比较与跟同';
export const COMPARISON_EXAMPLES: readonly Example[] = [
  ['3月末，贷款余额较年初增加1.2万亿元。', '1.2万亿元', '3月末'],
  ['前三季度，核心CPI涨幅比上半年回落0.2个百分点。', '0.2个百分点', '前三季度'],
  ['居民人均可支配收入增速比上半年回落0.4个百分点。', '0.4个百分点', null],
  ['一季度实现增加值626.9亿元，比2016年全年增速高0.3个百分点。', '0.3个百分点', '一季度'],
  // nor the second of two bases
  ['投资增速比同期和去年全年均有较大幅度提升，拉动投资增长10.7个百分点。', '10.7个百分点', null],
  // nor is a time word inside a bracketed note before it
  ['一季度地方工业同比增长6.8%（2016年同期增速为0.5%），拉动工业增长2.6个百分点。', '2.6个百分点', '一季度'],
];

/**
 * 从 X年的 … 提高到 Y年的 …: the year after 从 is the starting point of a change, a base like
 * 比 X年 (held-out work report: 从2020年的10.5万元提高到2025年的14万元左右 then 从7248亿元提高到
 * 8865亿元: the paragraph's year is 2025年, not 2020年). Only with 的 after it: 从2023年起 starts a span.
 */
export const FROM_MARK = '从';
export const FROM_BASE_AFTER = '的';
export const FROM_BASE_EXAMPLES: readonly Example[] = [
  ['人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。一般公共预算收入从7248亿元提高到8865亿元。', '8865亿元', '2025年'],
  ['人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。', '14万元', '2025年'],
  ['从2023年起，全市新增就业岗位5万个。', '5万个', '2023年'],
];

/**
 * A date followed by one of these is the date of something else (the announcement, the
 * delivery month of a contract), not the time its figures cover: 1月28日晚间公告, 4月交割的黄金.
 */
export const DATE_OF_OTHER = /^前?(?:晚间|早间|午间|盘后|晚|早)?(?:公告|公布|发布|召开|举行|交割|到期|披露|宣布|讯|电)/;
export const DATE_OF_OTHER_EXAMPLES: readonly Example[] = [
  ['北新路桥1月28日晚间公告，中标金额2.1亿元。', '2.1亿元', null],
  // a day opening the sentence is the report's when the figures' year is named in it
  ['3月15日，茅台公告称，公司2023年营业收入1476.94亿元；净利润747.34亿元。', '747.34亿元', '2023年'],
  ['纽约商品交易所4月交割的黄金下跌0.3%。', '0.3%', null],
  // a deadline for something else (held-out news: 回应称11月底前公布整改报告)
  ['审计厅回应称11月底前公布全面整改报告。灾害共造成1478.6万人受灾。', '1478.6万人', null],
  // a time word inside a cited title dates the document (held-out news of an audit report)
  ['审计厅厅长作了《关于2022年度自治区本级预算执行的审计工作报告》。1所高校累计获得科研经费1.79亿元。', '1.79亿元', null],
  ['审计厅厅长作了《关于2022年度自治区本级预算执行的审计工作报告》。2020-2022年度，1所高校累计获得科研经费1.79亿元。', '1.79亿元', '2020-2022年'],
  ['截至11月末，存款余额为5.46万亿元，创下2016年12月以来最低水平，部分银行收益率已降至2%以下。', '2%', '11月末'],
];

/**
 * 在6月中旬已累计下达…78亿元的基础上，大幅新增31亿元: a time word before one of these scopes
 * only what comes before it; the figure after it is the news (held-out news).
 */
export const BASE_PHRASE_END = '的基础上';
export const BASE_PHRASE_EXAMPLES: readonly Example[] = [
  ['该部门在6月中旬已累计下达中央投资计划78亿元的基础上，大幅新增31亿元中央预算内投资。', '31亿元', null],
  ['该部门在6月中旬已累计下达中央投资计划78亿元的基础上，大幅新增31亿元中央预算内投资。', '78亿元', '6月中旬'],
  ['在去年增长5%的基础上，今年上半年营收增长8%。', '8%', '今年上半年'],
];

/**
 * A paragraph opening with —— is a bullet of the list the paragraph before it leads: it takes the
 * time that paragraph opens with before its heading's (held-out work report: `五年来，我们…` then
 * `——…全省生产总值…年均增长5.9%` under `一、2025年主要工作和“十四五”发展成就`).
 */
export const BULLET_LEAD = '——';
export const BULLET_EXAMPLES: readonly Example[] = [
  ['一、2025年主要工作和“十四五”发展成就\n五年来，我们推动经济社会发展取得新成就。\n——发展质效不断提高，全省生产总值年均增长5.9%。\n——创新动能显著增强，研发投入强度提高到3.3%。\n', '5.9%', '五年来'],
  ['一、2025年主要工作和“十四五”发展成就\n五年来，我们推动经济社会发展取得新成就。\n——发展质效不断提高，全省生产总值年均增长5.9%。\n——创新动能显著增强，研发投入强度提高到3.3%。\n', '3.3%', '五年来'],
  // a lead that opens with no time leaves the heading's
  ['一、2025年主要工作\n我们推动经济社会发展取得新成就。\n——发展质效不断提高，生产总值增长5.9%。\n', '5.9%', '2025年'],
];

/**
 * Vague spans (压降是近年来…的主基调): they scope their own sentence, never a paragraph's figures.
 */
/** Words for "that day": a figure after one is of the day its paragraph named last (first day of the paragraph). */
export const THAT_DAY: readonly string[] = ['当日', '当天'];
export const THAT_DAY_EXAMPLES: readonly Example[] = [
  ['8月1日，梁溪区都市工业发展大会举行。去年以来，该区吸引了一批项目落户。当日，梁溪区还设立规模3亿元的天使基金。', '3亿元', '8月1日'],
  ['7月24日，青洽会举行新闻发布会。今年以来，全省签约项目增长。当天共签约项目12个。', '12个', '7月24日'],
  // look-alikes: without 当日 the paragraph's first topic still scopes; a time in the sentence wins
  ['8月1日，梁溪区都市工业发展大会举行。去年以来，该区吸引了一批项目落户。梁溪区还设立规模3亿元的天使基金。', '3亿元', '去年以来'],
  ['8月1日，大会举行。当日上午，今年上半年签约项目12个。', '12个', '今年上半年'],
];
/**
 * A forecast for when works are done: a figure after one (in its sentence) has no period of the
 * paragraph's (set-A news: 全部达产后，未来可新增产值500亿元). A stop or a figure-free 30 characters
 * ends the reach; 建成后，存在工程质量不达标等问题 (an audit finding, no 可/将/预计) is none.
 */
export const AFTER_WORKS_FORECAST = /(?:达产|建成|投产|完工|竣工|达效)后[^。！？\n]{0,30}?(?:可|将|预计|未来)/g;
export const AFTER_WORKS_EXAMPLES: readonly Example[] = [
  ['上半年，全县新签约项目12个。全部达产后，未来可新增产值500亿元。', '500亿元', null],
  ['上半年，全县新签约项目12个。项目建成投产后，预计实现年销售收入50亿元。', '50亿元', null],
  ['上半年，全县新签约项目12个，达产后产值可超千亿元。', '千亿元', null],
  // look-alikes: an audit finding after 建成后, and a figure before the forecast, keep the period
  ['2022年度审计发现，242个项目建成后，存在工程质量不达标等问题，涉及计划投资额33.46亿元。', '33.46亿元', '2022年度'],
  ['上半年，全县新签约项目12个，总投资80亿元，达产后产值可超千亿元。', '80亿元', '上半年'],
];
export const VAGUE_PERIOD = /^(?:近年来|近年|近几年|多年来|最近|近期)$/;

/**
 * After `…以来` / `…来` these make it the span of a record, not a period: 创下2016年12月以来最低水平,
 * 结束了自2015年以来首季增速连续负增长局面, 回落至近一年来最低水平.
 */
export const RECORD_AFTER = /^(?:的)?(?:最低|最高|新高|新低|最大|最小|最好|最快|最慢|首)/;

/** A day: in news often the day of the report, so a paragraph's period only when it has no other. */
export const DAY_PERIOD = /(?:日|今天|昨天)$/;

/** A period ending so is a point in time (a stock is measured then), not a span: 年末, 3月末, 1月17日. */
export const POINT_PERIOD = /(?:日|末|底|初|目前|今天)$/;

// ---------------------------------------------------------------------------------------------
// basis

/**
 * What a change is measured against. Longer first at one start (比上年末 before 比上年).
 * 比上年末 / 比年初 measure a stock since the start of the year: ytd.
 */
export const BASIS_RULES: ReadonlyArray<readonly [string, 'yoy' | 'mom' | 'ytd']> = [
  ['比上年末', 'ytd'], ['较上年末', 'ytd'], ['比去年末', 'ytd'], ['较去年末', 'ytd'], ['比上年底', 'ytd'], ['较上年底', 'ytd'],
  ['比年初', 'ytd'], ['较年初', 'ytd'],
  ['同比', 'yoy'], ['比上年同期', 'yoy'], ['较上年同期', 'yoy'], ['比去年同期', 'yoy'], ['较去年同期', 'yoy'],
  ['与上年同期', 'yoy'], ['与去年同期', 'yoy'], ['比上年同月', 'yoy'], ['与上年同月', 'yoy'],
  ['比同期', 'yoy'], ['较同期', 'yoy'], ['与同期', 'yoy'],
  ['比上年', 'yoy'], ['较上年', 'yoy'], ['比去年', 'yoy'], ['较去年', 'yoy'], ['上年同期', 'yoy'], ['去年同期', 'yoy'],
  ['环比', 'mom'], ['比上月', 'mom'], ['较上月', 'mom'], ['比上季度', 'mom'], ['较上季度', 'mom'],
];
export const BASIS_EXAMPLES: readonly Example[] = [
  ['现价总量比同期增加73.5亿元。', '73.5亿元', 'yoy'],
  ['净利润与上年同期相比，将减少4861万元。', '4861万元', 'yoy'],
  ['3月末，贷款余额较年初增加1.2万亿元。', '1.2万亿元', 'ytd'],
  ['年末存款余额比上年末增加300亿元。', '300亿元', 'ytd'],
  // a level of last year is not a change
  ['上年同期归属于上市公司股东的净利润7861万元。', '7861万元', null],
  // carried through the paragraph that breaks the figure down
  ['生产总值比上年增长3.5%。其中，第一产业增加值214.1亿元，增长1.7%。', '1.7%', 'yoy'],
  // a comparison base of its own that is no basis, also when it begins like one (比上年12月份)
  ['规模以上工业增加值同比增长7.0%，比上年12月份加快0.2个百分点。', '0.2个百分点', null],
  ['增加值同比增长2%，比2016年全年增速高0.3个百分点。', '0.3个百分点', null],
  // a sentence with a time of its own is a new topic
  ['货币资金较年初增加200亿元。预计上半年出货量将增长20%左右。', '20%', null],
  // nothing in the paragraph states one
  ['粮食产量241.5万吨，下降1.7%。', '1.7%', null],
  // a sentence restating the paragraph's own time continues it (held-out communiqué)
  ['全年全市生产总值5481.6亿元，比上年增长3.5%。全年第一产业增加值214.1亿元，增长1.7%。', '1.7%', 'yoy'],
  ['上半年，全省进出口总值3883.4亿元，同比增长1.4%。上半年出口2300亿元，增长3.1%。', '3.1%', 'yoy'],
  // look-alikes: a sentence with another time of its own starts afresh
  ['全年全市生产总值5481.6亿元，比上年增长3.5%。一季度工业增加值增长2%。', '2%', null],
  ['全年全市生产总值5481.6亿元，比上年增长3.5%。12月份工业增加值增长2%。', '2%', null],
];

// ---------------------------------------------------------------------------------------------
// trend

/** Change verbs besides the core list (src/rules/attribution.ts TREND_WORDS). */
export const TREND_EXTRA: ReadonlyArray<readonly [string, 'up' | 'down']> = [
  ['上调', 'up'], ['调增', 'up'], ['回升', 'up'], ['加快', 'up'], ['翻番', 'up'], ['多增', 'up'],
  ['下调', 'down'], ['调降', 'down'], ['放缓', 'down'], ['精简', 'down'], ['压减', 'down'], ['压缩', 'down'],
  ['少增', 'down'], ['减缓', 'down'],
  // moves of a price or rate: 加息50个基点, 降准0.5个百分点
  ['加息', 'up'], ['提价', 'up'], ['涨价', 'up'], ['降息', 'down'], ['降准', 'down'], ['降价', 'down'],
  // a difference from a base, like 高于 / 低于 (never a bound): 快于规上工业0.9个百分点 (held-out work report)
  ['快于', 'up'], ['慢于', 'down'],
];
export const TREND_EXTRA_EXAMPLES: readonly Example[] = [
  ['贷款市场报价利率下调零点零五个百分点。', '零点零五个百分点', 'down'],
  ['最低工资标准上调8%。', '8%', 'up'],
  ['规上工业利润回升5.2%。', '5.2%', 'up'],
  ['投资增速比上年放缓1.5个百分点。', '1.5个百分点', 'down'],
  ['督查检查考核事项精简两成。', '两成', 'down'],
  ['市场价格体现了加息50个基点。', '50个基点', 'up'],
  ['央行宣布降准0.5个百分点。', '0.5个百分点', 'down'],
  ['压减时间58%、材料52%。', '52%', 'down'],
  ['支撑制造业增长8.1%，快于规上工业0.9个百分点。', '0.9个百分点', 'up'],
  ['服务业增加值增长3%，慢于全省平均1.2个百分点。', '1.2个百分点', 'down'],
  // a list member's own noun can be long (held-out work report)
  ['新增制造业单项冠军企业45家、专精特新“小巨人”企业397家、重点“小巨人”企业149家。', '397家', 'up'],
  ['新增全国学前教育普及普惠县18个、义务教育优质均衡发展县27个。', '27个', 'up'],
  // a member with a change or level of its own, or after a clause break, does not take it
  ['月均现场检查量下降42.9%、非现场检查量占比提升至70.6%。', '70.6%', null],
  ['新增企业45家，认定科技型中小企业397家。', '397家', null],
];

/** Words that hold a trend character but say no change (定增 is a private placement, 增持 a purchase). */
export const TREND_LOOKALIKES_EXTRA: readonly string[] = [
  '定增', '增持', '减持', '增发', '增资', '减资', '减轻', '减免', '减负', '增信', '涨停', '跌停', '增长极',
  // an impairment and an appraisal gain are amounts, not changes (held-out announcements)
  '减值', '增值',
  // 提升 paired with a verb of works upgrades the things counted, it does not raise a figure
  // (a kind the first held-out pass left: 改造提升…1万个 in a work report's plan list)
  '改造提升', '提升改造', '整合提升', '提升建设', '建设提升', '维护提升', '优化提升',
];
export const TREND_LOOKALIKE_EXAMPLES: readonly Example[] = [
  ['最终定增发行价格为88.39元。', '88.39元', null],
  ['增持市值为4.88亿元。', '4.88亿元', null],
  ['减轻税费负担超4900亿元。', '4900亿元', null],
  ['被申请人应支付2017年度业绩承诺补偿金及资产减值补偿金共计97,484.37万元。', '97,484.37万元', null],
  ['丰联酒业的账面价值仅为4.44亿元，而收购评估值为13.99亿元，增值率高达215.44%。', '215.44%', null],
  ['计提商誉减值准备后，净利润下降30%。', '30%', 'down'],
  ['整合提升500个社区服务中心。', '500个', null],
  ['提升建设乡镇消防站120个。', '120个', null],
  ['改造提升公共停车位1万个。', '1万个', null],
  ['建设提升“四好农村路”600个行政村。', '600个', null],
  // look-alikes: 提升 alone, or a later change verb of its own, still give the trend
  ['改造提升老旧小区后，入住率提升12%。', '12%', 'up'],
  ['县城常住人口占比提升2.3个百分点。', '2.3个百分点', 'up'],
  ['提升公共停车位1万个。', '1万个', 'up'],
];

/**
 * What may stand between a change verb and its number: adverbs, bounds and copulas. Anything
 * else (贡献超五成: 经济增长 is part of a noun phrase; 增长的有45种: a count of things that grew)
 * means the verb does not govern the number.
 */
// Each alternative parses one way (分别为 is 分别 + 为), so a failing match never backtracks far
// (also the earlier members of a list of bare numbers sharing the unit: 提高0.3、0.5和0.8个百分点)
export const TREND_GAP = /^(?:了|约|近|超|超过|达|达到|为|高达|幅度|分别|均|都|仍|逾|突破|大约|将近|接近|不到|不足|至少|最多|最高|\d{1,6}(?:\.\d{1,6})?[、和与及])*$/;
/**
 * Change verbs that take an object (压减时间58%, 降低成本约480元): between them and a percent a
 * short noun may stand. 增长, 下降 … take none, so 经济增长贡献超五成 is no rise.
 */
export const TRANSITIVE_TREND = ['提高', '降低', '减少', '增加', '压减', '压缩', '精简', '提升', '扩大', '缩小', '新增', '上调', '下调', '节约', '节省'];
export const OBJECT_GAP = /^[^的，。；、]{1,6}$/;
export const TREND_GAP_EXAMPLES: readonly Example[] = [
  ['三大产业对经济增长贡献超五成。', '五成', null],
  ['产量同比增长的有45种。', '45种', null],
  ['营收同比增长了约12%。', '12%', 'up'],
  ['平均压减时间58%、材料52%。', '58%', 'down'],
  ['在提升发展质效、加快动能转换、加大民生保障四个方面持续发力。', '四个', null],
  ['三次产业增加值占比分别比上年提高0.3、0.5和0.8个百分点。', '0.8个百分点', 'up'],
];

/**
 * Growth rates named as nouns: the number is the rate, its direction that of the sign (跌幅,
 * 降幅 name a fall). They hold also over a level reached: 跌幅扩大至1% is a fall of 1%.
 */
export const RATE_NOUNS: ReadonlyArray<readonly [string, 'up' | 'down']> = [
  ['增长率', 'up'], ['增长速度', 'up'], ['增速', 'up'], ['增幅', 'up'], ['涨幅', 'up'], ['跌幅', 'down'], ['降幅', 'down'],
];
export const RATE_NOUN_EXAMPLES: readonly Example[] = [
  ['地区生产总值年均增速4.5%-5%。', '4.5%-5%', 'up'],
  ['地方财政收入增速达到19.8%。', '19.8%', 'up'],
  ['创指翻绿后跌幅迅速扩大至1%。', '1%', 'down'],
  ['人口增长率-0.57%。', '-0.57%', 'down'],
];

/**
 * A difference from a comparison base: 比 / 较 … then 高 低 多 少 快 慢 right before the number
 * (`比全国高0.5个百分点` → up, `增速比上年低0.3个百分点` → down). Bounded and lazy: linear.
 */
export const COMPARED_DIFFERENCE = /[比较][^，。；,;比较]{1,20}?([高低多少快慢])了?$/;
export const DIFFERENCE_UP = '高多快';
export const COMPARED_EXAMPLES: readonly Example[] = [
  ['城镇化率比全国高0.5个百分点。', '0.5个百分点', 'up'],
  ['投资增速比上年低0.3个百分点。', '0.3个百分点', 'down'],
  ['增加值比同期增速高0.8个百分点。', '0.8个百分点', 'up'],
  // not a comparison: 高 is part of a word before the number
  ['全市高新技术企业占比35%。', '35%', null],
];

/**
 * A bound written right before the number (高于50万元的部分) is a threshold, not a difference:
 * no trend. (低于行业平均水平17.2%, with the base between, is a difference.)
 */
export const BOUND_COMPARISONS: readonly string[] = ['高于', '低于', '大于', '小于', '多于', '少于', '快于', '慢于'];

// ---------------------------------------------------------------------------------------------
// region

/** Besides 全市 / 全省 / 本市 (src/rules/attribution.ts WHOLE_REGION): more words for the document's own place. */
export const OWN_REGION_WORDS: ReadonlyArray<readonly [string, string]> = [['我市', '市'], ['我省', '省'], ['我区', '区'], ['我县', '县'], ['全州', '州'], ['我州', '州']];

/** Words for the whole country: 全国 / 我国 → 中国. */
export const NATION_WORDS: readonly string[] = ['全国', '我国'];
/**
 * After 全国 these make it part of a name or a rank, not the country's scope: 全国重点实验室从15家
 * 跃升到38家 counts the province's labs; 全国统一大市场, 全国首个, 全国平均 (a comparison base).
 */
export const NATION_NAME_AFTER: readonly string[] = [
  '重点', '文明', '首', '统一', '性', '人大', '政协', '第', '示范', '百强', '先进', '优秀', '十佳', '前列', '领先',
  '一流', '各', '平均', '文化中心', '科技创新中心',
];

/** Countries named in news, as written (short names; 韩国KOSPI指数, 美国上周…). */
export const COUNTRIES: readonly string[] = [
  '中国', '美国', '日本', '韩国', '朝鲜', '英国', '法国', '德国', '意大利', '西班牙', '葡萄牙', '荷兰', '比利时', '瑞士',
  '瑞典', '挪威', '芬兰', '丹麦', '波兰', '奥地利', '希腊', '俄罗斯', '乌克兰', '土耳其', '印度', '印尼', '印度尼西亚',
  '泰国', '越南', '新加坡', '马来西亚', '菲律宾', '柬埔寨', '老挝', '缅甸', '孟加拉国', '巴基斯坦', '哈萨克斯坦', '伊朗',
  '以色列', '沙特', '沙特阿拉伯', '阿联酋', '卡塔尔', '埃及', '南非', '尼日利亚', '肯尼亚', '澳大利亚', '新西兰', '加拿大',
  '墨西哥', '巴西', '阿根廷', '智利', '秘鲁', '哥伦比亚', '欧盟', '欧元区', '东盟',
];
export const REGION_EXAMPLES: readonly Example[] = [
  ['截至去年底，全国工会会员超过350万人。', '350万人', '中国'],
  ['我国粮食产量增长1.3%。', '1.3%', '中国'],
  ['1-2月份，全国规模以上工业增加值同比增长7.0%。从环比看，2月份规模以上工业增加值比上月增长0.56%。', '0.56%', '中国'],
  ['郑州市经济运行情况\n全国居民消费价格同比上涨0.2%，我市居民消费价格上涨0.5%。', '0.5%', '郑州市'],
  ['郑州市经济运行情况\n全国居民消费价格同比上涨0.2%，我市居民消费价格上涨0.5%。', '0.2%', '中国'],
  ['全国重点实验室从15家跃升到38家。', '38家', null],
  ['2023年周口市统计公报\n全市有效期内绿色食品213个，全国名特优新农产品44个。', '44个', '周口市'],
  ['柳州市汽车产业发展大会举行。\n今年上半年，我国新能源汽车产销分别完成了378.8万辆和374.4万辆，累计产量突破2000万辆。', '2000万辆', '中国'],
  // a country named in passing in a province's report is not where its figures belong
  ['2025年浙江省政府工作报告\n积极应对美国加征关税影响，外贸出口增长7.2%。', '7.2%', '浙江省'],
  ['韩国KOSPI指数开盘下跌0.77%。', '0.77%', '韩国'],
  ['泰国政府通报，目前尚有70591名患者正在接受治疗。', '70591名', '泰国'],
  // an autonomous prefecture as it is written, and 全州 standing for it
  ['2023年黔东南州国民经济和社会发展统计公报\n全年全州地区生产总值1300亿元。', '1300亿元', '黔东南州'],
  // 全省 in an earlier sentence of the paragraph, after a place named in passing (held-out news)
  ['吉林省强化项目建设。在农安县的产业园区里，项目刚刚投产。上半年，全省共实施项目1922个，投资增长8.7%。其中：亿元以上项目1391个，投资增长9.6%。', '9.6%', '吉林省'],
  ['吉林省强化项目建设。上半年，全省共实施项目1922个。在农安县，肉牛项目投资增长9.6%。', '9.6%', '农安县'],
  // a place inside a company's name is not where the figure belongs
  ['无锡市市政设施建设工程有限公司中标项目。中标价格2.1亿元。', '2.1亿元', null],
  // nor a court's, an arbitration body's or a learned society's: a judgment's sum is not the city's
  ['申请人向贵阳市中级人民法院提出申请，请求被申请人归还借款本金人民币3000万元。', '人民币3000万元', null],
  ['2017年7月，公司收到北京市第四中级人民法院签发的民事判决书，判令赔偿200万元。', '200万元', null],
  ['河南省商业经济学会副秘书长表示，上半年专项债券发行21721亿元。', '21721亿元', null],
  ['推介会由安徽省工商联主办，长三角地区90余家企业参加。', '90余家', null],
  // (a government body still stands for its place)
  ['洛阳市统计局数据显示，上半年固定资产投资增长5%。', '5%', '洛阳市'],
  // the document's own place is its title's, not a place its first body sentence names in passing:
  // in a file of unrelated news lines the third line's city is not the first line's region
  ['2018年10月，苹果收购了半导体公司部分股权。\n这笔交易规模最大。\n去年3月，杭州市政府发布通告。\n格力电器将以130亿元全资收购银隆。', '130亿元', null],
  ['2026年浙江省政府工作报告\n各位代表：\n全年新增就业115.8万人。', '115.8万人', '浙江省'],
];

/**
 * A place right after one of these (or listed with 、 after one that is) is a partner or a
 * destination, not where the figure happens: 对东盟、欧盟、俄罗斯进出口增长…, 赴银川市对接, 向美国出口.
 * Not 与 / 和 / 同: they also join two subjects (沈阳市与大连市分别增长…).
 */
export const PARTNER_MARKS = '对向赴往';
export const PARTNER_EXAMPLES: readonly Example[] = [
  ['山东省商务厅介绍，上半年，山东外贸进出口稳中提质，对东盟、欧盟、俄罗斯进出口增长8.5%、6.8%和80.9%。', '80.9%', '山东省'],
  ['山东省商务厅介绍，上半年，山东外贸进出口稳中提质，对东盟、欧盟、俄罗斯进出口增长8.5%、6.8%和80.9%。', '8.5%', '山东省'],
  ['韩国KOSPI指数开盘下跌0.77%。', '0.77%', '韩国'],
  ['2023年沈阳市经济运行情况\n赴银川市对接项目6个。', '6个', '沈阳市'],
];
/**
 * 全省 / 全市 right after one of these is the whole a figure is a share of or is compared with
 * (占全省一等奖总数的52%, 高于全省5.2个百分点), not the figure's place (held-out news: 沈阳市获奖项目…
 * 占全省…52%；二等奖56项 → 沈阳市).
 */
export const OWN_WORD_BASE_BEFORE = '占于过比较';
export const OWN_WORD_BASE_EXAMPLES: readonly Example[] = [
  ['2022年度辽宁省科学技术奖名单揭晓。\n沈阳市获奖项目包括一等奖26项，占全省一等奖总数的52%；二等奖56项，占全省二等奖总数的58.9%。', '56项', '沈阳市'],
  ['2022年度辽宁省科学技术奖名单揭晓。\n沈阳市获奖项目包括一等奖26项，占全省一等奖总数的52%；二等奖56项，占全省二等奖总数的58.9%。', '58.9%', '沈阳市'],
  ['2023年马鞍山市招商情况\n来自长三角地区签约项目占全市的58.2%。', '58.2%', '马鞍山市'],
  ['2023年陕西省汽车产业\n全省汽车产销量133.8万辆，同比增长67%，高于全国64个百分点。', '133.8万辆', '陕西省'],
];
/** 我国 is the country even before a count in a place's own text (全国 there may open a designation: 全国重点实验室). */
export const OUR_NATION = '我国';

/**
 * National bodies: a figure they report, in a text with no place of its own, is the country's
 * (held-out news: 国家金融监督管理总局公布数据显示，上半年，基础设施建设贷款新增3.7万亿元 → 中国).
 * In a city's or province's report they stay in the background (争取国家发展改革委资金5亿元 → the city).
 */
export const NATIONAL_BODIES: readonly string[] = [
  '国家统计局', '财政部', '海关总署', '国家金融监督管理总局', '国家发展改革委', '国家发改委', '商务部', '工业和信息化部', '工信部',
  '国家外汇管理局', '中国人民银行', '国务院', '国家能源局', '交通运输部', '农业农村部', '国家税务总局', '国新办', '中国汽车工业协会',
];
/**
 * A national body reports when one of these follows it closely (国家统计局今天发布, 财政部公开数据显示);
 * only a reporting body makes a later place-less sentence of its paragraph the country's.
 */
export const NATIONAL_BODY_REPORTS = /公布|发布|数据|显示|统计|通报|介绍/;
export const NATIONAL_BODY_REPORT_GAP = 12;
export const NATIONAL_BODY_EXAMPLES: readonly Example[] = [
  ['多地重大项目火热推进。\n国家金融监督管理总局公布数据显示，上半年，基础设施建设贷款新增3.7万亿元。', '3.7万亿元', '中国'],
  ['财政部公开数据显示，上半年，各地发行专项债券21721亿元。', '21721亿元', '中国'],
  ['2025年北京市政府工作报告\n争取国家发展改革委支持资金5亿元。', '5亿元', '北京市'],
  ['国家统计局数据显示，上半年，广东省地区生产总值增长5%。', '5%', '广东省'],
  // a sentence after the body's, in its paragraph (held-out news)
  ['多地重大项目火热推进。\n国家金融监督管理总局公布数据显示，上半年，基础设施建设贷款新增3.7万亿元。7399亿元金融工具的资金支付使用比例已超过70%。', '70%', '中国'],
  ['国家统计局发布数据。上半年，社会消费品零售总额227588亿元。其中，餐饮收入增长21.4%。', '21.4%', '中国'],
  // look-alikes: a place named after the body, or in a place's own text, wins
  ['国家统计局发布数据。上半年，广东省社会消费品零售总额2.3万亿元。其中，餐饮收入增长12%。', '12%', '广东省'],
  ['2025年北京市政府工作报告\n争取国家发展改革委支持。全年新增项目5个。', '5个', '北京市'],
  ['国家统计局发布数据。\n公司全年营收增长5%。', '5%', null],
  ['美的置业获中国人民银行批准发行中票。截至8月15日收盘，美的置业报6.58港元/股，微跌1.05%。', '1.05%', null],
];

/**
 * Areas of a city named by what they are, not by a gazetteer name: a figure after one in its
 * clause belongs to it (`中心城区新增机动车停车位5万余个`, `中心城区绿色出行比例从75.6%提升至76.5%`).
 */
export const AREA_WORDS: readonly string[] = ['中心城区', '主城区', '老城区', '城市副中心', '生态涵养区', '平原新城'];
export const AREA_EXAMPLES: readonly Example[] = [
  ['2025年北京市政府工作报告\n加强停放秩序治理，中心城区新增机动车停车位5万余个。', '5万余个', '中心城区'],
  ['2025年北京市政府工作报告\n全市新增停车位8万个。', '8万个', '北京市'],
  // only in its clause: the next clause of the sentence is the city's again
  ['2025年北京市政府工作报告\n中心城区新增停车位5万余个；打通53条断头路。', '53条', '北京市'],
  // a zone opening an earlier clause with its own predicate and no figure is a news item of its own
  // (held-out work report): the later figure is the document's place
  ['2025年浙江省政府工作报告\n杭州综保区成功扩区，宁波舟山港货物吞吐量增长11.6%。', '11.6%', '浙江省'],
  ['2025年浙江省政府工作报告\n开展外贸新业态试点，义乌综保区获批设立，跨境电商进出口增长15%。', '15%', '浙江省'],
  ['2023年四川省经济运行\n天府新区获评国家级示范区，全省新增项目12个。', '12个', '四川省'],
  // look-alikes: a zone as the topic, or with figures in its own clause, keeps the figures
  ['2023年重庆市经济运行\n重庆高新区，上半年实现地区生产总值500亿元，增长8%。', '8%', '重庆高新区'],
  ['2023年重庆市经济运行\n重庆高新区实现产值1000亿元，增长8%。', '8%', '重庆高新区'],
  ['2023年重庆市经济运行\n重庆高新区上半年实现产值1000亿元。', '1000亿元', '重庆高新区'],
  // a place in the address of a plot of land is no region: the developer's figures have none
  ['保利发展竞得昆明市官渡区宝海路西侧地块、成都市金牛区金科西路西侧地块。2023年上半年保利发展营业利润约195.89亿元。', '195.89亿元', null],
  ['公司以12.5亿元竞得杭州市余杭区荆山湾路北侧地块。', '12.5亿元', null],
  // look-alikes: the place itself, or its land sold, keeps it
  ['2023年杭州市共出让住宅用地120宗。', '120宗', '杭州市'],
  ['杭州市余杭区出让地块12宗，成交金额85亿元。', '85亿元', '余杭区'],
];

/**
 * A place followed, within the same name, by one of these is part of a company's, bank's,
 * school's or institute's name (无锡市市政设施建设工程有限公司, 中国银行广州开发区分行). Government
 * bodies (政府, 统计局) stand for their place and are not listed.
 */
export const ORG_SUFFIXES: readonly string[] = [
  '有限公司', '有限责任公司', '公司', '集团', '银行', '分行', '支行', '大学', '学院', '研究院', '研究所', '工程院', '科学院',
  '医院', '交易所', '协会', '商会', '基金会', '证券', '日报', '电视台', '报社', '控股', '股份',
  // courts and arbitration bodies judge cases from anywhere; societies are associations (held-out news and announcements)
  '法院', '检察院', '仲裁委员会', '仲裁院', '学会', '研究会', '事务所', '农商行', '信用社', '工商联',
  // a plot of land a developer bought is named by its address (held-out news: 昆明市官渡区宝海路西侧地块)
  // (an address ends 路/侧/号… right before 地块; 出让地块12宗 is the place's own land)
  '侧地块', '路地块', '街地块', '号地块', '村地块', '段地块', '片区地块',
];
/** How far after a place an organization's suffix is looked for, and what ends a name first. */
export const ORG_SPAN = 16;
export const NAME_BREAK_CHARS = '，。；：、！？,;:!? \t\n\u3000“”"《》（）()和及与的在';
