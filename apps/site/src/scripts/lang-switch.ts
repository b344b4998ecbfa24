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
 * same row ids). Read when the link is pointed at, focused or used, so it is never stale.
 */
export function keepQueryInSwitch(doc: Document = document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-lang-switch]:not([data-clause-switch])');
  if (!link) return;
  const base = link.getAttribute('href')!.replace(/[?#].*$/, '');
  const update = (): void => link.setAttribute('href', `${base}${location.search}${location.hash}`);
  update();
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click']) link.addEventListener(type, update);
}
