import { describe, expect, it } from 'vitest';
import { extract, parseNumber } from '../src/index.js';
import { CLDR_CURRENCY_NAMES } from '../src/rules/currencies-data.js';
import { CURRENCY_SUFFIX } from '../src/rules/units.js';

// Issue 12: every figure found, with the right type and value. Sentences written for each kind
// of fault (several per kind) and the look-alikes that must not fire. Records as
// [type, text, value, value_max, unit, approx].
type Row = [string, string, number, number | null, string, string | null];
const rows = (s: string): Row[] => extract(s).map((r) => [r.type, r.text, r.value, r.value_max, r.unit, r.approx]);
const of = (s: string, type: string) => rows(s).filter((r) => r[0] === type);

describe('titles: a title names a policy only as a count, and never hides a body figure', () => {
  it('reports the amount and the percent stated by a resolution title', () => {
    expect(of('审议通过《关于为子公司申请借款1.5亿元提供担保的议案》。', 'amount'))
      .toEqual([['amount', '1.5亿元', 150000000, null, 'CNY', null]]);
    expect(of('会议审议通过了《关于收购甲公司100%股权的议案》。', 'percent'))
      .toEqual([['percent', '100%', 100, null, '%', null]]);
    expect(rows('详见《关于收购UTStarcom Holdings Corp.26.05%股份的公告》。').map((r) => r[1])).toEqual(['26.05%']);
  });
  it('keeps a body figure whose words a later title repeats', () => {
    const s = '公司作价33亿元收购甲公司100%股权。董事会审议通过《关于收购甲公司100%股权的议案》。';
    expect(of(s, 'percent').map((r) => r[1])).toEqual(['100%', '100%']);
    expect(of(s, 'amount').map((r) => r[1])).toEqual(['33亿元']);
    const t = '拟以3亿元收购乙公司40%股权。另见《关于拟以3亿元收购乙公司40%股权的公告》。';
    expect(rows(t).map((r) => r[1])).toEqual(['3亿元', '40%', '3亿元', '40%']);
  });
  it('hides a count that a title gives as a name, inside the title and cited again', () => {
    expect(of('印发《推动制造业高质量发展十条措施》。', 'count')).toEqual([]);
    expect(of('印发《推动制造业高质量发展十条措施》，制造业高质量发展十条措施落地见效。', 'count')).toEqual([]);
    expect(of('《关于开展“五个一”工程的通知》', 'count')).toEqual([]);
  });
  it('still counts a body count that is not the title’s name', () => {
    expect(of('印发《十条措施》后，新增12家企业。', 'count').map((r) => r[1])).toEqual(['12家']);
  });
});

