/**
 * The place names the search pages read in a query (会宁 → the 文件 filter 会宁县; "huining" → the English
 * document filter), in small files by a name's first character, so that the page stays the same size
 * however many documents there are: a query fetches the files of the characters it holds
 * (`/data/search-places/<lang>/<key>.json`, scripts/search-kit.ts `placesFor`). Built from the catalogue.
 */
import { nationalList, policyCatalogue, type PolicySummary } from '@bangfu/sdk';
import { docNameEn } from './i18n.ts';
import { placeKey, placeNames, type Place } from './search-synonyms.ts';
import type { Lang } from './i18n.ts';

/** Every place a query can name, in the language's words. */
export function searchPlaces(lang: Lang): Place[] {
  const docs: (PolicySummary | ReturnType<typeof nationalList>[number])[] = [...policyCatalogue(), ...nationalList()];
  return lang === 'zh'
    ? docs.map((p) => ({ names: placeNames(p.shortName.zh), filter: p.shortName.zh }))
    : docs.map((p) => ({ names: ['scope' in p && p.scope === 'national' ? 'national' : p.shortName.en.toLowerCase().split(/\s+/)[0]!], filter: docNameEn(p) }));
}

/** The places by file: each place in the file of every one of its names (a place with two names may be in two). */
export function searchPlaceFiles(lang: Lang): Map<string, Place[]> {
  const files = new Map<string, Place[]>();
  for (const p of searchPlaces(lang)) {
    for (const key of new Set(p.names.map((n) => placeKey(lang, n)))) files.set(key, [...(files.get(key) ?? []), p]);
  }
  return files;
}
