import { _definePolicy } from './_define.ts';

const MCA = ['县民政局', '各乡镇'];
const MCA_LEAD = { departments: MCA, leadDepartment: '县民政局' };
const TEKUN_LIKE = ['tekun', 'orphan', 'unsupported-child'] as const;

/** 会宁县城镇困难群众脱困解困行动方案（2022年-2023年）, 会民发[2022]63号. */
export const huining2022 = _definePolicy({
  id: 'huining-2022',
  title: '会宁县城镇困难群众脱困解困行动方案（2022年-2023年）',
  shortName: { zh: '会宁县', en: 'Huining County' },
  docNumber: '会民发[2022]63号',
  region: {
    province: { zh: '甘肃省', en: 'Gansu' },
    prefecture: { zh: '白银市', en: 'Baiyin' },
    county: { zh: '会宁县', en: 'Huining County' },
  },
  issuers: [],
  issuersNote:
    'The extraction lost the title block (issuer line, notice title) and the document carries no signature: no issuing body is printed. The 文号 prefix 会民发 is that of the county civil-affairs bureau (会宁县民政局), and the colophon names 会宁县民政局办公室 as the office that printed it (印发), but the parent documents were issued jointly by 14 departments, so the issuers may be several county departments; none is recorded here rather than guessed.',
  issued: '2022-04-15',
  issuedNote: 'Date of printing (印发) in the colophon: "会宁县民政局办公室 2022年4月15日印发". The date of signature (成文日期) was lost with the title block.',
  effective: '文件未载明施行日期（版记：2022年4月15日印发）',
  period: { from: '2022', to: '2023' },
  parents: [
    { docNumber: '甘民发〔2021〕122号', title: '关于印发〈甘肃省城镇困难群众脱困解困行动方案(2021年-2023年)〉的通知' },
    { docNumber: '市民发〔2022〕6号', title: '关于印发〈白银市城镇困难群众脱困解困行动方案(2022年-2023年)〉的通知' },
    { title: '白银市最低生活保障审核确认实施细则' },
  ],
  groups: [
    { id: 'tekun', term: '城市特困人员', definition: '城市特困人员、孤儿、事实无人抚养儿童、残疾人两项补贴对象等特殊困难群体', clause: '1.3' },
    { id: 'orphan', term: '孤儿', definition: '城市特困人员、孤儿、事实无人抚养儿童、残疾人两项补贴对象等特殊困难群体', clause: '1.3' },
    { id: 'unsupported-child', term: '事实无人抚养儿童', definition: '城市特困人员、孤儿、事实无人抚养儿童、残疾人两项补贴对象等特殊困难群体', clause: '1.3' },
    { id: 'disabled', term: '残疾人两项补贴对象', definition: '城市特困人员、孤儿、事实无人抚养儿童、残疾人两项补贴对象等特殊困难群体', clause: '1.3' },
    { id: 'dibao', term: '纳入城市居民低保范围的家庭或个人', definition: '纳入城市居民低保范围的家庭或个人', clause: '1.3' },
    {
      id: 'low-income',
      term: '低保边缘家庭中的重残人员、重病患者等特殊困难人员',
      definition: '人均收入在当地城市低保标准 1-1.5 倍的低保边缘家庭中的重残人员、重病患者等特殊困难人员',
      clause: '1.3',
    },
    {
      id: 'expenditure-hardship',
      term: '收入骤降或支出骤增导致基本生活出现困难的城市居民家庭',
      definition: '因病、因残、因学、因灾、因突发事件等收入骤降或支出骤增导致基本生活出现困难的城市居民家庭',
      clause: '1.3',
    },
    {
      id: 'other-hardship',
      term: '进城务工人员、持有当地居住证人员、临时外来人员；县级人民政府认定的其他城镇困难人员',
      definition: '基本生活困难的进城务工人员、持有当地居住证人员、临时外来人员; 县级人民政府认定的其他城镇困难人员',
      clause: '1.3',
    },
    {
      id: 'hardship-worker',
      term: '困难职工家庭',
      definition: '对长期居住在县城且有一年以上事实劳动关系、生活困难的农民工,居住企业集中生活区的离退休、病退和领取定期生活费的人员,本人或家庭成员患重大疾病,符合建档标准的,纳入帮扶范围。',
      clause: '2.4.b.1',
    },
  ],
  clauses: [
    { id: 'notice' }, // the notice title was lost in the extraction: no heading is invented
    { id: 'preamble' },
    { id: '1', heading: '总体要求' },
    { id: '1.1', heading: '指导思想' },
    { id: '1.2', heading: '目标任务' },
    { id: '1.3', heading: '对象范围' },
    { id: '2', heading: '政策措施' },
    { id: '2.1', heading: '兜牢基本生活底线' },
    { id: '2.1.a', heading: '落实社会救助兜底保障政策', ...MCA_LEAD },
    { id: '2.1.a.1', heading: '准确认定保障对象' },
    { id: '2.1.a.2', heading: '严格规范认定条件' },
    { id: '2.1.a.3', heading: '科学确定保障水平' },
    { id: '2.1.b', heading: '提升最低生活保障实效', ...MCA_LEAD },
    { id: '2.1.b.1', heading: '全面落实低保制度' },
    { id: '2.1.b.2', heading: '落实低保渐退制度' },
    { id: '2.1.b.3', heading: '适度扩大保障范围' },
    { id: '2.1.b.4', heading: '适当扣减必要费用' },
    { id: '2.1.c', heading: '实施临时救助', ...MCA_LEAD },
    { id: '2.1.c.1', heading: '合理确定临时救助标准' },
    { id: '2.1.c.2', heading: '深入开展"救急难"工作' },
    { id: '2.1.d', heading: '加大低收入人口救助力度', ...MCA_LEAD },
    { id: '2.1.d.1', heading: '加强动态监测' },
    { id: '2.1.d.2', heading: '加强动态管理' },
    { id: '2.1.d.3', heading: '及时救助帮扶' },
    { id: '2.2', heading: '加强特殊群体关爱保护力度' },
    { id: '2.2.a', heading: '改善分散供养特困人员生活条件', ...MCA_LEAD },
    { id: '2.2.a.1' },
    { id: '2.2.a.2' },
    { id: '2.2.a.3' },
    { id: '2.2.a.4' },
    { id: '2.2.a.5' },
    { id: '2.2.b', heading: '深入开展生活困难重度残疾人照护服务', departments: ['县民政局', '县残联', '各乡镇'] },
    { id: '2.2.b.1', heading: '准确认定保障对象' },
    { id: '2.2.b.2', heading: '切实做好照护服务' },
    { id: '2.2.b.3', heading: '加大资金投入力度' },
    { id: '2.2.c', heading: '落实孤儿和事实无人抚养儿童保障政策', ...MCA_LEAD },
    { id: '2.2.c.1', heading: '精细排查' },
    { id: '2.2.c.2', heading: '精确认定' },
    { id: '2.2.c.3', heading: '精准保障' },
    { id: '2.2.d', heading: '加强生活无着流浪乞讨人员救助管理', departments: ['县民政局', '县公安部门'] },
    { id: '2.2.d.1' },
    { id: '2.2.d.2' },
    { id: '2.2.d.3' },
    { id: '2.2.d.4' },
    { id: '2.3', heading: '全面开展专项社会救助' },
    { id: '2.3.a', heading: '继续加大医疗救助力度', departments: ['县医保部门', '卫生健康部门'] },
    { id: '2.3.a.1' },
    { id: '2.3.a.2' },
    { id: '2.3.a.3' },
    { id: '2.3.a.4' },
    { id: '2.3.b', heading: '继续加大教育救助力度', departments: ['县教育部门'] },
    { id: '2.3.b.1' },
    { id: '2.3.b.2' },
    { id: '2.3.b.3' },
    { id: '2.3.c', heading: '继续加大住房救助力度', departments: ['县住建部门'] },
    { id: '2.3.c.1' },
    { id: '2.3.c.2' },
    { id: '2.3.d', heading: '继续加大就业救助力度', departments: ['县人社部门'] },
    { id: '2.3.d.1' },
    { id: '2.3.d.2' },
    { id: '2.3.d.3' },
    { id: '2.3.e', heading: '切实减轻困难群体参保缴费负担', departments: ['县人社部门'] },
    { id: '2.3.e.1' },
    { id: '2.3.e.2' },
    { id: '2.3.e.3' },
    { id: '2.3.f', heading: '继续加大受灾人员救助力度', departments: ['县应急管理部门'] },
    { id: '2.3.f.1' },
    { id: '2.3.f.2' },
    { id: '2.3.f.3' },
    { id: '2.4', heading: '多措并举提升城镇困难群众基本生活保障水平' },
    { id: '2.4.a', heading: '落实困难群众税收优惠政策', departments: ['县税务部门'] },
    { id: '2.4.a.1' },
    { id: '2.4.a.2' },
    { id: '2.4.a.3' },
    { id: '2.4.b', heading: '强化城镇困难职工帮扶力度', departments: ['县工会'] },
    { id: '2.4.b.1' },
    { id: '2.4.b.2' },
    { id: '2.4.c', heading: '加强城镇女性关爱保护', departments: ['县妇联'] },
    { id: '2.4.c.1' },
    { id: '2.4.c.2' },
    { id: '2.4.c.3' },
    { id: '2.4.d', heading: '鼓励慈善和社会力量参与救助', departments: ['县民政局', '县卫生健康部门', '团县委'] },
    { id: '2.4.d.1' },
    { id: '2.4.d.2' },
    { id: '2.4.d.3' },
    { id: '2.4.d.4' },
    { id: '3', heading: '工作要求' },
    { id: '3.1', heading: '加强组织领导' },
    { id: '3.2', heading: '明确责任分工' },
    { id: '3.3', heading: '强化服务管理' },
    { id: '3.4', heading: '严格监督考核' },
    { id: '3.5', heading: '大力宣传引导' },
    { id: 'closing' }, // colophon (版记): 公开属性, 抄送, 印发
  ],
  provisions: [
    // 序言、一、总体要求
    {
      id: 'administration.special-action', clause: 'preamble', area: 'administration', kind: 'commitment',
      summary: { zh: '在全县范围开展城镇困难群众脱困解困专项行动', en: 'County-wide special action to lift urban residents out of hardship' },
      quote: '决定在全县范围开展城镇困难群众脱困解困专项行动',
    },
    {
      id: 'administration.principles', clause: '1.1', area: 'administration', kind: 'commitment',
      summary: { zh: '分层分类实施社会救助，加大综合兜底保障力度', en: 'Tiered, classified social assistance; stronger comprehensive safety net' },
      quote: '分层分类实施社会救助,落实落细各项社会救助政策,加大综合兜底保障力度',
    },
    {
      id: 'administration.target-2023', clause: '1.2', area: 'administration', kind: 'commitment',
      summary: { zh: '力争到2023年建立分层分类、城乡统筹的社会救助体系', en: 'By 2023, a tiered social-assistance system integrating town and country' },
      quote: '力争到2023年,建立起分层分类、城乡统筹、符合县情实际的社会救助体系',
      interpretation: { encoded: 'A target year, not an amount: encoded as a commitment with its deadline in the quote (2023 is also the end of the plan period).' },
    },
    {
      id: 'administration.aid-forms', clause: '1.2', area: 'administration', kind: 'commitment',
      summary: { zh: '形成“资金+物资+服务”的救助方式', en: 'Aid in the form of "money + goods + services"' },
      quote: '形成"资金+物资+服务"的救助方式',
    },
    // 一（三）对象范围
    {
      id: 'eligibility.groups.special', clause: '1.3', area: 'eligibility', kind: 'eligibility',
      appliesTo: [...TEKUN_LIKE, 'disabled'],
      summary: { zh: '城市特困人员、孤儿、事实无人抚养儿童、残疾人两项补贴对象等特殊困难群体', en: 'Urban tekun, orphans, children without carers and recipients of the two disability subsidies' },
      condition: 'urban tekun, orphan, child without de-facto carers, or recipient of the two disability subsidies (困难残疾人生活补贴 / 重度残疾人护理补贴)',
      quote: '城市特困人员、孤儿、事实无人抚养儿童、残疾人两项补贴对象等特殊困难群体',
    },
    {
      id: 'eligibility.groups.dibao', clause: '1.3', area: 'eligibility', kind: 'eligibility', appliesTo: ['dibao'],
      summary: { zh: '纳入城市居民低保范围的家庭或个人', en: 'Households or individuals covered by urban dibao' },
      condition: 'household or individual covered by urban dibao',
      quote: '纳入城市居民低保范围的家庭或个人',
    },
    {
      id: 'eligibility.low-income.band', clause: '1.3', area: 'eligibility', kind: 'multiple', base: 'dibao-standard',
      min: '1', minExclusive: true, max: '1.5', maxExclusive: false, appliesTo: ['low-income'],
      summary: { zh: '低保边缘家庭：人均收入在城市低保标准1-1.5倍（仅其中的重残、重病等特殊困难人员为对象）', en: 'Near-dibao household: per-capita income 1 to 1.5 times the urban dibao standard (only its severely disabled, seriously ill and similar members are targeted)' },
      quote: '人均收入在当地城市低保标准 1-1.5 倍的低保边缘家庭中的重残人员、重病患者等特殊困难人员',
      interpretation: {
        encoded: 'Per-capita income compared with the monthly urban dibao standard; the lower end is exclusive (at or below the standard the household is itself dibao-eligible), the upper end inclusive ("在…1-1.5倍" reads as up to and including 1.5). Only the severely disabled, seriously ill and similar members of such households are targets, not the whole household.',
        alternative: 'Both ends could be read as inclusive, or the whole near-dibao household as the target.',
      },
    },
    {
      id: 'eligibility.groups.sudden-hardship', clause: '1.3', area: 'eligibility', kind: 'eligibility', appliesTo: ['expenditure-hardship'],
      summary: { zh: '因病、因残、因学、因灾、因突发事件等收入骤降或支出骤增导致基本生活困难的城市居民家庭', en: 'Urban households whose income fell or spending rose sharply through illness, disability, schooling, disaster or emergency' },
      condition: 'urban household in hardship because income fell sharply or spending rose sharply (illness, disability, schooling, disaster, emergency)',
      quote: '因病、因残、因学、因灾、因突发事件等收入骤降或支出骤增导致基本生活出现困难的城市居民家庭',
      interpretation: { encoded: 'Mapped to `expenditure-hardship`; the group also covers sudden falls of income, which the vocabulary has no separate group for.' },
    },
    {
      id: 'eligibility.groups.non-residents', clause: '1.3', area: 'eligibility', kind: 'eligibility', appliesTo: ['other-hardship'],
      summary: { zh: '基本生活困难的进城务工人员、持有当地居住证人员、临时外来人员', en: 'Migrant workers, local residence-permit holders and temporary visitors in hardship' },
      condition: 'migrant worker, holder of a local residence permit, or temporary visitor whose basic living is in difficulty (no local household registration required)',
      quote: '基本生活困难的进城务工人员、持有当地居住证人员、临时外来人员',
      interpretation: { encoded: 'The vocabulary has no group for non-residents; mapped to `other-hardship`.' },
    },
    {
      id: 'eligibility.groups.county-determined', clause: '1.3', area: 'eligibility', kind: 'eligibility', appliesTo: ['other-hardship'],
      summary: { zh: '县级人民政府认定的其他城镇困难人员', en: 'Other urban persons in hardship recognised by the county government' },
      condition: 'recognised as an urban person in hardship by the county government',
      quote: '县级人民政府认定的其他城镇困难人员',
    },
    // 二（一）一是
    {
      id: 'eligibility.dibao.determination', clause: '2.1.a.1', area: 'eligibility', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '综合运用经济状况评估认定、信息核对等手段准确认定城市低保对象', en: 'Dibao recipients identified through means assessment and data matching' },
      quote: '综合运用最低生活保障家庭经济状况评估认定、居民家庭经济状况信息核对等手段,及时准确认定城市低保对象',
    },
    {
      id: 'basic-living.dynamic-adjustment', clause: '2.1.a.1', area: 'basic-living', kind: 'commitment',
      summary: { zh: '以因病、因残丧失劳动能力家庭和个人为重点，加大低保动态调整力度', en: 'Dynamic adjustment of dibao focused on households unable to work through illness or disability' },
      quote: '以因病、因残等丧失劳动能力家庭和个人作为重点, 加大低保动态调整力度,将符合条件的人员纳入相应救助范围',
    },
    {
      id: 'eligibility.dibao.review-services', clause: '2.1.a.2', area: 'eligibility', kind: 'commitment',
      summary: { zh: '加强低保审核确认的规范管理和相关服务', en: 'Better-regulated dibao review and related services' },
      quote: '加强最低生活保障审核确认工作的规范管理和相关服务',
      interpretation: { encoded: 'The source prints "服条", a wrong character for "服务" (services); the rendering marks the correction.' },
    },
    {
      id: 'eligibility.asset-exemption', clause: '2.1.a.2', area: 'eligibility', kind: 'commitment',
      summary: { zh: '维持家庭生产生活的必需财产在认定时适当豁免', en: 'Property needed for the household\'s living and work is partly exempt in the means test' },
      quote: '对于维持最低生活保障家庭生产生活的必需财产, 在认定时予以适当豁免',
    },
    {
      id: 'eligibility.expense-deduction.illness-disability-study', clause: '2.1.a.2', area: 'eligibility', kind: 'commitment',
      summary: { zh: '因病、因残、因学刚性支出分梯度、按比例适当扣减', en: 'Essential spending on illness, disability and schooling deducted in tiers and proportions' },
      quote: '对家庭成员因病、因残、因学支出情况,分梯度、按比例对家庭刚性支出予以适当扣减',
      interpretation: { encoded: 'No tiers or proportions are given here; the text refers to the 白银市 implementing rules.' },
    },
    {
      id: 'eligibility.income-disregard.basic-pension', clause: '2.1.a.2', area: 'eligibility', kind: 'eligibility',
      summary: { zh: '“十四五”期间中央和省市确定的城乡居民基本养老保险基础养老金不计入家庭收入', en: 'Basic pension of the residents\' old-age insurance (set centrally and by province and city in the 14th Five-Year Plan) not counted as income' },
      condition: 'the basic pension (基础养老金) of urban-rural residents\' basic old-age insurance set by central, provincial and city governments during the 14th Five-Year Plan is not counted in household income',
      quote: '"十四五"期间中央和省市确定的城乡居民基本养老保险基础养老金',
      interpretation: { encoded: 'Only the 基础养老金 part of the pension is disregarded; the individual-account part of the pension is not named and so still counts.' },
    },
    {
      id: 'eligibility.income-disregard.awards', clause: '2.1.a.2', area: 'eligibility', kind: 'eligibility',
      summary: { zh: '优待抚恤金、计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助不计入家庭收入', en: 'Preferential-treatment and survivor pensions, family-planning rewards and support, scholarships and bravery awards not counted as income' },
      condition: 'state preferential-treatment and survivor pensions (优待抚恤金), family-planning rewards and support payments, scholarships, awards for acts of bravery and similar reward subsidies are not counted in household income',
      quote: '国家规定的优待抚恤金、计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助',
    },
    {
      id: 'eligibility.income-disregard.social-assistance', clause: '2.1.a.2', area: 'eligibility', kind: 'eligibility',
      summary: { zh: '政府发放的各类社会救助款物不计入家庭收入', en: 'Social-assistance money and goods from the government not counted as income' },
      condition: 'all social-assistance money and goods paid by the government are not counted in household income',
      quote: '政府发放的各类社会救助款物,不计入家庭收入',
    },
    {
      id: 'special-hardship.disability-inclusion', clause: '2.1.a.2', area: 'special-hardship', kind: 'eligibility', appliesTo: ['disabled'],
      summary: { zh: '一至三级智力、精神残疾，一、二级肢体残疾和一级视力残疾人员中符合条件的全部纳入特困供养', en: 'Persons with grade 1–3 intellectual or mental, grade 1–2 physical or grade 1 visual disability who qualify are all brought into tekun support' },
      condition: 'disability of grade 1, 2 or 3 (intellectual or mental), grade 1 or 2 (physical) or grade 1 (visual), and meeting the conditions (符合条件)',
      quote: '将残疾等级为一、二、三级智力、精神残疾,一、二级肢体残疾和一级视力残疾人员中符合条件的全部纳入特困人员救助供养范围',
      interpretation: {
        encoded: '"符合条件的" is read as meeting the other tekun conditions (no capacity to work, no income, no one obliged and able to support them); the disability grade alone does not qualify.',
        alternative: 'The disability grade could be read as the condition itself, every such person being brought into tekun support.',
      },
    },
    {
      id: 'basic-living.standard-growth', clause: '2.1.a.3', area: 'basic-living', kind: 'commitment',
      summary: { zh: '城市低保标准年度增速不低于城镇居民上年度人均消费支出增速', en: 'The urban dibao standard rises each year at least as fast as last year\'s urban per-capita consumption spending' },
      quote: '城市低保标准年度增速不低于城镇居民上年度人均消费支出增速',
      interpretation: { encoded: 'A floor on the growth rate tied to an external statistic; no number is set, so it is encoded as a commitment.' },
    },
    {
      id: 'basic-living.uplift.disabled', clause: '2.1.a.3', area: 'basic-living', kind: 'ratio', ratio: '0.2', bound: 'exact', appliesTo: ['disabled'],
      summary: { zh: '低保残疾人家庭中，残疾人本人的低保金按保障标准的20%上浮计算', en: 'In a disabled person\'s household meeting dibao conditions, the disabled person\'s own allowance is raised by 20% of the dibao standard' },
      quote: '对符合城市最低生活保障条件的残疾人家庭, 残疾人本人的最低生活保障金按保障标准的 20%上浮计算',
      interpretation: {
        encoded: 'Applies only to the disabled member himself or herself (残疾人本人), in a household that meets urban dibao conditions, not to the other members. The allowance is computed against the standard raised by 20%: allowance = standard × 1.2 − the person\'s per-capita income, i.e. the ordinary allowance plus 20% of the standard (ratio 0.2 of the dibao standard).',
        alternative: 'The disabled person\'s computed allowance itself could be raised by 20% (allowance × 1.2), which gives less where the allowance is smaller than the standard.',
      },
    },
    {
      id: 'special-hardship.care-standard', clause: '2.1.a.3', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '特困供养标准分基本生活标准和照料护理标准，照料护理标准按自理能力和服务需求分档确定', en: 'Tekun support has a basic-living standard and a care standard, the latter tiered by self-care ability and needs' },
      quote: '特困人员救助供养标准分为基本生活标准和照料护理标准',
    },
    {
      id: 'special-hardship.care-standard.tiers', clause: '2.1.a.3', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '照料护理标准根据生活自理能力和服务需求分档确定（未定金额）', en: 'Care standard tiered by self-care ability and service needs (no amounts set)' },
      quote: '照料护理标准根据特困人员生活自理能力和服务需求分档确定',
    },
    {
      id: 'special-hardship.standard', clause: '2.1.a.3', area: 'special-hardship', kind: 'multiple', base: 'dibao-standard', min: '1.3', appliesTo: ['tekun'],
      summary: { zh: '特困人员基本生活标准不低于低保标准的1.3倍', en: 'Tekun basic-living standard at least 1.3 times the dibao standard' },
      quote: '基本生活标准按照不低于最低生活保障标准 的 1.3 倍确定',
      interpretation: { encoded: 'A floor (不低于): min 1.3, no max. The base is the (urban) dibao standard; the text says 最低生活保障标准 without "城市", read as the urban standard since the plan is about urban residents.' },
    },
    // 二（一）二是
    {
      id: 'eligibility.dibao.income-test', clause: '2.1.b.1', area: 'eligibility', kind: 'multiple', base: 'dibao-standard', max: '1', maxExclusive: true, appliesTo: ['dibao'],
      summary: { zh: '共同生活的家庭成员人均收入低于当地低保标准且符合财产规定的纳入城市低保', en: 'Dibao if per-capita income of the household is below the local dibao standard and assets meet the rules' },
      quote: '共同生活的家庭成员人均收入低于当地最低生活保障标准, 且符合当地最低生活保障家庭财产状况规定的城市居民家庭, 及时纳入城市低保范围',
    },
    {
      id: 'basic-living.unemployed-inclusion', clause: '2.1.b.1', area: 'basic-living', kind: 'commitment',
      summary: { zh: '因下岗失业等导致基本生活困难且符合条件的家庭及时纳入低保，应保尽保', en: 'Households in hardship through lay-off or unemployment who qualify are brought into dibao without delay' },
      quote: '对因下岗失业等原因导致基本生活困难',
    },
    {
      id: 'employment.gradual-exit.trigger', clause: '2.1.b.2', area: 'employment', kind: 'multiple', base: 'dibao-standard', min: '1', minExclusive: true, appliesTo: ['dibao'],
      summary: { zh: '重新就业或创业后家庭人均收入超过当地低保标准的，实施“低保渐退”', en: 'Gradual exit when, after re-employment or starting a business, per-capita income exceeds the local dibao standard' },
      quote: '对重新就业或创业后,家庭人均收入超过当地低保标准的,实施"低保渐退"',
      interpretation: { encoded: 'Two conditions: a member has found work or started a business again, and per-capita household income then exceeds 1 × the local dibao standard (exclusive: 超过).' },
    },
    {
      id: 'employment.gradual-exit.duration', clause: '2.1.b.2', area: 'employment', kind: 'duration', amount: '6', unit: 'month', bound: 'max', appliesTo: ['dibao'],
      summary: { zh: '渐退期不超过6个月', en: 'Gradual-exit period of at most 6 months' },
      quote: '给予不超过6个月的渐退期',
    },
    {
      id: 'employment.gradual-exit.exit', clause: '2.1.b.2', area: 'employment', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '实现稳定就业创业后再退出低保', en: 'Leave dibao only once work or business is stable' },
      quote: '实现稳定就业创业后再退出最低生活保障范围',
    },
    {
      id: 'basic-living.single-person-household', clause: '2.1.b.3', area: 'basic-living', kind: 'eligibility', appliesTo: ['low-income'],
      summary: { zh: '低保边缘家庭中的重残人员、重病患者等经本人申请参照“单人户”纳入低保', en: 'Severely disabled or seriously ill members of near-dibao households may join dibao as single-person households' },
      condition: 'member of a near-dibao household who is severely disabled or seriously ill (as defined in the same clause), and who applies',
      quote: '对低保边缘家庭中的重残人员、重病患者等特殊困难人员,经本人申请,参照"单人户"纳入低保范围',
    },
    {
      id: 'eligibility.severe-disability.definition', clause: '2.1.b.3', area: 'eligibility', kind: 'eligibility', appliesTo: ['disabled', 'low-income'],
      summary: { zh: '重残人员：持残疾人证的一级、二级重度残疾人和三级智力、三级精神残疾人', en: 'Severely disabled: holders of a disability certificate at grade 1 or 2, or grade 3 intellectual or mental disability' },
      condition: 'holds a PRC disability certificate at grade 1 or 2, or grade 3 intellectual or grade 3 mental disability',
      quote: '重残人员是指持有中华人民共和国残疾人证的一级、二级重度残疾人和三级智力残疾人、三级精神残疾人',
    },
    {
      id: 'eligibility.serious-illness.definition', clause: '2.1.b.3', area: 'eligibility', kind: 'eligibility', appliesTo: ['low-income'],
      summary: { zh: '重病患者：患重特大疾病，或当年就医自负费用超过上年度家庭总收入', en: 'Seriously ill: a recognised major disease, or this year\'s self-paid medical cost above last year\'s total household income' },
      condition: 'suffers from a major disease recognised by the competent departments, or this year\'s self-paid medical cost (after basic, critical-illness, supplementary and commercial insurance and medical aid) exceeds the household\'s total income of the previous year',
      quote: '重病患者是指患有相关部门认定的重特大疾病或者当年患病就医自负费用(自负费用指经基本医疗保险、大病保险以及各类补充医疗保险、商业保险报销,并实施医疗救助后剩余的费用) 超过上年度家庭总收入的人员',
    },
    {
      id: 'basic-living.epidemic-inclusion', clause: '2.1.b.3', area: 'basic-living', kind: 'commitment',
      summary: { zh: '受重大疫情等突发公共事件影响收入下降、生活困难的城市居民、失业人员，符合条件的全部纳入低保', en: 'Urban residents and unemployed persons whose income fell through an epidemic or other public emergency are all brought into dibao if they qualify' },
      quote: '凡符合条件的,全部纳入低保范围,保障其基本生活',
    },
    {
      id: 'eligibility.expense-deduction.nutrition-care', clause: '2.1.b.4', area: 'eligibility', kind: 'commitment',
      summary: { zh: '儿童、孕妇、哺乳期妇女、老年人必要营养费和残疾人、失能半失能老年人必要护理费可在核算收入时扣减', en: 'Necessary nutrition costs (children, pregnant and nursing women, the elderly) and care costs (disabled, dependent elderly) may be deducted from income' },
      quote: '以及家庭成员中儿童、孕妇、哺乳期妇女、老年人必要的营养费和残疾人、失能半失能老年人必要的护理费',
    },
    {
      id: 'eligibility.expense-deduction.window', clause: '2.1.b.4', area: 'eligibility', kind: 'duration', amount: '1', unit: 'year', bound: 'max',
      summary: { zh: '对1年内的刚性支出分梯度、按比例适当扣减', en: 'Essential spending within the past year is deducted in tiers and proportions' },
      quote: '在核算家庭收入时分梯度、按比例对1年内 刚性支出予以适当扣减',
      interpretation: { encoded: 'The window of spending that can be deducted: spending within one year (read as the twelve months before the assessment). No tiers or proportions are set.' },
    },
    // 二（一）三是
    {
      id: 'temporary-aid.factors', clause: '2.1.c.1', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '一般性基本生活困难综合考虑困难类型、程度、家庭人口和延续时间', en: 'Ordinary cases weigh type and severity of hardship, household size and duration' },
      quote: '对于一般性基本生活困难,充分考虑困难类型、困难程度、家庭人口和困难延续时间',
    },
    {
      id: 'temporary-aid.formula', clause: '2.1.c.1', area: 'temporary-aid', kind: 'formula',
      expression: 'dibao-standard (元/人·月) × persons aided × months of hardship (≤ 6)',
      variables: ['dibao-standard: local urban dibao standard, 元 per person per month', 'persons: number of persons aided', 'months: duration of the hardship in months, in principle at most 6'],
      summary: { zh: '临时救助标准 = 城市低保标准（元/人·月）× 救助人数 × 困难持续月数', en: 'Temporary aid = urban dibao standard (per person per month) × persons aided × months of hardship' },
      quote: '当地城市居民最低生活保障标准(元/ 人. 月) × 救助人数(人) × 困难持续时间(月)',
      interpretation: {
        encoded: 'For ordinary (一般性) hardship only; the result is the amount of aid. Major hardship (fire, traffic accident, sudden grave illness) is decided case by case and has no formula.',
      },
    },
    {
      id: 'temporary-aid.max-duration', clause: '2.1.c.1', area: 'temporary-aid', kind: 'duration', amount: '6', unit: 'month', bound: 'max',
      summary: { zh: '困难持续时间原则上最长不超过6个月', en: 'Months counted: in principle at most 6' },
      quote: '持续时间原则上最长不超过6个月',
      interpretation: { encoded: 'A cap on the months entered in the formula, "in principle" (原则上): exceptions are possible but not described.' },
    },
    {
      id: 'temporary-aid.major', clause: '2.1.c.1', area: 'temporary-aid', kind: 'commitment',
      summary: { zh: '火灾、交通事故、突患重大疾病等重大生活困难分类分档、“一事一议”给予临时救助金', en: 'Major hardship (fire, traffic accident, sudden grave illness): tiered, case-by-case temporary aid' },
      quote: '对于因火灾、交通事故、突患重大疾病等造成重大生活困难的,根据具体情形分类分档设定,采取"一事一议"的方式给予临时救助金',
    },
    {
      id: 'administration.one-door', clause: '2.1.c.2', area: 'administration', kind: 'commitment',
      summary: { zh: '“一门受理、协同办理”，求助事项“首问负责制”，统一综合服务窗口', en: 'One-door intake, first-contact responsibility and a single service window' },
      quote: '健全完善"一门受理、协同办理"机制,建立困难群众求助事项"首问负责制"',
    },
    {
      id: 'administration.service-window', clause: '2.1.c.2', area: 'administration', kind: 'commitment',
      summary: { zh: '依托政务大厅建立统一的社会救助综合服务窗口', en: 'A single social-assistance service window in the government service halls' },
      quote: '建立统一的社会救助综合服务窗口,方便困难群众求助',
    },
    {
      id: 'disaster.jijinan.rapid-response', clause: '2.1.c.2', area: 'disaster', kind: 'commitment',
      summary: { zh: '急难对象主动发现报告、“救急难”快速响应机制和人员数据库', en: 'Proactive detection of urgent cases, rapid "救急难" response and a database of cases' },
      quote: '健全急难对象主动发现报告机制、"救急难"快速响应机制,建立"救急难"人员数据库',
    },
    // 二（一）四是
    {
      id: 'eligibility.low-income.monitoring', clause: '2.1.d.1', area: 'eligibility', kind: 'commitment', appliesTo: ['low-income'],
      summary: { zh: '健全低收入人口动态管理和监测预警机制，常态化监测', en: 'Dynamic management, monitoring and early warning for the low-income population' },
      quote: '健全完善低收入人口动态管理和监测预警机制',
    },
    {
      id: 'administration.review.stable', clause: '2.1.d.2', area: 'administration', kind: 'frequency', times: 1, per: 'year', appliesTo: ['dibao'],
      summary: { zh: '经济状况变化不大的低保家庭每年核查一次', en: 'Dibao households with stable circumstances are reviewed once a year' },
      quote: '对短期内经济状况变化不大的低保家庭,每年核查一次',
    },
    {
      id: 'administration.review.unstable', clause: '2.1.d.2', area: 'administration', kind: 'frequency', times: 1, per: 'half-year', appliesTo: ['dibao'],
      summary: { zh: '收入来源不固定、有劳动能力的低保家庭每半年核查一次', en: 'Dibao households with irregular income and members able to work are reviewed every half-year' },
      quote: '对收入来源不固定、家庭成员有劳动能力的低保家庭,每半年核查一次',
    },
    {
      id: 'administration.review.adjustment', clause: '2.1.d.2', area: 'administration', kind: 'commitment',
      summary: { zh: '家庭情况发生变化的及时调整；基层主动发现并报告新的生活困难', en: 'Prompt adjustment when circumstances change; grassroots workers report new hardship' },
      quote: '对家庭情况发生变化的及时做出调整。注重发现辖区居民新面临的和突发的基本生活困难,主动向民政部门报告并协调解决',
    },
    {
      id: 'basic-living.low-income.inclusion', clause: '2.1.d.3', area: 'basic-living', kind: 'commitment', appliesTo: ['low-income'],
      summary: { zh: '低收入家庭中符合低保、特困条件的及时纳入', en: 'Low-income households that qualify for dibao or tekun are brought in without delay' },
      quote: '对低收入家庭中符合低保、特困人员救助供养等条件的,及时纳入相应救助范围',
    },
    {
      id: 'temporary-aid.low-income', clause: '2.1.d.3', area: 'temporary-aid', kind: 'commitment', appliesTo: ['low-income'],
      summary: { zh: '遭遇突发性、紧迫性、灾难性困难的低收入人口给予临时救助', en: 'Temporary aid for low-income people hit by sudden, urgent or catastrophic hardship' },
      quote: '对遭遇突发性、紧迫性、灾难性困难或突发公共事件导致基本生活出现严重困难的低收入人口,给予临时救助',
    },
    {
      id: 'elderly-children.low-income.care-visits', clause: '2.1.d.3', area: 'elderly-children', kind: 'commitment', appliesTo: ['low-income'],
      summary: { zh: '购买服务为低收入人口中生活不能自理的老年人、未成年人、残疾人提供访视、照料服务', en: 'Purchased visiting and care services for dependent elderly, minors and disabled people in low-income households' },
      quote: '为低收入人口中生活不能自理的老年人、未成年人、残疾人等提供必要的访视、照料服务',
    },
    // 二（二）一是 分散供养特困人员
    {
      id: 'special-hardship.guardianship', clause: '2.2.a.1', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '完善监护协议，监护不到位的及时更换监护人；落实走访探视制度', en: 'Guardianship agreements, replacement of negligent guardians, regular visits' },
      quote: '完善监护协议,明确监护人义务和权利,对监护照料责任履行不到位的及时更换监护人。落实走访探视制度',
    },
    {
      id: 'special-hardship.centralised-care', clause: '2.2.a.2', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '鼓励有意愿、特别是失能的分散供养特困人员入住集中供养机构', en: 'Dispersed tekun who wish it, especially those unable to care for themselves, encouraged into institutions' },
      quote: '动员鼓励有集中供养意愿的分散供养特困人员,特别是完全或部分丧失自理能力的分散供养特困人员入住集中供养机构',
    },
    {
      id: 'special-hardship.purchased-care', clause: '2.2.a.3', area: 'special-hardship', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '不愿集中供养的通过购买服务提供照料护理', en: 'Purchased care services for those who stay at home' },
      quote: '对集中供养意愿不强烈的,通过购买服务的方式,由专业社会组织、社会工作服务机构等提供照料护理服务',
    },
    {
      id: 'special-hardship.dibao-carers', clause: '2.2.a.3', area: 'special-hardship', kind: 'commitment', appliesTo: ['dibao'],
      summary: { zh: '鼓励低保家庭中具备照料护理技能的对象参与特困人员照料护理', en: 'Dibao recipients with care skills encouraged to care for dispersed tekun' },
      quote: '鼓励和支持城市低保家庭具备照料护理技能的保障对象参与分散特困供养人员照料护理工作',
    },
    {
      id: 'special-hardship.dispersed.necessities', clause: '2.2.a.4', area: 'special-hardship', kind: 'frequency', times: 1, per: 'half-year', appliesTo: ['tekun'],
      summary: { zh: '每半年为分散供养特困人员采购发放生活必需品', en: 'Daily necessities bought and distributed to dispersed tekun every half-year' },
      quote: '以县为单位,每半年为分散供养特困人员采购发放生活必需品',
      interpretation: { encoded: '"每半年" read as once every half-year; "缺什么补什么" means the goods follow each person\'s needs, no amount is set.' },
    },
    {
      id: 'temporary-aid.tekun-hospital-deposit', clause: '2.2.a.5', area: 'temporary-aid', kind: 'commitment', appliesTo: ['tekun'],
      summary: { zh: '分散供养特困人员住院押金缴纳困难的，可通过临时救助解决', en: 'Temporary aid may pay the hospital deposit of dispersed tekun who cannot' },
      quote: '对分散供养特困人员患病入院治疗须支付押金但个人缴费存在困难的,调查核实后可通过临时救助予以解决',
    },
    // 二（二）二是 重度残疾人照护
    {
      id: 'disability.severe.survey', clause: '2.2.b.1', area: 'disability', kind: 'eligibility', appliesTo: ['disabled', 'dibao'],
      summary: { zh: '排查不符合特困条件、一级或二级、纳入低保的残疾人，建立服务需求台账', en: 'Survey of grade 1–2 disabled dibao recipients not eligible for tekun support; needs ledger' },
      condition: 'disability of grade 1 or 2, covered by dibao, and not eligible for tekun support',
      quote: '对不符合特困人员救助供养条件且残疾程度为一级或二级、纳入低保范围的残疾人开展全面排查',
    },
    {
      id: 'disability.severe.needs-ledger', clause: '2.2.b.1', area: 'disability', kind: 'commitment', appliesTo: ['disabled'],
      summary: { zh: '合理确定照护服务内容和标准，建立服务需求信息台账并定期更新', en: 'Care content and standards set; needs ledger kept up to date' },
      quote: '合理确定照护服务内容和标准,建立服务需求信息台账,并定期更新',
    },
    {
      id: 'disability.severe.centralised-care', clause: '2.2.b.2', area: 'disability', kind: 'commitment', appliesTo: ['disabled'],
      summary: { zh: '失能且愿意的贫困重度残疾人通过购买服务提供集中照护', en: 'Purchased residential care for severely disabled people in poverty who need and want it' },
      quote: '采取政府购买服务等形式,为其提供集中照护服务',
    },
    {
      id: 'disability.severe.home-services', clause: '2.2.b.2', area: 'disability', kind: 'commitment', appliesTo: ['disabled'],
      summary: { zh: '不具备或不愿集中照护的，购买洗衣、理发、打扫卫生、送医送药等服务', en: 'Purchased home services (laundry, haircuts, cleaning, medicine delivery) for others' },
      quote: '可采取政府购买服务形式,为其提供洗衣、理发、打扫卫生、送医送药等服务',
    },
    {
      id: 'disability.care-services.funding', clause: '2.2.b.3', area: 'disability', kind: 'ratio', ratio: '0.02', bound: 'exact', appliesTo: ['disabled'],
      summary: { zh: '统筹使用困难群众救助补助资金中2%的购买服务资金开展照护服务', en: 'The 2% of hardship-aid funds reserved for purchased services is used for the care services' },
      quote: '统筹使用困难群众救助补助资金中2%的购买服务资金',
      interpretation: {
        encoded: '2% is the share of the hardship-aid subsidy funds reserved for purchasing services; the clause directs that pool (in part, with other services) to care for severely disabled people.',
        alternative: 'Read as an allocation of 2% of the funds to these care services alone.',
      },
    },
    {
      id: 'disability.care-services.lottery-funds', clause: '2.2.b.3', area: 'disability', kind: 'commitment', appliesTo: ['disabled'],
      summary: { zh: '优先安排留存福彩公益金开展照护服务', en: 'Welfare-lottery funds prioritised for the care services' },
      quote: '优先安排各级留存的福彩公益金开展贫困重度残疾人照护服务',
    },
    {
      id: 'social-participation.disability-care', clause: '2.2.b.3', area: 'social-participation', kind: 'commitment', appliesTo: ['disabled'],
      summary: { zh: '引导社会力量捐款捐物、志愿服务、设立基金参与照护服务', en: 'Donations, volunteering and foundations for the care of severely disabled people' },
      quote: '引导鼓励社会力量通过捐款捐物、志愿服务、设立基金等形式参与贫困重度残疾人照护服务',
    },
    // 二（二）三是 孤儿和事实无人抚养儿童
    {
      id: 'elderly-children.orphans.screening', clause: '2.2.c.1', area: 'elderly-children', kind: 'commitment', appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '定期巡访、逐户逐人排查、大数据比对，一人一档动态更新', en: 'Regular visits, door-to-door screening, data matching, one file per child' },
      quote: '落实定期巡访制度,组织开展逐户逐人摸底排查工作',
    },
    {
      id: 'elderly-children.orphans.records', clause: '2.2.c.1', area: 'elderly-children', kind: 'commitment', appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '健全信息台账，一人一档、动态更新', en: 'Records kept per child and updated' },
      quote: '健全完善信息台账,做到一人一档、动态更新',
    },
    {
      id: 'elderly-children.orphans.determination', clause: '2.2.c.2', area: 'elderly-children', kind: 'commitment', appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '坚持最有利于儿童原则，确保符合条件的儿童纳入保障', en: 'Best interests of the child; every eligible child covered' },
      quote: '确保将符合条件的儿童纳入孤儿和事实无人抚养儿童保障范围',
    },
    {
      id: 'elderly-children.orphans.exit', clause: '2.2.c.2', area: 'elderly-children', kind: 'commitment', appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '不再符合条件的及时退出、终止保障资格', en: 'Exit and end of support when no longer eligible' },
      quote: '及时落实退出机制,终止保障资格',
    },
    {
      id: 'elderly-children.orphans.allowance', clause: '2.2.c.3', area: 'elderly-children', kind: 'commitment', appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '及时足额发放基本生活补贴，缺什么补什么', en: 'Living allowance paid in full and on time; needs met case by case' },
      quote: '及时足额发放孤儿和事实无人抚养儿童基本生活补贴',
      interpretation: { encoded: 'No amount is set in this document.' },
    },
    {
      id: 'elderly-children.orphans.services', clause: '2.2.c.3', area: 'elderly-children', kind: 'commitment', appliesTo: ['orphan', 'unsupported-child'],
      summary: { zh: '购买服务提供心理疏导、精神慰藉、亲情关爱、资源链接、权益维护等服务', en: 'Purchased counselling, emotional support, resource linking and rights protection' },
      quote: '有针对性地为孤儿和事实无人抚养儿童提供心理疏导、精神慰藉、亲情关爱、资源链接、权益维护等服务',
    },
    // 二（二）四是 流浪乞讨人员
    {
      id: 'disaster.vagrants.street-patrol', clause: '2.2.d.1', area: 'disaster', kind: 'commitment',
      summary: { zh: '常态化街面巡查，护送流浪乞讨人员到救助管理机构', en: 'Regular street patrols; homeless people escorted to aid stations' },
      quote: '建立常态化街面巡查制度,及时发现、劝告和护送流浪乞讨人员到救助管理机构接受救助',
      interpretation: { encoded: 'The vocabulary has no area for aid to homeless people (救助管理); `disaster` (急难) is the nearest.' },
    },
    {
      id: 'disaster.vagrants.seasonal-campaigns', clause: '2.2.d.1', area: 'disaster', kind: 'commitment',
      summary: { zh: '“夏日送清凉”“寒冬送温暖”专项救助，杜绝冻饿死伤', en: 'Summer-cooling and winter-warmth campaigns to prevent deaths from cold and hunger' },
      quote: '持续开展"夏日送清凉""寒冬送温暖" 专项救助工作,确保不发生冻饿死伤等极端事件',
    },
    {
      id: 'disaster.stranded-persons', clause: '2.2.d.2', area: 'disaster', kind: 'commitment',
      summary: { zh: '对走失、务工不着、家暴受害人等临时遇困人员提供帮扶救助', en: 'Help for people stranded away from home (lost, jobless, fleeing domestic violence)' },
      quote: '对走失、务工不着、家庭暴力受害人等离家在外的临时遇困人员,积极提供帮扶救助',
    },
    {
      id: 'disaster.vagrants.retained-care', clause: '2.2.d.2', area: 'disaster', kind: 'commitment',
      summary: { zh: '对机构滞留人员分类实施生活保障、医疗救治和教育矫治', en: 'Living support, medical treatment and education for people staying in aid stations' },
      quote: '对机构滞留人员,根据身体状况、年龄等实际,分类实施生活保障、医疗救治和教育矫治等照料服务',
    },
    {
      id: 'disaster.vagrants.family-tracing', clause: '2.2.d.3', area: 'disaster', kind: 'commitment',
      summary: { zh: 'DNA比对、指纹、人脸识别甄别身份，开展寻亲服务', en: 'Identification by DNA, fingerprints and face recognition; family tracing' },
      quote: '采取 DNA 比对、指纹识别、人脸识别等方式甄别滞留人员身份信息',
    },
    {
      id: 'disaster.vagrants.household-registration', clause: '2.2.d.4', area: 'disaster', kind: 'commitment',
      summary: { zh: '长期滞留的无户口人员采集DNA、按属地原则登记户口', en: 'Long-term residents without registration: DNA sampling and household registration where they are' },
      quote: '按照属地管理原则登记户口',
    },
    {
      id: 'special-hardship.vagrants-placement', clause: '2.2.d.4', area: 'special-hardship', kind: 'commitment', appliesTo: ['orphan', 'tekun'],
      summary: { zh: '根据年龄纳入孤儿保障或特困供养，安置到福利机构长期照料', en: 'By age, brought into orphan or tekun support and placed in welfare institutions' },
      quote: '根据年龄纳入孤儿保障或特困人员救助供养范围,安置到当地福利机构长期照料',
    },
    // 二（三）一是 医疗救助
    {
      id: 'medical.system', clause: '2.3.a.1', area: 'medical', kind: 'commitment',
      summary: { zh: '建立健全统筹城乡的医疗救助制度', en: 'A medical-aid system integrating town and country' },
      quote: '建立健全统筹城乡的医疗救助保障制度',
    },
    {
      id: 'medical.emergency-fund', clause: '2.3.a.2', area: 'medical', kind: 'commitment',
      summary: { zh: '身份不明或无力支付的急重危伤病患者由疾病应急救助基金补助', en: 'Emergency patients unidentified or unable to pay are covered by the disease emergency-aid fund' },
      quote: '在县域内发生的急重危伤病、需要急救但无法查明身份或身份明确但无力支付费用的患者,按规定由疾病应急救助基金予以补助',
    },
    {
      id: 'medical.premium-subsidy', clause: '2.3.a.3', area: 'medical', kind: 'commitment', appliesTo: ['dibao', ...TEKUN_LIKE],
      summary: { zh: '低保、特困、孤儿、事实无人抚养儿童参加居民医保个人缴费全额或定额资助', en: 'Full or fixed-sum subsidy of the individual premium for dibao, tekun, orphans and unsupported children' },
      quote: '对城镇困难群众中的低保、特困人员、孤儿和事实无人抚养儿童参加城乡居民基本医疗保险个人缴费部分给予全额或定额资助',
      interpretation: {
        encoded: 'Encoded as a commitment: "全额或定额" leaves open which group gets a full subsidy and which a fixed sum, and sets no sum.',
        alternative: 'Commonly tekun, orphans and unsupported children get the full premium and dibao recipients a fixed sum, but the text does not say so.',
      },
    },
    {
      id: 'medical.classified-aid.scope', clause: '2.3.a.4', area: 'medical', kind: 'eligibility', care: ['inpatient', 'outpatient-chronic'],
      appliesTo: [...TEKUN_LIKE, 'dibao'],
      summary: { zh: '已参保的特困人员（孤儿和事实无人抚养儿童）、低保对象，政策范围内住院及门诊慢特病费用经基本医保、大病保险报销后的个人自付部分', en: 'Insured tekun (orphans and unsupported children) and dibao recipients: self-paid part of in-policy inpatient and chronic/special-disease outpatient cost after basic and critical-illness insurance' },
      condition: 'insured; cost within the policy range; inpatient or outpatient chronic/special disease; after basic medical insurance and critical-illness insurance',
      quote: '对已参保的城镇困难群众中的特困人员(孤儿和事实无人抚养儿童)、低保对象政策范围内住院及门诊慢性特殊疾病医疗费用经基本医保、大病保险报销后的个人自付部分',
    },
    {
      id: 'medical.classified-aid.ratio', clause: '2.3.a.4', area: 'medical', kind: 'ratio', ratio: '0.7', bound: 'min', care: ['inpatient', 'outpatient-chronic'],
      appliesTo: [...TEKUN_LIKE, 'dibao'],
      summary: { zh: '特困人员（孤儿和事实无人抚养儿童）、低保对象住院及门诊慢特病个人自付部分按不低于70%比例救助', en: 'Medical aid of at least 70% of the self-paid cost for tekun (orphans, unsupported children) and dibao recipients, inpatient and chronic/special-disease outpatient' },
      quote: '按照不低于70%比例实施分类医疗救助',
      interpretation: {
        encoded: 'A floor (不低于70%), the same for all four groups and both care types: the calculator answers a range with a minimum of 70% of the self-paid cost and no maximum. "特困人员(孤儿和事实无人抚养儿童)" is read as including orphans and unsupported children with tekun. "门诊慢性特殊疾病" is the chronic / special-disease outpatient care type; long-term outpatient care for major illness is not named. No threshold is set.',
        alternative: '"分类医疗救助" may mean the county sets higher ratios by class (e.g. tekun higher than dibao) above the 70% floor; the parenthesis may be read as listing only orphans and unsupported children who are themselves tekun.',
      },
    },
    {
      id: 'medical.classified-aid.annual-cap', clause: '2.3.a.4', area: 'medical', kind: 'commitment', care: ['inpatient', 'outpatient-chronic'],
      appliesTo: [...TEKUN_LIKE, 'dibao'],
      summary: { zh: '在年度救助限额内救助（限额未定数额）', en: 'Aid within an annual cap whose amount this document does not set' },
      quote: '在年度救助限额内',
      interpretation: { encoded: 'The text refers to an annual cap but sets no amount; it is not encoded as a cap (kind `cap` with no amount would mean "no cap"), so the calculator reports that the document sets no cap figure.' },
    },
    // 二（三）二是 教育
    {
      id: 'education.subsidies', clause: '2.3.b.1', area: 'education', kind: 'commitment', appliesTo: ['dibao', 'tekun', 'disabled'],
      summary: { zh: '低保、特困、残疾等家庭经济困难学生按学前减免保教费、义务教育生活补助、中职免学费全部纳入资助', en: 'Students from dibao, tekun and disabled households: pre-school fee waivers, compulsory-education living subsidy, free vocational tuition' },
      quote: '按照学前教育减免保教费、义务教育阶段家庭经济困难学生生活补助、中等职业教育免学费政策,符合条件的全部纳入资助范围',
    },
    {
      id: 'education.grants-loans', clause: '2.3.b.2', area: 'education', kind: 'commitment', appliesTo: ['dibao', 'tekun', 'disabled'],
      summary: { zh: '可申请国家助学金、新生入学路费资助、生源地信用助学贷款，优先安排勤工助学', en: 'National grants, travel grants for new university students, student loans; priority for work-study' },
      quote: '可申请享受普通高中、中等职业教育、本专科生、研究生国家助学金和普通高校新生入学路费资助、生源地信用助学贷款等资助政策,并优先安排学校组织的勤工助学活动',
    },
    {
      id: 'education.scholarships', clause: '2.3.b.2', area: 'education', kind: 'commitment',
      summary: { zh: '学业优异的可申请各类奖学金', en: 'Scholarships for students with excellent results' },
      quote: '学业成绩优异的,可申请享受各类奖学金等奖励政策',
    },
    {
      id: 'education.loan-repayment', clause: '2.3.b.2', area: 'education', kind: 'commitment',
      summary: { zh: '对符合条件的高校家庭经济困难学生助学贷款代偿或救助', en: 'Student-loan repayment or aid for university students in hardship' },
      quote: '对符合条件的普通高校家庭经济困难学生进行助学贷款代偿或救助',
    },
    {
      id: 'education.home-teaching', clause: '2.3.b.3', area: 'education', kind: 'commitment',
      summary: { zh: '为符合条件的残疾儿童少年送教上门', en: 'Teaching at home for disabled children who qualify' },
      quote: '落实为符合条件的残疾儿童少年送教上门相关政策',
    },
    // 二（三）三是 住房
    {
      id: 'housing.public-rental-priority', clause: '2.3.c.1', area: 'housing', kind: 'commitment',
      summary: { zh: '住房救助对象优先配租公共租赁住房', en: 'Priority allocation of public-rental housing' },
      quote: '对城镇住房救助对象, 优先配租公共租赁住房',
    },
    {
      id: 'housing.rent-subsidy', clause: '2.3.c.1', area: 'housing', kind: 'commitment',
      summary: { zh: '或发放住房困难家庭租赁补贴（未定数额）', en: 'Or a rent subsidy for households in housing hardship (no amount set)' },
      quote: '或发放住房困难家庭租赁补贴',
    },
    {
      id: 'housing.rent-reduction', clause: '2.3.c.1', area: 'housing', kind: 'commitment',
      summary: { zh: '配租公租房的按规定减免租金，确保租房支出可负担', en: 'Rent reduced for public-rental tenants so that rent is affordable' },
      quote: '对配租公共租赁住房的按规定给予租金减免,确保其租房支出可负担',
    },
    {
      id: 'housing.procedures', clause: '2.3.c.2', area: 'housing', kind: 'commitment',
      summary: { zh: '县政府明确申请程序、措施、时限、标准、资金来源，发现一户、救助一户', en: 'County sets procedures, time limits, standards and funding: every household found is helped' },
      quote: '县级人民政府明确救助申请程序、救助措施、解决时限、救助标准、资金来源等具体要求,建立长效机制,做到发现一户、救助一户',
    },
    // 二（三）四是 就业
    {
      id: 'employment.public-services', clause: '2.3.d.1', area: 'employment', kind: 'commitment',
      summary: { zh: '为社会救助对象优先提供公共就业服务', en: 'Priority public employment services for assistance recipients' },
      quote: '为城镇社会救助对象优先提供公共就业服务',
    },
    {
      id: 'employment.subsidies', clause: '2.3.d.1', area: 'employment', kind: 'commitment',
      summary: { zh: '落实社保补贴、公益性岗位补贴、培训补贴、一次性创业补贴、创业担保贷款贴息', en: 'Social-insurance, public-welfare-job, training and start-up subsidies; interest subsidies on guaranteed loans' },
      quote: '按规定落实社会保险补贴、公益性岗位补贴、职业培训补贴、一次性创业补贴、创业担保贷款贴息等政策',
    },
    {
      id: 'employment.priority-support', clause: '2.3.d.2', area: 'employment', kind: 'commitment',
      summary: { zh: '有劳动能力和就业意愿的困难人员优先扶持，公益性岗位援助', en: 'Priority help and public-welfare jobs for those able and willing to work' },
      quote: '对有劳动能力和就业意愿的困难人员实施优先扶持和重点帮助',
    },
    {
      id: 'employment.social-insurance-subsidy', clause: '2.3.d.3', area: 'employment', kind: 'commitment',
      summary: { zh: '招用就业困难人员的单位和灵活就业的就业困难人员缴纳社保给予补贴', en: 'Social-insurance subsidy for employers of, and self-employed, people with employment difficulties' },
      quote: '对招用就业困难人员并缴纳社会保险费的单位和就业困难人员灵活就业后缴纳社会保险费的,按规定给予补贴',
    },
    // 二（三）五是 养老保险缴费
    {
      id: 'elderly-children.pension-premium.paid-by-county', clause: '2.3.e.1', area: 'elderly-children', kind: 'commitment', appliesTo: ['dibao', 'tekun', 'disabled'],
      summary: { zh: '县政府为低保对象、特困人员、重度残疾人代缴部分或全部最低档次养老保险费', en: 'County pays part or all of the lowest-tier pension premium for dibao, tekun and severely disabled people' },
      quote: '由县人民政府为其代缴部分或全部最低缴费档次养老保险费',
      interpretation: { encoded: 'No area for social insurance in the vocabulary; `elderly-children` (old-age) is the nearest. "部分或全部" sets no share: a commitment.' },
    },
    {
      id: 'elderly-children.pension-premium.keep-lowest-tier', clause: '2.3.e.2', area: 'elderly-children', kind: 'commitment', appliesTo: ['dibao', 'tekun', 'disabled'],
      summary: { zh: '提高最低缴费档次时，困难群体可保留现行最低档次', en: 'When the lowest premium tier rises, these groups may keep the current lowest tier' },
      quote: '对上述困难群体可保留现行最低缴费档次',
    },
    {
      id: 'social-participation.pension-premium-support', clause: '2.3.e.3', area: 'social-participation', kind: 'commitment',
      summary: { zh: '鼓励集体经济组织、公益慈善组织、个人为困难人员参保缴费提供资助', en: 'Collectives, charities and individuals encouraged to pay pension premiums for people in hardship' },
      quote: '支持和鼓励有条件的集体经济组织和其他经济社会组织、公益慈善组织、个人为参加城乡居民基本养老保险的困难人员参保缴费提供资助',
    },
    // 二（三）六是 受灾人员
    {
      id: 'disaster.emergency-system', clause: '2.3.f.1', area: 'disaster', kind: 'commitment',
      summary: { zh: '健全自然灾害应急救助体系，建立救助标准调整机制', en: 'Natural-disaster emergency aid system and a mechanism to adjust aid standards' },
      quote: '逐步建立与经济社会发展水平相适应的自然灾害救助标准调整机制',
    },
    {
      id: 'disaster.relief-stages', clause: '2.3.f.2', area: 'disaster', kind: 'commitment',
      summary: { zh: '应急期、过渡期、旱灾、冬春临时生活困难救助和倒损民房恢复重建', en: 'Emergency, transition, drought and winter-spring relief; rebuilding of damaged homes' },
      quote: '做好受灾人员应急期救助、过渡期生活救助、旱灾临时生活困难救助、冬春临时生活困难救助和因灾倒损民房恢复重建等工作',
    },
    {
      id: 'disaster.coordination', clause: '2.3.f.3', area: 'disaster', kind: 'commitment',
      summary: { zh: '衔接受灾人员救助与社会救助政策', en: 'Disaster relief joined up with social assistance' },
      quote: '有效衔接受灾人员救助政策与相关社会救助政策',
    },
    // 二（四）一是 税收
    {
      id: 'employment.tax-incentives', clause: '2.4.a.1', area: 'employment', kind: 'commitment',
      summary: { zh: '落实支持创业就业税收优惠政策', en: 'Tax incentives for starting a business and finding work' },
      quote: '落实支持创业就业税收优惠政策,促进困难群众创业就业',
    },
    {
      id: 'administration.tax-relief', clause: '2.4.a.1', area: 'administration', kind: 'commitment',
      summary: { zh: '落实普惠性减税降费，减轻困难群众经营税费负担', en: 'General tax and fee cuts for people in hardship who run a business' },
      quote: '落实普惠性减税降费政策,切实减轻困难群众从事经营活动税费负担',
    },
    {
      id: 'social-participation.donation-tax', clause: '2.4.a.1', area: 'social-participation', kind: 'commitment',
      summary: { zh: '落实援助与捐赠税收优惠，引导社会各界参与社会救助', en: 'Tax incentives for aid and donations' },
      quote: '落实援助与捐赠税收优惠政策,引导鼓励社会各界参与社会救助',
    },
    {
      id: 'administration.tax-outreach', clause: '2.4.a.2', area: 'administration', kind: 'commitment',
      summary: { zh: '税收政策宣传辅导，提升纳税服务', en: 'Tax-policy outreach and better tax services' },
      quote: '创新开展税收政策宣传辅导,帮助困难群众充分知晓税收优惠政策',
    },
    {
      id: 'administration.tax-monitoring', clause: '2.4.a.3', area: 'administration', kind: 'commitment',
      summary: { zh: '监控税收优惠落实情况，应享尽享', en: 'Monitoring that every tax benefit due is received' },
      quote: '加大税收优惠政策落实情况监控分析力度,确保税收优惠政策应享尽享',
    },
    // 二（四）二是 困难职工
    {
      id: 'eligibility.hardship-worker.graded', clause: '2.4.b', area: 'eligibility', kind: 'commitment', appliesTo: ['hardship-worker'],
      summary: { zh: '分梯度认定困难职工家庭，分类别实施分层次帮扶', en: 'Workers\' households in hardship recognised by tier and helped by category' },
      quote: '分梯度认定困难职工家庭,分类别实施分层次帮扶',
    },
    {
      id: 'eligibility.hardship-worker.migrant-employment', clause: '2.4.b.1', area: 'eligibility', kind: 'duration', amount: '1', unit: 'year', bound: 'min', appliesTo: ['hardship-worker'],
      summary: { zh: '长期居住县城且有一年以上事实劳动关系、生活困难的农民工', en: 'Migrant workers living in the county town with at least one year of de-facto employment' },
      quote: '对长期居住在县城且有一年以上事实劳动关系、生活困难的农民工',
    },
    {
      id: 'eligibility.hardship-worker.coverage', clause: '2.4.b.1', area: 'eligibility', kind: 'eligibility', appliesTo: ['hardship-worker'],
      summary: { zh: '农民工、企业生活区离退休、病退、领取定期生活费人员，本人或家庭成员患重大疾病，符合建档标准的纳入帮扶', en: 'Migrant workers and retirees in enterprise housing areas, where they or a family member has a major illness and they meet the filing standard' },
      condition: 'a migrant worker (county-town resident, ≥1 year de-facto employment, in hardship) or a retired / sick-retired / periodic-allowance person living in an enterprise residential area; and (encoded reading) the person or a family member has a major illness; and meets the trade union\'s filing standard (建档标准)',
      quote: '居住企业集中生活区的离退休、病退和领取定期生活费的人员,本人或家庭成员患重大疾病,符合建档标准的,纳入帮扶范围',
      interpretation: {
        encoded: 'The illness condition and the filing standard are read as applying to both the migrant workers and the retirees listed before them.',
        alternative: '"本人或家庭成员患重大疾病" could be a third, separate category of workers, not a condition on the first two.',
      },
    },
    {
      id: 'eligibility.hardship-worker.tiers', clause: '2.4.b.2', area: 'eligibility', kind: 'count', count: 3, unit: '档', appliesTo: ['hardship-worker'],
      summary: { zh: '深度困难、相对困难、意外致困三个档次的帮扶标准', en: 'Three tiers of help: deep hardship, relative hardship, hardship by accident' },
      quote: '按照深度困难、相对困难、意外致困三个档次的帮扶标准',
      interpretation: { encoded: 'The tiers are named but their amounts are set elsewhere (trade-union standards), not in this document.' },
    },
    {
      id: 'basic-living.hardship-worker.aid-items', clause: '2.4.b.2', area: 'basic-living', kind: 'commitment', appliesTo: ['hardship-worker'],
      summary: { zh: '落实生活救助、医疗救助、助学救助、法律援助、职业培训和职业介绍等帮扶项目', en: 'Living, medical and study aid, legal aid, vocational training and job placement for workers in hardship' },
      quote: '落实生活救助、医疗救助、助学救助、法律援助、职业培训和职业介绍等帮扶项目',
    },
    // 二（四）三是 女性
    {
      id: 'women.cancer-screening', clause: '2.4.c.1', area: 'women', kind: 'commitment', appliesTo: ['dibao', 'tekun', 'other-hardship'],
      summary: { zh: '自愿原则下为城镇低收入妇女免费“两癌”检查', en: 'Free, voluntary cervical and breast cancer screening for low-income urban women' },
      quote: '通过自愿原则,继续为33-64岁城镇低收入(低保、特困供养、下岗、无业)妇女进行"两癌"免费检查',
    },
    {
      id: 'women.cancer-screening.age', clause: '2.4.c.1', area: 'women', kind: 'age-range', min: 33, max: 64, appliesTo: ['dibao', 'tekun', 'other-hardship'],
      summary: { zh: '“两癌”免费检查对象年龄33-64岁', en: 'Cancer screening for women aged 33 to 64' },
      quote: '继续为33-64岁城镇低收入(低保、特困供养、下岗、无业)妇女进行"两癌"免费检查',
      interpretation: {
        encoded: 'Ages 33 to 64 inclusive. "城镇低收入" is read as defined by its parenthesis: dibao, tekun, laid-off (下岗) and unemployed (无业) women; laid-off and unemployed women have no group of their own and are mapped to `other-hardship`.',
        alternative: '"城镇低收入" could also include women of near-dibao (`low-income`) households, the parenthesis giving examples only.',
      },
    },
    {
      id: 'women.visits', clause: '2.4.c.2', area: 'women', kind: 'commitment',
      summary: { zh: '“巾帼暖人心”活动，走访慰问残疾、留守、老年妇女、单亲贫困母亲等并发放慰问金、慰问品', en: 'Visits with gifts and money to disabled, left-behind and elderly women, poor single mothers and others' },
      quote: '针对性的走访慰问残疾妇女、留守妇女、老年妇女、单亲贫困母亲、困境妇女儿童等特殊群体及家庭,发放慰问金、慰问品等',
    },
    {
      id: 'women.dispute-resolution', clause: '2.4.c.3', area: 'women', kind: 'commitment',
      summary: { zh: '及时排查化解婚姻家庭矛盾、邻里纠纷', en: 'Early resolution of family and neighbourhood disputes' },
      quote: '及时排查化解婚姻家庭矛盾、邻里纠纷',
    },
    {
      id: 'women.legal-aid', clause: '2.4.c.3', area: 'women', kind: 'commitment',
      summary: { zh: '对有诉讼要求且生活困难的妇女协助提供法律援助和心理辅导', en: 'Legal aid and counselling for women in hardship who go to court' },
      quote: '对有诉讼要求且生活困难的妇女积极协助提供法律援助和心理辅导',
    },
    // 二（四）四是 慈善和社会力量
    {
      id: 'social-participation.incentives', clause: '2.4.d.1', area: 'social-participation', kind: 'commitment',
      summary: { zh: '完善社会力量参与社会救助的优惠政策和激励措施，开展医疗、住房、上学、就业、社保等慈善救助', en: 'Incentives for charitable aid in health, housing, schooling, jobs and social insurance' },
      quote: '完善社会力量参与社会救助的优惠政策和激励措施',
    },
    {
      id: 'social-participation.charity-medical', clause: '2.4.d.2', area: 'social-participation', kind: 'commitment',
      summary: { zh: '支持慈善组织实施医疗费用资助项目，慈善募捐送温暖', en: 'Charity projects paying medical costs; fundraising for seasonal help' },
      quote: '支持慈善组织实施困难群众医疗费用资助项目,通过慈善募捐开展送温暖活动',
    },
    {
      id: 'social-participation.social-work-organisations', clause: '2.4.d.3', area: 'social-participation', kind: 'commitment',
      summary: { zh: '培育社会救助领域社工机构和品牌项目', en: 'Social-work organisations and projects in social assistance' },
      quote: '培育发展社会救助领域社工机构和品牌项目',
    },
    {
      id: 'social-participation.social-workers', clause: '2.4.d.4', area: 'social-participation', kind: 'commitment',
      summary: { zh: '社工机构、社工、青年志愿者协助经济状况调查、建档访视、需求分析', en: 'Social workers and volunteers help with means assessment, visits and needs analysis' },
      quote: '鼓励社会工作服务机构、社会工作者、青年志愿者协助社会救助部门开展家庭经济状况调查评估、建档访视、需求分析等事务',
    },
    {
      id: 'social-participation.services', clause: '2.4.d.4', area: 'social-participation', kind: 'commitment',
      summary: { zh: '为救助对象提供心理疏导、资源链接、能力提升、社会融入等服务', en: 'Counselling, resource linking, capacity building and social inclusion for recipients' },
      quote: '为救助对象提供心理疏导、资源链接、能力提升、社会融入等服务',
    },
    // 三、工作要求
    {
      id: 'administration.implementing-rules', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '各乡镇、各部门制定具体实施细则', en: 'Townships and departments draw up detailed rules' },
      quote: '制定具体实施细则',
    },
    {
      id: 'administration.joint-meetings', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '健全县社会救助部门联席会议机制，解决急难个案', en: 'County joint meetings of social-assistance departments resolve hard cases' },
      quote: '健全完善县社会救助部门联席会议机制,适时组织召开联席会议',
    },
    {
      id: 'administration.performance-evaluation', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '社会救助政策落实情况纳入工作绩效评价', en: 'Implementation counted in performance evaluation' },
      quote: '将社会救助政策落实情况纳入各乡镇、各相关部门工作绩效评价',
    },
    {
      id: 'administration.staffing', clause: '3.1', area: 'administration', kind: 'commitment',
      summary: { zh: '通过政府购买服务配齐配强工作力量', en: 'Staffing through purchased services' },
      quote: '通过政府购买服务等方式, 配齐配强城镇困难群众脱困解困工作力量',
    },
    {
      id: 'administration.division-of-duties', clause: '3.2', area: 'administration', kind: 'commitment',
      summary: { zh: '民政部门牵头统筹、负责基本生活救助，其他部门负责专项救助', en: 'Civil affairs leads and runs basic living aid; other departments run specialised aid' },
      quote: '民政部门承担社会救助体系建设牵头统筹职责,负责基本生活救助',
    },
    {
      id: 'administration.funding', clause: '3.2', area: 'administration', kind: 'commitment',
      summary: { zh: '财政部门根据需要和物价变动做好资金保障', en: 'Finance funds aid according to need and price changes' },
      quote: '财政部门根据困难群众基本生活保障需要和物价变动等情况,做好各项社会救助资金保障',
    },
    {
      id: 'administration.township-responsibility', clause: '3.2', area: 'administration', kind: 'commitment',
      summary: { zh: '各乡镇承担主体责任，社区协助主动发现、入户调查、对象公示', en: 'Townships bear primary responsibility; communities help find, visit and publish' },
      quote: '各乡镇承担主体责任',
    },
    {
      id: 'administration.streamlining', clause: '3.3', area: 'administration', kind: 'commitment',
      summary: { zh: '优化审核审批流程，简化办事环节', en: 'Simpler, faster approval procedures' },
      quote: '优化城镇困难群众各项申请事项审核审批流程,简化办事环节,提高办事效率',
    },
    {
      id: 'administration.proactive-discovery', clause: '3.3', area: 'administration', kind: 'commitment',
      summary: { zh: '建立主动发现机制、快速响应机制', en: 'Proactive discovery and rapid response' },
      quote: '建立健全城镇困难群众主动发现机制、快速响应机制',
    },
    {
      id: 'administration.data-sharing', clause: '3.3', area: 'administration', kind: 'commitment',
      summary: { zh: '健全经济状况核对机制，户籍、社保、不动产、车辆、金融等信息跨部门共享', en: 'Means-check data shared across departments (registration, insurance, property, vehicles, finance…)' },
      quote: '健全完善城镇困难群众经济状况核对机制',
    },
    {
      id: 'administration.supervision', clause: '3.4', area: 'administration', kind: 'commitment',
      summary: { zh: '加强监督，违纪违法经办人员依规依纪依法处理', en: 'Supervision; staff who break rules or law are dealt with' },
      quote: '对存在违纪违法行为的经办人员,依规依纪依法予以处理',
    },
    {
      id: 'administration.fault-tolerance', clause: '3.4', area: 'administration', kind: 'commitment',
      summary: { zh: '建立容错纠错机制，尽责但因客观原因失误且及时纠正的免于问责', en: 'Fault tolerance: conscientious staff who err for objective reasons and correct it are not held liable' },
      quote: '建立容错纠错机制',
    },
    {
      id: 'administration.training', clause: '3.5', area: 'administration', kind: 'commitment',
      summary: { zh: '通过政策解读、业务培训让经办人员掌握政策', en: 'Training of staff in the policies' },
      quote: '通过政策解读、业务培训等方式,让经办人员掌握并落实各项脱困解困政策',
    },
    {
      id: 'administration.publicity', clause: '3.5', area: 'administration', kind: 'commitment',
      summary: { zh: '利用各类媒体广泛宣传政策措施', en: 'Publicity through all media' },
      quote: '充分利用广播、电视、报刊、自媒体等各类媒体,向广大群众广泛宣传政策措施',
    },
  ],
});
