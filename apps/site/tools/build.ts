/**
 * The site's build: `astro build`, then the whole-dataset downloads (scripts/datasets.ts, always all of them: they
 * show every document), then the search index (scripts/search-index.ts) — in full, or only for what changed.
 *
 *   node tools/build.ts                  incremental where it can be, full otherwise
 *   node tools/build.ts --full           always full
 *   node tools/build.ts --shard-docs 2   the search index in shards of 2 documents (default: search-index.ts's)
 *   node tools/build.ts --batch-docs 50  the documents' pages rendered 50 documents at a time (default BATCH_DOCS)
 *   node tools/build.ts --report         each step's wall time and peak memory on a line, for bench/scale.ts
 *
 * Pages are rendered in batches of documents, each batch its own `astro build` process that reads only
 * its documents' renderings and writes only their pages (src/lib/build-scope.ts): so the build's memory
 * is that of one batch, however many documents there are (bench/README.md, "Scale"). The first batch
 * also writes every page that shows any document (lists, calculators, comparisons, the household view,
 * the data page, …: few, of constant size, built from the catalogue, the SDK's TOTALS and the default
 * places, never from every document); the later ones add their documents' folders (PER_DOCUMENT_DIRS) and
 * the assets. (Every batch renders those shared pages too, ≈ 8 s, and throws them away: Astro has no way
 * to leave a static page out of one build.) With no more documents than one batch holds, a full build is
 * one plain `astro build`. A stopped build's partial folders are removed by the next one.
 *
 * dist/.bangfu-build.json records what a build was made from: a hash of everything but the documents
 * (the site, the SDK and content packages' sources, the shared content — concepts, national rules,
 * schemas —, the lockfile, the Node version) and one hash per document: its folder (content/policies/<id>/)
 * and its compiled module (packages/sdk/src/generated/policies/<id>.ts).
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
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(SITE, '../..');
const DIST = join(SITE, 'dist');
const MANIFEST = join(DIST, '.bangfu-build.json');
const DOCS = join(REPO, 'content/policies');
const NATIONAL = join(REPO, 'content/national');
/** The documents' compiled modules (packages/sdk/build/compile-content.ts), one per document. */
const COMPILED = join(REPO, 'packages/sdk/src/generated/policies');
const VERSION = 1;
/**
 * Documents per `astro build` process. Its peak memory grows with the documents it renders (≈ 3 MiB
 * each, bench/README.md), so this bounds the build's peak; fewer processes save the fixed cost of each
 * (bundling, ≈ 10 s). The pages do not depend on it: test/incremental-build.test.ts builds in batches of
 * two and compares with one process, file for file.
 */
export const BATCH_DOCS = 250;

/** What the code hash covers, relative to the repository, and what it leaves out (outputs, tests, the documents). */
const CODE = ['apps/site', 'packages/sdk', 'packages/content', 'content', 'pnpm-lock.yaml'];
const NOT_CODE = new Set(['node_modules', 'dist', '.astro', '.turbo', 'test', 'e2e', 'generated', 'coverage']);
/** Directories holding one folder per document: a changed or removed document's folder is replaced. */
export const PER_DOCUMENT_DIRS = ['policies', 'en/policies', 'data/policies'];
/** Pages built from the whole list of documents whose number can shrink (a province's pages, its places file, the search's place names by first character): replaced whole. */
export const REPLACED_WHOLE = ['policies/region', 'en/policies/region', 'data/places', 'data/search-places'];

