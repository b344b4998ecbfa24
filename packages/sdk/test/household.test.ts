import { describe, expect, it } from 'vitest';
import { compareHousehold } from '../src/household/index.ts';
import { policyList } from '../src/policies/index.ts';

// One household entered once: standard 600 元/人/月, per-capita income 350, two members, one disabled
// (not severely); a dibao member in hospital with 24000 元 self-paid this year; a two-month hardship;
// rent 300 元 a month.
const household = {
  dibaoStandard: '600',
  perCapitaIncome: '350',
  members: [{ disabled: true }, {}],
  care: 'inpatient',
  selfPaid: '24000',
  hardshipMonths: 2,
  monthlyRent: '300',
};

describe('one household, five places', () => {
  const r = compareHousehold(household, policyList());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const view = (id: string) => r.value.views.find((v) => v.policy === id)!;
  const answer = (id: string, calc: string) => {
    const m = view(id).measures.find((x) => x.calculator === calc)?.result;
    return m && { status: m.status, amount: m.amount, min: m.min, max: m.max };
  };

  it('answers every place, taking the household as dibao from its income', () => {
    expect(r.value.views.map((v) => v.policy)).toEqual(policyList().map((p) => p.id));
    for (const v of r.value.views) expect(v.groups).toEqual(['dibao', 'disabled']);
  });

  it('古丈: 800.00 a month of dibao, 14000.00 of medical aid, 2000–4000 of temporary aid, 300.00 of rent subsidy', () => {
    // "对每人每月低保金不足400元的，提高到400元标准发放": gap 250 → 400 × 2 = 800 (the disabled member is not severely disabled)
    expect(answer('guzhang-2021', 'dibao-benefit')).toMatchObject({ status: 'computed', amount: '800.00' });
    // "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助": (24000 − 4000) × 0.7 = 14000
    expect(answer('guzhang-2021', 'medical-aid')).toMatchObject({ status: 'computed', amount: '14000.00' });
    // "按每户2000至4000元实施救助帮扶"
    expect(answer('guzhang-2021', 'temporary-aid')).toMatchObject({ status: 'range', min: '2000.00', max: '4000.00' });
    // "短时间租房的按城市低保标准的50%进行补贴": 600 × 0.5 = 300
    expect(answer('guzhang-2021', 'rent-subsidy')).toMatchObject({ status: 'computed', amount: '300.00' });
  });

  it('会宁: 620.00 a month of dibao, at least 16800.00 of medical aid, 2400.00 of temporary aid', () => {
    // "残疾人本人的最低生活保障金按保障标准的 20%上浮计算": (600 × 1.2 − 350) + (600 − 350) = 370 + 250 = 620
    expect(answer('huining-2022', 'dibao-benefit')).toMatchObject({ status: 'computed', amount: '620.00' });
    // 不低于70%, no threshold: 24000 × 0.7 = 16800, a floor
    expect(answer('huining-2022', 'medical-aid')).toEqual({ status: 'range', amount: undefined, min: '16800.00', max: undefined });
    // 600 × 2 persons × 2 months = 2400
    expect(answer('huining-2022', 'temporary-aid')).toMatchObject({ status: 'computed', amount: '2400.00' });
  });

  it('lists the commitments that concern the household, apart from the provisions a calculator used', () => {
    const guzhang = view('guzhang-2021');
    const offered = Object.values(guzhang.offers).flat().map((o) => o!.provision);
    expect(offered).toContain('guzhang-2021:disability.two-subsidies'); // "两项补贴…提高到每人每月120元"
    expect(offered).toContain('guzhang-2021:education.coverage');
    expect(offered).not.toContain('guzhang-2021:basic-living.floor'); // used by the dibao-benefit calculator
    expect(offered).not.toContain('guzhang-2021:medical.inpatient.tekun.cap'); // for tekun only
  });

  it('names the provisions behind each difference', () => {
    const dibao = r.value.differences.find((d) => d.calculator === 'dibao-benefit')!;
    const guzhang = dibao.answers.find((a) => a.policies.includes('guzhang-2021'))!;
    expect(guzhang.result.amount).toBe('800.00');
    expect(guzhang.provisions['guzhang-2021']).toEqual(['guzhang-2021:basic-living.floor']);
    const huining = dibao.answers.find((a) => a.policies.includes('huining-2022'))!;
    // 会宁 states its own income test ("人均收入低于当地最低生活保障标准…及时纳入城市低保范围"), the others rely on the national rule
    expect(huining.provisions['huining-2022']).toEqual(['huining-2022:eligibility.dibao.income-test', 'huining-2022:basic-living.uplift.disabled']);
    // 鹤城 has no rule of its own: the gap 250 × 2 = 500
    expect(dibao.answers.find((a) => a.policies.includes('hecheng-2020'))!.result.amount).toBe('500.00');
  });
});

describe('household input', () => {
  it('rejects bad fields by name, in Chinese and English, and keeps nothing half-computed', () => {
    const r = compareHousehold({ ...household, perCapitaIncome: '-1', hardshipMonths: 0, group: 'nobody' }, policyList());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(['group', 'hardshipMonths', 'perCapitaIncome']);
    for (const e of r.errors) expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
