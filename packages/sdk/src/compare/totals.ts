/**
 * Counts over a set of documents: what a page about all of them says (how many provisions, of which
 * kinds, how many interpretation notes, and each area's comparison table in numbers) without holding
 * them. `datasetTotals(policyList())` is computed when the content is compiled and shipped as
 * `TOTALS` (generated/totals.ts, written by build/totals.ts), so that a program that shows the counts
 * of every document — the site's comparison index, data page and about page — loads no document.
 */
import { z } from 'zod';
import { Area, AREA_IDS, ProvisionKind, PROVISION_KIND_IDS, type Policy } from '../schema/index.ts';
import { CellStatus, compareArea, compareStats } from './compare.ts';
import { datasetSheets } from './dataset.ts';

const byStatus = z.object({ quantified: z.number().int(), promised: z.number().int(), 'separate-standard': z.number().int(), 'not-mentioned': z.number().int() });

/** One area's comparison table over the documents, in numbers (compareStats of compareArea). */
export const AreaTotals = z.object({
  area: Area,
  rows: z.number().int().nonnegative(),
  cells: z.number().int().nonnegative(),
  cellsByStatus: byStatus,
  provisionsByStatus: byStatus,
  /** Lines of the area's comparison CSV (compareRecords): one per provision in a cell, one per empty cell. */
  records: z.number().int().nonnegative(),
});
export type AreaTotals = z.infer<typeof AreaTotals>;

/** The counts of a set of documents (datasetTotals; TOTALS for every local one). */
export const DatasetTotals = z.object({
  documents: z.number().int().nonnegative(),
  provisions: z.number().int().nonnegative(),
  provisionsByKind: z.record(ProvisionKind, z.number().int().nonnegative()),
  /** Provisions carrying an interpretation note (the reading encoded and the other one). */
  interpretations: z.number().int().nonnegative(),
  /** Every area, in AREA_IDS order. */
  areas: z.array(AreaTotals),
});
export type DatasetTotals = z.infer<typeof DatasetTotals>;

/** The counts of these documents: one area's table at a time, never every table at once. */
export function datasetTotals(policies: readonly Policy[]): DatasetTotals {
  const provisionsByKind = Object.fromEntries(PROVISION_KIND_IDS.map((k) => [k, 0])) as Record<ProvisionKind, number>;
  let provisions = 0;
  let interpretations = 0;
  for (const p of policies) {
    for (const x of p.provisions) {
      provisions++;
      provisionsByKind[x.kind]++;
      if (x.interpretation) interpretations++;
    }
  }
  const areas = AREA_IDS.map((area) => {
    const table = compareArea(area, policies);
    const records = table.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + Math.max(1, c.entries.length), 0), 0);
    return { area, ...compareStats([table]), records };
  });
  return { documents: policies.length, provisions, provisionsByKind, interpretations, areas };
}

/** The counts of several areas together (the comparison index's totals): each count summed. */
export function sumAreaTotals(areas: readonly AreaTotals[]): Omit<AreaTotals, 'area'> {
  const zero = (): Record<CellStatus, number> => ({ quantified: 0, promised: 0, 'separate-standard': 0, 'not-mentioned': 0 });
  const out = { rows: 0, cells: 0, cellsByStatus: zero(), provisionsByStatus: zero(), records: 0 };
  for (const a of areas) {
    out.rows += a.rows;
    out.cells += a.cells;
    out.records += a.records;
    for (const s of CellStatus.options) {
      out.cellsByStatus[s] += a.cellsByStatus[s];
      out.provisionsByStatus[s] += a.provisionsByStatus[s];
    }
  }
  return out;
}

/**
 * The sheets of the spreadsheet download (datasetSheets) with the number of rows each has over the
 * documents these totals count — what a page describing the download shows, without building it.
 */
export function datasetSheetSizes(version: string, totals: DatasetTotals): { name: string; rows: number }[] {
  const rows: Record<string, (s: { rows: unknown[] }) => number> = {
    文件: () => totals.documents,
    规定: () => totals.provisions,
    对照: () => sumAreaTotals(totals.areas).records,
  };
  // The sheets' names and fixed rows (说明) as the download has them: the sheets of no document.
  return datasetSheets(version, []).map((s) => ({ name: s.name, rows: (rows[s.name] ?? ((x) => x.rows.length))(s) }));
}
