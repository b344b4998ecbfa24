import { z } from 'zod';
import { defineCalculator } from './core.ts';
import type { PolicyRules } from '../schema/index.ts';
import { d, formatFen, maxOf, parseMoney, plain, type Money } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { dibaoStandard, enumOf, moneyString, wholeNumber } from './input.ts';
import { _clausesOfArea, _inMonths, _rule, _rulesUnder } from './_rules.ts';

import { DIBAO_CLASSES } from './options.ts';
export { DIBAO_CLASSES };

/** The rent-subsidy calculator’s input: the local standard, the rent due, the dibao class and months since temporary aid. */
export const RentSubsidyInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    /** Rent due per month (元). */
    monthlyRent: moneyString('每月应缴租金（元）', 'monthly rent'),
    /** Dibao class where the locality classifies dibao households (渝中: 低保A类); `none` if not a dibao household. */
    dibaoClass: enumOf(DIBAO_CLASSES, '低保类别', 'dibaoClass').default('none'),
    /** Whole months since the household was granted temporary aid, if it was. */
    monthsSinceTemporaryAid: wholeNumber('获得临时救助至今的月数', 'monthsSinceTemporaryAid', 0, 1200).optional(),
  })
  .strict();
export type RentSubsidyInput = z.input<typeof RentSubsidyInput>;

const BASE = 'housing.rent-subsidy';
const ID = {
  dibaoA: `${BASE}.dibao-a`,
  dibaoAPeriod: `${BASE}.dibao-a.period`,
  afterAid: `${BASE}.temporary-aid`,
  afterAidCondition: `${BASE}.temporary-aid.condition`,
  afterAidDuration: `${BASE}.temporary-aid.duration`,
} as const;

/** Ids of the provisions of a policy the rent-subsidy calculator can apply. */
export const rentSubsidyUses = (policy: PolicyRules): string[] =>
  [policy.provisions.find((p) => p.id === BASE && p.kind === 'multiple'), ..._rulesUnder(policy, BASE).filter((p) => p.kind !== 'commitment')].filter((p) => p !== undefined).map((p) => p.id);

/**
 * Monthly rent subsidy. A document may set it as a multiple of the dibao standard (古丈: 50%), or
 * as a share of the rent due for households that meet a condition (渝中: 低保A类; within 12 months of
 * temporary aid). Conditions that overlap do not add up: the larger subsidy applies.
 */
