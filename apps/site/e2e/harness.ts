/**
 * End-to-end harness: serves dist/ on a free localhost port and drives Debian Chromium through
 * playwright-core (never a downloaded browser). Collects console errors, CSP violations, failed
 * requests and requests to other origins per page.
 *
 * The server behaves like an ordinary static host: `/a/` → a/index.html, text responses are
 * gzip-compressed (so Lighthouse and the transfer sizes measured here are what a reader would
 * download), unknown paths get dist/404.html with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface Site {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startSite(): Promise<Site> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no build in ${DIST}: run \`pnpm run build\` first`);
  const server: Server = createServer(serveStatic);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;
const gzipCache = new Map<string, Buffer>();

function fileOf(pathname: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const full = normalize(join(DIST, p));
  if (full !== DIST && !full.startsWith(DIST + sep)) return undefined;
  for (const c of p.endsWith('/') ? [join(full, 'index.html')] : [full, `${full}.html`, join(full, 'index.html')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined;
}

function serveStatic(req: IncomingMessage, res: ServerResponse): void {
  try {
    send(req, res);
  } catch (e) {
    res.statusCode = 500;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`server error: ${(e as Error).message}`);
  }
}

function send(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = fileOf(url.pathname);
  const path = file ?? join(DIST, '404.html');
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  let body: Buffer = readFileSync(path);
  res.statusCode = file ? 200 : 404;
  res.setHeader('content-type', type);
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipCache.get(path) ?? gzipSync(body);
    gzipCache.set(path, body);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'Accept-Encoding');
  }
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and 4xx/5xx responses seen so far. */
  problems: string[];
}

export async function openPage(site: Site): Promise<WatchedPage> {
  const context = await site.browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // The browser cancels the favicon's request when a test navigates (reload, a shared link) before it ends:
    // not a fault of the site. A missing favicon is still caught by its 404 below.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && new URL(r.url()).pathname === '/favicon.svg') return;
    problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) problems.push(`third-party request: ${r.url()}`);
  });
  return { page, problems };
}

/** Open a path of the site in a fresh watched page. */
export async function visit(site: Site, path: string): Promise<WatchedPage> {
  const w = await openPage(site);
  await w.page.goto(site.base + path, { waitUntil: 'load' });
  return w;
}

/** Let the page settle, then require that nothing went wrong on it (console errors, failed or foreign requests). */
export async function done(w: WatchedPage): Promise<void> {
  await w.page.waitForLoadState('networkidle');
  expect(w.problems).toEqual([]);
  await w.page.context().close();
}

/** One served site for a test file: started before its tests, closed after them. */
export function useSite(): { site: () => Site; visit: (path: string) => Promise<WatchedPage> } {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return { site: () => site!, visit: (path) => visit(site!, path) };
}

/** Fill a calculator form: `{ members: '2' }` types 2 into #f-members. */
export async function fillForm(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await page.fill(`#f-${name}`, value);
}

/** The documents whose `/data/policies/<id>/<file>` a page requests from now on, in order (a file fetched on demand). */
export function documentFetches(page: Page, file: string): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const m = /^\/data\/policies\/([^/]+)\/([^/]+)$/.exec(new URL(r.url()).pathname);
    if (m && m[2] === file) fetched.push(m[1]!);
  });
  return fetched;
}
