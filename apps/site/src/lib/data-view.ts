/**
 * The data page's table of per-document downloads, one row per place chosen with the place picker:
 * drawn at build time for the default places and in the browser for the chosen ones (from the
 * place's entry, lib/places-url.ts PlaceEntry), so the page lists a handful of documents however
 * many there are. Browser-safe.
 */
import { DATA_ROW_UI, type Lang } from './i18n-compare.ts';
import type { PlaceEntry } from './places-url.ts';
import { h, type VNode } from './vnode.ts';

/** The files of one document under /data/policies/<id>/. */
export const documentFiles = (id: string) => {
  const base = `/data/policies/${encodeURIComponent(id)}/`;
  return { json: `${base}policy.json`, csv: `${base}compare.csv`, rules: `${base}rules.json` };
};

export function docRow(p: PlaceEntry, lang: Lang): VNode {
  const T = DATA_ROW_UI[lang];
  const f = documentFiles(p.id);
  const en = lang === 'en';
  const file = (href: string, label: string, name: string) => h('a', { href, download: name }, label);
  return h(
    'tr',
    { 'data-policy': p.id },
    h('td', { 'data-label': T.place }, h('a', { href: `${en ? '/en' : ''}/policies/${p.id}/` }, en ? p.en : p.zh), h('span', { class: 'small muted' }, en ? ` ${[...new Set([p.prefecture.en, p.province.en])].join(', ')}` : ` ${p.province.zh}${p.prefecture.zh === p.province.zh ? '' : p.prefecture.zh}`)),
    h('td', { 'data-label': T.docNumber, ...(en ? { lang: 'zh' } : {}) }, p.docNumber),
    h('td', { 'data-label': T.year, class: 'num' }, p.year),
    h('td', { 'data-label': T.downloads }, file(f.json, T.json, `${p.id}.json`), ' · ', file(f.csv, T.csv, `${p.id}.csv`), ' · ', file(f.rules, T.rules, `${p.id}-rules.json`)),
  );
}
