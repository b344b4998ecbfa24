/**
 * English search (/en/search/): Pagefind's English index, made of the English edition's document
 * headers and provision pages (lang="en"). Expected results are worked from the encodings' English
 * summaries (content/policies/<id>/policy.yaml, `summary.en`), quoted beside each case, not read off
 * the search. Also: the English header's search box leads here, and the language switch keeps the query.
 */
import { describe, expect, it } from 'vitest';
import { done, useSite } from './harness.ts';
import { checkTopThree, type SearchCase } from './search-cases.ts';

const { site, visit } = useSite();

const P = (policy: string, provision?: string): string => `/en/policies/${policy}/${provision ? `p/${provision}/` : ''}`;

const CASES: SearchCase[] = [
  {
    q: 'inpatient threshold Guzhang',
    why: 'guzhang-2021: “Inpatient threshold for dibao recipients: 4000 元”, “… for low-income households …: 10000 元”, “No inpatient threshold for tekun …”',
    inTop3: [P('guzhang-2021', 'medical.inpatient.dibao.threshold'), P('guzhang-2021', 'medical.inpatient.low-income.threshold')],
    all3: /^\/en\/policies\/guzhang-2021\/p\/medical\.inpatient\./,
    says: 'Only Guzhang County (2021)',
  },
  {
    q: 'gradual-exit period',
    why: 'guzhang-2021 “Gradual-exit period of one year”; huining-2022 “Gradual-exit period of at most 6 months”',
    inTop3: [P('guzhang-2021', 'employment.gradual-exit.duration'), P('huining-2022', 'employment.gradual-exit.duration')],
  },
  { q: 'temporary aid Yunyang', why: 'yunyang-2019: “Temporary aid paid at tiered standards by category”', inTop3: [P('yunyang-2019', 'temporary-aid.tiered-standards')], all3: /^\/en\/policies\/yunyang-2019\/p\// },
  { q: 'Huining County', why: 'a place named alone: its document first', first: P('huining-2022'), all3: /^\/en\/policies\/huining-2022\// },
  { q: 'rent', why: 'guzhang-2021 “Short-term renters: subsidy of 50% of the urban dibao standard”; hecheng-2020 “… rent subsidies”', all3: /^\/en\/policies\/[^/]+\/p\/housing\./ },
];

describe('English search: what people type, and what they should see', () => {
  for (const c of CASES) {
    it(`${c.q} — ${c.why}`, async () => {
      const w = await visit(`/en/search/?q=${encodeURIComponent(c.q)}`);
      const first = await checkTopThree(w.page, c);
      // Results are English pages only, titled in English.
      expect(await first.textContent()).toMatch(/[A-Za-z]/);
      await done(w);
    });
  }

  it('Chinese typed on the English page is sent to the Chinese search', async () => {
    const w = await visit(`/en/search/?q=${encodeURIComponent('低保')}`);
    const to = w.page.locator('#search-status a[hreflang="zh"]');
    await to.waitFor({ timeout: 20_000 });
    expect(await to.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('低保')}`);
    await done(w);
  });

  it('the English header’s search box leads to /en/search/ and runs the query', async () => {
    const w = await visit('/en/policies/');
    await w.page.locator('#header-q').fill('threshold');
    await w.page.locator('#header-q').press('Enter');
    await w.page.waitForURL(`${site().base}/en/search/?q=threshold`);
    await w.page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    await done(w);
  });

  it('the language switch keeps the query: /search/?q= ↔ /en/search/?q=', async () => {
    const w = await visit(`/search/?q=${encodeURIComponent('起付线')}`);
    await w.page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    await w.page.locator('a[data-lang-switch="en"]').click();
    await w.page.waitForURL(`${site().base}/en/search/?q=${encodeURIComponent('起付线')}`);
    expect(await w.page.locator('#q').inputValue()).toBe('起付线');
    // Typed on the English page (the URL follows the query), then back to Chinese.
    await w.page.locator('#q').fill('threshold');
    await w.page.locator('#q').press('Enter');
    await w.page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    await w.page.locator('a[data-lang-switch="zh"]').click();
    await w.page.waitForURL(`${site().base}/search/?q=threshold`);
    expect(await w.page.locator('#q').inputValue()).toBe('threshold');
    await done(w);
  });
});
