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
  compareRecords, datasetDocument, datasetJsonSchemas, datasetSheetRows, datasetSheets, otherTopicId, CONCEPTS, PROVISION_SHEET_COLUMNS, rowSortValues, topicOf, valueNumbers,
} from '../src/compare/index.ts';
import { describeValue } from '../src/format.ts';
import { findPolicy, getPolicy, policyList } from '../src/policies/index.ts';
import { AREA_IDS } from '../src/schema/index.ts';

const policies = policyList();
const tables = compareAll(policies);
const cellOf = (area: (typeof AREA_IDS)[number], topic: string, policy: string) => {
  const row = compareArea(area, policies).rows.find((r) => r.id === topic);
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
    const row = compareArea('medical', policies).rows.find((r) => r.id === 'medical.inpatient-ratio')!;
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
    const t = compareArea('medical', policies);
    const lines = compareCsv(t, '9.9.9').trimEnd().split('\r\n');
    expect(lines[0]).toBe(COMPARE_COLUMNS.join(','));
    const expected = t.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + Math.max(c.entries.length, 1), 0), 0);
    expect(lines.length - 1).toBe(expected);
    expect(lines[1]!.startsWith('9.9.9,medical,medical.inpatient-ratio,')).toBe(true);
  });

  it('the dataset parses with its schema and carries the version and each document’s dates', () => {
    const d = buildDataset('1.2.3', policies);
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

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; }
    else if (ch === '\r' && csv[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += ch;
  }
  return records;
}

const provisionOf = (globalId: string) => {
  const [pid, id] = globalId.split(':') as [string, string];
  return findPolicy(pid)!.provisions.find((p) => p.id === id)!;
};

describe('numeric columns beside the words', () => {
  it.each([
    // 古丈 4.3 “对城市低保对象设起付线4000元”
    ['guzhang-2021:medical.inpatient.dibao.threshold', { min: '4000', max: '4000', unit: 'CNY/year', bound: 'exact' }],
    // 古丈 4.3 “对城市特困人员、孤儿、事实无人抚养儿童住院医疗救助不设起付线” → no figure, bound none
    ['guzhang-2021:medical.inpatient.tekun.threshold', { unit: 'CNY/year', bound: 'none' }],
    // 会宁 2.3.a.4 “按照不低于70%比例实施分类医疗救助” → a floor of 0.7
    ['huining-2022:medical.classified-aid.ratio', { min: '0.7', unit: 'ratio', bound: 'min' }],
    // 云阳 2.4 “医保目录外费用占比控制在 15%以内” → a ceiling of 0.15
    ['yunyang-2019:medical.out-of-catalogue.share', { max: '0.15', unit: 'ratio', bound: 'max' }],
    // 古丈 2.b “收入高于城市低保标准，但低于城市低保标准的1.5倍” → (1, 1.5) × 低保标准, both ends exclusive
    ['guzhang-2021:eligibility.low-income.band', { min: '1', max: '1.5', unit: 'multiple-of:dibao-standard', bound: 'range', exclusive: 'both' }],
    // 会宁 1.3 “城市低保标准 1-1.5 倍” → [1, 1.5], both ends included
    ['huining-2022:eligibility.low-income.band', { min: '1', max: '1.5', unit: 'multiple-of:dibao-standard', bound: 'range' }],
    // 古丈 4.5 “每年至少提供3次岗位推荐”
    ['guzhang-2021:employment.service-311.job-referrals', { min: '3', unit: 'times', bound: 'min', per: 'year' }],
    // 会宁 2.1.b.2 “给予不超过6个月的渐退期”
    ['huining-2022:employment.gradual-exit.duration', { max: '6', unit: 'month', bound: 'max' }],
    // 云阳 2.4 “起付线降低 50%” (the proportional reading is the one encoded)
    ['yunyang-2019:medical.inpatient.threshold.cut', { min: '-0.5', max: '-0.5', unit: 'change:proportional', bound: 'exact' }],
    // 会宁 2.1.b.2 “实现稳定就业创业后再退出” → words only, no numbers
    ['huining-2022:employment.gradual-exit.exit', {}],
  ])('%s → %j', (id, expected) => {
    expect(valueNumbers(provisionOf(id))).toEqual(expected);
  });

  it('every number in the columns is a field of its provision’s encoding, and every quantified provision with a figure has one', () => {
    let checked = 0;
    for (const policy of policies) {
      for (const p of policy.provisions) {
        const n = valueNumbers(p);
        const encoded = new Set(
          Object.entries(p)
            .filter(([k]) => ['amount', 'ratio', 'min', 'max', 'times', 'count', 'change'].includes(k))
            .map(([, v]) => (v === null || v === undefined ? undefined : String(v))),
        );
        for (const v of [n.min, n.max]) if (v !== undefined) expect(encoded.has(v), `${policy.id}:${p.id} ${v}`).toBe(true);
        const hasFigure = [...encoded].some((v) => v !== undefined);
        expect(n.min !== undefined || n.max !== undefined, `${policy.id}:${p.id}`).toBe(hasFigure);
        if ('unit' in p && typeof p.unit === 'string') expect(n.unit).toBe(p.unit);
        if (p.kind === 'frequency') expect(n.per).toBe(p.per);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('every entry of every table carries its provision’s numbers', () => {
    for (const t of tables) for (const r of t.rows) for (const c of r.cells) for (const e of c.entries) expect(e.numbers, e.provision).toEqual(valueNumbers(provisionOf(e.provision)));
  });

  it('the CSV’s min, max, unit, bound, exclusive and per columns are the entry’s numbers, line by line', () => {
    const col = (name: string) => COMPARE_COLUMNS.indexOf(name as (typeof COMPARE_COLUMNS)[number]);
    let lines = 0;
    for (const t of tables) {
      const records = parseCsv(compareCsv(t, '9.9.9'));
      expect(records[0]).toEqual([...COMPARE_COLUMNS]);
      for (const rec of records.slice(1)) {
        expect(rec.length).toBe(COMPARE_COLUMNS.length);
        const id = rec[col('provision')]!;
        const expected = id ? valueNumbers(provisionOf(id)) : {};
        for (const k of ['min', 'max', 'unit', 'bound', 'exclusive', 'per'] as const) expect(rec[col(k)], `${id} ${k}`).toBe(expected[k] ?? '');
        lines++;
      }
    }
    // 古丈’s inpatient threshold for dibao: “4000,4000,CNY/year,exact” beside “起付线 4000 元/年”.
    const medical = parseCsv(compareCsv(compareArea('medical', policies), '9.9.9'));
    const g = medical.find((r) => r[col('provision')] === 'guzhang-2021:medical.inpatient.dibao.threshold')!;
    expect([g[col('value_zh')], g[col('min')], g[col('max')], g[col('unit')], g[col('bound')]]).toEqual(['起付线 4000 元/年', '4000', '4000', 'CNY/year', 'exact']);
    expect(lines).toBeGreaterThan(400);
  });
});

describe('sorting a row by its numbers', () => {
  const rowOf = (area: (typeof AREA_IDS)[number], id: string) => compareArea(area, policies).rows.find((r) => r.id === id)!;

  it('住院救助比例: each place’s smallest ratio — 古丈 50% (4.3, 低收入), 会宁 70% (不低于), 鹤城 100%; 云阳, 渝中 none', () => {
    // columns: 古丈, 云阳, 会宁, 鹤城, 渝中
    expect(rowSortValues(rowOf('medical', 'medical.inpatient-ratio'))).toEqual({ unit: 'ratio', values: ['0.5', undefined, '0.7', '1', undefined], sortable: true });
  });

  it('渐退期: 1 year (古丈) and 6 months (会宁) are not ranked against each other', () => {
    // One entry in years, one in months: a tie, the first column's unit wins and 会宁 has no figure in it.
    expect(rowSortValues(rowOf('employment', 'employment.gradual-exit-duration'))).toEqual({ unit: 'year', values: ['1', undefined, undefined, undefined, undefined], sortable: false });
  });

  it('a row without figures has no unit and is not sortable', () => {
    expect(rowSortValues(rowOf('medical', 'medical.settlement'))).toEqual({ values: [undefined, undefined, undefined, undefined, undefined], sortable: false });
  });
});

describe('the dataset as sheets (for the XLSX download)', () => {
  const sheets = datasetSheets('9.9.9', policies);
  it('has the four sheets, each row as wide as its header', () => {
    expect(sheets.map((s) => s.name)).toEqual(['说明', '文件', '规定', '对照']);
    for (const s of sheets) for (const r of s.rows) expect(r.length, s.name).toBe(s.columns.length);
  });
  it('规定 holds every provision of every document once, with its numbers', () => {
    const s = sheets.find((x) => x.name === '规定')!;
    expect(s.columns.map((c) => c.key)).toEqual([...PROVISION_SHEET_COLUMNS]);
    const ids = s.rows.map((r) => r[2]);
    expect(ids).toEqual(policies.flatMap((p) => p.provisions.map((pr) => `${p.id}:${pr.id}`)));
    const min = PROVISION_SHEET_COLUMNS.indexOf('min');
    for (const r of s.rows) expect(r[min]).toBe(valueNumbers(provisionOf(r[2]!)).min);
    expect(s.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(['min', 'max']);
  });
  it('对照 holds the records of every area’s CSV, in order', () => {
    const s = sheets.find((x) => x.name === '对照')!;
    const fromCsv = tables.flatMap((t) => parseCsv(compareCsv(t, '9.9.9')).slice(1));
    expect(s.rows.map((r) => r.map((v) => v ?? ''))).toEqual(fromCsv);
  });
  it('文件 is the dataset’s documents, one row each', () => {
    const s = sheets.find((x) => x.name === '文件')!;
    expect(s.rows).toEqual(buildDataset('9.9.9', policies).documents.map((d) => [d.id, d.title, d.docNumber, d.issued, d.effective, d.validity, String(d.provisions)]));
    // As content/policies/guzhang-2021/policy.yaml has it: 91 entries under `provisions:`, no term of validity.
    expect(datasetDocument(getPolicy('guzhang-2021'))).toEqual({ id: 'guzhang-2021', title: '古丈县城市特殊困难群体帮扶工作实施方案（试行）', docNumber: '古办〔2021〕9号', issued: '2021-09-27', effective: '本方案自印发之日起施行', provisions: 91 });
  });
});

describe('the dataset as sheets whose rows are made as they are read (datasetSheetRows, for a streaming writer)', () => {
  /** The documents as a list that counts how many times it is walked through (compareArea and compareRecords each walk it once per area). */
  const counted = () => {
    const walks = { n: 0 };
    const list = new Proxy([...policies], { get: (t, k, r) => (k === Symbol.iterator && walks.n++, Reflect.get(t, k, r)) });
    return { list, walks };
  };

  it('has the sheets, columns and rows of datasetSheets, and gives them again on a second reading', () => {
    const lazy = datasetSheetRows('9.9.9', policies);
    const sheets = datasetSheets('9.9.9', policies);
    expect(lazy.map((s) => [s.name, s.columns])).toEqual(sheets.map((s) => [s.name, s.columns]));
    lazy.forEach((s, i) => {
      const first = [...s.rows];
      expect(first, s.name).toEqual(sheets[i]!.rows);
      expect([...s.rows], s.name).toEqual(first);
    });
  });

  it('对照 is made one area at a time: nothing before it is read, one area’s table for its first row', () => {
    const one = counted();
    compareRecords(compareArea(AREA_IDS[0], one.list), '9.9.9', one.list);
    const perArea = one.walks.n;
    expect(perArea).toBeGreaterThan(0);

    const { list, walks } = counted();
    const s = datasetSheetRows('9.9.9', list).find((x) => x.name === '对照')!;
    expect(walks.n).toBe(0);
    const it = s.rows[Symbol.iterator]();
    expect(it.next().value![1]).toBe(AREA_IDS[0]);
    expect(walks.n).toBe(perArea);
    let rows = 1;
    while (!it.next().done) rows++;
    expect(walks.n).toBe(perArea * AREA_IDS.length);
    expect(rows).toBe(tables.reduce((n, t) => n + compareRecords(t, '9.9.9', policies).length, 0));
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
    expect(table).toEqual(compareArea('medical', policies));
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
