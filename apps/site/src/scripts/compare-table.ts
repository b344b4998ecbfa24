/**
 * A comparison table in the browser (progressive enhancement: without JavaScript the tools stay
 * hidden and the table shows the default places it was built with).
 *
 * - Places: the place picker (scripts/place-picker.ts, `?places=`) chooses the columns; the cells of
 *   a place not built into the page are fetched, one document's file each
 *   (`/data/policies/<id>/compare.json`), and drawn with the code that drew the page
 *   (scripts/compare-columns.ts, imported only then: a page showing its default places loads no
 *   drawing code). An old link's `?place=a,b` (the former tick boxes) is read as `?places=a,b`.
 * - Tools: filter rows by topic name (the row's heading only, never a cell's text), by status (rows
 *   where a place shown has a cell of that status), and order the places by a row's figures, all
 *   kept in the address (`?q=…&status=…&sort=<row>&order=desc`, beside `places`, `asOf` and the
 *   row anchor) and restored from it, so a filtered, sorted table can be linked.
 */
import { fill } from '../lib/fill.ts';
import type { TableUi } from '../lib/i18n-compare.ts';
import type { DocCompare, RowMeta, StatusWords, ViewContext } from '../lib/compare-view.ts';
import { pickerOnDemand } from '../lib/places-url.ts';
import { upgradePlaceParam } from '../lib/places-old-links.ts';
import type { PlacePicker } from './place-picker.ts';
import { mountValidity } from './validity.ts';

export const STATUSES = ['quantified', 'promised', 'separate-standard', 'not-mentioned'] as const;
export type Status = (typeof STATUSES)[number];

export interface TableState {
  /** Topic text (matched against row headings only). */
  q: string;
  status?: Status;
  /** Row whose figures order the places. */
  sort?: string;
  order: 'asc' | 'desc';
}

export interface TableKnown {
  sortableRows: readonly string[];
}

const MAX_Q = 100;

