/**
 * The local documents and the national rules. The catalogue (`policyCatalogue()`: ids, names,
 * regions, dates, counts) is always here; a document's encoding is loaded when it is asked for, so
 * that the root of the package loads no document and answering for one place costs the same with
 * five documents registered or thousands. `loadPolicy`/`loadPolicies` load asynchronously, anywhere
 * (Node, a bundle, a browser); `getPolicy`, `findPolicy`, `policyList` and `policies` answer
 * synchronously, loading on first use in Node (see ./_store.ts); in a bundle, load first or import
 * `@bangfu/sdk/all`.
 */
import type { Policy, PolicyId, PolicySummary, Provision } from '../schema/index.ts';
import { POLICY_IDS } from '../generated/ids.ts';
import { catalogue } from '../generated/catalogue.ts';
import { NATIONAL } from '../generated/national.ts';
import { _registerNational } from '../calculators/_national.ts';
import { BangfuProgrammerError } from '../calculators/core.ts';
import { _SUMMARIES, _load, _loadSync } from './_store.ts';

// The national rules are known to the calculators for every policy, whichever documents are loaded.
_registerNational(NATIONAL);

export * from '../generated/national.ts';

/** Is this string the id of a local document? (From the catalogue: loads no document.) */
export const isPolicyId = (id: string): id is PolicyId => typeof id === 'string' && _SUMMARIES.has(id);

/** The catalogue of the local documents, in listing order: one light entry each (id, title, short name, 文号, region, issuers, dates in force, counts), no document loaded. */
export const policyCatalogue = (): PolicySummary[] => [...catalogue];

/** A local document's catalogue entry, without loading the document; `undefined` for an unknown id. */
export const findPolicySummary = (id: string): PolicySummary | undefined => (isPolicyId(id) ? _SUMMARIES.get(id) : undefined);

const unknownId = (caller: string, id: unknown) => new BangfuProgrammerError(`${caller}: unknown policy id ${JSON.stringify(String(id).slice(0, 40))} (isPolicyId tells a document's id; policyCatalogue() lists them)`);

/** A local document by its id, loaded from its own module if it is not yet (Node, bundlers and browsers alike); rejects with a BangfuProgrammerError for an unknown id. */
export async function loadPolicy(id: PolicyId): Promise<Policy> {
  if (!isPolicyId(id)) throw unknownId('loadPolicy', id);
  return _load(id);
}

/** The local documents with these ids, in the order given, each loaded from its own module (only those); rejects with a BangfuProgrammerError if an id is not a document's. */
export async function loadPolicies(ids: readonly PolicyId[]): Promise<Policy[]> {
  if (!Array.isArray(ids)) throw new BangfuProgrammerError('loadPolicies: expected a list of policy ids');
  const bad = ids.find((id) => !isPolicyId(id));
  if (bad !== undefined) throw unknownId('loadPolicies', bad);
  return Promise.all(ids.map(_load));
}

/** Every local document, loaded: `loadPolicies` of the whole catalogue (what `policyList()` is, asynchronously). */
export const loadAllPolicies = (): Promise<Policy[]> => loadPolicies(POLICY_IDS);

const lazy = {} as Record<PolicyId, Policy>;
for (const id of POLICY_IDS) Object.defineProperty(lazy, id, { get: () => _loadSync(id, 'policies'), enumerable: true });
/**
 * Every local document, by id, in listing order. Each property loads its document on first read
 * (in Node; elsewhere after `loadPolicy` or `@bangfu/sdk/all`): `policies['guzhang-2021']` loads one,
 * `Object.values(policies)` all of them.
 */
export const policies: Readonly<Record<PolicyId, Policy>> = Object.freeze(lazy);

/** The local documents, in listing order: every one of them loaded (in Node, synchronously, on first use). For a few, use `getPolicy`/`loadPolicies`; for a listing, `policyCatalogue()`. */
export const policyList = (): Policy[] => POLICY_IDS.map((id) => _loadSync(id, 'policyList'));

/** The national rules the calculators apply (content/national/<id>/): cited like a document, never compared as one. */
export const nationalList = (): Policy[] => [...NATIONAL];

const NATIONAL_BY_ID = new Map(NATIONAL.map((p) => [p.id, p]));

/** A local document by its id (a typo is a type error), loaded on first use (in Node; in a bundle, after `loadPolicy`); for a string known only at run time use `findPolicy`. */
export function getPolicy(id: PolicyId): Policy {
  const p = findPolicy(id);
  if (!p) throw new BangfuProgrammerError(`getPolicy: unknown policy id ${JSON.stringify(String(id).slice(0, 40))} (for a string known only at run time use findPolicy)`);
  return p;
}

/** A local document by an id known only at run time (a URL, a CLI argument), loaded on first use as `getPolicy`; `undefined` for an unknown one. */
export function findPolicy(id: string): Policy | undefined {
  return isPolicyId(id) ? _loadSync(id, 'findPolicy') : undefined;
}

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
