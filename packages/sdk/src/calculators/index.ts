import type { z } from 'zod';
import type { Policy } from '../schema/index.ts';
import type { CalcResult } from './result.ts';
import { parseInput, type Parsed } from './input.ts';
import { MedicalAidInput, medicalAid, medicalAidUses } from './medical-aid.ts';

export * from './result.ts';
export { parseInput, formatErrors, type FieldError, type Parsed } from './input.ts';
export { MedicalAidInput, medicalAid, medicalAidUses } from './medical-aid.ts';

export interface Calculator<S extends z.ZodType = z.ZodType> {
  id: string;
  title: { zh: string; en: string };
  input: S;
  run: (policy: Policy, input: z.infer<S>) => CalcResult;
  /** Ids of the provisions of a policy this calculator can apply (for "where it is used"). */
  uses: (policy: Policy) => string[];
}

const define = <S extends z.ZodType>(c: Calculator<S>): Calculator<S> => c;

/** Every calculator, by id. */
export const calculators = {
  'medical-aid': define({ id: 'medical-aid', title: { zh: '医疗救助', en: 'Medical aid' }, input: MedicalAidInput, run: medicalAid, uses: medicalAidUses }),
} satisfies Record<string, Calculator<any>>;

export type CalculatorId = keyof typeof calculators;
export const CALCULATOR_IDS = Object.keys(calculators) as CalculatorId[];

/** Calculators that can apply a provision of a policy. */
export const calculatorsUsing = (policy: Policy, provisionId: string): CalculatorId[] =>
  CALCULATOR_IDS.filter((id) => (calculators[id] as unknown as Calculator).uses(policy).includes(provisionId));

/** Validate raw input and run a calculator: field-level errors instead of exceptions. */
export function calculate(id: CalculatorId, policy: Policy, raw: unknown): Parsed<CalcResult> {
  const calc = calculators[id] as unknown as Calculator;
  const parsed = parseInput(calc.input, raw);
  if (!parsed.ok) return parsed;
  return { ok: true, value: calc.run(policy, parsed.value) };
}
