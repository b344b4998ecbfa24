import { _definePolicy } from './_define.ts';

/** The document's 兜底保障对象: rural dibao recipients and tekun persons (see clause 1). */
const DOUDI = ['dibao', 'tekun'] as const;

const RURAL_DIBAO_NOTE =
  'The shared vocabulary has no separate group for rural dibao recipients (农村低保对象); the nearest value `dibao` is used.';

/** 鹤城区建立社会救助兜底保障对象救助帮扶长效机制工作方案, 鹤民发〔2020〕43号. */
export const hecheng2020 = _definePolicy({
  id: 'hecheng-2020',
  title: '鹤城区建立社会救助兜底保障对象救助帮扶长效机制工作方案',
  shortName: { zh: '鹤城区', en: 'Hecheng District' },
  docNumber: '鹤民发〔2020〕43号',
  region: {
    province: { zh: '湖南省', en: 'Hunan' },
    prefecture: { zh: '怀化市', en: 'Huaihua' },
    county: { zh: '鹤城区', en: 'Hecheng District' },
  },
  issuers: [
    '鹤城区民政局',
    '鹤城区财政局',
    '鹤城区教育局',
    '鹤城区人力资源和社会保障局',
    '鹤城区住房和城乡建设局',
    '鹤城区农业农村局',
    '鹤城区卫生健康局',
    '鹤城区扶贫开发办公室',
    '鹤城区医疗保障局',
    '鹤城区残疾人联合会',
  ],
  issuersNote:
    'The ten bodies of the signature block of the covering notice, printed in two columns; listed row by row, left before right, as printed.',
  issued: '2020-07-27',
  issuedNote: 'The date printed under the signature block of the covering notice (2020年7月27日); the text does not say whether it is the date of 成文 or 印发.',
  effective: '本通知自发布之日起执行',
  validity: '有效期5年',
  parents: [
    { title: '省委、省政府和市委、市政府、区委、区政府关于打赢脱贫攻坚战三年行动的实施意见' },
    { docNumber: '湘民发〔2020〕3号', title: '湖南省民政厅等部门《关于建立社会救助兜底保障对象救助帮扶长效机制的通知》' },
    { docNumber: '怀民发〔2020〕9号', title: '关于印发《怀化市建立社会救助兜底保障对象救助帮扶长效机制工作方案》的通知' },
    { docNumber: '国办发〔2017〕15号', title: '国务院办公厅关于加强困难群众基本生活保障有关工作的通知' },
  ],
  groups: [
    {
      id: 'dibao',
      term: '低保对象',
      definition: '农村建档立卡贫困人口中低保对象、特困人员等社会救助兜底保障对象（以下简称“兜底保障对象”）',
      clause: '1',
    },
    {
      id: 'tekun',
      term: '特困人员',
      definition: '农村建档立卡贫困人口中低保对象、特困人员等社会救助兜底保障对象（以下简称“兜底保障对象”）',
      clause: '1',
    },
  ],
  clauses: [
    { id: 'notice', heading: '关于印发《鹤城区建立社会救助兜底保障对象救助帮扶长效机制工作方案》的通知' },
    { id: 'preamble' },
    { id: '1', heading: '工作目标' },
    { id: '2', heading: '基本原则' },
    { id: '2.1', heading: '政府主导、部门配合、社会参与' },
    { id: '2.2', heading: '统筹推进、有效衔接、综合施策' },
    { id: '2.3', heading: '应保尽保、应救尽救、应兜尽兜' },
    { id: '3', heading: '主要措施' },
    { id: '3.1', heading: '保障基本生活', departments: ['区民政局'] },
    { id: '3.1.a' },
    { id: '3.1.b' },
    { id: '3.1.c' },
    { id: '3.2', heading: '保障基本教育', departments: ['区教育局', '区扶贫办'] },
    { id: '3.3', heading: '保障基本医疗', departments: ['区医保局', '区卫生健康局'] },
    { id: '3.4', heading: '保障住房安全', departments: ['区住建局'] },
    { id: '3.5', heading: '加强产业帮扶', departments: ['区农业农村局', '区人力资源和社会保障局', '区扶贫办'] },
    { id: '3.6', heading: '加强就业帮扶', departments: ['区人力资源和社会保障局'] },
    { id: '3.7', heading: '加大残疾人帮扶力度', departments: ['区残联', '区民政局', '区卫生健康局'] },
    { id: '3.8', heading: '加强养老扶幼帮扶', departments: ['区人力资源和社会保障局', '区民政局'] },
    { id: '3.9', heading: '引导社会各界共同帮扶', departments: ['区民政局', '区扶贫办'] },
    { id: '4', heading: '工作要求' },
    { id: '4.1', heading: '加强组织领导', departments: ['区民政局'] },
    { id: '4.2', heading: '加大资金投入', departments: ['区财政局', '区民政局'] },
    { id: '4.3', heading: '加强经济状况核查核对', departments: ['区民政局', '各相关单位'], leadDepartment: '区民政局' },
    { id: '4.4', heading: '加强宣传引导', departments: ['区民政局'] },
    { id: 'closing' },
  ],
  provisions: [
    // 一、工作目标
    {
      id: 'eligibility.target-groups', clause: '1', area: 'eligibility', kind: 'eligibility',
      appliesTo: [...DOUDI],
      summary: { zh: '兜底保障对象：农村建档立卡贫困人口中的低保对象、特困人员等', en: 'Safety-net recipients: dibao recipients and tekun persons among the rural registered poor' },
      condition: 'a member of the rural registered-poor population (农村建档立卡贫困人口) who is a dibao recipient, a tekun person or another social-assistance safety-net recipient',
      quote: '重点做好农村建档立卡贫困人口中低保对象、特困人员等社会救助兜底保障对象（以下简称“兜底保障对象”）的基本生活、教育、医疗、住房、产业、就业等方面保障工作',
      interpretation: {
        encoded: `The document's targets are rural: 低保对象 here are rural dibao recipients. ${RURAL_DIBAO_NOTE} There is no group for the registered poor (建档立卡贫困人口) either.`,
        alternative: '等 leaves the list open: other safety-net recipients among the registered poor may be included.',
        zh: { encoded: '本文件的对象限于农村：这里的“低保对象”指农村低保对象。统一分类表中没有单独的“农村低保对象”类别，因此采用最接近的 `dibao`（低保对象）。统一分类表中也没有“建档立卡贫困人口”这一类别。', alternative: '“等”表示列举未尽：建档立卡贫困人口中的其他兜底保障对象也可能包括在内。' },
      },
    },
    {
      id: 'administration.post-2020-continuity', clause: '1', area: 'administration', kind: 'commitment',
      summary: { zh: '2020年脱贫攻坚战结束后帮扶焦点不散、靶心不变、力度不减', en: 'After the 2020 end of the anti-poverty campaign, support keeps its focus, targets and intensity' },
      quote: '确保2020年脱贫攻坚战结束之后，帮扶焦点不散、靶心不变、力度不减',
    },
    // 二、基本原则
    {
      id: 'administration.principle.government-led', clause: '2.1', area: 'administration', kind: 'commitment',
      summary: { zh: '政府主导、部门配合、社会参与', en: 'Government-led, departments cooperating, society taking part' },
      quote: '充分发挥政府职能，严格落实部门职责，鼓励社会力量共同参与',
    },
    {
      id: 'administration.principle.coordination', clause: '2.2', area: 'administration', kind: 'commitment',
      summary: { zh: '统筹各类政策、资金，制定具体帮扶措施', en: 'Pool policies and funds; set concrete measures' },
      quote: '积极统筹各类政策、资金，制定具体帮扶措施，畅通帮扶渠道，实施有效帮扶',
    },
    {
      id: 'eligibility.full-coverage', clause: '2.3', area: 'eligibility', kind: 'commitment',
      summary: { zh: '所有符合条件的对象纳入兜底保障帮扶范围，实现帮扶全覆盖', en: 'Everyone who qualifies is covered: full coverage' },
      quote: '将所有符合条件的对象按规定纳入社会救助兜底保障帮扶范围，实现帮扶全覆盖',
    },
    // 三（一）保障基本生活 — 一是 低保
    {
      id: 'basic-living.inclusion', clause: '3.1.a', area: 'basic-living', kind: 'commitment',
      summary: { zh: '及时将符合条件的贫困人口纳入低保或特困人员供养范围，应保尽保', en: 'Eligible poor people are promptly brought into dibao or tekun support' },
      quote: '及时将符合条件的贫困人口按规定程序纳入低保或特困人员供养范围，确保应保尽保',
    },
    {
      id: 'basic-living.single-person-household', clause: '3.1.a', area: 'basic-living', kind: 'eligibility',
      summary: { zh: '未脱贫建档立卡贫困户中的重度残疾人、重病患者参照“单人户”纳入低保', en: 'Severely disabled or seriously ill members of registered-poor households not yet out of poverty are included in dibao as single-person households' },
      condition: 'severely disabled or seriously ill member of a registered-poor household (建档立卡贫困户) that has not yet left poverty',
      quote: '对未脱贫建档立卡贫困户中的重度残疾人、重病患者参照“单人户”纳入低保',
      interpretation: {
        encoded: 'Applies to individuals of registered-poor households not yet out of poverty; the vocabulary has no group for them, so appliesTo is left empty. The text does not add 经本人申请 or 可 (as some documents do): it reads as an instruction to include them.',
        zh: { encoded: '适用于未脱贫建档立卡贫困户中的个人；统一分类表中没有对应的类别，因此适用对象（appliesTo）留空。原文没有像有些文件那样加上“经本人申请”或“可”，应理解为要求将这些人纳入低保。' },
      },
    },
    {
      id: 'basic-living.income-deductions', clause: '3.1.a', area: 'basic-living', kind: 'commitment',
      summary: { zh: '残疾、重病、全日制学历教育的刚性支出及必要就业成本在核算家庭收入时适当扣减', en: 'Essential costs of disability, serious illness and full-time education, and necessary costs of working, are partly deducted from assessed income' },
      quote: '对于家庭成员因残疾、重病和接受普通高中教育、中等职业教育、高等教育等全日制学历教育增加的刚性支出，以及必要的就业成本，在核算家庭收入时按当地核算评估办法适当扣减',
      interpretation: { encoded: 'The text sets no amount or share: the deduction follows the local assessment rules (按当地核算评估办法适当扣减).', zh: { encoded: '原文未规定扣减的金额或比例：按当地核算评估办法适当扣减。' } },
    },
    {
      id: 'employment.gradual-exit', clause: '3.1.a', area: 'employment', kind: 'commitment',
      summary: { zh: '落实低保渐退机制，巩固兜底保障脱贫成果', en: 'Gradual exit from dibao applied, to consolidate poverty exit' },
      quote: '落实低保渐退机制，巩固兜底保障脱贫成果',
      interpretation: {
        encoded: 'A commitment only: the text sets neither the income that triggers gradual exit nor its duration, so `employment.gradual-exit.trigger` and `employment.gradual-exit.duration` are deliberately absent. Filed under the employment area with the other documents\' gradual-exit rules, although printed under basic living.',
        zh: { encoded: '仅为工作承诺：原文既未规定触发渐退的收入水平，也未规定渐退期长度，因此有意不编码 `employment.gradual-exit.trigger` 和 `employment.gradual-exit.duration`。原文虽列在“保障基本生活”之下，但与其他文件的渐退规定一样归入就业帮扶领域。' },
      },
    },
    // 二是 特困
    {
      id: 'special-hardship.inclusion', clause: '3.1.b', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '及时将符合条件的贫困人口纳入特困救助供养范围', en: 'Eligible poor people are promptly brought into tekun support' },
      quote: '及时将符合条件的贫困人口纳入特困救助供养范围',
    },
    {
      id: 'special-hardship.dispersed-care', clause: '3.1.b', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '加强分散供养特困人员照料护理服务', en: 'Better care services for tekun persons supported at home' },
      quote: '加强分散供养特困人员照料护理服务',
    },
    {
      id: 'special-hardship.self-care-assessment', clause: '3.1.b', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '开展特困人员生活自理能力评估，摸清全护理、半护理、全自理底数和集中供养需求', en: 'Assess tekun persons\' capacity for self-care: count full-care, part-care and self-reliant persons and the need for institutional care' },
      quote: '开展特困人员生活自理能力评估，摸清特困人员全护理、半护理、全自理底数和失能半失能特困人员集中供养需求',
    },
    {
      id: 'special-hardship.centralised-care-rate', clause: '3.1.b', area: 'special-hardship', kind: 'commitment',
      appliesTo: ['tekun'],
      summary: { zh: '进一步提高生活不能自理特困人员集中供养率', en: 'Raise the share of tekun persons unable to care for themselves who live in care institutions' },
      quote: '进一步提高生活不能自理特困人员集中供养率',
      interpretation: { encoded: 'No target rate is set.', zh: { encoded: '原文未规定集中供养率的目标值。' } },
    },
    // 三是 临时救助
    {
      id: 'temporary-aid.procedure', clause: '3.1.c', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '完善临时救助政策，简化优化审核审批程序', en: 'Temporary-aid rules improved, review and approval simplified' },
      quote: '完善临时救助政策，简化优化临时救助审核审批程序',
      interpretation: { encoded: 'The text sets no amount, formula, duration or frequency limit for temporary aid; `temporary-aid.amount` and the other quantified temporary-aid ids are absent.', zh: { encoded: '原文未规定临时救助的金额、计算公式、期限或次数限制；因此没有 `temporary-aid.amount` 及其他临时救助量化条目。' } },
    },
    {
      id: 'temporary-aid.emergency-first', clause: '3.1.c', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '有序开展“救急难”工作，可先行救助、后办手续', en: '"Urgent and hard cases": aid may be given first and the paperwork done afterwards' },
      quote: '有序开展“救急难”工作，可“先行救助、后办手续”',
      interpretation: { encoded: 'The source prints 现行救助 ("current aid"); read as 先行救助 ("aid first"), the standard wording of this rule, and marked as an editorial correction.', zh: { encoded: '原文印作“现行救助”；按这一规则的通行表述理解为“先行救助”，并标注为编辑更正。' } },
    },
    {
      id: 'temporary-aid.reserve-fund', clause: '3.1.c', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '健全乡镇临时救助备用金制度', en: 'Township reserve funds for temporary aid' },
      quote: '健全乡镇临时救助备用金制度',
    },
    {
      id: 'temporary-aid.dibao-linkage', clause: '3.1.c', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '加强临时救助和低保政策的衔接', en: 'Temporary aid dovetailed with dibao' },
      quote: '加强临时救助和低保政策的衔接',
    },
    {
      id: 'temporary-aid.priority-groups', clause: '3.1.c', area: 'temporary-aid', kind: 'commitment',
      appliesTo: [...DOUDI],
      summary: { zh: '加大对城乡低保对象、特困人员、返贫人口、新增贫困人口中暂时困难人员的临时救助力度', en: 'More temporary aid for urban and rural dibao recipients, tekun persons, people fallen back into poverty and the newly poor in temporary hardship' },
      quote: '及时加大对城乡低保对象、城乡特困人员、返贫人口、新增贫困人口基本生活出现暂时困难的人员临时救助力度',
      interpretation: { encoded: 'The vocabulary has no groups for 返贫人口 (fallen back into poverty) or 新增贫困人口 (newly poor); appliesTo lists only dibao and tekun. Here the text names urban and rural dibao recipients alike.', zh: { encoded: '统一分类表中没有“返贫人口”“新增贫困人口”类别；适用对象（appliesTo）只列低保对象和特困人员。此处原文所说的是城乡低保对象，城市和农村低保对象都包括在内。' } },
    },
    {
      id: 'administration.sector-referral', clause: '3.1.c', area: 'administration', kind: 'commitment',
      summary: { zh: '对存在医疗、教育、住房、就业、安全饮水等困难的对象及时对接行业部门，解决“两不愁三保障”问题', en: 'Households with medical, schooling, housing, job or drinking-water problems are referred to the sector departments to secure the "two assurances and three guarantees"' },
      quote: '对存在医疗、教育、住房、就业、安全饮水等困难的对象，要及时与相关行业部门对接，采取综合措施解决“两不愁三保障”问题',
    },
    // 三（二）保障基本教育
    {
      id: 'education.compulsory-schooling', clause: '3.2', area: 'education', kind: 'duration', amount: '9', unit: 'year',
      summary: { zh: '确保兜底保障对象家庭子女接受九年义务教育', en: 'Children of safety-net households receive nine years of compulsory education' },
      quote: '确保兜底保障对象家庭子女接受九年义务教育，确保有学上、上得起学',
    },
    {
      id: 'education.dropout-control', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '强化控辍保学联控联保责任，台账化精准控辍', en: 'Joint responsibility for preventing drop-out, tracked pupil by pupil' },
      quote: '强化义务教育控辍保学联控联保责任，实施兜底保障对象家庭学生台账化精准控辍',
    },
    {
      id: 'education.nutrition', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '实施农村义务教育学生营养改善计划', en: 'Rural compulsory-school nutrition programme' },
      quote: '实施好农村义务教育学生营养改善计划',
    },
    {
      id: 'education.living-subsidy', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '按学籍属地原则落实义务教育阶段家庭经济困难学生生活补助', en: 'Living subsidies for compulsory-school pupils from poor families, paid where the pupil is enrolled' },
      quote: '按学籍属地原则，落实好义务教育阶段家庭经济困难学生生活补助政策',
    },
    {
      id: 'education.senior-secondary', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '普通高中兜底保障对象家庭学生资助、免费发放教科书', en: 'Senior-secondary students of safety-net households: financial aid and free textbooks' },
      quote: '落实普通高中兜底保障对象家庭学生资助、免费发放教科书等政策',
    },
    {
      id: 'education.two-after-students', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '开展“两后生”职业技能培训', en: 'Vocational training for school leavers who go no further ("两后生")' },
      quote: '积极开展“两后生”职业技能培训',
    },
    {
      id: 'education.vocational-tuition', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '落实国家中职学校学生免学费和助学金政策', en: 'Free tuition and state grants at secondary vocational schools' },
      quote: '按规定落实国家中职学校学生免学费和助学金政策',
    },
    {
      id: 'education.yulu-plan', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '加大“雨露计划”补助力度，对接受职业学历教育的兜底保障对象家庭学生应补尽补', en: '"Rain and Dew" plan: every safety-net-household student in vocational education receives its subsidy' },
      quote: '加大“雨露计划”职业学历教育扶贫补助力度，对接受职业学历教育的兜底保障对象家庭学生实施应补尽补',
    },
    {
      id: 'education.migrant-children', clause: '3.2', area: 'education', kind: 'commitment',
      summary: { zh: '进城农村贫困人口随迁子女享有学前、中职、高中各项学生资助', en: 'Children who moved to town with poor rural parents receive preschool, vocational and senior-secondary student aid' },
      quote: '落实进城农村贫困人口随迁子女享有普惠性学前教育资助、中等职业教育国家助学金、中等职业教育免除学杂费、普通高中国家助学金、普通高中建档立卡等家庭经济困难学生免除学杂费等学生资助政策',
    },
    // 三（三）保障基本医疗
    {
      id: 'medical.insurance-system', clause: '3.3', area: 'medical', kind: 'commitment',
      summary: { zh: '完善统一的城乡居民基本医疗保险制度和大病保险制度', en: 'Unified residents\' basic medical and critical-illness insurance' },
      quote: '完善统一的城乡居民基本医疗保险制度和大病保险制度',
    },
    {
      id: 'medical.premium-subsidy', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: [...DOUDI],
      summary: { zh: '落实兜底保障对象参加城乡居民医疗保险分类资助政策', en: 'Premium subsidies for safety-net recipients, by category' },
      quote: '落实兜底保障对象参加城乡居民医疗保险分类资助政策',
      interpretation: { encoded: 'The text sets no subsidy share: the categories and rates are those of the existing policy.', zh: { encoded: '原文未规定资助比例：资助类别和标准按现行政策执行。' } },
    },
    {
      id: 'medical.insurance-enrolment', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: [...DOUDI],
      summary: { zh: '兜底保障对象纳入城乡居民基本医疗保险和大病保险覆盖范围', en: 'Safety-net recipients covered by basic medical and critical-illness insurance' },
      quote: '将兜底保障对象纳入城乡居民基本医疗保险和大病保险制度覆盖范围',
    },
    {
      id: 'medical.aid-linkage', clause: '3.3', area: 'medical', kind: 'commitment',
      summary: { zh: '完善城乡医疗救助制度，医疗救助与基本医保、大病保险有效衔接', en: 'Medical aid dovetailed with basic and critical-illness insurance' },
      quote: '进一步完善城乡医疗救助制度，确保医疗救助与基本医疗保险、大病保险政策有效衔接',
    },
    {
      id: 'medical.aid.scope', clause: '3.3', area: 'medical', kind: 'eligibility',
      appliesTo: [...DOUDI],
      care: ['inpatient', 'outpatient-chronic', 'outpatient-major'],
      summary: { zh: '经各类保险支付后家庭仍难以承担的基本医疗自负费用，按统筹区医疗救助政策给予救助', en: 'Self-paid basic medical costs the family still cannot bear after all insurance are aided under the pooling area\'s medical-aid rules' },
      condition: 'policy-range medical costs at designated institutions, self-paid after basic medical, critical-illness and other supplementary insurance, which the household still cannot bear',
      quote: '兜底保障对象在各级定点医疗机构发生的政策范围内医疗费用，经基本医疗保险、大病保险和其他补充保险支付后，家庭经济仍难以承担的符合规定的基本医疗自负费用，按照统筹区医疗救助政策规定及时给予救助',
      interpretation: {
        encoded: 'The document sets no threshold, ratio or cap of its own: it refers to the pooling area\'s (统筹区) medical-aid rules. No threshold / ratio / cap provision is encoded, and the medical-aid calculator answers `not-specified`.',
        zh: { encoded: '本文件没有自行规定起付线、救助比例或封顶线，而是援引统筹区的医疗救助政策。因此不编码起付线、比例或封顶线条目，医疗救助计算器给出 `not-specified`（未规定）。' },
      },
    },
    {
      id: 'medical.tekun.first-visit', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: ['tekun'], care: ['inpatient'],
      summary: { zh: '特困人员住院首诊原则上选择户籍所在地基层医疗卫生机构就近就医', en: 'Tekun persons are as a rule first admitted to a primary-care institution of their place of registration' },
      quote: '特困人员因病住院首诊原则上应选择户籍所在地的基层医疗卫生机构（定点的乡镇卫生院或社区卫生服务中心）就近就医',
    },
    {
      id: 'medical.tekun.referral', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: ['tekun'], care: ['inpatient'],
      summary: { zh: '确需转诊到区级定点医疗机构住院的须办理转诊手续', en: 'Transfer to a district-level designated hospital only with a referral' },
      quote: '确因病情需要转诊到区级定点医疗机构住院的，须按有关规定办理转诊手续',
    },
    {
      id: 'medical.inpatient.tekun.local-hospitals', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: ['tekun'], care: ['inpatient'],
      summary: { zh: '特困人员在区、乡级定点医疗机构住院，医保、大病保险报销后的自负费用（含起付线以下部分）由医疗救助资金统筹解决', en: 'Tekun persons in district- or township-level designated hospitals: the self-paid cost after insurance, including the part below the insurance deductible, is met from medical-aid funds' },
      quote: '特困人员在区、乡级定点医疗机构住院的，按照统筹地城乡居民基本医疗保险、大病保险政策规定报销后的基本医疗自负费用（含起付线以下的部分），由医疗救助资金统筹解决',
      interpretation: {
        encoded: 'A commitment without a printed number: no ratio, threshold or cap is encoded, so the medical-aid calculator answers `not-specified` for tekun inpatients. The 起付线 named here is the insurance deductible, not a medical-aid threshold. The rule also depends on the hospital level, which the calculator does not ask.',
        alternative: '"由医疗救助资金统筹解决" can be read as full coverage (100%, no threshold, no cap) of the self-paid basic medical cost at district and township level; not encoded, because the document prints no ratio and "统筹解决" may leave the share to the fund\'s own rules.',
        zh: { encoded: '这是一项没有写明数字的承诺：不编码比例、起付线或封顶线，因此医疗救助计算器对特困人员住院给出 `not-specified`（未规定）。此处所说的“起付线”是医保的起付线，不是医疗救助的起付线。该规定还取决于医院级别，而计算器不询问医院级别。', alternative: '“由医疗救助资金统筹解决”也可理解为：在区、乡级医疗机构住院的基本医疗自负费用全部由医疗救助承担（100%，无起付线，无封顶线）；未按此编码，因为原文没有写明比例，而且“统筹解决”可能意味着承担比例仍按医疗救助资金自身的规定确定。' },
      },
    },
    {
      id: 'medical.inpatient.tekun.higher-level', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: ['tekun'], care: ['inpatient'],
      summary: { zh: '特困人员在区级以上定点医疗机构或区域外住院的，按统筹区医疗救助政策执行', en: 'Tekun persons in hospitals above district level or outside the district: the pooling area\'s medical-aid rules apply' },
      quote: '在区级以上定点医疗机构或区域外住院的，按统筹区医疗救助政策规定执行',
      interpretation: {
        encoded: '区级以上 is read as above the district level (municipal, provincial), since the preceding sentence covers district-level hospitals.',
        alternative: '以上 usually includes the level named, so district-level hospitals would fall under both sentences.',
        zh: { encoded: '“区级以上”理解为高于区级（市级、省级），因为上一句已涵盖区级定点医疗机构。', alternative: '“以上”通常包含所说的那一级，这样区级医院就会同时落入前后两句的范围。' },
      },
    },
    {
      id: 'medical.family-doctor', clause: '3.3', area: 'medical', kind: 'commitment',
      appliesTo: [...DOUDI],
      summary: { zh: '全面落实兜底保障对象家庭医生签约服务', en: 'Contracted family-doctor services for all safety-net recipients' },
      quote: '全面落实兜底保障对象家庭医生签约服务政策',
    },
    // 三（四）保障住房安全
    {
      id: 'housing.list-sharing', clause: '3.4', area: 'housing', kind: 'commitment',
      summary: { zh: '区民政部门及时向区住建部门提供兜底保障对象名单', en: 'Civil affairs passes the list of safety-net recipients to housing' },
      quote: '区级民政部门及时向区级住房和城乡建设部门提供社会救助兜底保障对象名单',
    },
    {
      id: 'housing.safety-appraisal', clause: '3.4', area: 'housing', kind: 'commitment',
      summary: { zh: '住建部门入户核查，做好住房安全性鉴定', en: 'Home visits and housing-safety appraisals' },
      quote: '区级住房和城乡建设部门根据名单加强入户核查，做好兜底保障对象住房安全性鉴定工作',
    },
    {
      id: 'housing.differentiated-subsidy', clause: '3.4', area: 'housing', kind: 'commitment',
      summary: { zh: '推动差异化补助政策落实，加大补助力度', en: 'Differentiated housing subsidies, increased' },
      quote: '推动差异化补助政策落实，加大对保障对象的补助力度',
      interpretation: { encoded: 'No amounts are set.', zh: { encoded: '原文未规定金额。' } },
    },
    {
      id: 'housing.urban-basic-housing', clause: '3.4', area: 'housing', kind: 'commitment',
      summary: { zh: '符合条件的进城兜底保障对象享有政府基本住房保障', en: 'Safety-net recipients who moved to town receive basic public housing support' },
      quote: '落实符合条件的进城兜底保障对象享有政府提供基本住房保障的政策',
    },
    {
      id: 'housing.public-rental', clause: '3.4', area: 'housing', kind: 'eligibility',
      summary: { zh: '兜底保障对象在稳定就业地可申请公租房', en: 'Safety-net recipients may apply for public-rental housing where they have stable work' },
      condition: 'a safety-net recipient with stable employment in the place where the application is made',
      quote: '兜底保障对象在稳定就业地可申请公租房',
    },
    {
      id: 'housing.rent-subsidy', clause: '3.4', area: 'housing', kind: 'commitment',
      summary: { zh: '通过公租房实物保障和租赁补贴等方式给予帮扶', en: 'Help through public-rental housing in kind and rent subsidies' },
      quote: '通过公租房实物保障和租赁补贴等方式给予帮扶',
      interpretation: { encoded: 'A rent subsidy is promised but its amount or rate is not set: a commitment, so calculators find no figure.', zh: { encoded: '原文承诺给予租赁补贴，但未规定金额或标准：属于工作承诺，计算器查不到具体数字。' } },
    },
    // 三（五）加强产业帮扶
    {
      id: 'employment.industry.poverty-industries', clause: '3.5', area: 'employment', kind: 'commitment',
      summary: { zh: '培育贫困人口参与度高、带动增收能力强的扶贫产业', en: 'Develop anti-poverty industries with high participation of the poor' },
      quote: '要培育一批贫困人口参与度高、带动贫困户长期稳定增收能力强的扶贫产业',
      interpretation: { encoded: 'The vocabulary has no area for industry support (产业帮扶); the nearest area, employment, is used.', zh: { encoded: '统一分类表中没有“产业帮扶”领域；采用最接近的就业帮扶领域。' } },
    },
    {
      id: 'employment.industry.income-projects', clause: '3.5', area: 'employment', kind: 'count', count: 1, unit: '个产业增收项目（每户）', bound: 'min',
      summary: { zh: '力争有产业发展能力和意愿的贫困户有1个以上产业增收项目', en: 'Aim: every poor household able and willing to develop an industry has at least 1 income project' },
      quote: '力争有产业发展能力和意愿的贫困户有1个以上产业增收项目',
      interpretation: {
        encoded: '以上 includes the number (at least 1). 力争 makes it a target to strive for, not an entitlement. No area for industry support exists; employment is used.',
        zh: { encoded: '“以上”包含本数（至少1个）。“力争”表明这是努力实现的目标，而不是可以主张的权利。统一分类表中没有产业帮扶领域，采用就业帮扶领域。' },
      },
    },
    {
      id: 'employment.industry.skills', clause: '3.5', area: 'employment', kind: 'count', count: 1, unit: '门就业创业技能（每户）', bound: 'min',
      summary: { zh: '力争有培训意愿的贫困户掌握1门以上就业创业技能', en: 'Aim: every poor household willing to train masters at least 1 employment or business skill' },
      quote: '有培训意愿的贫困户掌握1门以上就业创业技能',
      interpretation: { encoded: 'Governed by the same 力争 (a target). 以上 includes the number (at least 1).', zh: { encoded: '同样受“力争”约束（属于目标）。“以上”包含本数（至少1门）。' } },
    },
    {
      id: 'employment.industry.asset-income', clause: '3.5', area: 'employment', kind: 'commitment',
      summary: { zh: '创新帮扶模式，强化资产收益扶贫，保障兜底保障对象长久受益', en: 'New support models and asset-income schemes so safety-net recipients benefit long-term' },
      quote: '创新帮扶模式，强化资产收益扶贫，切实保障兜底保障对象长久受益',
    },
    // 三（六）加强就业帮扶
    {
      id: 'employment.service-311.job-referrals', clause: '3.6', area: 'employment', kind: 'frequency', times: 3, per: 'year', bound: 'min',
      summary: { zh: '“311”就业服务：每年至少推荐3次岗位信息', en: '"311" employment service: job information at least 3 times a year' },
      quote: '每年至少为登记失业的兜底保障对象家庭劳动力推荐3次岗位信息',
      interpretation: { encoded: 'The "3" of "311". For registered-unemployed workers of safety-net households.', zh: { encoded: '即“311”中的“3”。对象是兜底保障对象家庭中登记失业的劳动力。' } },
    },
    {
      id: 'employment.service-311.career-guidance', clause: '3.6', area: 'employment', kind: 'frequency', times: 1, per: 'year', bound: 'min',
      summary: { zh: '“311”就业服务：每年至少提供1次职业指导', en: '"311" employment service: career guidance at least once a year' },
      quote: '提供1次职业指导',
      interpretation: { encoded: 'The first "1" of "311" (the text lists career guidance second). 每年至少 governs all three services.', zh: { encoded: '即“311”中的第一个“1”（原文把职业指导列在第二项）。“每年至少”适用于全部三项服务。' } },
    },
    {
      id: 'employment.service-311.training-referrals', clause: '3.6', area: 'employment', kind: 'frequency', times: 1, per: 'year', bound: 'min',
      summary: { zh: '“311”就业服务：每年至少提供1次免费技能培训信息', en: '"311" employment service: information on free skills training at least once a year' },
      quote: '提供1次免费技能培训信息',
      interpretation: { encoded: 'The second "1" of "311": information about free skills training (免费技能培训信息), the counterpart of other documents\' training referral, under the same id.', zh: { encoded: '即“311”中的第二个“1”：提供免费技能培训信息，相当于其他文件中的培训推荐，因此使用相同的条目编号。' } },
    },
    {
      id: 'employment.purchased-services', clause: '3.6', area: 'employment', kind: 'commitment',
      summary: { zh: '采取政府购买服务方式加大就业援助', en: 'More employment assistance through government-purchased services' },
      quote: '采取政府购买服务的方式，加大就业援助力度',
    },
    {
      id: 'employment.entrepreneurship', clause: '3.6', area: 'employment', kind: 'commitment',
      summary: { zh: '有创业意愿及条件的开展创业培训，落实税费减免、资金补贴、创业担保贷款', en: 'Would-be entrepreneurs: business training, tax relief, grants and guaranteed start-up loans' },
      quote: '对有创业意愿及创业条件的兜底保障对象家庭劳动力，及时开展创业培训，落实税费减免、资金补贴、创业担保贷款等政策',
    },
    {
      id: 'employment.unemployment-registration', clause: '3.6', area: 'employment', kind: 'eligibility',
      appliesTo: ['dibao'],
      summary: { zh: '进城建档立卡贫困人口、农村低保对象可在常住地社区申请失业登记', en: 'Registered poor who moved to town and rural dibao recipients may register as unemployed where they live' },
      condition: 'of legal working age, able and wishing to work; registered poor who moved to town, or rural dibao recipient; applies with an identity card at the community employment-service platform of the place of habitual residence',
      quote: '法定劳动年龄内、有就业能力、有就业需求的进城建档立卡贫困人口、农村低保对象可持身份证，到常住地社区公共就业服务平台申请失业登记',
      interpretation: { encoded: `法定劳动年龄 is not given in years: no age range is encoded. ${RURAL_DIBAO_NOTE}`, zh: { encoded: '原文没有用岁数写明“法定劳动年龄”，因此不编码年龄范围。统一分类表中没有单独的“农村低保对象”类别，因此采用最接近的 `dibao`（低保对象）。' } },
    },
    {
      id: 'employment.community-services', clause: '3.6', area: 'employment', kind: 'commitment',
      summary: { zh: '社区公共就业服务平台提供免费政策咨询、职业指导、职业介绍和跟踪服务', en: 'Community employment platforms give free advice, guidance, placement and follow-up' },
      quote: '常住地社区公共就业服务平台要积极为他们提供免费的政策咨询、职业指导、职业介绍，并加强跟踪服务',
    },
    {
      id: 'employment.training-investment', clause: '3.6', area: 'employment', kind: 'commitment',
      summary: { zh: '加大对进城农村贫困人口的培训投入，落实职业技能培训补贴', en: 'More training for the rural poor in town; vocational-training subsidies' },
      quote: '加大对进城农村贫困人口的培训投入，落实好职业技能培训补贴政策',
    },
    // 三（七）加大残疾人帮扶力度
    {
      id: 'disability.two-subsidies', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '健全和落实困难残疾人生活补贴和重度残疾人护理补贴制度', en: 'Living subsidy for disabled persons in hardship and nursing subsidy for the severely disabled' },
      quote: '健全和落实困难残疾人生活补贴和重度残疾人护理补贴制度，帮助解决残疾人特殊生活困难和长期照料困难',
      interpretation: { encoded: 'No amounts are set: a commitment under the id other documents use for the two subsidies.', zh: { encoded: '原文未规定金额：作为工作承诺编码，使用其他文件表示这两项补贴时所用的条目编号。' } },
    },
    {
      id: 'disability.training-employment', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '对兜底保障对象中的残疾人开展实用技术或职业技能培训，扶持自主创业', en: 'Practical and vocational training and start-up support for disabled safety-net recipients' },
      quote: '加强残疾人教育培训和就业服务，对兜底保障对象中的残疾人开展实用技术或职业技能培训，扶持自主创业',
    },
    {
      id: 'disability.assistive-devices', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '加强康复与辅助器具适配服务，建立基本型辅助器具适配补贴制度', en: 'Rehabilitation, assistive-device fitting and a subsidy for basic devices' },
      quote: '加强残疾人康复与辅助器具适配服务，建立基本型辅助器具适配补贴制度',
    },
    {
      id: 'disability.barrier-free', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '推进重度残疾人家庭无障碍设施改造', en: 'Barrier-free adaptation of the homes of severely disabled safety-net recipients' },
      quote: '整合相关资源，推进兜底保障对象中重度残疾人家庭无障碍设施改造工作',
    },
    {
      id: 'disability.assessment.frequency', clause: '3.7', area: 'disability', kind: 'frequency', times: 1, per: 'year', bound: 'min',
      summary: { zh: '区残联会同卫生健康等部门每年至少组织一次疑似残疾人摸底及上门评残办证', en: 'At least once a year: survey of suspected disabilities, with home assessment and certification (Disabled Persons\' Federation with health)' },
      quote: '区残联要会同卫生健康等相关部门，每年至少组织一次疑似残疾人摸底以及上门评残和办证',
    },
    {
      id: 'disability.assessment.home-visit-free', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '为家庭贫困和行动不便的申请人提供上门服务，免收残疾评定费', en: 'Home visits for poor or immobile applicants; no disability-assessment fee' },
      quote: '为家庭贫困和行动不便的申请人提供上门服务（免收残疾评定费）',
    },
    {
      id: 'disability.severe.centralised-care', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '有意愿入住照护机构的重度残疾人依托现有设施提供集中照护', en: 'Institutional care for severely disabled safety-net recipients who wish it' },
      quote: '对于符合条件且有意愿入住各类照护服务机构的兜底保障对象中的重度残疾人，要依托和整合现有公共服务设施为其提供集中照护服务',
    },
    {
      id: 'disability.severe.home-care', clause: '3.7', area: 'disability', kind: 'commitment',
      summary: { zh: '无意愿入住的重度残疾人动员亲属、邻居及社会组织和个人提供照护', en: 'Care by relatives, neighbours and others for severely disabled recipients who stay at home' },
      quote: '对于符合条件但无意愿入住各类照护服务机构的兜底保障对象中的重度残疾人，要动员组织其亲属、邻居及其他社会组织和个人为其提供照护服务',
    },
    // 三（八）加强养老扶幼帮扶
    {
      id: 'elderly-children.social-insurance-subsidy', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '落实参加社会保险优惠政策及代缴补贴，行动不便的上门服务', en: 'Social-insurance concessions and premiums paid on their behalf; home service for the immobile' },
      quote: '落实兜底保障对象参加社会保险优惠政策及代缴补贴政策，对行动不便的提供上门服务',
      interpretation: { encoded: 'Social (pension) insurance has no area of its own; filed under elderly and children. No amounts are set.', zh: { encoded: '社会（养老）保险没有单独的领域，归入“老年人与儿童”领域。原文未规定金额。' } },
    },
    {
      id: 'elderly-children.pension-transfer', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '进城就业兜底保障对象参加城镇企业职工养老保险及关系转移接续', en: 'Urban employee pension insurance and transfer of pension rights for recipients working in town' },
      quote: '继续做好进城就业兜底保障对象参加城镇企业职工养老保险统筹及基本养老保险关系转移接续工作，按政策规定落实好相应养老保险待遇',
    },
    {
      id: 'elderly-children.enrolment-services', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '开展进城贫困人口参保登记及缴费经办服务', en: 'Help with insurance enrolment and contributions for the poor in town' },
      quote: '积极主动开展进城贫困人口参保登记及缴费经办服务工作',
    },
    {
      id: 'elderly-children.low-cost-care', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '鼓励有条件的乡镇敬老院为兜底保障对象中的老年人提供低偿集中托养', en: 'Township homes for the aged encouraged to offer low-cost residential care to elderly recipients' },
      quote: '鼓励有条件的乡镇敬老院在满足特困人员集中供养需求的前提下，为兜底保障对象中的老年人提供低偿的集中托养服务',
      interpretation: { encoded: '低偿 (low-cost) is not quantified; tekun persons\' own institutional care comes first.', zh: { encoded: '“低偿”没有量化；须优先满足特困人员自身的集中供养需求。' } },
    },
    {
      id: 'elderly-children.left-behind', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '建立留守老年人、留守儿童关爱保护体系，完善台账，细化帮扶措施', en: 'Care and protection for left-behind elderly people and children' },
      quote: '建立兜底保障对象中留守老年人、留守儿童关爱保护体系',
    },
    {
      id: 'elderly-children.left-behind.visits', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '落实定期探访制度，完善信息统计台账', en: 'Regular visits, with records kept' },
      quote: '落实定期探访制度，完善信息统计台账，细化关爱保护帮扶措施',
      interpretation: { encoded: '定期 (regular): the text sets no visiting frequency, so no frequency is encoded.', zh: { encoded: '“定期”：原文未规定探访频次，因此不编码频次。' } },
    },
    {
      id: 'elderly-children.guardianship', clause: '3.8', area: 'elderly-children', kind: 'commitment',
      summary: { zh: '强化并督促落实家庭监护主体责任', en: 'Families held to their duty of guardianship' },
      quote: '强化家庭监护主体责任意识，督促家庭监护主体责任落实',
    },
    // 三（九）引导社会各界共同帮扶
    {
      id: 'social-participation.one-to-one-cadres', clause: '3.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '建立完善“一对一”党员干部联系帮扶制度，确定家庭帮扶联系人', en: 'One-to-one contact between party cadres and safety-net households' },
      quote: '建立完善兜底保障对象“一对一”党员干部联系帮扶制度，确定兜底保障对象家庭帮扶联系人，明确帮扶责任',
    },
    {
      id: 'social-participation.social-work-stations', clause: '3.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '发挥乡镇（街道）社会工作站和村居基层组织作用，引导社会组织为失能、半失能对象提供个性化服务', en: 'Social-work stations and village organisations; personalised services for recipients unable or partly unable to care for themselves' },
      quote: '充分发挥乡镇（街道）社会工作站和村居基层组织作用，拓宽社会帮扶组织信息服务渠道，鼓励和引导社会组织为失能、半失能兜底保障对象提供个性化帮扶服务',
    },
    {
      id: 'social-participation.mutual-aid-campaign', clause: '3.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '开展“户帮户亲帮亲、互助脱贫奔小康”活动，动员社会各界参与帮扶', en: '"Household helps household" mutual-aid campaign; donations, volunteering and pairing' },
      quote: '深入开展“户帮户亲帮亲、互助脱贫奔小康”活动，广泛动员社会各界人士通过爱心捐赠、志愿服务、结对帮扶等形式参与帮扶',
    },
    {
      id: 'social-participation.volunteer-pairing', clause: '3.9', area: 'social-participation', kind: 'commitment',
      summary: { zh: '志愿者、爱心人士与失能、半失能对象结对帮扶，提倡邻里互助', en: 'Volunteers paired with recipients unable to care for themselves; neighbourly help with daily care' },
      quote: '引导志愿者、爱心人士与失能、半失能兜底保障对象结对帮扶，大力提倡邻里互助，协助解决失能、半失能兜底保障对象日常生活照料问题',
    },
    // 四、工作要求
    {
      id: 'administration.coordination-mechanism', clause: '4.1', area: 'administration', kind: 'commitment',
      leadDepartment: '区民政局',
      summary: { zh: '建立党（工）委领导、民政部门牵头、有关部门协同、社会力量参与的协调机制', en: 'Coordination mechanism led by the party committee, convened by civil affairs' },
      quote: '建立健全党（工）委领导、民政部门牵头、有关部门协同、社会力量参与的社会救助兜底保障工作协调机制。各级民政部门要发挥牵头协调作用',
      interpretation: { encoded: '民政部门牵头 is read, at district level, as 区民政局 leading (the clause names 区民政局 as responsible).', zh: { encoded: '“民政部门牵头”在区一级理解为由区民政局牵头（本条列明的责任单位是区民政局）。' } },
    },
    {
      id: 'administration.funding', clause: '4.2', area: 'administration', kind: 'commitment',
      summary: { zh: '区财政优化支出结构、科学编制困难群众生活保障资金预算', en: 'District budget for the living support of people in hardship' },
      quote: '区财政部门优化财政支出结构、科学合理编制困难群众生活保障资金预算，增加资金有效供给，提升资金使用效益',
    },
    {
      id: 'administration.price-linkage', clause: '4.2', area: 'administration', kind: 'commitment',
      summary: { zh: '落实社会救助和保障标准与物价上涨挂钩联动机制', en: 'Assistance standards linked to price rises' },
      quote: '落实社会救助和保障标准与物价上涨挂钩联动机制，防止物价波动影响困难群众基本生活',
    },
    {
      id: 'administration.means-check', clause: '4.3', area: 'administration', kind: 'commitment',
      summary: { zh: '加强经济状况核查，健全核对机制', en: 'Stronger means checks and verification' },
      quote: '进一步加强经济状况核查工作，健全经济状况核对机制',
    },
    {
      id: 'administration.data-sharing', clause: '4.3', area: 'administration', kind: 'commitment',
      summary: { zh: '居民经济状况核对系统与相关部门信息系统数据实时共享', en: 'Real-time data sharing between the means-check system and other departments' },
      quote: '加快各部门信息系统的深度对接，尽快实现居民经济状况核对系统与相关部门信息系统数据实时共享',
    },
    {
      id: 'administration.review.periodic', clause: '4.3', area: 'administration', kind: 'commitment',
      summary: { zh: '对救助对象家庭经济和财产状况定期比对和评估', en: 'Households\' income and assets compared and assessed periodically' },
      quote: '对救助对象家庭经济和财产状况进行定期比对和评估，及时互通变化情况，确保社会救助兜底保障对象识别精准、救助精准',
      interpretation: { encoded: '定期 (periodic): the text sets no review frequency, so no frequency is encoded (other documents\' `administration.review.*` frequencies have no counterpart here).', zh: { encoded: '“定期”：原文未规定比对评估的频次，因此不编码频次（其他文件中 `administration.review.*` 的频次规定在本文件中没有对应内容）。' } },
    },
    {
      id: 'administration.publicity', clause: '4.4', area: 'administration', kind: 'commitment',
      summary: { zh: '梳理兜底保障政策，设置专栏、编制手册，让政策通俗易懂', en: 'Plain-language publicity of safety-net policies' },
      quote: '全面梳理社会救助兜底保障政策，通过设置专题专栏、编制宣传手册等多种方式，让兜底保障政策通俗易懂，走进千家万户',
    },
    {
      id: 'administration.exemplars', clause: '4.4', area: 'administration', kind: 'commitment',
      summary: { zh: '宣传先进经验、创新做法、特色亮点，发挥典型示范作用', en: 'Publicise good practice' },
      quote: '大力宣传先进经验、创新做法、特色亮点，发挥典型示范作用',
    },
    {
      id: 'social-participation.publicity', clause: '4.4', area: 'social-participation', kind: 'commitment',
      summary: { zh: '开展优秀社会组织、爱心人士、志愿者宣传活动，引导社会力量参与', en: 'Publicise exemplary organisations, donors and volunteers' },
      quote: '积极开展优秀社会组织、爱心人士、志愿者宣传活动，引导社会力量积极参与脱贫攻坚',
    },
    // 结尾
    {
      id: 'administration.effective', clause: 'closing', area: 'administration', kind: 'commitment',
      summary: { zh: '自发布之日起执行', en: 'In force from publication' },
      quote: '本通知自发布之日起执行',
      interpretation: { encoded: 'The sentence says 本通知 although it closes the 方案; read as covering the notice and the plan it issues.', zh: { encoded: '这句话位于《方案》末尾，说的却是“本通知”；理解为同时适用于通知及其印发的方案。' } },
    },
    {
      id: 'administration.validity', clause: 'closing', area: 'administration', kind: 'duration', amount: '5', unit: 'year',
      summary: { zh: '有效期5年', en: 'Valid for 5 years' },
      quote: '有效期5年',
      interpretation: { encoded: 'Five years from publication (自发布之日起).', zh: { encoded: '自发布之日起5年。' } },
    },
  ],
});
