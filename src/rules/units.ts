/**
 * Units as data: what may follow (or precede) a number for it to be a metric, and the
 * look-alikes that make it something else. Longest entries first where one is a prefix of another.
 */

/** Currency words after the number → ISO 4217. */
export const CURRENCY_SUFFIX: ReadonlyArray<readonly [string, string]> = [
  ['元人民币', 'CNY'], ['元人民幣', 'CNY'], ['元钱', 'CNY'], ['人民币', 'CNY'], ['人民幣', 'CNY'], ['块钱', 'CNY'], ['塊錢', 'CNY'],
  ['美元', 'USD'], ['美圆', 'USD'], ['美金', 'USD'], ['美刀', 'USD'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'],
  ['欧元', 'EUR'], ['歐元', 'EUR'], ['日元', 'JPY'], ['日圆', 'JPY'], ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['新台币', 'TWD'], ['新台幣', 'TWD'], ['新臺幣', 'TWD'], ['台币', 'TWD'], ['台幣', 'TWD'], ['臺幣', 'TWD'],
  ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['澳元', 'AUD'], ['加元', 'CAD'], ['加币', 'CAD'],
  ['韩元', 'KRW'], ['韓元', 'KRW'], ['卢布', 'RUB'], ['瑞士法郎', 'CHF'], ['新加坡元', 'SGD'],
  ['新元', 'SGD'], ['泰铢', 'THB'], ['印度卢比', 'INR'], ['卢比', 'INR'], ['林吉特', 'MYR'],
  ['新西兰元', 'NZD'], ['越南盾', 'VND'], ['奈拉', 'NGN'], ['兰特', 'ZAR'], ['里拉', 'TRY'], ['比索', 'MXN'],
  ['元', 'CNY'], ['圆', 'CNY'],
];

/**
 * The colloquial dollar words: 块 (CNY) and the Cantonese 蚊 (HKD). Alone after a whole number
 * they are not money (两块 is "two pieces", 蚊 a mosquito); they are when the amount has a
 * decimal (3.04块) or goes on in 角/毛/分 (五块六, 三块四分).
 */
export const COLLOQUIAL_DOLLAR: ReadonlyArray<readonly [string, string]> = [['块', 'CNY'], ['塊', 'CNY'], ['蚊', 'HKD']];

/**
 * The small change after a dollar (五元三毛, 50元6角三分, 两美元又三美分): the word and its decimal
 * shift. Alone (三角 a triangle, 十分 "very", 30分 a score, 两毛 hair) they are never money.
 */
export const CHANGE_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['美分', -2], ['角', -1], ['毛', -1], ['毫', -1], ['分', -2], ['仙', -2],
];
/** Joining words between a dollar and its change: 两美元又三美分, 三块零四 (零: the tenths are empty). */
export const CHANGE_JOINERS = ['又', '零'];

/** Characters after 元 that make it another word (元旦, 元素, 单元…), not yuan. */
export const YUAN_NOT_BEFORE = new Set(['旦', '素', '宵', '首', '件', '器', '宇', '年', '老', '帅', '气', '音', '代', '朝', '组', '谋']);
/** Characters after 蚊 that make it the insect (蚊子, 蚊虫, 蚊香, 蚊帐). */
export const WEN_NOT_BEFORE = new Set(['子', '虫', '香', '帐', '帳', '蝇', '蠅']);
/** Characters after 块 that make it a piece or a block (块茎, 块状). */
export const KUAI_NOT_BEFORE = new Set(['茎', '状', '头', '儿']);

