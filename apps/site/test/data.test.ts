/**
 * Downloads, read from dist/: the dataset JSON parses and validates against the JSON Schema the
 * site publishes (generated from the SDK's zod schemas), and equals what the SDK builds; each CSV
 * has the documented columns and one line per entry or empty cell; every download carries the
 * dataset version and the documents' dates.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREA_IDS, policyList } from '@bangfu/sdk';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { buildDataset, COMPARE_COLUMNS, compareAll, compareArea, compareCsv, CSV_BOM, datasetSheets, PROVISION_SHEET_COLUMNS, valueNumbers } from '@bangfu/sdk/compare';
import sdkPackage from '@bangfu/sdk/package.json';
import { assertBuilt, fileFor, read } from './dist.ts';

beforeAll(assertBuilt);

/**
 * ajv (draft 2020-12). It is not yet a direct devDependency of the site; until it is, it is
 * resolved through lighthouse (a devDependency that depends on ajv ^8).
 */
function loadAjv2020(): new (opts: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } } {
  const req = createRequire(import.meta.url);
  try {
    return req('ajv/dist/2020').default;
  } catch {
    const viaLighthouse = createRequire(req.resolve('lighthouse/package.json'));
    return viaLighthouse('ajv/dist/2020').default;
  }
}

const version = (sdkPackage as { version: string }).version;
const json = (path: string) => JSON.parse(readFileSync(fileFor(path), 'utf8'));

describe('the dataset download', () => {
  it('validates against the published JSON Schema and equals the SDK’s buildDataset', () => {
    const Ajv = loadAjv2020();
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(json('/data/schema/dataset.json'));
    const data = json('/data/bangfu.json');
    expect(validate(data), JSON.stringify(validate.errors).slice(0, 2000)).toBe(true);
    expect(data).toEqual(JSON.parse(JSON.stringify(buildDataset(version, policyList()))));
  });

  it('is byte for byte JSON.stringify(buildDataset(version, policyList()), null, 1), as the endpoint wrote it before scripts/datasets.ts streamed it', () => {
    const bytes = readFileSync(fileFor('/data/bangfu.json'));
    expect(bytes.equals(Buffer.from(JSON.stringify(buildDataset(version, policyList()), null, 1), 'utf8'))).toBe(true);
  });

  it('each policy and comparison table also validates against its own schema', () => {
    const Ajv = loadAjv2020();
    const ajv = new Ajv({ allErrors: true, strict: false });
    const policy = ajv.compile(json('/data/schema/policy.json'));
    const provision = ajv.compile(json('/data/schema/provision.json'));
    const table = ajv.compile(json('/data/schema/compare-table.json'));
    const data = json('/data/bangfu.json');
    for (const p of data.policies) {
      expect(policy(p), p.id).toBe(true);
      for (const pr of p.provisions) expect(provision(pr), `${p.id}:${pr.id}`).toBe(true);
    }
    for (const t of data.comparison) expect(table(t), t.area).toBe(true);
    // …and rejects what it should: a provision without its quote.
    const { quote: _q, ...noQuote } = data.policies[0].provisions[0];
    expect(provision(noQuote)).toBe(false);
  });

  it('is stamped with the dataset version and each document’s dates', () => {
    const data = json('/data/bangfu.json');
    expect(data.version).toBe(version);
    expect(data.documents.map((d: { id: string; issued: string }) => [d.id, d.issued])).toEqual(policyList().map((p) => [p.id, p.issued]));
    expect(data.cite.provision).toBe(`bangfu dataset v${version}, guzhang-2021:medical.inpatient.dibao.threshold`);
    for (const name of ['dataset', 'policy', 'provision', 'compare-table']) expect(json(`/data/schema/${name}.json`).description).toContain(`v${version}`);
  });
});

describe('the CSV downloads', () => {
  for (const area of AREA_IDS) {
    it(`${area}.csv starts with the UTF-8 BOM, then has the documented columns, the version and one line per entry or empty cell`, () => {
      const bytes = readFileSync(fileFor(`/data/${area}.csv`));
      // EF BB BF: the byte-order mark Excel needs to read the file as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8');
      // Byte for byte the in-memory table's CSV (what the endpoint wrote before scripts/datasets.ts).
      expect(bytes.equals(Buffer.from(CSV_BOM + compareCsv(compareArea(area, policyList()), version), 'utf8'))).toBe(true);
      const lines = csv.slice(CSV_BOM.length).trimEnd().split('\r\n');
      expect(lines[0]).toBe(COMPARE_COLUMNS.join(','));
      const t = compareArea(area, policyList());
      expect(lines.length - 1).toBe(t.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + Math.max(c.entries.length, 1), 0), 0));
      for (const l of lines.slice(1)) expect(l.startsWith(`${version},${area},`)).toBe(true);
    });
  }
});

