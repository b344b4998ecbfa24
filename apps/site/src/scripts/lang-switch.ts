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

// A page of entries keeps them in its switch too: form-kit.ts keepQueryInSwitch (there, not here, so that a
// calculator page's bundle has no chunk of its own for it).
