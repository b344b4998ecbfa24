/**
 * The place picker in the browser (components/PlacePicker.astro): remove places, add others province
 * by province (`/data/places/<slug>.json`, fetched when the province is chosen), keep the choice in the
 * URL (`?places=`, lib/places-url.ts) and hand the page the chosen documents' rules
 * (scripts/policy-data.ts) whenever the choice changes. The page renders; the picker only chooses.
 */
import { MAX_PLACES, readPlaces, writePlaces, type PlaceEntry } from '../lib/places-url.ts';
import { fetchPolicies, type PolicyData } from './policy-data.ts';

type Strings = Record<'remove' | 'add' | 'added' | 'full' | 'none' | 'more' | 'loading' | 'failed' | 'unknown' | 'malformed' | 'cut' | 'last' | 'changed' | 'sep', string>;

export interface PlacePicker {
  /** The places chosen, in order. */
  ids(): string[];
  /** Whether they are the page's defaults (what the page was built with). */
  isDefault(): boolean;
  /** The chosen documents' rules, fetched once each; unknown ids are dropped from the choice (with a note). */
  data(): Promise<PolicyData[]>;
}

/** How many of a province's places are listed before the reader is asked to filter. */
const LIST_LIMIT = 40;

const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/**
 * Mount the picker of the page (if it has one). `onChange` runs after the reader changes the choice,
 * with the picker, whose `data()` gives the rules to render. At the start the page itself looks at
 * `isDefault()`: when the URL names other places than those it was built with, it renders them.
 */
