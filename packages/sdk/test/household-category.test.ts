/**
 * A household has one category per place, and every benefit follows from it (issue 12):
 * properties over generated households for every place, and the defects seen on the site, worked by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHousehold, type HouseholdView } from '../src/household/index.ts';
import { nationalList, policyList } from '../src/policies/index.ts';
import { CARE_TYPE_IDS, TARGET_GROUP_IDS, type Provision } from '../src/schema/index.ts';

const policies = policyList();
const provisionOf = (id: string): Provision | undefined => {
  const [doc, pid] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  return [...policies, ...nationalList()].find((p) => p.id === doc)?.provisions.find((p) => p.id === pid);
};
const view = (raw: Record<string, unknown>, id: string): HouseholdView => {
  const r = compareHousehold(raw, policies);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.views.find((v) => v.policy === id)!;
};
const measure = (v: HouseholdView, calc: string) => v.measures.find((m) => m.calculator === calc)?.result;

const money = (max: number) => fc.integer({ min: 0, max }).map(String);
const member = fc.record({ severeDisability: fc.boolean(), seriousIllness: fc.boolean(), disabled: fc.boolean() });
const household = fc.record(
  {
    dibaoStandard: fc.constantFrom('600', '692', '800'),
    perCapitaIncome: fc.oneof(money(1500), fc.constantFrom('0', '600', '900')),
    members: fc.array(member, { minLength: 1, maxLength: 5 }),
    noLaborHousehold: fc.boolean(),
    group: fc.constantFrom(...TARGET_GROUP_IDS),
    care: fc.constantFrom(...CARE_TYPE_IDS),
    selfPaid: money(80_000),
    hardshipMonths: fc.integer({ min: 1, max: 24 }),
    severity: fc.constantFrom('general', 'major'),
    monthlyRent: money(3000),
    dibaoClass: fc.constantFrom('A', 'B', 'C', 'none'),
    monthsSinceTemporaryAid: fc.integer({ min: 0, max: 24 }),
  },
  { requiredKeys: ['dibaoStandard', 'perCapitaIncome', 'members'] },
);

describe('one category per place, every benefit following from it (properties)', () => {
  it('every place assigns exactly one category, entered or from income, and no answer shown is reserved to a group outside it', () => {
    fc.assert(
      fc.property(household, (h) => {
        const r = compareHousehold(h, policies);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const v of r.value.views) {
          expect(v.category.basis).toBe(h.group ? 'entered' : 'income');
          if (h.group) expect(v.category.group).toBe(h.group);
          for (const m of v.measures) {
            if (m.calculator === 'classify' || (m.result.status !== 'computed' && m.result.status !== 'range')) continue;
            for (const id of m.result.provisions) {
              const p = provisionOf(id)!;
              expect(p, id).toBeDefined();
              if (p.appliesTo.length) expect(p.appliesTo.some((g) => v.groups.includes(g)), `${v.policy} ${m.calculator} shows ${id} (for ${p.appliesTo}) to a ${v.category.group} household`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every calculator is accounted for in every place: run, or skipped with the entries it needs', () => {
    fc.assert(
      fc.property(household, (h) => {
        const r = compareHousehold(h, policies);
        if (!r.ok) return;
        for (const v of r.value.views) {
          const rows = [...v.measures.map((m) => m.calculator), ...v.skipped.map((s) => s.calculator)].sort();
          expect(rows).toEqual(['classify', 'dibao-benefit', 'gradual-exit', 'medical-aid', 'rent-subsidy', 'special-hardship-standard', 'temporary-aid']);
          for (const s of v.skipped) expect(s.missing.length, `${v.policy} ${s.calculator}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the defects seen on the site, worked by hand', () => {
  it('a 特困 person (one person, income 0) is not shown 低保金 anywhere: supported as tekun (《社会救助暂行办法》第十四条), not through dibao', () => {
    for (const p of policies) {
      const v = view({ dibaoStandard: '600', perCapitaIncome: '0', members: [{}], group: 'tekun' }, p.id);
      expect(v.category).toMatchObject({ group: 'tekun', basis: 'entered' });
      const dibao = measure(v, 'dibao-benefit')!;
      expect(dibao.status, p.id).toBe('not-eligible');
      expect(dibao.reason?.zh).toContain('按特困人员供养保障（《社会救助暂行办法》第十四条）');
      expect(dibao.interpretations?.[0]?.provision).toBe('shehui-jiuzhu-2014:special-hardship.support');
      expect(measure(v, 'gradual-exit')?.status).toBe('not-eligible');
    }
  });

  it('a household that is not dibao (income 700 against a standard of 600) gets no 渝中 低保A类 rent subsidy, even with 低保A类 chosen', () => {
    // 渝中 二（六）：“对低保A类家庭，按应缴租金给予等额补贴” — for dibao class-A households only.
    const v = view({ dibaoStandard: '600', perCapitaIncome: '700', members: [{}], monthlyRent: '500', dibaoClass: 'A' }, 'yuzhong-2019');
    expect(v.category.group).toBe('none');
    expect(v.category.contradiction?.zh).toContain('低保A类');
    expect(measure(v, 'rent-subsidy')?.status).not.toBe('computed');
    expect(measure(v, 'rent-subsidy')?.amount).toBeUndefined();
  });

  it('a chosen 低保 status that the income contradicts is shown as a contradiction, and kept', () => {
    const v = view({ dibaoStandard: '600', perCapitaIncome: '700', members: [{}], group: 'dibao' }, 'guzhang-2021');
    expect(v.category.group).toBe('dibao');
    expect(v.category.contradiction?.zh).toContain('不符合低保收入条件');
  });

  it('a fire (major hardship) with the months left blank is answered where the document decides case by case, and the row says what is missing where it counts months', () => {
    // 云阳 二（八）“对遭遇重大生活困难的……采取‘一事一议’方式”: no months needed.
    const yunyang = view({ dibaoStandard: '600', perCapitaIncome: '300', members: [{}, {}], severity: 'major' }, 'yunyang-2019');
    expect(measure(yunyang, 'temporary-aid')?.status).toBe('not-specified');
    // 会宁 二（一）（三）1 computes by the month (低保标准 × 人数 × 月数): without months the row names the entry.
    const huining = view({ dibaoStandard: '600', perCapitaIncome: '300', members: [{}, {}], severity: 'general' }, 'huining-2022');
    expect(measure(huining, 'temporary-aid')).toBeUndefined();
    expect(huining.skipped.find((s) => s.calculator === 'temporary-aid')?.missing.map((m) => m.field)).toEqual(['months']);
  });

  it('a household outside the dibao and low-income tests gets no medical aid row computed as “other hardship”: the row asks for its recognised group', () => {
    const v = view({ dibaoStandard: '600', perCapitaIncome: '2000', members: [{}], care: 'inpatient', selfPaid: '24000' }, 'guzhang-2021');
    expect(v.category.group).toBe('none');
    expect(measure(v, 'medical-aid')).toBeUndefined();
    expect(v.skipped.find((s) => s.calculator === 'medical-aid')?.missing.map((m) => m.field)).toEqual(['group']);
  });
});
