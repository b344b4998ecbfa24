/** What the two search relevance tests share (search-relevance, search-english): a case, and its check on the page. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface SearchCase {
  q: string;
  /** Why: the documents' words the expectation rests on. */
  why: string;
  /** Pages (paths) that must be among the top three. */
  inTop3?: string[];
  /** The first result. */
  first?: string;
  /** Every one of the top three matches this. */
  all3?: RegExp;
  /** The status line says this (a correction, a place). */
  says?: string;
}

/** Wait for the results, then check the top three against the case; the first result's link is returned for further checks. */
export async function checkTopThree(page: Page, c: SearchCase) {
  const first = page.locator('.search-title a').first();
  await first.waitFor({ timeout: 20_000 });
  const top = await page.locator('.search-title a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(top.length).toBeGreaterThan(0);
  if (c.first) expect(top[0]).toBe(c.first);
  for (const p of c.inTop3 ?? []) expect(top).toContain(p);
  if (c.all3) for (const p of top) expect(p).toMatch(c.all3);
  if (c.says) expect(await page.locator('#search-status').textContent()).toContain(c.says);
  return first;
}
