/** The README's example runs as written and prints what its comments say. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { POLICY_IDS } from '../src/generated/ids.ts';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));

it('the quick start computes 古丈 inpatient aid for a dibao recipient: (24000 − 4000) × 0.7 = 14000.00', () => {
  const readme = readFileSync(join(PKG, 'README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const dir = mkdtempSync(join(tmpdir(), 'bangfu-readme-'));
  const file = join(dir, 'example.ts');
  writeFileSync(file, code.replace("from '@bangfu/sdk'", `from ${JSON.stringify(pathToFileURL(join(PKG, 'src/index.ts')).href)}`) + '\nconsole.log(all.ok && all.value.views.length);\n');
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  // one view per document folder (five today; a sixth folder makes it six)
  expect(r.stdout.trim().split('\n')).toEqual(['computed 14000.00', String(POLICY_IDS.length)]);
});
