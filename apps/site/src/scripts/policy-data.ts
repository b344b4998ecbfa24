/**
 * The browser's access to one document's rules (`/data/policies/<id>/rules.json`, written by
 * pages/data/policies/[id]/rules.json.ts): fetched once per page and id, on demand, so a page loads
 * the documents of the places it shows and no others.
 */
import type { PolicyRules } from '@bangfu/sdk/schemas';
import type { CiteContext } from '../lib/result-view.ts';
import type { PlaceEntry } from '../lib/places-url.ts';

export type CiteData = Pick<CiteContext, 'labels' | 'apply' | 'fallback' | 'names' | 'namesEn'>;

/** One document's rules with its name, place and citation data. */
export type PolicyData = PolicyRules & { name: string; place: PlaceEntry; cite: CiteData };

/** The URL of a document's rules. */
export const rulesUrl = (id: string): string => `/data/policies/${encodeURIComponent(id)}/rules.json`;

const cache = new Map<string, Promise<PolicyData | undefined>>();

/**
 * A document's rules; `undefined` when there is no such document (404). A network failure rejects
 * (and is not cached, so trying again refetches).
 */
export function fetchPolicyData(id: string): Promise<PolicyData | undefined> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(rulesUrl(id)).then((r) => {
      if (r.status === 404) return undefined;
      if (!r.ok) throw new Error(`${r.status} ${rulesUrl(id)}`);
      return r.json() as Promise<PolicyData>;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

/** Several documents, in the order asked; unknown ids are left out and returned apart. */
export async function fetchPolicies(ids: readonly string[]): Promise<{ found: PolicyData[]; unknown: string[] }> {
  const all = await Promise.all(ids.map((id) => fetchPolicyData(id)));
  return { found: all.filter((d): d is PolicyData => !!d), unknown: ids.filter((_, i) => !all[i]) };
}

/** The citation data of several documents, as one (what `citeContext` takes). */
export function mergeCite(list: readonly PolicyData[]): CiteData {
  const out: CiteData = { labels: {}, apply: {}, names: {}, namesEn: {} };
  for (const d of list) {
    Object.assign(out.labels, d.cite.labels);
    Object.assign(out.apply, d.cite.apply);
    Object.assign(out.names, d.cite.names);
    Object.assign(out.namesEn!, d.cite.namesEn);
    if (d.cite.fallback) out.fallback ??= d.cite.fallback;
  }
  return out;
}
