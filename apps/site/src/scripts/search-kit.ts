/**
 * What the two search pages (/search/, /en/search/) share: Pagefind loaded with its shards merged, the
 * page's elements, safe DOM builders for results (Pagefind's excerpt built as text nodes, never parsed),
 * paging, and the wiring of the form to the URL (`?q=`, the place, the type). Each page keeps its own
 * reading of a query and its own words.
 */
import { mergeShards } from '../lib/search-shards.ts';
import { keepQueryInSwitch } from './lang-switch.ts';
import { placeKey, type Place } from '../lib/search-synonyms.ts';
import { fetchOnce } from './policy-data.ts';

export interface PfResult { id: string; score: number; data: () => Promise<PfData> }
export interface PfData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; sub_results?: { title: string; url: string; excerpt: string }[] }
export interface Pagefind { search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PfResult[] }>; mergeIndex: (path: string) => Promise<void> }

/** Results shown at a time. */
export const PAGE = 10;

const PAGEFIND = '/pagefind/pagefind.js';
let pf: Promise<Pagefind> | undefined;
/** The index's first shard, with the others merged in (lib/search-shards.ts); Pagefind picks the index of the page's language. */
export const pagefind = (): Promise<Pagefind> => (pf ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(mergeShards));

/** The page's elements. */
export function searchElements() {
  const app = document.querySelector<HTMLElement>('.search-app')!;
  return {
    app,
    form: document.getElementById('search-form') as HTMLFormElement,
    input: document.getElementById('q') as HTMLInputElement,
    placeSel: document.getElementById('f-place') as HTMLSelectElement,
    kindSel: document.getElementById('f-kind') as HTMLSelectElement,
    status: document.getElementById('search-status')!,
    list: document.getElementById('search-results')!,
    more: document.getElementById('search-more') as HTMLButtonElement,
  };
}

export const el = (tag: string, cls?: string, text?: string): HTMLElement => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
};

export const link = (href: string, text: string, lang?: string): HTMLAnchorElement => {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (lang) a.hreflang = lang;
  return a;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const unescape = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
  );

/** Append text to an element (the English page marks its Chinese runs lang="zh" this way). */
export type Put = (parent: HTMLElement, text: string) => void;
const plain: Put = (parent, text) => parent.append(text);

/** Pagefind's excerpt: indexed text (escaped) with <mark> around the matches; built as text nodes, never parsed. */
export const excerpt = (html: string, put: Put = plain): HTMLElement => {
  const p = el('p', 'search-excerpt');
  for (const part of html.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (m) {
      const mark = el('mark');
      put(mark, unescape(m[1]!));
      p.append(mark);
    } else put(p, unescape(part.replace(/<[^>]*>/g, '')));
  }
  return p;
};

/** Show results PAGE at a time, the "more" button for the rest; stops when a newer search has started. */
export async function showPaged<T>(items: readonly T[], data: (x: T) => Promise<PfData>, render: (d: PfData) => HTMLElement, list: HTMLElement, more: HTMLButtonElement, current: () => boolean): Promise<void> {
  let shown = 0;
  const showMore = async (): Promise<void> => {
    const next = items.slice(shown, shown + PAGE);
    shown += next.length;
    const ds = await Promise.all(next.map(data));
    if (!current()) return;
    for (const d of ds) list.append(render(d));
    more.hidden = shown >= items.length;
  };
  more.onclick = () => void showMore();
  await showMore();
}

/**
 * Write the form's state to the URL (`q`, `place`, and the type under `kindParam`), clear the list, and
 * say whether there is anything to search.
 */
export function startSearch(e: ReturnType<typeof searchElements>, kindParam: string): string {
  const q = e.input.value.trim();
  const url = new URL(location.href);
  for (const [k, v] of [['q', q], ['place', e.placeSel.value], [kindParam, e.kindSel.value]] as const) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  history.replaceState(null, '', url.pathname + url.search);
  e.list.replaceChildren();
  e.more.hidden = true;
  if (!q) e.status.textContent = '';
  return q;
}

/** Read the URL into the form, run on submit, on typing (after a pause) and on a filter's change; the language switch keeps `?q=`. */
export function wireSearch(e: ReturnType<typeof searchElements>, kindParam: string, run: () => Promise<void>): void {
  const params = new URLSearchParams(location.search);
  e.input.value = params.get('q') ?? '';
  // A place the list does not offer (it offers the default places: lib/search-places.ts) is added for this page.
  const place = params.get('place') ?? '';
  if (place && ![...e.placeSel.options].some((o) => o.value === place)) e.placeSel.add(new Option(place, place));
  e.placeSel.value = place;
  e.kindSel.value = params.get(kindParam) ?? '';
  e.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  e.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  e.placeSel.addEventListener('change', () => void run());
  e.kindSel.addEventListener('change', () => void run());
  if (e.input.value) void run();
  else e.input.focus();
  keepQueryInSwitch(document, ['q']);
}

/** Each file of place names read, once per page (a failed one is asked again next time); what cannot be read names no place. */
const placeFile = fetchOnce<unknown>();
const fetchJson = (url: string): Promise<unknown> => placeFile(url).catch(() => undefined);

/**
 * The places a query may name, fetched by the first characters they could start with
 * (`/data/search-places/<lang>/<key>.json`, lib/search-places.ts): every Chinese character of the query,
 * or each English word's first letter — only the files there are (their `index.json`), at most 32.
 */
export async function placesFor(lang: 'zh' | 'en', query: string): Promise<Place[]> {
  const base = `/data/search-places/${lang}/`;
  const index = await fetchJson(`${base}index.json`);
  const have = new Set(Array.isArray(index) ? (index as string[]) : []);
  const keys = new Set<string>();
  if (lang === 'zh') for (const ch of query) if (/\p{Script=Han}/u.test(ch)) keys.add(placeKey('zh', ch));
  if (lang === 'en') for (const w of query.toLowerCase().split(/\s+/)) if (w) keys.add(placeKey('en', w));
  const lists = await Promise.all([...keys].filter((k) => have.has(k)).slice(0, 32).map((k) => fetchJson(`${base}${k}.json`) as Promise<Place[]>));
  const byFilter = new Map<string, Place>();
  for (const p of lists.flatMap((l) => (Array.isArray(l) ? l : []))) if (p && typeof p.filter === 'string' && Array.isArray(p.names)) byFilter.set(p.filter, p);
  return [...byFilter.values()];
}
