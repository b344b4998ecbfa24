/**
 * End-to-end harness: serves dist/ with sirv on a free localhost port and drives Debian Chromium
 * through playwright-core (never a downloaded browser). Collects console errors per page.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
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
  const serve = sirv(DIST, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('not found');
    }),
  );
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
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) problems.push(`third-party request: ${r.url()}`);
  });
  return { page, problems };
}
