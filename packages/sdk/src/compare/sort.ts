/**
 * Sorting a comparison row by its figures. Dependency-free (types only), so that a browser script
 * can rank the places it has fetched (`@bangfu/sdk/compare/sort`) without loading the documents.
 */
import type { CompareRow, CellEntry } from './compare.ts';

/**
 * What a row can be sorted by: one number per cell, in one unit. The unit is the one most numeric
 * entries of the row share (the first column's on a tie), so that 1 year is never ranked beside
 * 6 months, nor a multiple beside a ratio; a cell's number is its smallest figure in that unit
 * (an entry's `min`, else its `max`). A cell without a figure in that unit has none (`undefined`).
 * `sortable` when at least two cells have a number.
 */
export function rowSortValues(row: CompareRow): { unit?: string; values: (string | undefined)[]; sortable: boolean } {
  const figure = (e: CellEntry): string | undefined => e.numbers.min ?? e.numbers.max;
  const counts = new Map<string, number>();
  for (const c of row.cells) for (const e of c.entries) if (e.numbers.unit && figure(e) !== undefined) counts.set(e.numbers.unit, (counts.get(e.numbers.unit) ?? 0) + 1);
  let unit: string | undefined;
  for (const [u, n] of counts) if (unit === undefined || n > counts.get(unit)!) unit = u;
  const values = row.cells.map((c) => {
    const figures = c.entries.filter((e) => e.numbers.unit === unit).map(figure).filter((v): v is string => v !== undefined);
    // Decimal strings compared as numbers: the encodings' figures have few digits, exact in a double.
    return figures.length ? figures.reduce((a, b) => (Number(b) < Number(a) ? b : a)) : undefined;
  });
  return { ...(unit ? { unit } : {}), values, sortable: values.filter((v) => v !== undefined).length >= 2 };
}
