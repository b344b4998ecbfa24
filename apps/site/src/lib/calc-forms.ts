/**
 * The forms of the calculators: which fields each asks for, their Chinese labels, and how the
 * typed strings become the calculator's input. Validation itself is the SDK's (zod): this module
 * only turns form strings into JSON values and reports empty required fields, so every message a
 * person sees names its field in Chinese and English and nothing typed is lost.
 */
import type { CalculatorId } from '@bangfu/sdk/calculators';
import { DIBAO_CLASSES, SEVERITIES } from '@bangfu/sdk/calculators/options';
import { normalisedEntries, readWholeNumber, type FieldError, type FieldKind, type FieldKinds, type NormalisedEntry } from '@bangfu/sdk/calculators/input';
import { CARE_TYPE_IDS, CARE_TYPES, HOSPITAL_LEVEL_IDS, HOSPITAL_LEVELS, TARGET_GROUP_IDS, TARGET_GROUPS } from '@bangfu/sdk/schemas';

export interface FieldSpec {
  name: string;
  label: string;
  en: string;
  type: 'money' | 'int' | 'select' | 'checkbox';
  options?: { value: string; label: string }[];
  hint?: string;
  /** May be left empty. */
  optional?: boolean;
}

const STANDARD: FieldSpec = { name: 'dibaoStandard', label: '城市低保标准（元/人/月）', en: 'Dibao standard', type: 'money', hint: '各地低保标准另行公布，请填写当地现行标准，如 600。' };
const INCOME: FieldSpec = { name: 'perCapitaIncome', label: '家庭月人均收入（元/人/月）', en: 'Per-capita monthly income', type: 'money', hint: '按低保核算办法计算的家庭月人均收入。' };
/** The household's members, entered as counts: the first N members carry each flag. */
export const MEMBER_FIELDS: FieldSpec[] = [
  { name: 'members', label: '家庭人数', en: 'Household members', type: 'int' },
  { name: 'severe', label: '其中重度残疾（一、二级或三级智力、精神）人数', en: 'of whom severely disabled', type: 'int', optional: true },
  { name: 'ill', label: '其中重病人数', en: 'of whom seriously ill', type: 'int', optional: true },
  { name: 'disabled', label: '其中持证残疾人数（含重度）', en: 'of whom disabled (any grade)', type: 'int', optional: true },
];
const MEMBER_NAMES = new Set(MEMBER_FIELDS.map((f) => f.name));
const NO_LABOR: FieldSpec = { name: 'noLaborHousehold', label: '整户无劳动能力', en: 'No one able to work', type: 'checkbox', optional: true };
const GROUP: FieldSpec = { name: 'group', label: '救助对象类别', en: 'Group', type: 'select', options: TARGET_GROUP_IDS.map((g) => ({ value: g, label: TARGET_GROUPS[g].zh })) };
const CARE: FieldSpec = { name: 'care', label: '就医类型', en: 'Type of care', type: 'select', options: CARE_TYPE_IDS.map((c) => ({ value: c, label: CARE_TYPES[c].zh })) };
const SELF_PAID: FieldSpec = { name: 'selfPaid', label: '政策范围内自负费用（元/年）', en: 'Self-paid cost this year', type: 'money', hint: '经各类保险报销后，本年度政策范围内个人自负的费用。' };
const AIDED: FieldSpec = { name: 'aidedThisYear', label: '本年度已获该类医疗救助（元）', en: 'Aid already received this year', type: 'money', optional: true };
// Asked where a tier is limited to some cases (古丈's third inpatient tier: 重特大疾病; 鹤城's full tekun cover: 区、乡级 hospitals).
const MAJOR_DISEASE: FieldSpec = {
  name: 'majorDisease',
  label: '所患疾病是否属于医保规定的重特大疾病',
  en: 'Major disease on the insurance list',
  type: 'select',
  optional: true,
  hint: '有的文件某档救助只适用于重特大疾病；不选则按属于计算，并在结果中说明。',
  options: [{ value: '', label: '未说明' }, { value: 'true', label: '是' }, { value: 'false', label: '否' }],
};
const HOSPITAL_LEVEL: FieldSpec = {
  name: 'hospitalLevel',
  label: '就诊定点医疗机构级别',
  en: 'Hospital level',
  type: 'select',
  optional: true,
  options: [{ value: '', label: '未说明' }, ...HOSPITAL_LEVEL_IDS.map((h) => ({ value: h, label: HOSPITAL_LEVELS[h].zh }))],
};
const SEVERITY: FieldSpec = {
  name: 'severity',
  label: '困难程度',
  en: 'Severity',
  type: 'select',
  options: SEVERITIES.map((s) => ({ value: s, label: s === 'major' ? '重大生活困难（火灾、交通事故、突患重病等）' : '一般性基本生活困难' })),
};
const SAME_CAUSE: FieldSpec = { name: 'sameCauseAidsThisYear', label: '本年度同类原因已获临时救助次数', en: 'Grants this year for the same cause', type: 'int', optional: true };
const DISPOSABLE: FieldSpec[] = [
  { name: 'perCapitaDisposableIncome', label: '家庭人均可支配收入（元/年，可不填）', en: 'Per-capita disposable income', type: 'money', optional: true },
  { name: 'localPerCapitaDisposableIncome', label: '当地上年度人均可支配收入（元/年，可不填）', en: 'Local per-capita disposable income', type: 'money', optional: true },
];
const RENT: FieldSpec = { name: 'monthlyRent', label: '每月应缴租金（元）', en: 'Monthly rent due', type: 'money' };
const DIBAO_CLASS: FieldSpec = {
  name: 'dibaoClass',
  label: '低保类别',
  en: 'Dibao class',
  type: 'select',
  // 'none' first: a select shows its first option, and a household must never be taken as 低保A类 unless it says so.
  options: [...DIBAO_CLASSES].sort((a, b) => Number(b === 'none') - Number(a === 'none')).map((c) => ({ value: c, label: c === 'none' ? '非低保家庭或未分类' : `低保${c}类` })),
};
const SINCE_AID: FieldSpec = { name: 'monthsSinceTemporaryAid', label: '获得临时救助至今的月数（未获得则不填）', en: 'Months since temporary aid', type: 'int', optional: true };

