/**
 * The English edition of the calculators and the household view (/en/calculators/, /en/household/):
 * the words of the result views (VIEW_EN, the twin of lib/view-text.ts's VIEW_ZH), the forms in
 * English (each Chinese label, hint, option and legend of lib/calc-forms.ts with its English, so a
 * form is the same form in either edition: same fields, names and values) and the pages' own words.
 * Build time only: a page ships its edition's words as data, so no browser bundle carries these.
 */
import { CARE_TYPES, HOSPITAL_LEVELS, TARGET_GROUPS } from '@bangfu/sdk/schemas';
import { CALCULATOR_IDS, type CalculatorId } from '@bangfu/sdk/calculators';
import type { CalcForm, FieldSpec } from './calc-forms.ts';
import type { ViewText } from './view-text.ts';

export const VIEW_EN: ViewText = {
  lang: 'en',
  prefix: '/en',
  status: {
    computed: 'Computed',
    range: 'A range, a floor or a ceiling',
    'not-eligible': 'Not eligible',
    'not-specified': 'The document sets no amount',
    both: 'A range (the document sets both ends)',
    min: 'A floor (the document says “at least”)',
    max: 'A ceiling (the document says “at most”)',
  },
  fig: { both: '{min} to {v}', min: 'at least {v}', max: 'at most {v}' },
  thisDoc: 'this document',
  national: '{n}',
  thisRule: 'this rule',
  sep: { list: ', ', colon: ': ', semi: '; ' },
  stop: '.',
  paren: [' (', ')'],
  next: 'Next: how to apply',
  noProcedure: 'The document of {name} does not say how to apply.',
  nationalSays: 'The national rules say: ',
  departments: 'Responsible (the departments named in the rules applied): ',
  lead: ' (lead)',
  noDepartments: 'The rules applied name no responsible department.',
  checkToday: 'In force? Checked against today’s date',
  onDay: '{day}: {text}',
  today: 'Today ({date})',
  asked: 'On {date}',
  clauses: 'Clauses concerned: ',
  steps: 'Steps ({n})',
  basis: 'Basis: ',
  basisNational: 'Basis: the national rules (not this document)',
  interp: 'Interpretation',
  readEncoded: 'Reading used here: ',
  readOther: 'Other reading: ',
  byIncome: 'Category by income alone',
  missing: 'Not computed: fill in {fields}',
  quoted: '“{x}”',
  summaryH: '{n} places side by side: what the household can get',
  item: 'Item',
  lapsed: 'lapsed (by its own term)',
  notYet: 'not yet in force',
  category: 'Category here',
  contradiction: ' (does not match the entries; see below)',
  jump: 'Jump to a place',
  why: 'Why they differ',
  onePlace: 'Only one place is chosen: add others under “Places shown” above to compare them.',
  same: 'The {n} places give this household the same results.',
  differ: 'The places differ on {n} items: {list}.',
  whyMore: 'The rules behind each difference',
  basisOf: '{name}, basis: ',
  noOwnRule: 'no rule of its own (the national rules only)',
  categoryLine: 'Category here: ',
  entered: ' (as you chose)',
  incomeBasis: ' (by the income entered)',
  basisDot: ' · basis: ',
  stepsAll: 'Steps and their basis ({n} items)',
  notComputed: ': not computed; fill in ',
  other: 'Other provisions of the document that concern the household ({n})',
  areaCount: '{area} ({n})',
  commitment: ' (a commitment, no figure)',
  back: 'Back to the list of places',
  answered: 'Computed from the entries above.',
  answeredHousehold: 'Compared for the household entered above.',
  announceCalc: 'Computed: {list}',
  announceHousehold: 'Compared {n} places: {d} results differ.',
};

