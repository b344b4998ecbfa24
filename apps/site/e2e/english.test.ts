/**
 * End-to-end: the language switch keeps the place. Reading 古丈 at 四、（三）(`#4.3`, 加大医疗保障帮扶力度),
 * the header's English link lands on the English document at the same clause; that clause's own
 * 中文 link lands back on the Chinese clause; moving to another clause (a new hash) moves the switch
 * with it. A provision page switches to the same provision.
 */
import { describe, expect, it } from 'vitest';
import { done, fillForm, useSite } from './harness.ts';

const { site, visit } = useSite();
const path = (url: string) => { const u = new URL(url); return u.pathname + u.hash; };

describe('the language switch', () => {
  it('a Chinese document page at a clause → the English page at the same clause, and back', async () => {
    const w = await visit('/policies/guzhang-2021/#4.3');
    const sw = w.page.locator('a[data-lang-switch="en"]');
    await expect.poll(() => sw.getAttribute('href')).toBe('/en/policies/guzhang-2021/#4.3');
    await sw.click();
    await w.page.waitForURL(`${site().base}/en/policies/guzhang-2021/#4.3`);
    expect(path(w.page.url())).toBe('/en/policies/guzhang-2021/#4.3');
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The clause is where the reader is: its top inside the viewport.
    const top = await w.page.locator('section[id="4.3"]').evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(900);
    await w.page.locator('section[id="4.3"] > a[data-clause-switch="4.3"]').click();
    await w.page.waitForURL(`${site().base}/policies/guzhang-2021/#4.3`);
    expect(path(w.page.url())).toBe('/policies/guzhang-2021/#4.3');
    await done(w);
  });

  it('follows the clause the reader moves to, and drops a hash that is not a clause', async () => {
    const w = await visit('/policies/guzhang-2021/');
    const sw = w.page.locator('a[data-lang-switch="en"]');
    expect(await sw.getAttribute('href')).toBe('/en/policies/guzhang-2021/');
    await w.page.locator('a.clause-anchor[data-clause="4.4"]').click();
    await expect.poll(() => sw.getAttribute('href')).toBe('/en/policies/guzhang-2021/#4.4');
    await w.page.evaluate(() => { location.hash = '#main'; });
    await expect.poll(() => sw.getAttribute('href')).toBe('/en/policies/guzhang-2021/');
    await done(w);
  });

  it('a provision page → the same provision in English, and back', async () => {
    const w = await visit('/policies/guzhang-2021/p/medical.inpatient.tekun.threshold/');
    await w.page.locator('a[data-lang-switch="en"]').click();
    await w.page.waitForURL(`${site().base}/en/policies/guzhang-2021/p/medical.inpatient.tekun.threshold/`);
    expect(await w.page.locator('h1').textContent()).toBe('No inpatient threshold for tekun, orphans and unsupported children');
    await w.page.locator('a[data-lang-switch="zh"]').click();
    await w.page.waitForURL(`${site().base}/policies/guzhang-2021/p/medical.inpatient.tekun.threshold/`);
    await done(w);
  });

  it('a comparison table → its English twin with the same places, filters and row; the English page chooses places too', async () => {
    const w = await visit('/compare/medical/?places=hecheng-2020,guzhang-2021&status=quantified#medical.inpatient-ratio');
    const cols = () => w.page.locator('table.compare thead th[data-policy-column]').evaluateAll((ths) => ths.map((t) => (t as HTMLElement).dataset.policyColumn));
    await expect.poll(cols, { timeout: 10_000 }).toEqual(['hecheng-2020', 'guzhang-2021']);
    await w.page.selectOption('#sort-row', 'medical.inpatient-ratio');
    await w.page.locator('a[data-lang-switch="en"]').click();
    await w.page.waitForURL(/\/en\/compare\/medical\//);
    const u = new URL(w.page.url());
    expect(u.pathname + u.search + u.hash).toBe('/en/compare/medical/?places=hecheng-2020%2Cguzhang-2021&status=quantified&sort=medical.inpatient-ratio#medical.inpatient-ratio');
    // 住院救助比例: 古丈 50% (its lowest, 四、（三）) before 鹤城 100%, in English.
    await expect.poll(cols, { timeout: 10_000 }).toEqual(['guzhang-2021', 'hecheng-2020']);
    expect(await w.page.inputValue('#status-filter')).toBe('quantified');
    expect(await w.page.locator('tr[id="medical.inpatient-ratio"] td[data-policy="guzhang-2021"] .status-label').textContent()).toBe('Guzhang County: quantified');
    // Removing a place, in English: the picker speaks English, the table follows.
    await w.page.getByRole('button', { name: 'Remove Hecheng District' }).click();
    await expect.poll(cols, { timeout: 10_000 }).toEqual(['guzhang-2021']);
    expect(await w.page.locator('#compare-caption').textContent()).toMatch(/ × 1 documents$/);
    await w.page.locator('a[data-lang-switch="zh"]').click();
    await w.page.waitForURL(/\/compare\/medical\//);
    expect(new URL(w.page.url()).searchParams.get('places')).toBe('guzhang-2021');
    await expect.poll(cols, { timeout: 10_000 }).toEqual(['guzhang-2021']);
    await done(w);
  });
});

/** What a reader sees in Chinese outside an element marked lang="zh" (the scripts' messages included). */
const hanOutsideZh = (w: { page: import('playwright-core').Page }) =>
  w.page.evaluate(() => {
    const out: string[] = [];
    const walk = (n: Node): void => {
      if (n.nodeType === 3) {
        const el = n.parentElement!;
        if (/[\u3400-\u9fff]/.test(n.textContent ?? '') && !el.closest('[lang^="zh"]:not(html), script, style')) out.push((n.textContent ?? '').trim().slice(0, 60));
      } else n.childNodes.forEach(walk);
    };
    walk(document.body);
    return out;
  });

describe('the household view in English', () => {
  it('the switch carries the entries and the places both ways; the English page answers in English with the same figures', async () => {
    // 古丈: “对城市低保对象设起付线4000元”, “个人自负费用按70%的比例救助”: (30000 − 4000) × 70% = 18200; 会宁 (no threshold for dibao): 30000 × 70% = 21000, “不低于”.
    const w = await visit('/household/');
    const { page } = w;
    await fillForm(page, { perCapitaIncome: '300', members: '3', selfPaid: '30000' });
    await page.getByRole('button', { name: '对照所选各地' }).click();
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('按上面填写的家庭情况对照。');
    const sw = page.locator('a[data-lang-switch="en"]');
    const search = new URL(page.url()).search;
    expect(new URLSearchParams(search).get('selfPaid')).toBe('30000');
    await expect.poll(() => sw.getAttribute('href')).toBe(`/en/household/${search}`);
    await sw.click();
    await page.waitForURL(`${site().base}/en/household/${search}`);
    const card = (policy: string, calc: string) => page.locator(`#place-${policy} .hh-figures [data-calculator="${calc}"] dd`);
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('Compared for the household entered above.');
    expect(await page.locator('#f-selfPaid').inputValue()).toBe('30000');
    expect(await card('guzhang-2021', 'medical-aid').textContent()).toBe('18200.00 CNY');
    expect(await card('huining-2022', 'medical-aid').textContent()).toBe('at least 21000.00 CNY');
    // 古丈 dibao: 600 − 300 = 300 a person, under 400 → 400 × 3 = 1200.
    expect(await card('guzhang-2021', 'dibao-benefit').textContent()).toBe('1200.00 CNY per household per month');
    expect(await hanOutsideZh(w)).toEqual([]);

    // A place removed on the English page: the switch back carries it, and the Chinese page shows the same places.
    await page.locator('#pp-chosen li[data-policy="yunyang-2019"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('places')).not.toBeNull();
    const back = new URL(page.url()).search;
    await expect.poll(() => page.locator('a[data-lang-switch="zh"]').getAttribute('href')).toBe(`/household/${back}`);
    await page.locator('a[data-lang-switch="zh"]').click();
    await page.waitForURL(`${site().base}/household/${back}`);
    await expect.poll(() => page.locator('#place-guzhang-2021 .hh-figures [data-calculator="medical-aid"] dd').textContent()).toBe('18200.00 元');
    expect(await page.locator('#place-yunyang-2019').count()).toBe(0);
    await done(w);
  });

  it('bad entries are named in English only', async () => {
    const w = await visit('/en/household/');
    const { page } = w;
    await page.fill('#f-perCapitaIncome', 'three hundred');
    await page.fill('#f-members', '');
    await page.getByRole('button', { name: 'Compare the chosen places' }).click();
    await expect.poll(() => page.locator('#perCapitaIncome-error').textContent()).toMatch(/not a valid (decimal|amount)/);
    expect(await page.locator('#members-error').textContent()).toBe('Household members is required');
    expect(await page.locator('.stale-note').textContent()).toMatch(/^Out of date: /);
    expect(await hanOutsideZh(w)).toEqual([]);
    await done(w);
  });
});

describe('the calculators in English', () => {
  it('medical aid: computed in English from the entries, the switch carries them to the Chinese page, which answers the same', async () => {
    // 古丈 (dibao, inpatient): “对城市低保对象设起付线4000元”, “个人自负费用按70%的比例救助，年度救助限额5万元”:
    // (60000 − 4000) × 70% = 39200, under the 50000 cap. 会宁: 60000 × 70% = 42000, “不低于” (a floor).
    const w = await visit('/en/calculators/medical-aid/');
    const { page } = w;
    await fillForm(page, { selfPaid: '60000' });
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('Computed from the entries above.');
    const amount = (policy: string) => page.locator(`#results article[data-policy="${policy}"] .result-amount`).textContent();
    expect(await amount('guzhang-2021')).toBe('39200.00 CNY');
    expect(await amount('huining-2022')).toBe('at least 42000.00 CNY');
    // A step cites the rule by its English summary and the clause in Chinese, linked to the English pages.
    const basis = page.locator('#results article[data-policy="guzhang-2021"] .steps .links').first();
    expect(await basis.textContent()).toMatch(/^Basis: Guzhang County 四、（三） /);
    expect(await basis.locator('a.clause-ref').getAttribute('href')).toBe('/en/policies/guzhang-2021/#4.3');
    expect(await page.locator('#results article[data-policy="guzhang-2021"] .next-steps h4').textContent()).toBe('Next: how to apply');
    expect(await hanOutsideZh(w)).toEqual([]);
    const search = new URL(page.url()).search;
    await expect.poll(() => page.locator('a[data-lang-switch="zh"]').getAttribute('href')).toBe(`/calculators/medical-aid/${search}`);
    await page.locator('a[data-lang-switch="zh"]').click();
    await page.waitForURL(`${site().base}/calculators/medical-aid/${search}`);
    await expect.poll(() => amount('guzhang-2021')).toBe('39200.00 元');
    expect(await page.locator('#f-selfPaid').inputValue()).toBe('60000');
    await done(w);
  });

  it('a place chosen with the picker: fetched, answered in English, kept in the switch', async () => {
    const w = await visit('/en/calculators/dibao-benefit/');
    const { page } = w;
    await page.locator('#pp-open').click();
    await page.locator('#pp-chosen li[data-policy="yuzhong-2019"] button').click();
    await expect.poll(() => page.locator('#results article').count()).toBe(4);
    expect(new URL(page.url()).searchParams.get('places')).toBe('guzhang-2021,yunyang-2019,huining-2022,hecheng-2020');
    // 古丈, the example (standard 600, income 350, 3 members, 1 severely disabled): the severely disabled member gets the full 600, the other two 2 × 250 = 500, each under 400 raised to 400: 600 + 800 = 1400.
    expect(await page.locator('#results article[data-policy="guzhang-2021"] h3').textContent()).toBe('Guzhang County');
    expect(await page.locator('#results article[data-policy="guzhang-2021"] .result-amount').textContent()).toBe('1400.00 CNY per household per month');
    expect(await hanOutsideZh(w)).toEqual([]);
    expect(await page.locator('a[data-lang-switch="zh"]').getAttribute('href')).toContain('places=guzhang-2021%2Cyunyang-2019%2Chuining-2022%2Checheng-2020');
    await done(w);
  });
});
