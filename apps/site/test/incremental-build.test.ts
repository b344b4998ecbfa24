/**
 * Incremental rebuilds (tools/build.ts, issue 17): in a temporary copy of the repository, a full build
 * (the search index in shards of two documents); then one document changed — the next build rebuilds
 * that document's pages, the pages that show any document and the one index shard that holds it, and
 * leaves every other document's pages and every other shard as they were; then one document added —
 * pages as before, the index dealt into shards anew. What dist/ holds at the end, search index included,
 * is file for file what a full build of the same state writes; then the added document removed — its pages and
 * every file naming it gone, again as a full build writes. And a full build in batches of two
 * documents (each batch its own `astro build`, reading only its documents' renderings) writes, file for
 * file, what one `astro build` of every document writes.
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
  const out = nodeIn(site, ['tools/build.ts', '--shard-docs', '2', ...args]);
  logs.push(out);
  return out;
};
/** Every file of a dist/ (the build record left out), with its modification time. */
function tree(dist: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(dist, full);
      if (rel === '.bangfu-build.json') continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.set(rel, statSync(full).mtimeMs);
    }
  };
  walk(dist);
  return out;
}

let first: Map<string, number>;
let second: Map<string, number>;
let third: Map<string, number>;

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
  build();
  second = tree(join(site, 'dist'));
  cpSync(join(here, 'fixtures', ADDED), join(copy, 'content/policies', ADDED), { recursive: true });
  build();
  third = tree(join(site, 'dist'));
}, 1_200_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 300_000);

