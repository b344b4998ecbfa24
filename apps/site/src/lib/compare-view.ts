/**
 * A comparison table's columns and cells as element trees (lib/vnode.ts): rendered at build time for
 * the page's default places, and in the browser for the places chosen with the place picker, from the
 * same data — one document's cells for every area (`/data/policies/<id>/compare.json`,
 * `DocCompare`). Both editions: the Chinese page says everything in Chinese; the English page gives
 * the encoding's English and keeps the documents' words (quotes, clause numbers) in Chinese, marked
 * lang="zh". Browser-safe: no SDK import but types and the dependency-free row sort.
 */
import type { CellEntry, CellStatus, CompareRow } from '@bangfu/sdk/compare';
import { rowSortValues } from '@bangfu/sdk/compare/sort';
import type { InForce } from '@bangfu/sdk/schemas';
import { fill } from './fill.ts';
import type { TableUi } from './i18n-compare.ts';
import { markHan } from './han.ts';
import { h, type VNode } from './vnode.ts';

type Lang = 'zh' | 'en';
type Text = { zh: string; en: string };

/**
 * What drawing needs besides the data: the edition, its words (lib/i18n-compare.ts TABLE_UI[lang],
 * embedded in the page for the script, so that its bundle carries neither edition's strings) and
 * the status words.
 */
export interface ViewContext {
  lang: Lang;
  T: TableUi;
  words: StatusWords;
}

/** A document as a column: its place's names, its date in both editions, when it is in force. */
export interface ColumnPlace {
  id: string;
  name: Text;
  issued: Text;
  /** When it is in force (a local document always says; absent, no status is shown). */
  inForce?: InForce;
}

/** A cell entry with what its display needs from the document: the clause as the document numbers it, the groups as it names them. */
export type ViewEntry = CellEntry & { clauseLabel: string; appliesToText: Text[] };

/** One document's cell of a row (a row it says nothing on is absent). */
export interface ViewCell {
  status: CellStatus;
  entries: ViewEntry[];
}

/** One document's cells for every area: `/data/policies/<id>/compare.json`. */
export interface DocCompare {
  id: string;
  place: ColumnPlace;
  /** area → row id → cell; rows it does not mention are left out. */
  areas: Record<string, Record<string, ViewCell>>;
}

/** A row of an area, as the page lists it. */
export interface RowMeta {
  id: string;
  label: Text;
  catchAll: boolean;
}

/** The status words, from the SDK's CELL_STATUSES (embedded by the page). */
export type StatusWords = Record<CellStatus, Text>;

/** The URL of a document's comparison data. */
export const compareDataUrl = (id: string): string => `/data/policies/${encodeURIComponent(id)}/compare.json`;

const pre = (lang: Lang): string => (lang === 'en' ? '/en' : '');
const docHref = (lang: Lang, id: string): string => `${pre(lang)}/policies/${id}/`;

const mixed = markHan;

/** A column's header cell. */
export function headCell(p: ColumnPlace, { lang }: ViewContext): VNode {
  return h(
    'th',
    { scope: 'col', 'data-policy-column': p.id, 'data-in-force': p.inForce && JSON.stringify(p.inForce) },
    h('a', { href: docHref(lang, p.id) }, p.name[lang]),
    h('span', { class: 'small muted' }, p.issued[lang]),
    h('span', { class: 'small validity-label', 'data-validity-label': '' }),
  );
}

