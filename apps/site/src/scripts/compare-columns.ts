/**
 * The columns of the places chosen on a comparison table, loaded only when the choice differs from
 * the places the page was built with (a dynamic import of scripts/compare-table.ts): each
 * document's cells fetched once (`/data/policies/<id>/compare.json`) and drawn with the code that
 * built the page (lib/compare-view.ts).
 */
import { assembleRows, captionText, compareDataUrl, headCell, rowNode, type DocCompare, type RowMeta, type ViewContext } from '../lib/compare-view.ts';
import { toDom } from '../lib/vnode.ts';
import { fetchOnce } from './policy-data.ts';

const fetchCells = fetchOnce<DocCompare>();

/** A document's cells, fetched once; `undefined` for an unknown document; a network failure rejects (and is tried again next time). */
export const fetchDoc = (id: string): Promise<DocCompare | undefined> => fetchCells(compareDataUrl(id));

/** Draw these documents as the table's columns (header, every row, caption); returns the rows the places can be sorted by. */
export function drawColumns(table: HTMLTableElement, area: string, rows: readonly RowMeta[], list: readonly DocCompare[], ctx: ViewContext): RowMeta[] {
  const drawn = assembleRows(area, rows, list);
  const head = table.tHead!.rows[0]!;
  head.replaceChildren(head.cells[0]!, ...list.map((d) => toDom(headCell(d.place, ctx))));
  table.tBodies[0]!.replaceChildren(...drawn.map((r) => toDom(rowNode(area, r, list, ctx))));
  if (table.caption) table.caption.textContent = captionText(table.dataset.label ?? '', drawn.length, list.length, ctx);
  return drawn.filter((r) => r.sort.sortable).map((r) => r.meta);
}
