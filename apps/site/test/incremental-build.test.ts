/**
 * Incremental rebuilds (tools/build.ts, issue 17): in a temporary copy of the repository, a full build;
 * then one document changed and one added — the next build rebuilds those two documents' pages and the
 * pages that show any document, and leaves every other document's pages as they were; and what it
 * leaves in dist/ is, file for file, what a full build of the same state writes.
 */
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, nodeIn } from './repo-copy.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CHANGED = 'yuzhong-2019';
const ADDED = 'shili-2024';
const UNTOUCHED = 'guzhang-2021';
// yuzhong-2019's provision eligibility.residency, summary.zh as encoded, and as changed here.
const BEFORE = '救助帮扶对象须户籍在渝中';
const AFTER = '救助帮扶对象须户籍在渝中区（增量构建测试）';

let copy: string;
let site: string;
const logs: string[] = [];
const build = (...args: string[]) => {
  nodeIn(copy, ['packages/sdk/build/compile-content.ts']);
  const out = nodeIn(site, ['tools/build.ts', ...args]);
  logs.push(out);
  return out;
};
/** Every file of a dist/ (Pagefind's index and the build record left out: the index is rebuilt whole, the record differs by design), with its modification time. */
function tree(dist: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(dist, full);
      if (rel === 'pagefind' || rel === '.bangfu-build.json') continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.set(rel, statSync(full).mtimeMs);
    }
  };
  walk(dist);
  return out;
}

let first: Map<string, number>;
let second: Map<string, number>;

beforeAll(() => {
  ({ copy } = copyRepo('bangfu-incremental-'));
  site = join(copy, 'apps/site');
  build();
  first = tree(join(site, 'dist'));
  // One document changed (a summary of one provision), one added (the sixth-document fixture).
  const yaml = join(copy, 'content/policies', CHANGED, 'policy.yaml');
  const text = readFileSync(yaml, 'utf8');
  expect(text).toContain(`zh: ${BEFORE}\n`);
  writeFileSync(yaml, text.replace(`zh: ${BEFORE}\n`, `zh: ${AFTER}\n`));
  cpSync(join(here, 'fixtures', ADDED), join(copy, 'content/policies', ADDED), { recursive: true });
  build();
  second = tree(join(site, 'dist'));
}, 1_200_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 300_000);

describe('an incremental rebuild', () => {
  it('the first build is full; the second knows what changed', () => {
    expect(logs[0]).toContain('bangfu build: full (no earlier build recorded in dist/)');
    expect(logs[1]).toContain(`bangfu build: incremental — 2 changed or new (${ADDED}, ${CHANGED}), 0 removed`);
  });

  it('rebuilds the changed and the added document, and leaves every page of the others as it was', () => {
    const page = (p: string) => readFileSync(join(site, 'dist', p), 'utf8');
    expect(page(`policies/${CHANGED}/p/eligibility.residency/index.html`)).toContain(AFTER);
    expect(page(`en/policies/${CHANGED}/p/eligibility.residency/index.html`)).toContain('Yuzhong');
    expect(existsSync(join(site, 'dist/policies', ADDED, 'index.html'))).toBe(true);
    const untouched = [...first.keys()].filter((f) => f.startsWith(`policies/${UNTOUCHED}/`) || f.startsWith(`en/policies/${UNTOUCHED}/`));
    expect(untouched.length).toBeGreaterThan(80);
    expect(untouched.filter((f) => second.get(f) !== first.get(f))).toEqual([]);
    // The pages that show every document were rebuilt.
    expect(second.get('household/index.html')).not.toBe(first.get('household/index.html'));
  });

  it('leaves dist/ as a full build of the same state does, file for file', () => {
    renameSync(join(site, 'dist'), join(site, 'dist-incremental'));
    cpSync(join(site, 'dist-incremental/.bangfu-build.json'), join(copy, 'incremental-record.json'));
    build('--full');
    expect(logs[2]).toContain('bangfu build: full (--full)');
    const inc = tree(join(site, 'dist-incremental'));
    const full = tree(join(site, 'dist'));
    expect([...inc.keys()].sort()).toEqual([...full.keys()].sort());
    const differ = [...full.keys()].filter((f) => !readFileSync(join(site, 'dist', f)).equals(readFileSync(join(site, 'dist-incremental', f))));
    expect(differ).toEqual([]);
    // And both record the same state.
    expect(readFileSync(join(site, 'dist/.bangfu-build.json'), 'utf8')).toBe(readFileSync(join(copy, 'incremental-record.json'), 'utf8'));
  });
});
