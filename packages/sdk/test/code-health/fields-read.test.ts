/**
 * Code health, in the spirit of PolicyEngine's parameter checks: every provision a calculator says it
 * reads (`uses`) has each of its answer-changing fields actually read by the calculator, over a set
 * of probe households. A field that is present in the data but never read is a reading hidden in
 * code (e.g. a bound's strictness assumed, a class hard-coded), and fails here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_IDS, calculateRaw, calculators, type CalculatorId } from '../../src/calculators/index.ts';
import { policyList } from '../../src/policies/index.ts';
import { CARE_TYPE_IDS, TARGET_GROUP_IDS, type PolicyRules, type Provision } from '../../src/schema/index.ts';

/** The fields of each kind that change an answer when they change (words-only kinds have none). */
const ANSWER_FIELDS: Record<Provision['kind'], string[]> = {
  amount: ['amount', 'bound'],
  ratio: ['ratio', 'bound'],
  threshold: ['amount'],
  cap: ['amount'],
  range: ['min', 'max'],
  multiple: ['base', 'min', 'max', 'minExclusive', 'maxExclusive'],
  duration: ['amount', 'unit', 'bound'],
  frequency: ['times', 'per'],
  count: ['count'],
  'age-range': ['min', 'max'],
  formula: [],
  eligibility: [],
  'relative-change': [],
  commitment: [],
};
/**
 * Fields of any kind that decide whom a rule covers. `appliesTo` (the target group) is checked for
 * medical aid, which is asked for a person's group; the household calculators answer for the
 * household's category, which is the household view's to assign (issue 12: one category per place).
 */
const coverageFields = (calc: CalculatorId): string[] => ['care', 'members', 'households', 'dibaoClasses', ...(calc === 'medical-aid' ? ['appliesTo'] : [])];
/** A strictness flag matters only where its bound is stated. */
const relevant = (p: Record<string, unknown>, f: string): boolean =>
  p[f] !== undefined &&
  !((f === 'minExclusive' || f === 'maxExclusive') && p.min !== undefined && p.min === p.max) && // a single factor: strictness says nothing
  !(f === 'minExclusive' && p.min === undefined) &&
  !(f === 'maxExclusive' && p.max === undefined);

const money = (max: number) => fc.integer({ min: 0, max }).map(String);
const member = fc.record({ severeDisability: fc.boolean(), seriousIllness: fc.boolean(), disabled: fc.boolean() });
const PROBES: Record<CalculatorId, fc.Arbitrary<Record<string, unknown>>> = {
  'medical-aid': fc.record({ group: fc.constantFrom(...TARGET_GROUP_IDS), care: fc.constantFrom(...CARE_TYPE_IDS), selfPaid: money(100_000), aidedThisYear: money(60_000) }),
  'temporary-aid': fc.record({ dibaoStandard: money(1500).map((s) => String(Number(s) + 1)), persons: fc.integer({ min: 1, max: 6 }), months: fc.integer({ min: 1, max: 30 }), severity: fc.constantFrom('general', 'major'), sameCauseAidsThisYear: fc.integer({ min: 0, max: 3 }), perCapitaDisposableIncome: fc.constantFrom('100', '30000', '29999', '50000'), localPerCapitaDisposableIncome: fc.constantFrom('30000') }),
  'dibao-benefit': fc.record({ dibaoStandard: fc.constantFrom('600', '800'), perCapitaIncome: fc.constantFrom('0', '350', '599', '600', '700'), members: fc.array(member, { minLength: 1, maxLength: 4 }), noLaborHousehold: fc.boolean() }),
  classify: fc.record({ dibaoStandard: fc.constantFrom('600'), perCapitaIncome: fc.constantFrom('0', '599', '600', '601', '899', '900', '901'), members: fc.array(member, { minLength: 1, maxLength: 3 }) }),
  'gradual-exit': fc.record({ dibaoStandard: fc.constantFrom('600'), perCapitaIncome: fc.constantFrom('500', '600', '899', '900', '901', '1200') }),
  'rent-subsidy': fc.record({ dibaoStandard: fc.constantFrom('600'), monthlyRent: fc.constantFrom('500', '1200'), dibaoClass: fc.constantFrom('A', 'B', 'C', 'none'), monthsSinceTemporaryAid: fc.integer({ min: 0, max: 24 }) }),
  'special-hardship-standard': fc.record({ dibaoStandard: fc.constantFrom('600', '701.5') }),
};

/** A policy whose provisions record every field read, by provision id. */
function tracked(policy: PolicyRules): { rules: PolicyRules; reads: Map<string, Set<string>> } {
  const reads = new Map<string, Set<string>>();
  const provisions = policy.provisions.map(
    (p) =>
      new Proxy(p, {
        get(target, key, receiver) {
          if (typeof key === 'string') (reads.get(p.id) ?? reads.set(p.id, new Set()).get(p.id)!).add(key);
          return Reflect.get(target, key, receiver);
        },
      }),
  );
  return { rules: { id: policy.id, provisions }, reads };
}

describe.each(CALCULATOR_IDS.map((c) => [c] as const))('%s reads every answer-changing field of every provision it uses', (calc) => {
  it.each(policyList().map((p) => [p.id, p] as const))('%s', (_id, policy) => {
    const { rules, reads } = tracked(policy);
    for (const input of fc.sample(PROBES[calc], { numRuns: 400, seed: 7 })) calculateRaw(calc, rules, input);
    const ignored: string[] = [];
    for (const id of calculators[calc].uses(policy)) {
      const p = policy.provisions.find((x) => x.id === id)!;
      const fields = [...ANSWER_FIELDS[p.kind], ...coverageFields(calc)].filter((f) => relevant(p as Record<string, unknown>, f));
      for (const f of fields) if (!reads.get(id)?.has(f)) ignored.push(`${id}.${f}`);
    }
    expect(ignored, `${calc} ignores these fields of ${policy.id}`).toEqual([]);
  });
});
