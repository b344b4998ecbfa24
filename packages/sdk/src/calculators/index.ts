import type { z } from 'zod';
import type { Area, NationalRules, PolicyRules } from '../schema/index.ts';
import { deepFreeze, type AmountResult, type CalcResult, type Classified, type NotEligible } from './result.ts';
import { parseInput, type FieldError, type Parsed } from './input.ts';
import { asOfErrors, statusOn, today } from '../validity.ts';
import { _nationalOf } from './_national.ts';
import { MedicalAidInput, medicalAid, medicalAidUses } from './medical-aid.ts';
import { TemporaryAidInput, temporaryAid, temporaryAidRequires, temporaryAidUses } from './temporary-aid.ts';
import { DibaoBenefitInput, dibaoBenefit, dibaoBenefitUses } from './dibao-benefit.ts';
import { ClassifyInput, classify, classifyUses } from './classify.ts';
import { GradualExitInput, gradualExit, gradualExitUses } from './gradual-exit.ts';
import { RentSubsidyInput, rentSubsidy, rentSubsidyUses } from './rent-subsidy.ts';
import { SpecialHardshipStandardInput, specialHardshipStandard, specialHardshipStandardUses } from './special-hardship-standard.ts';

export * from './result.ts';
export { FIELD_DOCS, fieldDoc } from './field-docs.ts';
export { parseInput, formatErrors, type FieldError, type Parsed } from './input.ts';
export {
  readAmount,
  readWholeNumber,
  normalisedEntries,
  DIBAO_STANDARD_BOUNDS,
  MAX_INTEGER_DIGITS,
  type AmountReading,
  type AmountProblem,
  type WholeReading,
  type WholeProblem,
  type NormalisedEntry,
  type FieldKind,
  type FieldKinds,
} from './input.ts';
export { MedicalAidInput, medicalAid, medicalAidUses } from './medical-aid.ts';
export { TemporaryAidInput, temporaryAid, temporaryAidRequires, temporaryAidUses, SEVERITIES } from './temporary-aid.ts';
export { DibaoBenefitInput, dibaoBenefit, dibaoBenefitUses } from './dibao-benefit.ts';
export { ClassifyInput, classify, classifyUses } from './classify.ts';
export { GradualExitInput, gradualExit, gradualExitUses } from './gradual-exit.ts';
export { RentSubsidyInput, rentSubsidy, rentSubsidyUses, DIBAO_CLASSES } from './rent-subsidy.ts';
export { SpecialHardshipStandardInput, specialHardshipStandard, specialHardshipStandardUses } from './special-hardship-standard.ts';
export { Member, Members } from './input.ts';

export interface Calculator<S extends z.ZodType = z.ZodType> {
  id: string;
  title: { zh: string; en: string };
  input: S;
  run: (policy: PolicyRules, input: z.infer<S>) => CalcResult;
  /** Ids of the provisions of a policy this calculator can apply (for "where it is used"). */
  uses: (policy: PolicyRules) => string[];
  /** The areas whose provisions it reads: a client needs only these (see `rulesFor`). */
  areas: readonly Area[];
  /** Entries this policy needs for this input beyond the schema's (e.g. months, only where a formula counts them). */
  requires?: (policy: PolicyRules, input: z.infer<S>) => FieldError[];
}

const define = <S extends z.ZodType>(c: Calculator<S>): Calculator<S> => c;

/** Every calculator, by id. */
export const calculators = {
  'medical-aid': define({ id: 'medical-aid', title: { zh: '医疗救助', en: 'Medical aid' }, input: MedicalAidInput, run: medicalAid, uses: medicalAidUses, areas: ['medical'] }),
  'temporary-aid': define({ id: 'temporary-aid', title: { zh: '临时救助', en: 'Temporary aid' }, input: TemporaryAidInput, run: temporaryAid, uses: temporaryAidUses, requires: temporaryAidRequires, areas: ['temporary-aid'] }),
  'dibao-benefit': define({ id: 'dibao-benefit', title: { zh: '低保金', en: 'Dibao allowance' }, input: DibaoBenefitInput, run: dibaoBenefit, uses: dibaoBenefitUses, areas: ['basic-living', 'eligibility'] }),
  classify: define({ id: 'classify', title: { zh: '家庭类别', en: 'Household category' }, input: ClassifyInput, run: classify, uses: classifyUses, areas: ['eligibility', 'basic-living', 'special-hardship'] }),
  'gradual-exit': define({ id: 'gradual-exit', title: { zh: '低保渐退期', en: 'Gradual exit from dibao' }, input: GradualExitInput, run: gradualExit, uses: gradualExitUses, areas: ['employment'] }),
  'rent-subsidy': define({ id: 'rent-subsidy', title: { zh: '租金补贴', en: 'Rent subsidy' }, input: RentSubsidyInput, run: rentSubsidy, uses: rentSubsidyUses, areas: ['housing'] }),
  'special-hardship-standard': define({
    id: 'special-hardship-standard',
    title: { zh: '特困人员基本生活标准', en: 'Tekun basic living standard' },
    input: SpecialHardshipStandardInput,
    run: specialHardshipStandard,
    uses: specialHardshipStandardUses,
    areas: ['special-hardship'],
  }),
} satisfies Record<string, Calculator<any>>;