export function rentSubsidy(policy: PolicyRules, input: z.infer<typeof RentSubsidyInput>): CalcResult {
  const t = new _Trace(policy);
  const unit = 'CNY/household/month';
  const rent = parseMoney(input.monthlyRent);
  const standard = parseMoney(input.dibaoStandard);
  const amounts: Money[] = [];
  const conditions: { zh: string; en: string }[] = [];

  // A share of the dibao standard: one factor (min = max); a band would grant at least its lower end.
  const ofStandard = [_rule(policy, BASE, 'multiple')].find((x) => x?.base === 'dibao-standard');
  let atLeast = !!(ofStandard && ofStandard.max !== undefined && ofStandard.max !== ofStandard.min);
  if (ofStandard?.min !== undefined) {
    const v = standard.times(ofStandard.min);
    t.step({ zh: `按城市低保标准的 ${plain(d(ofStandard.min).times(100))}% 补贴：${plain(v)} 元/月`, en: `${plain(d(ofStandard.min).times(100))}% of the dibao standard: ${plain(v)} 元 a month`, arithmetic: `${plain(standard)} × ${ofStandard.min} = ${plain(v)}` }, ofStandard);
    amounts.push(v);
  }

  // A subsidy reserved to dibao households of some classes: which classes is the provision's `dibaoClasses`.
  const dibaoA = _rule(policy, ID.dibaoA, 'ratio');
  if (dibaoA?.bound === 'min') atLeast = true; // 不低于: a share of the rent that is a floor
  if (dibaoA?.dibaoClasses) {
    const period = _rule(policy, ID.dibaoAPeriod, 'eligibility');
    const classes = dibaoA.dibaoClasses;
    const classesZh = `低保${classes.join('、')}类家庭`;
    if ((classes as readonly string[]).includes(input.dibaoClass)) {
      const v = rent.times(dibaoA.ratio);
      t.step({ zh: `${classesZh}：按应缴租金${dibaoA.ratio === '1' ? '等额' : ` ${plain(d(dibaoA.ratio).times(100))}%`}补贴：${plain(v)} 元/月`, en: `Dibao class-${classes.join('/')} household: ${plain(d(dibaoA.ratio).times(100))}% of the rent due: ${plain(v)} 元 a month`, arithmetic: `${plain(rent)} × ${dibaoA.ratio} = ${plain(v)}` }, dibaoA);
      if (period) t.step({ zh: '补贴期限：在低保类别有效期内', en: `For as long as the class-${classes.join('/')} status is valid` }, period);
      amounts.push(v);
    } else conditions.push({ zh: classesZh, en: `a dibao class-${classes.join('/')} household` });
  }

  const afterAid = _rule(policy, ID.afterAid, 'ratio');
  if (afterAid?.bound === 'min') atLeast = true;
  if (afterAid) {
    // 12个月内: the window is a ceiling on the months since aid (unless the text sets it as a floor)
    const window = [_rule(policy, ID.afterAidDuration, 'duration')].find((w) => w && w.bound !== 'min');
    const limit = window && _inMonths(window);
    const since = input.monthsSinceTemporaryAid;
    if (since !== undefined && (!limit || d(String(since)).lt(limit))) {
      const condition = _rule(policy, ID.afterAidCondition, 'eligibility');
      if (condition) t.use(condition);
      if (window && limit) t.step({ zh: `获得临时救助已 ${since} 个月，在 ${plain(limit)} 个月内`, en: `${since} months since temporary aid, within ${plain(limit)} months`, arithmetic: `${since} < ${plain(limit)}` }, window);
      const v = rent.times(afterAid.ratio);
      t.step({ zh: `获得临时救助的家庭：按应缴租金${afterAid.ratio === '1' ? '等额' : ` ${plain(d(afterAid.ratio).times(100))}%`}补贴：${plain(v)} 元/月`, en: `Household granted temporary aid: ${plain(d(afterAid.ratio).times(100))}% of the rent due: ${plain(v)} 元 a month`, arithmetic: `${plain(rent)} × ${afterAid.ratio} = ${plain(v)}` }, afterAid);
      amounts.push(v);
    } else {
      if (since !== undefined && window && limit) t.step({ zh: `获得临时救助已 ${since} 个月，超过 ${plain(limit)} 个月`, en: `${since} months since temporary aid: beyond ${plain(limit)} months`, arithmetic: `${since} ≥ ${plain(limit)}` }, window);
      conditions.push({ zh: limit ? `获得临时救助起 ${plain(limit)} 个月内的家庭` : '获得临时救助的家庭', en: limit ? `a household granted temporary aid within the last ${plain(limit)} months` : 'a household granted temporary aid' });
    }
  }

  if (amounts.length > 0) {
    const best = amounts.reduce(maxOf);
    if (amounts.length > 1) t.step({ zh: `多项条件同时符合时不叠加，取较高者：${plain(best)} 元/月`, en: `Overlapping conditions do not add up; the larger applies: ${plain(best)} 元 a month`, arithmetic: `max(${amounts.map(plain).join(', ')}) = ${plain(best)}` });
    return t.result('rent-subsidy', unit, atLeast ? { status: 'range', min: formatFen(best) } : { status: 'computed', amount: formatFen(best) });
  }
  if (conditions.length > 0) {
    return t.result('rent-subsidy', unit, {
      status: 'not-eligible',
      reason: { zh: `本文件的租金补贴限于：${conditions.map((c) => c.zh).join('；')}`, en: `This document's rent subsidy is for: ${conditions.map((c) => c.en).join('; ')}` },
    });
  }
  const clauses = _clausesOfArea(policy, 'housing');
  const promised = policy.provisions.find((p) => p.id === BASE);
  if (promised) t.step({ zh: '本文件承诺租赁补贴，但未规定数额', en: 'The document promises a rent subsidy but sets no figure' }, promised);
  return t.result('rent-subsidy', unit, {
    status: 'not-specified',
    reason: {
      zh: `本文件未规定租金补贴的数额${clauses.length ? `；涉及住房的条款：${clauses.join('、')}` : ''}`,
      en: `The document sets no rent-subsidy figure${clauses.length ? `; clauses on housing: ${clauses.join(', ')}` : ''}`,
    },
    clauses,
  });
}

/** The rent-subsidy calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const rentSubsidyCalculator = /* @__PURE__ */ defineCalculator({ id: 'rent-subsidy', title: { zh: '租金补贴', en: 'Rent subsidy' }, input: RentSubsidyInput, run: rentSubsidy, uses: rentSubsidyUses, areas: ['housing'] });
