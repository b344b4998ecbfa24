import { d, type Money } from '../money.ts';
import type { Area, HouseholdTrait, MemberTrait, PolicyRules, Provision } from '../schema/index.ts';
import { _nationalOf } from './_national.ts';
import type { Member } from './input.ts';

type Kind = Provision['kind'];
export type RuleOf<K extends Kind> = Extract<Provision, { kind: K }>;

/**
 * The provision with this id, if the policy encodes it with one of the expected kinds. Calculators
 * find rules by their semantic id (`temporary-aid.formula`), never by a number of the document.
 */
export function _rule<K extends Kind>(policy: PolicyRules, id: string, ...kinds: K[]): RuleOf<K> | undefined {
  const p = policy.provisions.find((x) => x.id === id);
  return p && (kinds as Kind[]).includes(p.kind) ? (p as RuleOf<K>) : undefined;
}

/** Every provision whose id starts with `prefix.` (e.g. all `basic-living.uplift.*`). */
export const _rulesUnder = (policy: PolicyRules, prefix: string): Provision[] => policy.provisions.filter((p) => p.id.startsWith(`${prefix}.`));

/** Clauses of the policy with provisions in an area, in document order, for `not-specified` answers. */
export const _clausesOfArea = (policy: PolicyRules, area: Area): string[] => [...new Set(policy.provisions.filter((p) => p.area === area).map((p) => p.clause))];

/** Ids of the given provisions that the policy has. */
export const _present = (policy: PolicyRules, ids: string[]): string[] => ids.filter((id) => policy.provisions.some((p) => p.id === id));

/** A duration in months (a year is 12); undefined for one counted in days, which no month count can stand for. */
export const _inMonths = (p: RuleOf<'duration'>): Money | undefined => (p.unit === 'year' ? d(p.amount).times(12) : p.unit === 'month' ? d(p.amount) : undefined);

/** Provisions of a concept (content/concepts.yaml) with one of the expected kinds, in document order. */
export function _ofConcept<K extends Kind>(policy: PolicyRules, concept: string, ...kinds: K[]): RuleOf<K>[] {
  return policy.provisions.filter((p): p is RuleOf<K> => p.concept === concept && (kinds as Kind[]).includes(p.kind));
}

/** The first provision of a concept with one of the expected kinds. */
export const _firstOf = <K extends Kind>(policy: PolicyRules, concept: string, ...kinds: K[]): RuleOf<K> | undefined => _ofConcept(policy, concept, ...kinds)[0];

/** A provision of the national rules (content/national/), by concept or id, and the document it is of. */
export function _national<K extends Kind>(policy: PolicyRules, key: string, ...kinds: K[]): { rule: RuleOf<K>; of: string } | undefined {
  for (const n of _nationalOf(policy)) {
    const rule = n.provisions.find((p): p is RuleOf<K> => (p.id === key || p.concept === key) && (kinds as Kind[]).includes(p.kind));
    if (rule) return { rule, of: n.id };
  }
  return undefined;
}

/** The document's own rule for a concept if it states one, else the national rule it builds on. */
export function _localOrNational<K extends Kind>(policy: PolicyRules, concept: string, ...kinds: K[]): { rule: RuleOf<K>; of: string } | undefined {
  const own = _firstOf(policy, concept, ...kinds);
  return own ? { rule: own, of: policy.id } : _national(policy, concept, ...kinds);
}

/**
 * Is `value` within a band of multiples of `base`, as the provision states it: `min` and `max`
 * factors, each exclusive where the text says 高于 / 低于 (`minExclusive`, `maxExclusive`).
 */
export function _inBand(value: Money, base: Money, rule: RuleOf<'multiple'>): boolean {
  const lo = rule.min !== undefined ? base.times(rule.min) : undefined;
  const hi = rule.max !== undefined ? base.times(rule.max) : undefined;
  const aboveLo = !lo || (rule.minExclusive ? value.gt(lo) : value.gte(lo));
  const belowHi = !hi || (rule.maxExclusive ? value.lt(hi) : value.lte(hi));
  return aboveLo && belowHi;
}

/** The traits a member has, from the entries (重度残疾 counts as 残疾). */
export const _traitsOf = (m: Member): Set<MemberTrait> =>
  new Set<MemberTrait>([...(m.disabled || m.severeDisability ? (['disabled'] as const) : []), ...(m.severeDisability ? (['severe-disability'] as const) : []), ...(m.seriousIllness ? (['serious-illness'] as const) : [])]);

/** Does a per-member rule cover this member: any of the traits it names (`members`). A rule naming none covers nobody. */
export const _covers = (rule: Pick<Provision, 'members'>, m: Member): boolean => {
  const traits = _traitsOf(m);
  return (rule.members ?? []).some((t) => traits.has(t));
};

/** Does a rule cover the whole household by a household trait it names (`households`)? */
export const _coversHousehold = (rule: Pick<Provision, 'households'>, traits: readonly HouseholdTrait[]): boolean => (rule.households ?? []).some((t) => traits.includes(t));
