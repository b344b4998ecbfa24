/**
 * Comparison tables: every provision of every policy lands in exactly one row; a cell's value is
 * describeValue of its provision; statuses are checked on cases quoted from the documents.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import {
  buildDataset, CELL_STATUSES, compareAll, compareArea, COMPARE_COLUMNS, compareCsv, CompareTable, compareStats, Dataset,
  datasetJsonSchemas, otherTopicId, CONCEPTS, topicOf,
} from '../src/compare/index.ts';
import { describeValue } from '../src/format.ts';
import { getPolicy, policyList } from '../src/policies/index.ts';
import { AREA_IDS } from '../src/schema/index.ts';

const policies = policyList();
const tables = compareAll();
const cellOf = (area: (typeof AREA_IDS)[number], topic: string, policy: string) => {
  const row = compareArea(area).rows.find((r) => r.id === topic);
  if (!row) throw new Error(`no row ${topic}`);
  return row.cells.find((c) => c.policy === policy)!;
};

describe('no provision is dropped', () => {
  it('every provision of every policy appears in exactly one cell, in its own area and its own policy column', () => {
    const seen = new Map<string, number>();
    for (const t of tables) {
      for (const r of t.rows) {
        expect(r.area).toBe(t.area);
        for (const c of r.cells) {
          for (const e of c.entries) {
            expect(e.provision.startsWith(`${c.policy}:`), e.provision).toBe(true);
            seen.set(e.provision, (seen.get(e.provision) ?? 0) + 1);
          }
        }
      }
    }
    const all = policies.flatMap((p) => p.provisions.map((pr) => `${p.id}:${pr.id}`));
    expect(all.length).toBeGreaterThan(400);
    expect(all.filter((id) => seen.get(id) !== 1)).toEqual([]);
    expect(seen.size).toBe(all.length);
  });

  it('there is one table per area, each with a column per policy in every row', () => {
    expect(tables.map((t) => t.area)).toEqual([...AREA_IDS]);
    for (const t of tables) {
      expect(t.policies).toEqual(policies.map((p) => p.id));
      for (const r of t.rows) expect(r.cells.map((c) => c.policy)).toEqual(t.policies);
    }
  });

  it('every concept (not the catch-all) holds at least one provision, and concept ids are unique', () => {
    const ids = CONCEPTS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tables) for (const r of t.rows) expect(r.cells.some((c) => c.entries.length), r.id).toBe(true);
    for (const t of CONCEPTS) expect(t.id.startsWith(`${t.area}.`), t.id).toBe(true);
  });

  it('rows are the concepts of the area, in vocabulary order, then the catch-all', () => {
    for (const t of tables) expect(t.rows.filter((r) => !r.catchAll).map((r) => r.id)).toEqual(CONCEPTS.filter((c) => c.area === t.area).map((c) => c.id));
  });

  it('every provision lands in the row of its concept; the catch-all holds exactly the local ones', () => {
    for (const t of tables) {
      for (const r of t.rows) {
        if (r.catchAll) expect(r.id).toBe(otherTopicId(t.area));
        for (const c of r.cells) for (const e of c.entries) {
          const p = getPolicy(c.policy)!.provisions.find((x) => x.id === e.id)!;
          expect(topicOf(p), e.provision).toBe(r.id);
          expect(p.concept === 'local', e.provision).toBe(r.catchAll);
        }
      }
    }
  });
});

describe('the second reading’s two wrong answers (issue 13)', () => {
  it('鹤城’s inpatient ratio for tekun is quantified (“由医疗救助资金统筹解决”, read as 100%), no longer 未提及', () => {
    const row = compareArea('medical').rows.find((r) => r.id === 'medical.inpatient-ratio')!;
    const cell = row.cells.find((c) => c.policy === 'hecheng-2020')!;
    expect(cell.status).toBe('quantified');
    expect(cell.entries.map((e) => e.provision)).toContain('hecheng-2020:medical.inpatient.tekun.ratio');
  });
  it('古丈 names 困难残疾人 among its groups (第一类)', () => {
    expect(getPolicy('guzhang-2021')!.groups.map((g) => g.id)).toContain('disabled');
  });
});

describe('cell values come from the provisions', () => {
  it('every entry’s value, quote, clause and note equal its provision’s (describeValue), nothing re-typed', () => {
    for (const t of tables) {
      for (const r of t.rows) {
        for (const c of r.cells) {
          for (const e of c.entries) {
            const p = getPolicy(c.policy)!.provisions.find((x) => x.id === e.id)!;
            expect(e.value).toEqual(describeValue(p));
            expect(e.quote).toBe(p.quote);
            expect(e.clause).toBe(p.clause);
            expect(e.interpretation).toEqual(p.interpretation);
          }
        }
      }
    }
  });

  it('tables parse with their own zod schema', () => {
    for (const t of tables) expect(CompareTable.parse(t)).toEqual(t);
  });
});

describe('statuses, on cases quoted from the documents', () => {
  it('guzhang 4.1 “对每人每月低保金不足400元的，提高到400元标准发放” → floor quantified, 400 元/人/月', () => {
    const c = cellOf('basic-living', 'basic-living.floor', 'guzhang-2021');
    expect(c.status).toBe('quantified');
    expect(c.entries.map((e) => e.provision)).toEqual(['guzhang-2021:basic-living.floor']);
    expect(c.entries[0]!.value.zh).toBe('不低于 400 元/人/月');
    expect(c.entries[0]!.quote).toContain('不足400元的，提高到400元');
  });

  it('hecheng sets no floor → not mentioned, with no entries', () => {
    const c = cellOf('basic-living', 'basic-living.floor', 'hecheng-2020');
    expect(c).toEqual({ policy: 'hecheng-2020', status: 'not-mentioned', entries: [] });
  });

  it('huining 2.3.a.4 “在年度救助限额内” (no figure) → annual cap promised', () => {
    const c = cellOf('medical', 'medical.inpatient-cap', 'huining-2022');
    expect(c.status).toBe('promised');
    expect(c.entries.map((e) => e.provision)).toEqual(['huining-2022:medical.classified-aid.annual-cap']);
    expect(c.entries[0]!.value.zh).toBe('承诺（未规定数值）');
  });

  it('yunyang 2.1 “严格按照市政府规定同步提高城市低保标准” → dibao standard set elsewhere', () => {
    const c = cellOf('basic-living', 'basic-living.standard', 'yunyang-2019');
    expect(c.status).toBe('separate-standard');
    expect(c.entries[0]!.deferral?.zh).toContain('市政府');
  });

  it('guzhang 4.3 “对城市低保对象设起付线4000元” → inpatient threshold quantified; huining inpatient ratio “不低于70%”', () => {
    const g = cellOf('medical', 'medical.inpatient-threshold', 'guzhang-2021');
    expect(g.status).toBe('quantified');
    expect(g.entries.find((e) => e.id === 'medical.inpatient.dibao.threshold')!.value.zh).toBe('起付线 4000 元/年');
    const h = cellOf('medical', 'medical.inpatient-ratio', 'huining-2022');
    expect(h.entries[0]!.value.zh).toBe('不低于 70%');
  });

  it('yunyang and yuzhong “报销比例提高10%，起付线降低50%” align in one row of relative changes', () => {
    for (const id of ['yunyang-2019', 'yuzhong-2019']) {
      const c = cellOf('medical', 'medical.insurance-changes', id);
      expect(c.entries.map((e) => e.kind)).toEqual(['relative-change', 'relative-change', 'relative-change']);
    }
  });

  it('the cell status is the strongest of its entries: quantified > separate-standard > promised', () => {
    for (const t of tables) {
      for (const r of t.rows) {
        for (const c of r.cells) {
          const s = c.entries.map((e) => e.status);
          const expected = !s.length ? 'not-mentioned' : s.includes('quantified') ? 'quantified' : s.includes('separate-standard') ? 'separate-standard' : 'promised';
          expect(c.status, `${r.id} ${c.policy}`).toBe(expected);
        }
      }
    }
  });

  it('every provision marked “set elsewhere” (deferral) has no number of its own', () => {
    const deferring = policies.flatMap((p) => p.provisions.filter((x) => x.deferral).map((x) => [`${p.id}:${x.id}`, x.kind] as const));
    expect(deferring.length).toBeGreaterThan(0);
    for (const [gid, kind] of deferring) expect(['commitment', 'eligibility'], gid).toContain(kind);
  });

  it('status labels are the four, in Chinese', () => {
    expect(Object.values(CELL_STATUSES).map((s) => s.zh)).toEqual(['已量化', '有承诺、无数值', '另行规定的标准', '未提及']);
  });
});

describe('CSV and dataset', () => {
  it('the CSV of an area has the documented columns and one line per entry or empty cell', () => {
    const t = compareArea('medical');
    const lines = compareCsv(t, '9.9.9').trimEnd().split('\r\n');
    expect(lines[0]).toBe(COMPARE_COLUMNS.join(','));
    const expected = t.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + Math.max(c.entries.length, 1), 0), 0);
    expect(lines.length - 1).toBe(expected);
    expect(lines[1]!.startsWith('9.9.9,medical,medical.inpatient-ratio,')).toBe(true);
  });

  it('the dataset parses with its schema and carries the version and each document’s dates', () => {
    const d = buildDataset('1.2.3');
    expect(Dataset.parse(d).version).toBe('1.2.3');
    expect(d.cite.provision).toBe('bangfu dataset v1.2.3, guzhang-2021:medical.inpatient.dibao.threshold');
    expect(d.documents.map((x) => x.issued)).toEqual(policies.map((p) => p.issued));
    expect(d.policies.reduce((n, p) => n + p.provisions.length, 0)).toBe(compareStats(d.comparison).provisionsByStatus.quantified + compareStats(d.comparison).provisionsByStatus.promised + compareStats(d.comparison).provisionsByStatus['separate-standard']);
  });

  it('JSON Schemas are generated from the zod schemas (draft 2020-12), Policy’s superRefine included', () => {
    const s = datasetJsonSchemas('1.2.3');
    expect(s.dataset.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(s.policy)).toContain('"provisions"');
    expect(z.toJSONSchema(CompareTable)).toBeTruthy();
  });

  it('is published as the subpath @bangfu/sdk/compare and re-exported from the package root', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./compare']).toEqual({ 'bangfu-source': './src/compare/index.ts', types: './dist/compare/index.d.ts', import: './dist/compare/index.js', default: './dist/compare/index.js' });
    expect(readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')).toContain("export * from './compare/index.ts';");
  });
});

describe('bangfu compare (CLI)', () => {
  const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const bangfu = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the table of an area as JSON', () => {
    const r = bangfu('compare', '--area', 'medical', '--as-of', '2026-12-01');
    expect(r.code).toBe(0);
    // The table, stamped with the day asked and each column's status on it (鹤城 and 会宁 lapsed by their own terms).
    const { asOf, validity, ...table } = JSON.parse(r.stdout);
    expect(table).toEqual(compareArea('medical'));
    expect(asOf).toBe('2026-12-01');
    expect(Object.fromEntries(Object.entries(validity as Record<string, { status: string }>).map(([k, v]) => [k, v.status]))).toEqual({
      'guzhang-2021': 'open-ended', 'yunyang-2019': 'open-ended', 'huining-2022': 'lapsed', 'hecheng-2020': 'lapsed', 'yuzhong-2019': 'open-ended',
    });
  });

  it('prints CSV with the header and the SDK version', () => {
    const r = bangfu('compare', '--area', 'basic-living', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(COMPARE_COLUMNS.join(','));
    expect(lines.some((l) => l.includes(',basic-living.floor,') && l.includes('guzhang-2021:basic-living.floor'))).toBe(true);
  });

  it.each([
    [['compare', '--area', 'sports'], /^--area: 未知的领域：sports.*unknown area "sports"/m],
    [['compare'], /^--area: 缺少 --area.*missing --area/m],
    [['compare', '--area', 'medical', '--format', 'xml'], /^--format: /m],
  ])('rejects %j with exit code 2 and a bilingual message naming the field', (args, message) => {
    const r = bangfu(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('is listed in --help', () => {
    expect(bangfu('--help').stdout).toMatch(/bangfu compare --area <area\|all>/);
  });
});
