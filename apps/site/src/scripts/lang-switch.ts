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
 * The language switch keeps the query: on a search page (/search/ ↔ /en/search/, lib/i18n.ts
 * twinPath), the header's link to the other language carries the query being searched (`?q=`, as
 * the page keeps it in the URL; the place and type filters are named differently in each language,
 * so they stay behind). Without the script the link leads to the other search page, empty.
 */
export function keepQueryInSwitch(doc: Document = document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-lang-switch]:not([data-clause-switch])');
  if (!link) return;
  const base = link.getAttribute('href')!.replace(/[?#].*$/, '');
  const update = (): void => {
    const q = new URLSearchParams(location.search).get('q')?.trim();
    link.setAttribute('href', q ? `${base}?q=${encodeURIComponent(q)}` : base);
  };
  update();
  // The search page rewrites its URL as the reader types (history.replaceState): read it when the link is used.
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
}
