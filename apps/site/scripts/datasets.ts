/**
 * The whole-dataset downloads, written after `astro build` (tools/build.ts) into dist/data/:
 *
 *   bangfu.json     the SDK's buildDataset, as JSON.stringify(…, null, 1) writes it
 *   bangfu.xlsx     the SDK's sheets (说明, 文件, 规定, 对照), written with exceljs's streaming writer
 *   bangfu.zip      every document's policy.json and compare.csv, every area's CSV, the JSON Schemas, a README
 *   <area>.csv      each area's comparison table (UTF-8 with a BOM)
 *
 *   node --conditions=bangfu-source scripts/datasets.ts [--out dist]
 *
 * They used to be Astro endpoints (src/pages/data/bangfu.json.ts, …), each holding its whole file in
 * memory inside the build: ≈ 1.2 GiB of the build's peak at 250 documents (bench/README.md). Here each
 * file is written as it is made, to disk: one document's JSON, one area's comparison table, one row of
 * a sheet at a time. What is held is every document's encoding (policyList(), ≈ 0.4 MiB each) and one
 * area's table. Every file is byte-reproducible, and bangfu.json, the CSVs and bangfu.zip are byte for
 * byte what the endpoints wrote (test/data.test.ts compares them with the SDK's in-memory functions).
 *
 * `--conditions=bangfu-source`: the SDK is read from its TypeScript source, as the pages are (the
 * site's build does not wait for the SDK's compiled dist/ to be rebuilt after a content change).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { AREA_IDS, policyList, type Area, type Policy } from '@bangfu/sdk';
import { buildDataset, buildDocumentDataset, compareArea, compareCsv, CSV_BOM, datasetDocument, datasetJsonSchemas, datasetSheetRows, documentCompareCsv } from '@bangfu/sdk/compare';

const require = createRequire(import.meta.url);
/** The dataset version is the SDK's package version (as src/lib/compare.ts's DATASET_VERSION, which Node cannot import: it imports JSON without an import attribute, as Vite allows). */
export const DATASET_VERSION: string = (require('@bangfu/sdk/package.json') as { version: string }).version;

/** The date every download is stamped with, so that two builds of the same documents are byte-identical: the latest issue date of the documents. */
const stampOf = (policies: readonly Policy[]): Date => new Date(`${policies.map((p) => p.issued).sort().at(-1)}T00:00:00Z`);

/** A file written piece by piece, synchronously (nothing is buffered: each write reaches the file before the next piece is made). */
function fileWriter(path: string): { write: (piece: string | Uint8Array) => void; close: () => void } {
  const fd = openSync(path, 'w');
  return {
    write: (piece) => {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    },
    close: () => closeSync(fd),
  };
}

// ---------------------------------------------------------------- bangfu.json

/**
 * JSON.stringify(value, null, 1) as it appears `depth` levels deep in a larger JSON.stringify(…, null, 1):
 * every line after the first indented by `depth` more spaces. (A JSON string never holds a raw newline —
 * JSON.stringify escapes it —, so every newline in the text is between two lines of the layout.)
 */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 1).replaceAll('\n', `\n${' '.repeat(depth)}`);

/** The top-level fields of the dataset that grow with the documents, and how to make their items one at a time. */
const STREAMED = {
  documents: (policies: readonly Policy[]) => policies.map(datasetDocument),
  policies: (policies: readonly Policy[]) => policies,
  // compareAll(policies) is AREA_IDS.map((a) => compareArea(a, policies)): the same tables, one at a time.
  comparison: function* (policies: readonly Policy[]) {
    for (const area of AREA_IDS) yield compareArea(area, policies);
  },
} as const satisfies Record<string, (policies: readonly Policy[]) => Iterable<unknown>>;

/**
 * data/bangfu.json: byte for byte JSON.stringify(buildDataset(version, policies), null, 1), without ever
 * holding it. The top-level object is written here; each item of its arrays (a document's entry, a
 * document's encoding, an area's comparison table) with JSON.stringify and indented to its depth. The
 * fields, their order and the fields that do not grow with the documents (dataset, version, cite) are
 * buildDataset's own, taken from the dataset of no documents.
 */
export function writeDatasetJson(path: string, version: string, policies: readonly Policy[]): void {
  const empty = buildDataset(version, []) as unknown as Record<string, unknown>;
  const out = fileWriter(path);
  try {
    const keys = Object.keys(empty);
    out.write('{');
    keys.forEach((key, k) => {
      out.write(`${k ? ',' : ''}\n ${JSON.stringify(key)}: `);
      if (!(key in STREAMED)) {
        if (Array.isArray(empty[key])) throw new Error(`writeDatasetJson: the dataset's field ${key} is a list that is not written item by item (add it to STREAMED)`);
        out.write(nested(empty[key], 1));
        return;
      }
      let n = 0;
      for (const item of STREAMED[key as keyof typeof STREAMED](policies)) out.write(`${n++ ? ',' : '['}\n  ${nested(item, 2)}`);
      out.write(n ? '\n ]' : '[]');
    });
    out.write(keys.length ? '\n}' : '}');
  } finally {
    out.close();
  }
}

