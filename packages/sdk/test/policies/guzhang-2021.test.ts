import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calculators/index.ts';
import { guzhang2021 as policy } from '../../src/generated/policies/guzhang-2021.ts';
import { getProvision } from '../../src/policies/index.ts';

const medical = (group: string, care: string, selfPaid: string, aidedThisYear?: string) => {
  const r = calculate('medical-aid', policy, { group, care, selfPaid, ...(aidedThisYear ? { aidedThisYear } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('guzhang-2021 metadata', () => {
  it('carries the 文号, issuers and date printed on the notice', () => {
    // "古办〔2021〕9号" … "中共古丈县委办公室 古丈县人民政府办公室" … "2021年9月27日"
    expect(policy.docNumber).toBe('古办〔2021〕9号');
    expect(policy.issuers).toEqual(['中共古丈县委办公室', '古丈县人民政府办公室']);
    expect(policy.issued).toBe('2021-09-27');
    // "根据《…〈湘西自治州城市特殊困难群体帮扶工作实施方案（试行）〉的通知》（州办〔2021〕18号）"
    expect(policy.parents.map((p) => p.docNumber)).toContain('州办〔2021〕18号');
  });

  it('encodes the quantified figures of 四（一）–（五） as printed', () => {
    const v = (id: string) => getProvision(policy, id);
    // "对每人每月低保金不足400元的，提高到400元标准发放"
    expect(v('basic-living.floor')).toMatchObject({ kind: 'amount', amount: '400', unit: 'CNY/person/month', bound: 'min' });
    // "按每户2000至4000元实施救助帮扶，一年内同类困难原因临时救助不得超过2次"
    expect(v('temporary-aid.amount')).toMatchObject({ kind: 'range', min: '2000', max: '4000', unit: 'CNY/household' });
    expect(v('temporary-aid.same-cause-limit')).toMatchObject({ kind: 'frequency', times: 2, per: 'year', bound: 'max' });
    // "独生子女伤残对象扶助标准提高到每人每年7300元，独生子女死亡对象扶助标准提高到每人每年1万元"
    expect(v('basic-living.family-planning.disabled-child')).toMatchObject({ amount: '7300', unit: 'CNY/person/year' });
    expect(v('basic-living.family-planning.bereaved')).toMatchObject({ amount: '10000', unit: 'CNY/person/year' });
    // "“两项补贴”提高到每人每月120元"
    expect(v('disability.two-subsidies')).toMatchObject({ amount: '120', unit: 'CNY/person/month' });
    // "短时间租房的按城市低保标准的50%进行补贴"
    expect(v('housing.rent-subsidy')).toMatchObject({ kind: 'multiple', base: 'dibao-standard', min: '0.5', max: '0.5' });
    // "收入高于城市低保标准，但低于城市低保标准的1.5倍"
    expect(v('eligibility.low-income.band')).toMatchObject({ min: '1', max: '1.5', minExclusive: true, maxExclusive: true });
    // "按不低于50%比例给予资助"
    expect(v('medical.premium.others')).toMatchObject({ kind: 'ratio', ratio: '0.5', bound: 'min' });
    // "残疾儿童康复救助范围由0至7岁扩大到0至17岁"
    expect(v('disability.child-rehabilitation.age')).toMatchObject({ min: 0, max: 17, previous: { min: 0, max: 7 } });
    // "每年至少提供3次岗位推荐、1次培训推荐和1次职业指导"
    expect([v('employment.service-311.job-referrals'), v('employment.service-311.training-referrals'), v('employment.service-311.career-guidance')].map((p) => p && 'times' in p && p.times)).toEqual([3, 1, 1]);
    // "在其家庭成员人均收入超过当地城市低保标准1.5倍后给予一年的渐退期"
    expect(v('employment.gradual-exit.trigger')).toMatchObject({ base: 'dibao-standard', min: '1.5', minExclusive: true });
    expect(v('employment.gradual-exit.duration')).toMatchObject({ amount: '1', unit: 'year' });
    // "每年核查一次 … 每半年核查一次"
    expect(v('administration.review.stable')).toMatchObject({ times: 1, per: 'year' });
    expect(v('administration.review.unstable')).toMatchObject({ times: 1, per: 'half-year' });
  });

  it('names the responsible departments of each measure as printed', () => {
    // "（责任单位：县医保局、县财政局、县卫健局、县总工会、县残联）"
    expect(getProvision(policy, 'medical.inpatient.dibao.threshold')!.departments).toEqual(['县医保局', '县财政局', '县卫健局', '县总工会', '县残联']);
    // "县委组织部门牵头"
    expect(getProvision(policy, 'social-participation.one-to-one-cadres')!.leadDepartment).toBe('县委组织部');
  });
});

// Every case worked by hand from 四（三）. aid = min((selfPaid − threshold)⁺ × ratio, (cap − aidedThisYear)⁺), to the fen.
describe('guzhang-2021 medical aid, inpatient', () => {
  // "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元"
  it.each([
    ['24000', undefined, '14000.00'], // (24000 − 4000) × 0.7 = 14000
    ['3000', undefined, '0.00'], // below the 4000 threshold
    ['4000.01', undefined, '0.01'], // 0.01 × 0.7 = 0.007 → 0.01 half-up at the end
    ['100000', undefined, '50000.00'], // 96000 × 0.7 = 67200 > cap 50000
    ['30000', '40000', '10000.00'], // 26000 × 0.7 = 18200, but only 50000 − 40000 = 10000 of the cap is left
    ['30000', '50000', '0.00'], // cap used up
  ])('dibao: self-paid %s, aided %s → %s', (selfPaid, aided, expected) => {
    const r = medical('dibao', 'inpatient', selfPaid, aided);
    expect(r.status).toBe('computed');
    expect(r.amount).toBe(expected);
  });

  it('cites the threshold, ratio and cap it applied, with the arithmetic', () => {
    const r = medical('dibao', 'inpatient', '24000');
    expect(r.provisions).toEqual(['guzhang-2021:medical.inpatient.dibao.threshold', 'guzhang-2021:medical.inpatient.dibao.ratio', 'guzhang-2021:medical.inpatient.dibao.cap']);
    expect(r.steps.map((s) => s.arithmetic).filter(Boolean)).toEqual(['max(24000 − 4000, 0) = 20000', '20000 × 0.7 = 14000', 'min(14000, max(50000 − 0, 0)) = 14000']);
    expect(r.steps.every((s) => !s.provision || s.clause === '4.3')).toBe(true);
  });

  // "对城市特困人员、孤儿、事实无人抚养儿童住院医疗救助不设起付线和年度救助限额，个人自负费用按100%的比例救助"
  it.each(['tekun', 'orphan', 'unsupported-child'])('%s: no threshold, 100%%, no cap', (group) => {
    expect(medical(group, 'inpatient', '12345.67').amount).toBe('12345.67');
    expect(medical(group, 'inpatient', '250000', '999999').amount).toBe('250000.00'); // no cap, so aid received does not limit it
  });

  // "对低收入家庭、特殊困难职工及其他特殊困难群体 … 起付线1万元，个人自负费用按50%的比例救助，年度救助限额3万元"
  it.each([
    ['low-income', '50000', '20000.00'], // (50000 − 10000) × 0.5
    ['hardship-worker', '80000', '30000.00'], // 70000 × 0.5 = 35000 > cap 30000
    ['other-hardship', '10000', '0.00'], // at the threshold
  ])('%s: self-paid %s → %s', (group, selfPaid, expected) => {
    expect(medical(group, 'inpatient', selfPaid).amount).toBe(expected);
  });
});

describe('guzhang-2021 medical aid, outpatient', () => {
  // "对经民政部门确认的其他城市特殊困难群体救助对象起付线为1000元，个人自负费用按50%的比例救助"; "特殊疾病门诊救助，年度救助限额不超过8000元"
  it.each([
    ['dibao', '3000', undefined, '1000.00'], // (3000 − 1000) × 0.5
    ['low-income', '30000', undefined, '8000.00'], // 29000 × 0.5 = 14500 > cap 8000
    ['dibao', '10000', '7000', '1000.00'], // 4500, but 8000 − 7000 = 1000 left
  ])('chronic: %s self-paid %s, aided %s → %s', (group, selfPaid, aided, expected) => {
    expect(medical(group, 'outpatient-chronic', selfPaid, aided).amount).toBe(expected);
  });

  // "患重特大疾病需要长期门诊治疗的救助对象，起付线为4000元，按70%的比例救助，年度救助限额5万元"
  it.each([
    ['hardship-worker', '20000', '11200.00'], // (20000 − 4000) × 0.7
    ['other-hardship', '100000', '50000.00'], // 96000 × 0.7 = 67200 > 50000
  ])('major: %s self-paid %s → %s', (group, selfPaid, expected) => {
    expect(medical(group, 'outpatient-major', selfPaid).amount).toBe(expected);
  });

  // "对城市特困人员、孤儿、事实无人抚养儿童门诊医疗救助不设起付线和年度救助限额，个人自负费用按100%的比例救助"
  it.each(['outpatient-chronic', 'outpatient-major'])('tekun, %s: 100%% without threshold or cap', (care) => {
    expect(medical('tekun', care, '80000').amount).toBe('80000.00');
  });

  it('shows the reading chosen where 特殊疾病门诊 and 其他…救助对象 read two ways', () => {
    const r = medical('dibao', 'outpatient-chronic', '3000');
    expect(r.interpretations?.map((i) => i.provision)).toEqual(
      expect.arrayContaining(['guzhang-2021:medical.outpatient-chronic.others.threshold', 'guzhang-2021:medical.outpatient-chronic.cap']),
    );
  });
});