describe('money without 元 when the words say so', () => {
  it.each<[string, string, number]>([
    ['公司拟以85亿收购该资产。', '85亿', 8500000000],
    ['公司全年营业收入达1400亿。', '1400亿', 140000000000],
    ['该债券本年度付息金额4120亿，到期偿还。', '4120亿', 412000000000],
    ['对其罚款5万。', '5万', 50000],
    ['华峰超纤以20.5亿对价收购威富通。', '20.5亿', 2050000000],
    ['计划以2.35亿现金收购康富科技51%股权。', '2.35亿', 235000000],
    ['顺丰55亿收购敦豪供应链业务。', '55亿', 5500000000],
    ['判决补偿利马格兰欧洲损失363.75万，并变更名称。', '363.75万', 3637500],
    ['判决补偿损失363.75万,将原审定品种变更。', '363.75万', 3637500],
    ['巨人网络市值蒸发515亿。', '515亿', 51500000000],
    ['德邦斥资22亿成立6家供应链公司。', '22亿', 2200000000],
  ])('%s → %s', (s, text, v) => {
    expect(of(s, 'amount')).toContainEqual(['amount', text, v, null, 'CNY', null]);
  });
  it('a bound between the money word and the number keeps its meaning (负债还不到2万亿)', () => {
    expect(of('恒大的负债还不到2万亿，资产也不错。', 'amount')).toEqual([['amount', '2万亿', 2000000000000, null, 'CNY', 'under']]);
  });
  it('reads N个亿 as money, in the currency named after it', () => {
    expect(rows('该项目总投资10个亿。')).toEqual([['amount', '10个亿', 1000000000, null, 'CNY', null]]);
    expect(rows('对外投资两个亿卢布。')).toEqual([['amount', '两个亿卢布', 200000000, null, 'RUB', null]]);
    expect(rows('融资三个亿。')).toEqual([['amount', '三个亿', 300000000, null, 'CNY', null]]);
    // 亿元以上项目 are projects of over 亿元 each: a count of projects
    expect(rows('全市共开工61个亿元以上项目。').map((r) => [r[0], r[1], r[2]])).toEqual([['count', '61个', 61]]);
  });
  it('takes the currency named in the clause', () => {
    expect(of('收购价为3亿美元，其中首期支付1.2亿。', 'amount').map((r) => [r[1], r[4]])).toEqual([['3亿美元', 'USD'], ['1.2亿', 'CNY']]);
    expect(of('以5亿美元收购，另付2亿美元保证金。', 'amount').map((r) => r[4])).toEqual(['USD', 'USD']);
  });
  it('a bare scale before a deal word is money (百亿收购案)', () => {
    expect(of('将百亿收购案进行到底。', 'amount')).toEqual([['amount', '百亿', 10000000000, null, 'CNY', null]]);
  });
  it('零元 is an amount of 0', () => {
    expect(of('以零元收购该公司股权。', 'amount')).toEqual([['amount', '零元', 0, null, 'CNY', null]]);
  });
  it.each([
    '我国有14亿人口。', '全国14亿人民共同奋斗。', '迈上4万亿、5万亿两个台阶。', '人口达1400万，面积3万。', '粉丝超过1000万。',
    '全市常住人口达1400万。', '播放量突破5亿。', '投资者超过2亿。', '增加了几个亿的资金。', '我国有14个亿人口。',
    '吸引10万投资者参与。', '人才缺口达100万。', '总股本5亿。',
    '投资10万人次参观。', '为80万重点群体提供就业。', '带动10万农村低收入群体。',
  ])('no amount in %s', (s) => {
    expect(of(s, 'amount')).toEqual([]);
  });
  it('5万亿两个 is not one number, nor is 9万亿三个', () => {
    expect(rows('迈上4万亿、5万亿两个台阶。').map((r) => [r[1], r[2]])).toEqual([['两个', 2]]);
    expect(rows('连续跨越7万亿、8万亿、9万亿三个大台阶。').map((r) => [r[1], r[2]])).toEqual([['三个', 3]]);
  });
});

describe('basis points are percents with unit bp', () => {
  it.each<[string, string, number]>([
    ['1年期LPR下调25个基点。', '25个基点', 25],
    ['政策利率下调10个基点至2.5%。', '10个基点', 10],
    ['利差收窄50个基点。', '50个基点', 50],
    ['比同期限Shibor高1个基点。', '1个基点', 1],
    ['下调二十五个基点。', '二十五个基点', 25],
  ])('%s', (s, text, v) => {
    expect(of(s, 'percent')).toContainEqual(['percent', text, v, null, 'bp', null]);
    expect(of(s, 'count')).toEqual([]);
  });
});

