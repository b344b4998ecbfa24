/**
 * End-to-end: the language switch keeps the place. Reading 古丈 at 四、（三）(`#4.3`, 加大医疗保障帮扶力度),
 * the header's English link lands on the English document at the same clause; that clause's own
 * 中文 link lands back on the Chinese clause; moving to another clause (a new hash) moves the switch
 * with it. A provision page switches to the same provision.
 */
import { describe, expect, it } from 'vitest';
import { done, useSite } from './harness.ts';

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