describe('an incremental rebuild', () => {
  it('the first build is full; the next ones know what changed', () => {
    expect(logs[0]).toContain('bangfu build: full (no earlier build recorded in dist/)');
    expect(logs[1]).toContain(`bangfu build: incremental — 1 changed or new (${CHANGED}), 0 removed`);
    expect(logs[1]).toContain(`bangfu build: search index of the shards holding ${CHANGED}`);
    expect(logs[2]).toContain(`bangfu build: incremental — 1 changed or new (${ADDED}), 0 removed`);
    expect(logs[2]).not.toContain('search index of the shards holding');
  });

  it('a changed document: its pages and its index shard rebuilt, every page of the others and every other shard as it was', () => {
    const page = (p: string) => readFileSync(join(site, 'dist', p), 'utf8');
    expect(page(`policies/${CHANGED}/p/eligibility.residency/index.html`)).toContain(AFTER);
    expect(page(`en/policies/${CHANGED}/p/eligibility.residency/index.html`)).toContain('Yuzhong');
    const untouched = [...first.keys()].filter((f) => f.startsWith(`policies/${UNTOUCHED}/`) || f.startsWith(`en/policies/${UNTOUCHED}/`));
    expect(untouched.length).toBeGreaterThan(80);
    expect(untouched.filter((f) => second.get(f) !== first.get(f))).toEqual([]);
    // The pages that show every document were rebuilt.
    expect(second.get('household/index.html')).not.toBe(first.get('household/index.html'));
    // The index's documents are dist/policies/'s folders (the national rules included) in id order, document i in
    // shard i mod S, S = ⌈documents / 2⌉ (scripts/search-index.ts): the changed one's shard is indexed again, another is kept file for file.
    const docs = readdirSync(join(site, 'dist/policies')).filter((d) => existsSync(join(site, 'dist/policies', d, 'index.html'))).sort();
    const S = Math.ceil(docs.length / 2);
    const mine = docs.indexOf(CHANGED) % S;
    const other = [...Array(S).keys()].find((k) => k !== mine)!;
    const dir = (k: number) => (k === 0 ? /^pagefind\/(?!shard-)/ : new RegExp(`^pagefind/shard-${k}/`));
    const kept = [...first.keys()].filter((f) => dir(other).test(f) && !f.endsWith('shards.json'));
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.filter((f) => second.get(f) !== first.get(f))).toEqual([]);
    expect([...second.keys()].filter((f) => dir(mine).test(f)).some((f) => second.get(f) !== first.get(f))).toBe(true);
  });

  it('an added document: its pages built, the others’ left as they were', () => {
    expect(existsSync(join(site, 'dist/policies', ADDED, 'index.html'))).toBe(true);
    const untouched = [...second.keys()].filter((f) => f.startsWith(`policies/${UNTOUCHED}/`));
    expect(untouched.filter((f) => third.get(f) !== second.get(f))).toEqual([]);
  });

  it('leaves dist/ as a full build of the same state does, file for file', () => {
    renameSync(join(site, 'dist'), join(site, 'dist-incremental'));
    cpSync(join(site, 'dist-incremental/.bangfu-build.json'), join(copy, 'incremental-record.json'));
    build('--full');
    expect(logs[3]).toContain('bangfu build: full (--full)');
    const inc = tree(join(site, 'dist-incremental'));
    const full = tree(join(site, 'dist'));
    expect([...inc.keys()].sort()).toEqual([...full.keys()].sort());
    const differ = [...full.keys()].filter((f) => !readFileSync(join(site, 'dist', f)).equals(readFileSync(join(site, 'dist-incremental', f))));
    expect(differ).toEqual([]);
    // And both record the same state (the steps each took apart).
    const state = (f: string) => {
      const { steps, ...rest } = JSON.parse(readFileSync(f, 'utf8')) as { steps?: unknown[] };
      expect(steps?.length).toBeGreaterThan(0);
      return rest;
    };
    expect(state(join(site, 'dist/.bangfu-build.json'))).toEqual(state(join(copy, 'incremental-record.json')));
  });

  it('a removed document: its pages and every file naming it gone, dist/ as a full build of the same state, file for file', () => {
    rmSync(join(copy, 'content/policies', ADDED), { recursive: true, force: true });
    build();
    expect(logs[4]).toContain(`bangfu build: incremental — 0 changed or new (—), 1 removed (${ADDED})`);
    expect(existsSync(join(site, 'dist/policies', ADDED))).toBe(false);
    // 示例县 was the only place whose name starts with 示 (U+793A): the search's file of that character goes with it.
    expect(existsSync(join(site, 'dist/data/search-places/zh/793a.json'))).toBe(false);
    renameSync(join(site, 'dist'), join(site, 'dist-removed'));
    build('--full');
    const inc = tree(join(site, 'dist-removed'));
    const full = tree(join(site, 'dist'));
    expect([...inc.keys()].sort()).toEqual([...full.keys()].sort());
    expect([...full.keys()].filter((f) => !readFileSync(join(site, 'dist', f)).equals(readFileSync(join(site, 'dist-removed', f))))).toEqual([]);
    // Put back for the batched build below.
    cpSync(join(here, 'fixtures', ADDED), join(copy, 'content/policies', ADDED), { recursive: true });
  });

  it('in batches of two documents, each its own astro build, writes what one astro build of all of them writes, file for file', () => {
    build('--full');
    renameSync(join(site, 'dist'), join(site, 'dist-one'));
    build('--full', '--batch-docs', '2');
    // The five documents and the added one: three batches, the first with the national rules and the shared pages.
    expect(logs.at(-1)).toContain('bangfu build: 6 documents in 3 batches of at most 2');
    const one = tree(join(site, 'dist-one'));
    const batched = tree(join(site, 'dist'));
    expect([...batched.keys()].sort()).toEqual([...one.keys()].sort());
    expect([...batched.keys()]).toContain(`policies/${ADDED}/index.html`);
    expect([...batched.keys()]).toContain(`en/policies/${UNTOUCHED}/index.html`);
    const differ = [...one.keys()].filter((f) => !readFileSync(join(site, 'dist', f)).equals(readFileSync(join(site, 'dist-one', f))));
    expect(differ).toEqual([]);
  });
  it('a document edited but not compiled again: built from its old compiled module, and rebuilt once it is compiled', () => {
    const yaml = join(copy, 'content/policies', CHANGED, 'policy.yaml');
    const AGAIN = '救助帮扶对象须户籍在渝中区（未编译）';
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(`zh: ${AFTER}\n`, `zh: ${AGAIN}\n`));
    const page = () => readFileSync(join(site, 'dist/policies', CHANGED, 'p/eligibility.residency/index.html'), 'utf8');
    // tools/build.ts alone (no compile): the folder changed, the compiled module not — the page still says the old text.
    const stale = nodeIn(site, ['tools/build.ts', '--shard-docs', '2']);
    expect(stale).toContain(`bangfu build: incremental — 1 changed or new (${CHANGED})`);
    expect(page()).toContain(AFTER);
    // Compiled, the module's hash is the document's too: the next build rebuilds it, where the folder's hash alone would say "nothing changed".
    const fresh = build();
    expect(fresh).toContain(`bangfu build: incremental — 1 changed or new (${CHANGED})`);
    expect(page()).toContain(AGAIN);
  });
});
