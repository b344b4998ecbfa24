import { z } from 'zod';
import type { PolicyRules } from '../schema/index.ts';
import { d, formatFen, minOf, parseMoney, plain } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard, enumOf, moneyString, wholeNumber } from './input.ts';
import { _clausesOfArea, _inMonths, _present, _rule } from './_rules.ts';

export const SEVERITIES = ['general', 'major'] as const;

export const TemporaryAidInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    /** Persons in the household to be aided. */
    persons: wholeNumber('救助人数', 'persons', 1, 30),
    /** How long the hardship lasts, in months. */
    months: wholeNumber('困难持续时间（月）', 'months', 1, 120),
    /** `major`: fire, traffic accident, sudden grave illness (重大生活困难). */
    severity: enumOf(SEVERITIES, '困难程度', 'severity').default('general'),
    /** Times already aided this year for the same cause. */
    sameCauseAidsThisYear: wholeNumber('本年度同类原因已获救助次数', 'sameCauseAidsThisYear', 0, 100).default(0),
    /** The household's per-capita disposable income (元/年). */
    perCapitaDisposableIncome: moneyString('家庭人均可支配收入（元/年）', 'per-capita disposable income').optional(),
    /** Local per-capita disposable income of the previous year (元/年). */
    localPerCapitaDisposableIncome: moneyString('当地上年度人均可支配收入（元/年）', 'local per-capita disposable income').optional(),
  })
  .strict();
export type TemporaryAidInput = z.input<typeof TemporaryAidInput>;

const ID = {
  amount: 'temporary-aid.amount',
  formula: 'temporary-aid.formula',
  maxDuration: 'temporary-aid.max-duration',
  sameCause: 'temporary-aid.same-cause-limit',
  income: 'temporary-aid.income-condition',
  major: 'temporary-aid.major',
} as const;

export const temporaryAidUses = (policy: PolicyRules): string[] => _present(policy, Object.values(ID));

/**
 * Temporary aid for one household and one cause. In order: the limit on grants for the same cause,
 * the income condition, the case-by-case rule for major hardship, then the amount — a formula
 * (standard × persons × months, months capped) or a range per household — whichever the document sets.
 */
