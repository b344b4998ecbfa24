import { z } from 'zod';
import { defineCalculator } from './core.ts';
import type { PolicyRules } from '../schema/index.ts';
import { parseMoney, plain } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard, moneyString } from './input.ts';
import { _clausesOfArea, _inMonths, _present, _rule } from './_rules.ts';

/** The gradual-exit calculator’s input: the local standard and the per-capita income after (re)employment. */
export const GradualExitInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    /** Per-capita monthly household income after (re)employment (元/人/月). */
    perCapitaIncome: moneyString('就业后家庭月人均收入（元/人/月）', 'per-capita monthly income after employment'),
  })
  .strict();
export type GradualExitInput = z.input<typeof GradualExitInput>;

const TRIGGER = 'employment.gradual-exit.trigger';
const DURATION = 'employment.gradual-exit.duration';

/** Ids of the provisions of a policy the gradual-exit calculator can apply. */
export const gradualExitUses = (policy: PolicyRules): string[] => _present(policy, [TRIGGER, DURATION]);

/**
 * Length of the gradual-exit period (低保渐退) for a dibao household whose income rises after
 * (re)employment: the period applies once income passes the trigger (a multiple of the standard).
 * Answered in months.
 */
export function gradualExit(policy: PolicyRules, input: z.infer<typeof GradualExitInput>): CalcResult {
  const t = new _Trace(policy);
  const unit = 'month';
  const duration = _rule(policy, DURATION, 'duration');
  if (!duration) {
    const clauses = _clausesOfArea(policy, 'employment');
    return t.result('gradual-exit', unit, {
      status: 'not-specified',
      reason: { zh: '本文件未规定低保渐退期的长度', en: 'The document sets no length of the gradual-exit period' },
      clauses,
    });
  }
  const standard = parseMoney(input.dibaoStandard);
  const income = parseMoney(input.perCapitaIncome);
  // The trigger is a multiple of the dibao standard, passed once income reaches (or exceeds) `min`.
  const trigger = [_rule(policy, TRIGGER, 'multiple')].find((x) => x?.base === 'dibao-standard' && x.max === undefined);
  if (trigger?.min !== undefined) {
    const line = standard.times(trigger.min);
    const passed = trigger.minExclusive ? income.gt(line) : income.gte(line);
    const cmp = trigger.minExclusive ? '超过' : '达到';
    t.step(
      {
        zh: `人均收入 ${plain(income)} 元${passed ? '' : '未'}${cmp}低保标准的 ${trigger.min} 倍（${plain(line)} 元）`,
        en: `Per-capita income ${plain(income)} 元 ${passed ? 'passes' : 'does not pass'} ${trigger.min} × the standard (${plain(line)} 元)`,
        arithmetic: `${plain(standard)} × ${trigger.min} = ${plain(line)}; ${plain(income)} ${passed ? (trigger.minExclusive ? '>' : '≥') : trigger.minExclusive ? '≤' : '<'} ${plain(line)}`,
      },
      trigger,
    );
    if (!passed) {
      return t.result('gradual-exit', unit, {
        status: 'not-eligible',
        reason: {
          zh: `收入未${cmp}低保标准的 ${trigger.min} 倍，不进入渐退期${income.lt(standard) ? '（仍在低保范围内）' : ''}`,
          en: `Income has not passed ${trigger.min} × the standard: no gradual exit starts${income.lt(standard) ? ' (the household still qualifies for dibao)' : ''}`,
        },
      });
    }
  } else {
    t.step({ zh: '本文件未以倍数规定渐退的收入条件', en: 'The document sets no income multiple that starts the gradual exit' });
  }
  const months = _inMonths(duration);
  if (!months) {
    t.step({ zh: `渐退期 ${duration.amount} 天`, en: `${duration.amount} days` }, duration);
    return t.result('gradual-exit', 'day', duration.bound === 'max' ? { status: 'range', max: duration.amount } : { status: 'computed', amount: duration.amount });
  }
  const text = duration.bound === 'max' ? `不超过 ${plain(months)} 个月` : `${plain(months)} 个月`;
  t.step({ zh: `渐退期${text}`, en: `Gradual-exit period: ${duration.bound === 'max' ? 'at most ' : ''}${plain(months)} months`, ...(duration.unit === 'year' ? { arithmetic: `${duration.amount} 年 × 12 = ${plain(months)} 个月` } : {}) }, duration);
  return t.result('gradual-exit', unit, duration.bound === 'max' ? { status: 'range', max: plain(months) } : duration.bound === 'min' ? { status: 'range', min: plain(months) } : { status: 'computed', amount: plain(months) });
}

/** The gradual-exit calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const gradualExitCalculator = /* @__PURE__ */ defineCalculator({ id: 'gradual-exit', title: { zh: '低保渐退期', en: 'Gradual exit from dibao' }, input: GradualExitInput, run: gradualExit, uses: gradualExitUses, areas: ['employment'] });
