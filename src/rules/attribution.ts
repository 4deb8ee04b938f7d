/** Word lists for attribution: trend, basis, zones and regions. The words around an indicator are the clause model's (clause-words.ts). */

/** Words for the direction of a change. Longest first (下降 before 降). */
export const TREND_WORDS: ReadonlyArray<readonly [string, 'up' | 'down']> = [
  ['增长', 'up'], ['增产', 'up'], ['减产', 'down'], ['提高', 'up'], ['上升', 'up'], ['上涨', 'up'], ['增加', 'up'], ['新增', 'up'],
  ['提升', 'up'], ['增幅', 'up'], ['攀升', 'up'], ['高于', 'up'], ['扩大', 'up'],
  ['下降', 'down'], ['降低', 'down'], ['减少', 'down'], ['回落', 'down'], ['下滑', 'down'],
  ['低于', 'down'], ['下跌', 'down'], ['缩小', 'down'], ['收窄', 'down'], ['减', 'down'], ['降', 'down'],
  ['增', 'up'], ['涨', 'up'], ['跌', 'down'],
];
/** Nouns that contain a trend word but name a quantity: 工业增加值, 增速, 降水. */
export const TREND_LOOKALIKES: readonly string[] = ['增加值', '增长率', '增长点', '增长极', '下降率', '增速', '增值税', '增量', '降水', '增收', '降碳', '降本', '减排', '减税', '增效'];
/** After a trend word these make the number a level reached, not a change: 降至5%, 提高到8%. */
export const TO_LEVEL = ['至', '到'];

export const BASIS_WORDS: ReadonlyArray<readonly [string, 'yoy' | 'mom']> = [
  ['同比', 'yoy'], ['比上年同期', 'yoy'], ['较上年同期', 'yoy'], ['比去年同期', 'yoy'], ['较去年同期', 'yoy'],
  ['比上年', 'yoy'], ['较上年', 'yoy'], ['比去年', 'yoy'], ['较去年', 'yoy'], ['上年同期', 'yoy'], ['去年同期', 'yoy'],
  ['环比', 'mom'], ['比上月', 'mom'], ['较上月', 'mom'], ['比上季度', 'mom'], ['较上季度', 'mom'],
];

/** Suffixes that make a place name a zone: 重庆高新区, 苏州工业园区. */
export const ZONE_SUFFIXES: readonly string[] = [
  '高新技术产业开发区', '经济技术开发区', '自由贸易试验区', '高新技术开发区', '高新区', '经开区', '开发区', '新区',
  '自贸区', '自贸试验区', '综合保税区', '综保区', '保税区', '工业园区', '产业园区', '片区', '港区', '科学城',
];
/** Verbs after which a place named later in the clause is where the metric happens (落地重庆高新区). */
export const LOCATIVE_VERBS: readonly string[] = ['落地', '落户', '入驻', '位于', '落在', '建在', '布局', '在'];

/** Region-level words that stand for the document's own region of that level. */
export const WHOLE_REGION: ReadonlyArray<readonly [string, string]> = [['全省', '省'], ['全市', '市'], ['全区', '区'], ['全县', '县'], ['本市', '市'], ['本省', '省']];