interface Manifest {
  version: number;
  code: string;
  docs: Record<string, string>;
  /** The search index's shard size (--shard-docs), where one was given. */
  shardDocs?: number;
  /** The steps of the build that wrote it, with their time and peak memory (test/build-budget.test.ts checks the peaks against budgets.ts). */
  steps?: Step[];
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
  const code = CODE.flatMap((c) => files(join(REPO, c), (name, full) => NOT_CODE.has(name) || full === DOCS || name.startsWith('dist-') || name.startsWith(PARTIAL_PREFIX)));
  const docs = Object.fromEntries(
    folders(DOCS)
      // The folder, and the document's compiled module (what the pages read of its encoding): a site built before the
      // content was compiled again is rebuilt for that document once it is (the catalogue and TOTALS are read only by
      // the pages that show any document, which every build writes).
      .map((id) => [id, hashOf([...files(join(DOCS, id)), ...files(join(COMPILED, `${id}.ts`))])]),
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

const folders = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((id) => statSync(join(dir, id)).isDirectory()).sort() : []);
const chunks = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/** A step of the build: a child process, its wall time and the peak of its memory (the largest process of its tree). */
export interface Step {
  name: string;
  seconds: number;
  /** VmHWM (peak resident memory) of the largest process in the child's tree, read from /proc while it runs; absent where there is no /proc. */
  peakMiB?: number;
}
const steps: Step[] = [];
/** With --report, each step on a line of its own ("bangfu build: step <name>: <s> s, <MiB> MiB peak"): what bench/scale.ts records. */
const REPORT = process.argv.includes('--report');

/** The peak resident memory so far (VmHWM, MiB) of each process in a tree, by pid (Linux /proc; empty elsewhere). */
function peaks(pid: number, into: Map<number, number>): void {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (kb) into.set(pid, Math.max(into.get(pid) ?? 0, Number(kb[1]) / 1024));
    for (const t of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) peaks(Number(c), into);
    }
  } catch {
    // gone meanwhile, or no /proc
  }
}