export interface CalcForm {
  fields: FieldSpec[];
  /** The case shown when the page is built, and the form's initial values. */
  example: Record<string, string>;
  intro: string;
}

export const FORMS: Record<CalculatorId, CalcForm> = {
  'medical-aid': {
    fields: [GROUP, CARE, SELF_PAID, AIDED, MAJOR_DISEASE, HOSPITAL_LEVEL],
    example: { group: 'dibao', care: 'inpatient', selfPaid: '24000' },
    intro: '一人一年内某一就医类型可获得的医疗救助：先扣除起付线，再按救助比例计算，最后不超过年度救助限额（扣除本年度已获救助）。',
  },
  'dibao-benefit': {
    fields: [STANDARD, INCOME, ...MEMBER_FIELDS, NO_LABOR],
    example: { dibaoStandard: '600', perCapitaIncome: '350', members: '3', severe: '1', ill: '0', disabled: '1' },
    intro: '低保家庭每月可领的低保金：按差额发放，再适用各文件对重病重残成员、残疾人上浮和每人最低金额的规定。',
  },
  classify: {
    fields: [STANDARD, INCOME, ...MEMBER_FIELDS],
    example: { dibaoStandard: '600', perCapitaIncome: '700', members: '2', severe: '0', ill: '1', disabled: '0' },
    intro: '按各文件的收入界线，判断家庭属于低保家庭、低收入（低保边缘）家庭，以及重病重残成员能否按“单人户”纳入低保。',
  },
  'temporary-aid': {
    fields: [STANDARD, { name: 'persons', label: '救助人数', en: 'Persons', type: 'int' }, { name: 'months', label: '困难持续时间（月）', en: 'Months of hardship', type: 'int' }, SEVERITY, SAME_CAUSE, ...DISPOSABLE],
    example: { dibaoStandard: '600', persons: '3', months: '2', severity: 'general' },
    intro: '一次临时救助的金额：按各文件的公式、每户金额区间、同一原因的次数限制和收入条件计算。',
  },
  'gradual-exit': {
    fields: [STANDARD, { ...INCOME, label: '就业后家庭月人均收入（元/人/月）' }],
    example: { dibaoStandard: '600', perCapitaIncome: '1000' },
    intro: '低保家庭成员就业后收入增加时，可继续领取低保的渐退期有多长。',
  },
  'rent-subsidy': {
    fields: [STANDARD, RENT, DIBAO_CLASS, SINCE_AID],
    example: { dibaoStandard: '600', monthlyRent: '400', dibaoClass: 'A' },
    intro: '租房家庭每月的租金补贴：按低保标准的比例，或按应缴租金等额补贴（符合条件时）。',
  },
  'special-hardship-standard': {
    fields: [STANDARD],
    example: { dibaoStandard: '600' },
    intro: '特困人员基本生活标准（每人每月），文件以低保标准的倍数规定时。',
  },
};

