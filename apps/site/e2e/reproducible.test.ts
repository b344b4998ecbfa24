/**
 * Reproducible output: the site is built twice from the same sources into two temporary
 * directories (`astro build --outDir`, the whole-dataset downloads, `scripts/datasets.ts --out`, then
 * the search index, `scripts/search-index.ts --dist`, in
 * shards of two documents so that the merged shards' files are compared too), and every file of the two builds
 * must be byte-identical (same file list, same bytes). Slow (two full builds), so it runs with the
 * e2e task rather than the build tests. dist/ itself is not touched.
 * Files that cannot be made identical would be listed in KNOWN_VARIABLE with the reason (see
 * apps/site/README.md); there are none.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_ROOT } from '../test/routes.ts';

const KNOWN_VARIABLE: RegExp[] = [];

const root = mkdtempSync(join(tmpdir(), 'bangfu-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(out: string): void {
  // The environment of a normal `pnpm run build`, not vitest's (NODE_ENV=test, VITEST…).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const opts = { cwd: SITE_ROOT, stdio: 'pipe' as const, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 << 20 };
  const steps = [
    ['exec', 'astro', 'build', '--outDir', out],
    ['exec', 'node', '--conditions=bangfu-source', 'scripts/datasets.ts', '--out', out],
    ['exec', 'node', 'scripts/search-index.ts', '--dist', out, '--shard-docs', '2'],
  ];
  for (const args of steps) {
    try {
      execFileSync('pnpm', args, opts);
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`pnpm ${args.join(' ')} failed:\n${String(err.stdout ?? '').slice(-3000)}\n${String(err.stderr ?? '').slice(-3000)}`);
    }
  }
}

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('reproducible build', () => {
  it('two builds from the same sources are byte-identical, file by file', () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    build(a);
    build(b);
    const da = digest(a);
    const db = digest(b);
    expect(da.size).toBeGreaterThan(10);
    const differ: string[] = [];
    for (const f of new Set([...da.keys(), ...db.keys()])) {
      if (KNOWN_VARIABLE.some((r) => r.test(f))) continue;
      if (da.get(f) !== db.get(f)) differ.push(`${f}: ${da.has(f) ? (db.has(f) ? 'content differs' : 'only in the first build') : 'only in the second build'}`);
    }
    expect(differ).toEqual([]);
  }, 600_000);
});
