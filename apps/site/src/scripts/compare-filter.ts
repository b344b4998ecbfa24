/**
 * Row filter of a comparison table (progressive enhancement: without JavaScript the box stays
 * hidden and every row shows). Typing hides the rows whose text does not contain the term.
 */
export function mountFilter(): void {
  const box = document.getElementById('row-filter-box');
  const input = document.getElementById('row-filter') as HTMLInputElement | null;
  const count = document.getElementById('row-filter-count');
  if (!box || !input || !count) return;
  const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('tr[data-row]'));
  const texts = rows.map((r) => (r.textContent ?? '').toLowerCase());
  box.hidden = false;
  const apply = (): void => {
    const term = input.value.trim().toLowerCase();
    let shown = 0;
    rows.forEach((r, i) => {
      const hit = !term || texts[i]!.includes(term);
      r.hidden = !hit;
      if (hit) shown++;
    });
    count.textContent = term ? `显示 ${shown} / ${rows.length} 行` : '';
  };
  input.addEventListener('input', apply);
  apply();
}
