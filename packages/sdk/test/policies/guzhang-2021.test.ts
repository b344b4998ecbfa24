import { describe, expect, it } from 'vitest';
import { calculateRaw } from '../../src/calculators/index.ts';
import { guzhang2021 as policy } from '../../src/generated/policies/guzhang-2021.ts';
import { getProvision } from '../../src/policies/index.ts';

const medical = (group: string, care: string, selfPaid: string, aidedThisYear?: string) => {
  const r = calculateRaw('medical-aid', policy, { group, care, selfPaid, ...(aidedThisYear ? { aidedThisYear } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('guzhang-2021 responsible departments', () => {
  it('names the responsible departments of each measure as printed', () => {
    // "（责任单位：县医保局、县财政局、县卫健局、县总工会、县残联）"
    expect(getProvision(policy, 'medical.inpatient.dibao.threshold')!.departments).toEqual(['县医保局', '县财政局', '县卫健局', '县总工会', '县残联']);
    // "县委组织部门牵头"
    expect(getProvision(policy, 'social-participation.one-to-one-cadres')!.leadDepartment).toBe('县委组织部');
  });
});

// The hand-worked medical-aid answers of 四（三） are cases of content/policies/guzhang-2021/cases.yaml
// (run by test/cases.test.ts); what stays here is how the answer shows its working and its readings.
describe('guzhang-2021 medical aid', () => {
  it('cites the threshold, ratio and cap it applied, with the arithmetic', () => {
    const r = medical('dibao', 'inpatient', '24000');
    expect(r.provisions).toEqual(['guzhang-2021:medical.inpatient.dibao.threshold', 'guzhang-2021:medical.inpatient.dibao.ratio', 'guzhang-2021:medical.inpatient.dibao.cap']);
    expect(r.steps.map((s) => s.arithmetic).filter(Boolean)).toEqual(['max(24000 − 4000, 0) = 20000', '20000 × 0.7 = 14000', 'min(14000, max(50000 − 0, 0)) = 14000']);
    expect(r.steps.every((s) => !s.provision || s.clause === '4.3')).toBe(true);
  });

  it('shows the reading chosen where 特殊疾病门诊 and 其他…救助对象 read two ways', () => {
    const r = medical('dibao', 'outpatient-chronic', '3000');
    expect(r.interpretations?.map((i) => i.provision)).toEqual(
      expect.arrayContaining(['guzhang-2021:medical.outpatient-chronic.others.threshold', 'guzhang-2021:medical.outpatient-chronic.cap']),
    );
  });
});
