/**
 * The household calculators, one case table per calculator. Every expected value is worked by hand
 * from the document, with the sentence it comes from; the dibao standard (set by each locality
 * elsewhere) is an input, 600 元/人/月 unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { calculate, type CalcResult, type CalculatorId } from '../../src/calculators/index.ts';
import { getPolicy } from '../../src/policies/index.ts';

const run = (calc: CalculatorId, policy: string, input: unknown): CalcResult => {
  const r = calculate(calc, getPolicy(policy)!, input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const answer = (r: CalcResult) => ({ status: r.status, amount: r.amount, min: r.min, max: r.max });

describe('dibao-benefit (monthly allowance of a household)', () => {
  it('古丈: members below the floor are raised to 400 元; a severely disabled member gets the full standard', () => {
    // 四（一）"对城市低保家庭中的重病、重残对象（含三级智力、精神残疾），及整户无劳力家庭按照全额标准发放低保金"
    //        "对每人每月低保金不足400元的，提高到400元标准发放"
    // gap 600 − 350 = 250 < 400 → 400 for each of two members; the severely disabled one: full 600.
    // 600 + 400 + 400 = 1400.00
    const r = run('dibao-benefit', 'guzhang-2021', { dibaoStandard: '600', perCapitaIncome: '350', members: [{ severeDisability: true }, {}, {}] });
    expect(answer(r)).toEqual({ status: 'computed', amount: '1400.00', min: undefined, max: undefined });
    // The national rules it applies are cited too: 社会救助暂行办法 第九条 (income test) and 第十二条 (the gap).
    expect(r.provisions).toEqual(['shehui-jiuzhu-2014:eligibility.dibao-income-test', 'shehui-jiuzhu-2014:basic-living.allowance-gap', 'guzhang-2021:basic-living.full-standard', 'guzhang-2021:basic-living.floor']);
  });

  it('古丈: a household with no one able to work gets the full standard for every member', () => {
    // "及整户无劳力家庭按照全额标准发放低保金": 2 × 580.50 = 1161.00
    const r = run('dibao-benefit', 'guzhang-2021', { dibaoStandard: '580.50', perCapitaIncome: '100', members: [{}, {}], noLaborHousehold: true });
    expect(answer(r)).toMatchObject({ status: 'computed', amount: '1161.00' });
  });

  it('古丈: above the floor, the gap is paid unchanged', () => {
    // gap 900 − 420.25 = 479.75 ≥ 400, three members: 3 × 479.75 = 1439.25
    const r = run('dibao-benefit', 'guzhang-2021', { dibaoStandard: '900', perCapitaIncome: '420.25', members: [{}, {}, {}] });
    expect(answer(r)).toMatchObject({ status: 'computed', amount: '1439.25' });
  });

  it('会宁: the disabled member is computed on the standard raised by 20%', () => {
    // 二（一）"对符合城市最低生活保障条件的残疾人家庭, 残疾人本人的最低生活保障金按保障标准的 20%上浮计算"
    // disabled: 600 × 1.2 − 350 = 370; other member: 600 − 350 = 250; total 620.00
    const r = run('dibao-benefit', 'huining-2022', { dibaoStandard: '600', perCapitaIncome: '350', members: [{ disabled: true }, {}] });
    expect(answer(r)).toMatchObject({ status: 'computed', amount: '620.00' });
    expect(r.interpretations?.map((i) => i.provision)).toContain('huining-2022:basic-living.uplift.disabled');
  });

  it('云阳 and 渝中 promise more for disabled members without a number: the answer is a floor, not an amount', () => {
    // 云阳 二（一）一是 / 渝中 二（一）: "提高低保对象中残疾人员…的分类重点救助标准" — no figure.
    // gap 600 − 350 = 250 for each of two members: at least 500.00
    for (const id of ['yunyang-2019', 'yuzhong-2019']) {
      const r = run('dibao-benefit', id, { dibaoStandard: '600', perCapitaIncome: '350', members: [{ disabled: true }, {}] });
      expect(answer(r)).toEqual({ status: 'range', amount: undefined, min: '500.00', max: undefined });
      expect(r.provisions).toContain(`${id}:basic-living.uplift.disabled`);
    }
  });

  it('a household whose income is not below the standard is not eligible, everywhere', () => {
    for (const id of ['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019']) {
      expect(run('dibao-benefit', id, { dibaoStandard: '600', perCapitaIncome: '600', members: [{}] }).status).toBe('not-eligible');
    }
  });
});

describe('temporary-aid', () => {
  const base = { dibaoStandard: '692', persons: 3, months: 2 };

  it('会宁: standard × persons × months', () => {
    // 二（三）1 "当地城市居民最低生活保障标准(元/ 人. 月) × 救助人数(人) × 困难持续时间(月)": 692 × 3 × 2 = 4152.00
    expect(answer(run('temporary-aid', 'huining-2022', base))).toMatchObject({ status: 'computed', amount: '4152.00' });
  });

  it('会宁: months beyond six count as six', () => {
    // "持续时间原则上最长不超过6个月": 692 × 3 × min(8, 6) = 12456.00
    expect(answer(run('temporary-aid', 'huining-2022', { ...base, months: 8 }))).toMatchObject({ status: 'computed', amount: '12456.00' });
  });

  it('会宁: major hardship is decided case by case', () => {
    // "对于因火灾、 交通事故、突患重大疾病等造成重大生活困难的,根据具体情 形分类分档设定,采取"一事一议"的方式给予临时救助金"
    const r = run('temporary-aid', 'huining-2022', { ...base, severity: 'major' });
    expect(r.status).toBe('not-specified');
    expect(r.provisions).toEqual(['huining-2022:temporary-aid.major']);
  });

  it('古丈: 2000 to 4000 元 per household, and not a third time for the same cause', () => {
    // 四（一）"提高临时救助标准，按每户2000至4000元实施救助帮扶" / "一年内同类困难原因临时救助不得超过2次"
    expect(answer(run('temporary-aid', 'guzhang-2021', base))).toEqual({ status: 'range', amount: undefined, min: '2000.00', max: '4000.00' });
    expect(answer(run('temporary-aid', 'guzhang-2021', { ...base, sameCauseAidsThisYear: 1 })).status).toBe('range');
    expect(run('temporary-aid', 'guzhang-2021', { ...base, sameCauseAidsThisYear: 2 }).status).toBe('not-eligible');
  });

  it('云阳 and 渝中: income at or above the local per-capita disposable income is not eligible; below it the document sets no figure', () => {
    // 云阳 二（八）三是 / 渝中 二（四）: "原则上临时救助家庭人均可支配收入应低于当地上年度人均可支配收入"
    for (const id of ['yunyang-2019', 'yuzhong-2019']) {
      const over = run('temporary-aid', id, { ...base, perCapitaDisposableIncome: '30000', localPerCapitaDisposableIncome: '30000' });
      expect(over.status).toBe('not-eligible');
      expect(over.provisions).toEqual([`${id}:temporary-aid.income-condition`]);
      const under = run('temporary-aid', id, { ...base, perCapitaDisposableIncome: '29999.99', localPerCapitaDisposableIncome: '30000' });
      expect(under.status).toBe('not-specified');
      expect(under.clauses!.length).toBeGreaterThan(0);
    }
  });

  it('鹤城 sets no amount: not specified, naming its temporary-aid clauses', () => {
    const r = run('temporary-aid', 'hecheng-2020', base);
    expect(r.status).toBe('not-specified');
    expect(r.clauses).toEqual([...new Set(getPolicy('hecheng-2020')!.provisions.filter((p) => p.area === 'temporary-aid').map((p) => p.clause))]);
  });
});

describe('classify', () => {
  it('古丈: above 1 and below 1.5 times the standard is a low-income household; a seriously ill member may be a single-person dibao household', () => {
    // 二（二）"指收入高于城市低保标准，但低于城市低保标准的1.5倍"; 四（一）"…重病患者等特殊困难人员，经本人申请，可参照“单人户”纳入低保"
    // 600 < 700 < 900
    const r = run('classify', 'guzhang-2021', { dibaoStandard: '600', perCapitaIncome: '700', members: [{ seriousIllness: true }, {}] });
    expect(r.categories?.map((c) => c.id)).toEqual(['low-income', 'single-person-dibao']);
  });

  it('古丈: exactly 1.5 times the standard is outside the band (低于 is strict)', () => {
    expect(run('classify', 'guzhang-2021', { dibaoStandard: '600', perCapitaIncome: '900', members: [{}] }).status).toBe('not-eligible');
  });

  it('会宁: exactly 1.5 times the standard is inside the band (不超过 is inclusive)', () => {
    const r = run('classify', 'huining-2022', { dibaoStandard: '600', perCapitaIncome: '900', members: [{}] });
    expect(r.categories?.map((c) => c.id)).toEqual(['low-income']);
  });

  it('会宁: a severely disabled member may be brought into tekun support', () => {
    // 二（一）"将残疾等级为一、二、三级智力、精神残疾,一、二级肢体残疾和一级视力残疾人员中符合条件的全部纳入特困人员救助供养范围"
    const r = run('classify', 'huining-2022', { dibaoStandard: '600', perCapitaIncome: '500', members: [{ severeDisability: true }, {}] });
    expect(r.categories?.map((c) => c.id)).toEqual(['dibao', 'tekun-possible']);
    expect(r.categories?.[1]?.provision).toBe('huining-2022:special-hardship.disability-inclusion');
    // 古丈 sets no such rule
    expect(run('classify', 'guzhang-2021', { dibaoStandard: '600', perCapitaIncome: '500', members: [{ severeDisability: true }, {}] }).categories?.map((c) => c.id)).toEqual(['dibao']);
  });

  it('below the standard is a dibao household, in every document', () => {
    for (const id of ['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019']) {
      expect(run('classify', id, { dibaoStandard: '600', perCapitaIncome: '599.99', members: [{}] }).categories?.[0]?.id).toBe('dibao');
    }
  });
});

describe('gradual-exit', () => {
  it('古丈: one year once income passes 1.5 times the standard', () => {
    // 四（五）"在其家庭成员人均收入超过当地城市低保标准1.5倍后给予一年的渐退期": 600 × 1.5 = 900 < 900.01 → 12 months
    expect(answer(run('gradual-exit', 'guzhang-2021', { dibaoStandard: '600', perCapitaIncome: '900.01' }))).toMatchObject({ status: 'computed', amount: '12' });
    expect(run('gradual-exit', 'guzhang-2021', { dibaoStandard: '600', perCapitaIncome: '900' }).status).toBe('not-eligible');
  });

  it('会宁: at most six months once income passes the standard', () => {
    // 二（一）2 "家庭人均收入超过当地低保标准的,实施"低保渐退", 给予不超过6个月的渐退期"
    expect(answer(run('gradual-exit', 'huining-2022', { dibaoStandard: '600', perCapitaIncome: '600.01' }))).toEqual({ status: 'range', amount: undefined, min: undefined, max: '6' });
  });

  it('鹤城 promises a gradual exit without a length: not specified', () => {
    // 鹤城 "落实低保渐退机制" — no length
    expect(run('gradual-exit', 'hecheng-2020', { dibaoStandard: '600', perCapitaIncome: '1000' }).status).toBe('not-specified');
  });
});

describe('rent-subsidy', () => {
  it('古丈: 50% of the dibao standard', () => {
    // 四（二）"短时间租房的按城市低保标准的50%进行补贴": 637 × 0.5 = 318.50
    expect(answer(run('rent-subsidy', 'guzhang-2021', { dibaoStandard: '637', monthlyRent: '500' }))).toMatchObject({ status: 'computed', amount: '318.50' });
  });

  it('渝中: class-A dibao households get the rent due', () => {
    // 二（六）"一是对低保A类家庭在类别有效期内，按其应缴纳租金实施等额补贴": 386.40 × 1 = 386.40
    expect(answer(run('rent-subsidy', 'yuzhong-2019', { dibaoStandard: '600', monthlyRent: '386.40', dibaoClass: 'A' }))).toMatchObject({ status: 'computed', amount: '386.40' });
    expect(run('rent-subsidy', 'yuzhong-2019', { dibaoStandard: '600', monthlyRent: '386.40', dibaoClass: 'B' }).status).toBe('not-eligible');
  });

  it('渝中: households granted temporary aid get the rent due for 12 months', () => {
    // 二（六）"在获得临时救助起12个月内，按其应缴纳租金实施等额补贴"
    expect(answer(run('rent-subsidy', 'yuzhong-2019', { dibaoStandard: '600', monthlyRent: '250', monthsSinceTemporaryAid: 11 }))).toMatchObject({ status: 'computed', amount: '250.00' });
    expect(run('rent-subsidy', 'yuzhong-2019', { dibaoStandard: '600', monthlyRent: '250', monthsSinceTemporaryAid: 12 }).status).toBe('not-eligible');
  });

  it('会宁 promises rent subsidies without a figure: not specified', () => {
    expect(run('rent-subsidy', 'huining-2022', { dibaoStandard: '600', monthlyRent: '250' }).status).toBe('not-specified');
  });
});

describe('special-hardship-standard', () => {
  it('会宁: at least 1.3 times the dibao standard', () => {
    // 二（二）"基本生活标准按照不低于最低生活保障标准 的 1.3 倍确定": 700 × 1.3 = 910.00
    expect(answer(run('special-hardship-standard', 'huining-2022', { dibaoStandard: '700' }))).toEqual({ status: 'range', amount: undefined, min: '910.00', max: undefined });
  });

  it('the others set no multiple: not specified', () => {
    for (const id of ['guzhang-2021', 'yunyang-2019', 'hecheng-2020', 'yuzhong-2019']) expect(run('special-hardship-standard', id, { dibaoStandard: '700' }).status).toBe('not-specified');
  });
});
