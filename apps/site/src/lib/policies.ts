/** The documents the site renders: every policy the SDK encodes, with its MDX rendering where there is one. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { nationalList, policyList, type Policy } from '@bangfu/sdk';

export interface DocumentEntry {
  policy: Policy;
  rendering?: CollectionEntry<'policies'> | CollectionEntry<'national'>;
}

export async function documents(): Promise<DocumentEntry[]> {
  const entries = await getCollection('policies');
  const byPolicy = new Map(entries.map((e) => [e.id, e]));
  return policyList().map((policy) => {
    const rendering = byPolicy.get(policy.id);
    return rendering ? { policy, rendering } : { policy };
  });
}

/** The national rules the calculators cite, each with its rendering: pages of their own, never a column of a comparison. */
export async function nationalDocuments(): Promise<DocumentEntry[]> {
  const byId = new Map((await getCollection('national')).map((e) => [e.id, e]));
  return nationalList().map((policy) => {
    const rendering = byId.get(policy.id);
    return rendering ? { policy, rendering } : { policy };
  });
}
