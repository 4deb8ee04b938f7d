/** Word lists for what a count counts (`item`). */

/** Head nouns of counted things: an item ends at the first of these. Longest first. */
export const ITEM_HEADS: readonly string[] = [
  '生产线', '项目', '企业', '工厂', '车间', '机构', '举措', '措施', '园区', '基地', '平台', '中心', '公司',
  '站', '场馆', '高校', '院校', '科研院所', '团队', '代表队', '項目', '企業', '工廠', '車間', '機構', '学校', '医院', '产业园', '基金', '合同', '专利', '产品', '门店', '网点', '商户', '集团',
];

/** Verbs and adverbs that end the noun after a measure word (`41个项目实现开工`). */
export const ITEM_STOP_WORDS: readonly string[] = [
  '实现', '正式', '落地', '现场', '签约', '顺利', '已', '将', '被', '在', '上榜', '入驻', '新设立', '参加',
  '报名', '进入', '成为', '完成', '开工', '投用', '投产', '建成', '获得', '获批', '通过', '达到', '达',
  '共', '合计', '进行', '开展', '参与', '入选', '投入', '获', '累计', '涵盖', '分别', '均', '都', '全部', '集中', '同比', '比', '增长', '下降', '占',
  '截至', '截止',
];

/** Verbs before a counted noun that are not part of it (`新增绿色工厂27家` → 绿色工厂). */
export const ITEM_LEAD_VERBS: readonly string[] = [
  '簽約', '新開工', '新开工', '新增', '新建', '实施', '签约', '引进', '引入', '拥有', '共有', '累计', '建成', '推动', '推进',
  '培育', '打造', '建设', '完成', '落地', '开工', '支持', '引导', '认定', '获批', '组织', '开展', '举办',
  '新设立', '设立', '招引', '储备', '谋划', '达到', '达', '有', '共', '其中', '包括', '共计', '合计', '已有',
  '推出', '推介', '收集', '签署', '选派', '取得',
];

/** Words that open a modifier before the counted noun (`12个涉及…重点项目`). */
export const ITEM_MODIFIER_MARKERS: readonly string[] = ['涉及', '包括', '涵盖', '覆盖', '围绕', '聚焦'];

/** When and where, opening the words before a count; not part of what is counted (年末全市常住人口). */
export const ITEM_SCOPE_WORDS: readonly string[] = [
  '全年', '年末', '年底', '年初', '全市', '全省', '全区', '全县', '我市', '我省', '我区', '我县', '本市', '本省',
];