describe('the XLSX download', () => {
  /** A cell as the text a CSV would hold: numbers back to decimal strings, empty cells as ''. */
  const asText = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v));
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(fileFor('/data/bangfu.xlsx')) as unknown as ArrayBuffer);
  });
  const rowsOf = (name: string): ExcelJS.CellValue[][] => {
    const ws = wb.getWorksheet(name)!;
    const out: ExcelJS.CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (r) => out.push(Array.from({ length: ws.columnCount }, (_, i) => r.getCell(i + 1).value)));
    return out;
  };

  it('opens (read back with exceljs) and has the four sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '文件', '规定', '对照']);
  });

  it('对照 holds every record of every area’s CSV, cell by cell, with min and max stored as numbers', () => {
    const rows = rowsOf('对照');
    expect(rows[0]).toEqual([...COMPARE_COLUMNS]);
    // The sheet's records (the SDK's test holds them equal to the parsed per-area CSVs).
    const fromCsv = datasetSheets(version, policyList()).find((s) => s.name === '对照')!.rows;
    expect(rows.length - 1).toBe(fromCsv.length);
    // Every line of the per-area CSVs: one per entry or empty cell.
    expect(rows.length - 1).toBe(compareAll(policyList()).reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.reduce((k, c) => k + Math.max(c.entries.length, 1), 0), 0), 0));
    rows.slice(1).forEach((r, i) => expect(r.map(asText), String(i)).toEqual(fromCsv[i]!.map((v) => v ?? '')));
    const min = COMPARE_COLUMNS.indexOf('min');
    // 古丈 4.3 “对城市低保对象设起付线4000元”: the number 4000, not the text "4000".
    const g = rows.find((r) => r[COMPARE_COLUMNS.indexOf('provision')] === 'guzhang-2021:medical.inpatient.dibao.threshold')!;
    expect(g[min]).toBe(4000);
    expect(g[COMPARE_COLUMNS.indexOf('value_zh')]).toBe('起付线 4000 元/年');
  });

  it('规定 holds every provision of every document once, its numbers equal to the encoding’s', () => {
    const rows = rowsOf('规定');
    expect(rows[0]).toEqual([...PROVISION_SHEET_COLUMNS]);
    const col = (k: (typeof PROVISION_SHEET_COLUMNS)[number]) => PROVISION_SHEET_COLUMNS.indexOf(k);
    expect(rows.slice(1).map((r) => r[col('provision')])).toEqual(policyList().flatMap((p) => p.provisions.map((pr) => `${p.id}:${pr.id}`)));
    for (const r of rows.slice(1)) {
      const [pid, id] = String(r[col('provision')]).split(':') as [string, string];
      const n = valueNumbers(policyList().find((p) => p.id === pid)!.provisions.find((p) => p.id === id)!);
      expect([asText(r[col('min')]), asText(r[col('max')]), asText(r[col('unit')]), asText(r[col('bound')])], `${pid}:${id}`).toEqual([n.min ?? '', n.max ?? '', n.unit ?? '', n.bound ?? '']);
    }
  });

  it('every sheet has a bold header row, frozen, with a filter over its columns; widths from the values, the widest columns wrapped', () => {
    const filters: Record<string, string> = { 说明: 'A1:B1', 文件: 'A1:G1', 规定: 'A1:AA1', 对照: 'A1:AA1' }; // 2, 7, 27 and 27 columns
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBe(filters[ws.name]);
      for (let c = 1; c <= ws.columnCount; c++) {
        expect(ws.getRow(1).getCell(c).font?.bold, `${ws.name} header ${c}`).toBe(true);
        expect(ws.getRow(2).getCell(c).font?.bold, `${ws.name} row 2, ${c}`).not.toBe(true);
      }
    }
    // 说明: the longest name is cite_provision (14 characters, + 2 = 16); the values pass 60 characters, so 60 and wrapped.
    const about = wb.getWorksheet('说明')!;
    expect(about.columns.map((c) => c.width)).toEqual([16, 60]);
    expect([about.getRow(2).getCell(1).alignment, about.getRow(2).getCell(2).alignment]).toEqual([{ vertical: 'top' }, { vertical: 'top', wrapText: true }]);
    // 文件: issued is a date of 10 characters (+ 2 = 12); provisions a number (古丈 2021: 91 provisions).
    const docs = wb.getWorksheet('文件')!;
    expect(docs.getColumn(4).width).toBe(12);
    expect(rowsOf('文件').slice(1).map((r) => r[6])).toEqual(policyList().map((p) => p.provisions.length));
    expect(rowsOf('文件').find((r) => r[0] === 'guzhang-2021')![6]).toBe(91);
  });

  it('文件 lists the documents with their dates, 说明 the version and how to cite', () => {
    expect(rowsOf('文件').slice(1).map((r) => [r[0], r[3]])).toEqual(policyList().map((p) => [p.id, p.issued]));
    const about = Object.fromEntries(rowsOf('说明').map((r) => [asText(r[0]), asText(r[1])]));
    expect(about.version).toBe(version);
    expect(about.cite_provision).toBe(`bangfu dataset v${version}, guzhang-2021:medical.inpatient.dibao.threshold`);
  });
});

