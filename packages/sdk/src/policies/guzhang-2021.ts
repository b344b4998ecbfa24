import { _definePolicy } from './_define.ts';

const d41 = ['县民政局', '县财政局', '县卫健局', '县残联'];
const d42 = ['县住建局', '县住房保障中心', '县财政局'];
const d43 = ['县医保局', '县财政局', '县卫健局', '县总工会', '县残联'];
const TEKUN_LIKE = ['tekun', 'orphan', 'unsupported-child'] as const;
const OTHERS = ['dibao', 'low-income', 'hardship-worker', 'other-hardship'] as const;
const THIRD = ['low-income', 'hardship-worker', 'other-hardship'] as const;
const ALL_OUTPATIENT = ['outpatient-chronic', 'outpatient-major'] as const;

/** 古丈县城市特殊困难群体帮扶工作实施方案（试行）, 古办〔2021〕9号. */
export const guzhang2021 = _definePolicy({
  id: 'guzhang-2021',
  title: '古丈县城市特殊困难群体帮扶工作实施方案（试行）',
  shortName: { zh: '古丈县', en: 'Guzhang County' },
  docNumber: '古办〔2021〕9号',
  region: {
    province: { zh: '湖南省', en: 'Hunan' },
    prefecture: { zh: '湘西土家族苗族自治州', en: 'Xiangxi Tujia and Miao Autonomous Prefecture' },
    county: { zh: '古丈县', en: 'Guzhang County' },
  },
  issuers: ['中共古丈县委办公室', '古丈县人民政府办公室'],
  issued: '2021-09-27',
  effective: '本方案自印发之日起施行',
  parents: [
    { docNumber: '州办〔2021〕18号', title: '中共湘西自治州委办公室湘西自治州人民政府办公室关于印发〈湘西自治州城市特殊困难群体帮扶工作实施方案（试行）〉的通知' },
    { docNumber: '国务院令649号', title: '社会救助暂行办法' },
  ],
  groups: [
    { id: 'dibao', term: '城市低保对象', definition: '第一类：兜底保障对象。纳入保障的城市低保对象、城市特困人员、城市孤儿、事实无人抚养儿童、困难残疾人等民政保障对象。', clause: '2.a' },
    { id: 'tekun', term: '城市特困人员', definition: '第一类：兜底保障对象。纳入保障的城市低保对象、城市特困人员、城市孤儿、事实无人抚养儿童、困难残疾人等民政保障对象。', clause: '2.a' },
    { id: 'orphan', term: '城市孤儿', definition: '第一类：兜底保障对象。纳入保障的城市低保对象、城市特困人员、城市孤儿、事实无人抚养儿童、困难残疾人等民政保障对象。', clause: '2.a' },
    { id: 'unsupported-child', term: '事实无人抚养儿童', definition: '第一类：兜底保障对象。纳入保障的城市低保对象、城市特困人员、城市孤儿、事实无人抚养儿童、困难残疾人等民政保障对象。', clause: '2.a' },
    { id: 'low-income', term: '低收入家庭', definition: '第二类：低收入家庭。指收入高于城市低保标准，但低于城市低保标准的1.5倍，且财产状况符合当地相关规定的低保边缘家庭。', clause: '2.b' },
    { id: 'hardship-worker', term: '特殊困难职工', definition: '第三类：特殊困难职工及其他特殊困难对象。因突发事件、意外伤害、重大疾病和灾情疫情等特殊情况导致基本生活暂时困难的家庭或个人；独生子女发生死亡或伤残且伤病残等级经依法鉴定达到三级以上，又未再生育或收养子女的计划生育特殊困难家庭。', clause: '2.c' },
    { id: 'other-hardship', term: '其他特殊困难对象', definition: '第三类：特殊困难职工及其他特殊困难对象。因突发事件、意外伤害、重大疾病和灾情疫情等特殊情况导致基本生活暂时困难的家庭或个人；独生子女发生死亡或伤残且伤病残等级经依法鉴定达到三级以上，又未再生育或收养子女的计划生育特殊困难家庭。', clause: '2.c' },
  ],
  clauses: [
    { id: 'notice', heading: '关于印发《古丈县城市特殊困难群体帮扶工作实施方案（试行）》的通知' },
    { id: 'preamble' },
    { id: '1', heading: '指导思想' },
    { id: '2', heading: '帮扶对象' },
    { id: '2.a', heading: '第一类：兜底保障对象' },
    { id: '2.b', heading: '第二类：低收入家庭' },
    { id: '2.c', heading: '第三类：特殊困难职工及其他特殊困难对象' },
    { id: '3', heading: '认定程序与职责' },
    { id: '3.1', heading: '个人申请' },
    { id: '3.2', heading: '镇受理' },
    { id: '3.3', heading: '部门认定' },
    { id: '4', heading: '帮扶措施' },
    { id: '4.1', heading: '加大基本生活保障力度', departments: d41 },
    { id: '4.2', heading: '加大住房帮扶力度', departments: d42 },
    { id: '4.3', heading: '加大医疗保障帮扶力度', departments: d43 },
    { id: '4.4', heading: '加大教育帮扶力度', departments: ['县教育局', '县财政局'] },
    { id: '4.5', heading: '加大就业帮扶力度', departments: ['县人社局'] },
    { id: '4.6', heading: '加大急难帮扶力度', departments: ['县应急管理局', '县卫健局', '县公安局', '县民政局', '县财政局'] },
    { id: '5', heading: '形成帮扶合力' },
    { id: '5.1', heading: '加大党员干部带头帮扶力度', departments: ['县委组织部', '县文明办'] },
    { id: '5.2', heading: '加大群团组织协同帮扶力度', departments: ['团县委', '县总工会', '县妇联', '县工商联', '县残联'] },
    { id: '5.3', heading: '加大社会参与帮扶力度', departments: ['县民政局', '县科工信局', '县红十字会'] },
    { id: '6', heading: '组织保障' },
    { id: '6.1', heading: '强化组织领导' },
    { id: '6.2', heading: '强化部门协同' },
    { id: '6.3', heading: '强化资金保障' },
    { id: '6.4', heading: '强化动态管理' },
    { id: '6.5', heading: '强化监督管理' },
    { id: 'closing' },
  ],
  provisions: [
    // 二、帮扶对象
    {
      id: 'eligibility.residency', clause: '2', area: 'eligibility', kind: 'eligibility',
      summary: { zh: '户口在本县且长期居住的城镇（非农业）困难群众', en: 'Urban (non-agricultural) residents registered and living long-term in the county' },
      condition: 'household registration (户口) in Guzhang County and long-term residence, urban (non-agricultural) status',
      quote: '城市特殊困难群体是指户口在我县且长期居住的城镇（非农业）困难群众',
    },
    {
      id: 'eligibility.categories', clause: '2', area: 'eligibility', kind: 'count', count: 3, unit: '类',
      summary: { zh: '城市特殊困难群体分为三类', en: 'Three categories of urban residents in special hardship' },
      quote: '将我县城市特殊困难群体分为三类',
    },
    {
      id: 'eligibility.first-category', clause: '2.a', area: 'eligibility', kind: 'eligibility',
      appliesTo: ['dibao', 'tekun', 'orphan', 'unsupported-child'],
      summary: { zh: '第一类：兜底保障对象', en: 'Category 1: safety-net recipients (dibao, tekun, orphans, unsupported children, disabled persons in hardship)' },
      condition: 'already covered as dibao, tekun, orphan, child without carers or disabled person in hardship',
      quote: '纳入保障的城市低保对象、城市特困人员、城市孤儿、事实无人抚养儿童、困难残疾人等民政保障对象',
    },
    {
      id: 'eligibility.low-income.band', clause: '2.b', area: 'eligibility', kind: 'multiple', base: 'dibao-standard',
      min: '1', minExclusive: true, max: '1.5', maxExclusive: true, appliesTo: ['low-income'],
      summary: { zh: '低收入家庭：收入高于低保标准、低于低保标准的1.5倍', en: 'Low-income household: income above the dibao standard and below 1.5 times it' },
      quote: '指收入高于城市低保标准，但低于城市低保标准的1.5倍，且财产状况符合当地相关规定的低保边缘家庭',
      interpretation: {
        encoded: 'Income is compared per capita per month with the monthly urban dibao standard; both ends are exclusive (高于 … 低于).',
        alternative: 'The text does not say "per capita"; a reader could compare total household income with the standard.',
        zh: { encoded: '按家庭月人均收入与城市低保月标准比较；两端均不含本数（“高于……低于”）。', alternative: '原文没有写“人均”，也可以理解为用家庭总收入与低保标准比较。' },
      },
    },
    {
      id: 'eligibility.third-category', clause: '2.c', area: 'eligibility', kind: 'eligibility',
      appliesTo: ['hardship-worker', 'other-hardship'],
      summary: { zh: '第三类：因突发事件等导致基本生活暂时困难的家庭或个人，及计划生育特殊困难家庭', en: 'Category 3: households in temporary hardship from emergencies, accidents, grave illness or disasters, and family-planning special-hardship families' },
      condition: 'temporary hardship caused by an emergency, accident, major illness, disaster or epidemic; or an only child died or is disabled (grade 3 or above) and no child was born or adopted since',
      quote: '因突发事件、意外伤害、重大疾病和灾情疫情等特殊情况导致基本生活暂时困难的家庭或个人',
    },
    {
      id: 'eligibility.family-planning.disability-grade', clause: '2.c', area: 'eligibility', kind: 'eligibility',
      appliesTo: ['other-hardship'],
      summary: { zh: '计划生育特殊困难家庭：独生子女伤病残等级达三级以上', en: 'Family-planning hardship: the only child\'s disability assessed at grade 3 or above' },
      condition: 'only child died, or disabled at grade 1–3 (三级以上) by legal assessment, and the parents neither had nor adopted another child',
      quote: '独生子女发生死亡或伤残且伤病残等级经依法鉴定达到三级以上，又未再生育或收养子女的计划生育特殊困难家庭',
    },
    // 三、认定程序与职责
    {
      id: 'eligibility.application', clause: '3.1', area: 'eligibility', kind: 'commitment',
      summary: { zh: '个人向户籍所在地乡镇、村（社区）提出帮扶申请', en: 'Individuals apply to the township or community of their registered residence' },
      quote: '由个人向户籍所在地乡镇、村（社区）提出帮扶申请',
    },
    {
      id: 'administration.one-door', clause: '3.2', area: 'administration', kind: 'commitment',
      summary: { zh: '“一门受理、协同办理”，镇统一受理并核对、入户调查、公示', en: '"One door" intake by the township: means check, home visit, public notice, referral to departments' },
      quote: '全面推行“一门受理、协同办理”',
    },
    {
      id: 'eligibility.determination', clause: '3.3', area: 'eligibility', kind: 'commitment',
      summary: { zh: '第一、二类由民政部门认定；特殊困难职工由工会认定；其他由民政、卫健部门认定', en: 'Categories 1–2 determined by civil affairs; hardship workers by the trade union; others by civil affairs and health' },
      quote: '涉及第一类、第二类申请对象的认定，由民政部门负责；涉及第三类申请对象的认定，特殊困难职工由工会负责，其他特殊困难群众由民政、卫健部门负责',
    },
    // 四（一）基本生活
    {
      id: 'basic-living.full-standard', clause: '4.1', area: 'basic-living', kind: 'multiple', base: 'dibao-standard', min: '1', max: '1',
      appliesTo: ['dibao'],
      summary: { zh: '重病、重残对象及整户无劳力家庭按全额标准发放低保金', en: 'Seriously ill or severely disabled members, and households with no one able to work, receive the full dibao standard' },
      quote: '对城市低保家庭中的重病、重残对象（含三级智力、精神残疾），及整户无劳力家庭按照全额标准发放低保金',
      interpretation: {
        encoded: 'Each seriously ill or severely disabled member receives the full monthly standard (not the gap between standard and income); where the whole household has no labour capacity, every member does.',
        alternative: 'The whole household could receive the full standard for every member as soon as one member is seriously ill or severely disabled.',
        zh: { encoded: '每名重病、重残成员按月领取全额低保标准（而不是低保标准与收入之间的差额）；整户无劳力的家庭，每名成员都按全额领取。', alternative: '也可理解为：家庭中只要有一名成员重病或重残，全家每名成员都按全额标准领取。' },
      },
    },
    {
      id: 'basic-living.floor', clause: '4.1', area: 'basic-living', kind: 'amount', amount: '400', unit: 'CNY/person/month', bound: 'min',
      appliesTo: ['dibao'],
      summary: { zh: '每人每月低保金不足400元的提高到400元', en: 'Dibao allowance of less than 400 元 per person per month is raised to 400 元' },
      quote: '对每人每月低保金不足400元的，提高到400元标准发放',
    },
    {
      id: 'basic-living.single-person-household', clause: '4.1', area: 'basic-living', kind: 'eligibility',
      appliesTo: ['low-income'],
      summary: { zh: '低收入家庭中的重度残疾人、重病患者等经本人申请可参照“单人户”纳入低保', en: 'Severely disabled or seriously ill members of low-income households may be included in dibao as single-person households' },
      condition: 'member of a low-income household who is severely disabled, grade-3 intellectually or mentally disabled, or seriously ill, and who applies',
      quote: '对第二类低收入家庭中的重度残疾人、三级智力（精神）残疾人、重病患者等特殊困难人员，经本人申请，可参照“单人户”纳入低保',
    },
    {
      id: 'temporary-aid.amount', clause: '4.1', area: 'temporary-aid', kind: 'range', min: '2000', max: '4000', unit: 'CNY/household',
      summary: { zh: '临时救助按每户2000至4000元', en: 'Temporary aid of 2000 to 4000 元 per household' },
      quote: '提高临时救助标准，按每户2000至4000元实施救助帮扶',
      interpretation: {
        encoded: 'Each grant is between 2000 and 4000 元 per household; the text does not say where in the range a case falls, so calculators return the range.',
        zh: { encoded: '每次救助为每户2000至4000元；原文没有说明具体个案在这一区间内取多少，因此计算器给出的是这个区间。' },
      },
    },
    {
      id: 'temporary-aid.same-cause-limit', clause: '4.1', area: 'temporary-aid', kind: 'frequency', times: 2, per: 'year', bound: 'max',
      summary: { zh: '一年内同类困难原因临时救助不得超过2次', en: 'No more than 2 temporary-aid grants a year for the same cause' },
      quote: '一年内同类困难原因临时救助不得超过2次',
      interpretation: {
        encoded: '"一年内" read as within the same calendar year: calculators count the grants already received this year for the same cause.',
        alternative: '"一年内" could mean any rolling twelve months, counted back from the new application.',
        zh: { encoded: '“一年内”理解为同一自然年内：计算器统计本年度因同类原因已获救助的次数。', alternative: '“一年内”也可理解为自新申请之日起往前推算的任意十二个月。' },
      },
    },
    {
      id: 'basic-living.family-planning.disabled-child', clause: '4.1', area: 'basic-living', kind: 'amount', amount: '7300', unit: 'CNY/person/year',
      summary: { zh: '独生子女伤残对象特别扶助每人每年7300元', en: 'Family-planning special support, disabled only child: 7300 元 per person per year' },
      quote: '纳入国家计划生育家庭特别扶助范围的独生子女伤残对象扶助标准提高到每人每年7300元',
    },
    {
      id: 'basic-living.family-planning.bereaved', clause: '4.1', area: 'basic-living', kind: 'amount', amount: '10000', unit: 'CNY/person/year',
      summary: { zh: '独生子女死亡对象特别扶助每人每年1万元', en: 'Family-planning special support, only child deceased: 10000 元 per person per year' },
      quote: '独生子女死亡对象扶助标准提高到每人每年1万元',
    },
    {
      id: 'disability.two-subsidies', clause: '4.1', area: 'disability', kind: 'amount', amount: '120', unit: 'CNY/person/month',
      summary: { zh: '困难残疾人生活补贴和重度残疾人护理补贴提高到每人每月120元', en: 'Living subsidy for disabled persons in hardship and nursing subsidy for the severely disabled: 120 元 per person per month each' },
      quote: '困难残疾人生活补贴和重度残疾人护理补贴“两项补贴”提高到每人每月120元',
      interpretation: {
        encoded: 'Each of the two subsidies is 120 元 per person per month; a person eligible for both receives 240 元.',
        alternative: 'The two subsidies together could total 120 元 per person per month.',
        zh: { encoded: '两项补贴各为每人每月120元；两项都符合条件的人共领取240元。', alternative: '也可理解为两项补贴合计每人每月120元。' },
      },
    },
    // 四（二）住房
    {
      id: 'housing.public-rental-priority', clause: '4.2', area: 'housing', kind: 'commitment',
      summary: { zh: '无房居住的优先实施廉租房、公租房保障', en: 'Priority for low-rent and public-rental housing for those without a home' },
      quote: '对三类对象无房居住的优先实施廉租房、公租房保障',
    },
    {
      id: 'housing.rent-subsidy', clause: '4.2', area: 'housing', kind: 'multiple', base: 'dibao-standard', min: '0.5', max: '0.5',
      summary: { zh: '短时间租房的按城市低保标准的50%补贴', en: 'Short-term renters: subsidy of 50% of the urban dibao standard' },
      quote: '短时间租房的按城市低保标准的50%进行补贴',
      interpretation: {
        encoded: '50% of the monthly urban dibao standard (per person) per household per month of renting.',
        alternative: 'The subsidy could be 50% of the standard for each household member.',
        zh: { encoded: '每户每租房一个月，补贴城市低保月标准（按一人计）的50%。', alternative: '也可理解为家庭每名成员各补贴低保标准的50%。' },
      },
    },
    // 四（三）医疗
    {
      id: 'medical.insurance-enrolment', clause: '4.3', area: 'medical', kind: 'commitment',
      summary: { zh: '三类对象中参加城乡居民医保的人员全部纳入基本医保和大病保险', en: 'All enrolled in basic medical and critical-illness insurance' },
      quote: '将三类对象中参加城乡居民医保的人员全部纳入基本医疗保险和大病保险制度范围',
    },
    {
      id: 'medical.premium.full', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '1', bound: 'exact',
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童及整户无劳力家庭个人缴费全额资助', en: 'Full subsidy of the individual insurance premium for tekun, orphans, unsupported children and households with no labour capacity' },
      quote: '对城市特困人员、孤儿、事实无人抚养儿童及整户无劳力家庭参保的个人缴费部分给予全额资助',
    },
    {
      id: 'medical.premium.others', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '0.5', bound: 'min',
      appliesTo: [...OTHERS],
      summary: { zh: '其他救助对象个人缴费按不低于50%资助', en: 'Premium subsidy of at least 50% for other recognised hardship groups' },
      quote: '对经民政部门确认的其他城市特殊困难群体救助对象参保的个人缴费部分按不低于50%比例给予资助',
    },
    {
      id: 'medical.inpatient.scope', clause: '4.3', area: 'medical', kind: 'eligibility', care: ['inpatient'],
      summary: { zh: '经各类保险报销后政策范围内自负费用纳入住院救助', en: 'Self-paid cost within the basic-insurance policy range, after all insurance, is eligible for inpatient aid' },
      condition: 'self-paid cost within the basic medical insurance policy range, after basic, critical-illness and supplementary insurance',
      quote: '救助对象经基本医疗保险、大病保险、补充医疗保险等报销后，符合基本医疗保险政策支付范围内的自负费用可纳入住院救助范围',
    },
    {
      id: 'medical.inpatient.tekun.threshold', clause: '4.3', area: 'medical', kind: 'threshold', amount: null, care: ['inpatient'],
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童住院救助不设起付线', en: 'No inpatient threshold for tekun, orphans and unsupported children' },
      quote: '对城市特困人员、孤儿、事实无人抚养儿童住院医疗救助不设起付线和年度救助限额',
    },
    {
      id: 'medical.inpatient.tekun.cap', clause: '4.3', area: 'medical', kind: 'cap', amount: null, care: ['inpatient'],
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童住院救助不设年度限额', en: 'No annual inpatient cap for tekun, orphans and unsupported children' },
      quote: '对城市特困人员、孤儿、事实无人抚养儿童住院医疗救助不设起付线和年度救助限额',
    },
    {
      id: 'medical.inpatient.tekun.ratio', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '1', care: ['inpatient'],
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童住院自负费用按100%救助', en: 'Inpatient aid of 100% of self-paid cost for tekun, orphans and unsupported children' },
      quote: '个人自负费用按100%的比例救助',
    },
    {
      id: 'medical.inpatient.dibao.threshold', clause: '4.3', area: 'medical', kind: 'threshold', amount: '4000', care: ['inpatient'],
      appliesTo: ['dibao'],
      summary: { zh: '低保对象住院救助起付线4000元', en: 'Inpatient threshold for dibao recipients: 4000 元' },
      quote: '对城市低保对象设起付线4000元',
      interpretation: { encoded: 'An annual threshold, deducted once from the year\'s self-paid cost.', alternative: 'The threshold could apply to each hospital stay.', zh: { encoded: '起付线按年度计算，从全年个人自负费用中只扣除一次。', alternative: '也可理解为每次住院都要扣除一次起付线。' } },
    },
    {
      id: 'medical.inpatient.dibao.ratio', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '0.7', care: ['inpatient'],
      appliesTo: ['dibao'],
      summary: { zh: '低保对象住院自负费用按70%救助', en: 'Inpatient aid of 70% for dibao recipients' },
      quote: '个人自负费用按70%的比例救助，年度救助限额5万元',
    },
    {
      id: 'medical.inpatient.dibao.cap', clause: '4.3', area: 'medical', kind: 'cap', amount: '50000', care: ['inpatient'],
      appliesTo: ['dibao'],
      summary: { zh: '低保对象住院年度救助限额5万元', en: 'Annual inpatient cap for dibao recipients: 50000 元' },
      quote: '个人自负费用按70%的比例救助，年度救助限额5万元',
    },
    {
      id: 'medical.inpatient.low-income.threshold', clause: '4.3', area: 'medical', kind: 'threshold', amount: '10000', care: ['inpatient'],
      appliesTo: [...THIRD],
      summary: { zh: '低收入家庭、特殊困难职工及其他特殊困难群体住院起付线1万元', en: 'Inpatient threshold for low-income households, hardship workers and others: 10000 元' },
      quote: '对低收入家庭、特殊困难职工及其他特殊困难群体按医保政策规定的重特大疾病进行救助，起付线1万元',
      interpretation: {
        encoded: 'Applied to the self-paid inpatient cost of these groups, as for other groups.',
        alternative: '"按医保政策规定的重特大疾病进行救助" may restrict this aid to illnesses on the medical-insurance list of major diseases; the calculator does not check the diagnosis.',
        zh: { encoded: '与其他群体一样，适用于这些群体的住院个人自负费用。', alternative: '“按医保政策规定的重特大疾病进行救助”可能把这项救助限于医保政策规定的重特大疾病病种；计算器不核查诊断。' },
      },
    },
    {
      id: 'medical.inpatient.low-income.ratio', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '0.5', care: ['inpatient'],
      appliesTo: [...THIRD],
      summary: { zh: '低收入家庭等住院自负费用按50%救助', en: 'Inpatient aid of 50% for low-income households, hardship workers and others' },
      quote: '个人自负费用按50%的比例救助，年度救助限额3万元',
    },
    {
      id: 'medical.inpatient.low-income.cap', clause: '4.3', area: 'medical', kind: 'cap', amount: '30000', care: ['inpatient'],
      appliesTo: [...THIRD],
      summary: { zh: '低收入家庭等住院年度救助限额3万元', en: 'Annual inpatient cap for low-income households, hardship workers and others: 30000 元' },
      quote: '个人自负费用按50%的比例救助，年度救助限额3万元',
    },
    {
      id: 'medical.outpatient.general', clause: '4.3', area: 'medical', kind: 'commitment', care: [...ALL_OUTPATIENT],
      summary: { zh: '慢性病长期服药和重特大疾病长期门诊的自负费用超过救助标准部分按一定比例救助', en: 'Outpatient aid for chronic illness and long-term treatment of major illness, at an unstated ratio above a standard' },
      quote: '患慢性病需要长期服药和患重特大疾病需要长期门诊治疗的对象，个人自负费用达到救助标准以上部分的金额，按一定比例救助',
    },
    {
      id: 'medical.outpatient-chronic.cap', clause: '4.3', area: 'medical', kind: 'cap', amount: '8000', care: ['outpatient-chronic'],
      appliesTo: [...OTHERS],
      summary: { zh: '特殊疾病门诊救助年度限额不超过8000元', en: 'Annual cap on special-disease outpatient aid: 8000 元' },
      quote: '特殊疾病门诊救助，年度救助限额不超过8000元',
      interpretation: {
        encoded: '特殊疾病门诊 is read as the chronic / special-disease outpatient care type; the cap is read as applying to all groups except tekun, orphans and unsupported children, for whom the next sentence sets no cap.',
        alternative: 'The 8000 元 cap could also bind tekun, orphans and unsupported children, with "不设年度救助限额" meaning only that no other cap applies.',
        zh: { encoded: '“特殊疾病门诊”理解为门诊慢性病、特殊疾病这一就医类型；该限额理解为适用于除特困人员、孤儿、事实无人抚养儿童以外的所有群体，因为下一句规定对这三类人不设限额。', alternative: '8000元限额也可能同样约束特困人员、孤儿和事实无人抚养儿童，“不设年度救助限额”只是指不再适用其他限额。' },
      },
    },
    {
      id: 'medical.outpatient.tekun.threshold', clause: '4.3', area: 'medical', kind: 'threshold', amount: null, care: [...ALL_OUTPATIENT],
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童门诊救助不设起付线', en: 'No outpatient threshold for tekun, orphans and unsupported children' },
      quote: '对城市特困人员、孤儿、事实无人抚养儿童门诊医疗救助不设起付线和年度救助限额',
    },
    {
      id: 'medical.outpatient.tekun.cap', clause: '4.3', area: 'medical', kind: 'cap', amount: null, care: [...ALL_OUTPATIENT],
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童门诊救助不设年度限额', en: 'No annual outpatient cap for tekun, orphans and unsupported children' },
      quote: '对城市特困人员、孤儿、事实无人抚养儿童门诊医疗救助不设起付线和年度救助限额',
    },
    {
      id: 'medical.outpatient.tekun.ratio', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '1', care: [...ALL_OUTPATIENT],
      appliesTo: [...TEKUN_LIKE],
      summary: { zh: '特困人员、孤儿、事实无人抚养儿童门诊自负费用按100%救助', en: 'Outpatient aid of 100% for tekun, orphans and unsupported children' },
      quote: '门诊医疗救助不设起付线和年度救助限额，个人自负费用按100%的比例救助',
      interpretation: { encoded: 'Applies to both chronic and major-disease long-term outpatient care.', zh: { encoded: '慢性病长期门诊和重特大疾病长期门诊都适用。' } },
    },
    {
      id: 'medical.outpatient-chronic.others.threshold', clause: '4.3', area: 'medical', kind: 'threshold', amount: '1000', care: ['outpatient-chronic'],
      appliesTo: [...OTHERS],
      summary: { zh: '其他救助对象门诊救助起付线1000元', en: 'Outpatient threshold for other recognised groups: 1000 元' },
      quote: '对经民政部门确认的其他城市特殊困难群体救助对象起付线为1000元',
      interpretation: {
        encoded: '"其他城市特殊困难群体救助对象" is read as every group other than tekun, orphans and unsupported children, dibao recipients included; and as the chronic / special-disease outpatient rule, since the next sentence sets its own rule for major-disease long-term outpatient care.',
        alternative: 'The 1000 元 / 50% rule could also govern major-disease outpatient care, with the next sentence a separate, additional route.',
        zh: { encoded: '“其他城市特殊困难群体救助对象”理解为除特困人员、孤儿、事实无人抚养儿童以外的所有群体，包括低保对象；这条规定理解为门诊慢性病、特殊疾病的规则，因为下一句对重特大疾病长期门诊另有规定。', alternative: '1000元起付线、按50%救助的规则也可能同样适用于重特大疾病门诊，下一句则是另外一条额外的救助途径。' },
      },
    },
    {
      id: 'medical.outpatient-chronic.others.ratio', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '0.5', care: ['outpatient-chronic'],
      appliesTo: [...OTHERS],
      summary: { zh: '其他救助对象门诊自负费用按50%救助', en: 'Outpatient aid of 50% for other recognised groups' },
      quote: '起付线为1000元，个人自负费用按50%的比例救助',
    },
    {
      id: 'medical.outpatient-major.threshold', clause: '4.3', area: 'medical', kind: 'threshold', amount: '4000', care: ['outpatient-major'],
      appliesTo: [...OTHERS],
      summary: { zh: '重特大疾病长期门诊起付线4000元', en: 'Threshold for long-term outpatient treatment of major illness: 4000 元' },
      quote: '患重特大疾病需要长期门诊治疗的救助对象，起付线为4000元',
      interpretation: {
        encoded: 'Applies to every group other than tekun, orphans and unsupported children, whose outpatient rule (no threshold, 100%) is more favourable.',
        zh: { encoded: '适用于除特困人员、孤儿、事实无人抚养儿童以外的所有群体；这三类人的门诊规则（不设起付线、按100%救助）更优惠。' },
      },
    },
    {
      id: 'medical.outpatient-major.ratio', clause: '4.3', area: 'medical', kind: 'ratio', ratio: '0.7', care: ['outpatient-major'],
      appliesTo: [...OTHERS],
      summary: { zh: '重特大疾病长期门诊按70%救助', en: 'Long-term outpatient aid for major illness: 70%' },
      quote: '起付线为4000元，按70%的比例救助，年度救助限额5万元',
    },
    {
      id: 'medical.outpatient-major.cap', clause: '4.3', area: 'medical', kind: 'cap', amount: '50000', care: ['outpatient-major'],
      appliesTo: [...OTHERS],
      summary: { zh: '重特大疾病长期门诊年度救助限额5万元', en: 'Annual cap on long-term outpatient aid for major illness: 50000 元' },
      quote: '按70%的比例救助，年度救助限额5万元',
    },
    {
      id: 'disability.child-rehabilitation.age', clause: '4.3', area: 'disability', kind: 'age-range', min: 0, max: 17, previous: { min: 0, max: 7 },
      summary: { zh: '残疾儿童康复救助范围由0至7岁扩大到0至17岁', en: 'Rehabilitation aid for disabled children extended from ages 0–7 to 0–17' },
      quote: '残疾儿童康复救助范围由0至7岁扩大到0至17岁',
    },
    {
      id: 'medical.settlement', clause: '4.3', area: 'medical', kind: 'commitment', care: ['inpatient'],
      summary: { zh: '县域内住院“先诊疗，后收费”和“一站式、一单制”结算', en: 'In-county hospital care first, payment later; one-stop, single-bill settlement' },
      quote: '城市特殊困难帮扶对象实行县域内住院“先诊疗，后收费”和“一站式、一单制”结算服务',
    },
    // 四（四）教育
    {
      id: 'education.coverage', clause: '4.4', area: 'education', kind: 'commitment',
      summary: { zh: '孤儿、事实无人抚养儿童、残疾学生及低保户、困难家庭子女全部纳入教育帮扶', en: 'Orphans, unsupported children, disabled students and children of dibao and hardship households covered by education aid' },
      quote: '将孤儿、事实无人抚养儿童、残疾学生及城市低保户、家庭经济困难户、困难残疾人子女全部纳入教育帮扶范围，并按规定享受相应资助',
    },
    {
      id: 'education.tuition-waiver', clause: '4.4', area: 'education', kind: 'commitment',
      summary: { zh: '落实高中和中职特困学生免学费政策，为高校特困学生设立勤工助学岗位', en: 'Free tuition for senior-secondary and vocational students in hardship; work-study posts at university' },
      quote: '落实高中和中职特困学生免学费政策，为高校特困学生设立勤工助学岗位',
    },
    {
      id: 'education.three-free-three-subsidies', clause: '4.4', area: 'education', kind: 'commitment',
      appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '义务教育阶段残疾学生、孤儿和事实无人抚养儿童“三免三补”并逐步提高补助标准', en: '"Three exemptions, three subsidies" in compulsory education for disabled students, orphans and unsupported children' },
      quote: '对义务教育阶段残疾学生、孤儿和事实无人抚养儿童实行“三免三补”政策，并逐步提高补助标准',
    },
    {
      id: 'education.home-teaching', clause: '4.4', area: 'education', kind: 'commitment',
      summary: { zh: '不能入学的适龄残疾未成年人送教上门', en: 'Teaching at home for disabled children unable to attend school' },
      quote: '对因身心障碍等原因不能入学接受义务教育的适龄残疾未成年人，实施送教上门',
    },
    {
      id: 'education.temporary-aid', clause: '4.4', area: 'education', kind: 'commitment',
      summary: { zh: '建立突发性因素引起的家庭困难学生临时性救助帮扶制度', en: 'Temporary aid scheme for students whose families meet sudden hardship' },
      quote: '建立对突发性因素引起的家庭困难学生的临时性救助帮扶制度',
    },
    // 四（五）就业
    {
      id: 'employment.service-311.job-referrals', clause: '4.5', area: 'employment', kind: 'frequency', times: 3, per: 'year', bound: 'min',
      summary: { zh: '“311”就业服务：每年至少3次岗位推荐', en: '"311" employment service: at least 3 job referrals a year' },
      quote: '优先提供“311”公共就业服务，每年至少提供3次岗位推荐、1次培训推荐和1次职业指导',
    },
    {
      id: 'employment.service-311.training-referrals', clause: '4.5', area: 'employment', kind: 'frequency', times: 1, per: 'year', bound: 'min',
      summary: { zh: '“311”就业服务：每年至少1次培训推荐', en: '"311" employment service: at least 1 training referral a year' },
      quote: '每年至少提供3次岗位推荐、1次培训推荐和1次职业指导',
    },
    {
      id: 'employment.service-311.career-guidance', clause: '4.5', area: 'employment', kind: 'frequency', times: 1, per: 'year', bound: 'min',
      summary: { zh: '“311”就业服务：每年至少1次职业指导', en: '"311" employment service: at least 1 career-guidance session a year' },
      quote: '每年至少提供3次岗位推荐、1次培训推荐和1次职业指导',
    },
    {
      id: 'employment.public-welfare-jobs', clause: '4.5', area: 'employment', kind: 'commitment',
      summary: { zh: '加大公益性岗位开发，零就业家庭动态“清零”', en: 'More public-welfare jobs; no household left with zero employment' },
      quote: '加大公益性岗位开发力度，优先安排城市特殊困难群体家庭中的劳动力就业，确保零就业家庭动态“清零”',
    },
    {
      id: 'employment.cost-deduction', clause: '4.5', area: 'employment', kind: 'commitment',
      summary: { zh: '核算已就业家庭收入时扣减必要的就业成本', en: 'Necessary costs of working are deducted when household income is assessed' },
      quote: '对已就业的三类家庭，在核算其家庭收入时扣减必要的就业成本',
    },
    {
      id: 'employment.gradual-exit.trigger', clause: '4.5', area: 'employment', kind: 'multiple', base: 'dibao-standard', min: '1.5', minExclusive: true,
      summary: { zh: '家庭成员人均收入超过低保标准1.5倍后给予渐退期', en: 'Gradual exit starts when per-capita income exceeds 1.5 times the dibao standard' },
      quote: '在其家庭成员人均收入超过当地城市低保标准1.5倍后给予一年的渐退期',
    },
    {
      id: 'employment.gradual-exit.duration', clause: '4.5', area: 'employment', kind: 'duration', amount: '1', unit: 'year',
      summary: { zh: '渐退期一年', en: 'Gradual-exit period of one year' },
      quote: '给予一年的渐退期',
    },
    // 四（六）急难
    {
      id: 'disaster.emergency-plans', clause: '4.6', area: 'disaster', kind: 'commitment',
      summary: { zh: '急难救助纳入突发公共事件应急预案，明确应急期救助措施和紧急救助程序', en: 'Emergency aid written into public-emergency plans, with emergency procedures' },
      quote: '将城市特殊困难群体急难救助纳入突发公共事件相关应急预案，明确应急期救助政策措施和紧急救助程序',
    },
    {
      id: 'disaster.emergency-aid', clause: '4.6', area: 'disaster', kind: 'commitment',
      summary: { zh: '遭遇自然灾害、突发事件的，在享受保险、赔偿后可享受应急帮扶', en: 'Emergency help after insurance and compensation for victims of disasters and emergencies' },
      quote: '城市特殊困难群体遭遇自然灾害、突发事件，导致人员伤亡、大额医疗费用支出和巨大财产损失，在享受保险、赔偿后可享受应急帮扶',
    },
    {
      id: 'disaster.disease-emergency-fund', clause: '4.6', area: 'disaster', kind: 'commitment',
      summary: { zh: '完善疾病应急救助，加大资金投入', en: 'Stronger emergency aid for disease, with more funding' },
      quote: '完善疾病应急救助，加大疾病应急救助资金投入',
    },
    {
      id: 'disaster.traffic-accident-fund', clause: '4.6', area: 'disaster', kind: 'commitment',
      summary: { zh: '完善交通事故救助基金使用办法，扩大适用范围，放宽救助时限', en: 'Traffic-accident aid fund: wider scope and longer time limits' },
      quote: '完善交通事故救助基金使用办法，合理扩大适用范围，放宽救助时限',
    },
    {
      id: 'disaster.then-temporary-aid', clause: '4.6', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '应急帮扶后基本生活仍困难的可申请临时救助', en: 'Temporary aid may follow emergency help' },
      quote: '应急帮扶后基本生活仍陷入困境的，可按规定申请临时救助',
    },
    // 五、形成帮扶合力
    {
      id: 'social-participation.one-to-one-cadres', clause: '5.1', area: 'social-participation', kind: 'commitment',
      leadDepartment: '县委组织部',
      summary: { zh: '建立“一对一”党员干部联系帮扶制度，县委组织部门牵头', en: 'One-to-one contact between party cadres and households, led by the county organisation department' },
      quote: '建立城市特殊困难群体“一对一”党员干部联系帮扶制度，县委组织部门牵头，党员领导干部带头，确定帮扶对象家庭帮扶联系人，明确帮扶责任',
    },
    {
      id: 'social-participation.volunteering', clause: '5.1', area: 'social-participation', kind: 'commitment',
      summary: { zh: '组织以“城市特殊困难群体帮扶”为主题的文明实践志愿服务活动', en: 'Volunteer activities themed on helping urban residents in hardship' },
      quote: '积极组织以“城市特殊困难群体帮扶”为主题的文明实践志愿服务活动',
    },
    {
      id: 'social-participation.youth-league', clause: '5.2', area: 'social-participation', kind: 'commitment',
      summary: { zh: '共青团动员团员青年参与帮扶', en: 'Communist Youth League mobilises young members' },
      quote: '广泛动员团员青年多渠道参与城市特殊困难群体帮扶',
    },
    {
      id: 'social-participation.trade-union', clause: '5.2', area: 'social-participation', kind: 'commitment',
      appliesTo: ['hardship-worker'],
      summary: { zh: '工会扩大职工互助帮扶范围，通过医疗、助学、生活救助等方式帮扶', en: 'Trade unions widen mutual-aid schemes: medical, study and living aid' },
      quote: '各级工会要适度扩大职工互助帮扶范围，进一步加大帮扶力度，通过医疗、助学、生活救助等方式构建多层次常态化新帮扶格局',
    },
    {
      id: 'women.cancer-screening', clause: '5.2', area: 'women', kind: 'commitment',
      summary: { zh: '适龄妇女纳入“两癌”免费筛查并给予帮扶救助', en: 'Free cervical and breast cancer screening for women of eligible age, with aid' },
      quote: '各级妇联要把城市特殊困难家庭适龄妇女纳入妇女“两癌”免费筛查项目，并给予一定的帮扶救助',
      interpretation: { encoded: 'The text sets no ages: 适龄 refers to the screening programme\'s own age range.', zh: { encoded: '原文没有规定年龄：“适龄”指筛查项目本身的年龄范围。' } },
    },
    {
      id: 'social-participation.private-enterprise', clause: '5.2', area: 'social-participation', kind: 'commitment',
      summary: { zh: '工商联引导非公有制企业承担社会责任', en: 'Federation of Industry and Commerce guides private firms to help' },
      quote: '各级工商联要积极引导非公有制企业及其非公有制经济人士承担社会责任',
    },
    {
      id: 'disability.federation-support', clause: '5.2', area: 'disability', kind: 'commitment',
      summary: { zh: '残联通过技能培训、创业扶持金、小额贷款贴息帮助残疾人', en: 'Disabled Persons\' Federation: skills training, start-up grants, micro-loan interest subsidies' },
      quote: '各级残联要通过组织开展职业技能培训、提供创业扶持金、发放小额贷款利息补贴等方式帮助城市特殊困难群体中的残疾人脱困解困',
    },
    {
      id: 'social-participation.family-education', clause: '5.2', area: 'social-participation', kind: 'commitment',
      summary: { zh: '群团组织引导开展家庭教育和家庭建设', en: 'Mass organisations support family education' },
      quote: '各级群团组织要引导城市特殊困难家庭群体开展好家庭教育和家庭建设',
    },
    {
      id: 'employment.sme-incentives', clause: '5.3', area: 'employment', kind: 'commitment',
      summary: { zh: '研究出台支持中小微企业吸纳城市特殊困难群体就业的优惠资助政策', en: 'Incentives for small firms that employ people in hardship' },
      quote: '研究出台支持中小微企业吸纳城市特殊困难群体的优惠资助政策',
    },
    {
      id: 'social-participation.five-social-linkage', clause: '5.3', area: 'social-participation', kind: 'commitment',
      summary: { zh: '推动社区、社会工作者、志愿者、社会组织、公益慈善资源“五社联动”', en: '"Five social actors" linkage for personalised and charitable services' },
      quote: '各级民政部门要积极推动社区、社会工作者、社区志愿者、社会组织、社区公益慈善资源的“五社联动”',
    },
    // 六、组织保障
    {
      id: 'administration.leading-group', clause: '6.1', area: 'administration', kind: 'commitment',
      summary: { zh: '成立县帮扶工作领导小组，县委副书记、县长任组长；建立联席会议制度', en: 'County leading group chaired by the county head; joint-meeting system' },
      quote: '成立古丈县城市特殊困难群体帮扶工作领导小组，由县委副书记、县人民政府县长任组长',
    },
    {
      id: 'administration.joint-meetings', clause: '6.1', area: 'administration', kind: 'commitment',
      summary: { zh: '建立联席会议制度，协调重点难点问题和急难个案', en: 'Joint meetings resolve hard cases' },
      quote: '建立联席会议制度，适时召开会议',
    },
    {
      id: 'administration.division-of-duties', clause: '6.2', area: 'administration', kind: 'commitment',
      summary: { zh: '民政部门负责基本生活帮扶，其他部门负责专项帮扶，财政部门安排专项资金', en: 'Civil affairs leads basic living aid; other departments run specialised aid; finance funds it' },
      quote: '民政部门负责基本生活帮扶',
    },
    {
      id: 'administration.funding', clause: '6.3', area: 'administration', kind: 'commitment',
      summary: { zh: '帮扶资金纳入财政预算，各类解困资金统筹使用', en: 'Aid funds in the county budget; all relief funds pooled' },
      quote: '按照分级负担原则，将帮扶资金纳入财政预算',
    },
    {
      id: 'administration.review.stable', clause: '6.4', area: 'administration', kind: 'frequency', times: 1, per: 'year',
      summary: { zh: '家庭经济状况变化不大的每年核查一次', en: 'Households with stable circumstances are reviewed once a year' },
      quote: '对短期内家庭经济状况变化不大的，每年核查一次',
    },
    {
      id: 'administration.review.unstable', clause: '6.4', area: 'administration', kind: 'frequency', times: 1, per: 'half-year',
      summary: { zh: '收入来源不固定、有劳动能力的每半年核查一次', en: 'Households with irregular income and members able to work are reviewed every half-year' },
      quote: '对收入来源不固定、家庭成员有劳动能力的，每半年核查一次',
    },
    {
      id: 'administration.review.adjustment', clause: '6.4', area: 'administration', kind: 'commitment',
      summary: { zh: '复核无明显变化的不调整，有明显变化的停发、调减或调增', en: 'Aid is stopped, reduced or raised only where circumstances changed markedly' },
      quote: '复核期内家庭经济状况没有明显变化的，不再调整帮扶资金额度；有明显变化的进行帮扶资金的停发、调减或调增',
    },
    {
      id: 'administration.supervision', clause: '6.5', area: 'administration', kind: 'commitment',
      summary: { zh: '加强资金监管和审计监督，追究责任', en: 'Audit and accountability for misuse of funds' },
      quote: '加强资金监管，强化审计监督，对挤占、挪用、截留和滞留资金等问题，及时纠正并依法依规追究有关责任人的责任',
    },
  ],
});