describe('a list sharing one unit gives one record per number', () => {
  it('percentage points, percents and counts', () => {
    expect(rows('分别比同期提高0.9、5.9个百分点。')).toEqual([
      ['percent', '0.9', 0.9, null, 'pp', null], ['percent', '5.9个百分点', 5.9, null, 'pp', null]]);
    expect(rows('三次产业增加值占比分别比上年提高0.3、0.5和0.8个百分点。').map((r) => [r[1], r[2], r[4]]))
      .toEqual([['0.3', 0.3, 'pp'], ['0.5', 0.5, 'pp'], ['0.8个百分点', 0.8, 'pp']]);
    expect(rows('分别增长5.2、6.1和7%。').map((r) => [r[1], r[2], r[4]])).toEqual([['5.2', 5.2, '%'], ['6.1', 6.1, '%'], ['7%', 7, '%']]);
    expect(rows('分别新增12、15家。').map((r) => [r[0], r[1], r[2]])).toEqual([['count', '12', 12], ['count', '15家', 15]]);
  });
  it('amounts, each with its own scale, or the last one’s when it has none', () => {
    expect(rows('营业总收入分别为1.009万亿、9373亿和8483万元。').map((r) => [r[1], r[2], r[4]]))
      .toEqual([['1.009万亿', 1009000000000, 'CNY'], ['9373亿', 937300000000, 'CNY'], ['8483万元', 84830000, 'CNY']]);
    expect(rows('分别实现营收12.3、15.6亿元。').map((r) => [r[1], r[2]])).toEqual([['12.3', 1230000000], ['15.6亿元', 1560000000]]);
  });
  it('no list where the last number has no metric unit, or the numbers are outline marks and years', () => {
    expect(rows('2019、2020和2021年。')).toEqual([]);
    expect(rows('1、2、3号线。')).toEqual([]);
    expect(rows('第一、二、三产业。')).toEqual([]);
    expect(rows('9月5日、6日召开。')).toEqual([]);
    expect(rows('2017、2018年分别增长5%和6%。').map((r) => r[1])).toEqual(['5%', '6%']);
  });
});

describe('ranges are one record, never negative', () => {
  it('(含) inside a range', () => {
    expect(rows('对固定资产投资1万元(含)-5万元的项目给予补助。')).toEqual([['amount', '1万元(含)-5万元', 10000, 50000, 'CNY', null]]);
    expect(rows('补助1万元（含）至5万元。')).toEqual([['amount', '1万元（含）至5万元', 10000, 50000, 'CNY', null]]);
  });
  it('(含) before 以上 is at_least', () => {
    expect(rows('对投资50万元（含）以上的项目给予奖励。')).toEqual([['amount', '50万元', 500000, null, 'CNY', 'at_least']]);
    expect(rows('对投资50万元(含)以下的项目。')).toEqual([['amount', '50万元', 500000, null, 'CNY', 'at_most']]);
  });
  it('从5000到2万元: the second scale only when the first would exceed it otherwise', () => {
    expect(rows('补贴从5000到2万元不等。')).toEqual([['amount', '5000到2万元', 5000, 20000, 'CNY', null]]);
    expect(rows('售价3-5万元。')).toEqual([['amount', '3-5万元', 30000, 50000, 'CNY', null]]);
  });
  it('介于A和B之间, A与B之间', () => {
    expect(rows('单个项目投资介于3亿元和5亿元之间。')).toEqual([['amount', '3亿元和5亿元', 300000000, 500000000, 'CNY', null]]);
    expect(rows('规模在40亿与50亿元之间。')).toEqual([['amount', '40亿与50亿元', 4000000000, 5000000000, 'CNY', null]]);
    expect(rows('全年增速预计在5%与6%之间。')).toEqual([['percent', '5%与6%', 5, 6, '%', null]]);
    expect(rows('增速在5%和6%。').map((r) => r[1])).toEqual(['5%', '6%']);
  });
  it('a dash right after a figure is no minus sign', () => {
    expect(rows('补助1万元(含)-5%。').map((r) => r[2])).toEqual([10000, 5]);
    expect(rows('亏损-5万元。').map((r) => r[2])).toEqual([-50000]);
  });
});

