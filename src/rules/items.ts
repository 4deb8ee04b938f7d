/** Word lists for what a count counts (`item`); the verbs and function words are in clause-words.ts. */

/** Head nouns of counted things. Longest first. */
export const ITEM_HEADS: readonly string[] = [
  '生产线', '项目', '企业', '工厂', '车间', '机构', '举措', '措施', '园区', '基地', '平台', '中心', '公司',
  '站', '场馆', '高校', '院校', '科研院所', '团队', '代表队', '項目', '企業', '工廠', '車間', '機構', '学校', '医院', '产业园', '基金', '合同', '专利', '产品', '门店', '网点', '商户', '集团', '区域',
  '企业家', // a word of its own, not 企业 + 家 (近900位知名企业家出席)
];

/**
 * A head noun followed by one of its properties (`32个重点项目投资完成率`, `9所区管高校专项资金`):
 * what is counted is the head (重点项目), the rest is what a later figure measures.
 */
export const ITEM_MEASURE_ENDINGS: readonly string[] = [
  '率', '额', '量', '数', '值', '比重', '占比', '规模', '收入', '产值', '投资', '资金', '利润', '营收', '结余', '收益', '成本',
  '支出', '经费', '负债', '资产',
  // or what is done to it (1000所学校周边道路高峰交通拥堵治理)
  '治理', '整治', '改造', '建设', '提升', '升级',
];

/**
 * Properties of a counted thing that no head noun announces, cut when the noun after the count is
 * the subject of a figure or a predicate: `8个地方投资额超过1000亿元` → 地方; `17个重点传统制造业增加值
 * 增长5.3%` → 重点传统制造业; `推进7处幸福河湖建设` stays (no figure after it) unless one follows. Longest first.
 */
export const ITEM_PROPERTIES: readonly string[] = [
  '营业收入', '增加值', '投资额', '销售额', '总投资', '产值', '营收', '收入', '利润', '投资', '规模', '总额', '金额', '产量',
  '总数', '数量', '个数',
];

/** What is done to counted things, ending the noun after a count: `推进7处幸福河湖建设` → 幸福河湖, `12个老旧小区改造` → 老旧小区. */
export const ITEM_ACTIONS: readonly string[] = ['建设', '改造', '治理', '整治', '提升', '升级', '创建'];

/** How many of a thing, ending the words before a count: `国家先进制造业集群总数达8个` → 国家先进制造业集群. */
export const ITEM_COUNT_ENDINGS: readonly string[] = ['总数', '数量', '个数'];

/** The second character of a two-character unit, left alone after the count: 10万场次, 59.16万台套, 10架份. */
export const UNIT_TAILS: readonly string[] = ['次', '套', '份'];

/** Verbs that open the words before a count but are not what is counted (建设未来工厂20家 → 未来工厂). */
export const ITEM_LEAD_VERBS: readonly string[] = [
  '启动建设', '布局建设', '开工改造', '建设', '布局', '启动', '新建', '改建', '扩建', '改造', '盘活',
  '更新', // 更新住宅老旧电梯1.8万台 → 住宅老旧电梯
];

/**
 * Verbs whose subject is what is counted (省新旧动能转换基金累计设立134只, 项目落地12个): with
 * nothing after them, the words before them name the item.
 */
export const ITEM_SUBJECT_VERBS: readonly string[] = [
  '设立', '新设立', '成立', '建成', '组建', '认定', '获批', '落地', '落户', '入驻', '开工', '投产', '竣工', '上榜', '入选',
  '开复工', '复工', // 农村公路通畅项目已开复工165个
];

/** Words that open a modifier before the counted noun (`12个涉及…重点项目`). */
export const ITEM_MODIFIER_MARKERS: readonly string[] = ['涉及', '包括', '涵盖', '覆盖', '围绕', '聚焦'];

/** When and where, opening the words before a count; not part of what is counted (年末全市常住人口). */
export const ITEM_SCOPE_WORDS: readonly string[] = [
  '全年', '年末', '年底', '年初', '全市', '全省', '全区', '全县', '我市', '我省', '我区', '我县', '本市', '本省',
  '我国', // 我国新能源汽车产销分别完成了378.8万辆和374.4万辆 (全国 stays: 全国重点实验室)
];

/**
 * Nouns that name people, for counts of people (人 名 位 人次) followed by their noun: the last one
 * ends what is counted when a predicate follows it (`520名高校毕业生来津留津就业创业` → 高校毕业生,
 * `4名员工违规放贷` → 员工), and one after 的 is what is counted (`12名华兴科技的股东` → 股东). Found on
 * held-out news and announcements (a third pass).
 */
export const PERSON_HEADS: readonly string[] = [
  '毕业生', '大学生', '学生', '员工', '职工', '工人', '农民工', '股东', '人员', '干部', '人才', '教师', '医生', '医护人员',
  '专家学者', '学者', '专家', '院士', '志愿者', '党员', '居民', '村民', '群众', '农民', '农户', '儿童', '子女', '老人', '游客', '旅客',
  '患者', '运动员', '选手', '嫌疑人', '被告人', '投资者', '职员', '高管', '董事', '监事', '律师',
];
