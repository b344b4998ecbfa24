/**
 * Comparison topics: the aligned rows of the comparison tables, as data.
 *
 * Each document was encoded by a different person, so the same concept carries different provision
 * ids (`basic-living.uplift.seriously-ill` in yunyang-2019, `basic-living.uplift.serious-illness` in
 * yuzhong-2019). A topic names the concept once and says which provisions speak to it: an id
 * pattern (tested against provision ids of the topic's area), optionally narrowed to some kinds,
 * and/or explicit ids per policy. A provision lands in the first topic of its area that claims it;
 * whatever no topic claims lands in the area's catch-all row (`<area>.other`), so nothing is dropped.
 * No number of a document is written here: cells take their values from the provisions.
 */
import type { Area, PolicyId, ProvisionKind } from '../schema/index.ts';

export interface TopicText {
  zh: string;
  en: string;
}

export interface TopicMatch {
  /** Provision ids (of the topic's area) this topic claims. */
  pattern?: RegExp;
  /** Narrow the pattern to these kinds. */
  kinds?: ProvisionKind[];
  /** Explicit provision ids, per policy. */
  ids?: Partial<Record<PolicyId, string[]>>;
}

export interface Topic {
  /** `<area>.<concept>`, stable: used as the row's anchor on the site. */
  id: string;
  area: Area;
  label: TopicText;
  match: TopicMatch;
}

const t = (area: Area, concept: string, zh: string, en: string, match: TopicMatch): Topic => ({ id: `${area}.${concept}`, area, label: { zh, en }, match });

/** Id of the catch-all row of an area. */
export const otherTopicId = (area: Area): string => `${area}.other`;
export const OTHER_LABEL: TopicText = { zh: '本领域其他规定与承诺', en: 'Other provisions in this area' };

