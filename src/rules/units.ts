/**
 * Units as data: what may follow (or precede) a number for it to be a metric, and the
 * look-alikes that make it something else. Longest entries first where one is a prefix of another.
 */

/** Currency words after the number → ISO 4217. */
export const CURRENCY_SUFFIX: ReadonlyArray<readonly [string, string]> = [
  ['元人民币', 'CNY'], ['元钱', 'CNY'], ['人民币', 'CNY'], ['块钱', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'],
  ['欧元', 'EUR'], ['歐元', 'EUR'], ['日元', 'JPY'], ['日圆', 'JPY'], ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['新台币', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'], ['台幣', 'TWD'],
  ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['澳元', 'AUD'], ['加元', 'CAD'], ['加币', 'CAD'],
  ['韩元', 'KRW'], ['韓元', 'KRW'], ['卢布', 'RUB'], ['瑞士法郎', 'CHF'], ['新加坡元', 'SGD'],
  ['新元', 'SGD'], ['泰铢', 'THB'], ['印度卢比', 'INR'], ['卢比', 'INR'], ['林吉特', 'MYR'],
  ['新西兰元', 'NZD'], ['越南盾', 'VND'],
  ['元', 'CNY'], ['圆', 'CNY'],
];

/** Characters after 元 that make it another word (元旦, 元素, 单元…), not yuan. */
export const YUAN_NOT_BEFORE = new Set(['旦', '素', '宵', '首', '件', '器', '宇', '年', '老', '帅', '气', '音', '代', '朝', '组', '谋']);

/** Currency marks before the number → ISO 4217. */
export const CURRENCY_PREFIX: ReadonlyArray<readonly [string, string]> = [
  ['人民币', 'CNY'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['¥', 'CNY'],
  ['US$', 'USD'], ['USD', 'USD'], ['美元', 'USD'], ['HK$', 'HKD'], ['HKD', 'HKD'], ['港币', 'HKD'],
  ['NT$', 'TWD'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'], ['$', 'USD'],
];

/** Measure words that make a count. Compound ones (人次) before their first character. */
export const MEASURE_WORDS: readonly string[] = [
  '人次', '家次', '户次', '架次', '辆次', '艘次', '个',
  '家', '项', '条', '座', '台', '辆', '栋', '幢', '所', '户', '人', '名', '位', '处', '件', '套', '批',
  '款', '艘', '架', '部', '间', '张', '份', '枚', '支', '宗', '笔', '种', '类', '场', '次', '只', '头', '株', '棵',
];

/** What after a measure word turns the count into a duration, a rank or a share (1个多月, 两位数). */
export const COUNT_NOT_BEFORE: readonly string[] = [
  '月', '多月', '小时', '多小时', '钟头', '星期', '多星期', '礼拜', '工作日', '季度', '年头', '半月', '半小时', '多世纪', '世纪',
  '百分点', '数', '以内的', '点', '公里', '千米', '英里',
];

/** Measure words whose count reads as an ordinal or an article when written with these numerals. */
export const PERCENT_SUFFIX: ReadonlyArray<readonly [string, 'pct' | 'permille' | 'pp' | 'tenth']> = [
  ['%', 'pct'], ['‰', 'permille'], ['个百分点', 'pp'], ['百分点', 'pp'],
];

/** Before a number: the fraction words that make it a percent. */
export const PERCENT_PREFIX: ReadonlyArray<readonly [string, number]> = [
  ['百分之', 0], ['千分之', -1], ['万分之', -2], ['萬分之', -2],
];

/** After 成 these make a verb or noun (成为, 成本…), not tenths. */
export const CHENG_NOT_BEFORE = new Set(['为', '功', '立', '本', '果', '员', '交', '熟', '长', '效', '绩', '型', '片', '都', '品', '套', '批', '就', '年', '人', '分', '色', '千', '百', '了', '型', '像']);

/** Words right before a number that bound it: the value is stated approximately. */
export const APPROX_BEFORE: ReadonlyArray<readonly [string, 'about' | 'over' | 'under' | 'at_least' | 'at_most']> = [
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['至少', 'at_least'],
  ['不超过', 'at_most'], ['不高于', 'at_most'], ['最高', 'at_most'], ['最多', 'at_most'], ['至多', 'at_most'],
  ['超过', 'over'], ['突破', 'over'], ['大约', 'about'], ['将近', 'under'], ['接近', 'under'],
  ['不到', 'under'], ['不足', 'under'], ['约', 'about'], ['近', 'under'], ['超', 'over'], ['逾', 'over'],
  ['上', 'over'], ['数', 'over'], ['几', 'over'], ['过', 'over'],
];
/** Words between an approx word and the number: 最高达500万元, 超过了, 约为. */
export const APPROX_GAP = ['达到', '达', '为', '了', '至'];

/** Words right after the unit that bound the value. */
export const APPROX_AFTER: ReadonlyArray<readonly [string, 'about' | 'over' | 'under' | 'at_least' | 'at_most']> = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'at_least'], ['及以上', 'at_least'], ['以下', 'at_most'],
  ['以内', 'at_most'], ['之内', 'at_most'], ['多', 'over'], ['余', 'over'],
];

/** Range connectors between two numbers. */
export const RANGE_CONNECTORS = ['-', '—', '–', '~', '〜', '～', '至', '到'];
