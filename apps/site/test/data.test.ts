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
import { buildDataset, COMPARE_COLUMNS, compareArea, compareCsv } from '@bangfu/sdk/compare';
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
    expect(data).toEqual(JSON.parse(JSON.stringify(buildDataset(version))));
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
    it(`${area}.csv has the documented columns, the version and one line per entry or empty cell`, () => {
      const csv = readFileSync(fileFor(`/data/${area}.csv`), 'utf8');
      expect(csv).toBe(compareCsv(compareArea(area), version));
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe(COMPARE_COLUMNS.join(','));
      const t = compareArea(area);
      expect(lines.length - 1).toBe(t.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + Math.max(c.entries.length, 1), 0), 0));
      for (const l of lines.slice(1)) expect(l.startsWith(`${version},${area},`)).toBe(true);
    });
  }
});

describe('the data page', () => {
  it('links every download, explains every CSV column and shows how to cite', () => {
    const html = read('/data/');
    expect(html).toContain('href="/data/bangfu.json"');
    for (const a of AREA_IDS) expect(html).toContain(`href="/data/${a}.csv"`);
    for (const n of ['dataset', 'policy', 'provision', 'compare-table']) expect(html).toContain(`href="/data/schema/${n}.json"`);
    for (const c of COMPARE_COLUMNS) expect(html).toContain(`<code>${c}</code>`);
    expect(html).toContain(`bangfu dataset v${version}, guzhang-2021:medical.inpatient.dibao.threshold`);
  });
});