export const TOPICS: Topic[] = [
  // eligibility
  t('eligibility', 'target-groups', '帮扶对象范围与分类', 'Target groups and categories', {
    pattern: /^eligibility\.(target-groups|categories|first-category|third-category|groups\..+)$/,
  }),
  t('eligibility', 'residency', '户籍与居住条件', 'Residence and household registration', { pattern: /^eligibility\.residency(\..+)?$/ }),
  t('eligibility', 'low-income-band', '低收入（低保边缘）家庭收入区间', 'Income band of low-income (near-dibao) households', { pattern: /^eligibility\.low-income\.band$/ }),
  t('eligibility', 'dibao-income-test', '低保收入条件', 'Dibao income test', { pattern: /^eligibility\.dibao\.income-test$/ }),
  t('eligibility', 'income-disregards', '收入豁免与刚性支出扣减', 'Income disregards and deduction of essential expenditure', {
    pattern: /^eligibility\.(income-disregard\..+|expense-deduction\..+|asset-exemption)$/,
  }),
  t('eligibility', 'definitions', '重残、重病等认定标准', 'Definitions (severe disability, serious illness, …)', {
    pattern: /^eligibility\.(.+\.definition|family-planning\..+)$/,
  }),
  t('eligibility', 'hardship-workers', '困难职工认定', 'Workers in hardship', { pattern: /^eligibility\.hardship-worker\..+$/ }),
  t('eligibility', 'identification', '申请、认定与排查', 'Application, determination and screening', {
    pattern: /^eligibility\.(application|determination|survey|review|full-coverage|dibao\.(determination|review-services)|low-income\.monitoring)$/,
  }),
  t('eligibility', 'exclusions', '排除情形', 'Exclusions', { pattern: /^eligibility\..*exclusion$/ }),

  // basic-living (dibao)
  t('basic-living', 'standard', '低保标准如何确定或调整', 'How the dibao standard is set or raised', {
    pattern: /^basic-living\.(standard\.sync|standard-growth|standard-rise)$/,
  }),
  t('basic-living', 'floor', '低保金保底（每人每月最低发放额）', 'Floor on the allowance per person', { pattern: /^basic-living\.floor$/ }),
  t('basic-living', 'full-standard', '重病、重残及无劳力家庭全额发放', 'Full standard for the seriously ill, severely disabled, households without labour', {
    pattern: /^basic-living\.full-standard$/,
  }),
  t('basic-living', 'uplift-disabled', '残疾人低保金上浮', 'Uplift for disabled members', { pattern: /^basic-living\.uplift\.disabled$/ }),
  t('basic-living', 'uplift-illness', '重病人员分类施保', 'Uplift for seriously ill members', { pattern: /^basic-living\.uplift\.(seriously-ill|serious-illness)$/ }),
  t('basic-living', 'uplift-elderly', '老年人分类施保', 'Uplift for elderly members', { pattern: /^basic-living\.uplift\.elderly(\..+)?$/ }),
  t('basic-living', 'uplift-children', '学龄前儿童、在校学生分类施保', 'Uplift for pre-school children and students', {
    pattern: /^basic-living\.uplift\.(preschool|preschool-children|students)$/,
  }),
  t('basic-living', 'single-person-household', '重残重病人员“单人户”纳入低保', 'Single-person household for the severely disabled or ill', {
    pattern: /^basic-living\.single-person-household$/,
  }),
  t('basic-living', 'expenditure-hardship', '支出型困难与刚性支出扣减', 'Expenditure hardship and deduction of essential costs', {
    pattern: /^basic-living\.(expenditure-hardship(\..+)?|income-deductions)$/,
  }),
  t('basic-living', 'inclusion', '应保尽保与动态纳入', 'Coverage and timely inclusion', {
    pattern: /^basic-living\.(inclusion|coverage|dynamic-adjustment|unemployed-inclusion|epidemic-inclusion|low-income\.inclusion)$/,
  }),
  t('basic-living', 'family-planning', '计划生育特殊家庭扶助', 'Support for family-planning special families', { pattern: /^basic-living\.family-planning\..+$/ }),

  // special-hardship (tekun)
  t('special-hardship', 'basic-standard', '特困人员基本生活标准', 'Tekun basic living standard', {
    pattern: /^special-hardship\.(standard|support-standard\.sync|standard-rise)$/,
  }),
  t('special-hardship', 'care-standard', '照料护理标准（补贴）', 'Care standard (care subsidy)', {
    pattern: /^special-hardship\.(care-standard(\..+)?|care-subsidy(\..+)?)$/,
  }),
  t('special-hardship', 'centralised-care', '失能特困人员集中供养', 'Institutional care for tekun unable to look after themselves', {
    pattern: /^special-hardship\.centralised-care(-rate)?(\..+)?$/,
  }),
  t('special-hardship', 'inclusion', '纳入特困供养的条件', 'Who is included', { pattern: /^special-hardship\.(inclusion|eligibility|disability-inclusion)$/ }),
  t('special-hardship', 'dispersed-care', '分散供养与照料服务', 'Care for those living at home', {
    pattern: /^special-hardship\.(dispersed-care|dispersed\..+|self-care-assessment|purchased-care|dibao-carers|guardianship|care-institutions)$/,
  }),

  // temporary-aid
  t('temporary-aid', 'amount', '临时救助金额或计算公式', 'Amount or formula', { pattern: /^temporary-aid\.(amount|formula)$/ }),
  t('temporary-aid', 'max-duration', '困难持续时间的计算上限', 'Longest hardship period counted', { pattern: /^temporary-aid\.max-duration$/ }),
  t('temporary-aid', 'same-cause-limit', '同类原因救助次数限制', 'Limit on grants for the same cause', { pattern: /^temporary-aid\.same-cause-limit$/ }),
  t('temporary-aid', 'income-condition', '收入条件', 'Income condition', { pattern: /^temporary-aid\.income-condition$/ }),
  t('temporary-aid', 'asset-condition', '财产条件', 'Asset condition', { pattern: /^temporary-aid\.(assets|asset-condition)$/ }),
  t('temporary-aid', 'major-hardship', '重大生活困难“一事一议”', 'Major hardship: case by case', { pattern: /^temporary-aid\.(major|case-by-case)$/ }),
  t('temporary-aid', 'tiers', '分类分档标准', 'Classified and tiered standards', { pattern: /^temporary-aid\.(tiered-standards?|factors)$/ }),
  t('temporary-aid', 'types', '急难型与支出型救助', 'Emergency and expenditure types', { pattern: /^temporary-aid\.(emergency|expenditure)-type$/ }),
  t('temporary-aid', 'procedure', '审批程序、先行救助与备用金', 'Procedure, aid first and reserve funds', {
    pattern: /^temporary-aid\.(procedure|emergency-first|reserve-fund|dibao-linkage)$/,
  }),

  // medical
  t('medical', 'inpatient-ratio', '住院救助比例', 'Inpatient aid ratio', { pattern: /^medical\.(inpatient\.[^.]+\.ratio|classified-aid\.ratio)$/ }),
  t('medical', 'inpatient-threshold', '住院救助起付线', 'Inpatient aid threshold', { pattern: /^medical\.inpatient\.[^.]+\.threshold$/, kinds: ['threshold'] }),
  t('medical', 'inpatient-cap', '住院救助年度限额', 'Annual cap on inpatient aid', { pattern: /^medical\.(inpatient\.[^.]+\.cap|classified-aid\.annual-cap)$/ }),
  t('medical', 'outpatient-threshold', '门诊（慢特病、重特大疾病）救助起付线', 'Outpatient aid threshold', { pattern: /^medical\.outpatient.*\.threshold$/ }),
  t('medical', 'outpatient-ratio', '门诊救助比例', 'Outpatient aid ratio', { pattern: /^medical\.outpatient.*\.ratio$/ }),
  t('medical', 'outpatient-cap', '门诊救助年度限额', 'Annual cap on outpatient aid', { pattern: /^medical\.outpatient.*\.cap$/ }),
  t('medical', 'aid-scope', '救助范围（哪些费用可救助）', 'Which costs are aided', { pattern: /^medical\.(inpatient\.scope|classified-aid\.scope|aid\.scope|outpatient\.general)$/ }),
  t('medical', 'premium-subsidy', '参保个人缴费资助', 'Premium subsidy', { pattern: /^medical\.premium(-subsidy|\..+)$/ }),
  t('medical', 'insurance-changes', '对医保报销比例、起付线的相对调整', 'Relative changes to insurance ratios and thresholds', { pattern: /^medical\..+/, kinds: ['relative-change'] }),
  t('medical', 'out-of-catalogue', '医保目录外费用占比', 'Share of costs outside the insurance catalogue', { pattern: /^medical\.out-of-catalogue.*$/ }),
  t('medical', 'special-diseases', '重特大疾病、特殊病种范围', 'Scope of major and special diseases', { pattern: /^medical\.(special-diseases\..+|major-disease-scope)$/ }),
  t('medical', 'enrolment', '参保与制度衔接', 'Insurance enrolment and linkage of schemes', {
    pattern: /^medical\.(insurance-enrolment|insurance-system|system|aid-linkage)$/,
  }),
  t('medical', 'tekun-care-path', '特困人员就医路径', 'Where tekun are treated', { pattern: /^medical\.(tekun\..+|inpatient\.tekun\.(local-hospitals|higher-level))$/ }),
  t('medical', 'settlement', '先诊疗后付费、一站式结算', 'Treatment first, pay later; one-stop settlement', { pattern: /^medical\.(settlement|pay-after-treatment)$/ }),
  t('medical', 'family-doctor', '家庭医生签约', 'Family-doctor contracts', { pattern: /^medical\.family-doctor$/ }),
  t('medical', 'cost-control', '控制医药费用', 'Cost control', { pattern: /^medical\.cost-control$/ }),

  // education
  t('education', 'general-aid', '学生资助总体安排', 'Student aid in general', { pattern: /^education\.(coverage|subsidies|student-aid|migrant-children)$/ }),
  t('education', 'preschool', '学前教育', 'Pre-school', { pattern: /^education\.preschool$/ }),
  t('education', 'compulsory', '义务教育', 'Compulsory education', {
    pattern: /^education\.(compulsory|compulsory-schooling|three-free-three-subsidies|dropout-control|nutrition|living-subsidy)$/,
  }),
  t('education', 'secondary', '高中与中职', 'Senior high and vocational school', {
    pattern: /^education\.(tuition-waiver|senior-high|senior-secondary|vocational|vocational-tuition|yulu-plan|two-after-students)$/,
  }),
  t('education', 'free-textbooks', '免费教科书', 'Free textbooks', { pattern: /^education\.free-textbooks$/ }),
  t('education', 'higher', '高等教育（助学金、贷款、奖励）', 'Higher education (grants, loans, awards)', {
    pattern: /^education\.(higher|grants-loans|scholarships|loan-repayment|jinqiu|lizhi-award)$/,
  }),
  t('education', 'home-teaching', '残疾儿童送教上门', 'Home teaching for disabled children', { pattern: /^education\.home-teaching$/ }),
  t('education', 'emergency', '突发困难学生救助与学校资助', 'Aid for students in sudden hardship; school-funded aid', { pattern: /^education\.(temporary-aid|school-aid)$/ }),

  // housing
  t('housing', 'public-rental', '公租房、廉租房优先保障', 'Priority for public rental housing', {
    pattern: /^housing\.(public-rental-priority|priority|public-rental|urban-basic-housing)$/,
  }),
  t('housing', 'rent-subsidy', '租金（租赁）补贴', 'Rent subsidy', { pattern: /^housing\.rent-subsidy(\.scope|\.dibao-a|\.temporary-aid)?$/ }),
  t('housing', 'rent-subsidy-terms', '租金补贴的期限与条件', 'Terms and conditions of the rent subsidy', { pattern: /^housing\.rent-subsidy\..+\.(period|condition|duration)$/ }),
  t('housing', 'rent-reduction', '租金减免', 'Rent reduction', { pattern: /^housing\.rent-reduction$/ }),
  t('housing', 'system', '住房保障制度与程序', 'Housing-support system and procedures', {
    pattern: /^housing\.(system|procedures|list-sharing|safety-appraisal|differentiated-subsidy)$/,
  }),

  // employment
  t('employment', 'job-referrals', '岗位推荐（“311”服务等）次数', 'Job referrals (the “311” service)', { pattern: /^employment\.(service-311\.job-referrals|services)$/ }),
  t('employment', 'training-referrals', '培训推荐次数', 'Training referrals', { pattern: /^employment\.service-311\.training-referrals$/ }),
  t('employment', 'career-guidance', '职业指导次数', 'Career guidance', { pattern: /^employment\.service-311\.career-guidance$/ }),
  t('employment', 'zero-employment', '零就业家庭至少一人就业', 'At least one job in every zero-employment household', { pattern: /^employment\.zero-employment(\..+)?$/ }),
  t('employment', 'public-welfare-jobs', '公益性岗位', 'Public-welfare jobs', { pattern: /^employment\.public-welfare-jobs$/ }),
  t('employment', 'gradual-exit-trigger', '低保渐退：何时适用', 'Gradual exit from dibao: when it applies', { pattern: /^employment\.gradual-exit(\.trigger)?$/ }),
  t('employment', 'gradual-exit-duration', '低保渐退期长度', 'Length of the gradual-exit period', { pattern: /^employment\.gradual-exit\.(duration|exit)$/ }),
  t('employment', 'cost-deduction', '核算收入时扣减就业成本', 'Employment costs deducted from income', { pattern: /^employment\.cost-deduction$/ }),
  t('employment', 'subsidies', '就业创业补贴与税收优惠', 'Employment and start-up subsidies, tax incentives', {
    pattern: /^employment\.(subsidies|social-insurance-subsidy|tax-incentives|entrepreneurship|sme-incentives)$/,
  }),
  t('employment', 'services', '培训、岗位开发与就业服务', 'Training, job development and employment services', {
    pattern: /^employment\.(training-and-jobs|vocational-services|community-mechanism|job-development|public-services|priority-support|purchased-services|community-services|training-investment|unemployment-registration)$/,
  }),
  t('employment', 'industry', '产业扶贫与增收项目', 'Industry projects and income', { pattern: /^employment\.industry\..+$/ }),
  t('employment', 'self-reliance', '引导主动就业', 'Encouraging self-reliance', { pattern: /^employment\.self-reliance$/ }),

  // disaster
  t('disaster', 'preparedness', '应急预案、监测预警', 'Emergency plans, monitoring and warnings', {
    pattern: /^disaster\.(emergency-plans|emergency-system|monitoring|warning-dissemination)$/,
  }),
  t('disaster', 'relief', '受灾群众救助', 'Relief for disaster victims', { pattern: /^disaster\.(emergency-aid|relief|relief-stages|coordination)$/ }),
  t('disaster', 'jijinan', '“救急难”与专项救助基金', 'Urgent-hardship response and special funds', {
    pattern: /^disaster\.(jijinan\..+|disease-emergency-fund|traffic-accident-fund)$/,
  }),
  t('disaster', 'demonstration-communities', '综合减灾示范社区', 'Disaster-reduction model communities', { pattern: /^disaster\.demonstration-communities$/ }),
  t('disaster', 'insurance', '政府救助保险', 'Government-paid relief insurance', { pattern: /^disaster\.government-insurance$/ }),
  t('disaster', 'vagrants', '流浪乞讨与临时遇困人员', 'Vagrants and stranded persons', { pattern: /^disaster\.(vagrants\..+|stranded-persons)$/ }),

  // disability
  t('disability', 'two-subsidies', '残疾人“两项补贴”', 'The two disability subsidies', { pattern: /^disability\.two-subsidies$/ }),
  t('disability', 'child-rehabilitation', '残疾儿童康复救助', 'Rehabilitation for disabled children', { pattern: /^disability\.child-rehabilitation(\..+)?$/ }),
  t('disability', 'severe-care', '重度残疾人照护服务', 'Care for the severely disabled', { pattern: /^disability\.(severe\..+|care-services\..+|purchased-care)$/ }),
  t('disability', 'training-employment', '残疾人培训与就业扶持', 'Training and employment support', { pattern: /^disability\.(federation-support|training-employment)$/ }),
  t('disability', 'devices-accessibility', '辅助器具与无障碍改造', 'Assistive devices and accessibility', { pattern: /^disability\.(assistive-devices|barrier-free)$/ }),
  t('disability', 'assessment', '残疾评定与办证', 'Disability assessment', { pattern: /^disability\.assessment\..+$/ }),

  // elderly-children
  t('elderly-children', 'orphans', '孤儿与事实无人抚养儿童保障', 'Orphans and children without carers', { pattern: /^elderly-children\.orphans\..+$/ }),
  t('elderly-children', 'left-behind', '留守老人儿童关爱与监护', 'Left-behind elderly and children; guardianship', { pattern: /^elderly-children\.(left-behind(\..+)?|guardianship)$/ }),
  t('elderly-children', 'pension-insurance', '养老保险缴费资助与参保服务', 'Pension premiums and enrolment', {
    pattern: /^elderly-children\.(pension-premium\..+|social-insurance-subsidy|pension-transfer|enrolment-services)$/,
  }),
  t('elderly-children', 'care', '老年人、未成年人照料服务', 'Care for the elderly and minors', { pattern: /^elderly-children\.(low-cost-care|low-income\.care-visits)$/ }),

  // women
  t('women', 'cancer-screening', '“两癌”免费筛查', 'Free cervical and breast cancer screening', { pattern: /^women\.cancer-screening$/ }),
  t('women', 'cancer-screening-age', '“两癌”筛查年龄', 'Age range of the screening', { pattern: /^women\.cancer-screening\.age$/ }),
  t('women', 'support', '走访慰问、纠纷化解与法律援助', 'Visits, dispute resolution and legal aid', { pattern: /^women\.(visits|dispute-resolution|legal-aid)$/ }),

  // social-participation
  t('social-participation', 'cadre-pairing', '党员干部结对帮扶', 'Pairing households with officials', {
    pattern: /^social-participation\.(one-to-one-cadres|party-member-pairing|designated-contacts|pairing|pairing\.(register|visits|departments-to-streets|festival-visits))$/,
  }),
  t('social-participation', 'pairing-quotas', '结对帮扶人数（“321”原则）', 'How many households each official pairs with', { pattern: /^social-participation\.pairing\.321(\..+)?$/ }),
  t('social-participation', 'organisations', '企业与社会组织参与', 'Enterprises and social organisations', {
    pattern: /^social-participation\.(enterprises|enterprise-credit|social-organisations|registration|private-enterprise|incentives|donation-tax|social-work-organisations|information-platform|case-files)$/,
  }),
  t('social-participation', 'social-work-volunteers', '社会工作与志愿服务', 'Social work and volunteering', {
    pattern: /^social-participation\.(volunteering|youth-league|five-social-linkage|social-workers|services|social-work-stations|volunteer-pairing|social-work|straw-aid-centres|disability-care|trade-union|family-education)$/,
  }),
  t('social-participation', 'charity', '慈善与互助', 'Charity and mutual aid', {
    pattern: /^social-participation\.(charity\..+|charity-fund|charity-medical|mutual-aid|mutual-aid-campaign|citizens|pension-premium-support)$/,
  }),
  t('social-participation', 'visits-publicity', '走访慰问与宣传', 'Visits and publicity', { pattern: /^social-participation\.(holiday-visits|activities|publicity|outreach)$/ }),

  // administration
  t('administration', 'review-stable', '复核频次：经济状况稳定的家庭', 'Review frequency: stable households', { pattern: /^administration\.review\.stable$/ }),
  t('administration', 'review-unstable', '复核频次：收入不固定的家庭', 'Review frequency: households with irregular income', { pattern: /^administration\.review\.unstable$/ }),
  t('administration', 'review-adjustment', '复核后的调整与定期评估', 'Adjustment after review; periodic assessment', { pattern: /^administration\.review\.(adjustment|periodic)$/ }),
  t('administration', 'organisation', '领导小组、联席会议与分工', 'Leading group, joint meetings and division of duties', {
    pattern: /^administration\.(leading-group|joint-meetings|coordination|coordination-mechanism|civil-affairs-coordination|division-of-duties|township-duties|township-responsibility|implementing-rules|staffing|sector-referral)$/,
  }),
  t('administration', 'funding', '资金保障与监管', 'Funding and its supervision', {
    pattern: /^administration\.(funding(\..+)?|earmarking|fund-supervision|price-linkage)$/,
  }),
  t('administration', 'supervision', '督查、问责与公开', 'Inspection, accountability and transparency', {
    pattern: /^administration\.(supervision|inspection|transparency|fault-tolerance|performance-evaluation)$/,
  }),
  t('administration', 'one-door', '“一门受理”与办事流程', 'One-door service and procedures', { pattern: /^administration\.(one-door|service-window|streamlining|proactive-discovery)$/ }),
  t('administration', 'data', '精准识别、信息核对与数据共享', 'Identification, means checks and data sharing', {
    pattern: /^administration\.(big-data-platform|data-sharing|information-sharing|means-check|precise-identification)$/,
  }),
  t('administration', 'validity', '施行日期与有效期', 'Entry into force and validity', { pattern: /^administration\.(effective|validity)$/ }),
];

