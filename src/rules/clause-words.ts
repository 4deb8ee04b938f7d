/**
 * The words the clause model knows (src/attribute/clause.ts), by the part of a clause they
 * play. Everything not listed is content: the words that name what is measured or counted.
 * Words are matched whole and longest first, left to right, so a listed noun that contains a
 * verb or trend character (增加值, 在校生, 减轻, 增持, 公共) is read as one content word and is
 * never cut in half.
 *
 * Hand lists, written on the gold texts and analyst cases of issue 11 and on SPEC "Attribution,
 * precisely". Each class carries examples (a sentence, the mention's text and the expected
 * indicator or item); test/clause.test.ts runs every one of them through `extract`.
 */

/** The part a listed word plays in a clause. */
export enum Role {
  /** A whole word of the measured thing (a noun that contains a verb or trend character). */
  Noun = 1,
  /** Reporting, reaching and holding verbs: left out, the words on both sides joined (一产实现增加值 → 一产增加值). */
  Reach,
  /** Verbs whose object is what is measured: the words before them are not (推介重大项目总投资 → 重大项目总投资). */
  Action,
  /** Verbs that take their object after the number when they end the words before it (投入5亿元专项资金); otherwise content (研发投入强度). */
  ObjectVerb,
  /** Change words: they end the subject; a noun right after one is its object (降低成本 → 成本). */
  Trend,
  /** Basis words: left out. */
  Basis,
  /** Bounds (约 超过 不少于 以上): left out. */
  Bound,
  /** Adverbs: left out, unless a content word follows (细颗粒物年均浓度 keeps 年均). */
  Adverb,
  /** Words that open a clause (其中 该 全市 初步核算): left out at the head. */
  Head,
  /** Words after which the subject starts anew (：  将 拟以 后 截至 等). */
  Cut,
  /** Time words inside a clause (同期 季度 开盘): left out; a time phrase ends there. */
  Time,
  /** 比 / 较: the comparison base that follows is left out (比同期 比全国平均水平). */
  Compare,
  /** 相比 closes 与…相比: the base back to 与 is left out. */
  CompareClose,
  /** Connectors (和 及 与 、): kept inside a subject, trimmed at its ends; they end a noun after a number. */
  Conj,
}

/** One sentence the rules of a class must read right: the mention `text` in `input`. */
export interface ClauseExample {
  input: string;
  text: string;
  /** The expected indicator (null: none), for percents and amounts. */
  indicator?: string | null;
  /** The expected item, for counts. */
  item?: string;
}

export interface WordClass {
  role: Role;
  /** What the class is for, in a few words. */
  doc: string;
  words: readonly string[];
  examples: readonly ClauseExample[];
}

