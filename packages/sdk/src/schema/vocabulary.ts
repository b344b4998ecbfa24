import { z } from 'zod';

/** The shape of a policy id, `<county-pinyin>-<year>`: what a document folder must be named. */
export const POLICY_ID_PATTERN = /^[a-z]+(-[a-z]+)*-\d{4}$/;

/**
 * Shared vocabulary of target groups. Chinese terms of art keep their pinyin
 * (dibao 低保 = minimum living allowance; tekun 特困 = persons in extreme hardship).
 */
export const TARGET_GROUPS = {
  tekun: { zh: '特困人员', en: 'persons in extreme hardship (tekun)' },
  orphan: { zh: '孤儿', en: 'orphans' },
  'unsupported-child': { zh: '事实无人抚养儿童', en: 'children without de-facto carers' },
  dibao: { zh: '城市低保对象', en: 'urban minimum-living-allowance (dibao) recipients' },
  'low-income': { zh: '低收入家庭（低保边缘家庭）', en: 'low-income (near-dibao) households' },
  'hardship-worker': { zh: '特殊困难职工', en: 'workers in special hardship' },
  'other-hardship': { zh: '其他特殊困难对象', en: 'other persons in special hardship' },
  disabled: { zh: '困难残疾人', en: 'disabled persons in hardship' },
  'expenditure-hardship': { zh: '支出型困难家庭', en: 'households in hardship from essential expenditure' },
  'family-planning': { zh: '计划生育特殊家庭', en: 'family-planning special-hardship families' },
  'rural-dibao': { zh: '农村低保对象', en: 'rural minimum-living-allowance (dibao) recipients' },
  'registered-poor': { zh: '建档立卡贫困人口', en: 'registered poor (建档立卡) population' },
  'relapsed-poor': { zh: '返贫人口', en: 'people fallen back into poverty' },
  'newly-poor': { zh: '新增贫困人口', en: 'newly poor people' },
} as const;
/** The target-group ids of the shared vocabulary, in order. */
export const TARGET_GROUP_IDS = Object.keys(TARGET_GROUPS) as [keyof typeof TARGET_GROUPS, ...(keyof typeof TARGET_GROUPS)[]];
/** A target-group id of the shared vocabulary (`dibao`, `tekun`, …). */
export const TargetGroupId = z.enum(TARGET_GROUP_IDS);
export type TargetGroupId = z.infer<typeof TargetGroupId>;

/** Comparison dimensions. */
export const AREAS = {
  eligibility: { zh: '对象认定', en: 'Eligibility and target groups' },
  'basic-living': { zh: '基本生活（低保）', en: 'Basic living (dibao)' },
  'special-hardship': { zh: '特困供养', en: 'Special hardship support (tekun)' },
  'temporary-aid': { zh: '临时救助', en: 'Temporary aid' },
  medical: { zh: '医疗救助', en: 'Medical aid' },
  education: { zh: '教育帮扶', en: 'Education' },
  housing: { zh: '住房帮扶', en: 'Housing' },
  employment: { zh: '就业帮扶', en: 'Employment' },
  disaster: { zh: '急难与灾害', en: 'Disaster and emergency' },
  disability: { zh: '残疾人', en: 'Disability' },
  'elderly-children': { zh: '老年人与儿童', en: 'Elderly and children' },
  women: { zh: '妇女', en: 'Women' },
  'social-participation': { zh: '社会参与（结对帮扶）', en: 'Social participation and pairing' },
  administration: { zh: '组织管理', en: 'Administration' },
} as const;
/** The comparison areas, in order. */
export const AREA_IDS = Object.keys(AREAS) as [keyof typeof AREAS, ...(keyof typeof AREAS)[]];
/** A comparison area (`medical`, `housing`, …): a provision belongs to one, a table shows one. */
export const Area = z.enum(AREA_IDS);
export type Area = z.infer<typeof Area>;

/** Types of medical care that medical-aid rules distinguish. */
export const CARE_TYPES = {
  inpatient: { zh: '住院', en: 'inpatient' },
  'outpatient-chronic': { zh: '慢性病/特殊疾病门诊', en: 'outpatient, chronic or special disease' },
  'outpatient-major': { zh: '重特大疾病长期门诊', en: 'long-term outpatient, major disease' },
} as const;
/** The care types medical-aid provisions distinguish. */
export const CARE_TYPE_IDS = Object.keys(CARE_TYPES) as [keyof typeof CARE_TYPES, ...(keyof typeof CARE_TYPES)[]];
/** A care type: inpatient, chronic-disease outpatient, long-term outpatient for a major disease. */
export const CareType = z.enum(CARE_TYPE_IDS);
export type CareType = z.infer<typeof CareType>;

