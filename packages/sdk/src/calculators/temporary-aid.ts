import { z } from 'zod';
import { defineCalculator } from './core.ts';
import type { PolicyRules } from '../schema/index.ts';
import { d, formatFen, minOf, parseMoney, plain } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard, enumOf, moneyString, wholeNumber, type FieldError } from './input.ts';
import { _clausesOfArea, _firstOf, _inBand, _inMonths } from './_rules.ts';

import { SEVERITIES } from './options.ts';
export { SEVERITIES };

/** The temporary-aid calculator’s input: the local dibao standard, persons aided, months, severity, earlier grants for the same cause, and incomes for the income test. */
export const TemporaryAidInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    /** Persons in the household to be aided. */
    persons: wholeNumber('救助人数', 'persons', 1, 30),
    /** How long the hardship lasts, in months: needed only where the document computes by month (see `temporaryAidRequires`). */
    months: wholeNumber('困难持续时间（月）', 'months', 1, 120).optional(),
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

/** The concepts this calculator reads (content/concepts.yaml lists it under each). */
export const TEMPORARY_AID_CONCEPTS = {
  amount: 'temporary-aid.amount',
  maxDuration: 'temporary-aid.max-duration',
  sameCause: 'temporary-aid.same-cause-limit',
  income: 'temporary-aid.income-condition',
  major: 'temporary-aid.major-hardship',
} as const;
const C = TEMPORARY_AID_CONCEPTS;

const rules = (policy: PolicyRules) => ({
  // The limit counts grants this year: a frequency per year (or a plain count).
  sameCause: [_firstOf(policy, C.sameCause, 'frequency', 'count')].find((p) => p && (p.kind === 'count' || p.per === 'year')),
  income: _firstOf(policy, C.income, 'multiple'),
  major: _firstOf(policy, C.major, 'commitment', 'eligibility', 'relative-change'),
  formula: _firstOf(policy, C.amount, 'formula'),
  maxDuration: _firstOf(policy, C.maxDuration, 'duration'),
  range: _firstOf(policy, C.amount, 'range', 'amount'),
});

/** Ids of the provisions of a policy the temporary-aid calculator can apply. */
export const temporaryAidUses = (policy: PolicyRules): string[] => Object.values(rules(policy)).filter((p) => p !== undefined).map((p) => p.id);

/**
 * The entries this document needs for this input: the months, where the amount is a formula by
 * month — unless the hardship is major and the document decides those case by case (一事一议),
 * where the answer does not depend on them.
 */
export function temporaryAidRequires(policy: PolicyRules, input: z.infer<typeof TemporaryAidInput>): FieldError[] {
  const r = rules(policy);
  const caseByCase = input.severity === 'major' && r.major;
  if (input.months === undefined && r.formula && !caseByCase)
    return [{ field: 'months', zh: `缺少困难持续时间（月）：本文件按月数计算临时救助（条款 ${r.formula.clause}）`, en: `missing months: this document computes temporary aid by the month (clause ${r.formula.clause})` }];
  return [];
}

/**
 * Temporary aid for one household and one cause. In order: the limit on grants for the same cause,
 * the income condition, the case-by-case rule for major hardship, then the amount — a formula
 * (standard × persons × months, months capped) or a range per household — whichever the document sets.
 */
export function temporaryAid(policy: PolicyRules, input: z.infer<typeof TemporaryAidInput>): CalcResult {
  const t = new _Trace(policy);
  const unit = 'CNY/household';
  const clauses = _clausesOfArea(policy, 'temporary-aid');

  const r = rules(policy);
  const sameCause = r.sameCause;
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

  // The income test as the provision states it: a band of multiples of the local figure, with its strictness.
  const income = r.income?.base === 'local-per-capita-disposable-income' ? r.income : undefined;
  if (income) {
    const own = input.perCapitaDisposableIncome;
    const local = input.localPerCapitaDisposableIncome;
    const line = income.max === undefined || income.max === '1' ? '' : `的 ${income.max} 倍`;
    if (own === undefined || local === undefined) {
      t.step({ zh: `本文件要求家庭人均可支配收入${income.maxExclusive ? '低于' : '不高于'}当地上年度人均可支配收入${line}；未填写收入，此条件未核对`, en: 'The document requires per-capita disposable income below the local figure; incomes not given, so the condition is not checked' }, income);
    } else if (!_inBand(parseMoney(own), parseMoney(local), income)) {
      t.step({ zh: `家庭人均可支配收入 ${own} 元${income.maxExclusive ? '不低于' : '高于'}当地 ${local} 元${line}`, en: `Per-capita disposable income ${own} 元 is not below the local ${local} 元`, arithmetic: `${own} ${income.maxExclusive ? '≥' : '>'} ${local}${line ? ` × ${income.max}` : ''}` }, income);
      return t.result('temporary-aid', unit, {
        status: 'not-eligible',
        reason: { zh: '临时救助家庭人均可支配收入应低于当地上年度人均可支配收入', en: "The household's per-capita disposable income must be below last year's local figure" },
      });
    } else {
      t.step({ zh: `家庭人均可支配收入 ${own} 元${income.maxExclusive ? '低于' : '不高于'}当地 ${local} 元${line}，符合收入条件`, en: `Per-capita disposable income ${own} 元 is below the local ${local} 元: the income condition is met`, arithmetic: `${own} ${income.maxExclusive ? '<' : '≤'} ${local}${line ? ` × ${income.max}` : ''}` }, income);
    }
  }

  const major = r.major;
  if (input.severity === 'major' && major) {
    t.step({ zh: '重大生活困难：本文件规定“一事一议”，不设固定金额', en: 'Major hardship: decided case by case ("一事一议"); the document sets no figure' }, major);
    return t.result('temporary-aid', unit, {
      status: 'not-specified',
      reason: { zh: `重大生活困难的临时救助金额由“一事一议”确定，文件未规定数额（条款 ${major.clause}）`, en: `For major hardship the amount is decided case by case; the document sets no figure (clause ${major.clause})` },
      clauses: [major.clause],
    });
  }

  const formula = r.formula;
  if (formula) {
    const standard = parseMoney(input.dibaoStandard);
    // 最长: the months counted are capped at the duration, unless the text sets it as a floor.
    const max = [r.maxDuration].find((x) => x && x.bound !== 'min');
    // temporaryAidRequires asks for the months before a formula needs them
    let months = d(String(input.months ?? 0));
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

  const range = r.range;
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

/** The temporary-aid calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const temporaryAidCalculator = /* @__PURE__ */ defineCalculator({ id: 'temporary-aid', title: { zh: '临时救助', en: 'Temporary aid' }, input: TemporaryAidInput, run: temporaryAid, uses: temporaryAidUses, requires: temporaryAidRequires, areas: ['temporary-aid'] });