export function temporaryAid(policy: PolicyRules, input: z.infer<typeof TemporaryAidInput>): CalcResult {
  const t = new _Trace(policy);
  const unit = 'CNY/household';
  const clauses = _clausesOfArea(policy, 'temporary-aid');

  const sameCause = _rule(policy, ID.sameCause, 'frequency', 'count');
  if (sameCause) {
    const limit = sameCause.kind === 'frequency' ? sameCause.times : sameCause.count;
    if (input.sameCauseAidsThisYear >= limit) {
      t.step({ zh: `同类原因本年度已救助 ${input.sameCauseAidsThisYear} 次，已达上限 ${limit} 次`, en: `Already aided ${input.sameCauseAidsThisYear} times this year for the same cause; the limit is ${limit}`, arithmetic: `${input.sameCauseAidsThisYear} ≥ ${limit}` }, sameCause);
      return t.result('temporary-aid', unit, {
        status: 'not-eligible',
        reason: { zh: `一年内同类困难原因临时救助不得超过 ${limit} 次`, en: `No more than ${limit} grants a year for the same cause` },
      });
    }
    t.step({ zh: `同类原因本年度已救助 ${input.sameCauseAidsThisYear} 次，未达上限 ${limit} 次`, en: `${input.sameCauseAidsThisYear} earlier grant(s) for the same cause this year, below the limit of ${limit}`, arithmetic: `${input.sameCauseAidsThisYear} < ${limit}` }, sameCause);
  }

  const income = _rule(policy, ID.income, 'eligibility', 'multiple');
  if (income) {
    const own = input.perCapitaDisposableIncome;
    const local = input.localPerCapitaDisposableIncome;
    if (own === undefined || local === undefined) {
      t.step({ zh: '本文件要求家庭人均可支配收入低于当地上年度人均可支配收入；未填写收入，此条件未核对', en: 'The document requires per-capita disposable income below the local figure; incomes not given, so the condition is not checked' }, income);
    } else if (parseMoney(own).gte(parseMoney(local))) {
      t.step({ zh: `家庭人均可支配收入 ${own} 元不低于当地 ${local} 元`, en: `Per-capita disposable income ${own} 元 is not below the local ${local} 元`, arithmetic: `${own} ≥ ${local}` }, income);
      return t.result('temporary-aid', unit, {
        status: 'not-eligible',
        reason: { zh: '临时救助家庭人均可支配收入应低于当地上年度人均可支配收入', en: "The household's per-capita disposable income must be below last year's local figure" },
      });
    } else {
      t.step({ zh: `家庭人均可支配收入 ${own} 元低于当地 ${local} 元，符合收入条件`, en: `Per-capita disposable income ${own} 元 is below the local ${local} 元: the income condition is met`, arithmetic: `${own} < ${local}` }, income);
    }
  }

  const major = _rule(policy, ID.major, 'commitment', 'eligibility', 'relative-change');
  if (input.severity === 'major' && major) {
    t.step({ zh: '重大生活困难：本文件规定“一事一议”，不设固定金额', en: 'Major hardship: decided case by case ("一事一议"); the document sets no figure' }, major);
    return t.result('temporary-aid', unit, {
      status: 'not-specified',
      reason: { zh: `重大生活困难的临时救助金额由“一事一议”确定，文件未规定数额（条款 ${major.clause}）`, en: `For major hardship the amount is decided case by case; the document sets no figure (clause ${major.clause})` },
      clauses: [major.clause],
    });
  }

  const formula = _rule(policy, ID.formula, 'formula');
  if (formula) {
    const standard = parseMoney(input.dibaoStandard);
    const max = _rule(policy, ID.maxDuration, 'duration');
    let months = d(String(input.months));
    const cap = max && _inMonths(max);
    if (max && cap) {
      const used = minOf(months, cap);
      t.step({ zh: `困难持续 ${input.months} 个月，最长按 ${plain(cap)} 个月计：取 ${plain(used)} 个月`, en: `Hardship of ${input.months} months; at most ${plain(cap)} months count: ${plain(used)}`, arithmetic: `min(${input.months}, ${plain(cap)}) = ${plain(used)}` }, max);
      months = used;
    }
    const amount = standard.times(input.persons).times(months);
    t.step(
      { zh: `临时救助金 = 低保标准 × 救助人数 × 困难持续月数 = ${formatFen(amount)} 元`, en: `Temporary aid = standard × persons × months = ${formatFen(amount)} 元`, arithmetic: `${plain(standard)} × ${input.persons} × ${plain(months)} = ${plain(amount)}` },
      formula,
    );
    return t.result('temporary-aid', unit, { status: 'computed', amount: formatFen(amount) });
  }

  const range = _rule(policy, ID.amount, 'range', 'amount');
  if (range?.kind === 'range') {
    t.step({ zh: `每户 ${range.min} 至 ${range.max} 元（文件未规定在区间内如何取值）`, en: `${range.min} to ${range.max} 元 per household (the document does not say where in the range)`, arithmetic: `[${range.min}, ${range.max}]` }, range);
    return t.result('temporary-aid', unit, { status: 'range', min: formatFen(d(range.min)), max: formatFen(d(range.max)) });
  }
  if (range?.kind === 'amount') {
    t.step({ zh: `每户 ${range.amount} 元`, en: `${range.amount} 元 per household` }, range);
    const v = formatFen(d(range.amount));
    return t.result('temporary-aid', unit, range.bound === 'exact' ? { status: 'computed', amount: v } : { status: 'range', ...(range.bound === 'min' ? { min: v } : { max: v }) });
  }

  return t.result('temporary-aid', unit, {
    status: 'not-specified',
    reason: {
      zh: `本文件未规定临时救助的金额或计算公式${clauses.length ? `；涉及临时救助的条款：${clauses.join('、')}` : ''}`,
      en: `The document sets no temporary-aid amount or formula${clauses.length ? `; clauses on temporary aid: ${clauses.join(', ')}` : ''}`,
    },
    clauses,
  });
}
