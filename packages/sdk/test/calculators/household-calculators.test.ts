/**
 * The household calculators. Their hand-worked answers, one per document and case, are the cases of
 * content/policies/<id>/cases.yaml (run by test/cases.test.ts): input, expected answer, the sentence
 * it comes from and the arithmetic. What stays here is what a case does not state: the reading shown.
 */
import { describe, expect, it } from 'vitest';
import { calculateRaw, type CalcResult, type CalculatorId } from '../../src/calculators/index.ts';
import { findPolicy, getPolicy } from '../../src/policies/index.ts';

const run = (calc: CalculatorId, policy: string, input: unknown): CalcResult => {
  const r = calculateRaw(calc, findPolicy(policy)!, input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('dibao-benefit (monthly allowance of a household)', () => {
  it('会宁: the answer shows the reading of the disabled member\'s 20% uplift', () => {
    // 二（一）一是3 "对符合城市最低生活保障条件的残疾人家庭, 残疾人本人的最低生活保障金按保障标准的 20%上浮计算"
    const r = run('dibao-benefit', 'huining-2022', { dibaoStandard: '600', perCapitaIncome: '350', members: [{ disabled: true }, {}] });
    expect(r.interpretations?.map((i) => i.provision)).toContain('huining-2022:basic-living.uplift.disabled');
  });
});