describe('every ISO 4217 currency by its Chinese name, and the short forms', () => {
  it.each<[string, string, number, string]>([
    ['融资1.18亿巴西雷亚尔。', '1.18亿巴西雷亚尔', 118000000, 'BRL'],
    ['募资6.68亿新币。', '6.68亿新币', 668000000, 'SGD'],
    ['营收2,158,764,126肯先令。', '2,158,764,126肯先令', 2158764126, 'KES'],
    ['营收3亿肯尼亚先令。', '3亿肯尼亚先令', 300000000, 'KES'],
    ['作价1.14亿澳大利亚元。', '1.14亿澳大利亚元', 114000000, 'AUD'],
    ['收购价107亿芬兰马克。', '107亿芬兰马克', 10700000000, 'FIM'],
    ['投资5亿澳元。', '5亿澳元', 500000000, 'AUD'],
    ['价值20亿新加坡元。', '20亿新加坡元', 2000000000, 'SGD'],
    ['出资3000万韩元。', '3000万韩元', 30000000, 'KRW'],
    ['融资2亿卢布。', '2亿卢布', 200000000, 'RUB'],
    ['罚款500万瑞典克朗。', '500万瑞典克朗', 5000000, 'SEK'],
    ['贷款8亿南非兰特。', '8亿南非兰特', 800000000, 'ZAR'],
    ['募资1亿阿联酋迪拉姆。', '1亿阿联酋迪拉姆', 100000000, 'AED'],
    ['存款2万港币。', '2万港币', 20000, 'HKD'],
    ['营收7亿新台币。', '7亿新台币', 700000000, 'TWD'],
  ])('%s', (s, text, v, iso) => {
    expect(of(s, 'amount')).toEqual([['amount', text, v, null, iso, null]]);
  });
  it('the generated CLDR list: ISO codes, current and historical, no metals or funds', () => {
    const codes = new Map(CLDR_CURRENCY_NAMES.map(([n, c]) => [c, n]));
    for (const [, c] of CLDR_CURRENCY_NAMES) expect(c).toMatch(/^[A-Z]{3}$/);
    for (const c of ['BRL', 'KES', 'SGD', 'AUD', 'FIM', 'DEM', 'XAF', 'CNY', 'USD']) expect(codes.has(c), c).toBe(true);
    for (const c of ['XAU', 'XAG', 'XDR', 'XTS', 'XXX', 'CLF']) expect(codes.has(c), c).toBe(false);
    // longest first, so 澳大利亚元 is tried before 澳元 and 元
    for (let k = 1; k < CURRENCY_SUFFIX.length; k++) expect(CURRENCY_SUFFIX[k - 1][0].length).toBeGreaterThanOrEqual(CURRENCY_SUFFIX[k][0].length);
  });
  it('no metal, fund or test code is a currency', () => {
    expect(of('储备1000吨黄金，3吨银。', 'amount')).toEqual([]);
  });
});

describe('scales and forms', () => {
  it.each<[string, string, string, number, number | null, string, string | null]>([
    ['规模六点一三二千亿元。', 'amount', '六点一三二千亿元', 613200000000, null, 'CNY', null],
    ['全县十来家企业参展。', 'count', '十来家', 10, null, '家', 'about'],
    ['成交额二十来万元。', 'amount', '二十来万元', 200000, null, 'CNY', 'about'],
    ['引进百来家企业。', 'count', '百来家', 100, null, '家', 'about'],
    ['占全国的十分之一。', 'percent', '十分之一', 10, null, '%', null],
    ['占比47. 4%。', 'percent', '47. 4%', 47.4, null, '%', null],
    ['收购74.35.%的股权。', 'percent', '74.35.%', 74.35, null, '%', null],
    ['损失好几十亿元。', 'amount', '十亿元', 1000000000, null, 'CNY', 'over'],
    ['出版图书12万册。', 'count', '12万册', 120000, null, '册', null],
    ['接待游客300万人次。', 'count', '300万人次', 3000000, null, '人次', null],
    ['发射3颗卫星。', 'count', '3颗', 3, null, '颗', null],
    ['获得5席。', 'count', '5席', 5, null, '席', null],
    ['确诊病例8167例。', 'count', '8167例', 8167, null, '例', null],
    ['拟减持1000万股。', 'count', '1000万股', 10000000, null, '股', null],
    ['质押3,200万股。', 'count', '3,200万股', 32000000, null, '股', null],
    ['收购小康股份3.3亿股。', 'count', '3.3亿股', 330000000, null, '股', null],
  ])('%s', (s, type, text, v, max, unit, approx) => {
    expect(of(s, type)).toEqual([[type, text, v, max, unit, approx]]);
  });
  it('other fractions than tenths are no percents (五分之二, 五十分之一)', () => {
    expect(rows('占比达五分之二，五十分之一。')).toEqual([]);
  });
  it('来 after a year or a unit-less digit is no bound (十年来, 三来)', () => {
    expect(rows('十年来，一来二去。')).toEqual([]);
    expect(rows('二十三来家。')).toEqual([]);
  });
  it('a code or company name before a percent does not hide it (SCC100%, Ltd.100%)', () => {
    expect(of('收购卫星运营商SCC100%的股份。', 'percent').map((r) => r[2])).toEqual([100]);
    expect(of('收购Space-Communication Ltd.100%的股份。', 'percent').map((r) => r[2])).toEqual([100]);
  });
  it('a scaled sum of money right after a name is one (完成GDP8.6万亿元), a model name is not (Mate60万台)', () => {
    expect(of('完成GDP8.6万亿元，占全国经济。', 'amount').map((r) => [r[1], r[2]])).toEqual([['8.6万亿元', 8600000000000]]);
    expect(rows('销售Mate60万台。型号A3元件。')).toEqual([]);
  });
  it('a stray point before a number (版本1.2.3) is still a code', () => {
    expect(rows('版本1.2.3个。')).toEqual([]);
  });
  it('例 股 席 as the start of other words are no measure words', () => {
    expect(of('3例如此。共5股东。', 'count')).toEqual([]);
  });
});