/** The forms' labels in English, by their Chinese label (a field may be asked in other words on another form). */
const LABEL_EN: Record<string, string> = {
  救助对象类别: 'Target group',
  '已认定的救助对象类别（可不选）': 'Target group already recognised (optional)',
  就医类型: 'Type of care',
  '政策范围内自负费用（元/年）': 'Self-paid cost within the insurance scheme (CNY a year)',
  '本年度已获该类医疗救助（元）': 'Medical aid of this type already received this year (CNY)',
  所患疾病是否属于医保规定的重特大疾病: 'Is the illness a major disease on the insurance list?',
  就诊定点医疗机构级别: 'Level of the designated hospital',
  '城市低保标准（元/人/月）': 'Urban dibao standard (CNY per person per month)',
  '家庭月人均收入（元/人/月）': 'Household monthly income per person (CNY)',
  '就业后家庭月人均收入（元/人/月）': 'Household monthly income per person after taking a job (CNY)',
  家庭人数: 'Household members',
  '其中重度残疾（一、二级或三级智力、精神）人数': 'Of whom severely disabled (grade 1 or 2, or grade 3 intellectual or mental)',
  其中重病人数: 'Of whom seriously ill',
  '其中持证残疾人数（含重度）': 'Of whom holding a disability certificate (severe included)',
  整户无劳动能力: 'No one in the household is able to work',
  救助人数: 'Persons aided',
  '困难持续时间（月）': 'How long the hardship lasts (months)',
  困难程度: 'Severity of the hardship',
  本年度同类原因已获临时救助次数: 'Temporary aid already granted this year for the same cause (times)',
  '家庭人均可支配收入（元/年，可不填）': 'Household disposable income per person (CNY a year, optional)',
  '当地上年度人均可支配收入（元/年，可不填）': 'Local disposable income per person last year (CNY a year, optional)',
  '每月应缴租金（元）': 'Monthly rent due (CNY)',
  低保类别: 'Dibao class',
  '获得临时救助至今的月数（未获得则不填）': 'Months since temporary aid was received (leave empty if none)',
};
const HINT_EN: Record<string, string> = {
  '经各类保险报销后，本年度政策范围内个人自负的费用。': 'What the person paid this year within the scheme, after every insurance has reimbursed its share.',
  '有的文件某档救助只适用于重特大疾病；不选则按属于计算，并在结果中说明。': 'Some documents limit a tier of aid to major diseases; left unanswered, the illness is taken to be one, and the result says so.',
  '各地低保标准另行公布，请填写当地现行标准，如 600。': 'Each place publishes its dibao standard separately: enter the current local standard, e.g. 600.',
  '按低保核算办法计算的家庭月人均收入。': 'The household’s monthly income per person, reckoned as the dibao rules reckon it.',
};
/** Options that are not the shared vocabulary's, by their Chinese label. */
const OPTION_EN: Record<string, string> = {
  未说明: 'Not stated',
  是: 'Yes',
  否: 'No',
  一般性基本生活困难: 'General hardship in basic living',
  '重大生活困难（火灾、交通事故、突患重病等）': 'Major hardship (fire, road accident, sudden serious illness…)',
  非低保家庭或未分类: 'Not a dibao household, or not classed',
  低保A类: 'Dibao class A',
  低保B类: 'Dibao class B',
  低保C类: 'Dibao class C',
  '未认定：按收入判断': 'Not recognised: judge by income',
  不计算医疗救助: 'No medical aid to compute',
};
const LEGEND_EN: Record<string, string> = {
  家庭与收入: 'Household and income',
  '医疗（可不填）': 'Medical costs (optional)',
  '突发困难（可不填）': 'Sudden hardship (optional)',
  '住房（可不填）': 'Housing (optional)',
};
/** The shared vocabulary's English, as an option reads it: capitalised, short enough for a phone (dibao, not its gloss), without a Chinese gloss (an option cannot mark one lang="zh"). */
const vocab = (en: string): string => `${en[0]!.toUpperCase()}${en.slice(1)}`.replace(/\s*\([\u3400-\u9fff]+\)/gu, '').replace('minimum-living-allowance (dibao)', 'dibao');
const VOCAB: Record<string, Record<string, { en: string }>> = { group: TARGET_GROUPS, care: CARE_TYPES, hospitalLevel: HOSPITAL_LEVELS };

const ucfirst = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
/** A field in English: same name, type and values; its label, hint and options in English (the error messages' `en` name unchanged). */
export const fieldEn = (f: FieldSpec): FieldSpec => ({
  ...f,
  label: LABEL_EN[f.label] ?? ucfirst(f.en),
  ...(f.hint ? { hint: HINT_EN[f.hint] ?? f.hint } : {}),
  ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: (o.value && VOCAB[f.name]?.[o.value] ? vocab(VOCAB[f.name]![o.value]!.en) : OPTION_EN[o.label]) ?? o.label })) } : {}),
});
export const sectionsEn = (sections: readonly { legend?: string; fields: FieldSpec[] }[]): { legend?: string; fields: FieldSpec[] }[] =>
  sections.map((s) => ({ ...(s.legend ? { legend: LEGEND_EN[s.legend] ?? s.legend } : {}), fields: s.fields.map(fieldEn) }));

