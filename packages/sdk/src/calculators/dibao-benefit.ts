import { z } from 'zod';
import { defineCalculator } from './core.ts';
import type { PolicyRules } from '../schema/index.ts';
import { d, formatFen, maxOf, parseMoney, plain, ZERO, type Money } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard, Members, moneyString } from './input.ts';
import { _clausesOfArea, _covers, _coversHousehold, _firstOf, _national, _ofConcept, type RuleOf } from './_rules.ts';
import { _citation, _dibaoTest, DIBAO_TEST_CONCEPT } from './dibao-test.ts';

/** The dibao-allowance calculator’s input: the local standard, monthly per-capita income, the members and whether no one can work. */
export const DibaoBenefitInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    /** Monthly per-capita household income (元/人/月), as assessed for dibao. */
    perCapitaIncome: moneyString('家庭月人均收入（元/人/月）', 'per-capita monthly income'),
    members: Members,
    /** 整户无劳动能力. */
    noLaborHousehold: z.boolean({ error: '整户无劳力须为 true 或 false | noLaborHousehold must be true or false' }).default(false),
  })
  .strict();
export type DibaoBenefitInput = z.input<typeof DibaoBenefitInput>;

/** The concepts this calculator reads (content/concepts.yaml lists it under each). */
export const DIBAO_BENEFIT_CONCEPTS = {
  full: 'basic-living.full-standard',
  floor: 'basic-living.floor',
  single: 'basic-living.single-person-household',
  /** 分类施保: who an uplift covers is its `members`. */
  uplifts: ['basic-living.uplift-disabled', 'basic-living.uplift-illness', 'basic-living.uplift-elderly', 'basic-living.uplift-children'],
} as const;
const C = DIBAO_BENEFIT_CONCEPTS;
/** The national rule for the allowance itself (社会救助暂行办法 第十二条): the gap between standard and income. */
const GAP = 'basic-living.allowance-gap';

const upliftsOf = (policy: PolicyRules) => C.uplifts.flatMap((c) => _ofConcept(policy, c, 'ratio', 'commitment')).filter((p) => p.members);

/** Ids of the provisions of a policy the dibao-allowance calculator can apply. */
export const dibaoBenefitUses = (policy: PolicyRules): string[] =>
  [_firstOf(policy, DIBAO_TEST_CONCEPT, 'multiple'), _firstOf(policy, C.full, 'multiple', 'commitment', 'eligibility'), _firstOf(policy, C.floor, 'amount'), _firstOf(policy, C.single, 'eligibility'), ...upliftsOf(policy)]
    .filter((p) => p !== undefined)
    .map((p) => p.id);

/**
 * Monthly dibao allowance of a household.
 *
 * The base is the national rule the documents build on (社会救助暂行办法 第十二条, content/national/):
 * each member receives the gap between the standard and the household's per-capita income. On top of
 * it the document's own rules apply, each cited in a step: the full standard for the members or
 * households it names (`members`, `households`), an uplift of the standard for the members it names,
 * and a floor per person. Who qualifies at all is the income test (_dibaoTest).
 */
