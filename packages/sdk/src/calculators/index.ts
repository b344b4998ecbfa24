import type { z } from 'zod';
import type { Area, NationalRules, PolicyRules } from '../schema/index.ts';
import type { AmountResult, CalcResult, Classified, NotEligible } from './result.ts';
import type { Parsed } from './input.ts';
import { _nationalOf } from './_national.ts';
import { medicalAidCalculator } from './medical-aid.ts';
import { temporaryAidCalculator } from './temporary-aid.ts';
import { dibaoBenefitCalculator } from './dibao-benefit.ts';
import { classifyCalculator } from './classify.ts';
import { gradualExitCalculator } from './gradual-exit.ts';
import { rentSubsidyCalculator } from './rent-subsidy.ts';
import { specialHardshipStandardCalculator } from './special-hardship-standard.ts';
import { BangfuProgrammerError, calculateWith, type Calculator, type CalculateOptions } from './core.ts';

export type { Step, Status, Category, CalcResultBase, Computed, Ranged, NotEligible, NotSpecified, Classified, AmountResult, CalcResult, ResultBody, Cited } from './result.ts';
export { BangfuProgrammerError, calculateWith, type Calculator, type CalculateOptions } from './core.ts';
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
export { MedicalAidInput, medicalAid, medicalAidUses, medicalAidCalculator, compileMedicalAid, type MedicalAidEvaluator } from './medical-aid.ts';
export { TemporaryAidInput, temporaryAid, temporaryAidRequires, temporaryAidUses, temporaryAidCalculator, SEVERITIES } from './temporary-aid.ts';
export { DibaoBenefitInput, dibaoBenefit, dibaoBenefitUses, dibaoBenefitCalculator } from './dibao-benefit.ts';
export { ClassifyInput, classify, classifyUses, classifyCalculator } from './classify.ts';
export { GradualExitInput, gradualExit, gradualExitUses, gradualExitCalculator } from './gradual-exit.ts';
export { RentSubsidyInput, rentSubsidy, rentSubsidyUses, rentSubsidyCalculator, DIBAO_CLASSES } from './rent-subsidy.ts';
export { SpecialHardshipStandardInput, specialHardshipStandard, specialHardshipStandardUses, specialHardshipStandardCalculator } from './special-hardship-standard.ts';
export { Member, Members } from './input.ts';

/** Every calculator, by id. */
export const calculators = {
  'medical-aid': medicalAidCalculator,
  'temporary-aid': temporaryAidCalculator,
  'dibao-benefit': dibaoBenefitCalculator,
  classify: classifyCalculator,
  'gradual-exit': gradualExitCalculator,
  'rent-subsidy': rentSubsidyCalculator,
  'special-hardship-standard': specialHardshipStandardCalculator,
} satisfies Record<string, Calculator<any>>;

/** The id of one of the calculators (`medical-aid`, `temporary-aid`, …). */
export type CalculatorId = keyof typeof calculators;
/** Every calculator’s id, in order. */
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
  const calc = Object.hasOwn(calculators, id) ? (calculators[id] as unknown as Calculator) : undefined;
  if (!calc) throw new BangfuProgrammerError(`calculate: unknown calculator ${JSON.stringify(String(id).slice(0, 40))}; expected one of ${CALCULATOR_IDS.join(', ')}`);
  return calculateWith(calc, policy, raw, options);
}