export const CLAUSE_WORDS: readonly WordClass[] = [
  {
    role: Role.Noun,
    doc: 'whole words that contain a verb, trend, bound or function character',
    words: [
      '增加值', '增长率', '增长点', '增长极', '增长速度', '下降率', '增速', '增幅', '涨幅', '跌幅', '降幅', '增值税', '增量', '降水',
      '增收', '降碳', '降本', '减排', '减税', '增效', '增持', '减持', '定增', '增资', '减资', '减轻', '减免', '减负', '涨价', '降价',
      '经济增长', '增长贡献', '升级',
      '在校生', '在读', '在建', '在岗', '在册', '在线', '在库', '在园', '在孵', '现在', '存在', '所在',
      '完成率', '完成额', '完成值', '实现率', '达标', '达产', '达标率', '发达', '到达', '表达', '到位率', '到位资金',
      '占比', '比重', '比例', '比率', '比值', '对比', '评比', '比赛', '比较', '无比',
      '人均', '户均', '平均', '亩均', '日均', '月均', '均值', '均价', '均衡',
      '全市性', '全省性', '全国性', '全区性', '全县性', '全市场', '全国人大', '全社会', '全口径', '全员', '全部门', '全行业',
      '公共', '共享', '共建', '中共', '共青团', '总共', '一共',
      '行为', '认为', '为主', '一等', '二等', '三等', '特等', '优等', '头等',
      '有限', '有效', '有关', '有机', '国有', '所有', '自有', '含有', '占有', '享有', '特有', '固有', '原有', '有色', '有线', '没有', '拥有量', '保有量',
      '以上级', '可以', '所以', '予以', '加以', '难以', '以后',
      '后续', '最后', '之后', '然后', '随后', '此后', '今后', '后期', '前后', '落后', '背后', '后台', '善后', '先后', '后劲',
      '超市', '超级', '超高', '超声', '超充', '超导', '超算', '超长期', '中长期', '超大', '近期', '近日', '近年', '临近',
      '其他', '其余', '尤其', '将来', '即将', '本金', '资本', '成本', '本地', '本土', '本外币', '本币',
      '再生', '再就业', '再贷款', '再保险', '再融资',
      // found by scripts/audit-clause-words.mjs in jieba's dictionary (nouns the lists would cut)
      '发布会', '发布厅', '吸引力', '购买力', '推动力', '约束力', '亲和力', '性价比', '价格比', '比价', '性别比', '发行量',
      '捕获量', '超额', '普及率', '借款人', '贷款人', '补助金', '跌价', '压缩机', '组织部', '连续性', '持续性', '稳定性',
      '可行性', '可能性', '可靠性', '突破性', '数据', '数据库', '有力', '有序', '有权', '直升机', '升学率', '与会者',
      '全国总工会', '全国政协', '中国共产党', '共产党', '计划数', '等量', '向量', '基本法', '证据', '票据', '后果', '后勤',
      '后备', '后市', '共识', '流向', '投向', '动向', '被告', '最高峰', '人为', '为数', '计划经济', '党组织',
      '开盘价', '收盘价', '收盘点位', '计划生育', '以来', '等级', '平等', '同等', '中等', '高等', '初等', '等于', '等值',
      '方向', '导向', '取向', '意向', '走向', '转向', '倾向', '使用', '使命', '大使', '即使', '让利', '出让', '转让金', '实有', '在职', '在编',
      '基本医疗', '基本养老', '基本公共', '基本农田', '基本工资', '基本面',
      '显示屏', '显示器', '显示面板', '了解', '获奖', '等价', '等额', '等同', '等待', '举办者', '举办方', '主办方', '承办方', '受理费', '募集资金', '外向型', '较为', '较大', '较高', '较多', '较少', '较好', '比如', '可支配', '可再生', '可比', '就业',
      '成就', '还款', '还贷', '首都', '都市', '都会', '成都', '受到', '做到', '到期', '到账', '到岗', '上下游',
      '增值', '降雨', '减速', '递增', '递减', '增设', '增补', '和平', '和谐', '和美', '共和', '极其', '集中式', '集中度', '公有', '私有', '在手', '比亚迪', '正向', '负向', '双向', '定向', '未成年', '未来', '未分配', '合并', '并购', '并表', '通过率',
      '报价', '影响力', '贡献率', '贡献度', '解决率', '新开工', '新開工', '覆盖率', '覆盖面', '实施率', '投放量', '以旧换新',
      '还本', '之比', '帮扶性', '近亲属', '到位', '签约额', '签约金额', '以工代赈', '建设',
      // found on held-out text (a work report, news items, finance announcements): 减 共 以 支付 赔偿 cut them
      '减值', '共济', '以色列', '支付宝', '赔偿金', '赔偿款', '补偿金', '补偿款', '判决书', '判决结果',
      '被执行人', '被申请人', '被上诉人', '被告人', // 被 is an adverb elsewhere
      '被害', '被投资', '被保险', '被担保', '被许可', '被审计', // 被害单位, 被投资单位 …
      '逾期', // 逾 is a bound elsewhere (逾百亿元): 1.3亿元贷款逾期未还
      '侵权赔偿', '损害赔偿', '经济赔偿', // 赔偿 is a payment verb elsewhere: 14.4亿元商标侵权赔偿
      '推介会', '签约会', '签约仪式', // 推介 签约 are action verbs elsewhere: 召开工业园区专场推介会等7次
      '华为', // 为 is a reaching verb elsewhere (like 比亚迪 above)
      // found on held-out announcements (a third pass): 申请 转让 are action verbs elsewhere
      '申请人', '申请书', '申请额', '转让款', '转让价款', '转让价格', '转让费',
      '可转换公司债券', '可转换债券', '可转债', '可交换债券', // 可 is an adverb elsewhere
    ],
    examples: [
      { input: '减轻税费负担超4900亿元。', text: '4900亿元', indicator: '减轻税费负担' },
      { input: '增持市值为4.88亿元。', text: '4.88亿元', indicator: '增持市值' },
      { input: '规模以上工业增加值增长6.1%。', text: '6.1%', indicator: '规模以上工业增加值' },
      { input: '全市性督查检查考核事项精简两成。', text: '两成', indicator: '全市性督查检查考核事项' },
      { input: '公共财政预算收入完成58.2亿元。', text: '58.2亿元', indicator: '公共财政预算收入' },
      { input: '在校生30.1万人。', text: '30.1万人', item: '在校生' },
      { input: '三大产业对经济增长贡献超五成。', text: '五成', indicator: '三大产业对经济增长贡献' },
      { input: '公司巧妙规避了4.83亿元商誉减值。', text: '4.83亿元', indicator: '商誉减值' },
      { input: '金融资产减值损失及其他非经营性亏损693.7亿元。', text: '693.7亿元', indicator: '金融资产减值损失及其他非经营性亏损' },
      { input: '职工医保个人账户家庭共济改革惠及616.2万名近亲属、共济金额69.1亿元。', text: '69.1亿元', indicator: '共济金额' },
      { input: '组织召开工业园区专场推介会等7次。', text: '7次', item: '工业园区专场推介会' },
      { input: '信威拟以2.85亿美元收购以色列通信卫星运营商。', text: '2.85亿美元', indicator: '以色列通信卫星运营商' },
      { input: '华为营收增长9.6%。', text: '9.6%', indicator: '华为营收' },
      { input: '公司应于本判决生效之日起十日内支付赔偿金122400元。', text: '122400元', indicator: '赔偿金' },
      { input: '被申请人立即向申请人支付借款利息95万元。', text: '95万元', indicator: '借款利息' },
    ],
  },
  {
    role: Role.Reach,
    doc: 'reporting, reaching and holding verbs',
    words: [
      '实现', '完成', '达到了', '达到', '达', '高达', '多达', '为', '是', '有', '录得', '报收', '收于',
      '控制在', '保持在', '维持在', '稳定在', '保持', '维持', '跨越', '迈上', '跃上', '站上', '稳定', '处于', '在', '突破', '共有', '已有', '拥有', '具有', '涉及',
      '保持着', // 海南高新技术企业保持着40%以上的增速
      '主要为', '主要是', // 主要为泵车同比增长132.20% (主要产品产量 keeps its 主要)
    ],
    examples: [
      { input: '全市城镇调查失业率控制在5.5%左右。', text: '5.5%', indicator: '城镇调查失业率' },
      { input: '该行业毛利率维持在百分之6。', text: '百分之6', indicator: '行业毛利率' },
      { input: '设施农业实现增加值7.2亿元，同比增长0.2%。', text: '7.2亿元', indicator: '设施农业增加值' },
      { input: '设施农业实现增加值7.2亿元，同比增长0.2%。', text: '0.2%', indicator: '设施农业增加值' },
      { input: '限额以上单位实现零售额67.9亿元，下降2.2%。', text: '67.9亿元', indicator: '限额以上单位零售额' },
      { input: '定增发行价格为88.39元。', text: '88.39元', indicator: '定增发行价格' },
      { input: '就业困难人员实现就业0.8万人。', text: '0.8万人', item: '就业困难人员就业' },
      { input: '黄金最近一直在1800美元附近徘徊。', text: '1800美元', indicator: '黄金' },
      { input: '高新技术企业保持着40%以上的增速。', text: '40%', indicator: '高新技术企业' },
      { input: '吉林9类设备平均工作量同比增长，主要为泵车同比增长132.20%。', text: '132.20%', indicator: '泵车' },
      { input: '主要产品产量增长5%。', text: '5%', indicator: '主要产品产量' },
    ],
  },
  {
    role: Role.Action,
    doc: 'verbs whose object (before or after the number) is what is measured',
    words: [
      '开展', '提供', '投放', '覆盖', '推介', '纳入', '收购', '设立', '新设立', '拨付', '安排', '争取', '发放', '下达', '筹集',
      '募集', '撬动', '吸引', '捐赠',
      '落实', '引进', '引入', '招引', '签约', '簽約', '签署', '举办', '审议', '影响', '实施',
      '新建', '建成', '推出', '出售', '转让', '购买', '认购', '获得', '取得', '获批', '获', '支持',
      '培育', '打造', '形成', '建立', '组织', '开通', '节约', '节省', '缴纳', '偿还', '兑付', '发布', '出台',
      '谋划', '认定', '推动', '推进', '引导', '选派', '收集', '投用', '投产', '竣工',
      '落地', '落户', '入驻', '上榜', '入选', '参加', '参与', '进入', '成为', '报名', '涵盖', '办理', '设置', '提请',
      '打通', '解决', '接受', '开工', '出席', '进行', '举行', '参会', '参展', '亮相', '未经', '交付',
      '虚报', '多报', '瞒报', '惠及', '受理', '检修', '荣获', '加盟', '主办', '承办', '聚焦', '扎根', '达成', '召开', '让', '使', '作为', '开复工', '复工', '签订',
      '孕育', '培养', '体现', '申报', '持有', '组建', '牵头组建', '印发', '申请', '开行', '服务于', '用于', '带来', '吸纳', '带动就业',
      // payments a court orders or a party claims (判决X支付/偿付/给付/返还…): what is paid is measured
      '支付', '偿付', '给付', '归还', '返还', '退还', '赔偿', '补缴', '并处', '判处', '花费', '剔除',
      '收到', '得到', // 在收到6,300万元款项之日起: what is received
      '产生', // 预计上市公司每年将产生利息费用2.63亿元
      // verbs before what a count counts (found on a work report and news items)
      '创建', '入围', '协办', '记录', '出具', '发现', '化解', '遴选', '明确', '制定', '制修订', '修订', '策划', '吸收', '支撑',
      // found on held-out news (a second pass): what is brought about, borne, paid back or given is measured
      '促成', '承担', '退赔', '撤销', // not 援助: a noun too (对口援助地区)
    ],
    examples: [
      { input: '面向民间资本推介重大项目总投资约2350亿元。', text: '2350亿元', indicator: '重大项目总投资' },
      { input: '人民银行开展7000亿元中期借贷便利操作。', text: '7000亿元', indicator: '中期借贷便利操作' },
      { input: '人民银行开展7000亿元中期借贷便利操作和1000亿元公开市场逆回购操作。', text: '1000亿元', indicator: '公开市场逆回购操作' },
      { input: '三级公立医院提前两周向基层投放50%以上号源。', text: '50%', indicator: '号源' },
      { input: '养老助餐点覆盖九成以上城乡社区。', text: '九成', indicator: '城乡社区' },
      { input: '原材料涨价影响净利润约240万元。', text: '240万元', indicator: '净利润' },
      { input: '陕西省设立40亿元汽车专项资金，出台政策措施。', text: '40亿元', indicator: '汽车专项资金' },
      { input: '今年争取5亿元中央预算内投资。', text: '5亿元', indicator: '中央预算内投资' },
      { input: '争取中央预算内投资237亿元。', text: '237亿元', indicator: '中央预算内投资' },
      { input: '新型政策性金融工具投放金额889.2亿元。', text: '889.2亿元', indicator: '新型政策性金融工具投放金额' },
      { input: '美丽乡村覆盖率达73%。', text: '73%', indicator: '美丽乡村覆盖率' },
      { input: '中心城区新增机动车停车位5万余个。', text: '5万余个', item: '机动车停车位' },
      { input: '提请市人大常委会审议地方性法规9项。', text: '9项', item: '地方性法规' },
      { input: '为380个老旧小区引入物业服务。', text: '380个', item: '老旧小区' },
      { input: '判决公司支付利息155.31万元。', text: '155.31万元', indicator: '利息' },
      { input: '若冠福股份在2019年9月30日前足额支付6,300万元本金。', text: '6,300万元', indicator: '本金' },
      { input: '被告应于判决生效之日起十日内偿付律师费损失1160530元。', text: '1160530元', indicator: '律师费损失' },
      { input: '被告人倪某犯违法发放贷款罪，并处罚金人民币30万元。', text: '人民币30万元', indicator: '罚金' },
      { input: '分别判处罚金人民币400万元。', text: '人民币400万元', indicator: '罚金' },
      { input: '剔除合约负债7210.2亿元后为17163.9亿元。', text: '7210.2亿元', indicator: '合约负债' },
      { input: '同时在收到6,300万元款项之日起十个工作日内申请撤销。', text: '6,300万元', indicator: '款项' },
      { input: '预计上市公司每年将产生利息费用2.63亿元。', text: '2.63亿元', indicator: '利息费用' },
      { input: '成功创建国家级制造业中试平台3家。', text: '3家', item: '国家级制造业中试平台' },
      { input: '最终20个项目入围决赛。', text: '20个', item: '项目' },
      { input: '各地20多家单位协办。', text: '20多家', item: '单位' },
      { input: '共记录生物物种1.36万种。', text: '1.36万种', item: '生物物种' },
      { input: '出具检验检测报告1.1546亿份。', text: '1.1546亿份', item: '检验检测报告' },
      { input: '发现矿产64种。', text: '64种', item: '矿产' },
      { input: '累计化解各类矛盾纠纷1655万件。', text: '1655万件', item: '各类矛盾纠纷' },
      { input: '各地围绕高端装备等44个领域遴选260家重点企业。', text: '44个', item: '领域' },
      { input: '相关专项规划明确重点项目593个。', text: '593个', item: '重点项目' },
      { input: '累计主导或参与制修订国际标准84项、制定地方标准2200项。', text: '84项', item: '国际标准' },
      { input: '累计主导或参与制修订国际标准84项、制定地方标准2200项。', text: '2200项', item: '地方标准' },
      { input: '此次联合申报方案共策划项目47个。', text: '47个', item: '项目' },
      { input: '各在建项目吸收大学生就业103人。', text: '103人', item: '大学生就业' },
      { input: '九大工业主导产业实现全面增长，支撑制造业增长8.1%。', text: '8.1%', indicator: '制造业' },
      { input: '征信平台“天府信用通”促成在线融资2415亿元。', text: '2415亿元', indicator: '在线融资' },
      { input: '上海高院判决胡某本人对本金损失承担60%的责任。', text: '60%', indicator: '责任' },
      { input: '两家公司分别退赔青岛农商行2857.89万元和2037.62万元。', text: '2037.62万元', indicator: '退赔' },
      { input: '两家公司分别退赔青岛农商行2857.89万元和2037.62万元。', text: '2857.89万元', indicator: '退赔' },
      // a payment with nothing named to pay is the payment (not who pays: 被执行人应)
      { input: '被执行人应支付43万余元。', text: '43万余元', indicator: '支付' },
      { input: '今年7月1日，最高院裁定撤销14.4亿元商标侵权赔偿的一审判决。', text: '14.4亿元', indicator: '商标侵权赔偿' },
      { input: '判决西南公司赔偿岚山中行经济损失1545710.52美元。', text: '1545710.52美元', indicator: '经济损失' },
      { input: '判令被告偿还中国信达资产管理股份有限公司浙江省分公司借款7974.33万元。', text: '7974.33万元', indicator: '借款' },
      { input: '判决被告向原告支付5万元。', text: '5万元', indicator: '支付' },
      // look-alikes: what is paid, named before or after, stays
      { input: '判决公司支付货款5万元。', text: '5万元', indicator: '货款' },
      { input: '判决公司支付山东泰和水处理科技股份有限公司货款5万元。', text: '5万元', indicator: '货款' },
      // a note right after the number (约合…) does not hide the thing after it
      { input: '该裁决要求苹果向爱尔兰补缴130亿欧元(约合144亿美元)税款。', text: '130亿欧元', indicator: '税款' },
      { input: '公司支付5万元（含税）服务费。', text: '5万元', indicator: '服务费' },
    ],
  },
  {
    role: Role.ObjectVerb,
    doc: 'nouns that are verbs too: a verb (object after the number) only when they end the words before it',
    words: [
      '投入', '发行', '回购', '贷款', '借款', '补贴', '奖励', '补助', '增发', '出资', '捐款',
      '公开发行', '非公开发行', '定向发行', // 公司拟公开发行不超过18亿元可转换公司债券 (held-out news)
      '储备', // 外汇储备超过3.2万亿美元 is a stock of reserves (new-user trial, a work report); 储备5亿元资金 a verb
    ],
    examples: [
      { input: '今年投入5亿元专项资金。', text: '5亿元', indicator: '专项资金' },
      { input: '贷款市场报价利率下调0.05个百分点。', text: '0.05个百分点', indicator: '贷款市场报价利率' },
      { input: '研发投入强度达到3.3%。', text: '3.3%', indicator: '研发投入强度' },
      { input: '公司拟公开发行不超过18亿元可转换公司债券，用于收购。', text: '18亿元', indicator: '可转换公司债券' },
      { input: '公司拟非公开发行5亿元公司债券。', text: '5亿元', indicator: '公司债券' },
      { input: '公开发行规模不超过10亿元。', text: '10亿元', indicator: '公开发行规模' },
      { input: '外汇储备超过3.2万亿美元。', text: '3.2万亿美元', indicator: '外汇储备' },
      { input: '年末外汇储备规模为32000亿美元。', text: '32000亿美元', indicator: '外汇储备规模' },
      { input: '储备资金30亿元。', text: '30亿元', indicator: '储备资金' },
      { input: '今年储备5亿元应急资金。', text: '5亿元', indicator: '应急资金' },
    ],
  },
  {
    role: Role.Trend,
    doc: 'change words (trend itself is read in trend.ts; here they only end the subject)',
    words: [
      '增长', '增产', '减产', '提高', '上升', '上涨', '增加', '新增', '提升', '攀升', '扩大', '下降', '降低', '减少', '回落', '下滑',
      '下跌', '缩小', '收窄', '下调', '上调', '调降', '调增', '回升', '放缓', '加快', '回暖', '反弹', '走低', '走高', '翻番', '翻倍',
      '翻一番', '扩张', '精简', '压减', '压降', '压缩', '削减', '跃升', '增', '减', '降', '涨', '跌', '升', '高于', '低于',
      '快于', '慢于', // 制造业增长8.1%，快于规上工业0.9个百分点
      '加速', '微跌', '微涨', // 工业投资加速扩张，同比增长22.2%; 美的置业微跌1.05%
      '前进', '后退', '前移', '后移', // a rank moved (较去年年底前进2位，同比增长1.4%): no subject of its own
    ],
    examples: [
      { input: '贷款市场报价利率下调0.05个百分点。', text: '0.05个百分点', indicator: '贷款市场报价利率' },
      { input: '全市规上工业利润回升5.2%，最低工资标准上调8%。', text: '8%', indicator: '最低工资标准' },
      { input: '创指翻绿后跌幅迅速扩大至1%。', text: '1%', indicator: '跌幅' },
      { input: '每小时可降低成本约480元。', text: '480元', indicator: '成本' },
      // (points after a growth rate measure that rate: 制造业增速, as the gold's 地区生产总值增速)
      { input: '制造业增长8.1%，快于规上工业0.9个百分点。', text: '0.9个百分点', indicator: '制造业增速' },
      { input: '工业投资加速扩张，同比增长22.2%。', text: '22.2%', indicator: '工业投资' },
      { input: '全省进出口总值3883.4亿元，列全国第10位，较去年年底前进2位，同比增长1.4%。', text: '1.4%', indicator: '进出口总值' },
    ],
  },
  {
    role: Role.Basis,
    doc: 'what a change is measured against',
    words: [
      '同比', '环比', '比上年同期', '较上年同期', '比去年同期', '较去年同期', '比上年', '较上年', '比去年', '较去年', '上年同期',
      '去年同期', '比上月', '较上月', '比上季度', '较上季度', '比上年末', '较上年末', '比年初', '较年初', '比上届', '较上届',
      '与上年同期相比', '与去年同期相比', '与上年相比', '与去年相比', '与同期相比', '比同期', '较同期',
    ],
    examples: [
      { input: '销售额与上年同期相比增长15%。', text: '15%', indicator: '销售额' },
      { input: '住户存款比年初增加640.8亿元。', text: '640.8亿元', indicator: '住户存款' },
    ],
  },
  {
    role: Role.Bound,
    doc: 'bounds before or after a number',
    words: [
      '约', '大约', '约为', '超过', '超', '近', '将近', '接近', '逾', '不到', '不足', '最高', '最多', '至少', '不少于', '不超过',
      '不低于', '不高于', '小于', '大于', '少于', '多于', '以上', '以下', '以内', '之内', '左右', '上下', '附近', '至', '到',
      // currency signs stand with the number, not the words (约 ¥ 240 万元)
      '¥', '￥', '$', '€', '£',
      '过', // 签约项目中，过50亿元1个 (not inside 通过 超过 经过, listed whole)
      '约合', // 130亿欧元（约合144亿美元）
    ],
    examples: [
      { input: '单笔贷款额度小于40万元。', text: '40万元', indicator: '单笔贷款额度' },
      { input: '原材料涨价影响净利润约￥240万元。', text: '￥240万元', indicator: '净利润' },
      { input: '项目投资额过50亿元。', text: '50亿元', indicator: '项目投资额' },
      { input: '规模以上工业增加值增长0.2%。', text: '0.2%', indicator: '规模以上工业增加值' },
    ],
  },
  {
    role: Role.Adverb,
    doc: 'adverbs and auxiliaries',
    words: [
      '分别', '均', '都', '共', '共计', '合计', '总计', '累计', '也', '还', '又', '再', '仍', '仍然', '依然', '已', '已经', '了',
      '仅', '只', '就', '可', '首次', '迅速', '显著', '持续', '连续', '继续', '集中', '共同', '长期', '及时', '先行', '进一步', '稳步', '大幅', '小幅', '明显', '一直', '最近',
      '正在', '基本', '甚至', '拟', '未', '被', '有所', '提前', '同步', '较快', '快速', '预计', '预期', '计划', '力争', '努力', '有望', '年均', '全部', '逐步', '初步', '相应',
      // found on held-out text: 终于以12.5亿美元…, 最终两人…, 一度…, 基础设施项目投资最大
      '终于', '最终', '一度', '最大', '最小', '正式', // 集团5家子公司战略合作框架协议正式签订
    ],
    examples: [
      { input: '全省生产总值年均增长5.9%。', text: '5.9%', indicator: '生产总值' },
      { input: '细颗粒物年均浓度27微克/立方米、下降11.5%。', text: '11.5%', indicator: '细颗粒物年均浓度' },
      { input: '这其中，基础设施项目投资最大，达到18.7亿元。', text: '18.7亿元', indicator: '基础设施项目投资' },
      { input: '池州市政府与中国南水北调集团5家子公司战略合作框架协议正式签订。', text: '5家', item: '子公司' },
    ],
  },
  {
    role: Role.Head,
    doc: 'words that open a clause',
    words: [
      '其中', '此外', '另外', '同时', '并', '而', '但', '且', '其', '该', '这些', '这', '此次', '本次', '我们', '目前', '当前', '现有',
      '据统计', '据', '初步核算', '经初步核算', '按可比价计算', '按可比口径计算', '全市', '全省', '全区', '全县', '全州', '全盟',
      '全国', '我市', '我省', '我区', '我县', '我国', '本市', '本省', '本区', '本县',
      '上述', '那些', '那', // demonstratives (SPEC): 东风汽车将上述48.3亿元…, 那十几亿美元
      '例如', '如', // 如投资额200亿元的星源材质…项目
    ],
    examples: [
      { input: '其中，流动人口38467万人。', text: '38467万人', item: '流动人口' },
      { input: '上述募集资金48.3亿元用于收购。', text: '48.3亿元', indicator: '募集资金' },
      { input: '一批龙头项目，如投资额200亿元的新能源材料产业基地项目。', text: '200亿元', indicator: '投资额' },
    ],
  },
  {
    role: Role.Cut,
    doc: 'the subject starts anew after these',
    words: [
      '：', ':', '将', '把', '拟以', '以', '斥资', '耗资', '作价', '截至', '截止', '后', '等', '通过', '随着', '面向', '向', '带动', '拉动',
      '的有', '显示', '表明', '指出', '表示', '介绍说', '介绍', '透露', '据悉', '来看', '看来', '根据', '包括', '包含',
      // a court's or a claimant's order: what is paid after it is measured, not the parties before
      '判决', '判令', '裁决', '责令', '裁定',
      '宣布', '公告称', // 老白干酒宣布以近14亿元的价格…收购: who announces is not what is measured
      '特别是', '尤其是', '经过', '中有', // 特别是工业投资, 600余支团队经过海选, 清单中有完工项目80个
    ],
    examples: [
      { input: '主要预期目标是：地区生产总值增长6%左右。', text: '6%', indicator: '地区生产总值' },
      { input: '公司拟以自有资金5亿元投资新项目。', text: '5亿元', indicator: '自有资金' },
      { input: '闻泰宣布斥资200亿元收购安世半导体公司。', text: '200亿元', indicator: '安世半导体公司' },
      { input: '公司以5.76亿元现金收购华瑞福裕。', text: '5.76亿元', indicator: '华瑞福裕' },
      { input: '理想汽车去年12月还作价6.5亿元收购了重庆力帆汽车有限公司。', text: '6.5亿元', indicator: '重庆力帆汽车有限公司' },
      { input: '宇华教育拟以14.92亿元的代价收购山东英才学院。', text: '14.92亿元', indicator: '山东英才学院' },
      { input: '分析师将奈飞目标价从750美元降至600美元。', text: '600美元', indicator: '奈飞目标价' },
      { input: '宛平城等20处重点区域环境面貌显著提升。', text: '20处', item: '重点区域' },
      { input: '南海工业投资领先，特别是工业投资，同比增长33.3%。', text: '33.3%', indicator: '工业投资' },
      { input: '全国600余支海归创业团队经过海选。', text: '600余支', item: '海归创业团队' },
      { input: '从建设批次看，清单中有完工项目80个。', text: '80个', item: '完工项目' },
    ],
  },
  {
    role: Role.Time,
    doc: 'time words inside a clause',
    words: ['同期', '当期', '本期', '上年', '去年', '当年', '当月', '当日', '今日', '季度', '财季', '上周', '本周', '上月', '本月', '开盘', '收盘', '盘中', '早盘', '尾盘', '午后', '此前', '最新', '全年', '年末', '年底', '年初', '上半年', '下半年', '今年', '去年',
      '明年', '一季度', '二季度', '三季度', '四季度', '前三季度', '每年', '如今',
      // found on held-out news: a year's end or start said with 底/末/初 (去年底 is not 去年 + 底负债总额), a 时候 clause
      '去年底', '今年底', '上年底', '去年末', '今年末', '去年初', '今年初', '的时候',
      '报告期内', '报告期'], // 华兴科技报告期毛利增加1,280万元
    examples: [
      { input: '地方工业增加值增长6.8%（2016年同期增速为0.5%）。', text: '0.5%', indicator: '地方工业增加值增速' },
      { input: '日经225指数开盘下跌1.33%。', text: '1.33%', indicator: '日经225指数' },
      { input: '每年设立3亿元人才发展专项资金。', text: '3亿元', indicator: '人才发展专项资金' },
      { input: '中国恒大连发三份财报：至去年底负债总额逾2.4万亿元。', text: '2.4万亿元', indicator: '负债总额' },
      { input: '恒大刚出事的时候负债还不到2万亿元。', text: '2万亿元', indicator: '负债' },
    ],
  },
  {
    role: Role.Compare,
    doc: 'the comparison base after 比 / 较',
    words: ['比', '较'],
    examples: [
      { input: '投资增速比上年放缓1.5个百分点。', text: '1.5个百分点', indicator: '投资增速' },
      { input: '单位能耗比全国平均水平低12%。', text: '12%', indicator: '单位能耗' },
    ],
  },
  { role: Role.CompareClose, doc: '与…相比', words: ['相比'], examples: [] },
  {
    role: Role.Conj,
    doc: 'connectors',
    words: ['和', '及', '与', '以及', '或', '、', '并且'],
    examples: [
      { input: '批发和零售业实现零售额265.5亿元。', text: '265.5亿元', indicator: '批发和零售业零售额' },
    ],
  },
];

