/**
 * End-to-end, as a person uses the household page: one category per place, every row following
 * from it, and each place's in-force status for the day asked. Worked by hand from the documents.
 */
import { describe, expect, it } from 'vitest';
import { done, openPage, useSite } from './harness.ts';

const { site } = useSite();

async function household(day: string, values: Record<string, string>, query = '') {
  const w = await openPage(site());
  await w.page.clock.setFixedTime(new Date(`${day}T12:00:00`));
  await w.page.goto(`${site().base}/household/${query}`, { waitUntil: 'load' });
  for (const [name, value] of Object.entries(values)) {
    const field = w.page.locator(`#f-${name}`);
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await w.page.getByRole('button', { name: /对照/ }).first().click();
  await expect.poll(() => w.page.locator('#results-case').textContent()).toBe('按上面填写的家庭情况对照。');
  return w;
}
const cell = (w: Awaited<ReturnType<typeof household>>, calc: string, policy: string) => w.page.locator(`tr[data-calculator="${calc}"] td[data-policy="${policy}"]`);

describe('the household page, one category per place', () => {
  it('a 特困 person (one person, income 0) is shown no 低保金 anywhere: supported as tekun (社会救助暂行办法 第十四条)', async () => {
    const w = await household('2026-12-01', { dibaoStandard: '600', perCapitaIncome: '0', members: '1', disabled: '0', group: 'tekun', selfPaid: '', monthlyRent: '', hardshipMonths: '' });
    for (const p of ['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019']) {
      expect(await w.page.locator(`tr[data-row="category"] td[data-policy="${p}"]`).getAttribute('data-category')).toBe('tekun');
      expect(await cell(w, 'dibao-benefit', p).getAttribute('data-status'), p).toBe('not-eligible');
    }
    // 会宁 2.1.a.3 “基本生活标准按照不低于最低生活保障标准的1.3倍确定”: 600 × 1.3 = 780, a floor
    expect(await cell(w, 'special-hardship-standard', 'huining-2022').textContent()).toBe('不低于 780.00 元/人/月');
    await done(w);
  });

  it('a household above the standard (700 vs 600) with 低保A类 chosen gets no 渝中 低保A类 rent subsidy, and is told why', async () => {
    const w = await household('2026-12-01', { dibaoStandard: '600', perCapitaIncome: '700', members: '1', disabled: '0', monthlyRent: '500', dibaoClass: 'A', selfPaid: '', hardshipMonths: '' });
    expect(await cell(w, 'rent-subsidy', 'yuzhong-2019').getAttribute('data-status')).not.toBe('computed');
    expect(await w.page.locator('#place-yuzhong-2019 .contradiction').textContent()).toContain('低保A类');
    await done(w);
  });

  it('each place says whether its document is in force on the day: 鹤城 and 会宁 lapsed on 2026-12-01, 鹤城 in force on 2021-01-01 (?asOf=)', async () => {
    const w = await household('2026-12-01', { dibaoStandard: '600', perCapitaIncome: '350', members: '2', disabled: '0', selfPaid: '', monthlyRent: '', hardshipMonths: '' });
    expect(await w.page.locator('#place-hecheng-2020 .result-validity').first().getAttribute('data-validity')).toBe('lapsed');
    expect(await w.page.locator('#place-huining-2022 .result-validity').first().getAttribute('data-validity')).toBe('lapsed');
    expect(await w.page.locator('#place-hecheng-2020 .result-validity').first().textContent()).toContain('已失效');
    await done(w);
    const then = await household('2026-12-01', { dibaoStandard: '600', perCapitaIncome: '350', members: '2', disabled: '0', selfPaid: '', monthlyRent: '', hardshipMonths: '' }, '?asOf=2021-01-01');
    expect(await then.page.locator('#place-hecheng-2020 .result-validity').first().getAttribute('data-validity')).toBe('in-force');
    expect(new URL(then.page.url()).searchParams.get('asOf')).toBe('2021-01-01');
    await done(then);
  });
});
