/**
 * Build time: the places a page can show, for the place picker (components/PlacePicker.astro).
 * Documents are grouped by province, each province one small file (`/data/places/<slug>.json`), so
 * that what the browser loads stays the same size however many documents there are; the list of
 * provinces (at most a few dozen) is embedded in the page. Built from the catalogue (policyCatalogue:
 * names, places, dates), so that listing every document loads none.
 */
import { getPolicy, policyCatalogue, type Policy, type PolicyId, type PolicySummary } from '@bangfu/sdk';
import { DEFAULT_PLACE_COUNT, type PlaceEntry, type ProvinceEntry } from './places-url.ts';

/** What a list of places needs of a document: its catalogue entry (a loaded document has the same fields). */
export type Listed = Pick<PolicySummary, 'id' | 'shortName' | 'region' | 'issued' | 'docNumber'>;

/** A province's file name: its English name in lower case (`Hunan` → `hunan`), made unique in listing order. */
export function provinceSlugs(policies: readonly Listed[] = policyCatalogue()): Map<string, string> {
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  for (const p of policies) {
    if (!p.region || slugs.has(p.region.province.zh)) continue;
    const base = p.region.province.en.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'province';
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    slugs.set(p.region.province.zh, slug);
  }
  return slugs;
}

/** A document as the picker lists it. */
export function placeEntry(p: Listed): PlaceEntry {
  const r = p.region;
  return {
    id: p.id,
    zh: p.shortName.zh,
    en: p.shortName.en,
    prefecture: { zh: r?.prefecture.zh ?? '', en: r?.prefecture.en ?? '' },
    province: { zh: r?.province.zh ?? '', en: r?.province.en ?? '' },
    year: p.issued.slice(0, 4),
    docNumber: p.docNumber,
  };
}

/** A province and its documents, in listing order. */
export interface ProvinceList {
  slug: string;
  zh: string;
  en: string;
  policies: PolicySummary[];
}

/** The provinces in order of first appearance, each with its documents in listing order (the lists by province, and the picker's files). */
export function byProvince(policies: readonly PolicySummary[] = policyCatalogue()): ProvinceList[] {
  const slugs = provinceSlugs(policies);
  const out = new Map<string, ProvinceList>();
  for (const p of policies) {
    if (!p.region) continue;
    const slug = slugs.get(p.region.province.zh)!;
    let e = out.get(slug);
    if (!e) out.set(slug, (e = { slug, zh: p.region.province.zh, en: p.region.province.en, policies: [] }));
    e.policies.push(p);
  }
  return [...out.values()];
}

/** The provinces as the picker offers them, each with its places: within a province by prefecture, then place, then year (newest first). */
export function provinces(policies: readonly PolicySummary[] = policyCatalogue()): (ProvinceEntry & { places: PlaceEntry[] })[] {
  return byProvince(policies).map(({ slug, zh, en, policies: ps }) => ({
    slug,
    zh,
    en,
    count: ps.length,
    places: ps.map(placeEntry).sort((a, b) => a.prefecture.zh.localeCompare(b.prefecture.zh, 'zh') || a.zh.localeCompare(b.zh, 'zh') || b.year.localeCompare(a.year)),
  }));
}

/** The provinces alone (no places): what a page's place picker embeds, and /data/places/index.json. */
export const provinceEntries = (policies: readonly PolicySummary[] = policyCatalogue()): ProvinceEntry[] => provinces(policies).map(({ places: _p, ...e }) => e);

/**
 * The places a page shows when its URL names none: the first DEFAULT_PLACE_COUNT documents in listing
 * order (with the five documents of today, all of them).
 */
export const defaultPlaceEntries = (): PolicySummary[] => policyCatalogue().slice(0, DEFAULT_PLACE_COUNT);

/** The default places' documents, loaded (the only documents a page that shows places loads). */
export const defaultPlaces = (): Policy[] => defaultPlaceEntries().map((e) => getPolicy(e.id as PolicyId));
