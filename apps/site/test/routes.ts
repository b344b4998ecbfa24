/**
 * Page types, discovered rather than listed: every route file under src/pages (an `.astro`, `.md`
 * or `.mdx` page; `[param]` and `[...rest]` segments become wildcards) is one page type, and its
 * representative is the first built HTML page in dist/ that it produced (sorted, so the choice is
 * stable). A page added later under src/pages is therefore checked by every test that iterates
 * `pageTypes()` without anyone editing a list.
 *
 * Plain Node (no Vite, no test framework): also imported by bench/site-weight.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// The build, its pages and their files: one implementation, in dist.ts.
import { DIST as DIST_DIR, htmlPages as builtPages, fileFor as distFile } from './dist.ts';

export { DIST_DIR, builtPages, distFile };

export const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = join(SITE_ROOT, 'src/pages');

export interface Route {
  /** The route file, relative to src/pages, e.g. `policies/[id]/index.astro`. */
  file: string;
  /** Readable pattern, e.g. `/policies/[id]/`. */
  pattern: string;
  regex: RegExp;
  /** Number of dynamic segments (static routes win over dynamic ones, as in Astro). */
  dynamic: number;
}

export interface PageType extends Route {
  /** A short, stable name for test titles and tables: the pattern. */
  name: string;
  /** The representative built page (URL path). */
  path: string;
  /** How many built pages this route produced. */
  count: number;
}

const PAGE_EXT = /\.(astro|md|mdx|html)$/;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** Every page route under src/pages (underscore-prefixed files and folders are not routes). */
export function routes(pagesDir = PAGES_DIR): Route[] {
  const out: Route[] = [];
  for (const full of walk(pagesDir)) {
    const file = relative(pagesDir, full).split('\\').join('/');
    if (!PAGE_EXT.test(file) || file.split('/').some((s) => s.startsWith('_'))) continue;
    let segs = file.replace(PAGE_EXT, '').split('/');
    if (segs[segs.length - 1] === 'index') segs = segs.slice(0, -1);
    const is404 = segs.length === 1 && (segs[0] === '404' || segs[0] === '500');
    let dynamic = 0;
    const re = segs.map((s) => {
      if (/^\[\.\.\.[^\]]+\]$/.test(s)) {
        dynamic += 2;
        return '.*';
      }
      if (s.includes('[')) {
        dynamic += 1;
        // A segment may mix text and params, e.g. `[id].json` or `v[version]`.
        return s.split(/(\[[^\]]+\])/).map((p) => (p.startsWith('[') ? '[^/]+' : escape(p))).join('');
      }
      return escape(s);
    });
    const pattern = is404 ? `/${segs[0]}.html` : segs.length ? `/${segs.join('/')}/` : '/';
    const regex = is404
      ? new RegExp(`^/${segs[0]}\\.html$`)
      : new RegExp(`^/${re.join('/')}${segs.length ? '/' : ''}$`.replace(/\/\.\*\//g, '/(?:.*/)?'));
    out.push({ file, pattern, regex, dynamic });
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every built HTML page (Pagefind's own bundle excluded), as site URL paths. */
/** The route that built a page: the most specific one matching it. */
export function routeOf(path: string, all: Route[]): Route | undefined {
  return all.filter((r) => r.regex.test(path)).sort((a, b) => a.dynamic - b.dynamic)[0];
}

/** One representative built page per route that produced HTML. */
export function pageTypes(dist = DIST_DIR, pagesDir = PAGES_DIR): PageType[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}: run \`pnpm run build\` first`);
  const all = routes(pagesDir);
  const byRoute = new Map<Route, string[]>();
  for (const path of builtPages(dist)) {
    const r = routeOf(path, all);
    if (!r) continue;
    byRoute.set(r, [...(byRoute.get(r) ?? []), path]);
  }
  return all
    .filter((r) => byRoute.has(r))
    .map((r) => ({ ...r, name: r.pattern, path: byRoute.get(r)![0]!, count: byRoute.get(r)!.length }));
}

/** Built pages no route accounts for (should be none). */
export function unroutedPages(dist = DIST_DIR, pagesDir = PAGES_DIR): string[] {
  const all = routes(pagesDir);
  return builtPages(dist).filter((p) => !routeOf(p, all));
}

/* ---------- page weight ---------- */

/** The file in dist a site URL is served from. */
export const gzipSize = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

/** `<script src>` URLs and inline scripts of a page. */
export function scriptsOf(html: string): { src: string[]; inline: string[] } {
  const src: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const s = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (s) src.push(s);
    else if (!/\stype="(application\/(ld\+)?json|importmap)"/.test(m[1]!)) inline.push(m[2]!);
  }
  return { src, inline };
}

/** Stylesheets a page links. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((l) => /\srel="stylesheet"/.test(l))
    .map((l) => /\shref="([^"]+)"/.exec(l)?.[1])
    .filter((h): h is string => !!h);
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.add(m[1]!);
  return [...out];
}

/** Dynamic `import("…")` specifiers with a literal argument. */
export function dynamicImports(code: string): string[] {
  return [...new Set([...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))];
}

/** The JS files a page loads on load: its script srcs, transitively through static module imports. */
export function jsFilesOf(pagePath: string, dist = DIST_DIR): string[] {
  const html = readFileSync(distFile(pagePath, dist), 'utf8');
  const seen = new Set<string>();
  const visit = (url: string): void => {
    const u = new URL(url, 'http://site.invalid').pathname;
    if (seen.has(u)) return;
    const file = distFile(u, dist);
    if (!existsSync(file)) return; // reported by the link-integrity test
    seen.add(u);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('/')) visit(new URL(spec, `http://site.invalid${u}`).pathname);
    }
  };
  const base = `http://site.invalid${pagePath}`;
  for (const src of scriptsOf(html).src) {
    const u = new URL(src, base);
    if (u.origin === 'http://site.invalid') visit(u.pathname);
  }
  // Inline module scripts may import bundled chunks too.
  for (const code of scriptsOf(html).inline) {
    for (const spec of staticImports(code)) if (spec.startsWith('/') || spec.startsWith('.')) visit(new URL(spec, base).pathname);
  }
  return [...seen].sort();
}

export interface Weight {
  html: number;
  css: number;
  js: number;
  total: number;
  jsFiles: string[];
}

/** Transferred bytes (gzip level 9) of a page: its HTML, linked stylesheets and the JS it loads. */
export function weightOf(pagePath: string, dist = DIST_DIR): Weight {
  const html = readFileSync(distFile(pagePath, dist));
  const text = html.toString('utf8');
  const css = stylesheetsOf(text)
    .map((h) => new URL(h, `http://site.invalid${pagePath}`))
    .filter((u) => u.origin === 'http://site.invalid' && existsSync(distFile(u.pathname, dist)))
    .reduce((n, u) => n + gzipSize(readFileSync(distFile(u.pathname, dist))), 0);
  const jsFiles = jsFilesOf(pagePath, dist);
  const js = jsFiles.reduce((n, f) => n + gzipSize(readFileSync(distFile(f, dist))), 0);
  const h = gzipSize(html);
  return { html: h, css, js, total: h + css + js, jsFiles };
}
