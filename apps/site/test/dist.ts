/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run \`pnpm run build\` first`);
}

/** The file a site URL path is served from: `/a/b/` → dist/a/b/index.html. */
export function fileFor(urlPath: string, dist = DIST): string {
  const path = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

export const read = (urlPath: string): string => readFileSync(fileFor(urlPath), 'utf8');

/** Every built HTML page of a build (Pagefind's own bundle excluded), as site URL paths. */
export function htmlPages(dist = DIST): string[] {
  return allFiles(dist)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => (rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel))
    .sort();
}

const decode = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

/** Values of an attribute on every element matching a tag and (optionally) a class. */
export function attrs(html: string, tag: string, attr: string, cls?: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    const el = m[0];
    if (cls && !(/\sclass="([^"]*)"/.exec(el)?.[1] ?? '').split(/\s+/).includes(cls)) continue;
    const v = new RegExp(`\\s${attr}="([^"]*)"`).exec(el);
    if (v) out.push(decode(v[1]!));
  }
  return out;
}

/** All `id` attributes in a page. */
export const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));

/** Visible text of an HTML fragment (tags dropped, entities decoded). */
export const text = (html: string): string => decode(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ''));

/** Every built file outside Pagefind's bundle, as site URL paths (`/data/places/hunan.json`). */
export function allFiles(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (full !== join(dist, 'pagefind')) walk(full);
      } else out.push(`/${relative(dist, full).split('\\').join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}
