// The package as developers receive it: packed, installed into a fresh project, imported from plain
// Node ESM and typechecked under moduleResolution node16 and bundler. Runs against dist/ (turbo builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_IDS } from '../src/generated/ids.ts';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));
const BIN = join(PKG, 'node_modules', '.bin');
// A clean environment for child package managers: pnpm/turbo export npm_config_* settings
// (store dir, frozen lockfile…) and the test runner's NODE_OPTIONS, which must not leak into a
// consumer's plain npm install: children get only what a shell user would have — including the
// machine's TLS trust and proxy settings, without which npm retries the registry until it times out.
const NETWORK_ENV = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
const cleanEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? tmpdir(),
  TMPDIR: tmpdir(),
  npm_config_update_notifier: 'false',
  ...Object.fromEntries(NETWORK_ENV.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : []))),
});
const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 200_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
};
const pnpm = (args: string[], cwd: string) => {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return onPath.status === 0 ? run('pnpm', args, cwd) : run('npx', ['-y', 'pnpm@10.34.8', ...args], cwd);
};

describe('@bangfu/sdk as published', () => {
  it('passes publint (strict)', () => {
    const r = run(join(BIN, 'publint'), ['--pack', 'npm', '--strict'], PKG);
    expect(r.out).toContain('All good!');
    expect(r.code).toBe(0);
  });

  it('has types that resolve under every profile of arethetypeswrong (node10, node16 from ESM and CJS, bundler)', () => {
    // The one rule left out: "ESM (dynamic import only)" for node16 from CJS. The package is ESM; a CommonJS
    // project loads it with require() on Node ≥ 20.19 / 22.12 (require(esm), tested below) and types it with
    // TypeScript's module "node20"/"nodenext" (README, "CommonJS").
    const r = run(join(BIN, 'attw'), ['--pack', '.', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'json'], PKG);
    expect(r.code, r.out).toBe(0);
  });

  describe('in a fresh consumer project', () => {
    let project = '';
    beforeAll(() => {
      const packDir = mkdtempSync(join(tmpdir(), 'bangfu-pack-'));
      const packed = pnpm(['pack', '--pack-destination', packDir], PKG);
      expect(packed.code, packed.out).toBe(0);
      const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
      project = mkdtempSync(join(tmpdir(), 'bangfu-consumer-'));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'typescript@5.9.3', '@types/node@24'], project);
      expect(installed.code, installed.out).toBe(0);
    }, 240_000);

    it('imports from plain Node ESM and computes', () => {
      // 古丈 四（三）: "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助" → (24000 − 4000) × 0.7 = 14000
      writeFileSync(
        join(project, 'use.mjs'),
        `import { calculate, getPolicy } from '@bangfu/sdk';
import { guzhang2021 } from '@bangfu/sdk/policies/guzhang-2021';
import { parseMoney, formatFen } from '@bangfu/sdk/money';
const r = calculate('medical-aid', getPolicy('guzhang-2021'), { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
console.log(JSON.stringify({ amount: r.value.amount, same: getPolicy('guzhang-2021') === guzhang2021, fen: formatFen(parseMoney('0.005')) }));`,
      );
      const r = run(process.execPath, ['use.mjs'], project);
      expect(r.code, r.out).toBe(0);
      expect(JSON.parse(r.out.trim().split('\n')[0]!)).toEqual({ amount: '14000.00', same: true, fen: '0.01' });
    });

    it('answers one household for five places and compares an area, from the household and compare subpaths', () => {
      // 古丈 4.1 "对每人每月低保金不足400元的，提高到400元标准发放": gap 600 − 350 = 250 → 400 × 2 = 800.00
      writeFileSync(
        join(project, 'household.mjs'),
        `import { compareHousehold } from '@bangfu/sdk/household';
import { compareArea } from '@bangfu/sdk/compare';
import { policyList } from '@bangfu/sdk/policies';
const r = compareHousehold({ dibaoStandard: '600', perCapitaIncome: '350', members: [{}, {}] }, policyList());
const guzhang = r.value.views.find((v) => v.policy === 'guzhang-2021').measures.find((m) => m.calculator === 'dibao-benefit').result;
const floor = compareArea('basic-living', policyList()).rows.find((row) => row.cells.some((c) => c.entries.some((e) => e.provision === 'guzhang-2021:basic-living.floor')));
console.log(JSON.stringify({ views: r.value.views.length, amount: guzhang.amount, floorRow: !!floor }));`,
      );
      const r = run(process.execPath, ['household.mjs'], project);
      expect(r.code, r.out).toBe(0);
      expect(JSON.parse(r.out.trim().split('\n')[0]!)).toEqual({ views: POLICY_IDS.length, amount: '800.00', floorRow: true });
    });

    it('loads from CommonJS with require() (require(esm), Node ≥ 20.19 / 22.12) and computes', () => {
      // 古丈 四（三）: (24000 − 4000) × 0.7 = 14000 — from a project whose files are CommonJS
      const cjs = mkdtempSync(join(project, 'cjs-'));
      writeFileSync(join(cjs, 'package.json'), JSON.stringify({ name: 'cjs-consumer', private: true, type: 'commonjs' }));
      writeFileSync(
        join(cjs, 'use.js'),
        `const { calculate, getPolicy } = require('@bangfu/sdk');
const r = calculate('medical-aid', getPolicy('guzhang-2021'), { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
console.log(r.ok && r.value.status === 'computed' ? r.value.amount : 'failed');`,
      );
      const r = run(process.execPath, ['use.js'], cjs);
      expect(r.code, r.out).toBe(0);
      expect(r.out.trim().split('\n')[0]).toBe('14000.00');
    });

    it('keeps the encodings read-only: changing a ratio on the object given changes nothing', () => {
      writeFileSync(
        join(project, 'frozen.mjs'),
        `import { calculate, getPolicy } from '@bangfu/sdk';
const p = getPolicy('guzhang-2021');
const ratio = p.provisions.find((x) => x.id === 'medical.inpatient.dibao.ratio');
let threw = false;
try { ratio.ratio = '0.9'; } catch { threw = true; }
const r = calculate('medical-aid', p, { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
console.log(JSON.stringify({ threw, frozen: Object.isFrozen(ratio), amount: r.value.amount }));`,
      );
      const r = run(process.execPath, ['frozen.mjs'], project);
      expect(r.code, r.out).toBe(0);
      // an ES module is strict: assigning to a frozen object's field throws
      expect(JSON.parse(r.out.trim().split('\n')[0]!)).toEqual({ threw: true, frozen: true, amount: '14000.00' });
    });

    it('runs the bangfu bin', () => {
      const r = run(join(project, 'node_modules', '.bin', 'bangfu'), ['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"tekun","care":"inpatient","selfPaid":"100"}'], project);
      expect(r.code, r.out).toBe(0);
      expect(JSON.parse(r.out.trim().split('\n')[0]!).amount).toBe('100.00'); // "个人自负费用按100%的比例救助"
    });

    it('pulls in one policy only when one policy is imported', async () => {
      const result = await build({
        stdin: { contents: "import { guzhang2021 } from '@bangfu/sdk/policies/guzhang-2021'; console.log(guzhang2021.id);", resolveDir: project },
        absWorkingDir: project, bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs).filter((f) => f.includes('/policies/'));
      expect(inputs.some((f) => f.endsWith('guzhang-2021.js'))).toBe(true);
      for (const other of ['yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019']) expect(inputs.some((f) => f.includes(other))).toBe(false);
    });

    it('in a bundle (esbuild, code splitting): the root carries no document, loadPolicy loads its own chunk, the synchronous API asks for it first', async () => {
      const out = join(project, 'bundle-root');
      const result = await build({
        stdin: {
          contents: `import { calculate, getPolicy, loadPolicy, policyCatalogue } from '@bangfu/sdk';
let sync = '';
try { getPolicy('yunyang-2019'); } catch (e) { sync = e.name + (e.message.includes('loadPolicy') ? ': names loadPolicy' : ''); }
const p = await loadPolicy('guzhang-2021');
const r = calculate('medical-aid', p, { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
console.log(JSON.stringify({ sync, same: getPolicy('guzhang-2021') === p, amount: r.value.amount, listed: policyCatalogue().length }));`,
          resolveDir: project,
        },
        absWorkingDir: project, bundle: true, splitting: true, outdir: out, entryNames: 'main', write: true, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent',
      });
      const main = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('main.js'))![1];
      expect(Object.keys(main.inputs).filter((f) => f.includes('/generated/policies/'))).toEqual([]);
      // Each document is a chunk of its own, loaded by its import().
      const chunks = Object.values(result.metafile.outputs).map((o) => Object.keys(o.inputs).filter((f) => f.includes('/generated/policies/')));
      expect(chunks.filter((c) => c.length).map((c) => c.length)).toEqual(POLICY_IDS.map(() => 1));
      const r = run(process.execPath, [join(out, 'main.js')], project);
      expect(r.code, r.out).toBe(0);
      expect(JSON.parse(r.out.trim().split('\n')[0]!)).toEqual({ sync: 'BangfuProgrammerError: names loadPolicy', same: true, amount: '14000.00', listed: POLICY_IDS.length });
    });

    it('@bangfu/sdk/all in a bundle: every document, answered synchronously', async () => {
      const out = join(project, 'bundle-all');
      await build({
        stdin: { contents: "import { getPolicy, policyList, POLICIES } from '@bangfu/sdk/all'; console.log(JSON.stringify({ n: policyList().length, same: getPolicy('hecheng-2020') === POLICIES[3] }));", resolveDir: project },
        absWorkingDir: project, bundle: true, outfile: join(out, 'main.js'), write: true, format: 'esm', platform: 'browser', logLevel: 'silent',
      });
      const r = run(process.execPath, [join(out, 'main.js')], project);
      expect(r.code, r.out).toBe(0);
      expect(JSON.parse(r.out.trim().split('\n')[0]!)).toEqual({ n: POLICY_IDS.length, same: POLICY_IDS[3] === 'hecheng-2020' });
    });

    it.each(['node16', 'bundler'])('typechecks a TypeScript consumer with moduleResolution %s', (resolution) => {
      writeFileSync(
        join(project, 'use.ts'),
        `import { calculate, getPolicy, getProvision, loadPolicy, policyCatalogue, type CalcResult, type Policy, type Provision } from '@bangfu/sdk';
import { POLICIES } from '@bangfu/sdk/all';
import { guzhang2021 } from '@bangfu/sdk/policies/guzhang-2021';
import { Provision as ProvisionSchema } from '@bangfu/sdk/schemas';
const policy: Policy = guzhang2021;
const first: Provision = ProvisionSchema.parse(policy.provisions[0]);
const r = calculate('medical-aid', policy, { group: 'dibao', care: 'inpatient', selfPaid: '1' });
const result: CalcResult | undefined = r.ok ? r.value : undefined;
// @ts-expect-error a provision has no field "amountNumber"
first.amountNumber;
// @ts-expect-error the input is typed per calculator: "selfpaid" is not a field of medical aid
calculate('medical-aid', policy, { group: 'dibao', care: 'inpatient', selfpaid: '1' });
// @ts-expect-error a policy id is one of the documents' ids: a typo is a type error
getPolicy('guzhang-2012');
// after status === 'computed', the amount is a string
const amount: string | undefined = r.ok && r.value.status === 'computed' ? r.value.amount.toUpperCase() : undefined;
const found = getProvision('guzhang-2021:medical.inpatient.dibao.threshold');
const later: Promise<Policy> = loadPolicy('yunyang-2019');
const listed: number = policyCatalogue()[0]!.provisionCount + POLICIES.length;
export { result, amount, found, later, listed };`,
      );
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', types: ['node'], skipLibCheck: false }, files: ['use.ts'] }));
      const r = run(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${resolution}.json`], project);
      expect(r.code, r.out).toBe(0);
    });
  });
});
