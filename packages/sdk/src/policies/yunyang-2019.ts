import { _definePolicy } from './_define.ts';

const TOWNSHIPS = ['各乡镇、街道'];
const TARGETS = ['dibao', 'tekun'] as const;

/** 云阳县加强城市特殊困难群众救助帮扶工作实施办法, 云阳府办发〔2019〕22号. */
export const yunyang2019 = _definePolicy({
  id: 'yunyang-2019',
  title: '云阳县加强城市特殊困难群众救助帮扶工作实施办法',
  shortName: { zh: '云阳县', en: 'Yunyang County' },
  docNumber: '云阳府办发〔2019〕22号',
  region: {
    province: { zh: '重庆市', en: 'Chongqing' },
    prefecture: { zh: '重庆市', en: 'Chongqing' },
    county: { zh: '云阳县', en: 'Yunyang County' },
  },
  issuers: ['云阳县人民政府办公室'],
  issued: '2019-02-28',
  issuedNote:
    'The date printed under the signature of the covering notice (“2019 年 2 月 28日”). Yunyang is a county directly under Chongqing municipality, so the prefecture level repeats the municipality. The document prints no effective date and no validity period: the covering notice only says “请遵照执行”, read as in force from issue.',
  effective: '现将《云阳县加强城市特殊困难群众救助帮扶工作实施办法》印发给你们，请遵照执行。',
  parents: [
    { docNumber: '渝府办发〔2018〕161号', title: '重庆市人民政府办公厅关于加强城市特殊困难群众救助帮扶工作的意见' },
    { docNumber: '云阳府办发〔2017〕87号', title: '云阳县人民政府办公室关于印发云阳县最低生活保障条件认定实施细则的通知' },
    { docNumber: '渝民〔2017〕88号', title: '重庆市民政局关于做好特困人员认定审批工作的通知' },
    { docNumber: '渝民发〔2016〕80号', title: '重庆市民政局关于印发〈重庆市最低生活保障申请审批规程〉和〈重庆市最低生活保障动态管理规范〉的通知' },
  ],
  groups: [
    { id: 'dibao', term: '城市低保对象', definition: '城市特殊困难群众包括城市低保对象、城市特困人员。', clause: '1.2' },
    { id: 'tekun', term: '城市特困人员', definition: '城市特殊困难群众包括城市低保对象、城市特困人员。', clause: '1.2' },
    {
      id: 'expenditure-hardship',
      term: '支出型困难群众',
      definition: '家庭成员因病或就学，申请前6个月家庭总收入扣减同期治疗自负费用或学费后，月人均收入低于低保标准，且家庭财产、消费支出符合相关规定的支出型困难群众',
      clause: '2.1.b',
    },
  ],
  clauses: [
    { id: 'notice', heading: '云阳县人民政府办公室关于印发云阳县加强城市特殊困难群众救助帮扶工作实施办法的通知' },
    { id: 'preamble' },
    { id: '1', heading: '总体要求' },
    { id: '1.1', heading: '指导思想' },
    { id: '1.2', heading: '救助帮扶对象' },
    { id: '1.3', heading: '救助帮扶目标' },
    { id: '2', heading: '加大政策救助力度' },
    { id: '2.1', heading: '加强最低生活保障', departments: ['县民政局', '县教委', '县财政局', '县卫生健康委', '县残联'], leadDepartment: '县民政局' },
    { id: '2.1.a' },
    { id: '2.1.b' },
    { id: '2.2', heading: '提升特困人员救助供养水平', departments: ['县民政局', '县财政局'], leadDepartment: '县民政局' },
    { id: '2.2.a' },
    { id: '2.2.b' },
    { id: '2.3', heading: '加强自然灾害救助', departments: ['县应急局', '县财政局', '县城管局', '县水利局', '县气象局'], leadDepartment: '县应急局' },
    { id: '2.4', heading: '强化基本医疗保障', departments: ['县卫生健康委', '县医保局', '县财政局'], leadDepartment: '县卫生健康委' },
    { id: '2.5', heading: '加大教育资助力度', departments: ['县教委', '县民政局', '县财政局'], leadDepartment: '县教委' },
    { id: '2.6', heading: '改善基本居住条件', departments: ['县住房城乡建委', '县民政局', '县财政局'], leadDepartment: '县住房城乡建委' },
    { id: '2.7', heading: '开展就业创业帮扶', departments: ['县人力社保局', '县民政局', '县财政局'], leadDepartment: '县人力社保局' },
    { id: '2.8', heading: '发挥临时救助作用', departments: ['县民政局', '县财政局'], leadDepartment: '县民政局' },
    { id: '2.8.a' },
    { id: '2.8.b' },
    { id: '2.8.c' },
    { id: '2.8.d' },
    { id: '3', heading: '动员社会力量积极帮扶' },
    { id: '3.1', heading: '建立帮扶平台', departments: TOWNSHIPS, leadDepartment: '各乡镇、街道' },
    { id: '3.2', heading: '培育帮扶主体', departments: TOWNSHIPS, leadDepartment: '各乡镇、街道' },
    { id: '3.2.a', heading: '大力倡导企业参与救助帮扶' },
    { id: '3.2.b', heading: '积极引导社会组织参与救助帮扶' },
    { id: '3.3', heading: '构建帮扶机制', departments: TOWNSHIPS, leadDepartment: '各乡镇、街道' },
    { id: '3.4', heading: '营造帮扶氛围', departments: TOWNSHIPS, leadDepartment: '各乡镇、街道' },
    { id: '4', heading: '实施步骤' },
    { id: '4.1', heading: '启动部署阶段（2019 年 3 月底前）' },
    { id: '4.2', heading: '精准对象阶段（2019 年 4 月至 2019 年 8 月底）' },
    { id: '4.2.a', heading: '做好调查摸底' },
    { id: '4.2.b', heading: '加强动态调整' },
    { id: '4.2.c' },
    { id: '4.3', heading: '组织实施阶段（2019 年 9 月至 2019 年 12 月底）' },
    { id: '4.3.a' },
    { id: '4.3.b' },
    { id: '4.4', heading: '总结评估阶段（持续开展）' },
    { id: '5', heading: '落实保障措施' },
    { id: '5.1', heading: '加强组织领导' },
    { id: '5.2', heading: '加强资金投入' },
    { id: '5.3', heading: '加强精准帮扶' },
    { id: '5.4', heading: '加强督促检查' },
  ],
  provisions: [
    // 一、总体要求
    {
      id: 'administration.principles', clause: '1.1', area: 'administration', kind: 'commitment',
      summary: { zh: '坚持应救尽救、动态管理、精准帮扶', en: 'Aid everyone who qualifies, manage cases dynamically, target help precisely' },
      quote: '坚持应救尽救、动态管理、精准帮扶，坚持尽力而为、量力而行、不吊高胃口，坚持与农村脱贫攻坚政策有机衔接',
    },
    {
      id: 'administration.aid-level-growth', clause: '1.1', area: 'administration', kind: 'commitment',
      summary: { zh: '救助水平与经济社会发展水平同步增长', en: 'Assistance levels to grow in step with economic and social development' },
      quote: '确保其救助水平与经济社会发展水平同步增长',
    },
    {
      id: 'eligibility.target-groups', clause: '1.2', area: 'eligibility', kind: 'eligibility',
      appliesTo: [...TARGETS],
      summary: { zh: '救助帮扶对象：城市低保对象、城市特困人员', en: 'Targets: urban dibao recipients and urban tekun' },
      condition: 'an urban dibao recipient or an urban person in extreme hardship (tekun); no other group is named',
      quote: '城市特殊困难群众包括城市低保对象、城市特困人员',
      interpretation: {
        encoded: 'The list is closed: only urban dibao recipients and urban tekun are targets; the 支出型困难群众 of 二（一） become targets by being brought into dibao.',
      },
    },
    {
      id: 'administration.goal', clause: '1.3', area: 'administration', kind: 'commitment',
      summary: { zh: '稳定实现“两不愁三保障”：不愁吃、不愁穿，就医、就学、住房得到基本保障', en: '"Two no-worries, three guarantees": food and clothing secured; basic health care, schooling and housing guaranteed' },
      quote: '稳定实现城市特殊困难群众“两不愁三保障”，即不愁吃、不愁穿，就医、就学、住房得到基本保障',
    },
    // 二（一）最低生活保障
    {
      id: 'basic-living.standard.sync', clause: '2.1.a', area: 'basic-living', kind: 'commitment',
      appliesTo: ['dibao'],
      summary: { zh: '按市政府规定同步提高城市低保标准', en: 'Urban dibao standard raised in step with the municipal government\'s rules' },
      quote: '严格按照市政府规定同步提高城市低保标准',
      interpretation: { encoded: 'The document sets no standard of its own: the amount is the one Chongqing municipality sets.' },
    },
    {
      id: 'basic-living.uplift.disabled', clause: '2.1.a', area: 'basic-living', kind: 'commitment',
      appliesTo: ['dibao'],
      summary: { zh: '适时提高低保对象中残疾人员的分类重点救助标准', en: 'Classified supplement for disabled dibao members to be raised in due course' },
      quote: '适时提高城市低保对象中残疾人员、重病人员、70 岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准',
      interpretation: { encoded: 'No amount is set: the existing classified supplements (分类重点救助标准) are to be raised "适时" (when appropriate).' },
    },
    {
      id: 'basic-living.uplift.serious-illness', clause: '2.1.a', area: 'basic-living', kind: 'commitment',
      appliesTo: ['dibao'],
      summary: { zh: '适时提高低保对象中重病人员的分类重点救助标准', en: 'Classified supplement for seriously ill dibao members to be raised in due course' },
      quote: '适时提高城市低保对象中残疾人员、重病人员、70 岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准',
    },
    {
      id: 'basic-living.uplift.elderly', clause: '2.1.a', area: 'basic-living', kind: 'commitment',
      appliesTo: ['dibao'],
      summary: { zh: '适时提高低保对象中70岁以上老年人的分类重点救助标准', en: 'Classified supplement for dibao members aged 70 and over to be raised in due course' },
      quote: '适时提高城市低保对象中残疾人员、重病人员、70 岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准',
    },
    {
      id: 'basic-living.uplift.elderly.age', clause: '2.1.a', area: 'basic-living', kind: 'eligibility',
      appliesTo: ['dibao'],
      summary: { zh: '分类重点救助的老年人：70岁以上', en: 'Elderly category for the classified supplement: aged 70 and over' },
      condition: 'aged 70 or over (以上 read as inclusive: 70 counts)',
      quote: '70 岁以上老年人',
      interpretation: {
        encoded: '“70 岁以上” includes age 70, as 以上 conventionally does in Chinese regulations. Encoded as an eligibility condition because the vocabulary\'s age-range kind needs an upper bound and the text sets none.',
        alternative: '“以上” could be read as strictly above 70.',
      },
    },
    {
      id: 'basic-living.uplift.preschool', clause: '2.1.a', area: 'basic-living', kind: 'commitment',
      appliesTo: ['dibao'],
      summary: { zh: '适时提高低保对象中学龄前儿童的分类重点救助标准', en: 'Classified supplement for pre-school children in dibao households to be raised in due course' },
      quote: '适时提高城市低保对象中残疾人员、重病人员、70 岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准',
    },
    {
      id: 'basic-living.uplift.students', clause: '2.1.a', area: 'basic-living', kind: 'commitment',
      appliesTo: ['dibao'],
      summary: { zh: '适时提高低保对象中在校学生的分类重点救助标准', en: 'Classified supplement for students in dibao households to be raised in due course' },
      quote: '适时提高城市低保对象中残疾人员、重病人员、70 岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准',
    },
    {
      id: 'basic-living.expenditure-hardship', clause: '2.1.b', area: 'basic-living', kind: 'eligibility',
      appliesTo: ['expenditure-hardship'],
      summary: { zh: '支出型困难群众纳入低保（支出型低保）', en: 'Households impoverished by medical or school costs brought into dibao ("expenditure-type dibao")' },
      condition:
        'illness or schooling of a household member; household income of the 6 months before the application, less the self-paid treatment costs or tuition of the same period, gives a monthly per-capita income below the dibao standard; household assets and consumption meet the applicable rules',
      quote: '要及时将家庭成员因病或就学，申请前 6 个月家庭总收入扣减同期治疗自负费用或学费后，月人均收入低于低保标准，且家庭财产、消费支出符合相关规定的支出型困难群众，纳入低保救助范围',
    },
    {
      id: 'basic-living.expenditure-hardship.look-back', clause: '2.1.b', area: 'basic-living', kind: 'duration', amount: '6', unit: 'month',
      appliesTo: ['expenditure-hardship'],
      summary: { zh: '支出型低保按申请前6个月计算收入和支出', en: 'Income and costs counted over the 6 months before the application' },
      quote: '申请前 6 个月家庭总收入扣减同期治疗自负费用或学费后',
    },
    {
      id: 'basic-living.expenditure-hardship.income-test', clause: '2.1.b', area: 'basic-living', kind: 'formula',
      appliesTo: ['expenditure-hardship'],
      expression: '(申请前6个月家庭总收入 − 同期治疗自负费用或学费) ÷ 6 ÷ 家庭人口数 < 城市低保标准（月）',
      variables: ['申请前6个月家庭总收入', '同期治疗自负费用或学费', '家庭人口数', '城市低保标准（月）'],
      summary: { zh: '扣减治疗自负费用或学费后月人均收入低于低保标准', en: 'Monthly per-capita income, after deducting treatment costs or tuition, below the dibao standard' },
      quote: '申请前 6 个月家庭总收入扣减同期治疗自负费用或学费后，月人均收入低于低保标准',
      interpretation: {
        encoded: 'The six months\' net income is spread evenly over the six months and over all household members, and compared with the monthly urban dibao standard; the comparison is strict (低于).',
        alternative: 'The text does not say how "月人均收入" is derived from the six-month total; a reader could compare each month separately.',
      },
    },
    // 二（二）特困人员
    {
      id: 'special-hardship.support-standard.sync', clause: '2.2.a', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '按规定同步落实特困人员供养标准', en: 'Tekun support standard applied in step with the rules' },
      quote: '严格按照规定同步落实特困人员供养标准和照料护理分类补贴标准，切实解决特困人员“两不愁”的问题',
      interpretation: { encoded: 'The document sets no support standard or multiple of its own; the municipal rules apply.' },
    },
    {
      id: 'special-hardship.care-subsidy.sync', clause: '2.2.a', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '按规定同步落实特困人员照料护理分类补贴标准', en: 'Tekun care subsidies, by category, applied in step with the rules' },
      quote: '同步落实特困人员供养标准和照料护理分类补贴标准',
    },
    {
      id: 'special-hardship.care-institutions', clause: '2.2.b', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '整合资源，统筹推进特困人员供养服务机构建设，提升失能特困人员照料护理能力', en: 'Build up tekun care institutions and their capacity to care for tekun unable to look after themselves' },
      quote: '充分整合利用特困人员供养服务机构等资源，统筹推进特困人员供养服务机构建设，提升失能特困人员照料护理能力',
    },
    {
      id: 'special-hardship.centralised-care.increase', clause: '2.2.b', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '加大失能特困人员集中供养保障力度，逐步提升集中供养比例', en: 'More institutional (centralised) care for tekun unable to look after themselves, with a rising share' },
      quote: '加大失能特困人员集中供养保障力度，充分整合利用特困人员供养服务机构等资源，统筹推进特困人员供养服务机构建设，提升失能特困人员照料护理能力，逐步提升失能特困人员集中供养比例',
    },
    {
      id: 'special-hardship.centralised-care.2019', clause: '2.2.b', area: 'special-hardship', kind: 'ratio', ratio: '0.4', bound: 'min',
      appliesTo: ['tekun'],
      summary: { zh: '2019年各乡镇（街道）失能特困人员集中供养率达到40%', en: '2019: 40% of tekun unable to look after themselves in centralised care, in each township or sub-district' },
      quote: '2019 年至 2020 年各乡镇（街道）失能特困人员集中供养率分别达到 40%、50%',
      interpretation: {
        encoded: '“分别” pairs 2019 with 40% and 2020 with 50%; each is a target for every township (sub-district), not the county average; “达到” is read as a floor (at least).',
        alternative: 'The rate could be meant as a county-wide figure, or as an exact target rather than a floor.',
      },
    },
    {
      id: 'special-hardship.centralised-care.2020', clause: '2.2.b', area: 'special-hardship', kind: 'ratio', ratio: '0.5', bound: 'min',
      appliesTo: ['tekun'],
      summary: { zh: '2020年各乡镇（街道）失能特困人员集中供养率达到50%', en: '2020: 50% of tekun unable to look after themselves in centralised care, in each township or sub-district' },
      quote: '2019 年至 2020 年各乡镇（街道）失能特困人员集中供养率分别达到 40%、50%',
      interpretation: {
        encoded: '“分别” pairs 2020 with 50%; a floor for every township (sub-district). The document sets no later target.',
        alternative: 'The rate could be meant as a county-wide figure, or as an exact target rather than a floor.',
      },
    },
    {
      id: 'special-hardship.centralised-care.placement', clause: '2.2.b', area: 'special-hardship', kind: 'eligibility',
      appliesTo: ['tekun'],
      summary: { zh: '青龙、双江街道失能特困人员送县城乡敬老院，其余乡镇（街道）送辖区供养机构集中供养', en: 'Where care is given: Qinglong and Shuangjiang sub-districts use the county old-people\'s home; elsewhere the local tekun institution' },
      condition: 'urban tekun unable to look after themselves: in 青龙街道 and 双江街道 → 云阳县城乡敬老院; in other townships (sub-districts) → the local tekun support institution',
      quote: '青龙街道、双江街道应将城市特困人员中失能人员送云阳县城乡敬老院集中供养，其余乡镇（街道）送到辖区特困人员供养机构集中供养',
    },
    // 二（三）自然灾害
    {
      id: 'disaster.monitoring', clause: '2.3', area: 'disaster', kind: 'commitment',
      summary: { zh: '加快自然灾害监测网站建设，提升监测预报预警能力', en: 'Faster build-out of natural-disaster monitoring; better forecasting and warning' },
      quote: '加快自然灾害监测网站建设，提升自然灾害监测预报预警能力',
    },
    {
      id: 'disaster.warning-dissemination', clause: '2.3', area: 'disaster', kind: 'commitment',
      summary: { zh: '健全预警信息发布制度，提高街道、社区、居民小区预警响应和传播接收能力', en: 'Warning-release system; sub-districts, communities and housing estates better able to respond to and pass on warnings' },
      quote: '健全预警信息发布制度，提高街道、社区预警响应能力和居民小区预警信息传播和接收能力',
    },
    {
      id: 'disaster.demonstration-communities', clause: '2.3', area: 'disaster', kind: 'commitment',
      summary: { zh: '开展综合减灾示范社区创建，增强防灾减灾意识和自救互救技能', en: 'Model disaster-reduction communities; awareness and self-rescue skills' },
      quote: '深入开展综合减灾示范社区创建，进一步增强人民群众防灾减灾意识和自救互救技能',
    },
    {
      id: 'disaster.relief', clause: '2.3', area: 'disaster', kind: 'commitment',
      summary: { zh: '做好受灾城市特殊困难群众的应急救助、遇难人员家属抚慰、过渡期救助', en: 'Emergency relief, solace for bereaved families and transition-period aid for affected residents in hardship' },
      quote: '按照分类救助、重点救助原则，扎实做好受灾城市特殊困难群众的应急救助、遇难人员家属抚慰、过渡期救助工作',
    },
    // 二（四）医疗
    {
      id: 'medical.family-doctor', clause: '2.4', area: 'medical', kind: 'commitment',
      summary: { zh: '纳入家庭医生签约服务，建立电子健康档案，提供健康管理服务', en: 'Contracted family-doctor services, electronic health records and health management' },
      quote: '将城市特殊困难群众家庭纳入家庭医生签约服务范围，为其建立电子健康档案，提供健康管理服务',
    },
    {
      id: 'medical.major-disease-scope', clause: '2.4', area: 'medical', kind: 'commitment',
      summary: { zh: '扩大医疗救助重特大疾病病种范围', en: 'More major and serious diseases covered by medical aid' },
      quote: '扩大医疗救助重特大疾病病种范围',
    },
    {
      id: 'medical.special-diseases.added', clause: '2.4', area: 'medical', kind: 'eligibility',
      summary: { zh: '地中海贫血、慢性髓系白血病、尘肺病、儿童白血病纳入特殊病种救助', en: 'Thalassaemia, chronic myeloid leukaemia, pneumoconiosis and childhood leukaemia added to special-disease aid' },
      condition: 'diagnosed with thalassaemia (地中海贫血), chronic myeloid leukaemia (慢性髓系白血病), pneumoconiosis (尘肺病) or childhood leukaemia (儿童白血病): within the special-disease (特殊病种) scope of medical aid',
      quote: '将地中海贫血、慢性髓系白血病、尘肺病、儿童白血病纳入特殊病种救助范围',
      interpretation: {
        encoded: 'Four diseases added to the existing list of special diseases; the document sets no threshold, ratio or cap for them, so no care type is attached and the medical-aid calculator does not read this provision.',
      },
    },
    {
      id: 'medical.out-of-catalogue.share', clause: '2.4', area: 'medical', kind: 'ratio', ratio: '0.15', bound: 'max',
      summary: { zh: '定点医疗机构住院医保目录外费用占比控制在15%以内（力争）', en: 'Target: costs outside the insurance catalogue at most 15% of inpatient costs at designated hospitals' },
      quote: '力争将城市特殊困难群众在定点医疗机构住院的医保目录外费用占比控制在 15%以内',
      interpretation: {
        encoded: 'A cost-control target (力争, "strive to") for hospitals: the share of inpatient costs outside the insurance catalogue, 15% included (以内). It is not an aid ratio: no care type is attached, so the medical-aid calculator does not apply it.',
        alternative: 'The share could be measured per patient stay rather than over all stays of the target group.',
      },
    },
    {
      id: 'medical.cost-control', clause: '2.4', area: 'medical', kind: 'commitment',
      summary: { zh: '严格控制医药费用不合理增长', en: 'Curb unreasonable growth of medical costs' },
      quote: '严格控制医药费用不合理增长',
    },
    {
      id: 'medical.settlement', clause: '2.4', area: 'medical', kind: 'commitment', care: ['inpatient'],
      summary: { zh: '定点医疗机构住院先诊疗后付费', en: 'Treatment first, payment later, for inpatient stays at designated hospitals' },
      quote: '全面实施定点医疗机构住院先诊疗后付费的结算机制',
    },
    {
      id: 'medical.inpatient.reimbursement.rise', clause: '2.4', area: 'medical', kind: 'relative-change', change: '0.1', care: ['inpatient'],
      target: '县级医院居民医保住院报销比例',
      readings: [
        { id: 'percentage-points', text: '报销比例提高10个百分点（如 60% → 70%）' },
        { id: 'proportional', text: '报销比例提高自身的10%（如 60% → 66%）' },
      ],
      encodedReading: 'percentage-points',
      summary: { zh: '2018—2020年县级医院居民医保住院报销比例提高10%', en: '2018–2020: reimbursement rate of residents\' medical insurance for stays in county-level hospitals raised by 10%' },
      quote: '2018—2020 年，城市特殊困难群众在本县的县级医院居民医保住院报销比例提高 10%',
      interpretation: {
        encoded: 'Read as 10 percentage points: a rise applied to a rate is usually stated in points in medical-insurance practice. This is basic residents\' insurance (居民医保), not medical aid, and applies only in county-level hospitals in Yunyang during 2018–2020; no base rate is printed, so no resulting rate is encoded.',
        alternative: 'A proportional rise of 10% of the existing rate (e.g. 60% → 66%); the text does not say 个百分点.',
      },
    },
    {
      id: 'medical.inpatient.threshold.cut', clause: '2.4', area: 'medical', kind: 'relative-change', change: '-0.5', care: ['inpatient'],
      target: '县级医院居民医保住院起付线',
      readings: [
        { id: 'percentage-points', text: '不适用：起付线是金额（元），不能按百分点降低' },
        { id: 'proportional', text: '起付线减半（降低原起付线的50%）' },
      ],
      encodedReading: 'proportional',
      summary: { zh: '2018—2020年县级医院居民医保住院起付线降低50%', en: '2018–2020: inpatient threshold of residents\' medical insurance in county-level hospitals cut by 50%' },
      quote: '城市特殊困难群众在本县的县级医院居民医保住院报销比例提高 10%，起付线降低 50%',
      interpretation: {
        encoded: 'The threshold is an amount, so "降低50%" can only mean halving it. Basic residents\' insurance, not medical aid; the document prints no base threshold, so no amount is encoded.',
        alternative: 'A percentage-point reading has no meaning for an amount in 元; it is listed only because every relative change keeps both readings.',
      },
    },
    {
      id: 'medical.critical-illness.threshold.cut', clause: '2.4', area: 'medical', kind: 'relative-change', change: '-0.5', care: ['inpatient'],
      target: '城乡居民大病保险起付标准',
      readings: [
        { id: 'percentage-points', text: '不适用：起付标准是金额（元），不能按百分点降低' },
        { id: 'proportional', text: '大病保险起付标准减半（降低原标准的50%）' },
      ],
      encodedReading: 'proportional',
      summary: { zh: '2018—2020年城乡居民大病保险起付标准降低50%', en: '2018–2020: threshold of residents\' critical-illness insurance cut by 50%' },
      quote: '城乡居民大病保险起付标准降低 50%',
      interpretation: {
        encoded: 'Halving the critical-illness insurance threshold (an amount). The document prints no base threshold, so no amount is encoded. Read as applying, like the sentence before it, to urban residents in special hardship during 2018–2020.',
        alternative: 'A percentage-point reading has no meaning for an amount in 元.',
      },
    },
    // 二（五）教育
    {
      id: 'education.preschool', clause: '2.5', area: 'education', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '学前教育免收保教费和生活费', en: 'Pre-school: no childcare or living fees' },
      quote: '学前教育免收保教费和生活费',
      interpretation: { encoded: 'Applies to children of urban and rural dibao households and urban and rural tekun students (城乡低保对象和城乡特困学生), wider than the document\'s urban targets.' },
    },
    {
      id: 'education.compulsory', clause: '2.5', area: 'education', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '义务教育阶段实施寄宿生生活补助', en: 'Compulsory education: living subsidy for boarders' },
      quote: '义务教育阶段实施寄宿生生活补助',
    },
    {
      id: 'education.senior-high', clause: '2.5', area: 'education', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '高中教育免收学费、发放国家助学金', en: 'Senior high school: free tuition and national grants' },
      quote: '高中教育免收学费、发放国家助学金',
    },
    {
      id: 'education.vocational', clause: '2.5', area: 'education', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '中职教育免收学费、发放国家助学金、补助住宿费', en: 'Secondary vocational school: free tuition, national grants, accommodation subsidy' },
      quote: '中职教育免收学费、发放国家助学金、补助住宿费',
    },
    {
      id: 'education.higher', clause: '2.5', area: 'education', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '高等教育开展国家生源地助学贷款', en: 'Higher education: national student loans arranged at home' },
      quote: '高等教育开展国家生源地助学贷款',
    },
    {
      id: 'education.free-textbooks', clause: '2.5', area: 'education', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '2019年春季学期起到2020年，高中阶段低保、特困学生免费提供教科书', en: 'From spring term 2019 to 2020: free textbooks for dibao and tekun students in senior-secondary education' },
      quote: '从 2019 年春季学期起，到 2020 年，对高中阶段在校城乡低保对象和城乡特困学生免费提供教科书',
      interpretation: { encoded: '高中阶段 (senior-secondary stage) read as including secondary vocational schools; the measure ends with 2020.', alternative: 'Only general senior high schools (高中教育, as in the list before it).' },
    },
    // 二（六）住房
    {
      id: 'housing.system', clause: '2.6', area: 'housing', kind: 'commitment',
      summary: { zh: '完善基本住房保障制度，实物配租和租赁补贴相结合', en: 'Basic housing security: public rental housing combined with rent subsidies' },
      quote: '不断完善基本住房保障制度，采取实物配租和租赁补贴相结合方式',
      interpretation: { encoded: 'No rent-subsidy amount is set: the existing housing-security rules apply.' },
    },
    {
      id: 'housing.priority', clause: '2.6', area: 'housing', kind: 'commitment',
      summary: { zh: '符合保障条件的城市特殊困难群众优先保障', en: 'Priority for eligible residents in special hardship' },
      quote: '对符合保障条件的城市特殊困难群众实施优先保障',
    },
    // 二（七）就业
    {
      id: 'employment.training-and-jobs', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '加强就业培训，多渠道开发适合的工作岗位', en: 'Job training; suitable jobs developed through many channels' },
      quote: '加强城市特殊困难群众就业培训，提供就业帮扶，引导乡镇（街道）、社区和社会单位多渠道开发适合城市特殊困难群众就业的工作岗位',
    },
    {
      id: 'employment.public-welfare-jobs', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '难以市场化就业的可通过公益性岗位过渡安置', en: 'Public-welfare jobs as a transition for those who cannot find work on the market' },
      quote: '对难以通过市场化就业的城市特殊困难群众，可通过公益性岗位进行过渡安置',
    },
    {
      id: 'employment.zero-employment.at-least-one', clause: '2.7', area: 'employment', kind: 'count', count: 1, unit: '人', bound: 'min',
      summary: { zh: '零就业家庭动态“清零”，有就业意愿和劳动能力成员的家庭至少1人就业', en: 'No zero-employment households: at least 1 person employed in each household with a willing, able member of working age' },
      quote: '抓好零就业城市特殊困难群众家庭动态“清零”，确保法定劳动年龄内有就业意愿和劳动能力成员的城市特殊困难群众家庭至少 1 人就业',
    },
    {
      id: 'employment.vocational-services', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '针对不同健康状况、文化水平开展职业培训、职业介绍', en: 'Vocational training and job placement suited to health and education level' },
      quote: '针对不同健康状况、文化水平的城市特殊困难群众，开展职业培训、职业介绍等服务',
    },
    {
      id: 'employment.self-reliance', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '引导有劳动能力者增强主动就业意识', en: 'Encourage those able to work to seek work' },
      quote: '积极引导有劳动能力的城市特殊困难群众增强主动就业意识，通过自身劳动收入改善家庭生活状况',
    },
    // 二（八）临时救助
    {
      id: 'temporary-aid.emergency-type', clause: '2.8.a', area: 'temporary-aid', kind: 'eligibility',
      summary: { zh: '急难型临时救助：意外事件、突发重大疾病等导致基本生活暂时严重困难、需立即救助', en: 'Emergency-type temporary aid: sudden severe hardship from accidents, fire, acute grave illness and the like, needing immediate help' },
      condition: 'fire, traffic accident or other accident, sudden grave illness of a household member or other special hardship, causing temporary severe hardship in basic living that needs immediate help',
      quote: '对因火灾、交通事故等意外事件，家庭成员突发重大疾病及遭遇其他特殊困难等原因，导致基本生活暂时出现严重困难、需要立即采取救助措施的家庭和个人，开展急难型临时救助',
    },
    {
      id: 'temporary-aid.expenditure-type', clause: '2.8.b', area: 'temporary-aid', kind: 'eligibility',
      summary: { zh: '支出型临时救助：教育、医疗等必需支出突增超出承受能力', en: 'Expenditure-type temporary aid: essential costs such as schooling or medical care rising suddenly beyond what the household can bear' },
      condition: 'a sudden rise in essential spending (education, medical care, etc.) beyond what the household can bear, causing severe hardship in basic living for a period',
      quote: '对因教育、医疗等生活必需支出突然增加超出家庭承受能力，导致基本生活一定时期内出现严重困难的家庭，开展支出型临时救助',
    },
    {
      id: 'temporary-aid.income-condition', clause: '2.8.c', area: 'temporary-aid', kind: 'multiple', base: 'local-per-capita-disposable-income', max: '1', maxExclusive: true,
      summary: { zh: '临时救助家庭人均可支配收入原则上低于当地上年度人均可支配收入', en: 'In principle, the household\'s per-capita disposable income is below last year\'s local per-capita disposable income' },
      quote: '原则上临时救助家庭人均可支配收入应低于当地上年度人均可支配收入',
      interpretation: {
        encoded: 'Strictly below 1 × the local per-capita disposable income of the previous year (上年度). “原则上” (in principle) leaves room for exceptions, so a calculator should treat failing the test as a presumption, not a bar.',
        alternative: '“当地” could mean the urban figure for Yunyang, or the county-wide figure for urban and rural residents together; the text does not say.',
      },
    },
    {
      id: 'temporary-aid.assets', clause: '2.8.c', area: 'temporary-aid', kind: 'eligibility',
      summary: { zh: '家庭财产和消费支出参照云阳府办发〔2017〕87号认定', en: 'Household assets and consumption assessed under the county\'s dibao eligibility rules (Yunyang 2017 No. 87)' },
      condition: 'household assets and consumption meet the rules, assessed as in 云阳府办发〔2017〕87号 (the county dibao eligibility rules)',
      quote: '家庭财产和消费支出应当符合有关规定，其家庭财产和消费支出的认定参照《云阳县人民政府办公室关于印发云阳县最低生活保障条件认定实施细则的通知》',
    },
    {
      id: 'temporary-aid.tiered-standard', clause: '2.8.d', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '临时救助分类分档实施标准', en: 'Temporary aid paid at tiered standards by category' },
      quote: '各乡镇（街道）在分类分档实施临时救助标准的基础上',
      interpretation: { encoded: 'The tiers and amounts are not printed in this document; no temporary-aid amount is encoded.' },
    },
    {
      id: 'temporary-aid.major', clause: '2.8.d', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '重大生活困难家庭“一事一议”适当提高临时救助标准', en: 'Households in grave hardship: the standard may be raised case by case' },
      quote: '对重大生活困难家庭，采取“一事一议”方式，适当提高临时救助标准',
    },
    // 三、社会力量
    {
      id: 'social-participation.case-files', clause: '3.1', area: 'social-participation', kind: 'commitment',
      summary: { zh: '按“四位一体”原则做好信息建档立卡，动态更新', en: 'Case files on living, health, housing and employment needs, kept up to date' },
      quote: '按照党政主导、全民参与、属地负责、到户到人“四位一体”原则，做好城市特殊困难群众基本生活、医疗、住房、就业等信息建档立卡工作，动态更新相关情况信息',
    },
    {
      id: 'social-participation.information-platform', clause: '3.1', area: 'social-participation', kind: 'commitment',
      summary: { zh: '建立社会力量参与救助帮扶信息服务平台', en: 'Information platform matching social resources with needs' },
      quote: '建立社会力量参与城市特殊困难群众救助帮扶信息服务平台，推进救助帮扶资源供给与救助帮扶需求的有效对接',
    },
    {
      id: 'social-participation.enterprises', clause: '3.2.a', area: 'social-participation', kind: 'commitment',
      summary: { zh: '鼓励企业通过投资兴业、吸纳就业、捐资助困、设立公益基金等参与', en: 'Firms encouraged to help through investment, training, hiring, donations and charitable funds' },
      quote: '鼓励企业通过投资兴业、培训技能、吸纳就业、捐资助困、自主设立救助帮扶公益基金等方式参与救助帮扶',
    },
    {
      id: 'social-participation.enterprise-credit', clause: '3.2.a', area: 'social-participation', kind: 'commitment',
      summary: { zh: '对参与帮扶且符合信贷条件的企业给予信贷支持和财政贴息', en: 'Credit and interest subsidies for participating firms that qualify for loans' },
      quote: '对积极参与城市特殊困难群众救助帮扶且符合信贷条件的各类企业给予信贷支持，并按有关规定给予财政贴息等政策扶持',
    },
    {
      id: 'social-participation.social-organisations', clause: '3.2.b', area: 'social-participation', kind: 'commitment',
      summary: { zh: '支持社会团体、慈善组织、基金会、社会服务机构参与，提供信息服务、业务指导', en: 'Support for associations, charities, foundations and service organisations, with information and guidance' },
      quote: '支持社会团体、慈善组织、基金会、社会服务机构等各类组织积极参与救助帮扶。各乡镇（街道）要对社会组织开展救助帮扶活动提供信息服务、业务指导',
    },
    {
      id: 'social-participation.registration', clause: '3.2.b', area: 'social-participation', kind: 'commitment',
      summary: { zh: '简化救助帮扶类社会组织登记程序，落实税收优惠', en: 'Simpler registration and tax relief for aid organisations' },
      quote: '加强救助帮扶类社会组织登记注册指导，简化登记程序，落实社会组织税收优惠政策',
    },
    {
      id: 'social-participation.citizens', clause: '3.2.b', area: 'social-participation', kind: 'commitment',
      summary: { zh: '广泛动员公民通过捐赠、志愿服务、结对帮扶等参与', en: 'Citizens mobilised: visits, donations, volunteering, pairing' },
      quote: '广泛动员公民参与救助帮扶。开展形式多样的帮扶走访活动，畅通信息交流、互帮互助的渠道。引导公民通过爱心捐赠、志愿服务、结对帮扶等多种形式参与救助帮扶',
      interpretation: {
        encoded: 'Printed without an ordinal after 二是, at the top of a page; read as part of (二) 培育帮扶主体 and rendered with 二是 (clause 3.2.b), as a third item in substance (citizens, after firms and organisations).',
        alternative: 'A "三是" may have been lost at the page break; the extraction gives no trace of it, so none is added.',
      },
    },
    {
      id: 'social-participation.holiday-visits', clause: '3.3', area: 'social-participation', kind: 'commitment',
      summary: { zh: '持续做好元旦、春节等重要节日走访慰问', en: 'Visits at New Year, Spring Festival and other holidays' },
      quote: '持续做好元旦、春节等重要节日走访慰问，不断完善走访慰问机制',
    },
    {
      id: 'social-participation.designated-contacts', clause: '3.3', area: 'social-participation', kind: 'commitment',
      summary: { zh: '建立定向联系机制，每户都有帮扶责任主体和帮扶单位人员', en: 'Designated contacts: every household has a responsible helper and unit' },
      quote: '建立定向联系机制，统筹安排机关干部、社区党员干部，逐一落实定向联系帮扶对象，确保每户城市特殊困难家庭都有帮扶责任主体、帮扶单位人员',
    },
    {
      id: 'education.school-aid', clause: '3.3', area: 'education', kind: 'commitment',
      summary: { zh: '建立学校资助本校就读困难群众子女教育费用机制', en: 'Schools help pay the education costs of their own pupils from hardship households' },
      quote: '建立学校资助在本校就读的城市特殊困难群众子女教育费用机制',
    },
    {
      id: 'employment.community-mechanism', clause: '3.3', area: 'employment', kind: 'commitment',
      summary: { zh: '建立社区就业帮扶机制，多渠道寻找就业岗位', en: 'Community employment help, finding jobs through many channels' },
      quote: '建立城市特殊困难群众社区就业帮扶机制，多渠道寻找就业岗位',
    },
    {
      id: 'disability.purchased-care', clause: '3.3', area: 'disability', kind: 'commitment',
      summary: { zh: '探索政府购买服务，为失能、重残者提供居家照护、机构托养、医疗康复', en: 'Explore government-purchased home care, residential care and rehabilitation for people unable to look after themselves or severely disabled' },
      quote: '探索通过政府购买服务方式，为失能、重残等城市特殊困难群众提供居家照护、福利机构托养、医疗康复等个性化、专业化服务',
    },
    {
      id: 'social-participation.pairing', clause: '3.3', area: 'social-participation', kind: 'commitment',
      summary: { zh: '构建联动机制，开展一对一、多帮一结对救助帮扶', en: 'One-to-one and many-to-one pairing' },
      quote: '构建救助帮扶联动机制，积极引导社会各界力量、各方面资源聚焦城市特殊困难群众，开展一对一、多帮一结对救助帮扶活动',
    },
    {
      id: 'social-participation.publicity', clause: '3.4', area: 'social-participation', kind: 'commitment',
      summary: { zh: '利用各类媒体宣传救助帮扶政策和典型案例', en: 'Publicise policies and good examples in the media' },
      quote: '充分利用各类媒体，多渠道、多角度宣传救助帮扶政策，宣传社会力量参与城市特殊困难群众救助帮扶的典型案例和先进事迹',
    },
    {
      id: 'social-participation.activities', clause: '3.4', area: 'social-participation', kind: 'commitment',
      summary: { zh: '开展节日慰问、定期入户走访、专项帮扶解困、关爱慰藉活动', en: 'Holiday visits, regular home visits, targeted relief and care activities' },
      quote: '广泛开展节日慰问活动、定期入户走访活动、专项帮扶解困活动、关爱慰藉活动等',
    },
    // 四、实施步骤
    {
      id: 'administration.schedule.launch', clause: '4.1', area: 'administration', kind: 'commitment',
      summary: { zh: '2019年3月底前出台实施方案、分解任务、启动基础工作', en: 'By end of March 2019: implementation plan, tasks assigned, groundwork started' },
      quote: '出台做好城市特殊困难群众救助帮扶工作实施方案，分解工作任务，落实工作责任，制定工作措施',
    },
    {
      id: 'eligibility.survey', clause: '4.2.a', area: 'eligibility', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '2019年4月至8月底拉网式排查，做到“三清”，建档立卡、分类建立台账', en: 'April–August 2019: door-to-door survey ("three clears": family, cause, needs), case files and registers' },
      quote: '各乡镇（街道）要对本辖区内的城市低保对象、城市特困人员开展拉网式、地毯式排查，做到“三清”，即家庭情况清、致贫原因清、帮扶需求清',
    },
    {
      id: 'eligibility.review', clause: '4.2.b', area: 'eligibility', kind: 'commitment',
      appliesTo: [...TARGETS],
      summary: { zh: '全面核查家庭人口、收入、财产和消费支出，应救尽救、应退尽退', en: 'Full check of household members, income, assets and spending: in if eligible, out if not' },
      quote: '对已纳入对象和排查出来的新增对象的家庭人口、收入、财产和消费支出进行全面核查，做到“应救尽救、应退尽退”',
    },
    {
      id: 'eligibility.rural-registry-exclusion', clause: '4.2.c', area: 'eligibility', kind: 'eligibility',
      appliesTo: [...TARGETS],
      summary: { zh: '已纳入农村建档立卡贫困人口帮扶的不纳入本次城市救助帮扶', en: 'People already helped as registered rural poor are excluded from this urban scheme' },
      condition: 'not already registered and helped as rural poor (农村建档立卡贫困人口)',
      quote: '已纳入农村建档贫困人口帮扶的不纳入本次城市特殊困难群众救助帮扶范围',
    },
    {
      id: 'administration.implementation', clause: '4.3.a', area: 'administration', kind: 'commitment',
      summary: { zh: '2019年9月至12月底对精准后的对象落实救助政策', en: 'September–December 2019: apply the aid policies to the verified cases' },
      quote: '对精准后的对象落实相关救助政策，有效解决“两不愁、三保障”的问题',
    },
    {
      id: 'social-participation.party-member-pairing', clause: '4.3.b', area: 'social-participation', kind: 'commitment',
      summary: { zh: '机关在职党员结对帮扶，部门、乡镇包社区，干部包户', en: 'Serving party members paired with households; departments and townships each responsible for communities and cadres for households' },
      quote: '机关在职党员要对特殊困难群众进行结对帮扶，实行部门、乡镇（街道）包社区，乡镇（街道）、部门干部和村（社区）党员干部包特殊困难户的责任制，做到“帮困不漏户、户户见干部”',
    },
    {
      id: 'administration.evaluation', clause: '4.4', area: 'administration', kind: 'commitment',
      summary: { zh: '持续总结评估，修订完善制度', en: 'Continuing review and evaluation; rules revised' },
      quote: '总结、分析工作开展和落实情况，查漏补缺，巩固前期成果，评估救助帮扶成效，修订完善制度',
    },
    // 五、保障措施
    {
      id: 'administration.coordination', clause: '5.1', area: 'administration', kind: 'commitment',
      summary: { zh: '发挥社会救助联席会议和基本生活保障协调机制作用，定期研究解决问题', en: 'Social-assistance joint meetings and the coordination mechanism meet regularly' },
      quote: '要充分发挥社会救助工作联席会议制度、困难群众基本生活保障工作协调机制作用，定期研究解决城市特殊困难群众救助帮扶问题',
    },
    {
      id: 'administration.township-duties', clause: '5.1', area: 'administration', kind: 'commitment',
      summary: { zh: '乡镇（街道）负责申请受理、调查审核、救助帮扶', en: 'Townships and sub-districts take applications, investigate and deliver aid' },
      quote: '各乡镇（街道）要抓好落实，认真履行城市特殊困难群众救助帮扶申请受理、调查审核、救助帮扶等职责',
    },
    {
      id: 'administration.civil-affairs-coordination', clause: '5.1', area: 'administration', kind: 'commitment',
      summary: { zh: '民政部门统筹协调，各有关部门认真履职', en: 'Civil affairs coordinates; other departments carry out their duties' },
      quote: '民政部门要加强统筹协调，会同有关部门不断完善救助帮扶政策措施，全面掌握政策落实情况',
    },
    {
      id: 'administration.funding', clause: '5.2', area: 'administration', kind: 'commitment',
      summary: { zh: '救助帮扶资金纳入县本级预算，随财力增长逐步加大投入', en: 'Aid funds in the county budget, growing with revenue' },
      quote: '县财政局要将城市特殊困难群众救助帮扶资金纳入本级预算，随着财力增长逐步加大资金投入',
    },
    {
      id: 'administration.funding.earmarked', clause: '5.2', area: 'administration', kind: 'commitment',
      summary: { zh: '专款专用，规范资金使用管理', en: 'Funds earmarked and properly managed' },
      quote: '要坚持专款专用，规范资金使用管理，提高资金使用的精准性和有效性',
    },
    {
      id: 'administration.funding.supervision', clause: '5.2', area: 'administration', kind: 'commitment',
      summary: { zh: '财政、审计部门监督检查，防止挤占、挪用、套取资金', en: 'Finance and audit oversight against misuse of funds' },
      quote: '财政、审计部门要加强救助帮扶资金管理使用情况的监督检查，防止挤占、挪用、套取资金等违纪违法行为发生',
    },
    {
      id: 'administration.precise-identification', clause: '5.3', area: 'administration', kind: 'commitment',
      summary: { zh: '完善精准识别程序和标准，定期开展普查，动态管理', en: 'Precise identification rules, periodic census, dynamic management' },
      quote: '完善城市特殊困难群众精准识别程序和标准，定期开展普查，加强动态管理，做到精准到户到人，确保应保尽保、应扶尽扶',
      interpretation: { encoded: '定期 (periodically): the document sets no review frequency.' },
    },
    {
      id: 'administration.big-data-platform', clause: '5.3', area: 'administration', kind: 'commitment',
      summary: { zh: '搭建全县精准救助帮扶大数据平台，部门信息互联互通', en: 'County big-data platform for aid cases; departments share information' },
      quote: '搭建全县城市特殊困难群众精准救助帮扶大数据平台，实现救助帮扶基本信息动态化、数字化、常态化精准管理。推动相关部门信息互联互通、资源共享',
    },
    {
      id: 'administration.inspection', clause: '5.4', area: 'administration', kind: 'commitment',
      summary: { zh: '集中督查、重点抽查、专项巡查、随机暗访，问题启动问责', en: 'Inspections, spot checks and unannounced visits; accountability for failures' },
      quote: '对出现救助对象不精准、帮扶不到位等问题的将启动问责程序',
    },
    {
      id: 'administration.transparency', clause: '5.4', area: 'administration', kind: 'commitment',
      summary: { zh: '适时向社会公布工作情况，接受社会和群众监督', en: 'Work reported to the public; open to public scrutiny' },
      quote: '要将城市特殊困难群众救助帮扶工作情况适时向社会公布，主动接受社会和群众监督，提升救助帮扶工作透明度',
    },
  ],
});
