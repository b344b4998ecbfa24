import type { Policy, PolicyId, Provision } from '../schema/index.ts';
import { NATIONAL, POLICIES } from '../generated/registry.ts';
import { _registerNational } from '../calculators/_national.ts';

// Loading the encodings makes the national rules known to the calculators for every policy.
_registerNational(NATIONAL);

export * from '../generated/registry.ts';

/** Every local document, by id, in listing order (discovered from content/policies/<id>/). */
export const policies = Object.freeze(Object.fromEntries(POLICIES.map((p) => [p.id, p]))) as Readonly<Record<PolicyId, Policy>>;

/** The local documents, in listing order. */
export const policyList = (): Policy[] => [...POLICIES];

/** The national rules the calculators apply (content/national/<id>/): cited like a document, never compared as one. */
export const nationalList = (): Policy[] => [...NATIONAL];

const NATIONAL_BY_ID = new Map(NATIONAL.map((p) => [p.id, p]));

/** A local document by id; `undefined` for an unknown id. */
export function getPolicy(id: string): Policy | undefined {
  return Object.hasOwn(policies, id) ? policies[id as PolicyId] : undefined;
}

/** A national rules document by id. */
export const getNational = (id: string): Policy | undefined => NATIONAL_BY_ID.get(id);

/** A provision by its id, or by an id it had before (`formerly`, kept for one version). */
export function getProvision(policy: Pick<Policy, 'provisions'>, provisionId: string): Provision | undefined {
  return policy.provisions.find((p) => p.id === provisionId) ?? policy.provisions.find((p) => p.formerly?.includes(provisionId));
}

/** Global provision id: `guzhang-2021:medical.inpatient.dibao.threshold`. */
export const globalId = (policy: Pick<Policy, 'id'>, provision: Pick<Provision, 'id'>): string => `${policy.id}:${provision.id}`;
