/**
 * SDK benchmarks (not tests: run by hand with `pnpm run bench`, which starts this file through run.ts
 * with `--conditions=bangfu-source`; results recorded in README.md, section "SDK"):
 * (a) medical-aid throughput over 100,000 generated households × the five policies;
 * (b) bundle size (esbuild, minified, gzip level 9) of one policy + the calculators, and of the whole SDK.
 * The SDK is read from its TypeScript source (`bangfu-source` condition) both when run and when
 * bundled, so the numbers do not depend on a prior `tsc` build of packages/sdk/dist.
 */
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { calculate, medicalAid, MedicalAidInput, policyList, type Policy } from '@bangfu/sdk';
import { households } from './households.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const N = 100_000;
const SEED = 20240601;

// (a) Throughput ---------------------------------------------------------------------------------

const inputs = households(N, SEED);
const policies = policyList();

/** One pass: every household through `calculate` (validation + calculation) for one policy. */
function pass(policy: Policy): { seconds: number; computed: number } {
  let computed = 0;
  const t0 = process.hrtime.bigint();
  for (const input of inputs) {
    const r = calculate('medical-aid', policy, input);
    if (r.ok && r.value.status !== 'not-specified') computed++;
  }
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, computed };
}

// Warm up the JIT on a slice, then time full passes.
for (const p of policies) for (const input of inputs.slice(0, 2000)) calculate('medical-aid', p, input);

const perPolicy = policies.map((p) => {
  const runs = [pass(p), pass(p), pass(p)];
  const best = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  return { policy: p.id, households: N, computedOrRange: best.computed, seconds: best.seconds, perSecond: Math.round(N / best.seconds) };
});
const totalSeconds = perPolicy.reduce((s, r) => s + r.seconds, 0);
const allPolicies = Math.round((N * policies.length) / totalSeconds);

// Per-call latency with tinybench, to separate validation (zod) from the calculation itself.
const sample = inputs.slice(0, 1000);
const parsed = sample.map((i) => MedicalAidInput.parse(i));
const guzhang = policies[0]!;
const bench = new Bench({ time: 1000, warmupTime: 200 });
bench
  .add('calculate() = zod validation + calculation (guzhang-2021, 1000 households)', () => {
    for (const i of sample) calculate('medical-aid', guzhang, i);
  })
  .add('medicalAid() on pre-validated input (guzhang-2021, 1000 households)', () => {
    for (const i of parsed) medicalAid(guzhang, i);
  });
await bench.run();

// (b) Bundle size --------------------------------------------------------------------------------

async function bundle(contents: string, resolveDir = HERE): Promise<{ min: number; gzip: number }> {
  const r = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['bangfu-source'], treeShaking: true, logLevel: 'silent',
  });
  const code = r.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const onePolicy = await bundle(
  `import { guzhang2021 } from '@bangfu/sdk/policies/guzhang-2021';
import { calculate } from '@bangfu/sdk/calculators';
console.log(calculate('medical-aid', guzhang2021, { group: 'dibao', care: 'inpatient', selfPaid: '24000' }));`,
);
const whole = await bundle(`import * as sdk from '@bangfu/sdk'; console.log(sdk);`);
const depsOnly = await bundle(`import { z } from 'zod'; import { Decimal } from 'decimal.js'; console.log(z, Decimal);`, join(HERE, '../packages/sdk')); // the SDK's own dependencies

// Report ---------------------------------------------------------------------------------------

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString().slice(0, 10)}`);
console.log(`\nmedical-aid throughput: ${N.toLocaleString('en')} households (seed ${SEED}), best of 3 passes per policy, calculate() incl. validation`);
console.table(perPolicy.map((r) => ({ policy: r.policy, 'households/s': r.perSecond.toLocaleString('en'), 'seconds/pass': r.seconds.toFixed(3), 'computed or range': r.computedOrRange })));
console.log(`all five policies: ${(N * policies.length).toLocaleString('en')} evaluations in ${totalSeconds.toFixed(2)} s = ${allPolicies.toLocaleString('en')} evaluations/s; ${Math.round(N / totalSeconds).toLocaleString('en')} households/s through all five`);
// A task handles 1000 households, so its mean latency in ms equals µs per household.
console.table(bench.tasks.map((t) => ({ task: t.name, 'µs per household (mean)': (t.result as { latency?: { mean?: number } }).latency?.mean?.toFixed(2) ?? 'n/a' })));
console.log('\nbundle size (esbuild --bundle --minify, browser ESM, from source via the bangfu-source condition; gzip level 9)');
console.table([
  { entry: 'policies/guzhang-2021 + calculators', minified: kb(onePolicy.min), gzip: kb(onePolicy.gzip) },
  { entry: 'whole SDK (import * from @bangfu/sdk)', minified: kb(whole.min), gzip: kb(whole.gzip) },
  { entry: 'for reference: zod + decimal.js alone', minified: kb(depsOnly.min), gzip: kb(depsOnly.gzip) },
]);