/** Run a step: the child's output passes through; its wall time and peak memory (polled every 200 ms) are recorded. */
function run(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const t0 = process.hrtime.bigint();
  // The scope of a build is what this tool says, never what the shell it runs in happens to have set.
  const { BANGFU_ONLY_DOCS: _d, BANGFU_OUT_DIR: _o, ...inherited } = process.env;
  const child = spawn(cmd, args, { cwd: SITE, stdio: 'inherit', env: { ...inherited, ...env } });
  const seen = new Map<number, number>();
  const poll = setInterval(() => child.pid && peaks(child.pid, seen), 200);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      const step: Step = { name, seconds: Number(process.hrtime.bigint() - t0) / 1e9, ...(seen.size ? { peakMiB: Math.round(Math.max(...seen.values())) } : {}) };
      steps.push(step);
      if (REPORT) console.log(`bangfu build: step ${name}: ${step.seconds.toFixed(1)} s, ${step.peakMiB ?? '?'} MiB peak`);
      if (code === 0) done();
      else fail(new Error(`bangfu build: ${name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
const astro = (name: string, env: Record<string, string>) => run(name, process.execPath, [join(SITE, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
/** The search index (scripts/search-index.ts: Pagefind's Node API, in shards of documents). */
const searchIndex = (args: string[]) => run('search index', process.execPath, ['--disable-warning=ExperimentalWarning', join(SITE, 'scripts/search-index.ts'), ...args]);
/**
 * The whole-dataset downloads (scripts/datasets.ts: data/bangfu.json, .xlsx, .zip, data/<area>.csv), streamed
 * into dist/ after astro build — after a full build and after an incremental one's pages are copied in alike,
 * as they hold every document. The SDK is read from its TypeScript source, as the pages read it.
 */
const datasets = () => run('downloads', process.execPath, ['--disable-warning=ExperimentalWarning', '--conditions=bangfu-source', join(SITE, 'scripts/datasets.ts'), '--out', DIST]);

/** Where a batch is built apart: beside dist/, on the same file system, so that its folders move in by renaming. */
export const PARTIAL_PREFIX = '.bangfu-partial-';

/**
 * Render some documents' pages apart (BANGFU_OUT_DIR) and move them into dist/: these documents' folders
 * (renamed into place: a batch is tens of thousands of files), the assets (`_astro/`, named by their
 * content's hash) and, with `shared`, every other page built (the pages that show any document replace dist/'s).
 */
async function renderApart(ids: string[], shared: boolean): Promise<void> {
  const out = mkdtempSync(join(SITE, PARTIAL_PREFIX));
  try {
    await astro(`astro build, ${ids.length} document(s)${shared ? ' and the shared pages' : ''}`, { BANGFU_ONLY_DOCS: ids.join(','), BANGFU_OUT_DIR: out });
    for (const id of ids) {
      for (const d of PER_DOCUMENT_DIRS) {
        if (!existsSync(join(out, d, id))) continue;
        rmSync(join(DIST, d, id), { recursive: true, force: true });
        mkdirSync(join(DIST, d), { recursive: true });
        renameSync(join(out, d, id), join(DIST, d, id));
      }
    }
    if (shared) {
      for (const d of REPLACED_WHOLE) rmSync(join(DIST, d), { recursive: true, force: true });
      cpSync(out, DIST, { recursive: true, force: true });
    } else cpSync(join(out, '_astro'), join(DIST, '_astro'), { recursive: true, force: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Every page: one `astro build`, or the documents in batches (the first into dist/ itself, with the national rules and the shared pages). */
async function fullBuild(docs: string[], batchDocs: number): Promise<void> {
  if (docs.length <= batchDocs) return astro('astro build', {});
  const [first, ...rest] = chunks(docs, batchDocs);
  console.log(`bangfu build: ${docs.length} documents in ${rest.length + 1} batches of at most ${batchDocs}`);
  await astro(`astro build, ${first!.length} document(s) and the shared pages`, { BANGFU_ONLY_DOCS: [...folders(NATIONAL), ...first!].join(',') });
  for (const b of rest) await renderApart(b, false);
}

/** A whole number ≥ 1 given as `--name n`, or undefined. */
function countArg(name: string): number | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const n = Number(process.argv[at + 1]);
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`${name} takes a whole number ≥ 1`);
  return n;
}

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const shardDocs = countArg('--shard-docs');
  const batchDocs = countArg('--batch-docs') ?? BATCH_DOCS;
  const shardArgs = shardDocs ? ['--shard-docs', String(shardDocs)] : [];
  // Partial folders of a build that was stopped (Ctrl-C, out of memory) before it could remove them.
  for (const name of readdirSync(SITE)) if (name.startsWith(PARTIAL_PREFIX)) rmSync(join(SITE, name), { recursive: true, force: true });
  const before = readManifest();
  const now = currentState(shardDocs);
  const p = full ? { full: '--full' } : plan(before, now);
  /** The index's shards to build again: all of them, or those of the changed documents (same documents, same shard size). */
  let indexOnly: string[] | undefined;
  if ('full' in p) {
    console.log(`bangfu build: full (${p.full})`);
    await fullBuild(Object.keys(now.docs), batchDocs);
  } else {
    const { changed, removed } = p;
    if (!changed.length && !removed.length && before!.shardDocs === now.shardDocs) {
      console.log('bangfu build: nothing changed since the last build');
      return;
    }
    console.log(`bangfu build: incremental — ${changed.length} changed or new (${changed.join(', ') || '—'}), ${removed.length} removed (${removed.join(', ') || '—'})`);
    // dist/ is about to change: until this build has finished, it records no build, so that should a step below fail,
    // the next build is a full one (these documents' pages are deleted here, and the shared pages may be half done).
    rmSync(MANIFEST, { force: true });
    for (const id of [...changed, ...removed]) for (const d of PER_DOCUMENT_DIRS) rmSync(join(DIST, d, id), { recursive: true, force: true });
    // The first batch (possibly of no document: only one removed) with the pages that show any document.
    const [first = [], ...rest] = chunks(changed, batchDocs);
    await renderApart(first, true);
    for (const b of rest) await renderApart(b, false);
    const added = changed.filter((id) => !(id in before!.docs));
    if (!added.length && !removed.length && before!.shardDocs === now.shardDocs) indexOnly = changed;
  }
  await datasets();
  if (indexOnly) console.log(`bangfu build: search index of the shards holding ${indexOnly.join(', ')}`);
  await searchIndex([...shardArgs, ...(indexOnly ? ['--only-docs', indexOnly.join(',')] : [])]);
  writeFileSync(MANIFEST, `${JSON.stringify({ ...now, steps })}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