describe('not metrics: ordinals of meetings and quoted names', () => {
  it.each([
    '市十六届人大三次会议召开。', '市委八届二次全会召开。', '省十四届人大常委会第三次会议。', '实施“3个100”工程。', '建设“八站两场”。',
    '推进“5个10”行动。',
  ])('%s', (s) => {
    expect(of(s, 'count')).toEqual([]);
  });
  it('a policy named in short quotes is a name, the counts around it are counted', () => {
    expect(of('迭代升级我省“民营经济32条”，新增12家企业。', 'count').map((r) => r[1])).toEqual(['12家']);
    expect(of('推出稳经济“43条”、接续措施“24条”等政策。', 'count')).toEqual([]);
  });
  it('still counts meetings held and counts in a long quotation', () => {
    expect(of('全年召开三次会议。', 'count').map((r) => r[1])).toEqual(['三次']);
    expect(of('他说：“今年我们新引进了12家企业，还要再引进更多。”', 'count').map((r) => r[1])).toEqual(['12家']);
  });
});

describe('approximate bounds', () => {
  it('小于 大于 少于 directly before a number bound it', () => {
    expect(rows('单笔贷款额度小于40万元，大于500万元的项目需报批。').map((r) => r[5])).toEqual(['under', 'over']);
    expect(rows('高于50万元的部分不予补贴。').map((r) => r[5])).toEqual(['over']);
  });
  it('a comparison base between the word and the number leaves no bound', () => {
    expect(rows('低于行业平均水平17.2%。').map((r) => r[5])).toEqual([null]);
  });
  it('a currency mark spaced from the number (约 ¥ 240 万元)', () => {
    expect(rows('原材料涨价影响净利润约 ¥ 240 万元。')).toEqual([['amount', '¥ 240 万元', 2400000, null, 'CNY', 'about']]);
  });
});

describe('number grammar: a digit after a unit is that number\'s only where it can be', () => {
  it.each<[string, number | null]>([
    ['一万两千', 12000], ['两万两千', 22000], ['三万五', 35000], ['13万2', 132000], ['六点一三二千亿', 613200000000],
    ['1.5千亿', 150000000000], ['二十来万', 200000], ['十来', 10],
    // 两 after a unit with no unit of its own is "two of" (5万亿两个台阶); a Chinese digit after an
    // Arabic number and its unit starts a new number (9万亿三个台阶)
    ['五万亿两', null], ['9万亿三', null], ['三百两', null],
  ])('%s → %s', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });
});