/** The state in an address, checked against what the page has (an unknown status or row is dropped). */
export function readTableState(search: string, known: TableKnown): TableState {
  const params = new URLSearchParams(search);
  const q = (params.get('q') ?? '').slice(0, MAX_Q);
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    q,
    ...(status && (STATUSES as readonly string[]).includes(status) ? { status: status as Status } : {}),
    ...(sort && known.sortableRows.includes(sort) ? { sort } : {}),
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** The address's query with the table's state written in (other parameters, such as `asOf` and `places`, kept). */
export function writeTableState(state: TableState, search: string): string {
  const params = new URLSearchParams(search);
  for (const k of ['q', 'status', 'sort', 'order']) params.delete(k);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.status) params.set('status', state.status);
  if (state.sort) {
    params.set('sort', state.sort);
    if (state.order === 'desc') params.set('order', 'desc');
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Column order of the places when sorted by a row: by the row's figures (`values`, decimal strings
 * or undefined), ascending or descending; places without a figure keep their order, last. Stable.
 */
export function orderPlaces(places: readonly string[], values: readonly (string | undefined)[], order: 'asc' | 'desc'): string[] {
  const withFigure = places.map((p, i) => ({ p, i, v: values[i] })).filter((x) => x.v !== undefined && x.v !== '' && Number.isFinite(Number(x.v)));
  withFigure.sort((a, b) => (order === 'asc' ? Number(a.v) - Number(b.v) : Number(b.v) - Number(a.v)) || a.i - b.i);
  const ranked = new Set(withFigure.map((x) => x.p));
  return [...withFigure.map((x) => x.p), ...places.filter((p) => !ranked.has(p))];
}

interface Meta {
  area: string;
  lang: ViewContext['lang'];
  /** The edition's words (lib/i18n-compare.ts TABLE_UI[lang]). */
  T: TableUi;
  rows: RowMeta[];
  words: StatusWords;
  defaults: string[];
}

export function mountTable(): void {
  const box = document.getElementById('row-filter-box');
  const input = document.getElementById('row-filter') as HTMLInputElement | null;
  const count = document.getElementById('row-filter-count');
  const statusSel = document.getElementById('status-filter') as HTMLSelectElement | null;
  const sortSel = document.getElementById('sort-row') as HTMLSelectElement | null;
  const orderSel = document.getElementById('sort-order') as HTMLSelectElement | null;
  const reset = document.getElementById('table-reset');
  const table = document.querySelector<HTMLTableElement>('table.compare');
  const metaEl = document.getElementById('compare-meta');
  if (!box || !input || !count || !statusSel || !sortSel || !orderSel || !table || !metaEl) return;
  const meta = JSON.parse(metaEl.textContent!) as Meta;
  const { T } = meta;
  const ctx: ViewContext = { lang: meta.lang, T, words: meta.words };
  const headRow = table.tHead!.rows[0]!;
  const sortNote = document.getElementById('sort-note');

  // What the table holds now: read from the page as built, redrawn when the places change.
  let rows: HTMLTableRowElement[] = [];
  let labels: string[] = [];
  let places: string[] = [];
  const read = (): void => {
    rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tr[data-row]'));
    labels = rows.map((r) => (r.querySelector('th')?.textContent ?? '').toLowerCase());
    places = Array.from(headRow.querySelectorAll<HTMLElement>('th[data-policy-column]')).map((th) => th.dataset.policyColumn!);
  };
  read();
  const sortableRows = (): string[] => Array.from(sortSel.options).map((o) => o.value).filter(Boolean);
  const cellOf = (row: HTMLTableRowElement, place: string): HTMLTableCellElement | null => row.querySelector<HTMLTableCellElement>(`td[data-policy="${CSS.escape(place)}"]`);

  const current = (): TableState => ({
    q: input.value,
    ...(statusSel.value ? { status: statusSel.value as Status } : {}),
    ...(sortSel.value ? { sort: sortSel.value } : {}),
    order: orderSel.value === 'desc' ? 'desc' : 'asc',
  });

  const show = (state: TableState): void => {
    // Columns: in the order of a row's figures, or as chosen.
    const sortRow = state.sort ? rows.find((r) => r.id === state.sort) : undefined;
    const order = sortRow ? orderPlaces(places, places.map((p) => cellOf(sortRow, p)?.dataset.sortValue), state.order) : places;
    for (const tr of [headRow, ...rows]) {
      const cells = new Map(Array.from(tr.children).map((c) => [(c as HTMLElement).dataset.policyColumn ?? (c as HTMLElement).dataset.policy, c as HTMLElement]));
      for (const p of order) {
        const c = cells.get(p);
        if (c) tr.appendChild(c);
      }
    }
    // Rows: topic text in the heading, and a cell of the status asked.
    const term = state.q.trim().toLowerCase();
    let n = 0;
    rows.forEach((r, i) => {
      const hit = (!term || labels[i]!.includes(term)) && (!state.status || places.some((p) => cellOf(r, p)?.dataset.status === state.status));
      r.hidden = !hit;
      if (hit) n++;
    });
    const filtered = term || state.status;
    count.textContent = filtered ? fill(T.rowsShown, { n, all: rows.length }) : '';
    if (sortNote) {
      const label = sortRow?.querySelector('th a')?.textContent ?? '';
      sortNote.textContent = sortRow ? fill(T.sorted, { row: label, order: state.order === 'desc' ? T.desc : T.asc }) : '';
    }
    if (reset) reset.hidden = !(filtered || sortRow);
  };

  const set = (state: TableState): void => {
    input.value = state.q;
    statusSel.value = state.status ?? '';
    sortSel.value = state.sort ?? '';
    orderSel.value = state.order;
  };

  const update = (): void => {
    const state = current();
    show(state);
    const search = writeTableState(state, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  /** Draw the columns of these documents (scripts/compare-columns.ts); keep the tools' state (a sort row the new places cannot be sorted by is dropped). */
  const draw = (columns: typeof import('./compare-columns.ts'), list: DocCompare[]): void => {
    const keep = sortSel.value;
    const sortable = columns.drawColumns(table, meta.area, meta.rows, list, ctx);
    sortSel.replaceChildren(
      sortSel.options[0]!,
      ...sortable.map((r) => {
        const o = document.createElement('option');
        o.value = r.id;
        o.textContent = r.label[meta.lang];
        return o;
      }),
    );
    sortSel.value = sortableRows().includes(keep) ? keep : '';
    read();
    mountValidity(table);
    update();
  };

  /** The places chosen: their cells fetched (those of unknown documents dropped by the picker), then drawn. */
  const load = async (picker: PlacePicker): Promise<void> => {
    const columns = await import('./compare-columns.ts');
    for (const id of picker.ids()) void columns.fetchDoc(id).catch(() => undefined);
    // The picker checks the places the page was not built with (their rules, once each); those it was built with are known.
    if (!picker.ids().every((id) => meta.defaults.includes(id))) await picker.data();
    const found = (await Promise.all(picker.ids().map(columns.fetchDoc))).filter((d): d is DocCompare => !!d);
    if (found.length) draw(columns, found);
  };

  const upgraded = upgradePlaceParam(location.search);
  if (upgraded !== undefined) history.replaceState(history.state, '', `${location.pathname}${upgraded}${location.hash}`);
  const linkSearch = location.search;
  // The picker's code is loaded when the link names places, or when the reader asks for others (the page's budget is tight).
  const mountPicker = async (): Promise<PlacePicker | undefined> => (await import('./place-picker.ts')).mountPlacePicker((p) => load(p));

  box.hidden = false;
  const initial = readTableState(location.search, { sortableRows: sortableRows() });
  set(initial);
  show(initial);
  input.addEventListener('input', update);
  for (const el of [statusSel, sortSel, orderSel]) el.addEventListener('change', update);
  reset?.addEventListener('click', () => {
    set({ q: '', order: 'asc' });
    update();
    input.focus();
  });
  // The form's own submit (Enter in the text box) must not reload the page.
  box.closest('form')?.addEventListener('submit', (e) => e.preventDefault());

  // A link naming other places than the page was built with: draw them, then restore the tools (a sort row known only to them included).
  void pickerOnDemand(mountPicker)?.then((picker) => {
    if (!picker || picker.isDefault()) return;
    const note = document.getElementById('pp-note');
    load(picker)
      .then(() => {
        set(readTableState(linkSearch, { sortableRows: sortableRows() }));
        update();
      })
      .catch(() => {
        if (note) note.textContent = T.failed;
      });
  });
}
