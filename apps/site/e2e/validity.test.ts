/**
 * End-to-end: a document's status is worked out in the browser, on the reader's clock — a page
 * built today is still right next year. The browser's clock is set either side of 鹤城's boundary:
 * “本通知自发布之日起执行，有效期5年” (2020年7月27日) → in force through 2025-07-27 (the first day is not
 * counted, 民法典 第二百零一条), lapsed from 2025-07-28.
 */
import { describe, expect, it } from 'vitest';
import { done, openPage, useSite } from './harness.ts';

const { site } = useSite();

async function at(day: string, path: string) {
  const w = await openPage(site());
  // noon on that day in the page's own time zone: the status is for the reader's day
  await w.page.clock.setFixedTime(new Date(`${day}T12:00:00`));
  await w.page.goto(site().base + path, { waitUntil: 'load' });
  return w;
}

describe('validity, on the reader’s clock', () => {
  it('鹤城 on 2025-07-27 (its last day): in force', async () => {
    const w = await at('2025-07-27', '/policies/hecheng-2020/');
    await expect.poll(() => w.page.locator('[data-validity-status]').getAttribute('data-status')).toBe('in-force');
    expect(await w.page.locator('[data-validity-status]').textContent()).toContain('按今天（2025-07-27）：有效');
    await done(w);
  });

  it('鹤城 on 2025-07-28: lapsed, shown as a warning in the header', async () => {
    const w = await at('2025-07-28', '/policies/hecheng-2020/');
    await expect.poll(() => w.page.locator('[data-validity-status]').getAttribute('data-status')).toBe('lapsed');
    const status = w.page.locator('[data-validity-status]');
    expect(await status.textContent()).toContain('已失效（按其所载有效期）');
    expect(await status.evaluate((e) => e.classList.contains('validity-warning'))).toBe(true);
    await done(w);
  });

  it('the medical comparison greys the columns of documents lapsed on the day: 会宁 (2022年-2023年) and 鹤城 on 2026-12-01, not 古丈', async () => {
    const w = await at('2026-12-01', '/compare/medical/');
    await expect.poll(() => w.page.locator('th[data-policy-column="hecheng-2020"]').getAttribute('data-validity')).toBe('lapsed');
    expect(await w.page.locator('th[data-policy-column="huining-2022"]').getAttribute('data-validity')).toBe('lapsed');
    expect(await w.page.locator('th[data-policy-column="guzhang-2021"]').getAttribute('data-validity')).toBe('open-ended');
    expect(await w.page.locator('th[data-policy-column="hecheng-2020"] [data-validity-label]').textContent()).toBe('已失效（按其所载有效期）');
    expect(await w.page.locator('td[data-policy="hecheng-2020"][data-validity="lapsed"]').count()).toBeGreaterThan(0);
    expect(await w.page.locator('td[data-policy="guzhang-2021"][data-validity]').count()).toBe(0);
    await done(w);
  });

  it('an “as of” day in the URL answers for that day, and the date field shows it', async () => {
    const w = await at('2026-12-01', '/compare/medical/?asOf=2021-01-01');
    await expect.poll(() => w.page.locator('th[data-policy-column="hecheng-2020"]').getAttribute('data-validity')).toBe('in-force');
    // 会宁's plan was issued 2022-04-15: not yet in force on 2021-01-01
    expect(await w.page.locator('th[data-policy-column="huining-2022"]').getAttribute('data-validity')).toBe('not-yet');
    expect(await w.page.locator('input[name="asOf"]').inputValue()).toBe('2021-01-01');
    await done(w);
  });
});
