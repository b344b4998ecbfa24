/**
 * The compiled medical-aid evaluator (integer fen, rules resolved once) against the exact decimal
 * reading with its trace (`_medicalAidExact`), on generated households: the same answer, the same
 * steps, the same citations; without the trace, the same answer and no steps. Amounts range from
 * zero to 10^15 元 so that both the integer path and its decimal fallback are exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARE_TYPE_IDS, HOSPITAL_LEVEL_IDS, TARGET_GROUP_IDS } from '../../src/schema/index.ts';
import { _medicalAidExact, compileMedicalAid, medicalAid } from '../../src/calculators/medical-aid.ts';
import { calculate } from '../../src/calculators/index.ts';
import { policyList } from '../../src/policies/index.ts';

const money = fc.oneof(
  fc.integer({ min: 0, max: 100_000_00 }).map((f) => (f % 3 === 0 ? String(Math.trunc(f / 100)) : `${Math.trunc(f / 100)}.${String(f % 100).padStart(2, '0')}`)),
  fc.bigInt({ min: 0n, max: 10n ** 17n }).map((f) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`),
  fc.constantFrom('0', '4000', '3999.99', '4000.01', '0.01', '999999999999999.99'),
);
const household = fc.record({
  group: fc.constantFrom(...TARGET_GROUP_IDS),
  care: fc.constantFrom(...CARE_TYPE_IDS),
  selfPaid: money,
  aidedThisYear: money,
  majorDisease: fc.option(fc.boolean(), { nil: undefined }),
  hospitalLevel: fc.option(fc.constantFrom(...HOSPITAL_LEVEL_IDS), { nil: undefined }),
}, { requiredKeys: ['group', 'care', 'selfPaid', 'aidedThisYear'] });

describe.each(policyList().map((p) => [p.id, p] as const))('compiled medical aid, %s', (_id, policy) => {
  const evaluate = compileMedicalAid(policy);
  it('gives the exact reading’s result, steps and citations with the trace, and the same answer without it', () => {
    fc.assert(
      fc.property(household, (h) => {
        const exact = _medicalAidExact(policy, h);
        expect(evaluate(h)).toEqual(exact);
        expect(evaluate(h, { trace: false })).toEqual({ ...exact, steps: [] });
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});

describe('compiled medical aid, worked by hand', () => {
  const guzhang = policyList().find((p) => p.id === 'guzhang-2021')!;
  it('rounds half-up once at the end: 古丈 低保 住院 (24,000.50 − 4,000) × 70 % = 14,000.35', () => {
    // 古丈 §4.3: "对城市低保对象设起付线4000元" … "个人自负费用按70%的比例救助，年度救助限额5万元"
    // (24000.50 − 4000) × 0.7 = 20000.50 × 0.7 = 14000.35, under the cap of 50000
    const r = medicalAid(guzhang, { group: 'dibao', care: 'inpatient', selfPaid: '24000.50', aidedThisYear: '0' });
    expect(r.status === 'computed' && r.amount).toBe('14000.35');
  });
  it('leaves the steps out when asked, through calculate', () => {
    const r = calculate('medical-aid', guzhang, { group: 'dibao', care: 'inpatient', selfPaid: '24000' }, { trace: false });
    expect(r.ok && r.value.steps).toEqual([]);
    expect(r.ok && r.value.status === 'computed' && r.value.amount).toBe('14000.00');
  });
  it('shares no mutable state between calls: a caller changing a result does not change the next one', () => {
    const a = medicalAid(guzhang, { group: 'dibao', care: 'inpatient', selfPaid: '24000', aidedThisYear: '0' });
    expect(() => (a.provisions as string[]).push('x')).toThrow();
    const b = medicalAid(guzhang, { group: 'dibao', care: 'inpatient', selfPaid: '24000', aidedThisYear: '0' });
    expect(b.provisions).not.toContain('x');
  });
});
