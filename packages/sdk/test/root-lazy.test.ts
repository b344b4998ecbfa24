/**
 * The package root loads no document (issue 17: the SDK flat in the number of documents): importing
 * `@bangfu/sdk` reads the catalogue, and a document's module is loaded when that document is asked
 * for — by `loadPolicy` (asynchronous, any environment) or by the synchronous API on first use
 * (Node). Checked by recording every module Node loads, in a child process:
 *
 * - importing the root loads no document module, and the catalogue answers without loading one;
 * - `getPolicy`, `loadPolicy`, `getProvision` load that document's module and no other;
 * - with 300 documents registered, the root and one document load exactly the same modules as with
 *   the five real ones (a copy of src/ whose generated/ holds 295 more documents);
 * - answers through the lazy root are identical to those through `@bangfu/sdk/all`, which imports
 *   every document statically.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent, writeGenerated } from '../build/compile-content.ts';
import { POLICY_IDS } from '../src/generated/ids.ts';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bangfu-root-lazy-'));
// A preload that records every module URL Node loads (import and require alike) and prints them to stderr at exit.
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hook = join(work, 'record.mjs');
writeFileSync(
  hook,
  `import { registerHooks } from 'node:module';
const seen = [];
registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
globalThis.__loaded = () => seen.filter((u) => u.includes('/generated/policies/')).map((u) => u.replace(/^.*\\/generated\\/policies\\/([^/.]+)\\..*$/, '$1'));
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(seen) + '\\n'));`,
);

/** Run an ES module script in a child with the recorder; its stdout as JSON, and every module URL it loaded. */
function run(script: string, cwd = work): { out: any; loaded: string[] } {
  const file = join(cwd, `probe-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, ['--import', hook, '--disable-warning=ExperimentalWarning', file], { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  rmSync(file);
  expect(r.status, r.stderr).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '))!;
  return { out: JSON.parse(r.stdout), loaded: JSON.parse(line.slice(7)) as string[] };
}
const docsOf = (urls: string[]) => urls.filter((u) => u.includes('/generated/policies/')).map((u) => u.replace(/^.*\/generated\/policies\/([^/.]+)\..*$/, '$1'));
const src = (root: string, path: string) => JSON.stringify(new URL(path, `file://${root}/`).href);

describe('importing the root loads no document', () => {
  const ROOT = src(join(PKG, 'src'), 'index.ts');
  it('the root and its catalogue: no document module', () => {
    const { out, loaded } = run(`const sdk = await import(${ROOT});
const entry = sdk.findPolicySummary('hecheng-2020');
process.stdout.write(JSON.stringify({
  ids: sdk.policyCatalogue().map((e) => e.id), isId: sdk.isPolicyId('yuzhong-2019'), keys: Object.keys(sdk.policies),
  status: sdk.statusOn(entry, '2026-12-01').status, provisions: entry.provisionCount, docs: __loaded(),
}));`);
    expect(out).toEqual({ ids: [...POLICY_IDS], isId: true, keys: [...POLICY_IDS], status: 'lapsed', provisions: expect.any(Number), docs: [] });
    expect(docsOf(loaded)).toEqual([]);
  });

  it('getPolicy, policies[id], loadPolicy and getProvision load that document only', () => {
    const { out, loaded } = run(`const sdk = await import(${ROOT});
const steps = {};
sdk.getPolicy('guzhang-2021'); steps.getPolicy = __loaded();
sdk.policies['guzhang-2021']; steps.again = __loaded();
const y = await sdk.loadPolicy('yunyang-2019'); steps.loadPolicy = __loaded();
steps.sameObject = y === sdk.getPolicy('yunyang-2019') && y === sdk.policies['yunyang-2019'];
sdk.getProvision('hecheng-2020:medical.inpatient.dibao.ratio'); steps.getProvision = __loaded();
const r = sdk.calculate('medical-aid', sdk.getPolicy('guzhang-2021'), { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
steps.amount = r.value.amount;
steps.unknown = await sdk.loadPolicy('nowhere-2020').then(() => 'resolved', (e) => e.name);
steps.findUnknown = sdk.findPolicy('nowhere-2020') ?? null;
steps.all = sdk.policyList().length; steps.afterAll = __loaded().length;
process.stdout.write(JSON.stringify(steps));`);
    expect(out).toEqual({
      getPolicy: ['guzhang-2021'],
      again: ['guzhang-2021'],
      loadPolicy: ['guzhang-2021', 'yunyang-2019'],
      sameObject: true,
      getProvision: ['guzhang-2021', 'yunyang-2019', 'hecheng-2020'],
      amount: '14000.00', // 古丈 四（三）: (24000 − 4000) × 0.7
      unknown: 'BangfuProgrammerError',
      findUnknown: null,
      all: POLICY_IDS.length,
      afterAll: POLICY_IDS.length,
    });
    expect(docsOf(loaded).sort()).toEqual([...POLICY_IDS].sort());
  });
});

describe('with 300 documents registered', () => {
  const big = join(work, 'big');
  beforeAll(() => {
    // A copy of src/ beside a link to the package's node_modules; its generated/ holds the five
    // documents and 295 more (copies of them under ids of their own).
    cpSync(join(PKG, 'src'), join(big, 'src'), { recursive: true, filter: (f) => !f.includes(`${join('src', 'generated')}`) });
    symlinkSync(join(PKG, 'node_modules'), join(big, 'node_modules'));
    writeFileSync(join(big, 'package.json'), JSON.stringify({ name: 'big', private: true, type: 'module' }));
    const compiled = compileContent();
    if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
    const letters = (k: number) => [0, 1, 2].map((i) => String.fromCharCode(97 + (Math.floor(k / 26 ** i) % 26))).join('');
    const extra = Array.from({ length: 295 }, (_, k) => {
      const p = compiled.value.policies[k % 5]!;
      return { ...p, id: `synth-${letters(k)}-${p.id.slice(-4)}` };
    });
    writeGenerated({ ...compiled.value, policies: [...compiled.value.policies, ...extra] }, join(big, 'src', 'generated'));
  });

  const probe = (root: string) => `const sdk = await import(${src(root, 'index.ts')});
const p = await sdk.loadPolicy('guzhang-2021');
const q = sdk.getPolicy('huining-2022');
const r = sdk.calculate('medical-aid', p, { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
process.stdout.write(JSON.stringify({ n: sdk.policyCatalogue().length, amount: r.value.amount, q: q.id }));`;

  it('the root and two documents load the same modules as with five', () => {
    const five = run(probe(join(PKG, 'src')));
    const many = run(probe(join(big, 'src')), big);
    expect(five.out).toEqual({ n: 5, amount: '14000.00', q: 'huining-2022' });
    expect(many.out).toEqual({ n: 300, amount: '14000.00', q: 'huining-2022' });
    // Every module, by its path inside src/ (or the package it comes from): the same list, in the same order.
    const rel = (urls: string[], root: string) => urls.map((u) => u.replace(`file://${root}/`, '').replace(/^.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, 'node_modules/')).filter((u) => !u.includes('probe-'));
    expect(rel(many.loaded, join(big, 'src'))).toEqual(rel(five.loaded, join(PKG, 'src')));
    expect(docsOf(many.loaded).sort()).toEqual(['guzhang-2021', 'huining-2022']);
  });
});

describe('the lazy root and @bangfu/sdk/all give the same answers', () => {
  const answers = (entry: string, get: string) => `const sdk = await import(${src(join(PKG, 'src'), entry)});
const list = ${get};
const household = { dibaoStandard: '600', perCapitaIncome: '350', members: [{ disabled: true }, {}], care: 'inpatient', selfPaid: '30000', hardshipMonths: 3 };
const calc = list.flatMap((p) => sdk.CALCULATOR_IDS.map((c) => sdk.calculateRaw(c, p, household, { asOf: '2026-12-01' })));
process.stdout.write(JSON.stringify({
  ids: list.map((p) => p.id), policies: list,
  household: sdk.compareHousehold(household, list, { asOf: '2026-12-01' }),
  compare: sdk.compareAll(list), dataset: sdk.buildDataset('0.0.0', list), calc,
  provision: sdk.getProvision('yuzhong-2019:medical.inpatient.dibao.ratio') ?? null,
}));`;
  it('every document, the household view, the comparison tables, the dataset and each calculator', () => {
    const lazySync = run(answers('index.ts', 'sdk.policyList()'));
    const lazyAsync = run(answers('index.ts', 'await sdk.loadPolicies(sdk.policyCatalogue().map((e) => e.id))'));
    const eager = run(answers('all.ts', 'sdk.POLICIES'));
    expect(eager.out.ids).toEqual([...POLICY_IDS]);
    expect(lazySync.out).toEqual(eager.out);
    expect(lazyAsync.out).toEqual(eager.out);
    expect(docsOf(eager.loaded).sort()).toEqual([...POLICY_IDS].sort());
  });
});