// Held-out text (issue: precision on text nobody tuned to): ranks, words written with a numeral,
// codes after a slash, 负 as the verb "bear", and the math signs of a bound.
describe('held-out: not metrics that look like counts', () => {
  const counts = (s: string) => of(s, 'count').map((r) => r[1]);
  it('a rank is not a count of people (前十名, 前进2位, 全国16位跃升到第8位, 居全国12位)', () => {
    expect(counts('获得前十名的选手将授予称号，前三名的选手另有奖励。')).toEqual([]);
    expect(counts('该景区入选周边游全国前5名榜单。')).toEqual([]);
    expect(counts('营商环境排名比去年年底前进2位，从2018年的全国16位跃升到第8位。')).toEqual([]);
    expect(counts('全省综合实力居全国12位，较上年上升3位。')).toEqual([]);
    expect(counts('进入全国百强县前50名。')).toEqual([]);
  });
  it('still counts people and places where 前 or 位 make no rank', () => {
    expect(counts('目前5名员工在岗，此前3名高管离职。')).toEqual(['5名', '3名']);
    expect(counts('会前20位专家到会，16位院士出席。')).toEqual(['20位', '16位']);
    expect(counts('提前30名入围，共有12位代表发言。')).toEqual(['30名', '12位']);
  });
  it('二次 (secondary), 四处 (everywhere) and names with a numeral are words, not counts', () => {
    expect(counts('涵盖运输、仓储及二次加工等多个项目，推动二次创业。')).toEqual([]);
    expect(counts('他四处奔走筹钱，四处打听消息，四处寻找买家。')).toEqual([]);
    expect(counts('在线上唯一能与三只松鼠争宠的只有百草味，与三只松鼠类似。')).toEqual([]);
    expect(counts('六个核桃、三棵树均发布公告。')).toEqual([]);
  });
  it('still counts two sessions, four places and three squirrels', () => {
    expect(counts('先后两次判决，对五处路段进行整治，新建四处公园。')).toEqual(['两次', '五处', '四处']);
    expect(counts('园区养了三只松鼠和两只猫。')).toEqual(['两只']);
    expect(counts('共开展二次培训8次。')).toEqual(['8次']);
  });
  it('a number after a code and a slash is part of the code (D887/8次 is a train)', () => {
    expect(counts('乘坐D887/8次国际旅客列车，开行K1/2次列车。')).toEqual([]);
    expect(counts('开行国际货运班列8次，共12次。')).toEqual(['8次', '12次']);
  });
});

describe('held-out: 元 after a lone Chinese numeral inside a name', () => {
  const amounts = (s: string) => of(s, 'amount').map((r) => r[1]);
  it('三元达, 三元桥, 二元结构 are names, not 3 yuan', () => {
    expect(amounts('三元达软件于2019年被收购。')).toEqual([]);
    expect(amounts('地处三元桥附近，打破城乡二元结构。')).toEqual([]);
  });
  it('still reads a few yuan stated in Chinese', () => {
    expect(amounts('票价三元，每股派发现金五元。')).toEqual(['三元', '五元']);
    expect(amounts('每斤两元钱，涨到三元一斤。')).toEqual(['两元钱', '三元']);
  });
});

describe('held-out: 负 before a share of blame is the verb, not a minus', () => {
  it('负10%责任 is 10%', () => {
    expect(of('建设方对事故负10%责任，监理方负20%的责任。', 'percent').map((r) => r[2])).toEqual([10, 20]);
  });
  it('a minus stays a minus', () => {
    expect(of('增速为负10%，净利润为负3.5亿元。', 'percent').map((r) => r[2])).toEqual([-10]);
    expect(of('增速为负10%，净利润为负3.5亿元。', 'amount').map((r) => r[2])).toEqual([-350000000]);
  });
});

describe('held-out: math signs bound a value', () => {
  it('≥ ≤ > < 不小于 不大于', () => {
    expect(rows('即GDP≥600亿元，一般公共预算收入≤20亿元。').map((r) => r[5])).toEqual(['at_least', 'at_most']);
    expect(rows('占比>30%，负债率<60%。').map((r) => r[5])).toEqual(['over', 'under']);
    expect(rows('比例不小于20%，金额不大于50万元。').map((r) => r[5])).toEqual(['at_least', 'at_most']);
  });
  it('a number with no sign keeps no bound', () => {
    expect(rows('比例为20%，金额为50万元。').map((r) => r[5])).toEqual([null, null]);
  });
});

