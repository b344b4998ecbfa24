/**
 * The site's build: `astro build`, then the search index — in full, or only for what changed.
 *
 *   node tools/build.ts            incremental where it can be, full otherwise
 *   node tools/build.ts --full     always full
 *
 * dist/.bangfu-build.json records what a build was made from: a hash of everything but the documents
 * (the site, the SDK and content packages' sources, the shared content — concepts, national rules,
 * schemas —, the lockfile, the Node version) and one hash per document folder (content/policies/<id>/).
 * When the next build finds the same code hash, only the documents whose folder changed (or that are
 * new) have their own pages rebuilt — the document, its provisions, their English twins, its data
 * files (src/lib/build-scope.ts) — together with every page that may show any document (lists,
 * calculators, comparisons, the household view, the whole-site data), which are few and of constant
 * size. The pages of a removed document are deleted. Any change to the code means a full build, as
 * every page may have changed. test/incremental-build.test.ts proves that an incremental rebuild gives
 * the same pages as a full build of the same state.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(SITE, '../..');
const DIST = join(SITE, 'dist');
const MANIFEST = join(DIST, '.bangfu-build.json');
const DOCS = join(REPO, 'content/policies');
const VERSION = 1;

/** What the code hash covers, relative to the repository, and what it leaves out (outputs, tests, the documents). */
const CODE = ['apps/site', 'packages/sdk', 'packages/content', 'content', 'pnpm-lock.yaml'];
const NOT_CODE = new Set(['node_modules', 'dist', '.astro', '.turbo', 'test', 'e2e', 'generated', 'coverage']);
/** Directories holding one folder per document: a changed or removed document's folder is replaced. */
export const PER_DOCUMENT_DIRS = ['policies', 'en/policies', 'data/policies'];
/** Pages built from the whole list of documents whose number can shrink (a province's pages, its places file): replaced whole. */
export const REPLACED_WHOLE = ['policies/region', 'en/policies/region', 'data/places'];

interface Manifest {
  version: number;
  code: string;
  docs: Record<string, string>;
}

function files(dir: string, skip: (name: string, full: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (skip(name, full)) return [];
      return statSync(full).isDirectory() ? files(full, skip) : [full];
    });
}

function hashOf(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) h.update(relative(REPO, p)).update('\0').update(readFileSync(p)).update('\0');
  return h.digest('hex');
}

/** The state a build is made from. */
export function currentState(): Manifest {
  const code = CODE.flatMap((c) => files(join(REPO, c), (name, full) => NOT_CODE.has(name) || full === DOCS || name.startsWith('dist-')));
  const docs = Object.fromEntries(
    (existsSync(DOCS) ? readdirSync(DOCS).sort() : [])
      .filter((id) => statSync(join(DOCS, id)).isDirectory())
      .map((id) => [id, hashOf(files(join(DOCS, id)))]),
  );
  return { version: VERSION, code: createHash('sha256').update(process.version).update(hashOf(code)).digest('hex'), docs };
}

function readManifest(): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    return m.version === VERSION && existsSync(join(DIST, 'index.html')) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** What an incremental build has to do, or why it cannot be one. */
export function plan(before: Manifest | undefined, now: Manifest): { full: string } | { changed: string[]; removed: string[] } {
  if (!before) return { full: 'no earlier build recorded in dist/' };
  if (before.code !== now.code) return { full: 'the code or the shared content changed' };
  const changed = Object.keys(now.docs).filter((id) => before.docs[id] !== now.docs[id]);
  const removed = Object.keys(before.docs).filter((id) => !(id in now.docs));
  return { changed, removed };
}

const run = (cmd: string, args: string[], env: Record<string, string> = {}) => execFileSync(cmd, args, { cwd: SITE, stdio: 'inherit', env: { ...process.env, ...env } });
const astro = (env: Record<string, string>) => run(process.execPath, [join(SITE, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
const searchIndex = () => run(join(SITE, 'node_modules/.bin/pagefind'), ['--site', 'dist']);

function main(): void {
  const full = process.argv.includes('--full');
  const now = currentState();
  const p = full ? { full: '--full' } : plan(readManifest(), now);
  if ('full' in p) {
    console.log(`bangfu build: full (${p.full})`);
    astro({});
  } else {
    const { changed, removed } = p;
    if (!changed.length && !removed.length) {
      console.log('bangfu build: nothing changed since the last build');
      return;
    }
    console.log(`bangfu build: incremental — ${changed.length} changed or new (${changed.join(', ') || '—'}), ${removed.length} removed (${removed.join(', ') || '—'})`);
    const out = mkdtempSync(join(tmpdir(), 'bangfu-partial-'));
    try {
      astro({ BANGFU_ONLY_DOCS: changed.join(','), BANGFU_OUT_DIR: out });
      for (const id of [...changed, ...removed]) for (const d of PER_DOCUMENT_DIRS) rmSync(join(DIST, d, id), { recursive: true, force: true });
      for (const d of REPLACED_WHOLE) rmSync(join(DIST, d), { recursive: true, force: true });
      cpSync(out, DIST, { recursive: true, force: true });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  rmSync(join(DIST, 'pagefind'), { recursive: true, force: true });
  searchIndex();
  writeFileSync(MANIFEST, `${JSON.stringify(now)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
