/**
 * Security of the static site, from dist/ and the client sources:
 * - every page carries a Content-Security-Policy (<meta http-equiv>) whose script-src allows no
 *   'unsafe-inline' / 'unsafe-eval', whose every directive names no other origin (only 'self',
 *   'none', hashes and data: for images), and which hashes every inline script the page has;
 * - 'wasm-unsafe-eval' (needed by Pagefind to compile its WebAssembly) only on the page that loads
 *   Pagefind;
 * - every script, stylesheet, image, icon and form target is same-origin;
 * - client code never turns strings into HTML or code (innerHTML, outerHTML, insertAdjacentHTML,
 *   document.write, eval, new Function, setTimeout with a string): user input stays text.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlPages, read } from './dist.ts';
import { jsFilesOf, SITE_ROOT } from './routes.ts';

beforeAll(assertBuilt);

const decode = (s: string): string => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function csp(html: string): Map<string, string[]> | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  const out = new Map<string, string[]>();
  for (const d of decode(meta[1]!).split(';')) {
    const [name, ...values] = d.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

const pages = htmlPages();

describe('Content-Security-Policy', () => {
  it('every page has one, in <head>, before any script', () => {
    const missing = pages.filter((p) => {
      const html = read(p);
      const at = html.search(/<meta\s+http-equiv="content-security-policy"/i);
      const head = html.indexOf('</head>');
      const script = html.search(/<script\b/i);
      return at < 0 || at > head || (script >= 0 && script < at);
    });
    expect(missing).toEqual([]);
  });

  it('allows no inline script without a hash, no eval, and no other origin', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const html = read(p);
      const policy = csp(html)!;
      const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:']) {
        if (scriptSrc.includes(bad)) problems.push(`${p}: script-src has ${bad}`);
      }
      for (const [name, values] of policy) {
        for (const v of values) {
          const ok = /^'(self|none|wasm-unsafe-eval|strict-dynamic)'$/.test(v) || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(v) || (v === 'data:' && name === 'img-src');
          if (!ok) problems.push(`${p}: ${name} allows ${v}`);
        }
      }
      for (const d of ['default-src', 'object-src', 'base-uri', 'form-action']) if (!policy.has(d)) problems.push(`${p}: no ${d}`);
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${p}: object-src is not 'none'`);
      // Every executable inline script is allowed by its hash.
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/\ssrc=/.test(m[1]!) || /\stype="application\/(ld\+)?json"/.test(m[1]!) || !m[2]!.trim()) continue;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!scriptSrc.includes(hash)) problems.push(`${p}: inline script ${hash} is not in script-src`);
      }
      const wasm = scriptSrc.includes("'wasm-unsafe-eval'");
      const pagefind = jsFilesOf(p).some((f) => f.startsWith('/pagefind/'));
      if (wasm !== pagefind) problems.push(`${p}: 'wasm-unsafe-eval' ${wasm ? 'allowed without' : 'missing with'} Pagefind`);
    }
    expect(problems).toEqual([]);
  });
  it('no element carries a style attribute, which the policy blocks (styles come from hashed or same-origin stylesheets)', () => {
    const problems = pages.flatMap((p) => [...read(p).matchAll(/<[a-z][^>]*\sstyle="[^"]*"/gi)].map((m) => `${p}: ${m[0].slice(0, 80)}`));
    expect(problems).toEqual([]);
  });
});

describe('same origin only', () => {
  it('every script, stylesheet, image, icon, frame and form target is on this site', () => {
    const foreign: string[] = [];
    for (const p of pages) {
      const html = read(p).replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1');
      for (const m of html.matchAll(/<(script|link|img|iframe|form|source|video|audio|embed|object)\b[^>]*\s(src|href|action|srcset|data)="([^"]*)"/gi)) {
        const u = new URL(decode(m[3]!).split(/[\s,]/)[0]!, `http://site.invalid${p}`);
        if (u.origin !== 'http://site.invalid' && u.protocol !== 'data:') foreign.push(`${p}: <${m[1]} ${m[2]}="${m[3]}">`);
      }
      for (const m of html.matchAll(/url\(\s*['"]?(https?:)?\/\/[^)]*\)/gi)) foreign.push(`${p}: ${m[0]}`);
    }
    expect(foreign).toEqual([]);
  });

  it('the stylesheets and scripts themselves reference no other origin', () => {
    const dir = join(SITE_ROOT, 'dist/_astro');
    const foreign: string[] = [];
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (f.endsWith('.css')) for (const m of text.matchAll(/url\(\s*['"]?((https?:)?\/\/[^)'"]*)/gi)) foreign.push(`${f}: ${m[1]}`);
      if (f.endsWith('.js')) for (const m of text.matchAll(/\b(?:fetch|import)\(\s*["'`](https?:\/\/[^"'`]*)/g)) foreign.push(`${f}: ${m[1]}`);
    }
    expect(foreign).toEqual([]);
  });
});

/** Client code: src/scripts/** and the <script> blocks of .astro files. */
function clientSources(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|js|mjs)$/.test(name) && full.includes(`${join(SITE_ROOT, 'src/scripts')}`)) out.push({ file: relative(SITE_ROOT, full), code: readFileSync(full, 'utf8') });
      else if (name.endsWith('.astro')) {
        const body = readFileSync(full, 'utf8').replace(/^---[\s\S]*?\n---/, '');
        for (const m of body.matchAll(/<script\b(?![^>]*type="application\/(ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi)) out.push({ file: relative(SITE_ROOT, full), code: m[2]! });
      }
    }
  };
  walk(join(SITE_ROOT, 'src'));
  return out;
}

describe('client code keeps input as text', () => {
  it('never parses strings as HTML or code', () => {
    const sinks = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\(\s*['"`]|createContextualFragment|DOMParser|srcdoc/;
    const found = clientSources().flatMap(({ file, code }) =>
      code.split('\n').map((line, i) => ({ line, i })).filter(({ line }) => sinks.test(line)).map(({ line, i }) => `${file}:${i + 1}: ${line.trim()}`),
    );
    expect(clientSources().length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