// ---------------------------------------------------------------- <area>.csv

/** data/<area>.csv: the area's comparison table in long format, with a UTF-8 byte-order mark so that Excel reads the Chinese text as UTF-8. */
export function writeAreaCsv(path: string, area: Area, version: string, policies: readonly Policy[]): void {
  const out = fileWriter(path);
  try {
    out.write(CSV_BOM + compareCsv(compareArea(area, policies), version));
  } finally {
    out.close();
  }
}

// ---------------------------------------------------------------- bangfu.zip

/** The archive's README: what each file holds (in Chinese and English: the archive has no page of its own). */
const readme = (version: string, n: number): string =>
  [
    `bangfu 帮扶政策对照数据集 v${version} / bangfu dataset v${version}`,
    '',
    `${n} 份文件 / documents. 字段说明见 /data/ ；field reference: /en/data/`,
    '',
    'policies/<id>.json   一份文件的数据（与 data/bangfu.json 同一结构，只含这一份） / one document\'s part of the dataset (the shape of bangfu.json)',
    'policies/<id>.csv    这份文件在各领域对照表中的列（UTF-8 带 BOM） / its column of every comparison table (UTF-8 with BOM)',
    'compare/<area>.csv   各领域对照表（全部文件） / each area\'s comparison table, every document',
    'schema/<name>.json   JSON Schema (draft 2020-12)',
    '',
  ].join('\r\n');

/**
 * data/bangfu.zip (fflate, DEFLATE level 9): each document's part of the dataset as JSON and its
 * comparison column as CSV (the same bytes as /data/policies/<id>/policy.json and compare.csv), every
 * area's comparison CSV, the JSON Schemas and a README. fflate hands over the archive's bytes as each
 * entry is compressed (synchronously, ZipDeflate), and they go straight to the file. Every entry is
 * dated with the latest issue date of the documents.
 */
export function writeDatasetArchive(path: string, version: string, policies: readonly Policy[]): void {
  const mtime = stampOf(policies);
  const out = fileWriter(path);
  try {
    let failed: Error | null = null;
    let finished = false;
    const zip = new Zip((err, data, final) => {
      if (err) failed ??= err;
      else out.write(data);
      if (final) finished = true;
    });
    const add = (name: string, text: string) => {
      const file = new ZipDeflate(name, { level: 9 });
      file.mtime = mtime;
      zip.add(file);
      file.push(strToU8(text), true);
      if (failed) throw failed;
    };
    add('README.txt', readme(version, policies.length));
    for (const p of policies) {
      add(`policies/${p.id}.json`, JSON.stringify(buildDocumentDataset(version, p), null, 1));
      add(`policies/${p.id}.csv`, CSV_BOM + documentCompareCsv(version, p));
    }
    for (const area of AREA_IDS) add(`compare/${area}.csv`, CSV_BOM + compareCsv(compareArea(area, policies), version));
    for (const [name, schema] of Object.entries(datasetJsonSchemas(version))) add(`schema/${name}.json`, JSON.stringify(schema, null, 1));
    zip.end();
    if (failed) throw failed;
    if (!finished) throw new Error('writeDatasetArchive: fflate did not finish the archive');
  } finally {
    out.close();
  }
}

// ---------------------------------------------------------------- bangfu.xlsx

/** Column width in characters: the longest value (CJK counted twice), within 8–60. */
const widthOf = (values: (string | undefined)[]): number =>
  Math.min(60, Math.max(8, ...values.map((v) => [...(v ?? '')].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0) + 2)));
/** How many rows of a sheet its column widths are measured on (the first ones). */
const WIDTH_ROWS = 400;

interface Archive {
  append: (source: unknown, data?: Record<string, unknown>) => Archive;
}
/**
 * The archiver that exceljs's streaming writer zips with (the same module instance, resolved from
 * exceljs). It dates every entry with the time it is appended unless given a date.
 */
const archiver = createRequire(require.resolve('exceljs'))('archiver') as { create: (format: string, options?: object) => Archive };

/**
 * exceljs's streaming writer, every zip entry of it dated `stamp`: the writer makes its archiver and
 * appends the first entries (the theme, the package's relationships) in its constructor, so the
 * archiver is caught as it is made (archiver(format) calls archiver.create) and its append given the
 * date; archiver.create is put back at once.
 */
function datedWorkbookWriter(filename: string, stamp: Date): ExcelJS.stream.xlsx.WorkbookWriter {
  const create = archiver.create;
  archiver.create = (format, options) => {
    const zip = create.call(archiver, format, options);
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(source, { ...data, date: stamp });
    return zip;
  };
  try {
    return new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 9 } } });
  } finally {
    archiver.create = create;
  }
}

