import { z } from 'zod';
import { defineCalculator } from './core.ts';
import type { PolicyRules } from '../schema/index.ts';
import { d, formatFen, parseMoney, plain } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard } from './input.ts';
import { _clausesOfArea, _present, _rule } from './_rules.ts';

/** The tekun-standard calculator’s input: the local dibao standard. */
export const SpecialHardshipStandardInput = z.object({ dibaoStandard: dibaoStandard() }).strict();
export type SpecialHardshipStandardInput = z.input<typeof SpecialHardshipStandardInput>;

const STANDARD = 'special-hardship.standard';
/** Ids of the provisions of a policy the tekun-standard calculator can apply. */
export const specialHardshipStandardUses = (policy: PolicyRules): string[] => _present(policy, [STANDARD]);

/** 特困人员基本生活标准 (per person per month) where the document sets it as a multiple of the dibao standard. */
export function specialHardshipStandard(policy: PolicyRules, input: z.infer<typeof SpecialHardshipStandardInput>): CalcResult {
  const t = new _Trace(policy);
  const unit = 'CNY/person/month';
  // A multiple of the dibao standard; `min` with its strictness (不低于 / 高于) is a floor, `max` a ceiling.
  const rule = [_rule(policy, STANDARD, 'multiple')].find((x) => x?.base === 'dibao-standard');
  if (!rule || (rule.min === undefined && rule.max === undefined)) {
    const clauses = _clausesOfArea(policy, 'special-hardship');
    return t.result('special-hardship-standard', unit, {
      status: 'not-specified',
      reason: { zh: `本文件未规定特困人员基本生活标准与低保标准的倍数关系${clauses.length ? `；涉及特困供养的条款：${clauses.join('、')}` : ''}`, en: `The document does not set the tekun standard as a multiple of the dibao standard${clauses.length ? `; clauses on tekun support: ${clauses.join(', ')}` : ''}` },
      clauses,
    });
  }
  const standard = parseMoney(input.dibaoStandard);
  const at = (f: string) => standard.times(d(f));
  if (rule.min !== undefined && rule.max !== undefined && rule.min === rule.max) {
    const v = at(rule.min);
    t.step({ zh: `低保标准的 ${rule.min} 倍`, en: `${rule.min} × the dibao standard`, arithmetic: `${plain(standard)} × ${rule.min} = ${plain(v)}` }, rule);
    return t.result('special-hardship-standard', unit, { status: 'computed', amount: formatFen(v) });
  }
  const min = rule.min !== undefined ? at(rule.min) : undefined;
  const max = rule.max !== undefined ? at(rule.max) : undefined;
  t.step(
    {
      zh: [min && `${rule.minExclusive ? '高于' : '不低于'}低保标准的 ${rule.min} 倍（${plain(min)} 元）`, max && `${rule.maxExclusive ? '低于' : '不超过'}低保标准的 ${rule.max} 倍（${plain(max)} 元）`].filter(Boolean).join('，'),
      en: [min && `at least ${rule.min} × the dibao standard (${plain(min)} 元)`, max && `at most ${rule.max} × (${plain(max)} 元)`].filter(Boolean).join(', '),
      arithmetic: [min && `${plain(standard)} × ${rule.min} = ${plain(min)}`, max && `${plain(standard)} × ${rule.max} = ${plain(max)}`].filter(Boolean).join('; '),
    },
    rule,
  );
  return t.result('special-hardship-standard', unit, { status: 'range', ...(min ? { min: formatFen(min) } : {}), ...(max ? { max: formatFen(max) } : {}) });
}

/** The special-hardship-standard calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const specialHardshipStandardCalculator = /* @__PURE__ */ defineCalculator({ id: 'special-hardship-standard', title: { zh: '特困人员基本生活标准', en: 'Tekun basic living standard' }, input: SpecialHardshipStandardInput, run: specialHardshipStandard, uses: specialHardshipStandardUses, areas: ['special-hardship'] });
