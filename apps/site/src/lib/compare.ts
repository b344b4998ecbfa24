/** Shared by the comparison, curves and data pages: the dataset version and status words. */
import sdkPackage from '@bangfu/sdk/package.json';
import { CELL_STATUSES, compareAll, OTHER_LABEL, otherTopicId, topicsOfArea, type CellStatus } from '@bangfu/sdk/compare';
import type { Area, Policy } from '@bangfu/sdk';
import { clauseLabel } from './clause-label.ts';
import { appliesToZh, dateZh } from './format.ts';
import { dateEn, groupEn } from './i18n.ts';
import type { ColumnPlace, DocCompare, RowMeta, StatusWords } from './compare-view.ts';

/** The dataset version is the SDK's package version (bumped by changesets). */
export const DATASET_VERSION: string = (sdkPackage as { version: string }).version;

export const statusZh = (s: CellStatus): string => CELL_STATUSES[s].zh;

/** URL of an area's comparison page, and of a row on it. */
export const compareUrl = (area: string): string => `/compare/${area}/`;
export const rowUrl = (area: string, rowId: string): string => `${compareUrl(area)}#${rowId}`;


/** A document as a comparison column. */
export const columnPlace = (p: Policy): ColumnPlace => ({ id: p.id, name: { zh: p.shortName.zh, en: p.shortName.en }, issued: { zh: dateZh(p.issued), en: dateEn(p.issued) }, inForce: p.inForce });

const docCompareCache = new Map<string, DocCompare>();

/**
 * One document's cells for every area (`/data/policies/<id>/compare.json`, and the columns a page
 * is built with): the SDK's comparison of that document alone, each entry with its clause as the
 * document numbers it and its groups as the document names them (and in English).
 */
export function docCompare(policy: Policy): DocCompare {
  const cached = docCompareCache.get(policy.id);
  if (cached) return cached;
  const areas: DocCompare['areas'] = {};
  for (const t of compareAll([policy])) {
    const rows: DocCompare['areas'][string] = {};
    for (const r of t.rows) {
      const c = r.cells[0]!;
      if (c.status === 'not-mentioned') continue;
      rows[r.id] = {
        status: c.status,
        entries: c.entries.map((e) => ({
          ...e,
          clauseLabel: clauseLabel(e.clause, policy.clauses.find((x) => x.id === e.clause)?.heading),
          appliesToText: appliesToZh(e, policy).map((zh, i) => ({ zh, en: groupEn(e.appliesTo[i]!) })),
        })),
      };
    }
    areas[t.area] = rows;
  }
  const out: DocCompare = { id: policy.id, place: columnPlace(policy), areas };
  docCompareCache.set(policy.id, out);
  return out;
}

/** The rows an area's table can have: its topics in vocabulary order, then its catch-all row. */
export const rowMetas = (area: Area): RowMeta[] => [
  ...topicsOfArea(area).map((t) => ({ id: t.id, label: { zh: t.label.zh, en: t.label.en }, catchAll: false })),
  { id: otherTopicId(area), label: { zh: OTHER_LABEL.zh, en: OTHER_LABEL.en }, catchAll: true },
];

/** The status words, for the page and its script. */
export const statusWords = (): StatusWords => Object.fromEntries(Object.entries(CELL_STATUSES).map(([k, v]) => [k, { zh: v.zh, en: v.en }])) as StatusWords;
