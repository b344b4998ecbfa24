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

/**
 * JSON files a page's scripts fetch on demand, each once per page (document rules, comparison cells,
 * the search's place names): a cache per kind of file. `undefined` for a file that is not there (404);
 * any other failure — no network, a status not OK, a body that is not JSON — rejects and is not kept,
 * so asking again fetches again.
 */
export function fetchOnce<T>(): (url: string) => Promise<T | undefined> {
  const cache = new Map<string, Promise<T | undefined>>();
  return (url) => {
    let p = cache.get(url);
    if (!p) {
      p = fetch(url).then((r) => (r.status === 404 ? undefined : r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${r.status} ${url}`))));
      p.catch(() => cache.delete(url));
      cache.set(url, p);
    }
    return p;
  };
}

const fetchRules = fetchOnce<PolicyData>();

/**
 * A document's rules; `undefined` when there is no such document (404). A network failure rejects
 * (and is not cached, so trying again refetches).
 */
export const fetchPolicyData = (id: string): Promise<PolicyData | undefined> => fetchRules(rulesUrl(id));

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
