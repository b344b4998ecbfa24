/**
 * Comparison pages, read from dist/: every cell of every area's table shows exactly the provisions
 * the SDK puts there, each with the value describeValue gives its provision — a cell that differs
 * from its provision fails here. Rows have permalinks; cells link to provision and clause.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AREA_IDS, describeValue, findPolicy, getPolicy } from '@bangfu/sdk';
import { CELL_STATUSES, compareArea } from '@bangfu/sdk/compare';
import { assertBuilt, ids, read, text } from './dist.ts';

beforeAll(assertBuilt);

const decode = (s: string): string => text(s).trim();

/** The <td> cells of a built table: policy, status and each entry's provision and value text. */
function cellsOf(html: string): Map<string, { status: string; entries: { provision: string; value: string }[]; html: string }> {
  const out = new Map<string, { status: string; entries: { provision: string; value: string }[]; html: string }>();
  for (const row of html.matchAll(/<tr\b[^>]*\sid="([^"]+)"[^>]*data-row[^>]*>([\s\S]*?)<\/tr>/g)) {
    for (const td of row[2]!.matchAll(/<td\b[^>]*data-policy="([^"]+)"[^>]*data-status="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)) {
      const entries = [...td[3]!.matchAll(/<li\b[^>]*data-provision="([^"]+)"[^>]*>[\s\S]*?<a\b[^>]*data-value[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ provision: m[1]!, value: decode(m[2]!) }));
      out.set(`${row[1]}|${td[1]}`, { status: td[2]!, entries, html: td[3]! });
    }
  }
  return out;
}

describe('comparison tables in the built site', () => {
  it('the index links every area', () => {
    const html = read('/compare/');
    for (const a of AREA_IDS) expect(html).toContain(`href="/compare/${a}/"`);
  });

  for (const area of AREA_IDS) {
    it(`${area}: every cell shows exactly its provisions, each valued as describeValue of the provision`, () => {
      const html = read(`/compare/${area}/`);
      const table = compareArea(area);
      const cells = cellsOf(html);
      let n = 0;
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const built = cells.get(`${row.id}|${cell.policy}`);
          expect(built, `${row.id} × ${cell.policy}`).toBeDefined();
          expect(built!.status).toBe(cell.status);
          expect(text(built!.html)).toContain(CELL_STATUSES[cell.status].zh);
          expect(built!.entries.map((e) => e.provision)).toEqual(cell.entries.map((e) => e.provision));
          for (const e of built!.entries) {
            const [pid, id] = e.provision.split(':') as [string, string];
            const provision = findPolicy(pid)!.provisions.find((p) => p.id === id)!;
            // A formula written with English names (会宁 临时救助公式) is not shown on a Chinese page: the quote beside it is the formula.
            const zh = describeValue(provision).zh;
            expect(e.value, e.provision).toBe(/[A-Za-z]{3}/.test(zh) ? '按公式计算（见原文）' : zh);
            expect(built!.html).toContain(`href="/policies/${pid}/p/${id}/"`);
            expect(built!.html).toContain(`href="/policies/${pid}/#${provision.clause}"`);
            // The note in Chinese on a Chinese page; its English version is the English edition's.
            if (provision.interpretation) expect(text(built!.html)).toContain(provision.interpretation.zh?.encoded ?? provision.interpretation.encoded);
            n++;
          }
        }
      }
      expect(cells.size).toBe(table.rows.length * table.policies.length);
      expect(n).toBe(table.rows.reduce((s, r) => s + r.cells.reduce((m, c) => m + c.entries.length, 0), 0));
    });

    it(`${area}: every row has an id and a visible permalink to itself`, () => {
      const html = read(`/compare/${area}/`);
      const pageIds = ids(html);
      for (const row of compareArea(area).rows) {
        expect(pageIds.has(row.id), row.id).toBe(true);
        expect(html).toContain(`href="#${row.id}"`);
      }
    });
  }

  it('the hand-picked cells read as in the documents', () => {
    const cells = cellsOf(read('/compare/basic-living/'));
    // 古丈 四（一）: "对每人每月低保金不足400元的，提高到400元标准发放"
    expect(cells.get('basic-living.floor|guzhang-2021')).toMatchObject({ status: 'quantified', entries: [{ provision: 'guzhang-2021:basic-living.floor', value: '不低于 400 元/人/月' }] });
    expect(cells.get('basic-living.floor|hecheng-2020')).toMatchObject({ status: 'not-mentioned', entries: [] });
    const medical = cellsOf(read('/compare/medical/'));
    expect(medical.get('medical.inpatient-cap|huining-2022')?.status).toBe('promised');
  });

  it('the filter box is hidden without JavaScript (progressive enhancement)', () => {
    expect(read('/compare/medical/')).toMatch(/<div id="row-filter-box"[^>]*\shidden/);
  });
});

describe('benefit curves', () => {
  it('draw an accessible SVG with title and desc for the dibao and temporary-aid rules, labelled lines and a data table', () => {
    const html = read('/compare/curves/');
    for (const id of ['dibao-chart', 'temp-chart']) {
      expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${id}-title ${id}-desc"`));
      expect(html).toContain(`<title id="${id}-title">`);
      expect(html).toContain(`<desc id="${id}-desc">`);
    }
    expect(html).toContain('id="dibao-table"');
    expect(html).toContain('id="temp-table"');
    // 古丈's floor of 400 元 per person ends at the dibao standard: a cliff is marked.
    expect(html).toMatch(/class="cliff"/);
    expect(text(html)).toContain('古丈县');
  });
});
