/**
 * The documents asked for, and only those: each is its own module (`generated/policies/<id>`), loaded
 * on demand, so that answering for one place costs the same with five documents registered or
 * thousands (the CLI uses this; `policyList()` loads them all). The national rules are registered
 * for the calculators as when the whole registry loads.
 */
import type { Policy } from '../schema/index.ts';
import { POLICY_IDS } from '../generated/ids.ts';
import { NATIONAL } from '../generated/national.ts';
import { _registerNational } from '../calculators/_national.ts';

_registerNational(NATIONAL);

// The same folder holds .ts sources (read directly, Node strips the types) or .js (the built package).
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const KNOWN = new Set<string>(POLICY_IDS);

/** Is this the id of a local document? (Without loading any.) */
export const isKnownPolicyId = (id: string): boolean => KNOWN.has(id);

/** The documents with these ids, in the order given, each loaded from its own module; unknown ids are skipped. */
export async function loadPolicies(ids: readonly string[]): Promise<Policy[]> {
  const known = ids.filter(isKnownPolicyId);
  return Promise.all(known.map(async (id) => ((await import(new URL(`../generated/policies/${id}${EXT}`, import.meta.url).href)) as { default: Policy }).default));
}
