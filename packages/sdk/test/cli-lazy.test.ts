/**
 * The CLI loads only the documents asked for (issue 15 (c), issue 17: flat in the number of documents):
 * `calc --policy guzhang-2021` imports that document's module and no other; `--policy all` imports them all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POLICY_IDS } from '../src/generated/ids.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
// A preload that records every module URL Node loads and prints them to stderr at exit.
const hook = join(mkdtempSync(join(tmpdir(), 'bangfu-lazy-')), 'record.mjs');
writeFileSync(
  hook,
  `import { registerHooks } from 'node:module';
const seen = [];
registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(seen) + '\\n'));`,
);
const loaded = (...args: string[]): string[] => {
  const r = spawnSync(process.execPath, ['--import', hook, '--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '))!;
  return (JSON.parse(line.slice(7)) as string[]).filter((u) => u.includes('/generated/policies/')).map((u) => u.replace(/^.*\/generated\/policies\/([^/.]+)\..*$/, '$1'));
};

describe('bangfu calc loads only the documents asked for', () => {
  const input = ['--input', '{"group":"dibao","care":"inpatient","selfPaid":"24000"}', '--no-steps'];
  it('one place: its module only', () => {
    expect(loaded('calc', 'medical-aid', '--policy', 'guzhang-2021', ...input)).toEqual(['guzhang-2021']);
  });
  it('two places: those two', () => {
    expect(loaded('calc', 'medical-aid', '--policy', 'yuzhong-2019,hecheng-2020', ...input).sort()).toEqual(['hecheng-2020', 'yuzhong-2019']);
  });
  it('all: every document', () => {
    expect(loaded('calc', 'medical-aid', '--policy', 'all', ...input).sort()).toEqual([...POLICY_IDS].sort());
  });
});
