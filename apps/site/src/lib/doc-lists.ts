/**
 * The lists of documents (/policies/, the home page, their English twins), of a size that does not
 * grow with the number of documents: the documents listed province by province, a few per province
 * on the index, all of them on the province's own pages (/policies/region/<slug>/, PAGE_SIZE a page).
 */
import type { PolicySummary } from '@bangfu/sdk';
import { byProvince, type ProvinceList } from './places.ts';

/** Documents of a province shown on the index before "all of them" links to the province's pages. */
export const PER_PROVINCE_ON_INDEX = 3;
/** Documents on one page of a province. */
export const PAGE_SIZE = 50;

/** A province's page `n` (1-based): `/policies/region/<slug>/`, `/policies/region/<slug>/2/`, …; with `en`, under /en/. */
export const regionUrl = (slug: string, n = 1, en = false): string => `${en ? '/en' : ''}/policies/region/${slug}/${n > 1 ? `${n}/` : ''}`;

/** The pages of every province: `path` is the route's rest parameter (`hunan`, `hunan/2`). */
export function regionPages(): { params: { path: string }; props: { province: ProvinceList; n: number; pages: number; policies: PolicySummary[] } }[] {
  return byProvince().flatMap((province) => {
    const pages = Math.max(1, Math.ceil(province.policies.length / PAGE_SIZE));
    return Array.from({ length: pages }, (_, i) => ({
      params: { path: i ? `${province.slug}/${i + 1}` : province.slug },
      props: { province, n: i + 1, pages, policies: province.policies.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) },
    }));
  });
}
