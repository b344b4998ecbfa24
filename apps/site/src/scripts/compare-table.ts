/**
 * The tools of a comparison table (progressive enhancement: without JavaScript the tools stay
 * hidden and the whole table shows): filter rows by topic name (the row's heading only, never a
 * cell's text), by status (rows where a shown place has a cell of that status), choose the places
 * shown, and order the places by a row's figures. Everything is kept in the address
 * (`?q=…&status=…&place=a,b&sort=<row>&order=desc`, beside `asOf` and the row anchor) and restored
 * from it, so a filtered, sorted table can be linked.
 */

export const STATUSES = ['quantified', 'promised', 'separate-standard', 'not-mentioned'] as const;
export type Status = (typeof STATUSES)[number];

export interface TableState {
  /** Topic text (matched against row headings only). */
  q: string;
  status?: Status;
  /** Places shown, in column order; undefined = all. */
  places?: string[];
  /** Row whose figures order the places. */
  sort?: string;
  order: 'asc' | 'desc';
}

export interface TableKnown {
  places: readonly string[];
  sortableRows: readonly string[];
}

const MAX_Q = 100;

/** The state in an address, checked against what the page has (an unknown place, status or row is dropped). */
export function readTableState(search: string, known: TableKnown): TableState {
  const params = new URLSearchParams(search);
  const q = (params.get('q') ?? '').slice(0, MAX_Q);
  const status = params.get('status');
  const placeParam = params.get('place');
  const places = placeParam === null ? undefined : known.places.filter((p) => placeParam.split(',').includes(p));
  const sort = params.get('sort');
  return {
    q,
    ...(status && (STATUSES as readonly string[]).includes(status) ? { status: status as Status } : {}),
    // `place=` naming no known place shows every place rather than an empty table.
    ...(places && places.length && places.length < known.places.length ? { places } : {}),
    ...(sort && known.sortableRows.includes(sort) ? { sort } : {}),
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** The address's query with the table's state written in (other parameters, such as `asOf`, kept). */
export function writeTableState(state: TableState, search: string): string {
  const params = new URLSearchParams(search);
  for (const k of ['q', 'status', 'place', 'sort', 'order']) params.delete(k);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.status) params.set('status', state.status);
  if (state.places) params.set('place', state.places.join(','));
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

export function mountTable(): void {
  const box = document.getElementById('row-filter-box');
  const input = document.getElementById('row-filter') as HTMLInputElement | null;
  const count = document.getElementById('row-filter-count');
  const statusSel = document.getElementById('status-filter') as HTMLSelectElement | null;
  const sortSel = document.getElementById('sort-row') as HTMLSelectElement | null;
  const orderSel = document.getElementById('sort-order') as HTMLSelectElement | null;
  const reset = document.getElementById('table-reset');
  const table = document.querySelector<HTMLTableElement>('table.compare');
  if (!box || !input || !count || !statusSel || !sortSel || !orderSel || !table) return;
  const placeBoxes = Array.from(box.querySelectorAll<HTMLInputElement>('input[name="place"]'));
  const headRow = table.tHead!.rows[0]!;
  const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tr[data-row]'));
  const labels = rows.map((r) => (r.querySelector('th')?.textContent ?? '').toLowerCase());
  const places = Array.from(headRow.querySelectorAll<HTMLElement>('th[data-policy-column]')).map((th) => th.dataset.policyColumn!);
  const sortableRows = Array.from(sortSel.options).map((o) => o.value).filter(Boolean);
  const known: TableKnown = { places, sortableRows };
  const cellOf = (row: HTMLTableRowElement, place: string): HTMLTableCellElement =>
    row.querySelector<HTMLTableCellElement>(`td[data-policy="${CSS.escape(place)}"]`)!;
  const sortNote = document.getElementById('sort-note');

  const current = (): TableState => {
    const chosen = placeBoxes.filter((b) => b.checked).map((b) => b.value);
    return {
      q: input.value,
      ...(statusSel.value ? { status: statusSel.value as Status } : {}),
      ...(chosen.length && chosen.length < places.length ? { places: chosen } : {}),
      ...(sortSel.value ? { sort: sortSel.value } : {}),
      order: orderSel.value === 'desc' ? 'desc' : 'asc',
    };
  };

  const show = (state: TableState): void => {
    const shown = new Set(state.places ?? places);
    // Columns: order (a row's figures, or the documents' order), then which are shown.
    const sortRow = state.sort ? rows.find((r) => r.id === state.sort) : undefined;
    const order = sortRow
      ? orderPlaces(places, places.map((p) => cellOf(sortRow, p).dataset.sortValue), state.order)
      : places;
    for (const tr of [headRow, ...rows]) {
      const cells = new Map(Array.from(tr.children).map((c) => [(c as HTMLElement).dataset.policyColumn ?? (c as HTMLElement).dataset.policy, c as HTMLElement]));
      for (const p of order) {
        const c = cells.get(p);
        if (!c) continue;
        tr.appendChild(c);
        c.hidden = !shown.has(p);
      }
    }
    // Rows: topic text in the heading, and a shown cell of the status asked.
    const term = state.q.trim().toLowerCase();
    let n = 0;
    rows.forEach((r, i) => {
      const hit = (!term || labels[i]!.includes(term)) && (!state.status || [...shown].some((p) => cellOf(r, p).dataset.status === state.status));
      r.hidden = !hit;
      if (hit) n++;
    });
    const filtered = term || state.status || state.places;
    count.textContent = filtered ? `显示 ${n} / ${rows.length} 行` : '';
    if (sortNote) {
      const label = sortRow?.querySelector('th a')?.textContent ?? '';
      sortNote.textContent = sortRow ? `地方按“${label}”的数值${state.order === 'desc' ? '从高到低' : '从低到高'}排列，没有可比数值的地方在后。` : '';
    }
    if (reset) reset.hidden = !(filtered || sortRow);
  };

  const set = (state: TableState): void => {
    input.value = state.q;
    statusSel.value = state.status ?? '';
    for (const b of placeBoxes) b.checked = !state.places || state.places.includes(b.value);
    sortSel.value = state.sort ?? '';
    orderSel.value = state.order;
  };

  const update = (): void => {
    const state = current();
    show(state);
    const search = writeTableState(state, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  box.hidden = false;
  const initial = readTableState(location.search, known);
  set(initial);
  show(initial);
  input.addEventListener('input', update);
  for (const el of [statusSel, sortSel, orderSel]) el.addEventListener('change', update);
  for (const b of placeBoxes) {
    b.addEventListener('change', () => {
      // At least one place stays shown: unticking the last one ticks it again.
      if (!placeBoxes.some((x) => x.checked)) b.checked = true;
      update();
    });
  }
  reset?.addEventListener('click', () => {
    set({ q: '', order: 'asc' });
    update();
    input.focus();
  });
  // The form's own submit (Enter in the text box) must not reload the page.
  box.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
}
