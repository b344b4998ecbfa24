import { plain, type Money } from '../money.ts';
import type { PolicyRules, Provision } from '../schema/index.ts';
import { _nationalOf } from './_national.ts';
import type { _Trace } from './result.ts';
import { _inBand, _localOrNational } from './_rules.ts';

/** The concept of the dibao income test: the document's own, or the national rule (社会救助暂行办法 第九条). */
export const DIBAO_TEST_CONCEPT = 'eligibility.dibao-income-test';

/** How a step names a national rule it applies: `（《社会救助暂行办法》第九条）`; nothing for the document's own rules (the step links them). */
export function _citation(policy: PolicyRules, of: string, rule: Provision): { zh: string; en: string } {
  if (of === policy.id) return { zh: '', en: '' };
  const doc = _nationalOf(policy).find((n) => n.id === of);
  const heading = doc?.clauses.find((c) => c.id === rule.clause)?.heading ?? rule.clause;
  return { zh: `（《${doc?.title ?? of}》${heading}）`, en: ` (national rule, ${doc?.shortName.en ?? of}, art. ${rule.clause})` };
}

/**
 * Is the household a dibao household by income? The document's own income test if it states one,
 * else the national rule; its bound and strictness are read from the provision (低于 = strictly below).
 */
export function _dibaoTest(t: _Trace, policy: PolicyRules, standard: Money, income: Money): { dibao: boolean; provision?: string; cite: { zh: string; en: string } } {
  const found = _localOrNational(policy, DIBAO_TEST_CONCEPT, 'multiple');
  if (!found || found.rule.base !== 'dibao-standard') {
    t.step({ zh: '未找到以低保标准衡量的收入条件：不按收入判定低保', en: 'No income test against the dibao standard' });
    return { dibao: false, cite: { zh: '', en: '' } };
  }
  const { rule, of } = found;
  const cite = _citation(policy, of, rule);
  const line = rule.max !== undefined ? standard.times(rule.max) : standard;
  const dibao = _inBand(income, standard, rule);
  const below = rule.maxExclusive ? '低于' : '不高于';
  const notBelow = rule.maxExclusive ? '不低于' : '高于';
  const provision = `${of}:${rule.id}`;
  if (dibao) {
    t.step({ zh: `人均收入 ${plain(income)} 元${below}低保标准 ${plain(line)} 元：属低保家庭${cite.zh}`, en: `Per-capita income ${plain(income)} 元 is below the standard ${plain(line)} 元: a dibao household${cite.en}`, arithmetic: `${plain(income)} ${rule.maxExclusive ? '<' : '≤'} ${plain(line)}` }, rule, of);
  } else {
    t.step({ zh: `人均收入 ${plain(income)} 元${notBelow}低保标准 ${plain(line)} 元：不属低保家庭${cite.zh}`, en: `Per-capita income is not below the standard: not a dibao household${cite.en}`, arithmetic: `${plain(income)} ${rule.maxExclusive ? '≥' : '>'} ${plain(line)}` }, rule, of);
  }
  return { dibao, provision, cite };
}
