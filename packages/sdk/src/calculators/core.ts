/**
 * Running one calculator: its definition (`Calculator`) and `calculateWith`, which validates the input,
 * asks for what the document needs, states whether the document is in force on the day, and runs it.
 * Nothing here knows the list of calculators, so a page that runs one calculator ships that one only.
 */
import type { z } from 'zod';
import type { Area, PolicyRules } from '../schema/index.ts';
import { asOfErrors, statusOn, today } from '../validity.ts';
import { deepFreeze, type CalcResult } from './result.ts';
import { parseInput, type FieldError, type Parsed } from './input.ts';

/** A calculator: its input schema, the calculation, the provisions it can apply and the areas it reads. */
export interface Calculator<S extends z.ZodType = z.ZodType> {
  /** Its id (`medical-aid`, …). */
  id: string;
  title: { zh: string; en: string };
  /** The zod schema of its input. */
  input: S;
  /** The calculation on valid input; `trace: false` may leave the steps out. */
  run: (policy: PolicyRules, input: z.infer<S>, options?: { trace?: boolean }) => CalcResult;
  /** Ids of the provisions of a policy this calculator can apply (for "where it is used"). */
  uses: (policy: PolicyRules) => string[];
  /** The areas whose provisions it reads: a client needs only these (see `rulesFor`). */
  areas: readonly Area[];
  /** Entries this policy needs for this input beyond the schema's (e.g. months, only where a formula counts them). */
  requires?: (policy: PolicyRules, input: z.infer<S>) => FieldError[];
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

/**
 * A mistake in the program calling the SDK, not in the data it passes: a policy argument that is not a
 * policy, a calculator id that does not exist, a policy id that is not one of the documents'. The only
 * error the API throws; input of any shape is answered with field errors instead.
 */
export class BangfuProgrammerError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'BangfuProgrammerError';
  }
}

/** Validate input of unknown shape and run one calculator: field-level errors instead of exceptions. */
export function calculateWith<S extends z.ZodType>(calc: Calculator<S>, policy: PolicyRules, raw: unknown, options: CalculateOptions | null = {}): Parsed<CalcResult> {
  if (!calc || typeof calc.run !== 'function') throw new BangfuProgrammerError('calculate: not a calculator (use an id of CALCULATOR_IDS, e.g. "medical-aid")');
  if (!policy || typeof policy !== 'object' || !Array.isArray((policy as PolicyRules).provisions))
    throw new BangfuProgrammerError(`calculate: the policy must be a document's encoding, e.g. getPolicy('guzhang-2021') (got ${policy === null ? 'null' : typeof policy})`);
  options ??= {};
  const badDay = asOfErrors(options.asOf);
  if (badDay.length) return { ok: false, errors: badDay };
  const parsed = parseInput(calc.input, raw);
  if (!parsed.ok) return parsed;
  const missing = calc.requires?.(policy, parsed.value) ?? [];
  if (missing.length) return { ok: false, errors: missing };
  // Whether the document is in force on the day asked (default today, on the caller's clock): a lapsed one's answer is its text, not the rules in force.
  const validity = statusOf(policy, options.asOf ?? today());
  const result = calc.run(policy, parsed.value, { trace: options.trace });
  const traced = options.trace === false && result.steps.length ? { ...result, steps: [] } : result;
  return { ok: true, value: validity ? { ...traced, validity } : traced };
}

/** A calculator's definition, typed by its input schema. */
export const defineCalculator = <S extends z.ZodType>(c: Calculator<S>): Calculator<S> => c;
