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
});
