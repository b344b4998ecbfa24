/**
 * The site's build: `astro build`, then the whole-dataset downloads (scripts/datasets.ts, always all of them: they
 * show every document), then the search index (scripts/search-index.ts) — in full, or only for what changed.
 *
 *   node tools/build.ts                  incremental where it can be, full otherwise
 *   node tools/build.ts --full           always full
 *   node tools/build.ts --shard-docs 2   the search index in shards of 2 documents (default: search-index.ts's)
 *
 * dist/.bangfu-build.json records what a build was made from: a hash of everything but the documents
 * (the site, the SDK and content packages' sources, the shared content — concepts, national rules,
 * schemas —, the lockfile, the Node version) and one hash per document folder (content/policies/<id>/).
 * When the next build finds the same code hash, only the documents whose folder changed (or that are
 * new) have their own pages rebuilt — the document, its provisions, their English twins, its data
 * files (src/lib/build-scope.ts) — together with every page that may show any document (lists,
 * calculators, comparisons, the household view, the whole-site data), which are few and of constant
 * size. The pages of a removed document are deleted. Any change to the code means a full build, as
 * every page may have changed. The search index (in shards of documents) is built again only for the
 * shards that hold a changed document when the set of documents is the same; when a document was added
 * or removed (which deals the documents into shards anew) or the shard size changed, all of it. test/incremental-build.test.ts proves that an incremental rebuild gives
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
  /** The search index's shard size (--shard-docs), where one was given. */
  shardDocs?: number;
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
export function currentState(shardDocs?: number): Manifest {
  const code = CODE.flatMap((c) => files(join(REPO, c), (name, full) => NOT_CODE.has(name) || full === DOCS || name.startsWith('dist-')));
  const docs = Object.fromEntries(
    (existsSync(DOCS) ? readdirSync(DOCS).sort() : [])
      .filter((id) => statSync(join(DOCS, id)).isDirectory())
      .map((id) => [id, hashOf(files(join(DOCS, id)))]),
  );
  return { version: VERSION, code: createHash('sha256').update(process.version).update(hashOf(code)).digest('hex'), docs, ...(shardDocs ? { shardDocs } : {}) };
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
/** The search index (scripts/search-index.ts: Pagefind's Node API, in shards of documents). */
const searchIndex = (args: string[]) => run(process.execPath, ['--disable-warning=ExperimentalWarning', join(SITE, 'scripts/search-index.ts'), ...args]);
/**
 * The whole-dataset downloads (scripts/datasets.ts: data/bangfu.json, .xlsx, .zip, data/<area>.csv), streamed
 * into dist/ after astro build — after a full build and after an incremental one's pages are copied in alike,
 * as they hold every document. The SDK is read from its TypeScript source, as the pages read it.
 */
const datasets = () => run(process.execPath, ['--disable-warning=ExperimentalWarning', '--conditions=bangfu-source', join(SITE, 'scripts/datasets.ts'), '--out', DIST]);

function main(): void {
  const full = process.argv.includes('--full');
  const at = process.argv.indexOf('--shard-docs');
  const shardDocs = at > 0 ? Number(process.argv[at + 1]) : undefined;
  if (shardDocs !== undefined && !(Number.isInteger(shardDocs) && shardDocs >= 1)) throw new Error('--shard-docs takes a whole number ≥ 1');
  const shardArgs = shardDocs ? ['--shard-docs', String(shardDocs)] : [];
  const before = readManifest();
  const now = currentState(shardDocs);
  const p = full ? { full: '--full' } : plan(before, now);
  /** The index's shards to build again: all of them, or those of the changed documents (same documents, same shard size). */
  let indexOnly: string[] | undefined;
  if ('full' in p) {
    console.log(`bangfu build: full (${p.full})`);
    astro({});
  } else {
    const { changed, removed } = p;
    if (!changed.length && !removed.length && before!.shardDocs === now.shardDocs) {
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
    const added = changed.filter((id) => !(id in before!.docs));
    if (!added.length && !removed.length && before!.shardDocs === now.shardDocs) indexOnly = changed;
  }
  datasets();
  if (indexOnly) console.log(`bangfu build: search index of the shards holding ${indexOnly.join(', ')}`);
  searchIndex([...shardArgs, ...(indexOnly ? ['--only-docs', indexOnly.join(',')] : [])]);
  writeFileSync(MANIFEST, `${JSON.stringify(now)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