export function mountPlacePicker(onChange: (picker: PlacePicker) => unknown): PlacePicker | undefined {
  const root = document.querySelector<HTMLElement>('[data-place-picker]');
  if (!root) return undefined;
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const T = JSON.parse($('pp-strings').textContent!) as Strings;
  const en = root.dataset.lang === 'en';
  const chosenList = $('pp-chosen');
  const note = $('pp-note');
  const select = $<HTMLSelectElement>('pp-province');
  const countyRow = $('pp-county');
  const filter = $<HTMLInputElement>('pp-filter');
  const options = $('pp-options');
  const reset = $<HTMLButtonElement>('pp-reset');
  const defaults = (root.dataset.defaults ?? '').split(',').filter(Boolean);

  // Labels of the places known so far: the defaults from the page, others from their province's list or their rules.
  const labels = new Map<string, { name: string; sub: string }>();
  for (const li of Array.from(chosenList.querySelectorAll<HTMLElement>('li[data-policy]'))) {
    labels.set(li.dataset.policy!, { name: li.querySelector('.pp-name')?.textContent ?? li.dataset.policy!, sub: li.querySelector('.pp-sub')?.textContent ?? '' });
  }
  const describe = (p: PlaceEntry) => labels.set(p.id, { name: en ? p.en : p.zh, sub: `${en ? p.prefecture.en : p.prefecture.zh} · ${p.year}` });

  let ids = [...defaults];
  const notes: string[] = [];
  const read = readPlaces(location.search);
  if (read) {
    if (read.ids.length) ids = read.ids;
    // What is not shaped like a document id is not repeated on the page (a link cannot put its own words here): counted only.
    if (read.rejected.length) notes.push(fill(T.malformed, { n: read.rejected.length }));
    if (read.truncated) notes.push(T.cut);
  }

  const picker: PlacePicker = {
    ids: () => [...ids],
    isDefault: () => ids.length === defaults.length && ids.every((id, i) => id === defaults[i]),
    async data() {
      const { found, unknown } = await fetchPolicies(ids);
      if (unknown.length) {
        ids = ids.filter((id) => !unknown.includes(id));
        if (!ids.length) ids = [...defaults];
        say([note.textContent, fill(T.unknown, { x: unknown.join(T.sep) })].filter(Boolean).join(' '));
        sync();
        return picker.data();
      }
      for (const d of found) describe(d.place);
      drawChosen();
      return found;
    },
  };

  function say(text: string): void {
    note.textContent = text;
  }

  /** The URL (and the share link, where shown) carry the choice; the defaults are left out. */
  function sync(): void {
    const q = writePlaces(new URLSearchParams(location.search), ids, defaults);
    history.replaceState(history.state, '', `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`);
    const share = document.getElementById('share-link') as HTMLAnchorElement | null;
    if (share && !share.hidden && share.href) {
      const u = new URL(share.href, location.href);
      writePlaces(u.searchParams, ids, defaults);
      share.href = `${u.pathname}${u.search}`;
    }
    reset.hidden = picker.isDefault();
  }

  /** Redraw the chosen places and the options, the keyboard's place kept: on the same place's remove button, or the next one; in the options, on the filter box or the province. */
  function drawChosen(): void {
    const active = document.activeElement as HTMLElement | null;
    const inChosen = !!active && chosenList.contains(active);
    const inOptions = !!active && options.contains(active);
    const at = inChosen ? ids.indexOf(active!.closest<HTMLElement>('li[data-policy]')?.dataset.policy ?? '') : -1;
    paint();
    const buttons = chosenList.querySelectorAll<HTMLButtonElement>('.pp-remove');
    if (inChosen) (buttons[Math.max(0, Math.min(at, buttons.length - 1))] ?? select).focus();
    else if (inOptions) (countyRow.hidden ? select : filter).focus();
  }

  function paint(): void {
    chosenList.replaceChildren(
      ...ids.map((id) => {
        const l = labels.get(id) ?? { name: id, sub: '' };
        const li = document.createElement('li');
        li.dataset.policy = id;
        const name = document.createElement('span');
        name.className = 'pp-name';
        name.textContent = l.name;
        const sub = document.createElement('span');
        sub.className = 'pp-sub';
        sub.textContent = l.sub;
        const x = document.createElement('button');
        x.type = 'button';
        x.className = 'pp-remove';
        x.textContent = '×';
        x.setAttribute('aria-label', fill(T.remove, { name: l.name }));
        x.addEventListener('click', () => change(ids.filter((i) => i !== id), id));
        li.append(name, ' ', sub, x);
        return li;
      }),
    );
    drawOptions();
  }

  async function change(next: string[], focusAfter?: string): Promise<void> {
    if (!next.length) return say(T.last);
    const index = focusAfter ? ids.indexOf(focusAfter) : -1;
    const wasInOptions = options.contains(document.activeElement);
    ids = next;
    sync();
    paint();
    // Keep the keyboard where it was: on the next chip's remove button after a removal, on the filter box after an addition.
    if (index >= 0) (chosenList.querySelectorAll<HTMLButtonElement>('.pp-remove')[Math.min(index, ids.length - 1)] ?? select).focus();
    else if (wasInOptions) (countyRow.hidden ? select : filter).focus();
    say('');
    try {
      await onChange(picker);
      say(fill(T.changed, { names: ids.map((id) => labels.get(id)?.name ?? id).join(T.sep) }));
    } catch {
      say(T.failed);
    }
  }

  // Provinces: each list fetched once, when chosen.
  const lists = new Map<string, Promise<PlaceEntry[]>>();
  let current: PlaceEntry[] = [];
  const loadProvince = (slug: string) => {
    let p = lists.get(slug);
    if (!p) {
      p = fetch(`/data/places/${encodeURIComponent(slug)}.json`).then((r) => (r.ok ? (r.json() as Promise<{ places: PlaceEntry[] }>) : Promise.reject(new Error(String(r.status))))).then((j) => j.places);
      p.catch(() => lists.delete(slug));
      lists.set(slug, p);
    }
    return p;
  };

  function message(text: string): HTMLElement {
    const li = document.createElement('li');
    li.className = 'pp-msg';
    li.textContent = text;
    return li;
  }

  function drawOptions(): void {
    if (!select.value) return options.replaceChildren();
    const q = filter.value.trim().toLowerCase();
    const matches = current.filter((p) => !q || [p.zh, p.en, p.prefecture.zh, p.prefecture.en, p.id, p.year].some((s) => s.toLowerCase().includes(q)));
    const full = ids.length >= MAX_PLACES;
    const items = matches.slice(0, LIST_LIMIT).map((p) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      const on = ids.includes(p.id);
      b.disabled = on;
      b.textContent = `${en ? p.en : p.zh} · ${en ? p.prefecture.en : p.prefecture.zh} · ${p.year}${on ? ` (${T.added})` : ''}`;
      b.setAttribute('aria-label', `${T.add} ${b.textContent}`);
      b.addEventListener('click', () => {
        if (ids.length >= MAX_PLACES) return say(T.full);
        describe(p);
        void change([...ids, p.id]);
      });
      li.append(b);
      return li;
    });
    options.replaceChildren(...items, ...(matches.length ? [] : [message(T.none)]), ...(matches.length > LIST_LIMIT ? [message(fill(T.more, { n: matches.length - LIST_LIMIT }))] : []), ...(full ? [message(T.full)] : []));
  }

  select.addEventListener('change', async () => {
    countyRow.hidden = !select.value;
    current = [];
    if (!select.value) return drawOptions();
    options.replaceChildren(message(T.loading));
    try {
      current = await loadProvince(select.value);
      drawOptions();
    } catch {
      options.replaceChildren(message(T.failed));
    }
  });
  filter.addEventListener('input', drawOptions);
  reset.addEventListener('click', () => void change([...defaults]));

  $('pp-add').hidden = false;
  const opener = document.getElementById('pp-open');
  if (opener) opener.hidden = true;
  reset.hidden = picker.isDefault();
  drawChosen();
  if (notes.length) say(notes.join(' '));
  if (read && !picker.isDefault()) sync();
  return picker;
}

