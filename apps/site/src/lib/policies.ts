/** The documents the site renders: every policy the SDK encodes, with its MDX rendering where there is one. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { nationalList, type Policy } from '@bangfu/sdk';
import { policiesInScope } from './build-scope.ts';

export interface DocumentEntry {
  policy: Policy;
  rendering?: CollectionEntry<'policies'> | CollectionEntry<'national'>;
}

/**
 * The documents with their renderings, for the documents' own pages. In a build of some documents
 * (src/lib/build-scope.ts) the collection holds only theirs (content.config.ts), so a page that lists
 * documents asks hasRendering, never this.
 */
export async function documents(): Promise<DocumentEntry[]> {
  const entries = await getCollection('policies');
  const byPolicy = new Map(entries.map((e) => [e.id, e]));
  return policiesInScope().map((policy) => {
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

/** The document folders (content/policies/), as content.config.ts finds them: relative to the site, since pages run bundled. */
const POLICIES_DIR = resolve(process.cwd(), '../../content/policies');

/**
 * Whether a document's text is rendered (its folder has rendering.mdx: the collection's entry), whatever
 * documents this build renders — what a list of documents says of each ("正文尚未录入" where not).
 */
export const hasRendering = (id: string): boolean => existsSync(resolve(POLICIES_DIR, id, 'rendering.mdx'));
