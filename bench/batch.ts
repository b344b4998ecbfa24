/**
 * The CLI batch (issue 15 (b)): N generated medical-aid households as JSON Lines through
 * `bangfu calc medical-aid --policy guzhang-2021 --input-file <file>` (the built bin, output to
 * /dev/null), for N = 10k, 100k and 1M, with and without --no-steps: wall time, rows per second and
 * peak RSS (GNU time's %M). Peak RSS should stay flat in N: the batch is read and written line by line.
 * Run (after `pnpm --filter @bangfu/sdk build`): node --disable-warning=ExperimentalWarning batch.ts
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { households } from './households.ts';

const BIN = fileURLToPath(new URL('../packages/sdk/bin/bangfu.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bangfu-batch-'));
const sizes = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);

async function write(n: number): Promise<string> {
  const file = join(dir, `h${n}.jsonl`);
  const out = createWriteStream(file);
  const chunk = households(Math.min(n, 100_000), 20240601).map((h) => JSON.stringify(h));
  for (let i = 0; i < n; i++) if (!out.write(`${chunk[i % chunk.length]}\n`)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
  return file;
}

console.log(`CLI batch, medical aid, guzhang-2021 (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
console.log('| rows | steps | s | rows/s | peak RSS (MB) |');
console.log('| --: | --- | --: | --: | --: |');
try {
  for (const n of sizes) {
    const file = await write(n);
    for (const steps of [true, false]) {
      const args = ['-f', '%e %M', process.execPath, BIN, 'calc', 'medical-aid', '--policy', 'guzhang-2021', '--input-file', file, ...(steps ? [] : ['--no-steps'])];
      const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
      const [s, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
      console.log(`| ${n.toLocaleString('en')} | ${steps ? 'with' : '--no-steps'} | ${s.toFixed(1)} | ${Math.round(n / s).toLocaleString('en')} | ${(kb / 1024).toFixed(0)} |`);
    }
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
