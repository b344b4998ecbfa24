import { z } from 'zod';
import type { PolicyRules } from '../schema/index.ts';
import { d, formatFen, maxOf, parseMoney, plain, ZERO, type Money } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard, Members, moneyString, type Member } from './input.ts';
import { _clausesOfArea, _present, _rule, _rulesUnder, type RuleOf } from './_rules.ts';

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

const FULL = 'basic-living.full-standard';
const FLOOR = 'basic-living.floor';
const UPLIFT = 'basic-living.uplift';
const SINGLE = 'basic-living.single-person-household';

/** Which members an uplift provision (`basic-living.uplift.<who>`) covers: its last segment names them. */
const upliftCovers = (who: string, m: Member): boolean =>
  who === 'disabled' ? m.disabled || m.severeDisability : who === 'severe-disability' ? m.severeDisability : who === 'serious-illness' ? m.seriousIllness : false;

export const dibaoBenefitUses = (policy: PolicyRules): string[] => [..._present(policy, [FULL, FLOOR, SINGLE]), ..._rulesUnder(policy, UPLIFT).map((p) => p.id)];

/**
 * Monthly dibao allowance of a household.
 *
 * The base is the national rule the documents build on (社会救助暂行办法 第十一条, cited by them as
 * their parent): each member receives the gap between the standard and the household's per-capita
 * income. On top of it the document's own rules apply, each cited in a step: the full standard for
 * some members (`basic-living.full-standard`), an uplift of the standard for some members
 * (`basic-living.uplift.<who>`), and a floor per person (`basic-living.floor`).
 */
export function dibaoBenefit(policy: PolicyRules, input: z.infer<typeof DibaoBenefitInput>): CalcResult {
  const t = new _Trace(policy);
  const standard = parseMoney(input.dibaoStandard);
  const income = parseMoney(input.perCapitaIncome);
  const unit = 'CNY/household/month';

  if (income.gte(standard)) {
    const single = _rule(policy, SINGLE, 'eligibility');
    const special = input.members.some((m) => m.severeDisability || m.seriousIllness);
    if (single && special) t.step({ zh: '家庭中有重度残疾或重病成员：可按本文件申请以“单人户”纳入低保（见“家庭类别”计算器）', en: 'A severely disabled or seriously ill member may apply to be included as a single-person household (see the classify calculator)' }, single);
    return t.result('dibao-benefit', unit, {
      status: 'not-eligible',
      reason: {
        zh: `家庭月人均收入 ${plain(income)} 元不低于低保标准 ${plain(standard)} 元，整户不符合低保条件（按《社会救助暂行办法》第十一条）`,
        en: `Per-capita income ${plain(income)} 元 is not below the dibao standard ${plain(standard)} 元: the household does not qualify (national rule, Interim Measures on Social Assistance art. 11)`,
      },
    });
  }

  const gap = standard.minus(income);
  t.step({
    zh: `低保金按家庭人均收入低于低保标准的差额计算（《社会救助暂行办法》第十一条）：每人 ${plain(standard)} − ${plain(income)} = ${plain(gap)} 元`,
    en: `The allowance is the gap between the standard and per-capita income (national rule, art. 11): ${plain(gap)} 元 per person`,
    arithmetic: `${plain(standard)} − ${plain(income)} = ${plain(gap)}`,
  });

  const full = _rule(policy, FULL, 'multiple', 'commitment', 'eligibility');
  const uplifts = _rulesUnder(policy, UPLIFT).filter((p): p is RuleOf<'ratio'> => p.kind === 'ratio');
  // Uplifts promised without a number (分类施保 "适当提高"): the allowance is at least the computed sum.
  const unquantified = _rulesUnder(policy, UPLIFT).filter((p) => p.kind === 'commitment' && input.members.some((m) => upliftCovers(p.id.slice(UPLIFT.length + 1), m)));
  const floor = _rule(policy, FLOOR, 'amount');

  let total: Money = ZERO;
  input.members.forEach((m, i) => {
    const who = `第 ${i + 1} 人`;
    const whoEn = `member ${i + 1}`;
    let amount = gap;
    const fullApplies = full && (input.noLaborHousehold || m.severeDisability || m.seriousIllness);
    if (fullApplies) {
      const factor = full.kind === 'multiple' && full.min ? d(full.min) : d('1');
      amount = standard.times(factor);
      const why = input.noLaborHousehold ? '整户无劳力' : m.severeDisability ? '重度残疾' : '重病';
      t.step({ zh: `${who}（${why}）按全额标准发放：${plain(amount)} 元`, en: `${whoEn} receives the full standard: ${plain(amount)} 元`, arithmetic: `${plain(standard)} × ${plain(factor)} = ${plain(amount)}` }, full);
    }
    for (const u of uplifts) {
      const whoKey = u.id.slice(UPLIFT.length + 1);
      if (!upliftCovers(whoKey, m)) continue;
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
  const answer = unquantified.length ? { status: 'range' as const, min: formatFen(total) } : { status: 'computed' as const, amount: formatFen(total) };
  return t.result('dibao-benefit', unit, { ...answer, ...(clauses.length ? { clauses } : {}) });
}
