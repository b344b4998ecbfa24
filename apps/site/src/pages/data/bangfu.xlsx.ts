/**
 * The whole dataset as one Excel workbook, written at build time with exceljs from the SDK's
 * datasetSheets (说明, 文件, 规定, 对照): a bold, frozen header row with a filter on every sheet,
 * numeric columns (min, max, the provision counts) stored as numbers so Excel sorts them, text as
 * text. Byte-reproducible: the workbook's dates and the zip entries' dates are fixed to the latest
 * issue date of the documents (exceljs zips with JSZip, which otherwise stamps each entry with the
 * time of the build).
 */
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import ExcelJS from 'exceljs';
import { policyList } from '@bangfu/sdk';
import { datasetSheets } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../lib/compare.ts';

/** The JSZip that exceljs itself loads (its defaults give every zip entry its date). */
const jszip = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip') as { defaults: { date: Date | null } };

/** Column width in characters: the longest value (CJK counted twice), within 8–60. */
const widthOf = (values: (string | undefined)[]): number =>
  Math.min(60, Math.max(8, ...values.map((v) => [...(v ?? '')].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0) + 2)));

export async function datasetWorkbook(version: string = DATASET_VERSION): Promise<Uint8Array> {
  const stamp = new Date(`${policyList().map((p) => p.issued).sort().at(-1)}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'bangfu';
  wb.title = `bangfu dataset v${version}`;
  wb.created = stamp;
  wb.modified = stamp;
  for (const sheet of datasetSheets(version, policyList())) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c, i) => ({ header: c.key, key: c.key, width: widthOf([c.key, ...sheet.rows.slice(0, 400).map((r) => r[i])]) }));
    for (const r of sheet.rows) {
      ws.addRow(r.map((v, i) => (v === undefined || v === '' ? null : sheet.columns[i]!.numeric ? Number(v) : v)));
    }
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    for (const c of ws.columns) c.alignment = { vertical: 'top', wrapText: (c.width ?? 0) >= 60 };
  }
  const previous = jszip.defaults.date;
  jszip.defaults.date = stamp;
  try {
    return new Uint8Array(await wb.xlsx.writeBuffer());
  } finally {
    jszip.defaults.date = previous;
  }
}

// (the bytes are a plain Uint8Array; TypeScript's DOM and Node typings disagree on ArrayBufferLike)
export const GET: APIRoute = async () =>
  new Response((await datasetWorkbook()) as unknown as BodyInit, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
