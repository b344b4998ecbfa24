/**
 * scripts/datasets.ts, the whole-dataset downloads streamed to files after astro build: bangfu.json is
 * the SDK's in-memory JSON byte for byte whatever the number of documents (none, one, all); bangfu.xlsx
 * is byte-reproducible (two runs, and the build's own file, are the same bytes), every entry of it dated
 * with the latest issue date of the documents; bangfu.zip's entries in the order and with the dates the
 * endpoint gave them. (test/data.test.ts checks what the files of the build hold against the SDK.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { AREA_IDS, getPolicy, policyList } from '@bangfu/sdk';
import { buildDataset, compareArea, compareCsv, CSV_BOM, datasetJsonSchemas } from '@bangfu/sdk/compare';
import { DATASET_VERSION, writeDatasetJson, writeDatasetWorkbook } from '../scripts/datasets.ts';
import { assertBuilt, fileFor } from './dist.ts';

beforeAll(assertBuilt);
const dir = mkdtempSync(join(tmpdir(), 'bangfu-datasets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A zip's entries in the order of its central directory, with their MS-DOS date and time fields as stored (APPNOTE.TXT 4.3.12, 4.3.16). */
function centralDirectory(zip: Buffer): { name: string; date: number; time: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: { name: string; date: number; time: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [n, e, c] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    out.push({ name: zip.toString('utf8', at + 46, at + 46 + n), time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
    at += 46 + n + e + c;
  }
  return out;
}
/** The MS-DOS date field of a day: bits 15–9 years since 1980, 8–5 the month, 4–0 the day. */
const dosDate = (year: number, month: number, day: number): number => ((year - 1980) << 9) | (month << 5) | day;

/** The latest issue date of the documents, the day every download is stamped with. */
const latest = policyList().map((p) => p.issued).sort().at(-1)!;
const [y, m, d] = latest.split('-').map(Number) as [number, number, number];

describe('bangfu.json, written item by item', () => {
  it('is byte for byte JSON.stringify(buildDataset(…), null, 1) for no document, one document and every one', () => {
    const cases = { none: [], one: [getPolicy('guzhang-2021')], all: policyList() };
    for (const [name, docs] of Object.entries(cases)) {
      const file = join(dir, `${name}.json`);
      writeDatasetJson(file, '9.9.9', docs);
      expect(readFileSync(file).equals(Buffer.from(JSON.stringify(buildDataset('9.9.9', docs), null, 1), 'utf8')), name).toBe(true);
    }
    // (the case of no document writes its lists as `[]`, as JSON.stringify does)
    expect(readFileSync(join(dir, 'none.json'), 'utf8')).toContain('\n "documents": [],\n "policies": [],\n "comparison": [\n  {');
  });
});

describe('bangfu.xlsx, written with exceljs’s streaming writer', () => {
  let first: Buffer;
  beforeAll(async () => {
    await writeDatasetWorkbook(join(dir, 'a.xlsx'), DATASET_VERSION, policyList());
    first = readFileSync(join(dir, 'a.xlsx'));
  });

  it('is byte-reproducible: a second run writes the same bytes, and so did the build', async () => {
    await writeDatasetWorkbook(join(dir, 'b.xlsx'), DATASET_VERSION, policyList());
    expect(readFileSync(join(dir, 'b.xlsx')).equals(first)).toBe(true);
    expect(readFileSync(fileFor('/data/bangfu.xlsx')).equals(first)).toBe(true);
  });

  it('dates every zip entry and the workbook’s properties with the latest issue date of the documents, not the time of the build', () => {
    const entries = centralDirectory(first);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/theme/theme1.xml', '_rels/.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet4.xml', 'docProps/core.xml', 'xl/workbook.xml']));
    // archiver writes the date in UTC: the day itself, at 00:00:00.
    for (const e of entries) expect([e.name, e.date, e.time]).toEqual([e.name, dosDate(y, m, d), 0]);
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${latest}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${latest}T00:00:00Z</dcterms:modified>`);
    expect(core).toContain(`<dc:title>bangfu dataset v${DATASET_VERSION}</dc:title>`);
  });
});

describe('bangfu.zip, streamed to its file', () => {
  it('holds its entries in the endpoint’s order (README, each document’s two files, the areas, the schemas), all dated alike', () => {
    const zip = readFileSync(fileFor('/data/bangfu.zip'));
    const entries = centralDirectory(zip);
    const schemas = Object.keys(datasetJsonSchemas(DATASET_VERSION));
    expect(entries.map((e) => e.name)).toEqual([
      'README.txt',
      ...policyList().flatMap((p) => [`policies/${p.id}.json`, `policies/${p.id}.csv`]),
      ...AREA_IDS.map((a) => `compare/${a}.csv`),
      ...schemas.map((n) => `schema/${n}.json`),
    ]);
    // fflate writes the date in local time (so it is the day at 00:00 only where the clock is UTC): the same on every entry.
    const stamp = new Date(`${latest}T00:00:00Z`);
    const local = { date: dosDate(stamp.getFullYear(), stamp.getMonth() + 1, stamp.getDate()), time: (stamp.getHours() << 11) | (stamp.getMinutes() << 5) | (stamp.getSeconds() >> 1) };
    for (const e of entries) expect({ date: e.date, time: e.time }, e.name).toEqual(local);
    // Each area's table and each schema as the SDK makes them in memory.
    const files = unzipSync(zip);
    for (const a of AREA_IDS) expect(Buffer.from(files[`compare/${a}.csv`]!).equals(Buffer.from(CSV_BOM + compareCsv(compareArea(a, policyList()), DATASET_VERSION), 'utf8')), a).toBe(true);
    for (const [n, schema] of Object.entries(datasetJsonSchemas(DATASET_VERSION))) expect(strFromU8(files[`schema/${n}.json`]!), n).toBe(JSON.stringify(schema, null, 1));
  });
});
