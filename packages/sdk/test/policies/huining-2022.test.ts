import { describe, expect, it } from 'vitest';
import { calculateRaw } from '../../src/calculators/index.ts';
import { huining2022 as policy } from '../../src/generated/policies/huining-2022.ts';
import { getProvision } from '../../src/policies/index.ts';

const v = (id: string) => getProvision(policy, id);

const run = (id: Parameters<typeof calculateRaw>[0], input: Record<string, unknown>) => {
  const r = calculateRaw(id, policy, input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const medical = (group: string, care: string, selfPaid: string, aidedThisYear?: string) =>
  run('medical-aid', { group, care, selfPaid, ...(aidedThisYear ? { aidedThisYear } : {}) });

describe('huining-2022 metadata', () => {
  it('carries the 文号 as printed, the 印发 date, and no invented issuer', () => {
    // first line of the file: "会民发[2022]63号" (ASCII square brackets)
    expect(policy.docNumber).toBe('会民发[2022]63号');
    // colophon: "会宁县民政局办公室 2022年4月15日印发" — a printing date, noted as such
    expect(policy.issued).toBe('2022-04-15');
    expect(policy.issuedNote?.zh).toMatch(/印发/);
    expect(policy.issuedNote?.en).toMatch(/印发/);
    // the title block (issuer, notice title) was lost in the extraction: no issuer is printed
    expect(policy.issuers).toEqual([]);
    expect(policy.issuersNote?.zh).toMatch(/会宁县民政局办公室/);
    expect(policy.issuersNote?.en).toMatch(/会宁县民政局办公室/);
    // "会宁县城镇困难群众脱困解困行动方案(2022年-2023年)"
    expect(policy.period).toEqual({ from: '2022', to: '2023' });
    // "(甘民发〔2021〕122号)" … "(市民发〔2022〕6号)"
    expect(policy.parents.map((p) => p.docNumber)).toEqual(['甘民发〔2021〕122号', '市民发〔2022〕6号']);
    // "按照《白银市最低生活保障审核确认实施细则》规定" … "衔接国家自然灾害救助应急预案": cited, not implemented
    expect(policy.citations.map((c) => c.title)).toEqual(['白银市最低生活保障审核确认实施细则', '国家自然灾害救助应急预案']);
  });

  it('names the responsible departments as printed, 负责 before 配合', () => {
    // "(县民政局负责,各乡镇配合)"
    expect(v('basic-living.uplift.disabled')).toMatchObject({ departments: ['县民政局', '各乡镇'], leadDepartment: '县民政局' });
    // "(县医保部门、卫生健康部门分别负责)"
    expect(v('medical.classified-aid.ratio')!.departments).toEqual(['县医保部门', '卫生健康部门']);
    expect(v('medical.classified-aid.ratio')!.leadDepartment).toBeUndefined();
    // "(县妇联负责)"
    expect(v('women.cancer-screening.age')!.departments).toEqual(['县妇联']);
  });
});

describe('huining-2022 figures', () => {
  it('encodes the figures of 二（一）', () => {
    // "残疾人本人的最低生活保障金按保障标准的 20%上浮计算"
    expect(v('basic-living.uplift.disabled')).toMatchObject({ kind: 'ratio', ratio: '0.2', appliesTo: ['disabled'] });
    // "基本生活标准按照不低于最低生活保障标准的 1.3 倍确定"
    expect(v('special-hardship.standard')).toMatchObject({ kind: 'multiple', base: 'dibao-standard', min: '1.3' });
    expect(v('special-hardship.standard')).not.toHaveProperty('max');
    // "家庭人均收入超过当地低保标准的,实施"低保渐退", 给予不超过6个月的渐退期"
    expect(v('employment.gradual-exit.trigger')).toMatchObject({ kind: 'multiple', base: 'dibao-standard', min: '1', minExclusive: true });
    expect(v('employment.gradual-exit.duration')).toMatchObject({ kind: 'duration', amount: '6', unit: 'month', bound: 'max' });
    // "当地城市居民最低生活保障标准(元/人. 月) × 救助人数(人) × 困难持续时间(月)(持续时间原则上最长不超过6个月)"
    expect(v('temporary-aid.formula')).toMatchObject({ kind: 'formula' });
    expect(v('temporary-aid.max-duration')).toMatchObject({ kind: 'duration', amount: '6', unit: 'month', bound: 'max' });
    // "人均收入在当地城市低保标准 1-1.5 倍的低保边缘家庭"
    // both ends included: dibao needs income 低于 the standard, so a household exactly at it is near-dibao
    expect(v('eligibility.low-income.band')).toMatchObject({ base: 'dibao-standard', min: '1', max: '1.5', minExclusive: false, maxExclusive: false });
    // "分梯度、按比例对1年内刚性支出予以适当扣减"
    expect(v('eligibility.expense-deduction.window')).toMatchObject({ kind: 'duration', amount: '1', unit: 'year' });
    // "每年核查一次 … 每半年核查一次"
    expect(v('administration.review.stable')).toMatchObject({ times: 1, per: 'year' });
    expect(v('administration.review.unstable')).toMatchObject({ times: 1, per: 'half-year' });
  });

  it('encodes which incomes are not counted', () => {
    // ""十四五"期间中央和省市确定的城乡居民基本养老保险基础养老金, 国家规定的优待抚恤金、计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助,政府发放的各类社会救助款物,不计入家庭收入"
    const disregards = policy.provisions.filter((p) => p.id.startsWith('eligibility.income-disregard.'));
    expect(disregards.map((p) => p.id).sort()).toEqual([
      'eligibility.income-disregard.awards',
      'eligibility.income-disregard.basic-pension',
      'eligibility.income-disregard.social-assistance',
    ]);
    expect(disregards.every((p) => p.kind === 'eligibility' && p.clause === '2.1.a.2')).toBe(true);
  });

  it('sets no number where the text sets none', () => {
    // "在年度救助限额内" — no amount: not a cap provision, so no cap is invented
    expect(policy.provisions.some((p) => p.area === 'medical' && (p.kind === 'cap' || p.kind === 'threshold'))).toBe(false);
    expect(v('medical.classified-aid.annual-cap')!.kind).toBe('commitment');
    // "给予全额或定额资助"
    expect(v('medical.premium-subsidy')!.kind).toBe('commitment');
  });
});

// 二（三）一是4 "…按照不低于70%比例实施分类医疗救助": the hand-worked answers of this and the other calculators are
// cases of content/policies/huining-2022/cases.yaml (run by test/cases.test.ts); what stays here is how the answer
// shows its working.
describe('huining-2022 medical aid', () => {
  it('cites the 70% floor and shows the arithmetic', () => {
    const r = medical('dibao', 'inpatient', '10000');
    expect(r.provisions).toEqual(['huining-2022:medical.classified-aid.ratio']);
    expect(r.steps.map((s) => s.arithmetic).filter(Boolean)).toEqual(['10000', '10000 × 0.7 = 7000']);
  });
});
