import { describe, expect, it } from 'vitest';
import { medicalAidUses } from '../../src/calculators/index.ts';
import { yuzhong2019 as policy } from '../../src/generated/policies/yuzhong-2019.ts';
import { getProvision } from '../../src/policies/index.ts';

const v = (id: string) => {
  const p = getProvision(policy, id);
  if (!p) throw new Error(`no provision ${id}`);
  return p;
};

describe('yuzhong-2019 structure', () => {
  it('numbers the clauses as the document does, 一是/二是 of （六） included', () => {
    const ids = policy.clauses.map((c) => c.id);
    expect(ids).toEqual(['notice', 'preamble', '1', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.6.a', '2.6.b', '2.7', '2.8', '2.9', '2.10', '3', '3.1', '3.2', '3.3', '3.4', 'closing', 'appendix']);
    expect(policy.clauses.find((c) => c.id === '2.6.b')!.parent).toBe('2.6');
  });
});

describe('yuzhong-2019 responsible departments', () => {
  it('takes the first listed department as lead, "排在第一位的为牵头单位，下同"', () => {
    // "（责任单位：区民政局、区教委、区卫生健康委、区残联。排在第一位的为牵头单位，下同）"
    expect(v('basic-living.coverage')).toMatchObject({ departments: ['区民政局', '区教委', '区卫生健康委', '区残联'], leadDepartment: '区民政局' });
    // "（责任单位：区卫生健康委、区医保局）"
    expect(v('medical.aid-level')).toMatchObject({ departments: ['区卫生健康委', '区医保局'], leadDepartment: '区卫生健康委' });
    // "（责任单位：区人力社保局、区民政局、各街道办事处）"
    expect(v('employment.services')).toMatchObject({ departments: ['区人力社保局', '区民政局', '各街道办事处'], leadDepartment: '区人力社保局' });
    // 一是/二是 inherit "（责任单位：区住房城市建设委）"
    expect(v('housing.rent-subsidy.dibao-a').departments).toEqual(['区住房城市建设委']);
    expect(v('housing.rent-subsidy.temporary-aid.duration').departments).toEqual(['区住房城市建设委']);
  });
});

describe('yuzhong-2019 key figures', () => {
  it('encodes the residency condition of temporary aid', () => {
    // "凡持有渝中区户籍，或非渝中区户籍因工作需要居住在渝中区且持有一年以上居住证的"
    expect(v('eligibility.residency.temporary-aid')).toMatchObject({ clause: '2.4', area: 'eligibility', kind: 'eligibility' });
    expect(v('eligibility.residency.temporary-aid.permit')).toMatchObject({ kind: 'duration', amount: '1', unit: 'year', bound: 'min' });
    // "原则上临时救助家庭人均可支配收入应低于当地上年度人均可支配收入"
    expect(v('temporary-aid.income-condition')).toMatchObject({ kind: 'multiple', base: 'local-per-capita-disposable-income', max: '1', maxExclusive: true });
    // "开展支出型临时救助" — expenditure-type temporary aid, not 支出型低保
    expect(v('temporary-aid.expenditure-type')).toMatchObject({ kind: 'eligibility', appliesTo: ['expenditure-hardship'] });
    // no amount: "在分类分档制定临时救助标准的基础上"
    expect(getProvision(policy, 'temporary-aid.amount')).toBeUndefined();
  });

  it('encodes the medical-insurance changes of 二（三） with both readings', () => {
    // "2018—2020年，城市特殊困难群众在本行政区域内区级医院居民医保住院报销比例提高10%，起付线降低50%；城乡居民大病保险起付标准降低50%。"
    const rise = v('medical.insurance.inpatient.reimbursement-rise');
    expect(rise).toMatchObject({ kind: 'relative-change', change: '0.1', encodedReading: 'percentage-points' });
    const cut = v('medical.insurance.inpatient.threshold-cut');
    expect(cut).toMatchObject({ kind: 'relative-change', change: '-0.5', encodedReading: 'proportional' });
    const serious = v('medical.critical-illness-insurance.threshold-cut');
    expect(serious).toMatchObject({ kind: 'relative-change', change: '-0.5', encodedReading: 'proportional' });
    for (const p of [rise, cut, serious]) {
      expect(p.kind === 'relative-change' && p.readings.map((r) => r.id).sort()).toEqual(['percentage-points', 'proportional']);
      expect(p.interpretation?.alternative).toBeTruthy();
    }
    // "医保目录外费用占比控制在15%以内" — a ceiling, not an aid ratio (no care type)
    expect(v('medical.out-of-catalogue-share')).toMatchObject({ kind: 'ratio', ratio: '0.15', bound: 'max' });
    expect(v('medical.out-of-catalogue-share').care).toBeUndefined();
    // "将地中海贫血、慢性髓系白血病、尘肺病、儿童白血病纳入特殊病种救助范围"
    const added = v('medical.special-diseases.added');
    for (const d of ['地中海贫血', '慢性髓系白血病', '尘肺病', '儿童白血病']) expect(added.quote).toContain(d);
  });

  it('encodes the tekun and dibao figures of 二（一）（二）', () => {
    // "做到100%全覆盖"
    expect(v('basic-living.coverage')).toMatchObject({ kind: 'ratio', ratio: '1' });
    // "70岁以上老年人"
    expect(v('basic-living.uplift.elderly')).toMatchObject({ kind: 'eligibility', appliesTo: ['dibao'] });
    for (const who of ['disabled', 'serious-illness', 'preschool-children', 'students']) expect(v(`basic-living.uplift.${who}`).kind).toBe('commitment');
    // "逐步提升失能特困人员集中供养比例达到80%（到2020年）" — the only centralised-care figure printed
    expect(v('special-hardship.centralised-care.disabled')).toMatchObject({ kind: 'ratio', ratio: '0.8', bound: 'min', appliesTo: ['tekun'] });
    const careRatios = policy.provisions.filter((p) => p.id.startsWith('special-hardship.') && p.kind === 'ratio').map((p) => p.kind === 'ratio' && p.ratio);
    expect(careRatios).toEqual(['0.8']);
    // "按城市低保标准增幅，同步提高城市特困人员救助供养标准" — indexation, no multiple
    expect(v('special-hardship.standard-rise').kind).toBe('commitment');
    expect(getProvision(policy, 'special-hardship.standard')).toBeUndefined();
    expect(getProvision(policy, 'basic-living.floor')).toBeUndefined();
  });

  it('encodes the "321" pairing principle of the appendix', () => {
    // "领导干部按照“321”原则开展结对帮扶，即区级领导结对2-3人，处级领导结对1-2人，其他干部结对1人"
    expect(v('social-participation.pairing.321').kind).toBe('commitment');
    const n = (id: string) => {
      const p = v(`social-participation.pairing.321.${id}`);
      return p.kind === 'count' ? [p.count, p.bound] : undefined;
    };
    expect(n('district-leader.min')).toEqual([2, 'min']);
    expect(n('district-leader.max')).toEqual([3, 'max']);
    expect(n('division-leader.min')).toEqual([1, 'min']);
    expect(n('division-leader.max')).toEqual([2, 'max']);
    expect(n('other-cadre')).toEqual([1, 'exact']);
    // 3, 2, 1 are the upper counts of the three ranks
    expect([n('district-leader.max')![0], n('division-leader.max')![0], n('other-cadre')![0]].join('')).toBe('321');
  });
});

// "落实医疗救助政策，加大救助力度，提高救助水平" — the document sets no threshold, ratio or cap. That the calculator
// says so, and the temporary-aid and rent-subsidy answers, are cases of content/policies/yuzhong-2019/cases.yaml
// (run by test/cases.test.ts).
describe('yuzhong-2019 medical aid', () => {
  it('uses no provision: the document prints no medical-aid threshold, ratio or cap', () => {
    expect(medicalAidUses(policy)).toEqual([]);
  });

});

describe('yuzhong-2019 appendix: 渝中区区级部门结对帮扶困难群众一览表', () => {
  const table = policy.tables.find((t) => t.id === 'pairing')!;
  const numeric = table.columns.filter((c) => c.numeric).map((c) => c.key);
  const parts = numeric.filter((k) => k !== table.rowTotalColumn);
  const num = (x: unknown) => (typeof x === 'number' ? x : 0); // a blank cell counts 0
  const data = table.rows.filter((r) => r.role === 'data');
  const total = table.rows.find((r) => r.role === 'total')!;

  it('holds 11 paired streets, the 福利院 row and the 合计 row as printed', () => {
    expect(table.clause).toBe('appendix');
    expect(table.rowTotalColumn).toBe('subtotal');
    expect(numeric).toEqual(['dibao', 'tekun', 'registered', 'subtotal']);
    expect(data.map((r) => r.cells.street)).toEqual(['七星岗', '解放碑', '南纪门', '上清寺', '朝天门', '化龙桥', '大溪沟', '两路口', '菜园坝', '石油路', '大坪', '福利院']);
    // "合计 10875 340 803 12018"
    expect(total.cells).toMatchObject({ departments: '合计', dibao: 10875, tekun: 340, registered: 803, subtotal: 12018 });
    // "福利院 8 64 　 72": the 特殊困难家庭建档 cell is blank
    expect(data[11]!.cells.registered).toBeUndefined();
  });

  it.each(table.rows.map((r) => [String(r.cells.street ?? r.cells.departments), r] as const))('row %s: 小计 = 低保对象 + 特困人员（孤儿） + 特殊困难家庭建档', (_name, row) => {
    expect(parts.reduce((s, k) => s + num(row.cells[k]), 0)).toBe(row.cells.subtotal);
  });

  it.each(numeric)('合计 of %s equals the sum of the rows above it', (key) => {
    expect(data.reduce((s, r) => s + num(r.cells[key]), 0)).toBe(total.cells[key]);
  });
});