/**
 * Provisions that defer to a standard or rule set elsewhere (按规定 / 同步 / 按统筹区政策执行 …): the
 * document commits to applying it but the figure is not in the document. Keyed by global id, with
 * the words that defer. A provision listed here has no number of its own (a test checks it).
 */
export const SEPARATE_STANDARD: Record<string, TopicText> = {
  'yunyang-2019:basic-living.standard.sync': { zh: '“严格按照市政府规定同步提高城市低保标准”：标准由重庆市规定', en: 'The standard is set by the city government' },
  'yuzhong-2019:basic-living.standard-rise': { zh: '“按照全市统一要求，提高城市低保标准”：标准由重庆市统一规定', en: 'The standard is set city-wide' },
  'huining-2022:basic-living.standard-growth': { zh: '低保标准本身另行制定，文件只规定其年度增速下限（挂钩城镇居民人均消费支出增速）', en: 'The standard is set elsewhere; the document only ties its growth to consumption growth' },
  'yunyang-2019:special-hardship.support-standard.sync': { zh: '“按照规定同步落实特困人员供养标准”：标准另行规定', en: 'The tekun standard is set elsewhere' },
  'yunyang-2019:special-hardship.care-subsidy.sync': { zh: '“同步落实……照料护理分类补贴标准”：标准另行规定', en: 'The care-subsidy standard is set elsewhere' },
  'yuzhong-2019:special-hardship.standard-rise': { zh: '“按城市低保标准增幅，同步提高”：随另行规定的低保标准调整', en: 'Follows the dibao standard set elsewhere' },
  'yunyang-2019:temporary-aid.assets': { zh: '财产和消费支出认定参照云阳府办发〔2017〕87号', en: 'Assets are assessed under another county document' },
  'yuzhong-2019:temporary-aid.asset-condition': { zh: '“家庭财产状况符合有关规定”', en: 'Assets must meet rules set elsewhere' },
  'guzhang-2021:disaster.then-temporary-aid': { zh: '“可按规定申请临时救助”', en: 'Temporary aid under the rules set elsewhere' },
  'hecheng-2020:medical.aid.scope': { zh: '“按统筹区医疗救助政策给予救助”：比例、起付线、限额由统筹区规定', en: 'Ratios, thresholds and caps are those of the pooling area' },
  'hecheng-2020:medical.inpatient.tekun.higher-level': { zh: '“按统筹区医疗救助政策规定执行”', en: 'The pooling area’s medical-aid rules apply' },
  'hecheng-2020:medical.premium-subsidy': { zh: '“落实……分类资助政策”：资助标准另行规定', en: 'The subsidy schedule is set elsewhere' },
  'huining-2022:medical.premium-subsidy': { zh: '“全额或定额资助”：定额另行规定', en: 'The fixed amount is set elsewhere' },
  'huining-2022:housing.rent-reduction': { zh: '“按规定给予租金减免”', en: 'Rent reduction under rules set elsewhere' },
  'hecheng-2020:education.vocational-tuition': { zh: '“按规定落实国家中职学校学生免学费和助学金政策”', en: 'National tuition-waiver and grant rules apply' },
  'huining-2022:employment.subsidies': { zh: '“按规定落实社会保险补贴……等政策”', en: 'Subsidies under rules set elsewhere' },
  'huining-2022:employment.social-insurance-subsidy': { zh: '“按规定给予补贴”', en: 'Subsidy under rules set elsewhere' },
  'hecheng-2020:disability.two-subsidies': { zh: '“健全和落实……两项补贴制度”：补贴标准另行规定', en: 'The subsidy amounts are set elsewhere' },
  'hecheng-2020:elderly-children.social-insurance-subsidy': { zh: '“落实……代缴补贴政策”：标准另行规定', en: 'Premium payments under rules set elsewhere' },
  'huining-2022:elderly-children.pension-premium.paid-by-county': { zh: '“代缴部分或全部最低缴费档次养老保险费”：档次另行规定', en: 'The lowest premium tier is set elsewhere' },
  'huining-2022:elderly-children.orphans.allowance': { zh: '“及时足额发放……基本生活补贴”：补贴标准另行规定', en: 'The allowance is set elsewhere' },
};
