import { d, type Money } from '../money.ts';
import type { Area, PolicyRules, Provision } from '../schema/index.ts';

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