function entryNode(e: ViewEntry, place: string, mixedStatus: boolean, { lang, T, words }: ViewContext): VNode {
  const note = e.interpretation;
  const encoded = note && (lang === 'zh' ? (note.zh?.encoded ?? note.encoded) : note.encoded);
  const alternative = note && (lang === 'zh' ? (note.zh?.alternative ?? note.alternative) : note.alternative);
  // A note with no Chinese version yet is shown as written, marked English.
  const noteLang = (t: string) => (lang === 'zh' && !/[\u3400-\u9fff]/.test(t) ? 'en' : undefined);
  // Every value has its words in both languages (a formula's expression and variables too).
  const value = e.value[lang];
  return h(
    'li',
    { 'data-provision': e.provision, 'data-entry-status': e.status },
    h('a', { class: 'value', href: `${pre(lang)}/policies/${place}/p/${e.id}/`, 'data-value': '' }, ...mixed(lang, value)),
    mixedStatus && h('span', { class: 'tag' }, words[e.status][lang]),
    h('span', { class: 'summary' }, ...mixed(lang, e.summary[lang])),
    e.appliesToText.length > 0 && h('span', { class: 'small muted' }, ...mixed(lang, lang === 'zh' ? `（${e.appliesToText.map((t) => t.zh).join('、')}）` : `(${e.appliesToText.map((t) => t.en).join(', ')})`)),
    ' ',
    h('a', { class: 'clause-link small', href: `${docHref(lang, place)}#${e.clause}`, ...(lang === 'en' ? { lang: 'zh' } : {}) }, e.clauseLabel),
    e.deferral && h('p', { class: 'deferral small' }, T.deferral, ...mixed(lang, e.deferral[lang])),
    encoded &&
      h('p', { class: 'interp small' }, T.interp, h('span', { lang: noteLang(encoded) }, ...mixed(lang, encoded)), ...(alternative ? [T.interpOther, h('span', { lang: noteLang(alternative) }, ...mixed(lang, alternative))] : [])),
    h('details', { class: 'small' }, h('summary', {}, T.quote), h('blockquote', { class: 'quote', lang: lang === 'en' ? 'zh' : undefined }, e.quote)),
  );
}

/** A document's cell of a row; `cell` absent: the document does not mention the topic. */
export function cellNode(place: ColumnPlace, cell: ViewCell | undefined, sortValue: string | undefined, ctx: ViewContext): VNode {
  const { lang, T, words } = ctx;
  const status = cell?.status ?? 'not-mentioned';
  const entries = cell?.entries ?? [];
  return h(
    'td',
    { 'data-policy': place.id, 'data-status': status, 'data-sort-value': sortValue, class: `cell st-${status}` },
    h('span', { class: 'status-label', 'data-status-label': '' }, `${place.name[lang]}${T.sep}${words[status][lang]}`),
    entries.length > 0 && h('ul', { class: 'entries' }, entries.map((e) => entryNode(e, place.id, entries.some((x) => x.status !== status), ctx))),
  );
}

/** A row's heading cell, with its permalink. */
export function topicCell(row: RowMeta, { lang, T }: ViewContext): VNode {
  return h('th', { scope: 'row', class: 'topic' }, h('a', { class: 'permalink', href: `#${row.id}`, title: T.permalink }, row.label[lang]));
}

/** The rows of an area for these documents: every topic row, and the catch-all row where a document has something in it. */
export function assembleRows(area: string, rows: readonly RowMeta[], docs: readonly DocCompare[]): { meta: RowMeta; cells: (ViewCell | undefined)[]; sort: ReturnType<typeof rowSortValues> }[] {
  return rows
    .map((meta) => ({ meta, cells: docs.map((d) => d.areas[area]?.[meta.id]) }))
    .filter((r) => !r.meta.catchAll || r.cells.some((c) => c?.entries.length))
    .map((r) => ({
      ...r,
      // The sort reads the cells' numbers only: an absent cell is an empty one.
      sort: rowSortValues({ cells: r.cells.map((c) => ({ entries: c?.entries ?? [] })) } as unknown as CompareRow),
    }));
}

/** A whole body row. */
export function rowNode(area: string, row: ReturnType<typeof assembleRows>[number], docs: readonly DocCompare[], ctx: ViewContext): VNode {
  return h(
    'tr',
    { id: row.meta.id, 'data-row': '', 'data-area': area },
    topicCell(row.meta, ctx),
    docs.map((d, i) => cellNode(d.place, row.cells[i], row.sort.values[i], ctx)),
  );
}

/** The table's caption. */
export const captionText = (label: string, rows: number, n: number, { T }: ViewContext): string => fill(T.caption, { label, rows, n });
