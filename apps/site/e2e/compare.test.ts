/**
 * End-to-end: a comparison table in the browser — its row filter, and a row's permalink.
 */
import { describe, expect, it } from 'vitest';
import { done, useSite } from './harness.ts';

const { visit } = useSite();

describe('comparison by area', () => {
  it('the filter keeps only the rows that mention the term, and says how many', async () => {
    const w = await visit('/compare/medical/');
    const { page } = w;
    const rows = page.locator('tr[data-row]');
    const all = await rows.count();
    await page.fill('#row-filter', '起付线');
    await expect.poll(() => page.locator('#row-filter-count').textContent()).toMatch(/^显示 \d+ \/ \d+ 行$/);
    const visible = await rows.evaluateAll((rs) => rs.filter((r) => !(r as HTMLElement).hidden).map((r) => r.textContent ?? ''));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(all);
    for (const t of visible) expect(t).toContain('起付线');
    // 古丈 4.3 "对城市低保对象设起付线4000元": the inpatient threshold row is among them.
    expect(await page.locator('tr[data-row]:not([hidden]) a[href="/policies/guzhang-2021/p/medical.inpatient.dibao.threshold/"]').count()).toBe(1);
    await page.fill('#row-filter', '');
    await expect.poll(() => rows.evaluateAll((rs) => rs.filter((r) => !(r as HTMLElement).hidden).length)).toBe(all);
    await done(w);
  });

  it('a row permalink lands on its row', async () => {
    const w = await visit('/compare/medical/#medical.inpatient-threshold');
    const row = w.page.locator('tr[id="medical.inpatient-threshold"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('a[href="#medical.inpatient-threshold"]').count()).toBeGreaterThan(0);
    await done(w);
  });
});
