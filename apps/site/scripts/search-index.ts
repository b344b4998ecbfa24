/**
 * The search index, the second half of the site's `build` (after `astro build`): Pagefind's Node API
 * over the pages that are search results, in shards of whole documents, so that the indexer's memory
 * is bounded by the size of a shard, not by the number of documents (bench/README.md, "Scale").
 *
 *   node scripts/search-index.ts [--dist dist] [--shard-docs 100] [--only-docs <id,id>] [--verbose]
 *
 * What is indexed: for each document (every folder of dist/policies/), its page and its provision
 * pages, in Chinese (dist/policies/<id>/**, `<html lang="zh-CN">`, index zh-cn) and in English
 * (dist/en/policies/<id>/**, `<html lang="en">`, index en): the pages mark what is indexed with
 * data-pagefind-body. Nothing else is read: the calculators, the household view, the comparison
 * tables and the data pages are not search results (and are the largest pages of the site).
 *
 * Shards: at most `--shard-docs` documents each, dealt out in id order like cards (both languages
 * of a document in the same shard). Shard 0 is Pagefind's bundle at dist/pagefind/ (pagefind.js, the WebAssembly cores,
 * the index files); shard k ≥ 1 is dist/pagefind/shard-<k>/, its index files only (the search page
 * merges it into the first with Pagefind's `mergeIndex`, which reuses the first bundle's WebAssembly).
 * dist/pagefind/shards.json lists the merged bundles. Each shard is indexed by its own Pagefind
 * service process, stopped once the shard is written, so no two shards are ever in memory together.
 * With `--verbose`, each shard's pages and the service's peak resident memory (VmHWM) are printed.
 *
 * `--only-docs` (an incremental rebuild, tools/build.ts): the same documents as the index in dist/ was
 * built from, some of them changed — only the shards holding a changed document are indexed again and
 * replaced; the others are kept as they are. A shard depends only on its own documents' pages, so the
 * result is the index a full run writes (test/incremental-build.test.ts compares them).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(here, '../dist') },
    'shard-docs': { type: 'string', default: '100' },
    'only-docs': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const DIST = resolve(values.dist!);
const SHARD_DOCS = Number(values['shard-docs']);
if (!Number.isInteger(SHARD_DOCS) || SHARD_DOCS < 1) throw new Error(`--shard-docs takes a whole number ≥ 1, not ${values['shard-docs']}`);
const OUT = join(DIST, 'pagefind');

/**
 * Pagefind's configuration (was apps/site/pagefind.yml). English glosses on the Chinese pages (class
 * "en", lang="en": interpretation notes, summaries) are not indexed, so a Chinese search never shows
 * an English excerpt; the English pages mark their Chinese quotes data-pagefind-ignore themselves.
 */
const CONFIG: pagefind.PagefindServiceConfig = { excludeSelectors: ['.en[lang="en"]'] };

/** The documents: the folders of dist/policies/ (each with its index.html), in id order. */
const policiesDir = join(DIST, 'policies');
if (!existsSync(policiesDir)) throw new Error(`no build in ${DIST}: run astro build first`);
const documents = readdirSync(policiesDir)
  .filter((id) => statSync(join(policiesDir, id)).isDirectory() && existsSync(join(policiesDir, id, 'index.html')))
  .sort();
/**
 * Document i goes to shard i mod S (S = ⌈documents / --shard-docs⌉): each shard a sample of the whole
 * collection rather than a run of neighbouring ids, so that the statistics Pagefind scores a term by
 * (how many pages of its index have it) are alike in every shard and scores compare across shards.
 */
const S = Math.max(1, Math.ceil(documents.length / SHARD_DOCS));
const shards: string[][] = Array.from({ length: S }, (_, k) => documents.filter((_, i) => i % S === k));
/** The shards to index: every one, or (--only-docs) those holding a changed document. */
const only = values['only-docs'] === undefined ? undefined : values['only-docs'].split(',').filter(Boolean);
for (const id of only ?? []) if (!documents.includes(id)) throw new Error(`--only-docs: ${id} is not a document of ${DIST}`);
if (only && !existsSync(join(OUT, 'shards.json'))) throw new Error(`--only-docs: no index in ${OUT} to update`);
const todo = new Set(shards.flatMap((ids, k) => (!only || ids.some((id) => only.includes(id)) ? [k] : [])));

