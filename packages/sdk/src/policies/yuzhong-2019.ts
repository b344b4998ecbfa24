import { _definePolicy } from './_define.ts';

const THREE_GROUPS = ['dibao', 'tekun', 'other-hardship'] as const;
const ALL_CARE = ['inpatient', 'outpatient-chronic', 'outpatient-major'] as const;
const TARGETS_DEFINITION = '救助帮扶对象：户籍在渝中的城市低保对象、特困人员、特殊困难家庭建档人员三类。';
/** "321" pairing principle, quoted once for its parts. */
const Q321 = '领导干部按照“321”原则开展结对帮扶，即区级领导结对2-3人，处级领导结对1-2人，其他干部结对1人';
const Q_UPLIFT = '提高城市低保对象中残疾人员、重病人员、70岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准';
const UPLIFT_NOTE = {
  encoded: 'A commitment to raise the classified (分类重点) aid standard of this sub-group of dibao recipients; the document sets no amount or proportion, so none is encoded.',
  zh: { encoded: '承诺提高低保对象中这一类人员的分类重点救助标准；文件未规定金额或比例，因此不编码数值。' },
} as const;

/** 渝中区城市特殊困难群众救助帮扶“十条措施”实施方案, 渝中府办〔2019〕30号. */
export const yuzhong2019 = _definePolicy({
  id: 'yuzhong-2019',
  title: '渝中区城市特殊困难群众救助帮扶“十条措施”实施方案',
  shortName: { zh: '渝中区', en: 'Yuzhong District' },
  docNumber: '渝中府办〔2019〕30号',
  region: {
    province: { zh: '重庆市', en: 'Chongqing Municipality' },
    // Chongqing is a municipality directly under the central government: it has no prefecture level.
    prefecture: { zh: '重庆市', en: 'Chongqing Municipality' },
    county: { zh: '渝中区', en: 'Yuzhong District' },
  },
  issuers: ['重庆市渝中区人民政府办公室'],
  issued: '2019-04-12',
  issuedNote:
    'The date printed under the signature of the covering notice (关于印发…的通知) of 重庆市渝中区人民政府办公室; the plan itself carries no separate date.',
  effective: '（文件未载明施行日期；通知要求“请认真抓好贯彻落实”）',
  parents: [
    { docNumber: '渝府办发〔2018〕161号', title: '重庆市人民政府办公厅关于加强城市特殊困难群众救助帮扶工作的意见' },
    { title: '市委、市政府三年扶贫攻坚工作决策部署（2018年—2020年）' },
  ],
  groups: [
    { id: 'dibao', term: '城市低保对象', definition: TARGETS_DEFINITION, clause: '1' },
    { id: 'tekun', term: '特困人员', definition: TARGETS_DEFINITION, clause: '1' },
    { id: 'other-hardship', term: '特殊困难家庭建档人员', definition: TARGETS_DEFINITION, clause: '1' },
  ],
  clauses: [
    { id: 'notice', heading: '关于印发《渝中区城市特殊困难群众救助帮扶“十条措施”实施方案》的通知' },
    { id: 'preamble' },
    { id: '1', heading: '救助帮扶对象、目标' },
    { id: '2', heading: '工作任务' },
    { id: '2.1', heading: '最低生活保障全覆盖', departments: ['区民政局', '区教委', '区卫生健康委', '区残联'], leadDepartment: '区民政局' },
    { id: '2.2', heading: '特困人员应养尽养', departments: ['区民政局'], leadDepartment: '区民政局' },
    { id: '2.3', heading: '基本医疗全面保障', departments: ['区卫生健康委', '区医保局'], leadDepartment: '区卫生健康委' },
    { id: '2.4', heading: '临时救助应救尽救', departments: ['区民政局'], leadDepartment: '区民政局' },
    { id: '2.5', heading: '教育资助全面到位', departments: ['区教委', '区总工会', '区民政局'], leadDepartment: '区教委' },
    { id: '2.6', heading: '住房救助保障需求', departments: ['区住房城市建设委'], leadDepartment: '区住房城市建设委' },
    { id: '2.6.a' },
    { id: '2.6.b' },
    { id: '2.7', heading: '就业帮扶务求实效', departments: ['区人力社保局', '区民政局', '各街道办事处'], leadDepartment: '区人力社保局' },
    { id: '2.8', heading: '灾害救助保障有力', departments: ['区应急局', '区金融办'], leadDepartment: '区应急局' },
    { id: '2.9', heading: '结对帮扶到户到人', departments: ['各街道办事处', '区级各部门'], leadDepartment: '各街道办事处' },
    { id: '2.10', heading: '慈善关爱无微不至', departments: ['区民政局', '各街道办事处'], leadDepartment: '区民政局' },
    { id: '3', heading: '工作要求' },
    { id: '3.1', heading: '实施精准帮扶' },
    { id: '3.2', heading: '加强舆论引导' },
    { id: '3.3', heading: '加大资金投入' },
    { id: '3.4', heading: '强化督促检查' },
    { id: 'closing', heading: '附件' },
    { id: 'appendix', heading: '渝中区区级部门结对帮扶困难群众一览表' },
  ],
  provisions: [
    // 一、救助帮扶对象、目标
    {
      id: 'eligibility.residency', clause: '1', area: 'eligibility', kind: 'eligibility',
      appliesTo: [...THREE_GROUPS],
      summary: { zh: '救助帮扶对象须户籍在渝中', en: 'Target groups must hold Yuzhong household registration (hukou)' },
      condition: 'household registration (户籍) in Yuzhong District',
      quote: '户籍在渝中的城市低保对象、特困人员、特殊困难家庭建档人员三类',
      interpretation: {
        encoded: 'The document-wide condition for the three target groups. Two measures reach beyond it: temporary aid (二（四）, see eligibility.residency.temporary-aid: non-registered residents living in Yuzhong for work with a residence permit of one year or more) and charitable care for the non-registered (二（十）).',
        zh: { encoded: '这是全文对三类对象的统一条件。有两项措施超出这一范围：临时救助（二（四），见 eligibility.residency.temporary-aid：非渝中区户籍、因工作居住在渝中区且持有一年以上居住证的人员），以及对非渝中区户籍困难群众的慈善关爱（二（十））。' },
      },
    },
    {
      id: 'eligibility.categories', clause: '1', area: 'eligibility', kind: 'count', count: 3, unit: '类',
      appliesTo: [...THREE_GROUPS],
      summary: { zh: '救助帮扶对象三类：城市低保对象、特困人员、特殊困难家庭建档人员', en: 'Three target groups: urban dibao recipients, tekun, and registered members of special-hardship families' },
      quote: '城市低保对象、特困人员、特殊困难家庭建档人员三类',
      interpretation: {
        encoded: '特殊困难家庭建档人员 (members of special-hardship families on the district register) has no group of its own in the shared vocabulary; it is encoded as other-hardship, the nearest value.',
        zh: { encoded: '“特殊困难家庭建档人员”（列入区建档名册的特殊困难家庭成员）在统一分类表中没有单独类别，按最接近的“其他特殊困难对象”（other-hardship）编码。' },
      },
    },
    {
      id: 'administration.goal', clause: '1', area: 'administration', kind: 'commitment',
      summary: { zh: '稳定实现“两不愁三保障”', en: 'Goal: "two no-worries, three guarantees" (food, clothing; medical care, schooling, housing)' },
      quote: '稳定实现城市特殊困难群众“两不愁三保障”，即不愁吃、不愁穿，就医、就学、住房得到基本保障',
    },
    // 二（一）最低生活保障
    {
      id: 'basic-living.coverage', clause: '2.1', area: 'basic-living', kind: 'ratio', ratio: '1', bound: 'exact',
      summary: { zh: '低保“应保尽保”，100%全覆盖', en: 'Dibao for everyone eligible: 100% coverage' },
      quote: '将符合条件的困难群众纳入低保范围，落实最低生活保障制度，实现“应保尽保”，做到100%全覆盖',
      interpretation: { encoded: 'A coverage target: every eligible person is enrolled in dibao. It is not a benefit rate.', zh: { encoded: '这是覆盖率目标：所有符合条件的人都纳入低保。它不是待遇比例。' } },
    },
    {
      id: 'basic-living.standard-rise', clause: '2.1', area: 'basic-living', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '按全市统一要求提高城市低保标准', en: 'Raise the urban dibao standard as the municipality requires' },
      quote: '按照全市统一要求，提高城市低保标准',
      interpretation: { encoded: 'The rise follows the municipal (Chongqing) requirement; this document sets no standard or amount.', zh: { encoded: '提标按重庆市的统一要求执行；本文件未规定标准或金额。' } },
    },
    {
      id: 'basic-living.classified-aid', clause: '2.1', area: 'basic-living', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '加大对低保对象中重点人员的分类救助力度', en: 'More classified aid for priority members of dibao households' },
      quote: '加大对低保对象中的重点人员分类救助力度',
    },
    {
      id: 'basic-living.uplift.disabled', clause: '2.1', area: 'basic-living', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '提高低保对象中残疾人员的分类重点救助标准', en: 'Higher classified aid standard for disabled dibao recipients' },
      quote: Q_UPLIFT, interpretation: UPLIFT_NOTE,
    },
    {
      id: 'basic-living.uplift.serious-illness', clause: '2.1', area: 'basic-living', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '提高低保对象中重病人员的分类重点救助标准', en: 'Higher classified aid standard for seriously ill dibao recipients' },
      quote: Q_UPLIFT, interpretation: UPLIFT_NOTE,
    },
    {
      id: 'basic-living.uplift.elderly', clause: '2.1', area: 'basic-living', kind: 'eligibility', appliesTo: ['dibao'],
      summary: { zh: '提高低保对象中70岁以上老年人的分类重点救助标准', en: 'Higher classified aid standard for dibao recipients aged 70 and over' },
      condition: 'dibao recipient aged 70 or over (70岁以上)',
      quote: Q_UPLIFT,
      interpretation: {
        encoded: '以上 is read as inclusive (70 and over), as usual in Chinese regulations. Encoded as a condition because the age has no upper end (the age-range kind needs one); the raised standard itself has no number in this document.',
        alternative: 'Strictly over 70 (71 and over).',
        zh: { encoded: '按我国法规的通常用法，“以上”包含本数（70岁及以上）。由于年龄没有上限（“年龄段”类型需要上限），按条件编码；提高后的标准本身在本文件中没有数字。', alternative: '严格大于70岁（71岁及以上）。' },
      },
    },
    {
      id: 'basic-living.uplift.preschool-children', clause: '2.1', area: 'basic-living', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '提高低保对象中学龄前儿童的分类重点救助标准', en: 'Higher classified aid standard for pre-school children in dibao households' },
      quote: Q_UPLIFT, interpretation: UPLIFT_NOTE,
    },
    {
      id: 'basic-living.uplift.students', clause: '2.1', area: 'basic-living', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '提高低保对象中在校学生的分类重点救助标准', en: 'Higher classified aid standard for students in dibao households' },
      quote: Q_UPLIFT, interpretation: UPLIFT_NOTE,
    },
    // 二（二）特困人员
    {
      id: 'special-hardship.eligibility', clause: '2.2', area: 'special-hardship', kind: 'eligibility', appliesTo: ['tekun'],
      summary: { zh: '无劳动能力、无生活来源、无法定赡养抚养扶养人的特困人员实施特困供养', en: 'Tekun support for persons unable to work, without income and without anyone legally bound to support them' },
      condition: 'no capacity to work, no source of livelihood, and no person legally obliged to support them (the "three nos")',
      quote: '对无劳动能力、无生活来源、无法定赡养抚养扶养人的特困人员实施特困供养制度',
    },
    {
      id: 'special-hardship.care-subsidy', clause: '2.2', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '制定照料护理补贴标准', en: 'Set a standard for the care and nursing subsidy' },
      quote: '制定照料护理补贴标准',
      interpretation: { encoded: 'The standard is to be set; the document gives no amount.', zh: { encoded: '标准有待制定；本文件未给出金额。' } },
    },
    {
      id: 'special-hardship.standard-rise', clause: '2.2', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '按城市低保标准增幅同步提高城市特困人员救助供养标准', en: 'The tekun support standard rises in step with the rise of the urban dibao standard' },
      quote: '根据全市统一要求，按城市低保标准增幅，同步提高城市特困人员救助供养标准',
      interpretation: {
        encoded: 'Indexation, not a multiple: the tekun standard rises by the same rate (增幅) as the dibao standard. No multiple of the dibao standard is set, so `special-hardship.standard` is not encoded for this document.',
        alternative: '增幅 could be read as the same absolute increase in 元 rather than the same percentage.',
        zh: { encoded: '这是同步调整，而不是倍数：特困人员救助供养标准按与城市低保标准相同的增幅提高。文件未规定相当于低保标准的倍数，因此本文件不编码 `special-hardship.standard`。', alternative: '“增幅”也可理解为增加相同的绝对金额（元），而不是相同的百分比。' },
      },
    },
    {
      id: 'special-hardship.centralised-care.effort', clause: '2.2', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '加大失能特困人员集中供养保障力度', en: 'More centralised (institutional) care for tekun who have lost self-care ability' },
      quote: '加大失能特困人员集中供养保障力度',
    },
    {
      id: 'special-hardship.centralised-care.disabled', clause: '2.2', area: 'special-hardship', kind: 'ratio', ratio: '0.8', bound: 'min', appliesTo: ['tekun'],
      summary: { zh: '失能特困人员集中供养比例到2020年达到80%', en: 'Target: 80% of tekun who have lost self-care ability in centralised care by 2020' },
      quote: '逐步提升失能特困人员集中供养比例达到80%（到2020年）',
      interpretation: {
        encoded: 'A district target for the share of 失能 (unable to care for themselves) tekun living in centralised care, to be reached gradually by 2020; encoded as a floor (达到 = reach at least 80%). It is the only centralised-care figure in the document: it sets no share for semi-disabled or other tekun.',
        alternative: 'An exact target of 80%.',
        zh: { encoded: '这是全区的目标：失能（生活不能自理）特困人员中集中供养的比例，到2020年逐步达到；按下限编码（“达到”即至少80%）。这是文件中唯一的集中供养数字：对半失能或其他特困人员没有规定比例。', alternative: '目标恰好为80%。' },
      },
    },
    {
      id: 'special-hardship.comprehensive', clause: '2.2', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun', 'orphan'],
      summary: { zh: '为特困人员、孤儿提供基本生活、照料服务、疾病治疗和殡葬服务等全方位保障，财政兜底', en: 'Full support for tekun and orphans (living, care, medical treatment, funeral), underwritten by public finance' },
      quote: '为特困人员、孤儿提供基本生活、照料服务、疾病治疗和殡葬服务等全方位保障，财政兜底做到“应养尽养”',
    },
    // 二（三）基本医疗
    {
      id: 'medical.family-doctor', clause: '2.3', area: 'medical', kind: 'commitment',
      summary: { zh: '纳入家庭医生签约服务，建立电子健康档案，提供健康管理', en: 'Contracted family-doctor services, electronic health records and health management' },
      quote: '将城市特殊困难群众家庭纳入家庭医生签约服务范围，为其建立电子健康档案，提供健康管理服务',
    },
    {
      id: 'medical.special-diseases.scope', clause: '2.3', area: 'medical', kind: 'commitment',
      summary: { zh: '扩大医疗救助重特大疾病病种范围', en: 'Widen the list of major and catastrophic diseases covered by medical aid' },
      quote: '扩大医疗救助重特大疾病病种范围',
    },
    {
      id: 'medical.special-diseases.added', clause: '2.3', area: 'medical', kind: 'eligibility',
      summary: { zh: '地中海贫血、慢性髓系白血病、尘肺病、儿童白血病纳入特殊病种救助范围', en: 'Thalassaemia, chronic myeloid leukaemia, pneumoconiosis and childhood leukaemia added to the special-disease list' },
      condition: 'diagnosis of thalassaemia (地中海贫血), chronic myeloid leukaemia (慢性髓系白血病), pneumoconiosis (尘肺病) or childhood leukaemia (儿童白血病): added to the special-disease (特殊病种) list of medical aid',
      quote: '将地中海贫血、慢性髓系白血病、尘肺病、儿童白血病纳入特殊病种救助范围',
      interpretation: { encoded: 'Four diseases are added to the list; the document sets no threshold, ratio or cap for aid for them.', zh: { encoded: '四种疾病纳入特殊病种救助范围；文件未规定对这些病种救助的起付线、比例或封顶线。' } },
    },
    {
      id: 'medical.cost-control', clause: '2.3', area: 'medical', kind: 'commitment',
      summary: { zh: '严格控制医药费用不合理增长', en: 'Curb unjustified growth of medical costs' },
      quote: '严格控制医药费用不合理增长',
    },
    {
      id: 'medical.out-of-catalogue-share', clause: '2.3', area: 'medical', kind: 'ratio', ratio: '0.15', bound: 'max',
      summary: { zh: '力争定点医疗机构住院医保目录外费用占比控制在15%以内', en: 'Aim: out-of-catalogue costs no more than 15% of inpatient costs at designated hospitals' },
      quote: '力争将城市特殊困难群众在定点医疗机构住院的医保目录外费用占比控制在15%以内',
      interpretation: {
        encoded: 'A ceiling (以内 = at most 15%, inclusive) on the share of inpatient costs outside the medical-insurance catalogue, and a target (力争) for hospitals, not an aid ratio: no care type is set, so the medical-aid calculator does not apply it.',
        zh: { encoded: '这是住院费用中医保目录外费用占比的上限（“以内”即至多15%，含15%），是对医院提出的目标（“力争”），不是救助比例：未设定就医类型，因此医疗救助计算器不采用这一条。' },
      },
    },
    {
      id: 'medical.pay-after-treatment', clause: '2.3', area: 'medical', kind: 'commitment', care: ['inpatient'],
      summary: { zh: '区域内定点医疗机构住院先诊疗后付费', en: 'Treatment first, payment later for inpatient care at designated hospitals in the district' },
      quote: '全面实施区域内定点医疗机构住院先诊疗后付费的结算机制',
    },
    {
      id: 'medical.insurance.inpatient.reimbursement-rise', clause: '2.3', area: 'medical', kind: 'relative-change', care: ['inpatient'],
      change: '0.1', target: '区级医院居民医保住院报销比例',
      readings: [
        { id: 'percentage-points', text: 'The reimbursement ratio rises by 10 percentage points (e.g. 60% → 70%).' },
        { id: 'proportional', text: 'The reimbursement ratio is multiplied by 1.1 (e.g. 60% → 66%).' },
      ],
      encodedReading: 'percentage-points',
      summary: { zh: '2018—2020年区级医院居民医保住院报销比例提高10%', en: '2018–2020: inpatient reimbursement ratio of residents\' medical insurance at district-level hospitals up 10%' },
      quote: '2018—2020年，城市特殊困难群众在本行政区域内区级医院居民医保住院报销比例提高10%',
      interpretation: {
        encoded: 'Percentage points: a change of a ratio written "提高10%" is conventionally a rise of 10 points in Chinese medical-insurance practice. It applies in 2018–2020 to inpatient care in district-level hospitals within the district, under residents\' basic medical insurance (居民医保), not to medical aid. The base ratio is not given, so no absolute ratio is encoded.',
        alternative: 'Proportional: the existing ratio times 1.1.',
        zh: { encoded: '按百分点理解：在我国医保实务中，比例写作“提高10%”通常指提高10个百分点。适用于2018—2020年在本行政区域内区级医院的住院，属于居民基本医疗保险（居民医保），而不是医疗救助。原文没有给出原报销比例，因此不编码具体比例。', alternative: '按比例理解：原报销比例乘以1.1。' },
      },
    },
    {
      id: 'medical.insurance.inpatient.threshold-cut', clause: '2.3', area: 'medical', kind: 'relative-change', care: ['inpatient'],
      change: '-0.5', target: '区级医院居民医保住院起付线',
      readings: [
        { id: 'proportional', text: 'The threshold is halved (e.g. 400 元 → 200 元).' },
        { id: 'percentage-points', text: 'A cut of 50 percentage points: meaningful only if the threshold were a percentage; it is an amount in 元, so this reading does not fit.' },
      ],
      encodedReading: 'proportional',
      summary: { zh: '2018—2020年区级医院居民医保住院起付线降低50%', en: '2018–2020: inpatient deductible of residents\' medical insurance at district-level hospitals cut by 50%' },
      quote: '居民医保住院报销比例提高10%，起付线降低50%',
      interpretation: {
        encoded: 'Proportional (halved), because a threshold is an amount of money. Same period (2018–2020), hospitals and insurance as the reimbursement rise. The base threshold is not given, so no amount is encoded.',
        alternative: 'Percentage points (not meaningful for an amount).',
        zh: { encoded: '按比例理解（减半），因为起付线是一笔金额。时期（2018—2020年）、医院和保险种类与报销比例提高那一条相同。原文没有给出原起付线，因此不编码金额。', alternative: '按百分点理解（对金额没有意义）。' },
      },
    },
    {
      id: 'medical.critical-illness-insurance.threshold-cut', clause: '2.3', area: 'medical', kind: 'relative-change', care: ['inpatient'],
      change: '-0.5', target: '城乡居民大病保险起付标准',
      readings: [
        { id: 'proportional', text: 'The critical-illness insurance threshold is halved.' },
        { id: 'percentage-points', text: 'A cut of 50 percentage points: not meaningful for a threshold in 元.' },
      ],
      encodedReading: 'proportional',
      summary: { zh: '城乡居民大病保险起付标准降低50%', en: 'Threshold of critical-illness insurance for urban and rural residents cut by 50%' },
      quote: '城乡居民大病保险起付标准降低50%',
      interpretation: {
        encoded: 'Proportional (halved). Read as part of the same 2018–2020 sentence (after the semicolon), for the same target groups; the restriction to district-level hospitals is not repeated and is not encoded for it. No base amount is given.',
        alternative: 'Percentage points (not meaningful for an amount); or the cut could be read as permanent rather than for 2018–2020 only.',
        zh: { encoded: '按比例理解（减半）。视为同一句2018—2020年规定的一部分（位于分号之后），适用于相同的对象；“区级医院”的限制在这里没有重复，因此对这一条不编码该限制。原文没有给出原起付标准金额。', alternative: '按百分点理解（对金额没有意义）；也可以理解为长期降低，而不只限于2018—2020年。' },
      },
    },
    {
      id: 'medical.aid-level', clause: '2.3', area: 'medical', kind: 'commitment', care: [...ALL_CARE],
      summary: { zh: '落实医疗救助政策，加大救助力度，提高救助水平', en: 'Apply the medical-aid policy, with more and higher aid' },
      quote: '落实医疗救助政策，加大救助力度，提高救助水平，切实缓解城市特殊困难群众“因病致贫、因病返贫”的问题',
      interpretation: {
        encoded: 'The document sets no medical-aid threshold, ratio or cap: it refers to the existing medical-aid policy and promises more aid. None is invented, so the medical-aid calculator answers not-specified and names this clause.',
        zh: { encoded: '文件没有规定医疗救助的起付线、比例或封顶线：只援引现行医疗救助政策并承诺加大救助力度。这里不自行补充任何数字，因此医疗救助计算器给出“未规定”（not-specified），并指向本条。' },
      },
    },
    // 二（四）临时救助
    {
      id: 'eligibility.residency.temporary-aid', clause: '2.4', area: 'eligibility', kind: 'eligibility',
      summary: { zh: '临时救助：渝中区户籍，或因工作居住在渝中区且持有一年以上居住证', en: 'Temporary aid: Yuzhong hukou, or living in Yuzhong for work with a residence permit of one year or more' },
      condition: 'household registration in Yuzhong District; or, without it, living in Yuzhong District because of work and holding a residence permit (居住证) for one year or more',
      quote: '凡持有渝中区户籍，或非渝中区户籍因工作需要居住在渝中区且持有一年以上居住证的',
    },
    {
      id: 'eligibility.residency.temporary-aid.permit', clause: '2.4', area: 'eligibility', kind: 'duration', amount: '1', unit: 'year', bound: 'min',
      summary: { zh: '非渝中区户籍者须持有一年以上居住证', en: 'Non-registered residents: residence permit held for one year or more' },
      quote: '持有一年以上居住证',
      interpretation: {
        encoded: 'Read as having held a residence permit for at least one year (以上 inclusive).',
        alternative: 'A residence permit valid for one year or more.',
        zh: { encoded: '理解为持有居住证已满一年及以上（“以上”包含本数）。', alternative: '也可理解为居住证有效期为一年及以上。' },
      },
    },
    {
      id: 'temporary-aid.emergency-type', clause: '2.4', area: 'temporary-aid', kind: 'eligibility',
      summary: { zh: '急难型临时救助：突发重大疾病等导致基本生活暂时严重困难、需立即救助', en: 'Emergency temporary aid: sudden grave illness or other hardship needing immediate help' },
      condition: 'a household or person whose basic living is temporarily in serious difficulty (a member\'s sudden grave illness or other special hardship) and needs immediate aid',
      quote: '家庭成员突发重大疾病及遭遇其他特殊困难等原因，导致基本生活暂时出现严重困难、需要立即采取救助措施的家庭和个人，开展急难型临时救助',
    },
    {
      id: 'temporary-aid.expenditure-type', clause: '2.4', area: 'temporary-aid', kind: 'eligibility', appliesTo: ['expenditure-hardship'],
      summary: { zh: '支出型临时救助：教育、医疗等必需支出突增超出承受能力', en: 'Expenditure-type temporary aid: sudden essential spending (education, medical) beyond the household\'s means' },
      condition: 'a household whose essential spending (education, medical care, etc.) rose suddenly beyond what it can bear, leaving its basic living in serious difficulty for a period',
      quote: '对因教育、医疗等生活必需支出突然增加超出家庭承受能力，导致基本生活一定时期内出现严重困难的家庭，开展支出型临时救助',
      interpretation: {
        encoded: 'Expenditure-type temporary aid (支出型临时救助). The document has no expenditure-type dibao (支出型低保) rule.',
        zh: { encoded: '这是支出型临时救助。本文件没有关于支出型低保的规定。' },
      },
    },
    {
      id: 'temporary-aid.income-condition', clause: '2.4', area: 'temporary-aid', kind: 'multiple', base: 'local-per-capita-disposable-income',
      max: '1', maxExclusive: true,
      summary: { zh: '家庭人均可支配收入原则上低于当地上年度人均可支配收入', en: 'As a rule, household per-capita disposable income below the previous year\'s local per-capita disposable income' },
      quote: '原则上临时救助家庭人均可支配收入应低于当地上年度人均可支配收入',
      interpretation: {
        encoded: 'Below (exclusive) 1 × the previous year\'s local per-capita disposable income; 当地 read as Yuzhong District. 原则上 (as a rule) leaves room for exceptions.',
        alternative: '当地 could mean Chongqing municipality\'s figure.',
        zh: { encoded: '低于（不含等于）当地上年度人均可支配收入的1倍；“当地”理解为渝中区。“原则上”留有例外的余地。', alternative: '“当地”也可能指重庆市的数据。' },
      },
    },
    {
      id: 'temporary-aid.asset-condition', clause: '2.4', area: 'temporary-aid', kind: 'eligibility',
      summary: { zh: '家庭财产状况符合有关规定', en: 'Household assets within the applicable rules' },
      condition: 'household assets meet the applicable rules (not set in this document)',
      quote: '且家庭财产状况符合有关规定',
    },
    {
      id: 'temporary-aid.tiered-standards', clause: '2.4', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '分类分档制定临时救助标准', en: 'Temporary-aid standards set by category and tier' },
      quote: '在分类分档制定临时救助标准的基础上',
      interpretation: { encoded: 'The tiers and amounts are not in this document: no temporary-aid amount is encoded.', zh: { encoded: '分档和金额不在本文件中：不编码临时救助金额。' } },
    },
    {
      id: 'temporary-aid.major', clause: '2.4', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '重大、特殊生活困难家庭“一事一议”', en: 'Case-by-case decision for households in grave or special difficulty' },
      quote: '对重大、特殊生活困难家庭，采取“一事一议”方式予以救助帮扶',
    },
    // 二（五）教育
    {
      id: 'education.student-aid', clause: '2.5', area: 'education', kind: 'commitment',
      summary: { zh: '减免费用、助学金、生活补助、勤工助学，落实从学前到高等教育的学生资助政策', en: 'Fee waivers, grants, living allowances and work-study, from pre-school to higher education' },
      quote: '采取减免相关费用、发放助学金、给予生活补助、安排勤工助学等方式，落实现行从学前教育到高等教育的减免学费、免费爱心午餐等学生资助政策',
    },
    {
      id: 'education.free-textbooks', clause: '2.5', area: 'education', kind: 'commitment', appliesTo: ['dibao', 'tekun'],
      summary: { zh: '2018—2020年高中阶段在校城乡低保对象和特困人员免费教科书', en: 'Free textbooks for senior-secondary students who are dibao or tekun recipients, 2018–2020' },
      quote: '对我区高中阶段在校城乡低保对象和城乡特困人员免费提供教科书（2018—2020年）',
      interpretation: { encoded: 'For the period 2018–2020 only; urban and rural (城乡) dibao and tekun students.', zh: { encoded: '仅限2018—2020年；对象为城乡（城市和农村）低保对象和特困人员中的学生。' } },
    },
    {
      id: 'education.jinqiu', clause: '2.5', area: 'education', kind: 'commitment',
      summary: { zh: '“金秋助学”：资助考上大学的应届学子', en: '"Golden Autumn" aid for new university entrants' },
      quote: '实施“金秋助学”行动，对考上大学的应届学子给予资助',
    },
    {
      id: 'education.lizhi-award', clause: '2.5', area: 'education', kind: 'commitment',
      summary: { zh: '为往届贫困大学生发放“励志奖”', en: '"Aspiration award" for poor students already at university' },
      quote: '为往届贫困大学生发放“励志奖”，帮助城市特殊困难群众“圆大学梦”',
    },
    // 二（六）住房
    {
      id: 'housing.priority', clause: '2.6', area: 'housing', kind: 'commitment',
      summary: { zh: '实物配租和租赁补贴相结合，优先保障', en: 'Priority housing support, in kind (allocated flats) and by rent allowance' },
      quote: '不断完善基本住房保障制度，采取实物配租和租赁补贴相结合方式，对符合保障条件的城市特殊困难群众实施优先保障',
    },
    {
      id: 'housing.rent-subsidy.scope', clause: '2.6', area: 'housing', kind: 'commitment',
      summary: { zh: '廉租住房实物配租特殊困难家庭租金补贴', en: 'Rent subsidy for special-hardship households living in allocated low-rent flats' },
      quote: '积极开展渝中区廉租住房实物配租特殊困难家庭租金补贴工作',
      interpretation: { encoded: 'Both rent subsidies below concern the rent of a low-rent flat (廉租住房) allocated in kind, not private rentals.', zh: { encoded: '下面两项租金补贴都针对实物配租的廉租住房的租金，不涉及市场上的私人租房。' } },
    },
    {
      id: 'housing.rent-subsidy.dibao-a', clause: '2.6.a', area: 'housing', kind: 'ratio', ratio: '1', bound: 'exact', appliesTo: ['dibao'],
      summary: { zh: '低保A类家庭在类别有效期内按应缴租金等额补贴', en: 'Dibao class-A households: subsidy equal to the rent due, while the class is valid' },
      quote: '一是对低保A类家庭在类别有效期内，按其应缴纳租金实施等额补贴',
      interpretation: {
        encoded: '等额补贴 = a subsidy equal to the rent due (100% of it). Only class-A (A类) dibao households qualify; the vocabulary has no class-A group, so appliesTo is dibao and the class restriction is stated here and in housing.rent-subsidy.dibao-a.period.',
        zh: { encoded: '“等额补贴”指补贴金额等于应缴租金（即100%）。只有低保A类家庭符合条件；统一分类表中没有A类这一类别，因此适用对象（appliesTo）为低保对象，类别限制在本条和 housing.rent-subsidy.dibao-a.period 中说明。' },
      },
    },
    {
      id: 'housing.rent-subsidy.dibao-a.period', clause: '2.6.a', area: 'housing', kind: 'eligibility', appliesTo: ['dibao'],
      summary: { zh: '补贴期限：低保A类类别有效期内', en: 'Subsidy lasts while the household\'s dibao class-A status is valid' },
      condition: 'household classified as dibao class A (低保A类), for as long as that classification is valid; no number of months is set',
      quote: '在类别有效期内',
    },
    {
      id: 'housing.rent-subsidy.temporary-aid.condition', clause: '2.6.b', area: 'housing', kind: 'eligibility',
      summary: { zh: '遭遇突发事件等陷入困境并经审核获得临时救助的家庭', en: 'Households in hardship from an emergency, accident, grave illness etc. that received temporary aid' },
      condition: 'household whose basic living fell into hardship through an emergency, accident, grave illness or other special cause and that was granted temporary aid after review',
      quote: '二是对遭遇突发事件、意外伤害、重大疾病或其他特殊原因导致基本生活陷入困境，经审核获得临时救助的家庭',
      interpretation: { encoded: 'No target group is named: any household granted temporary aid (and living in an allocated low-rent flat) qualifies, so appliesTo is empty.', zh: { encoded: '原文没有点名对象类别：凡获得临时救助（且住在实物配租的廉租住房）的家庭都符合条件，因此适用对象（appliesTo）为空。' } },
    },
    {
      id: 'housing.rent-subsidy.temporary-aid', clause: '2.6.b', area: 'housing', kind: 'ratio', ratio: '1', bound: 'exact',
      summary: { zh: '获得临时救助的家庭按应缴租金等额补贴', en: 'Households granted temporary aid: subsidy equal to the rent due' },
      quote: '经审核获得临时救助的家庭，在获得临时救助起12个月内，按其应缴纳租金实施等额补贴',
      interpretation: { encoded: '等额补贴 = a subsidy equal to the rent due (100% of it).', zh: { encoded: '“等额补贴”指补贴金额等于应缴租金（即100%）。' } },
    },
    {
      id: 'housing.rent-subsidy.temporary-aid.duration', clause: '2.6.b', area: 'housing', kind: 'duration', amount: '12', unit: 'month', bound: 'max',
      summary: { zh: '自获得临时救助起12个月内', en: 'For up to 12 months from the grant of temporary aid' },
      quote: '在获得临时救助起12个月内',
      interpretation: { encoded: 'The rent is covered for the months falling within 12 months counted from the date temporary aid was granted.', zh: { encoded: '自获得临时救助之日起算的12个月内，其间各月的租金均予补贴。' } },
    },
    // 二（七）就业
    {
      id: 'employment.services', clause: '2.7', area: 'employment', kind: 'count', count: 3, unit: '次', bound: 'min',
      summary: { zh: '提供不少于三次的免费职业培训、职业介绍等服务', en: 'At least three free vocational-training, job-introduction or similar services' },
      quote: '针对不同健康状况、文化水平的城市特殊困难群众，提供不少于三次的免费职业培训、职业介绍等服务',
      interpretation: {
        encoded: 'At least three services in all per person, of any of the kinds named; the text gives no period, so it is a count, not a yearly frequency.',
        alternative: 'At least three of each kind of service, or three a year.',
        zh: { encoded: '每人合计至少三次服务，可以是所列任何一种；原文没有规定时间周期，因此按次数编码，而不是按每年频次。', alternative: '也可理解为每种服务各至少三次，或每年三次。' },
      },
    },
    {
      id: 'employment.self-reliance', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '引导有劳动能力者增强主动就业意识', en: 'Encourage those able to work to seek work' },
      quote: '要积极引导有劳动能力的城市特殊困难群众增强主动就业意识，通过自身劳动收入改善家庭生活状况',
    },
    {
      id: 'employment.job-development', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '街道、社区和社会单位多渠道开发适合的工作岗位', en: 'Streets, communities and employers develop suitable jobs' },
      quote: '要引导街道、社区和社会单位多渠道开发适合城市特殊困难群众就业的工作岗位',
    },
    {
      id: 'employment.public-welfare-jobs', clause: '2.7', area: 'employment', kind: 'commitment',
      summary: { zh: '难以市场化就业的通过公益性岗位过渡安置', en: 'Public-welfare jobs as a transition for those who cannot find work on the market' },
      quote: '对难以通过市场化就业的城市特殊困难群众，可通过公益性岗位进行过渡安置',
    },
    {
      id: 'employment.zero-employment', clause: '2.7', area: 'employment', kind: 'count', count: 1, unit: '人/户', bound: 'min',
      summary: { zh: '零就业家庭动态“清零”，有就业意愿和劳动能力成员的家庭至少1人就业', en: 'No zero-employment households: at least one member in work where a member of working age is able and willing' },
      quote: '抓好零就业城市特殊困难群众家庭动态“清零”，确保法定劳动年龄内有就业意愿和劳动能力成员的城市特殊困难群众家庭至少1人就业',
    },
    // 二（八）灾害
    {
      id: 'disaster.demonstration-communities', clause: '2.8', area: 'disaster', kind: 'commitment',
      summary: { zh: '开展综合减灾示范社区创建', en: 'Model communities for disaster reduction' },
      quote: '深入开展综合减灾示范社区创建，进一步增强人民群众防灾减灾意识和自救互救技能',
    },
    {
      id: 'disaster.relief', clause: '2.8', area: 'disaster', kind: 'commitment',
      summary: { zh: '受灾群众的应急救助、遇难人员家属抚慰、过渡期救助', en: 'Emergency relief, consolation of victims\' families and transitional aid' },
      quote: '扎实做好受灾城市特殊困难群众的应急救助、遇难人员家属抚慰、过渡期救助工作',
    },
    {
      id: 'disaster.government-insurance', clause: '2.8', area: 'disaster', kind: 'commitment',
      summary: { zh: '政府救助保险项目：购买商业保险对人身伤亡和家庭财产损失予以救助', en: 'Government-bought commercial insurance for injury, death and household property loss' },
      quote: '实施政府救助保险项目，对在辖区因自然灾害、见义勇为、火灾爆炸、拥挤踩踏、传染病、重大恶性案件、精神病人伤人、道路交通事故等引起的人身伤亡及因自然灾害、火灾爆炸等引起的家庭财产损失通过购买商业保险予以救助',
      interpretation: { encoded: 'Covers anyone harmed in the district by the causes listed, not only the target groups; the sums insured are not in the document.', zh: { encoded: '覆盖在辖区内因所列原因受到伤害的任何人，而不只是三类救助帮扶对象；文件没有写明保险金额。' } },
    },
    // 二（九）结对帮扶
    {
      id: 'social-participation.pairing', clause: '2.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '“街道吹哨、部门报到”，由街道牵头动员部门、企事业单位、社会组织和志愿者结对帮扶', en: 'Pairing led by the street offices: departments, enterprises, NGOs and volunteers each pair with people in hardship' },
      quote: '按照“街道吹哨、部门报到”要求，由街道牵头，积极动员部门、企事业单位、社会组织和志愿者结对帮扶城市特殊困难群众',
    },
    {
      id: 'social-participation.pairing.register', clause: '2.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '梳理情况、建立名册、因人施策、到户到人', en: 'Survey, keep a register, tailor measures to each person' },
      quote: '要梳理情况、建立名册、因人施策、到户到人',
    },
    {
      id: 'social-participation.pairing.visits', clause: '2.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '节日慰问、上门走访、交心谈心，开展就业帮扶和生活困难扶助，实现帮扶常态化', en: 'Festival visits, home visits and talks; help with work and daily hardship, as a regular practice' },
      quote: '要通过节日慰问、上门走访、交心谈心等方式，开展就业帮扶和生活困难扶助，扶志扶智，增强帮扶工作的针对性和实效性，实现帮扶常态化',
    },
    // 二（十）慈善
    {
      id: 'social-participation.charity.promotion', clause: '2.10', area: 'social-participation', kind: 'commitment',
      summary: { zh: '利用“中华慈善日”“99公益日”培育慈善意识，开展慈善活动', en: 'Charity promotion on China Charity Day and the "99 Giving Day"' },
      quote: '充分利用“中华慈善日”、“99公益日”等活动，培育公众慈善意识，广泛开展扶贫济困、赈灾救孤、扶老助残、助医助学等慈善活动',
    },
    {
      id: 'social-participation.mutual-aid', clause: '2.10', area: 'social-participation', kind: 'commitment',
      summary: { zh: '鼓励社区群众性互助互济活动', en: 'Mutual aid within communities' },
      quote: '鼓励支持在城市社区开展群众性互助互济活动，充分发挥家庭、个人、志愿者在慈善活动中的积极作用',
    },
    {
      id: 'social-participation.charity-fund', clause: '2.10', area: 'social-participation', kind: 'commitment',
      summary: { zh: '区慈善会建立城市解困专项慈善救助资金', en: 'District Charity Federation sets up a special charity fund for urban hardship' },
      quote: '渝中区慈善会结合实际，开展形式多样的募捐活动，通过社会募集、党员干部捐赠等方式，建立城市解困专项慈善救助资金，用于我区城市特殊困难群体的关爱帮扶',
      interpretation: { encoded: 'The actor named in the text is 渝中区慈善会; the clause\'s responsible units (区民政局、各街道办事处) are kept as printed.', zh: { encoded: '原文点名的实施主体是渝中区慈善会；本条的责任单位（区民政局、各街道办事处）按原文保留。' } },
    },
    {
      id: 'social-participation.straw-aid-centres', clause: '2.10', area: 'social-participation', kind: 'commitment',
      summary: { zh: '指导街道“稻草援助中心”、社会组织开展公益慈善活动', en: '"Straw Aid Centres" of the street offices and NGOs run charitable activities' },
      quote: '指导街道“稻草援助中心”、社会组织开展公益慈善活动，广集社会爱心资源',
    },
    {
      id: 'social-participation.social-work', clause: '2.10', area: 'social-participation', kind: 'commitment',
      summary: { zh: '引导民办社会工作服务机构参与救助帮扶', en: 'Private social-work agencies join the assistance work' },
      quote: '积极引导民办社会工作服务机构参与城市特殊困难群众救助帮扶工作',
    },
    {
      id: 'social-participation.charity.non-registered', clause: '2.10', area: 'social-participation', kind: 'commitment',
      summary: { zh: '对非渝中区户籍的困难群众进行慈善关爱', en: 'Charitable care also for people in hardship without Yuzhong hukou' },
      quote: '对非渝中区户籍的困难群众进行慈善关爱',
      interpretation: { encoded: 'A charitable measure beyond the residency condition of the target groups (eligibility.residency); no entitlement or amount is set.', zh: { encoded: '这是超出救助帮扶对象户籍条件（eligibility.residency）的慈善措施；不设定任何待遇资格或金额。' } },
    },
    // 三、工作要求
    {
      id: 'administration.precise-identification', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '完善精准识别程序和标准，定期普查，动态管理', en: 'Precise identification procedures, periodic surveys, dynamic management' },
      quote: '要完善城市特殊困难群众精准识别程序和标准，定期开展普查，加强动态管理，做到精准到户到人，确保应保尽保、应扶尽扶',
      interpretation: { encoded: '定期 (periodically): the document sets no frequency for the surveys.', zh: { encoded: '“定期”：文件未规定普查频次。' } },
    },
    {
      id: 'administration.big-data-platform', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '依托精准救助帮扶大数据平台动态化、数字化管理', en: 'Big-data platform for digital, dynamic case management' },
      quote: '依托城市特殊困难群众精准救助帮扶大数据平台，实现救助帮扶基本信息动态化、数字化、常态化精准管理',
    },
    {
      id: 'administration.information-sharing', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '部门信息互联互通、资源共享', en: 'Information and resource sharing between departments' },
      quote: '推动相关部门信息互联互通、资源共享',
    },
    {
      id: 'administration.publicity', clause: '3.2', area: 'administration', kind: 'commitment',
      summary: { zh: '多渠道宣传救助帮扶政策和社会力量参与的典型', en: 'Publicise the policies and exemplary social participation' },
      quote: '充分利用各类媒体，多渠道、多角度宣传救助帮扶政策，宣传社会力量参与城市特殊困难群众救助帮扶的典型案例和先进事迹，加强对受助对象宣传教育',
    },
    {
      id: 'social-participation.outreach', clause: '3.2', area: 'social-participation', kind: 'commitment',
      summary: { zh: '节日慰问、定期入户走访、专项帮扶解困、关爱慰藉活动', en: 'Festival visits, regular home visits, targeted relief and care activities' },
      quote: '广泛开展节日慰问、定期入户走访、专项帮扶解困、关爱慰藉活动等，不断激发社会力量服务城市特殊困难群众的热情',
    },
    {
      id: 'administration.funding', clause: '3.3', area: 'administration', kind: 'commitment', departments: ['区财政局'],
      summary: { zh: '区财政局将救助帮扶资金纳入本级预算，逐步加大投入', en: 'District finance bureau budgets the assistance funds and raises them as revenue grows' },
      quote: '区财政局要将城市特殊困难群众救助帮扶资金纳入本级预算，随着财力增长逐步加大资金投入',
      interpretation: { encoded: 'No 责任单位 line is printed for 三（三）; the department is the one the sentence names.', zh: { encoded: '三（三）没有印出“责任单位”一行；所列部门即句中点名的部门。' } },
    },
    {
      id: 'administration.earmarking', clause: '3.3', area: 'administration', kind: 'commitment',
      summary: { zh: '专款专用，规范资金使用管理', en: 'Funds earmarked and properly managed' },
      quote: '要坚持专款专用，规范资金使用管理，提高资金使用的精准性和有效性',
    },
    {
      id: 'administration.fund-supervision', clause: '3.3', area: 'administration', kind: 'commitment',
      summary: { zh: '财政、审计部门监督检查资金管理使用', en: 'Finance and audit departments supervise the use of funds' },
      quote: '财政、审计部门要加强救助帮扶资金管理使用情况的监督检查，防止挤占、挪用、套取资金等违纪违法行为发生',
    },
    {
      id: 'administration.inspection', clause: '3.4', area: 'administration', kind: 'commitment',
      summary: { zh: '集中督查、重点抽查、专项巡查、随机暗访', en: 'Inspections: joint, spot checks, special tours and unannounced visits' },
      quote: '要采取集中督查、重点抽查、专项巡查、随机暗访等方式，加强救助帮扶政策执行情况的督导检查，确保政策落到实处',
    },
    {
      id: 'administration.transparency', clause: '3.4', area: 'administration', kind: 'commitment',
      summary: { zh: '适时向社会公布，接受社会和群众监督', en: 'Results published; public oversight' },
      quote: '要将城市特殊困难群众救助帮扶工作情况适时向社会公布，主动接受社会和群众监督，提升救助帮扶工作透明度',
    },
    // 附件：结对帮扶一览表及工作要求
    {
      id: 'social-participation.pairing.departments-to-streets', clause: 'appendix', area: 'social-participation', kind: 'commitment',
      summary: { zh: '由街道牵头，区级部门主动与街道对接开展结对帮扶（结对安排见一览表）', en: 'Street offices lead; district departments liaise with their assigned street (pairings in the table)' },
      quote: '由街道牵头开展困难群众结对帮扶工作，区级部门主动与街道对接，做好结对帮扶工作',
      interpretation: { encoded: 'Which departments pair with which street office, and how many people each street counts, is encoded as data in the table `pairing`.', zh: { encoded: '哪些部门与哪个街道结对、各街道有多少人，作为数据编码在表格 `pairing` 中。' } },
    },
    {
      id: 'social-participation.pairing.festival-visits', clause: 'appendix', area: 'social-participation', kind: 'commitment',
      summary: { zh: '元旦春节、端午、中秋等传统节日上门走访，交心谈心', en: 'Home visits at New Year, Spring Festival, Dragon Boat and Mid-Autumn festivals' },
      quote: '利用元旦春节、端午、中秋等传统节日上门走访，与帮扶对象交心谈心，开展就业帮扶和生活困难扶助',
    },
    {
      id: 'social-participation.pairing.321', clause: 'appendix', area: 'social-participation', kind: 'commitment',
      summary: { zh: '“321”原则：区级领导结对2-3人，处级领导结对1-2人，其他干部结对1人', en: '"321" principle: district leaders pair with 2–3 people, division-level leaders with 1–2, other cadres with 1' },
      quote: Q321,
      interpretation: {
        encoded: '"321" names the upper number of people each rank pairs with: 3 = district-level leaders (区级领导, 2–3 people), 2 = division-level leaders (处级领导, 1–2), 1 = other cadres (其他干部, 1). The counts are encoded in the provisions below.',
        zh: { encoded: '“321”指各级干部结对人数的上限：3 = 区级领导（2—3人），2 = 处级领导（1—2人），1 = 其他干部（1人）。具体人数编码在下面各条中。' },
      },
    },
    {
      id: 'social-participation.pairing.321.district-leader.min', clause: 'appendix', area: 'social-participation', kind: 'count', count: 2, unit: '人', bound: 'min',
      summary: { zh: '区级领导结对不少于2人', en: 'District-level leaders: at least 2 people' },
      quote: '区级领导结对2-3人',
    },
    {
      id: 'social-participation.pairing.321.district-leader.max', clause: 'appendix', area: 'social-participation', kind: 'count', count: 3, unit: '人', bound: 'max',
      summary: { zh: '区级领导结对不超过3人', en: 'District-level leaders: at most 3 people' },
      quote: '区级领导结对2-3人',
    },
    {
      id: 'social-participation.pairing.321.division-leader.min', clause: 'appendix', area: 'social-participation', kind: 'count', count: 1, unit: '人', bound: 'min',
      summary: { zh: '处级领导结对不少于1人', en: 'Division-level leaders: at least 1 person' },
      quote: '处级领导结对1-2人',
    },
    {
      id: 'social-participation.pairing.321.division-leader.max', clause: 'appendix', area: 'social-participation', kind: 'count', count: 2, unit: '人', bound: 'max',
      summary: { zh: '处级领导结对不超过2人', en: 'Division-level leaders: at most 2 people' },
      quote: '处级领导结对1-2人',
    },
    {
      id: 'social-participation.pairing.321.other-cadre', clause: 'appendix', area: 'social-participation', kind: 'count', count: 1, unit: '人', bound: 'exact',
      summary: { zh: '其他干部结对1人', en: 'Other cadres: 1 person' },
      quote: '其他干部结对1人',
    },
  ],
  tables: [
    {
      id: 'pairing',
      clause: 'appendix',
      title: '渝中区区级部门结对帮扶困难群众一览表',
      // The numeric columns sit under the printed group heading 困难群众（人）.
      columns: [
        { key: 'no', zh: '序号', numeric: false },
        { key: 'departments', zh: '区级部门', numeric: false },
        { key: 'street', zh: '街道', numeric: false },
        { key: 'dibao', zh: '低保对象', numeric: true },
        { key: 'tekun', zh: '特困人员（孤儿）', numeric: true },
        { key: 'registered', zh: '特殊困难家庭建档', numeric: true },
        { key: 'subtotal', zh: '小计', numeric: true },
      ],
      rowTotalColumn: 'subtotal',
      rows: [
        { cells: { no: '1', departments: '区委办公室、区委机要保密局、区发改委、区金融办、区招商投资局、区信访办、区医保局', street: '七星岗', dibao: 1508, tekun: 51, registered: 99, subtotal: 1658 } },
        { cells: { no: '2', departments: '区政府办、区商务委、区审计局、区统计局、区民宗委、区人民防空办、区政府外办、CBD管委会', street: '解放碑', dibao: 1276, tekun: 41, registered: 135, subtotal: 1452 } },
        { cells: { no: '3', departments: '区人大机关、区法院机关、区检察机关、区人武部机关、区妇联', street: '南纪门', dibao: 1320, tekun: 46, registered: 37, subtotal: 1403 } },
        { cells: { no: '4', departments: '区政协机关、区税务局、区城管局、区交巡警支队、区党史研究室、区文联', street: '上清寺', dibao: 686, tekun: 13, registered: 109, subtotal: 808 } },
        { cells: { no: '5', departments: '区委党校、区文化旅游委、区市场监管局、历史文化街区管委会、区交通局、区总工会', street: '朝天门', dibao: 1143, tekun: 27, registered: 65, subtotal: 1235 } },
        { cells: { no: '6', departments: '区委政法委、区司法局、区公安分局', street: '化龙桥', dibao: 579, tekun: 15, registered: 33, subtotal: 627 } },
        { cells: { no: '7', departments: '区委宣传部、区委直属机关工委、区科技局、区政务服务办、区经济信息委、团区委、区科协', street: '大溪沟', dibao: 713, tekun: 13, registered: 80, subtotal: 806 } },
        { cells: { no: '8', departments: '纪委监委机关、区委统战部、区委巡察办、电创园管委会、区规划自然资源局、区工商联、区侨联', street: '两路口', dibao: 1273, tekun: 20, registered: 76, subtotal: 1369 } },
        { cells: { no: '9', departments: '区财政局、区生态环境局、区住房城市建设委、区国资委、区机关事务局', street: '菜园坝', dibao: 1157, tekun: 23, registered: 57, subtotal: 1237 } },
        { cells: { no: '10', departments: '区委组织部、区委编办、区委老干局、区人力社保局、区卫生健康委、区大数据发展局、大石化管委会', street: '石油路', dibao: 411, tekun: 4, registered: 88, subtotal: 503 } },
        { cells: { no: '11', departments: '区教委、区民政局、区应急局、区退役军人事务局、区残联', street: '大坪', dibao: 801, tekun: 23, registered: 24, subtotal: 848 } },
        // Printed without 序号 or department; the 特殊困难家庭建档 cell is blank (no key).
        { cells: { street: '福利院', dibao: 8, tekun: 64, subtotal: 72 } },
        { cells: { departments: '合计', dibao: 10875, tekun: 340, registered: 803, subtotal: 12018 }, role: 'total' },
      ],
    },
  ],
});