const fieldOf = (fields: FieldSpec[], name: string) => fields.find((f) => f.name === name);

/** The money and count fields of a form, as the SDK's `normalisedEntries` takes them. */
function kindsOf(fields: FieldSpec[]): FieldKinds {
  const kinds: Record<string, FieldKind> = {};
  for (const f of fields) if (f.type === 'money' || f.type === 'int') kinds[f.name] = f.type === 'money' ? 'money' : 'whole';
  return kinds;
}

/** The note beside a field whose entry was read as something else: `按 30000 元计算`, for a count `按 3 计算`. */
export function understoodText(e: Pick<NormalisedEntry, 'value' | 'kind'>): { zh: string; en: string } {
  return e.kind === 'money' ? { zh: `按 ${e.value} 元计算`, en: `read as ${e.value} CNY` } : { zh: `按 ${e.value} 计算`, en: `read as ${e.value}` };
}

/**
 * Show, beside each field, how its entry was read (`<small id="<name>-understood">` of
 * CalcField.astro), and clear the note of every other field. Called by `toInput` in the browser,
 * so that the notes always describe the entries of the latest computation.
 */
export function showUnderstood(fields: FieldSpec[], entries: NormalisedEntry[]): void {
  if (typeof document === 'undefined') return;
  for (const f of fields) {
    const box = document.getElementById(`${f.name}-understood`);
    if (!box) continue;
    const e = entries.find((x) => x.field === f.name);
    if (!e) {
      if (box.textContent) box.replaceChildren();
      continue;
    }
    const t = understoodText(e);
    const en = document.createElement('span');
    en.className = 'en';
    en.lang = 'en';
    en.textContent = ` / ${t.en}`;
    // On an English page the note is English alone.
    box.replaceChildren(...(document.documentElement.lang === 'en' ? [t.en] : [t.zh, en]));
  }
}

/** A member count as typed (digits, full-width digits), or the message for its field. */
function readCount(spec: FieldSpec, v: string): number | FieldError {
  const r = readWholeNumber(v);
  if (r.ok) return r.value;
  return r.problem === 'negative'
    ? { field: spec.name, zh: `${spec.label}不能为负数`, en: `${spec.en} must not be negative` }
    : { field: spec.name, zh: `${spec.label}须为整数`, en: `${spec.en} must be a whole number` };
}

/**
 * Form strings → calculator input. Empty optional fields are left out; whole numbers become
 * numbers only when they are written as digits (otherwise the string goes through, and the SDK
 * reads it or reports the field); member counts become the members list. `understood` is how the
 * SDK reads the money and count entries that are not written canonically (`３万` → 30000), for
 * the notes beside the fields; in the browser they are shown at once (see `showUnderstood`).
 */