/** What each calculator computes, in English (the twin of FORMS[id].intro). */
export const INTRO_EN: Record<CalculatorId, string> = {
  'medical-aid': 'The medical aid one person can get in a year for one type of care: the threshold is taken off first, then the aid ratio applied, and the result kept within the yearly cap (less what was already received this year).',
  'dibao-benefit': 'The dibao allowance a household gets each month: paid as the gap to the standard, then each document’s rules on seriously ill or severely disabled members, raises for disabled persons and a minimum per person.',
  classify: 'Whether a household is a dibao household or a low-income (near-dibao) one by each document’s income lines, and whether seriously ill or severely disabled members can be taken into dibao as one-person households.',
  'temporary-aid': 'The amount of one grant of temporary aid: by each document’s formula, its band per household, its limit on grants for the same cause and its income condition.',
  'gradual-exit': 'How long a dibao household keeps the allowance (the gradual exit) when a member takes a job and income rises.',
  'rent-subsidy': 'The monthly rent subsidy of a renting household: a share of the dibao standard, or the rent due in full where the conditions are met.',
  'special-hardship-standard': 'The basic living standard of persons in extreme hardship (tekun), per person per month, where a document sets it as a multiple of the dibao standard.',
};
export const formEn = (id: CalculatorId, form: CalcForm): CalcForm => ({ ...form, fields: form.fields.map(fieldEn), intro: INTRO_EN[id] });

/** Every Chinese word of the forms that has an English twin here: for the test that none is missing. */
export const FORM_WORDS_EN = { labels: LABEL_EN, hints: HINT_EN, options: OPTION_EN, legends: LEGEND_EN };

/** The pages' own words. */
export const PAGE_EN = {
  calculator: (title: string, intro: string) => ({
    title: `${title} calculator`,
    description: `${title} calculator: ${intro} The chosen places side by side, each step naming the rule and the clause it applies.`,
    crumbs: { label: 'You are here', home: 'Home', calculators: 'Calculators' },
    lead: `${intro} The documents of the chosen places are computed side by side; where a document sets no amount, the result says so and lists the clauses concerned.`,
    submit: 'Calculate',
    share: 'Link to this calculation',
    noscript: 'JavaScript is off: the results below are for the example case.',
    results: 'Results by place',
    example: 'Example case (change the entries above and calculate again).',
    used: 'The rules this calculator applies',
    more: 'The default places are listed below; for the others, see the “Basis” of their results and each document’s page.',
    none: 'The document has no rule with a figure this calculator can apply.',
  }),
  calculators: {
    title: 'Calculators',
    description: 'Calculators that work out assistance from the documents’ own words: dibao allowance, temporary aid, medical aid, rent subsidy, gradual exit, the tekun standard, the household category, and one household in every place; each step names the rule and the clause it applies.',
    lead: 'The calculators run the documents’ encodings: each step gives the rule it applies and the arithmetic, linked to the clause. Where a document sets no amount, the result says so. Everything is computed in your browser; nothing you enter is uploaded.',
    household: 'One household, every place',
    householdLead: ': enter a household once and see side by side all the help each place’s document gives it, and which rules make the difference.',
  },
  household: (places: string, ex: Record<string, string>) => ({
    title: 'One household, every place: what the same household gets in each place',
    description: `Enter a household once and see side by side what the documents of ${places} give it (dibao allowance, temporary aid, medical aid, rent subsidy…), and the rules behind each difference.`,
    crumbs: { label: 'You are here', home: 'Home', calculators: 'Calculators' },
    h1: 'One household, every place',
    lead: [
      'Enter a household once and see what each chosen place’s document gives it (choose the places below, or only your own): an amount or a range where the document sets one, and otherwise the document’s commitments and their clauses. Each place publishes its own dibao standard; one standard is used for all here, so that what differs is the ',
      'rules',
      '.',
    ] as const,
    asOf: { label: 'Whether each document is in force on', button: 'Update', note: 'Today by default (this device’s date); a lapsed document is still computed from its text, and marked as lapsed.' },
    submit: 'Compare the chosen places',
    share: 'Link to this comparison',
    noscript: 'JavaScript is off: the results below are for the example household.',
    example: `Example household (change the entries above and compare again): dibao standard ${ex.dibaoStandard} CNY, monthly income ${ex.perCapitaIncome} CNY per person, ${ex.members} members${ex.disabled ? `, of whom ${ex.disabled} disabled` : ''}; ${ex.care} care, ${ex.selfPaid} CNY self-paid; sudden hardship lasting ${ex.hardshipMonths} months; rent ${ex.monthlyRent} CNY a month.`,
  }),
};

/** Whether a Chinese path is one of the pages this module puts in English: the calculators list, a calculator, the household view. */
export const calcTwin = (zhPath: string): boolean =>
  zhPath === '/household/' || zhPath === '/calculators/' || (CALCULATOR_IDS as readonly string[]).some((id) => zhPath === `/calculators/${id}/`);