describe('the data page', () => {
  it('links every download, explains every CSV column and shows how to cite', () => {
    const html = read('/data/');
    expect(html).toContain('href="/data/bangfu.json"');
    // Every download link is a download (the `download` attribute), not a page to open.
    for (const href of ['/data/bangfu.json', '/data/bangfu.xlsx', ...AREA_IDS.map((a) => `/data/${a}.csv`)]) expect(html).toMatch(new RegExp(`<a href="${href}" download[\\s>]`));
    for (const n of ['dataset', 'policy', 'provision', 'compare-table']) expect(html).toContain(`href="/data/schema/${n}.json"`);
    for (const c of COMPARE_COLUMNS) expect(html).toContain(`<code>${c}</code>`);
    expect(html).toContain(`bangfu dataset v${version}, guzhang-2021:medical.inpatient.dibao.threshold`);
  });
});

describe('the dataset per document and as one archive', () => {
  const version = (sdkPackage as { version: string }).version;

  it('each document’s policy.json is its part of the dataset: bangfu.json’s fields for that document alone', () => {
    const whole = JSON.parse(read('/data/bangfu.json')) as { documents: { id: string }[]; policies: { id: string }[] };
    for (const policy of policyList()) {
      const one = JSON.parse(read(`/data/policies/${policy.id}/policy.json`)) as typeof whole & { version: string; comparison: { policies: string[] }[] };
      expect(one.version).toBe(version);
      expect(one.documents).toEqual(whole.documents.filter((d) => d.id === policy.id));
      expect(one.policies).toEqual(whole.policies.filter((p) => p.id === policy.id));
      expect(new Set(one.comparison.flatMap((t) => t.policies))).toEqual(new Set([policy.id]));
    }
  });

  it('each document’s compare.csv (with a BOM) holds the lines of the area CSVs that are its own, in the same columns', () => {
    for (const policy of policyList()) {
      const csv = readFileSync(fileFor(`/data/policies/${policy.id}/compare.csv`), 'utf8');
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      const lines = csv.slice(1).split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(COMPARE_COLUMNS.join(','));
      // Each area's table of every document, its cells cut to this one's column, written by the area CSVs' writer;
      // the catch-all row ("other provisions") only where this document has some (it exists for the documents that do).
      const own = AREA_IDS.flatMap((a) => {
        const t = compareArea(a, policyList());
        const rows = t.rows.map((r) => ({ ...r, cells: r.cells.filter((c) => c.policy === policy.id) })).filter((r) => !r.catchAll || r.cells[0]!.entries.length);
        return compareCsv({ ...t, rows }, version).split('\r\n').slice(1).filter(Boolean);
      });
      expect(lines.slice(1)).toEqual(own);
    }
  });

  it('bangfu.zip holds every document’s two files (the same bytes as the downloads), every area CSV and the schemas', () => {
    const entries = unzipSync(readFileSync(fileFor('/data/bangfu.zip')));
    const names = Object.keys(entries).sort();
    const expected = [
      'README.txt',
      ...policyList().flatMap((p) => [`policies/${p.id}.csv`, `policies/${p.id}.json`]),
      ...AREA_IDS.map((a) => `compare/${a}.csv`),
      ...['dataset', 'policy', 'provision', 'compare-table'].map((n) => `schema/${n}.json`),
    ].sort();
    expect(names).toEqual(expected);
    for (const p of policyList()) {
      expect(Buffer.from(entries[`policies/${p.id}.json`]!).equals(readFileSync(fileFor(`/data/policies/${p.id}/policy.json`))), p.id).toBe(true);
      expect(Buffer.from(entries[`policies/${p.id}.csv`]!).equals(readFileSync(fileFor(`/data/policies/${p.id}/compare.csv`))), p.id).toBe(true);
    }
    expect(Buffer.from(entries['compare/medical.csv']!).equals(readFileSync(fileFor('/data/medical.csv')))).toBe(true);
  });
});