export function toInput(fields: FieldSpec[], values: Record<string, string>): { input: Record<string, unknown>; errors: FieldError[]; understood: NormalisedEntry[] } {
  const input: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const understood = normalisedEntries(kindsOf(fields), values);
  showUnderstood(fields, understood);
  for (const f of fields) {
    if (MEMBER_NAMES.has(f.name)) continue; // by name: in the browser the specs come from JSON
    const v = (values[f.name] ?? '').trim();
    if (f.type === 'checkbox') {
      if (v === 'true' || v === 'on') input[f.name] = true;
      continue;
    }
    if (v === '') {
      if (!f.optional) errors.push({ field: f.name, zh: `请填写${f.label}`, en: `${f.en} is required` });
      continue;
    }
    // a yes/no select answers a boolean field
    input[f.name] = f.type === 'int' && /^\d{1,6}$/.test(v) ? Number(v) : f.type === 'select' && (v === 'true' || v === 'false') && f.options?.some((o) => o.value === 'true') ? v === 'true' : v;
  }
  if (fieldOf(fields, 'members')) {
    const count = (name: string, required: boolean): number | undefined => {
      const v = (values[name] ?? '').trim();
      const spec = fieldOf(fields, name)!;
      if (v === '') {
        if (required) errors.push({ field: name, zh: `请填写${spec.label}`, en: `${spec.en} is required` });
        return required ? undefined : 0;
      }
      const n = readCount(spec, v);
      if (typeof n === 'number') return n;
      errors.push(n);
      return undefined;
    };
    const n = count('members', true);
    const flags = { severe: count('severe', false), ill: count('ill', false), disabled: count('disabled', false) };
    if (n !== undefined) {
      if (n < 1 || n > 30) errors.push({ field: 'members', zh: '家庭人数须在 1 至 30 之间', en: 'members must be between 1 and 30' });
      for (const [name, k] of Object.entries(flags)) {
        if (k !== undefined && k > n) errors.push({ field: name, zh: `${fieldOf(fields, name)!.label}不能超过家庭人数 ${n}`, en: `${fieldOf(fields, name)!.en} cannot exceed the ${n} members` });
      }
      if (n >= 1 && n <= 30)
        input.members = Array.from({ length: n }, (_, i) => ({
          severeDisability: i < (flags.severe ?? 0),
          seriousIllness: i < (flags.ill ?? 0),
          disabled: i < Math.max(flags.disabled ?? 0, flags.severe ?? 0),
        }));
    }
  }
  return { input, errors, understood };
}

/** SDK errors name the input field; member errors (`members.0.disabled`) belong to the members field. */
export const formField = (field: string): string => field.split('.')[0]!;

/** "One household, five places": the household once, then the optional sections. */
export const HOUSEHOLD_SECTIONS: { legend: string; fields: FieldSpec[] }[] = [
  {
    legend: '家庭与收入',
    fields: [
      STANDARD,
      INCOME,
      ...MEMBER_FIELDS,
      NO_LABOR,
      { ...GROUP, optional: true, label: '已认定的救助对象类别（可不选）', options: [{ value: '', label: '未认定：按收入判断' }, ...GROUP.options!] },
    ],
  },
  { legend: '医疗（可不填）', fields: [{ ...CARE, optional: true, options: [{ value: '', label: '不计算医疗救助' }, ...CARE.options!] }, { ...SELF_PAID, optional: true }, AIDED] },
  {
    legend: '突发困难（可不填）',
    fields: [{ name: 'hardshipMonths', label: '困难持续时间（月）', en: 'Months of hardship', type: 'int', optional: true }, { ...SEVERITY, optional: true }, SAME_CAUSE, ...DISPOSABLE],
  },
  { legend: '住房（可不填）', fields: [{ ...RENT, optional: true }, { ...DIBAO_CLASS, optional: true }, SINCE_AID] },
];
export const HOUSEHOLD_FIELDS: FieldSpec[] = HOUSEHOLD_SECTIONS.flatMap((s) => s.fields);
export const HOUSEHOLD_EXAMPLE: Record<string, string> = {
  dibaoStandard: '600',
  perCapitaIncome: '350',
  members: '2',
  disabled: '1',
  care: 'inpatient',
  selfPaid: '24000',
  hardshipMonths: '2',
  severity: 'general',
  monthlyRent: '300',
};

/** The benefit curves: a household shape; the income is what the curve varies. */
export const CURVE_FIELDS: FieldSpec[] = [STANDARD, ...MEMBER_FIELDS, NO_LABOR];
export const CURVE_EXAMPLE: Record<string, string> = { dibaoStandard: '650', members: '3', disabled: '1' };
