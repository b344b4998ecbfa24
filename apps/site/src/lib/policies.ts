/** The documents the site renders: every policy the SDK encodes, with its MDX rendering where there is one. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { policyList, type Policy } from '@bangfu/sdk';

export interface DocumentEntry {
  policy: Policy;
  rendering?: CollectionEntry<'policies'>;
}

export async function documents(): Promise<DocumentEntry[]> {
  const entries = await getCollection('policies');
  const byPolicy = new Map(entries.map((e) => [e.id, e]));
  return policyList().map((policy) => {
    const rendering = byPolicy.get(policy.id);
    return rendering ? { policy, rendering } : { policy };
  });
}
