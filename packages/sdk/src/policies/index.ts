import type { Policy, PolicyId, Provision } from '../schema/index.ts';
import { NATIONAL, POLICIES } from '../generated/registry.ts';
import { _registerNational } from '../calculators/_national.ts';
import { BangfuProgrammerError } from '../calculators/core.ts';

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

/** A local document by its id (a typo is a type error); for a string known only at run time use `findPolicy`. */
export function getPolicy(id: PolicyId): Policy {
  const p = findPolicy(id);
  if (!p) throw new BangfuProgrammerError(`getPolicy: unknown policy id ${JSON.stringify(String(id).slice(0, 40))} (for a string known only at run time use findPolicy)`);
  return p;
}

/** A local document by an id known only at run time (a URL, a CLI argument); `undefined` for an unknown one. */
export function findPolicy(id: string): Policy | undefined {
  return typeof id === 'string' && Object.hasOwn(policies, id) ? policies[id as PolicyId] : undefined;
}

/** Is this string the id of a local document? */
export const isPolicyId = (id: string): id is PolicyId => typeof id === 'string' && Object.hasOwn(policies, id);

/** A national rules document by id. */
export const getNational = (id: string): Policy | undefined => NATIONAL_BY_ID.get(id);

/**
 * A provision by its id in a document (or an id it had before: `formerly`, kept for one version), or
 * by its global id alone: `getProvision('guzhang-2021:medical.inpatient.dibao.threshold')` (a local
 * document's or a national rule's).
 */
export function getProvision(globalProvisionId: string): Provision | undefined;
export function getProvision(policy: Pick<Policy, 'provisions'>, provisionId: string): Provision | undefined;
export function getProvision(a: Pick<Policy, 'provisions'> | string, provisionId?: string): Provision | undefined {
  if (typeof a === 'string') {
    const parsed = parseGlobalId(a);
    const doc = parsed && (findPolicy(parsed.policy) ?? NATIONAL_BY_ID.get(parsed.policy));
    return doc ? getProvision(doc, parsed.provision) : undefined;
  }
  if (typeof provisionId !== 'string') return undefined;
  return a.provisions.find((p) => p.id === provisionId) ?? a.provisions.find((p) => p.formerly?.includes(provisionId));
}

/** The two halves of a global provision id (`policy:provision`), or undefined where the string is not one. */
export function parseGlobalId(id: string): { policy: string; provision: string } | undefined {
  if (typeof id !== 'string') return undefined;
  const m = /^([a-z]+(?:-[a-z]+)*-\d{4}):([a-z0-9-]+(?:\.[a-z0-9-]+)*)$/.exec(id);
  return m ? { policy: m[1]!, provision: m[2]! } : undefined;
}

/** Global provision id: `guzhang-2021:medical.inpatient.dibao.threshold`. */
export const globalId = (policy: Pick<Policy, 'id'>, provision: Pick<Provision, 'id'>): string => `${policy.id}:${provision.id}`;
