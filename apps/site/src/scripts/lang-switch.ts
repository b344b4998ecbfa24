/**
 * The language switch keeps the clause: on a Chinese document page read at a clause (`#4.3`), the
 * header's English link points at the same clause of the English page (whose clauses have the same
 * ids). Without the script the link still leads to the English document; the English page needs no
 * script, as each of its clauses carries its own link back to the same Chinese clause.
 */
export function keepClauseInSwitch(doc: Document = document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-lang-switch]:not([data-clause-switch])');
  if (!link) return;
  const base = link.getAttribute('href')!.replace(/#.*$/, '');
  const update = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? doc.getElementById(id) : null;
    link.setAttribute('href', target?.classList.contains('clause') ? `${base}#${id}` : base);
  };
  update();
  addEventListener('hashchange', update);
}

/**
 * The language switch keeps the page's state: on the comparison and data pages, the calculators and
 * the household view, whose scripts keep the places chosen, the filters and a household's entries in
 * the address, the header's link to the
 * twin page carries the address's query and fragment (the twin reads the same parameters and has the
 * same row ids). On a search page (/search/ ↔ /en/search/) only the query searched is carried
 * (`only: ['q']`): the place and type filters are named differently in each language. Read when the
 * link is pointed at, focused or used (a page rewrites its URL as the reader works), so it is never stale.
 */
export function keepQueryInSwitch(doc: Document = document, only?: readonly string[]): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-lang-switch]:not([data-clause-switch])');
  if (!link) return;
  const base = link.getAttribute('href')!.replace(/[?#].*$/, '');
  const update = (): void => {
    if (!only) return link.setAttribute('href', `${base}${location.search}${location.hash}`);
    const from = new URLSearchParams(location.search);
    const q = new URLSearchParams();
    for (const k of only) {
      const v = from.get(k)?.trim();
      if (v) q.set(k, v);
    }
    link.setAttribute('href', q.size ? `${base}?${q}` : base);
  };
  update();
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click']) link.addEventListener(type, update);
}