describe('held-out: a slash between figures is not a code', () => {
  it('0.89/1.22/1.60元 keeps its last amount', () => {
    expect(of('预测公司EPS为0.89/1.22/1.60元。', 'amount').map((r) => r[1])).toEqual(['1.60元']);
    expect(of('三年分别开行20/30/40次。', 'count').map((r) => r[1])).toEqual(['40次']);
  });
});

describe('held-out: ranks moved by places, and lists of ordinals', () => {
  const counts = (s: string) => of(s, 'count').map((r) => r[1]);
  it('前移4个位次 is a rank, not a count', () => {
    expect(counts('全省排名前移4个位次，较上年上升3个位次。')).toEqual([]);
  });
  it('第1、2项 and 第三、四条 number clauses: the later members are ordinals too', () => {
    expect(counts('对上述第1、2项债务承担连带责任，依照第三、四条处理。')).toEqual([]);
    expect(counts('第1和2条规定。')).toEqual([]);
  });
  it('a list without 第 still counts', () => {
    expect(counts('新建学校1、2所，新增项目3、4个。')).toEqual(['1', '2所', '3', '4个']);
    expect(counts('第一批项目12个、第二批8个。')).toEqual(['12个', '8个']);
  });
});

describe('held-out: a list of percentage points that repeats 个', () => {
  it('高于全国、全省6.7个、5.2个百分点 → 6.7 pp and 5.2 pp', () => {
    expect(of('增速分别高于全国、全省6.7个、5.2个百分点。', 'percent').map((r) => [r[1], r[2], r[4]]))
      .toEqual([['6.7', 6.7, 'pp'], ['5.2个百分点', 5.2, 'pp']]);
    expect(of('高于全国平均水平0.7个和3.1个百分点。', 'percent').map((r) => [r[2], r[4]])).toEqual([[0.7, 'pp'], [3.1, 'pp']]);
    expect(rows('分别提高1个、2个和3个百分点。').map((r) => [r[0], r[2], r[4]]))
      .toEqual([['percent', 1, 'pp'], ['percent', 2, 'pp'], ['percent', 3, 'pp']]);
    expect(of('下调10个、25个基点。', 'percent').map((r) => [r[2], r[4]])).toEqual([[10, 'bp'], [25, 'bp']]);
  });
  it('counts listed with 个 stay counts', () => {
    expect(rows('新建学校3个、医院2个。').map((r) => [r[0], r[1]])).toEqual([['count', '3个'], ['count', '2个']]);
    expect(rows('签约项目5个和12个。').map((r) => [r[0], r[1]])).toEqual([['count', '5个'], ['count', '12个']]);
  });
});

describe('held-out: a bound after a per-unit word', () => {
  it('30万元/人左右 is about, 17.5元/股以下 at most', () => {
    expect(rows('全员劳动生产率达到30万元/人左右。').map((r) => [r[1], r[5]])).toEqual([['30万元', 'about']]);
    expect(rows('回购价格为17.50元/股以下。').map((r) => [r[1], r[5]])).toEqual([['17.50元', 'at_most']]);
  });
  it('no bound where none follows', () => {
    expect(rows('回购价格为17.50元/股，人均30万元/人。').map((r) => r[5])).toEqual([null, null]);
  });
});

describe('held-out: N个多亿 is money, more than N hundred-millions', () => {
  it('投资3个多亿 → 300000000 over; 两个多亿美元 → USD', () => {
    expect(rows('项目投资3个多亿，已完成一半。')).toEqual([['amount', '3个多亿', 300000000, null, 'CNY', 'over']]);
    expect(rows('融资两个多亿美元。')).toEqual([['amount', '两个多亿美元', 200000000, null, 'USD', 'over']]);
  });
  it('N个多 before another word stays what it was', () => {
    expect(rows('新建3个多功能厅。')).toEqual([['count', '3个', 3, null, '个', null]]);
    expect(rows('总投资10个亿。')).toEqual([['amount', '10个亿', 1000000000, null, 'CNY', null]]);
  });
});

