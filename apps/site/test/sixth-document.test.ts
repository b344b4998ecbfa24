/**
 * Discovery, not registration: a sixth document is one folder. In a temporary copy of the repository,
 * the fixture folder test/fixtures/shili-2024/ (a fictional document) is added under
 * content/policies/ and nothing else is touched; the SDK build discovers it, the CLI lists and
 * compares it, and the site builds its page and a comparison column for it. Every other file of
 * the copy is still byte-identical afterwards.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyList } from '@bangfu/sdk';
import { DOCS_N_ZH } from '../src/lib/format.ts';
import { copyRepo, nodeIn, REPO as repo } from './repo-copy.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(here, 'fixtures/shili-2024');
const ID = 'shili-2024';

let copy: string;
let files: string[];
const node = (args: string[], cwd = copy): string => nodeIn(cwd, args);

beforeAll(() => {
  ({ copy, files } = copyRepo('bangfu-sixth-'));
  // The one change: the new document's folder.
  cpSync(FIXTURE, join(copy, 'content/policies', ID), { recursive: true });
  node(['packages/sdk/build/compile-content.ts']);
}, 600_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a sixth document, added as one folder', () => {
  it('is discovered by the SDK: its id, its data and a module of its own', () => {
    const ids = readFileSync(join(copy, 'packages/sdk/src/generated/ids.ts'), 'utf8');
    expect(ids).toContain(`'${ID}'`);
    expect(existsSync(join(copy, 'packages/sdk/src/generated/policies', `${ID}.ts`))).toBe(true);
  });

  it('is listed by the CLI (bangfu policies), beside the documents already there', () => {
    const list = JSON.parse(node(['packages/sdk/src/cli.ts', 'policies'])) as { id: string; provisions: number }[];
    const before = policyList().map((p) => p.id);
    expect(list.map((p) => p.id).sort()).toEqual([...before, ID].sort());
    expect(list.find((p) => p.id === ID)?.provisions).toBe(5);
  });

  it('computes with the calculators: "起付线3000元，按60%的比例救助" → (13000 − 3000) × 0.6 = 6000', () => {
    const r = JSON.parse(node(['packages/sdk/src/cli.ts', 'calc', 'medical-aid', '--policy', ID, '--input', '{"group":"dibao","care":"inpatient","selfPaid":"13000"}'])) as { status: string; amount: string };
    expect(r).toMatchObject({ status: 'computed', amount: '6000.00' });
  });

  it('is a column of the comparison tables, in the rows of its concepts', () => {
    const table = JSON.parse(node(['packages/sdk/src/cli.ts', 'compare', '--area', 'medical'])) as { policies: string[]; rows: { id: string; cells: { policy: string; status: string }[] }[] };
    expect(table.policies).toContain(ID);
    const cell = (row: string) => table.rows.find((r) => r.id === row)!.cells.find((c) => c.policy === ID)!.status;
    expect(cell('medical.inpatient-ratio')).toBe('quantified');
    expect(cell('medical.inpatient-threshold')).toBe('quantified');
    expect(cell('medical.outpatient-ratio')).toBe('not-mentioned');
  });

  describe('the site, built from the copy', () => {
    beforeAll(() => {
      node([join(copy, 'apps/site/node_modules/astro/bin/astro.mjs'), 'build', '--silent'], join(copy, 'apps/site'));
    }, 600_000);
    const page = (p: string) => readFileSync(join(copy, 'apps/site/dist', p, 'index.html'), 'utf8');

    it('has a page for the document, clause by clause, its figures linked', () => {
      const html = page(`policies/${ID}`);
      expect(html).toContain('示例县城市困难群众救助帮扶办法');
      expect(html).toContain(`href="/policies/${ID}/p/medical.inpatient.dibao.ratio/"`);
      expect(existsSync(join(copy, 'apps/site/dist/policies', ID, 'p/medical.inpatient.dibao.ratio/index.html'))).toBe(true);
    });

    const file = (p: string) => readFileSync(join(copy, 'apps/site/dist', p), 'utf8');
    const columns = (html: string) => [...html.matchAll(/data-policy-column="([^"]+)"/g)].map((m) => m[1]);

    it('its comparison cells are a file of its own; the tables keep to the default places, so their size does not grow with a sixth document', () => {
      // 示例县 "起付线3000元，按60%的比例救助": quantified in the inpatient threshold and ratio rows.
      const cells = JSON.parse(file(`data/policies/${ID}/compare.json`)) as { id: string; areas: Record<string, Record<string, { status: string }>> };
      expect(cells.id).toBe(ID);
      expect(cells.areas.medical?.['medical.inpatient-ratio']?.status).toBe('quantified');
      expect(cells.areas.medical?.['medical.inpatient-threshold']?.status).toBe('quantified');
      // The pages are built with the first five documents in listing order (the fixture sorts last), nothing of the sixth.
      const five = policyList().map((p) => p.id);
      for (const p of ['compare/medical', 'compare/basic-living', 'en/compare/medical']) {
        const html = page(p);
        expect(columns(html), p).toEqual(five);
        expect(html, p).not.toContain(ID);
      }
      for (const p of ['compare/curves', 'en/compare/curves', 'data', 'en/data']) expect(page(p), p).not.toContain(`${ID}/`);
      // It is offered by the place picker: its province's file lists it.
      const index = JSON.parse(file('data/places/index.json')) as { provinces: { slug: string; zh: string }[] };
      const province = index.provinces.find((x) => x.zh === '示例省')!;
      expect((JSON.parse(file(`data/places/${province.slug}.json`)) as { places: { id: string }[] }).places.map((x) => x.id)).toEqual([ID]);
      // Its own downloads, and an entry of the archive.
      expect(file(`data/policies/${ID}/compare.csv`)).toContain(`,${ID},`);
      expect(JSON.parse(file(`data/policies/${ID}/policy.json`)).documents.map((d: { id: string }) => d.id)).toEqual([ID]);
    });

    it('a comparison page is the same size with six documents as with five (within the words that count them)', () => {
      // The repository's own build (dist/ of apps/site, five documents) against the copy's: only 五→六 and a province's option differ.
      const own = (p: string) => readFileSync(join(repo, 'apps/site/dist', p, 'index.html'));
      for (const p of ['compare/medical', 'en/compare/medical', 'compare/curves', 'data']) {
        if (!existsSync(join(repo, 'apps/site/dist', p, 'index.html'))) continue;
        const diff = Math.abs(Buffer.byteLength(page(p)) - own(p).length);
        expect(diff, p).toBeLessThan(400);
      }
    });

    it('counts it in the text: one document more, one place more, named on the household page', () => {
      // With the five documents of the repository, the copy has six: 六份文件, 一户六地.
      const numerals = ['〇', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
      const n = policyList().length + 1;
      const zh = n <= 10 ? numerals[n]! : String(n);
      expect(page('compare')).toContain(`${zh}份文件的每一条已编码规定`);
      expect(page('')).toContain(`一户${n <= 10 ? zh : '多'}地`);
      expect(page('household')).toContain('示例');
      expect(DOCS_N_ZH).not.toBe(zh); // the repository's own pages count one fewer
    });

    it('touched no file outside the new folder: every other file of the copy is unchanged', () => {
      const changed = files.filter((f) => !readFileSync(join(copy, f)).equals(readFileSync(join(repo, f))));
      expect(changed).toEqual([]);
    });
  });
});