/**
 * Adverbs that only ever stand before a verb (还 已 被 …), never inside a noun as 年均 or 长期 do.
 * Between two content runs they say that the words before them are who acts (a platform, a bank,
 * a person) and that the run after opens with a verb the lists do not hold: what is measured is
 * that verb's object, not the agent (`征信平台“天府信用通”还促成在线融资2415亿元` → 在线融资). A
 * signal for verbs no list names, found on held-out news; a run that opens with 占 对 比 向 (a
 * share, a partner, a base) is not a verb's object.
 */
export const VERB_ADVERBS: readonly string[] = [
  '还', '也', '又', '仍', '仍然', '依然', '已', '已经', '都', '就', '仅', '只', '被', '未', '一直', '正在', '甚至', '终于', '最终', '一度',
];

/** Sentences the verb-adverb signal must read right, and look-alikes it must leave alone. */
export const VERB_ADVERB_EXAMPLES: readonly ClauseExample[] = [
  { input: '四川省征信平台“天府信用通”还撮合在线融资2415亿元，同比增长209%。', text: '2415亿元', indicator: '在线融资' },
  { input: '四川省征信平台“天府信用通”还撮合在线融资2415亿元，同比增长209%。', text: '209%', indicator: '在线融资' },
  { input: '齐商银行邹平支行被骗取贷款4330万元。', text: '4330万元', indicator: '贷款' },
  { input: '扣除岚山中行已收回的488086.33美元款项后，判决西南公司赔偿。', text: '488086.33美元', indicator: '款项' },
  { input: '该平台已撮合交易额5亿元。', text: '5亿元', indicator: '交易额' },
  // a verb with no object is what is measured, not who acts
  { input: '该公司今年已募资5亿元。', text: '5亿元', indicator: '募资' },
  // 被 opens nouns (被害单位, 被投资单位): only a verb alone after it, its object a listed noun, is read as one
  { input: '被害单位经济损失上亿元。', text: '亿元', indicator: '被害单位经济损失' },
  { input: '被投资单位净利润增长12%。', text: '12%', indicator: '被投资单位净利润' },
  // look-alikes: an adverb that qualifies a noun stays (年均, 长期), a share after 占 stays, a listed verb reads as before
  { input: '细颗粒物年均浓度下降11.5%。', text: '11.5%', indicator: '细颗粒物年均浓度' },
  { input: '该公司也实现营业收入5亿元。', text: '5亿元', indicator: '营业收入' },
  { input: '高技术产业投资仍占全部投资的12%。', text: '12%', indicator: '高技术产业投资占全部投资' },
];

/** Growth rates named as nouns: alone they say how fast, not of what (SPEC: 地区生产总值增速, not 增速). */
export const RATE_NOUNS: readonly string[] = ['增速', '增幅', '涨幅', '跌幅', '降幅', '增长率', '增长速度'];

/** Nouns that end a share named after 占 (占规模以上工业比重): the share keeps them. */
export const SHARE_ENDINGS: readonly string[] = ['比重', '比例', '份额', '之比'];