/** Levels of the designated hospital a person is treated in (医疗机构级别), where a rule is limited to some. */
export const HOSPITAL_LEVELS = {
  township: { zh: '乡镇（街道、社区）级', en: 'township (or community) level' },
  county: { zh: '县（区）级', en: 'county (district) level' },
  higher: { zh: '县（区）级以上', en: 'above county (district) level' },
} as const;
/** The hospital levels a medical-aid rule may be limited to. */
export const HOSPITAL_LEVEL_IDS = Object.keys(HOSPITAL_LEVELS) as [keyof typeof HOSPITAL_LEVELS, ...(keyof typeof HOSPITAL_LEVELS)[]];
/** A designated hospital’s level: township, county (district) or higher. */
export const HospitalLevel = z.enum(HOSPITAL_LEVEL_IDS);
export type HospitalLevel = z.infer<typeof HospitalLevel>;

/** The kinds of provision, with their names in Chinese and English. */
export const PROVISION_KINDS = {
  amount: { zh: '金额', en: 'amount' },
  ratio: { zh: '比例', en: 'ratio' },
  threshold: { zh: '起付线', en: 'threshold' },
  cap: { zh: '限额', en: 'cap' },
  range: { zh: '区间', en: 'range' },
  multiple: { zh: '倍数（以标准为基数）', en: 'multiple of a standard' },
  duration: { zh: '期限', en: 'duration' },
  frequency: { zh: '频次', en: 'frequency' },
  'age-range': { zh: '年龄段', en: 'age range' },
  formula: { zh: '计算公式', en: 'formula' },
  eligibility: { zh: '条件', en: 'eligibility condition' },
  'relative-change': { zh: '相对调整', en: 'relative change' },
  count: { zh: '数量', en: 'count' },
  commitment: { zh: '承诺（无数值）', en: 'commitment (no number)' },
} as const;
/** The provision kinds, in order. */
export const PROVISION_KIND_IDS = Object.keys(PROVISION_KINDS) as [keyof typeof PROVISION_KINDS, ...(keyof typeof PROVISION_KINDS)[]];
/** A provision’s kind (`amount`, `ratio`, `threshold`, … `commitment`): which value fields it carries. */
export const ProvisionKind = z.enum(PROVISION_KIND_IDS);
export type ProvisionKind = z.infer<typeof ProvisionKind>;

/**
 * Traits of a household member that a per-member rule can be reserved to (分类施保, 全额发放 …).
 * A provision names the traits it covers (`members`); calculators match them against the members entered.
 */
export const MEMBER_TRAITS = {
  disabled: { zh: '残疾人员', en: 'disabled member' },
  'severe-disability': { zh: '重度残疾人员（重残）', en: 'severely disabled member' },
  'serious-illness': { zh: '重病人员', en: 'seriously ill member' },
  elderly: { zh: '老年人', en: 'elderly member' },
  preschool: { zh: '学龄前儿童', en: 'pre-school child' },
  student: { zh: '在校学生', en: 'student' },
} as const;
/** The traits of a household member per-member rules name. */
export const MEMBER_TRAIT_IDS = Object.keys(MEMBER_TRAITS) as [keyof typeof MEMBER_TRAITS, ...(keyof typeof MEMBER_TRAITS)[]];
/** A trait of a household member a rule may cover (`disabled`, `severe-disability`, `serious-illness`). */
export const MemberTrait = z.enum(MEMBER_TRAIT_IDS);
export type MemberTrait = z.infer<typeof MemberTrait>;

/** Traits of a whole household that a rule can be reserved to. */
export const HOUSEHOLD_TRAITS = {
  'no-labor': { zh: '整户无劳动能力', en: 'no member able to work' },
} as const;
/** A trait of a whole household a rule may cover (`no-labor`: 整户无劳动能力). */
export const HouseholdTrait = z.enum(Object.keys(HOUSEHOLD_TRAITS) as [keyof typeof HOUSEHOLD_TRAITS]);
export type HouseholdTrait = z.infer<typeof HouseholdTrait>;

/** Classes of dibao households where a locality classifies them (渝中: 低保A类). */
export const DIBAO_CLASS_IDS = ['A', 'B', 'C'] as const;
/** A dibao class where a place classifies dibao households (渝中: 低保A类). */
export const DibaoClass = z.enum(DIBAO_CLASS_IDS);
export type DibaoClass = z.infer<typeof DibaoClass>;
