/**
 * Site quality over every page type, in Debian Chromium. Page types are discovered from src/pages
 * and dist/ (one representative built page per route: see test/routes.ts), so a page added later —
 * household, comparison, data, SDK docs — is checked without editing this file.
 *
 * For each page type:
 * - no console error, uncaught exception, CSP violation, failed request or HTTP error;
 * - every request the page makes (documents, scripts, styles, fonts, fetches, WASM) is to the
 *   site's own origin;
 * - axe-core (WCAG 2.0/2.1 A and AA rules) reports no violation.
 * For each calculator page (/calculators/<id>/ with a form):
 * - every field has a label and is reachable with Tab; Enter submits;
 * - bad input is announced: the field gets aria-invalid="true", its aria-describedby names a
 *   non-empty message, a live region says so; axe still passes in that state;
 * - markup typed into a text field (or put in the URL) is shown as text, never parsed: no element
 *   is created and no script runs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes, type PageType } from '../test/routes.ts';
import { openPage, startSite, type Site, type WatchedPage } from './harness.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const XSS = '<img src=x onerror=alert(1)>';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const types = pageTypes();
const calculators = types.filter((t) => /^\/calculators\/.+\//.test(t.pattern));

/** Open a page recording every request and CSP violation (as console errors, which fail `problems`). */
async function visit(path: string): Promise<WatchedPage & { requests: string[] }> {
  const w = await openPage(site);
  const requests: string[] = [];
  w.page.on('request', (r) => requests.push(r.url()));
  await w.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const res = await w.page.goto(site.base + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return { ...w, requests };
}

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** What a page type does when used, so its requests and dynamic states are checked too. */
async function exercise(t: PageType, page: Page): Promise<void> {
  if (t.pattern === '/search/' || t.pattern === '/en/search/') {
    // Load Pagefind's WASM, index (every shard) and fragments.
    await page.locator('#q').fill(t.pattern === '/search/' ? '低保' : 'threshold');
    await page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
  }
}

function sameOrigin(requests: string[]): string[] {
  const origin = new URL(site.base).origin;
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

describe('every page type', () => {
  it('is discovered (home, lists, document, provision, calculators, search, 404, …)', () => {
    const patterns = types.map((t) => t.pattern);
    for (const p of ['/', '/policies/', '/policies/[id]/', '/policies/[id]/p/[provisionId]/', '/calculators/', '/search/', '/404.html']) expect(patterns).toContain(p);
    expect(calculators.length).toBeGreaterThan(0);
  });

  for (const t of types) {
    it(`${t.pattern} (${t.path}): no console errors, same-origin requests only, axe WCAG 2.1 AA clean`, async () => {
      const w = await visit(t.path);
      await exercise(t, w.page);
      await w.page.waitForLoadState('networkidle');
      expect(await w.page.locator('main').count()).toBe(1);
      expect(await w.page.locator('h1').count()).toBeGreaterThan(0);
      expect(await w.page.getAttribute('html', 'lang')).toBe(t.pattern.startsWith('/en/') ? 'en' : 'zh-CN');
      expect(w.requests.length).toBeGreaterThan(0);
      expect(sameOrigin(w.requests)).toEqual([]);
      expect(await axe(w.page)).toEqual([]);
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    });
  }

  it('an unknown address gets the 404 page with status 404', async () => {
    const w = await openPage(site);
    const res = await w.page.goto(`${site.base}/no/such/page/`);
    expect(res?.status()).toBe(404);
    expect(await w.page.locator('h1').textContent()).toContain('未找到');
    await w.page.context().close();
  });
});

describe.each(calculators.map((t) => [t.pattern, t] as const))('calculator %s', (_, t) => {
  /** Visible, enabled form controls of the calculator form, in DOM order. */
  async function controls(page: Page) {
    return page.locator('main form').first().locator('input:not([type=hidden]):visible, select:visible, textarea:visible');
  }
  const textFields = 'main form input:visible:not([type]), main form input[type=text]:visible, main form input[type=search]:visible, main form textarea:visible';
  const numberFields = 'main form input[inputmode=decimal]:visible, main form input[inputmode=numeric]:visible, main form input[type=number]:visible';

  it('every field is labelled and reachable with Tab, in order', async () => {
    const w = await visit(t.path);
    const { page } = w;
    expect(await page.locator('main form').count()).toBeGreaterThan(0);
    const ctl = await controls(page);
    const n = await ctl.count();
    expect(n).toBeGreaterThan(0);
    const info = await ctl.evaluateAll((els) =>
      els.map((e) => {
        const el = e as HTMLInputElement;
        const label = [...(el.labels ?? [])].map((l) => l.textContent?.trim()).join(' ') || el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
        return { id: el.id, name: el.name, label: label.trim() };
      }),
    );
    for (const f of info) expect(f.label, `field ${f.id || f.name} has no label`).not.toBe('');
    // Tab from the first field visits every field, in order.
    await ctl.first().focus();
    const seen: string[] = [];
    for (let i = 0; i < n * 3 && seen.length < n; i++) {
      const id = await page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        return a && a.closest('main form') && /^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName) ? a.id || a.name : null;
      });
      if (id && seen.at(-1) !== id && !seen.includes(id)) seen.push(id);
      await page.keyboard.press('Tab');
    }
    expect(seen).toEqual(info.map((f) => f.id || f.name));
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('bad input is announced: aria-invalid, a described message, a live region; still axe-clean', async () => {
    const w = await visit(t.path);
    const { page } = w;
    const nums = page.locator(numberFields);
    expect(await nums.count(), 'a calculator has numeric fields').toBeGreaterThan(0);
    for (let i = 0; i < (await nums.count()); i++) await nums.nth(i).fill('abc');
    await nums.first().focus();
    await page.keyboard.press('Enter');
    const invalid = page.locator('main form [aria-invalid="true"]');
    await expect.poll(() => invalid.count()).toBeGreaterThan(0);
    const described = await invalid.evaluateAll((els) =>
      els.map((e) => ({
        id: e.id,
        text: (e.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' '),
      })),
    );
    for (const d of described) expect(d.text, `#${d.id}: aria-describedby names no message`).not.toBe('');
    const live = await page.locator('[aria-live]:not([aria-live="off"]), [role=status], [role=alert]').allTextContents();
    expect(live.join(' ').trim(), 'a live region announces the errors').not.toBe('');
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    expect(await axe(page)).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it(`markup typed into a field stays text: ${XSS}`, async () => {
    const w = await visit(t.path);
    const { page } = w;
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const count = () => page.evaluate(() => document.querySelectorAll('img, [onerror], script:not([src]):not([type="application/json"])').length);
    const before = await count();
    const fields = page.locator(textFields);
    expect(await fields.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(XSS);
    await fields.first().press('Enter');
    await page.waitForTimeout(300);
    expect(await count()).toBe(before);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // The same through the URL, for every field (inputs are mirrored in the query).
    const names = await page.locator('main form [name]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')!))]);
    const q = new URLSearchParams(names.map((n) => [n, XSS]));
    await page.goto(`${site.base}${t.path}?${q.toString()}`);
    await page.waitForLoadState('networkidle');
    expect(await count()).toBe(before);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Shown, if at all, as the literal text.
    const shown = await page.locator('main').innerText();
    if (shown.includes('onerror')) expect(shown).toContain(XSS);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
