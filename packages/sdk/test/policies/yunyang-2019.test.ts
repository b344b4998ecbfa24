import { describe, expect, it } from 'vitest';
import { yunyang2019 as policy } from '../../src/generated/policies/yunyang-2019.ts';
import { getProvision } from '../../src/policies/index.ts';

const v = (id: string) => getProvision(policy, id);

describe('yunyang-2019 metadata', () => {
  it('carries the 文号, issuer and date printed on the notice', () => {
    // "云阳县人民政府办公室 … 云阳府办发〔2019〕22号 … 云阳县人民政府办公室 2019 年 2 月 28日"
    expect(policy.docNumber).toBe('云阳府办发〔2019〕22号');
    expect(policy.issuers).toEqual(['云阳县人民政府办公室']);
    expect(policy.issued).toBe('2019-02-28');
    expect(policy.title).toBe('云阳县加强城市特殊困难群众救助帮扶工作实施办法');
    // "现将《…》印发给你们，请遵照执行。" — no effective date, no validity period printed
    expect(policy.effective).toContain('请遵照执行');
    expect(policy.validity).toBeUndefined();
  });
});

describe('yunyang-2019 figures', () => {
  it('raises the county-hospital reimbursement rate by 10%, keeping both readings', () => {
    // "2018—2020 年，城市特殊困难群众在本县的县级医院居民医保住院报销比例提高 10%"
    const p = v('medical.inpatient.reimbursement.rise');
    expect(p).toMatchObject({ kind: 'relative-change', change: '0.1', encodedReading: 'percentage-points' });
    expect(p && 'readings' in p && p.readings.map((r) => r.id)).toEqual(['percentage-points', 'proportional']);
  });

  it('halves the inpatient and critical-illness thresholds', () => {
    // "起付线降低 50%；城乡居民大病保险起付标准降低 50%"
    for (const id of ['medical.inpatient.threshold.cut', 'medical.critical-illness.threshold.cut']) {
      const p = v(id);
      expect(p).toMatchObject({ kind: 'relative-change', change: '-0.5', encodedReading: 'proportional' });
      expect(p && 'readings' in p && p.readings.map((r) => r.id).sort()).toEqual(['percentage-points', 'proportional']);
    }
  });

  it('caps the out-of-catalogue share at 15%', () => {
    // "力争将城市特殊困难群众在定点医疗机构住院的医保目录外费用占比控制在 15%以内"
    expect(v('medical.out-of-catalogue.share')).toMatchObject({ kind: 'ratio', ratio: '0.15', bound: 'max' });
    expect(v('medical.out-of-catalogue.share')!.care).toBeUndefined();
  });

  it('sets centralised-care targets of 40% (2019) and 50% (2020), and no other year', () => {
    // "2019 年至 2020 年各乡镇（街道）失能特困人员集中供养率分别达到 40%、50%"
    expect(v('special-hardship.centralised-care.2019')).toMatchObject({ kind: 'ratio', ratio: '0.4', bound: 'min', appliesTo: ['tekun'] });
    expect(v('special-hardship.centralised-care.2020')).toMatchObject({ kind: 'ratio', ratio: '0.5', bound: 'min', appliesTo: ['tekun'] });
    expect(policy.provisions.filter((p) => p.id.startsWith('special-hardship.centralised-care.') && p.kind === 'ratio').map((p) => p.id)).toEqual([
      'special-hardship.centralised-care.2019',
      'special-hardship.centralised-care.2020',
    ]);
  });

  it('names 70 and over for the classified supplement, and sets no amount', () => {
    // "适时提高城市低保对象中残疾人员、重病人员、70 岁以上老年人、学龄前儿童和在校学生等人员的分类重点救助标准"
    expect(v('basic-living.uplift.elderly.age')).toMatchObject({ kind: 'eligibility' });
    for (const who of ['disabled', 'serious-illness', 'elderly', 'preschool', 'students']) expect(v(`basic-living.uplift.${who}`)?.kind).toBe('commitment');
    expect(v('basic-living.floor')).toBeUndefined();
  });

  it('sets the temporary-aid income condition against local per-capita disposable income', () => {
    // "原则上临时救助家庭人均可支配收入应低于当地上年度人均可支配收入"
    expect(v('temporary-aid.income-condition')).toMatchObject({ kind: 'multiple', base: 'local-per-capita-disposable-income', max: '1', maxExclusive: true });
    // no amount, formula or limit is printed
    for (const id of ['temporary-aid.amount', 'temporary-aid.formula', 'temporary-aid.max-duration', 'temporary-aid.same-cause-limit']) expect(v(id)).toBeUndefined();
  });
});

describe('yunyang-2019 departments', () => {
  it('names the 责任单位 as printed, the first as 牵头单位', () => {
    // "（责任单位：县卫生健康委、县医保局、县财政局）" and "排在第一位的为牵头单位，下同"
    expect(v('medical.inpatient.reimbursement.rise')).toMatchObject({ departments: ['县卫生健康委', '县医保局', '县财政局'], leadDepartment: '县卫生健康委' });
    // 二（一）'s 责任单位 line closes 二是; 一是 inherits it
    expect(v('basic-living.standard.sync')).toMatchObject({ departments: ['县民政局', '县教委', '县财政局', '县卫生健康委', '县残联'], leadDepartment: '县民政局' });
    // "（责任单位：县民政局、县财政局）" closing 二（八）
    expect(v('temporary-aid.income-condition')).toMatchObject({ departments: ['县民政局', '县财政局'], leadDepartment: '县民政局' });
  });
});

// 二（四） only lowers insurance thresholds and raises insurance reimbursement, relative to unprinted values,
// and sets no medical-aid threshold, ratio or cap. That the calculator says so is a case of
// content/policies/yunyang-2019/cases.yaml (run by test/cases.test.ts).
describe('yunyang-2019 medical aid', () => {
  it('has no provision the medical-aid calculator could apply', () => {
    const applicable = policy.provisions.filter((p) => p.area === 'medical' && p.care && ['threshold', 'ratio', 'cap'].includes(p.kind));
    expect(applicable).toEqual([]);
  });
});