/** The Pagefind service: the one child process of this script (the API spawns it on first use). */
function servicePids(): string[] {
  try {
    return readdirSync(`/proc/${process.pid}/task`).flatMap((t) => readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean));
  } catch {
    return []; // not Linux: no /proc
  }
}
/** Its peak resident memory (VmHWM), MiB. */
function peakMiB(pids: string[]): number | undefined {
  const hwm = pids.map((pid) => {
    try {
      return /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  }).filter(Boolean).map(Number);
  return hwm.length ? Math.max(...hwm) / 1024 : undefined;
}
/**
 * Wait until the stopped service has been reaped (Node's child-process handling waits for it), so
 * that its resources count among this process's children's (what GNU time reports of the build).
 */
async function reaped(pids: string[]): Promise<void> {
  for (let i = 0; i < 1000 && pids.some((pid) => existsSync(`/proc/${pid}`)); i++) await new Promise((ok) => setTimeout(ok, 10));
}

/** Files of a merged shard: the index only (entry, metadata, word index, filters, fragments). */
const isIndexFile = (path: string): boolean => path === 'pagefind-entry.json' || /\.pf_meta$/.test(path) || /^(index|filter|fragment)\//.test(path);

if (!only) rmSync(OUT, { recursive: true, force: true });
const merged: string[] = shards.flatMap((_, k) => (k ? [`/pagefind/shard-${k}/`] : []));
let pages = 0;
for (const [k, ids] of shards.entries()) {
  if (!todo.has(k)) continue;
  // A shard indexed again replaces the one before: shard 0 is the bundle at the top of the index (every entry but the other shards).
  if (only && k === 0) for (const name of readdirSync(OUT)) if (!/^shard-\d+$/.test(name) && name !== 'shards.json') rmSync(join(OUT, name), { recursive: true, force: true });
  if (only && k > 0) rmSync(join(OUT, `shard-${k}`), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex(CONFIG);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let shardPages = 0;
  for (const id of ids) {
    for (const glob of [`policies/${id}/**/*.html`, `en/policies/${id}/**/*.html`]) {
      const r = await index.addDirectory({ path: DIST, glob });
      if (r.errors.length) throw new Error(`Pagefind, ${glob}: ${r.errors.join('; ')}`);
      shardPages += r.page_count;
    }
  }
  if (k === 0) {
    const w = await index.writeFiles({ outputPath: OUT });
    if (w.errors.length) throw new Error(`Pagefind: ${w.errors.join('; ')}`);
  } else {
    const { files, errors: e } = await index.getFiles();
    if (e.length) throw new Error(`Pagefind: ${e.join('; ')}`);
    const dir = join(OUT, `shard-${k}`);
    for (const f of files) {
      const path = f.path.replace(/\\/g, '/').replace(/^\/+/, '');
      if (!isIndexFile(path)) continue;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), f.content);
    }
  }
  pages += shardPages;
  const pids = servicePids();
  const peak = peakMiB(pids);
  // Stop the service: the next shard starts a new one, with nothing of this shard in memory.
  await pagefind.close();
  await reaped(pids);
  if (values.verbose) process.stderr.write(`search index: shard ${k + 1}/${shards.length}: ${ids.length} documents, ${shardPages} pages${peak ? `, service peak ${peak.toFixed(0)} MiB` : ''}\n`);
}
writeFileSync(join(OUT, 'shards.json'), `${JSON.stringify({ shards: merged })}\n`);
process.stderr.write(`search index: ${documents.length} documents, ${only ? `${todo.size} of ${shards.length} shards indexed again (${pages} pages)` : `${pages} pages, ${shards.length} shard${shards.length === 1 ? '' : 's'}`} of up to ${SHARD_DOCS} documents${values.verbose ? `; this process's own peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB` : ''}\n`);
