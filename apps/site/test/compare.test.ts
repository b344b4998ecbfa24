/**
 * Comparison pages, read from dist/: every cell of every area's table shows exactly the provisions
 * the SDK puts there, each with the value describeValue gives its provision — a cell that differs
 * from its provision fails here. Rows have permalinks; cells link to provision and clause.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AREA_IDS, describeValue, findPolicy, getPolicy, policyList } from '@bangfu/sdk';
import { defaultPlaces } from '../src/lib/places.ts';
import { DEFAULT_PLACE_COUNT } from '../src/lib/places-url.ts';
import { CELL_STATUSES, compareArea, rowSortValues } from '@bangfu/sdk/compare';
import { orderPlaces, readTableState, writeTableState } from '../src/scripts/compare-table.ts';
import { upgradePlaceParam } from '../src/lib/places-old-links.ts';
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
      const table = compareArea(area, policyList());
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
            // Every value has its Chinese words, a formula's and a condition's too (会宁 临时救助公式).
            expect(e.value, e.provision).toBe(describeValue(provision).zh);
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
      for (const row of compareArea(area, policyList()).rows) {
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

  it('the filter and sort tools are hidden without JavaScript (progressive enhancement)', () => {
    expect(read('/compare/medical/')).toMatch(/<form id="row-filter-box"[^>]*\shidden/);
  });

  for (const area of AREA_IDS) {
    it(`${area}: each cell carries the figure its row sorts by, and the sort list offers exactly the sortable rows`, () => {
      const html = read(`/compare/${area}/`);
      const table = compareArea(area, policyList());
      for (const row of table.rows) {
        const { values } = rowSortValues(row);
        const tr = new RegExp(`<tr\\b[^>]*\\sid="${row.id.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)![1]!;
        const built = [...tr.matchAll(/<td\b([^>]*)>/g)].map((m) => /data-sort-value="([^"]*)"/.exec(m[1]!)?.[1]);
        expect(built, row.id).toEqual(values);
      }
      const select = /<select id="sort-row"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
      const options = [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
      expect(options).toEqual(['', ...table.rows.filter((r) => rowSortValues(r).sortable).map((r) => r.id)]);
    });
  }

  it('medical offers 住院救助比例 to sort by (古丈 50%, 会宁 不低于 70%, 鹤城 100%) and not 住院救助起付线 (only 古丈 gives a figure)', () => {
    const html = read('/compare/medical/');
    const select = /<select id="sort-row"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
    expect(select).toContain('value="medical.inpatient-ratio"');
    expect(select).not.toContain('value="medical.inpatient-threshold"');
  });
});

describe('the table’s address (scripts/compare-table.ts)', () => {
  const known = { places: ['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'], sortableRows: ['medical.inpatient-ratio'] };

  it('writes topic, status, sort and order, keeping the day asked and the places chosen', () => {
    expect(writeTableState({ q: '起付线', status: 'quantified', sort: 'medical.inpatient-ratio', order: 'desc' }, '?asOf=2024-01-01&places=guzhang-2021,huining-2022'))
      .toBe('?asOf=2024-01-01&places=guzhang-2021%2Chuining-2022&q=%E8%B5%B7%E4%BB%98%E7%BA%BF&status=quantified&sort=medical.inpatient-ratio&order=desc');
    expect(writeTableState({ q: '  ', order: 'desc' }, '')).toBe('');
  });

  it('reads back what it wrote', () => {
    const state = { q: '起付线', status: 'promised' as const, sort: 'medical.inpatient-ratio', order: 'asc' as const };
    expect(readTableState(writeTableState(state, '?asOf=2024-01-01'), known)).toEqual(state);
  });

  it('drops what the page does not have: an unknown status or row, a topic too long', () => {
    expect(readTableState('?status=maybe&sort=medical.settlement&order=sideways', known)).toEqual({ q: '', order: 'asc' });
    expect(readTableState(`?q=${'起'.repeat(500)}`, known).q.length).toBe(100);
  });

  it('an old link’s place=a,b (the former tick boxes) becomes the place picker’s places=a,b; places= wins when both are given', () => {
    expect(upgradePlaceParam('?asOf=2024-01-01&place=guzhang-2021,hecheng-2020&q=x')).toBe('?asOf=2024-01-01&q=x&places=guzhang-2021%2Checheng-2020');
    expect(upgradePlaceParam('?place=guzhang-2021&places=hecheng-2020')).toBe('?places=hecheng-2020');
    expect(upgradePlaceParam('?place=')).toBe('');
    expect(upgradePlaceParam('?q=x')).toBeUndefined();
  });

  it('orders places by their figures, those without one last in document order', () => {
    // 住院救助比例: 古丈 0.5, 云阳 —, 会宁 0.7, 鹤城 1, 渝中 —
    const values = ['0.5', undefined, '0.7', '1', undefined];
    expect(orderPlaces(known.places, values, 'asc')).toEqual(['guzhang-2021', 'huining-2022', 'hecheng-2020', 'yunyang-2019', 'yuzhong-2019']);
    expect(orderPlaces(known.places, values, 'desc')).toEqual(['hecheng-2020', 'huining-2022', 'guzhang-2021', 'yunyang-2019', 'yuzhong-2019']);
    // Ties keep the documents' order.
    expect(orderPlaces(['a', 'b', 'c'], ['1', '1', '0'], 'asc')).toEqual(['c', 'a', 'b']);
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

describe('pages of constant size: the default places built in, every other document in a file of its own', () => {
  const defaults = defaultPlaces().map((p) => p.id);
  const columns = (html: string) => [...html.matchAll(/data-policy-column="([^"]+)"/g)].map((m) => m[1]);

  it(`each area's table, in both editions, has a column for each default place (${DEFAULT_PLACE_COUNT} at most) and no other`, () => {
    expect(defaults.length).toBeLessThanOrEqual(DEFAULT_PLACE_COUNT);
    for (const area of AREA_IDS) for (const p of [`/compare/${area}/`, `/en/compare/${area}/`]) expect(columns(read(p)), p).toEqual(defaults);
  });

  it('each document’s compare.json holds its cells of every area, as the SDK compares it alone', () => {
    for (const policy of policyList()) {
      const data = JSON.parse(read(`/data/policies/${policy.id}/compare.json`)) as { id: string; areas: Record<string, Record<string, { status: string; entries: { provision: string }[] }>> };
      expect(data.id).toBe(policy.id);
      for (const area of AREA_IDS) {
        const rows = compareArea(area, [policy]).rows.filter((r) => r.cells[0]!.status !== 'not-mentioned');
        expect(Object.keys(data.areas[area] ?? {}), `${policy.id} ${area}`).toEqual(rows.map((r) => r.id));
        for (const r of rows) expect(data.areas[area]![r.id]!.entries.map((e) => e.provision)).toEqual(r.cells[0]!.entries.map((e) => e.provision));
      }
    }
  });

  it('the curves and downloads pages carry the default places only: curves their rules, downloads their rows', () => {
    for (const p of ['/compare/curves/', '/en/compare/curves/']) {
      const embedded = JSON.parse(/<script type="application\/json" id="curve-policies">([\s\S]*?)<\/script>/.exec(read(p))![1]!) as { id: string }[];
      expect(embedded.map((x) => x.id), p).toEqual(defaults);
    }
    for (const p of ['/data/', '/en/data/']) {
      const tbody = /<table class="stack" id="doc-downloads">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(read(p))![1]!;
      expect([...tbody.matchAll(/<tr data-policy="([^"]+)"/g)].map((m) => m[1]), p).toEqual(defaults);
      // 古丈县's files, each one document's.
      expect(tbody).toContain('href="/data/policies/guzhang-2021/policy.json"');
      expect(tbody).toContain('href="/data/policies/guzhang-2021/compare.csv"');
    }
  });
});