describe('held-out: idioms and slogans counted in Chinese numerals', () => {
  const counts = (s: string) => of(s, 'count').map((r) => r[1]);
  it('两条腿走路, 两张皮, 三座大山, 三个“不动摇”, 两个“翻番” are not counts', () => {
    expect(counts('坚持两条腿走路，防止两张皮，推翻三座大山，两只手都要硬。')).toEqual([]);
    expect(counts('坚持三个“不动摇”，实现两个“翻番”。')).toEqual([]);
    expect(counts('落实四个“最”、五个“一”的要求。')).toEqual([]);
  });
  it('a count of a quoted kind of thing stays (两个“国字号”平台, 3个“未来工厂”)', () => {
    expect(counts('新增两个“国字号”平台，擦亮三个“省字号”品牌。')).toEqual(['两个', '三个']);
    expect(counts('建成3个“未来工厂”，两条高速公路。')).toEqual(['3个', '两条']);
  });
});

describe('held-out: durations of the finance pages are not counts', () => {
  const counts = (s: string) => of(s, 'count').map((r) => r[1]);
  it('连续3个交易日, 10个自然日, 两个会计年度, 三个年度', () => {
    expect(counts('股价连续3个交易日涨停，10个自然日内完成，最近两个会计年度亏损，连续三个年度增长。')).toEqual([]);
    expect(counts('在此之前的两个交易日，公司股价大涨。')).toEqual([]);
  });
  it('still counts trading centres and annual projects', () => {
    expect(counts('新建3个交易中心，实施5个年产万吨项目。')).toEqual(['3个', '5个']);
  });
});

describe('held-out: counts that refer back are not figures (SPEC)', () => {
  const counts = (s: string) => of(s, 'count').map((r) => r[1]);
  it('这两家公司, 上述两项, 该3家企业', () => {
    expect(counts('法院综合考虑了这两家公司的历史渊源。')).toEqual([]);
    expect(counts('上述两项议案已获通过，该3家企业均已整改。')).toEqual([]);
  });
  it('a count after other words ending in the same characters still counts', () => {
    expect(counts('因此两家公司合并，规模以上2000家企业，应该3家企业参加。')).toEqual(['两家', '2000家', '3家']);
    expect(counts('签约青岛纳辉等四家企业，新增5家。')).toEqual(['四家', '5家']);
  });
});

describe('held-out: a refused range is refused whole', () => {
  const counts = (s: string) => of(s, 'count').map((r) => r[1]);
  it('上述1-4项, 第1-4项, 第三至五条, 前3-5名 give no count of their second end', () => {
    expect(counts('上述1-4项下案件相关的诉讼。')).toEqual([]);
    expect(counts('依照第1-4项规定，适用第三至五条。')).toEqual([]);
    expect(counts('进入全国前3-5名。')).toEqual([]);
  });
  it('a range that is a figure stays one record', () => {
    expect(of('新建3-5个项目，引进两三家企业。', 'count').map((r) => [r[1], r[2], r[3]])).toEqual([['3-5个', 3, 5], ['两三家', 2, 3]]);
  });
});

describe('held-out: a stray space before the percent sign', () => {
  it('增长 5 %, 增长５ ％, 3.2 ‰ are percents', () => {
    expect(of('同比增长 5 %，增长５ ％，出生率3.2 ‰。', 'percent').map((r) => [r[1], r[2]])).toEqual([['5 %', 5], ['５ ％', 5], ['3.2 ‰', 0.32]]);
  });
  it('a number before a space and other text is not', () => {
    expect(of('第 5 % 号文件', 'percent')).toEqual([]);
    expect(of('共有 5 个 % 符号', 'percent')).toEqual([]);
  });
});

describe('held-out: 约合 (about, converted)', () => {
  it('约合144亿美元 and 约合人民币12亿元 are about', () => {
    expect(rows('补缴130亿欧元(约合144亿美元)税款。').map((r) => [r[1], r[5]])).toEqual([['130亿欧元', null], ['144亿美元', 'about']]);
    expect(rows('总投资约合人民币12亿元。').map((r) => [r[1], r[5]])).toEqual([['人民币12亿元', 'about']]);
  });
  it('合 alone (合计, 合同) bounds nothing', () => {
    expect(rows('合计12亿元，合同金额5亿元。').map((r) => r[5])).toEqual([null, null]);
  });
});