export type CalculatorId = keyof typeof calculators;
export const CALCULATOR_IDS = Object.keys(calculators) as CalculatorId[];

/** Calculators that can apply a provision of a policy. */
export const calculatorsUsing = (policy: PolicyRules, provisionId: string): CalculatorId[] =>
  CALCULATOR_IDS.filter((id) => (calculators[id] as unknown as Calculator).uses(policy).includes(provisionId));

/** The national rules a policy's calculations apply, cut to what the calculators read of them: they travel with the rules a page ships. */
export const nationalFor = (policy: PolicyRules): NationalRules[] =>
  _nationalOf(policy).map((n) => ({ id: n.id, title: n.title, shortName: n.shortName, clauses: n.clauses.map((c) => ({ id: c.id, ...(c.heading ? { heading: c.heading } : {}) })), provisions: n.provisions }));

/** The part of a policy calculators read, cut to the areas of the given calculators: what a browser page needs to ship. */
export function rulesFor(policy: PolicyRules, ids: readonly CalculatorId[]): PolicyRules {
  const areas = new Set(ids.flatMap((id) => (calculators[id] as unknown as Calculator).areas));
  const national = nationalFor(policy);
  return { id: policy.id, provisions: policy.provisions.filter((p) => areas.has(p.area)), ...(policy.inForce ? { inForce: policy.inForce } : {}), ...(national.length ? { national } : {}) };
}

/** Options of `calculate`. */
export interface CalculateOptions {
  /** The day to judge whether the document is in force (YYYY-MM-DD; default today on the caller's clock). */
  asOf?: string;
  /** Build the steps trace (default true); `false` returns `steps: []`, the same answer, faster. */
  trace?: boolean;
}

/** Whether a document is in force on a day, worked out once per (policy, day). */
const statusCache = new WeakMap<PolicyRules, Map<string, ReturnType<typeof statusOn>>>();
function statusOf(policy: PolicyRules, day: string): ReturnType<typeof statusOn> {
  let byDay = statusCache.get(policy);
  if (!byDay) statusCache.set(policy, (byDay = new Map()));
  if (!byDay.has(day)) {
    if (byDay.size > 64) byDay.clear();
    byDay.set(day, deepFreeze(statusOn(policy, day)));
  }
  return byDay.get(day);
}

/** The input of a calculator as a caller writes it (defaults may be left out; amounts as decimal strings). */
export type CalculatorInput<I extends CalculatorId> = z.input<(typeof calculators)[I]['input']>;
/** The answer of one calculator: `classify` answers categories, the others an amount or a duration. */
export type ResultOf<I extends CalculatorId> = I extends 'classify' ? Classified | NotEligible : AmountResult;

/**
 * Validate input and run a calculator: field-level errors instead of exceptions. The input is typed
 * per calculator (completion in an editor; a misspelt field is a type error); for data whose shape is
 * not known until run time (JSON, a form) use `calculateRaw`.
 */
export function calculate<I extends CalculatorId>(id: I, policy: PolicyRules, input: CalculatorInput<I>, options: CalculateOptions = {}): Parsed<ResultOf<I>> {
  return calculateRaw(id, policy, input, options) as Parsed<ResultOf<I>>;
}

/** `calculate` for input of unknown shape (parsed JSON, form entries): the same checks, with every problem as a field error. */
export function calculateRaw<I extends CalculatorId>(id: I, policy: PolicyRules, raw: unknown, options?: CalculateOptions): Parsed<ResultOf<I>>;
export function calculateRaw(id: CalculatorId, policy: PolicyRules, raw: unknown, options: CalculateOptions = {}): Parsed<CalcResult> {
  const calc = calculators[id] as unknown as Calculator;
  const badDay = asOfErrors(options.asOf);
  if (badDay.length) return { ok: false, errors: badDay };
  const parsed = parseInput(calc.input, raw);
  if (!parsed.ok) return parsed;
  const missing = calc.requires?.(policy, parsed.value) ?? [];
  if (missing.length) return { ok: false, errors: missing };
  // Whether the document is in force on the day asked (default today, on the caller's clock): a lapsed one's answer is its text, not the rules in force.
  const validity = statusOf(policy, options.asOf ?? today());
  const result = id === 'medical-aid' ? medicalAid(policy, parsed.value as never, { trace: options.trace }) : calc.run(policy, parsed.value);
  const traced = options.trace === false && result.steps.length ? { ...result, steps: [] } : result;
  return { ok: true, value: validity ? { ...traced, validity } : traced };
}
