import { z } from 'zod';
import { defineCalculator } from './core.ts';
import type { PolicyRules } from '../schema/index.ts';
import { parseMoney, plain } from '../money.ts';
import { _Trace, type CalcResult, type Category } from './result.ts';
import { dibaoStandard, Members, moneyString } from './input.ts';
import { _covers, _firstOf, _inBand, _ofConcept, type RuleOf } from './_rules.ts';
import { _dibaoTest } from './dibao-test.ts';

/** The household-category calculator’s input: the local standard, monthly per-capita income and the members. */
export const ClassifyInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    perCapitaIncome: moneyString('家庭月人均收入（元/人/月）', 'per-capita monthly income'),
    members: Members,
  })
  .strict();
export type ClassifyInput = z.input<typeof ClassifyInput>;

/** The concepts this calculator reads (content/concepts.yaml lists it under each). */
export const CLASSIFY_CONCEPTS = {
  dibaoTest: 'eligibility.dibao-income-test',
  band: 'eligibility.low-income-band',
  single: 'basic-living.single-person-household',
  tekunInclusion: 'special-hardship.inclusion',
} as const;
const C = CLASSIFY_CONCEPTS;

/** Inclusion in tekun support for members with given traits: the inclusion provisions that name who (`members`). */
const tekunByTrait = (policy: PolicyRules): RuleOf<'eligibility'> | undefined => _ofConcept(policy, C.tekunInclusion, 'eligibility').find((p) => p.members);

/** The document's own provisions it reads (a national income test it falls back to is not the document's). */
export const classifyUses = (policy: PolicyRules): string[] =>
  [_firstOf(policy, C.dibaoTest, 'multiple'), _firstOf(policy, C.band, 'multiple'), _firstOf(policy, C.single, 'eligibility'), tekunByTrait(policy)]
    .filter((p) => p !== undefined)
    .map((p) => p.id);

/**
 * Which of the document's income categories a household falls in: dibao (income below the
 * standard: the national rule the documents build on), the low-income band the document defines as
 * multiples of the standard, and inclusion of a severely disabled or seriously ill member as a
 * single-person dibao household where the document allows it.
 */
export function classify(policy: PolicyRules, input: z.infer<typeof ClassifyInput>): CalcResult {
  const t = new _Trace(policy);
  const standard = parseMoney(input.dibaoStandard);
  const income = parseMoney(input.perCapitaIncome);
  const categories: Category[] = [];

  const test = _dibaoTest(t, policy, standard, income);
  if (test.dibao) categories.push({ id: 'dibao', zh: '城市低保家庭', en: 'dibao household', ...(test.provision ? { provision: test.provision } : {}) });

  // The band is read as multiples of the dibao standard: a band on another base is not this test.
  const band = [_firstOf(policy, C.band, 'multiple')].find((b) => b?.base === 'dibao-standard');
  let inBand = false;
  if (band) {
    const lo = band.min !== undefined ? standard.times(band.min) : undefined;
    const hi = band.max !== undefined ? standard.times(band.max) : undefined;
    inBand = _inBand(income, standard, band);
    const range = `${lo ? `${band.minExclusive ? '高于' : '不低于'} ${plain(lo)} 元` : ''}${lo && hi ? '且' : ''}${hi ? `${band.maxExclusive ? '低于' : '不超过'} ${plain(hi)} 元` : ''}`;
    t.step(
      {
        zh: `低收入家庭：人均收入${range}（低保标准的 ${band.min ?? ''}–${band.max ?? ''} 倍）；本户${inBand ? '在' : '不在'}此区间`,
        en: `Low-income band: ${band.min ?? ''}–${band.max ?? ''} × the standard; this household is ${inBand ? '' : 'not '}in it`,
        arithmetic: [lo && `${plain(standard)} × ${band.min} = ${plain(lo)}`, hi && `${plain(standard)} × ${band.max} = ${plain(hi)}`].filter(Boolean).join('; '),
      },
      band,
    );
    if (inBand) categories.push({ id: 'low-income', zh: '低收入家庭（低保边缘家庭）', en: 'low-income household', provision: `${policy.id}:${band.id}` });
  } else {
    t.step({ zh: '本文件未以低保标准倍数界定低收入家庭', en: 'The document does not define a low-income band as multiples of the standard' });
  }

  const single = _firstOf(policy, C.single, 'eligibility');
  const special = single ? input.members.filter((m) => _covers(single, m)).length : 0;
  if (single && inBand && special > 0) {
    t.step({ zh: `低收入家庭中有 ${special} 名重度残疾或重病成员：经本人申请，可参照“单人户”纳入低保`, en: `${special} severely disabled or seriously ill member(s) of a low-income household may apply to be included in dibao as single-person households` }, single);
    categories.push({ id: 'single-person-dibao', zh: `可按“单人户”纳入低保（${special} 人）`, en: `may be included in dibao as single-person household (${special})`, provision: `${policy.id}:${single.id}` });
  }

  const tekun = tekunByTrait(policy);
  const severe = tekun ? input.members.filter((m) => _covers(tekun, m)).length : 0;
  if (tekun && severe > 0) {
    t.step({ zh: `有 ${severe} 名重度残疾成员：本文件规定符合条件的重度残疾人纳入特困人员救助供养（残疾等级以原文为准）`, en: `${severe} severely disabled member(s): the document brings eligible severely disabled persons into tekun support (grades as the text lists them)` }, tekun);
    categories.push({ id: 'tekun-possible', zh: `重度残疾成员符合条件的可纳入特困供养（${severe} 人）`, en: `severely disabled member(s) may be brought into tekun support if eligible (${severe})`, provision: `${policy.id}:${tekun.id}` });
  }

  if (categories.length === 0) {
    return t.result('classify', 'category', {
      status: 'not-eligible',
      reason: { zh: '按本文件的收入条件，本户不属于低保或低收入家庭', en: 'By the income rules of this document the household is neither dibao nor low-income' },
    });
  }
  return t.result('classify', 'category', { status: 'computed', categories });
}

/** The classify calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const classifyCalculator = /* @__PURE__ */ defineCalculator({ id: 'classify', title: { zh: '家庭类别', en: 'Household category' }, input: ClassifyInput, run: classify, uses: classifyUses, areas: ['eligibility', 'basic-living', 'special-hardship'] });
