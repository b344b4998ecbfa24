/**
 * Link integrity of the built site: every internal reference in every built HTML page — a[href],
 * link[href], script[src], img[src], form[action], … — resolves to a file in dist/, and every
 * `#fragment` names an element id of the target page exactly (clause ids contain dots, e.g. `#4.3`;
 * fragments are percent-decoded and compared verbatim, never as CSS selectors).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, htmlPages, ids } from './dist.ts';

beforeAll(assertBuilt);

const ORIGIN = 'http://site.invalid';
const decode = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

/** Every URL-valued attribute in a page, with the tag it sits on. */
function references(html: string): { tag: string; attr: string; url: string }[] {
  const out: { tag: string; attr: string; url: string }[] = [];
  // Templates and scripts are not parsed as markup.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf('>') + 1)).replace(/<!--[\s\S]*?-->/g, '');
  for (const m of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    for (const a of m[2]!.matchAll(/\s(href|src|action|poster|data)="([^"]*)"/gi)) {
      const attr = a[1]!.toLowerCase();
      if (attr === 'data' && tag !== 'object') continue;
      out.push({ tag, attr, url: decode(a[2]!) });
    }
    const srcset = /\ssrcset="([^"]*)"/i.exec(m[2]!)?.[1];
    if (srcset) for (const part of decode(srcset).split(',')) out.push({ tag, attr: 'srcset', url: part.trim().split(/\s+/)[0]! });
  }
  return out;
}

/** The file a same-origin path is served from, as a static host would (`/a/` → a/index.html). */
function resolveFile(pathname: string): string | undefined {
  const p = decodeURIComponent(pathname);
  const full = join(DIST, p);
  const candidates = p.endsWith('/') ? [join(full, 'index.html')] : [full, `${full}.html`, join(full, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const pages = htmlPages();
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string): Set<string> => {
  let s = idCache.get(file);
  if (!s) idCache.set(file, (s = ids(readFileSync(file, 'utf8'))));
  return s;
};

describe('link integrity', () => {
  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('every internal link, asset and #anchor of every built page resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const file = resolveFile(page)!;
      const html = readFileSync(file, 'utf8');
      const base = new URL(page, ORIGIN);
      for (const { tag, attr, url } of references(html)) {
        if (url === '' || /^(mailto|tel|data|blob|javascript):/i.test(url)) {
          if (/^javascript:/i.test(url)) broken.push(`${page}: <${tag} ${attr}="${url}"> (javascript: URL)`);
          continue;
        }
        let target: URL;
        try {
          target = new URL(url, base);
        } catch {
          broken.push(`${page}: <${tag} ${attr}="${url}"> (not a URL)`);
          continue;
        }
        if (target.origin !== ORIGIN) continue; // external links are not followed (no request leaves the site)
        checked++;
        const targetFile = resolveFile(target.pathname);
        if (!targetFile) {
          broken.push(`${page}: <${tag} ${attr}="${url}"> → ${target.pathname} does not exist`);
          continue;
        }
        if (target.hash.length > 1) {
          let id: string;
          try {
            id = decodeURIComponent(target.hash.slice(1));
          } catch {
            broken.push(`${page}: <${tag} ${attr}="${url}"> (malformed fragment)`);
            continue;
          }
          if (!targetFile.endsWith('.html')) continue;
          if (!idsOf(targetFile).has(id)) broken.push(`${page}: <${tag} ${attr}="${url}"> → no id="${id}" in ${target.pathname}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
  });

  it('ids are unique within each page (an anchor must name one element)', () => {
    const dupes: string[] = [];
    for (const page of pages) {
      const html = readFileSync(resolveFile(page)!, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
      const seen = new Set<string>();
      for (const m of html.matchAll(/<[a-z][^>]*\sid="([^"]*)"/gi)) {
        const id = decode(m[1]!);
        if (seen.has(id)) dupes.push(`${page}: #${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