/** Currency marks before the number → ISO 4217. */
export const CURRENCY_PREFIX: ReadonlyArray<readonly [string, string]> = [
  ['人民币', 'CNY'], ['人民幣', 'CNY'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['¥', 'CNY'],
  ['US$', 'USD'], ['USD', 'USD'], ['美元', 'USD'], ['HK$', 'HKD'], ['HKD', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['港元', 'HKD'],
  ['新台币', 'TWD'], ['新台幣', 'TWD'], ['新臺幣', 'TWD'], ['台币', 'TWD'], ['臺幣', 'TWD'], ['台幣', 'TWD'],
  ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'],
  ['NT$', 'TWD'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'], ['$', 'USD'],
];

/** Measure words that make a count. Compound ones (人次) before their first character. */
export const MEASURE_WORDS: readonly string[] = [
  '人次', '家次', '户次', '架次', '辆次', '艘次', '个',
  '家', '项', '条', '座', '台', '辆', '栋', '幢', '所', '户', '人', '名', '位', '处', '件', '套', '批',
  '款', '艘', '架', '部', '间', '张', '份', '枚', '支', '宗', '笔', '种', '类', '场', '次', '只', '头', '株', '棵',
  // traditional forms (Taiwan, Hong Kong): 項目47個
  '個', '項', '條', '輛', '棟', '戶', '處', '間', '張', '筆', '種', '類', '場', '隻', '頭', '臺',
];

/** What after a measure word turns the count into a duration, a rank or a share (1个多月, 两位数). */
export const COUNT_NOT_BEFORE: readonly string[] = [
  '月', '多月', '小时', '多小时', '钟头', '星期', '多星期', '礼拜', '工作日', '季度', '年头', '半月', '半小时', '多世纪', '世纪',
  '百分点', '数', '以内的', '点', '公里', '千米', '英里',
  '小時', '多小時', '鐘頭', '百分點', '數', '點',
];

/** Measure words whose count reads as an ordinal or an article when written with these numerals. */
export const PERCENT_SUFFIX: ReadonlyArray<readonly [string, 'pct' | 'permille' | 'pp' | 'tenth']> = [
  ['%', 'pct'], ['‰', 'permille'], ['个百分点', 'pp'], ['個百分點', 'pp'], ['个百分點', 'pp'], ['個百分点', 'pp'],
  ['百分点', 'pp'], ['百分點', 'pp'],
];

/** Before a number: the fraction words that make it a percent. */
export const PERCENT_PREFIX: ReadonlyArray<readonly [string, number]> = [
  ['百万万分之', -8], ['百萬萬分之', -8], ['万万分之', -6], ['萬萬分之', -6], ['千万分之', -5], ['千萬分之', -5],
  ['百万分之', -4], ['百萬分之', -4], ['十万分之', -3], ['十萬分之', -3], ['亿分之', -6], ['億分之', -6],
  ['百分之', 0], ['佰分之', 0], ['千分之', -1], ['仟分之', -1], ['万分之', -2], ['萬分之', -2],
];

/** After 折 these make another word (折合 "converted to", 折旧 depreciation, 折叠 folding…), not a discount. */
export const ZHE_NOT_BEFORE = new Set(['合', '旧', '舊', '算', '叠', '疊', '线', '線', '射', '腾', '騰', '返', '现', '現', '中', '纸', '紙', '损', '損', '页', '頁', '痕', '服', '寿', '桂', '腰', '断', '斷', '扣', '价', '價', '成']);
/** Before the number, these make 折 part of an idiom (一波三折). */
export const ZHE_NOT_AFTER = new Set(['波', '曲']);

/** After 成 these make a verb or noun (成为, 成本…), not tenths. */
export const CHENG_NOT_BEFORE = new Set(['为', '功', '立', '本', '果', '员', '交', '熟', '长', '效', '绩', '型', '片', '都', '品', '套', '批', '就', '年', '人', '分', '色', '千', '百', '了', '型', '像', '不', '材', '活', '亲', '親', '全', '事', '名', '形', '因', '才', '熟']);

/** Words right before a number that bound it: the value is stated approximately. */
export const APPROX_BEFORE: ReadonlyArray<readonly [string, 'about' | 'over' | 'under' | 'at_least' | 'at_most']> = [
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['至少', 'at_least'],
  ['不超过', 'at_most'], ['不高于', 'at_most'], ['最高', 'at_most'], ['最多', 'at_most'], ['至多', 'at_most'],
  ['起码', 'at_least'], ['起碼', 'at_least'], ['最少', 'at_least'],
  ['超过', 'over'], ['突破', 'over'], ['大约', 'about'], ['将近', 'under'], ['接近', 'under'],
  ['不到', 'under'], ['不足', 'under'], ['约', 'about'], ['近', 'under'], ['超', 'over'], ['逾', 'over'],
  ['上', 'over'], ['数', 'over'], ['几', 'over'], ['过', 'over'],
];
/** Words between an approx word and the number: 最高达500万元, 超过了, 约为. */
export const APPROX_GAP = ['达到', '达', '为', '了', '至'];
/** Words that end in a bound word of APPROX_BEFORE but are not one: 签约 is "sign", not 约 "about". */
export const APPROX_LOOKALIKES: readonly string[] = [
  '签约', '簽約', '节约', '預約', '预约', '合约', '契约', '条约', '履约', '违约', '集约', '制约', '相约', '特约', '邀约',
  '公约', '解约', '续约',
];

/** Words right after the unit that bound the value. */
export const APPROX_AFTER: ReadonlyArray<readonly [string, 'about' | 'over' | 'under' | 'at_least' | 'at_most']> = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'at_least'], ['及以上', 'at_least'], ['以下', 'at_most'],
  ['以内', 'at_most'], ['之内', 'at_most'], ['多', 'over'], ['余', 'over'],
];

/** Range connectors between two numbers. */
export const RANGE_CONNECTORS = ['-', '—', '–', '~', '〜', '～', '至', '到'];

/** A measure word that is the first character of a word with the next one: 两部分, 所有, 位于. */
export const MEASURE_WORD_STARTS: Readonly<Record<string, string>> = {
  '部': '分门署件', '次': '产', '所': '有以在属得', '处': '理于在', '名': '义称单', '位': '于置列', '类': '似',
  '间': '隔', '种': '植子', '头': '部', '只': '有是要能', '场': '所景', '件': '事',
};

/** Set phrases of political language that are names, not counts (中央八项规定精神, 增强“四个意识”). */
export const SET_PHRASES: readonly string[] = [
  '八项规定', '四个意识', '四个自信', '两个维护', '两个确立', '三个代表', '四个全面', '五位一体', '两个毫不动摇',
  '三个务必', '两个大局', '四个革命',
];