/**
 * What exceljs's WorksheetWriter streams a sheet's XML through (exceljs 4.4, lib/utils/stream-buf.js):
 * its own buffers of 64 KiB, each handed on when full to the streams it is piped to — here the
 * PassThrough archiver wraps it in when it is appended (archiver-utils' normalizeInputSource), whose
 * buffers (readable-stream 2: `_writableState`, `_readableState`) hold what the archiver has not read.
 */
interface SheetStream {
  buffers: { length: number }[];
  pipes: { _writableState?: { length: number }; _readableState?: { length: number } }[];
}
/** Bytes of a sheet's XML that may wait in memory before the writer waits for them to be compressed. */
const HELD_LIMIT = 4 << 20;

/** Bytes of the sheet's XML written and not yet taken by the archiver's deflater. */
function held(ws: ExcelJS.Worksheet): number {
  const s = (ws as unknown as { stream: SheetStream }).stream;
  return s.buffers.reduce((n, b) => n + b.length, 0) + s.pipes.reduce((n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
}

/** The most bytes of a sheet's XML held at once in the last writeDatasetWorkbook (for the tests: it stays near HELD_LIMIT, whatever the sheet's size). */
export let heldPeak = 0;

/**
 * Wait until the sheet's XML written so far is (nearly all) compressed. Nothing in exceljs's streaming
 * writer pushes back: the StreamBuf hands its buffers on whatever the pace downstream, and the
 * PassThrough keeps what it is given until the archiver reaches the sheet (it zips one entry at a time)
 * and its deflater reads it. Rows are made far faster than they are compressed, so without this the
 * whole sheet's XML would wait in memory. The data the deflater reads and its chunks (full buffers of
 * 64 KiB, the rest at the end) do not depend on when this waits, so neither do the bytes written.
 */
async function settle(ws: ExcelJS.Worksheet): Promise<void> {
  for (let h = held(ws); h > HELD_LIMIT; h = held(ws)) {
    heldPeak = Math.max(heldPeak, h);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/**
 * data/bangfu.xlsx: the SDK's sheets (datasetSheetRows: 说明, 文件, 规定, 对照), each with a bold,
 * frozen header row with a filter, numeric columns (min, max, the provision counts) stored as numbers
 * so that Excel sorts them, text as text, column widths from the first 400 rows, long columns wrapped.
 * Written with exceljs's streaming writer: each row committed (written out and let go) as it is made,
 * each sheet committed before the next; the rows are made one document or one area's table at a time.
 * Byte-reproducible: the workbook's dates and every zip entry's date are the latest issue date of the documents.
 */
export async function writeDatasetWorkbook(path: string, version: string, policies: readonly Policy[]): Promise<void> {
  const stamp = stampOf(policies);
  heldPeak = 0;
  const wb = datedWorkbookWriter(path, stamp);
  wb.creator = 'bangfu';
  wb.lastModifiedBy = 'bangfu';
  wb.title = `bangfu dataset v${version}`;
  wb.created = stamp;
  wb.modified = stamp;
  for (const sheet of datasetSheetRows(version, policies)) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // The first rows, for the column widths; the others are made as they are written.
    const rows = sheet.rows[Symbol.iterator]();
    const first: (string | undefined)[][] = [];
    let next = rows.next();
    for (; !next.done && first.length < WIDTH_ROWS; next = rows.next()) first.push(next.value);
    ws.columns = sheet.columns.map((c, i) => ({ header: c.key, key: c.key, width: widthOf([c.key, ...first.map((r) => r[i])]) }));
    // Set on the columns before any row is written: the header's cells take it now, every later cell from its column.
    for (const c of ws.columns) c.alignment = { vertical: 'top', wrapText: (c.width ?? 0) >= 60 };
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.getRow(1).commit();
    const cells = (r: (string | undefined)[]) => r.map((v, i) => (v === undefined || v === '' ? null : sheet.columns[i]!.numeric ? Number(v) : v));
    let written = 0;
    const put = async (r: (string | undefined)[]) => {
      ws.addRow(cells(r)).commit();
      heldPeak = Math.max(heldPeak, held(ws));
      if (++written % 256 === 0) await settle(ws);
    };
    for (const r of first.splice(0)) await put(r);
    for (; !next.done; next = rows.next()) await put(next.value);
    ws.commit();
    await settle(ws);
  }
  await wb.commit();
}

// ---------------------------------------------------------------- all of them

/** Every whole-dataset download of these documents into `<out>/data/`. */
export async function writeDatasets(out: string, version: string = DATASET_VERSION, policies: readonly Policy[] = policyList()): Promise<void> {
  const data = join(out, 'data');
  mkdirSync(data, { recursive: true });
  writeDatasetJson(join(data, 'bangfu.json'), version, policies);
  for (const area of AREA_IDS) writeAreaCsv(join(data, `${area}.csv`), area, version, policies);
  writeDatasetArchive(join(data, 'bangfu.zip'), version, policies);
  await writeDatasetWorkbook(join(data, 'bangfu.xlsx'), version, policies);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: resolve(fileURLToPath(import.meta.url), '../../dist') } } });
  await writeDatasets(resolve(values.out!));
}
