/**
 * Site weight and build time, from apps/site/dist: for each page type (one representative built
 * page per route of apps/site/src/pages, discovered the same way as the site's tests), the bytes a
 * reader transfers — HTML, linked CSS and the JavaScript the page loads (script srcs and their static
 * imports, transitively) — each gzip-compressed (level 9). The search page's Pagefind index and
 * WASM, fetched only when a query is typed, are listed separately.
 *
 *   node --disable-warning=ExperimentalWarning site-weight.ts           # measure the existing dist/
 *   node --disable-warning=ExperimentalWarning site-weight.ts --build   # build first, and time it
 *
 * Prints a Markdown table (the "Site" section of README.md).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, SITE_ROOT, gzipSize, pageTypes, weightOf } from '../apps/site/test/routes.ts';

const kb = (n: number): string => (n / 1024).toFixed(1);

let buildSeconds: number | undefined;
if (process.argv.includes('--build')) {
  const t0 = performance.now();
  execFileSync('pnpm', ['run', 'build'], { cwd: SITE_ROOT, stdio: 'ignore' });
  buildSeconds = (performance.now() - t0) / 1000;
}

const rows = pageTypes().map((t) => ({ t, w: weightOf(t.path) }));
const lines = [
  '| page type | example | pages | HTML | CSS | JS | total (KB gzip) |',
  '| --- | --- | --: | --: | --: | --: | --: |',
  ...rows.map(({ t, w }) => `| \`${t.pattern}\` | \`${t.path}\` | ${t.count} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`),
];

// Pagefind's on-demand files (loaded after the first keystroke on /search/); Pagefind stores them
// gzip-compressed already, so their size on disk is what is transferred.
const pf = join(DIST_DIR, 'pagefind');
let pfWasm = 0;
let pfOther = 0;
const pfJs = ['pagefind.js', 'pagefind-worker.js'].reduce((n, f) => n + gzipSize(readFileSync(join(pf, f))), 0);
const walk = (d: string): void => {
  for (const n of readdirSync(d)) {
    const f = join(d, n);
    if (statSync(f).isDirectory()) walk(f);
    else if (/^wasm\./.test(n)) pfWasm += statSync(f).size;
    else if (/\.pf_(index|fragment|meta|filter)$/.test(n)) pfOther += statSync(f).size;
  }
};
walk(pf);

console.log(lines.join('\n'));
console.log(`\nPagefind on demand: pagefind.js + worker ${kb(pfJs)} KB gzip, WASM ${kb(pfWasm)} KB, index, filters and fragments ${kb(pfOther)} KB in total (a query fetches a few of them).`);
const pages = rows.reduce((n, r) => n + r.t.count, 0);
if (buildSeconds !== undefined) console.log(`\nWhole-site build (astro build && pagefind, ${pages} pages): ${buildSeconds.toFixed(1)} s`);