export function dibaoBenefit(policy: PolicyRules, input: z.infer<typeof DibaoBenefitInput>): CalcResult {
  const t = new _Trace(policy);
  const standard = parseMoney(input.dibaoStandard);
  const income = parseMoney(input.perCapitaIncome);
  const unit = 'CNY/household/month';

  const test = _dibaoTest(t, policy, standard, income);
  if (!test.dibao) {
    const single = _firstOf(policy, C.single, 'eligibility');
    const special = single && input.members.some((m) => _covers(single, m));
    if (single && special) t.step({ zh: '家庭中有重度残疾或重病成员：可按本文件申请以“单人户”纳入低保（见“家庭类别”计算器）', en: 'A severely disabled or seriously ill member may apply to be included as a single-person household (see the classify calculator)' }, single);
    return t.result('dibao-benefit', unit, {
      status: 'not-eligible',
      reason: {
        zh: `家庭月人均收入 ${plain(income)} 元不低于低保标准 ${plain(standard)} 元，整户不符合低保条件${test.cite.zh ? `（按${test.cite.zh.slice(1, -1)}）` : ''}`,
        en: `Per-capita income ${plain(income)} 元 is not below the dibao standard ${plain(standard)} 元: the household does not qualify${test.cite.en}`,
      },
    });
  }

  const gap = standard.minus(income);
  const gapRule = _national(policy, GAP, 'formula');
  const gapCite = gapRule ? _citation(policy, gapRule.of, gapRule.rule) : { zh: '', en: '' };
  t.step(
    {
      zh: `低保金按家庭人均收入低于低保标准的差额计算${gapCite.zh}：每人 ${plain(standard)} − ${plain(income)} = ${plain(gap)} 元`,
      en: `The allowance is the gap between the standard and per-capita income${gapCite.en}: ${plain(gap)} 元 per person`,
      arithmetic: `${plain(standard)} − ${plain(income)} = ${plain(gap)}`,
    },
    gapRule?.rule,
    gapRule?.of,
  );

  const fullRule = _firstOf(policy, C.full, 'multiple', 'commitment', 'eligibility');
  // The full standard is a multiple of the dibao standard (or words only); a band with two ends grants at least its lower end.
  const full = fullRule && (fullRule.kind !== 'multiple' || fullRule.base === 'dibao-standard') ? fullRule : undefined;
  let atLeast = !!(full?.kind === 'multiple' && full.max !== undefined && full.max !== full.min);
  const all = upliftsOf(policy);
  const uplifts = all.filter((p): p is RuleOf<'ratio'> => p.kind === 'ratio');
  // Uplifts promised without a number (分类施保 "适当提高"): the allowance is at least the computed sum.
  const unquantified = all.filter((p) => p.kind === 'commitment' && input.members.some((m) => _covers(p, m)));
  // A floor per person (不足…提高到…): an amount that is not a ceiling.
  const floor = [_firstOf(policy, C.floor, 'amount')].find((f) => f && f.bound !== 'max');
  const household = input.noLaborHousehold ? (['no-labor'] as const) : [];

  let total: Money = ZERO;
  input.members.forEach((m, i) => {
    const who = `第 ${i + 1} 人`;
    const whoEn = `member ${i + 1}`;
    let amount = gap;
    const fullApplies = full && (_coversHousehold(full, household) || _covers(full, m));
    if (fullApplies) {
      const factor = full.kind === 'multiple' && full.min ? d(full.min) : d('1');
      amount = standard.times(factor);
      const why = _coversHousehold(full, household) ? '整户无劳力' : m.severeDisability && full.members?.includes('severe-disability') ? '重度残疾' : '重病';
      t.step({ zh: `${who}（${why}）按全额标准发放：${plain(amount)} 元`, en: `${whoEn} receives the full standard: ${plain(amount)} 元`, arithmetic: `${plain(standard)} × ${plain(factor)} = ${plain(amount)}` }, full);
    }
    for (const u of uplifts) {
      if (!_covers(u, m)) continue;
      if (u.bound === 'min') atLeast = true; // 不低于: the raised standard is a floor
      const raised = standard.times(d('1').plus(u.ratio));
      const next = maxOf(fullApplies ? raised : raised.minus(income), ZERO);
      t.step(
        {
          zh: `${who}按上浮 ${plain(d(u.ratio).times(100))}% 的保障标准计算：${fullApplies ? '' : `${plain(raised)} − ${plain(income)} = `}${plain(next)} 元`,
          en: `${whoEn}: standard raised by ${plain(d(u.ratio).times(100))}%: ${plain(next)} 元`,
          arithmetic: fullApplies ? `${plain(standard)} × (1 + ${u.ratio}) = ${plain(next)}` : `${plain(standard)} × (1 + ${u.ratio}) − ${plain(income)} = ${plain(next)}`,
        },
        u,
      );
      amount = maxOf(amount, next);
    }
    if (floor && amount.lt(floor.amount)) {
      const f = d(floor.amount);
      t.step({ zh: `${who}低保金 ${plain(amount)} 元不足 ${plain(f)} 元，提高到 ${plain(f)} 元`, en: `${whoEn}: ${plain(amount)} 元 is below the floor, raised to ${plain(f)} 元`, arithmetic: `max(${plain(amount)}, ${plain(f)}) = ${plain(f)}` }, floor);
      amount = f;
    }
    total = total.plus(amount);
  });

  for (const u of unquantified) {
    t.step({ zh: `本文件承诺：${u.summary.zh}（未规定数额），实际金额不低于以上合计`, en: `The document promises more for such members (${u.summary.en}) without a figure: the allowance is at least the total` }, u);
  }
  t.step({ zh: `全家每月低保金合计 ${formatFen(total)} 元（四舍五入到分）`, en: `Household total per month: ${formatFen(total)} 元 (rounded half-up to the fen)`, arithmetic: `${input.members.length} 人合计 = ${plain(total)}` });
  const clauses = _clausesOfArea(policy, 'basic-living');
  const answer = unquantified.length || atLeast ? { status: 'range' as const, min: formatFen(total) } : { status: 'computed' as const, amount: formatFen(total) };
  return t.result('dibao-benefit', unit, { ...answer, ...(clauses.length ? { clauses } : {}) });
}

/** The dibao-benefit calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const dibaoBenefitCalculator = /* @__PURE__ */ defineCalculator({ id: 'dibao-benefit', title: { zh: '低保金', en: 'Dibao allowance' }, input: DibaoBenefitInput, run: dibaoBenefit, uses: dibaoBenefitUses, areas: ['basic-living', 'eligibility'] });
