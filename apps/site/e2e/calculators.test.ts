/**
 * End-to-end: the calculator pages answer all five places side by side, in the browser.
 * Expected values are worked by hand from the documents (quotes beside them).
 */
import { describe, expect, it } from 'vitest';
import { done, fillForm, useSite, type WatchedPage } from './harness.ts';

const { visit } = useSite();
const card = (w: WatchedPage, policy: string) => w.page.locator(`#results article[data-policy="${policy}"]`);

describe('temporary-aid, five places', () => {
  it('会宁 3 persons × 8 months at 692 元 → 12456.00 元; 古丈 2000 至 4000 元/户; the entries go into the URL', async () => {
    const w = await visit('/calculators/temporary-aid/');
    const { page } = w;
    await fillForm(page, { dibaoStandard: '692', persons: '3', months: '8' });
    await page.getByRole('button', { name: '计算' }).click();
    // 会宁 二（三）1: "当地城市居民最低生活保障标准(元/ 人. 月) × 救助人数(人) × 困难持续时间(月)(持续时间原则上最长不超过6个月)"
    // 692 × 3 × min(8, 6) = 12456
    await expect.poll(() => card(w, 'huining-2022').locator('.result-amount').textContent()).toBe('12456.00 元/户');
    // 古丈 四（一）: "按每户2000至4000元实施救助帮扶"
    expect(await card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('区间 2000.00 至 4000.00 元/户');
    // 古丈 4.1 “按每户2000至4000元”: both ends set — the status says 区间, not “只规定了下限或上限”
    expect(await card(w, 'guzhang-2021').locator('.result-status').textContent()).toBe('区间（文件规定了上下限）');
    expect(await card(w, 'hecheng-2020').getAttribute('data-status')).toBe('not-specified');
    expect(await page.locator('#results article').count()).toBe(5);
    expect(page.url()).toContain('months=8');

    // The shared URL computes the same on load.
    const again = await visit(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => card(again, 'huining-2022').locator('.result-amount').textContent()).toBe('12456.00 元/户');
    await done(again);
    await done(w);
  });

  it('a bad entry is reported next to its field in Chinese and English, nothing is computed from it, and the entry stays', async () => {
    const w = await visit('/calculators/temporary-aid/');
    const { page } = w;
    await page.fill('#f-months', '2.5');
    await page.fill('#f-dibaoStandard', '-600');
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.locator('#months-error').textContent()).toMatch(/整数.*whole number/);
    expect(await page.locator('#dibaoStandard-error').textContent()).toMatch(/负数.*negative/);
    expect(await page.locator('#f-months').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-months').inputValue()).toBe('2.5');
    expect(await page.locator('#live').textContent()).toContain('需要更正');
    expect(await page.locator('#results').textContent()).not.toMatch(/NaN|undefined/);
    await done(w);
  });
});

describe('dibao-benefit, five places', () => {
  it('one disabled member of two at income 350 under a 600 standard: 会宁 620.00, 古丈 800.00, 鹤城 500.00 元/户/月', async () => {
    const w = await visit('/calculators/dibao-benefit/');
    const { page } = w;
    await fillForm(page, { dibaoStandard: '600', perCapitaIncome: '350', members: '2', severe: '0', ill: '0', disabled: '1' });
    await page.getByRole('button', { name: '计算' }).click();
    // 会宁: "残疾人本人的最低生活保障金按保障标准的 20%上浮计算": (600 × 1.2 − 350) + (600 − 350) = 620
    await expect.poll(() => card(w, 'huining-2022').locator('.result-amount').textContent()).toBe('620.00 元/户/月');
    // 古丈: "对每人每月低保金不足400元的，提高到400元标准发放": 400 × 2 = 800
    expect(await card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('800.00 元/户/月');
    // 鹤城 sets no figure of its own: the gap 250 × 2 = 500
    expect(await card(w, 'hecheng-2020').locator('.result-amount').textContent()).toBe('500.00 元/户/月');
    // Steps link to the provision applied.
    expect(await card(w, 'huining-2022').locator('a[href="/policies/huining-2022/p/basic-living.uplift.disabled/"]').count()).toBeGreaterThan(0);
    await done(w);
  });

  it('more disabled members than members is an error on that field', async () => {
    const w = await visit('/calculators/dibao-benefit/');
    await w.page.fill('#f-members', '1');
    await w.page.fill('#f-disabled', '3');
    await w.page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => w.page.locator('#disabled-error').textContent()).toContain('不能超过家庭人数');
    await done(w);
  });
});

describe('a calculator for the places chosen', () => {
  it('a link naming places answers for them alone, from each one’s rules; the picker opens on demand and a place removed leaves the others', async () => {
    // 鹤城 三（三）: "特困人员在区、乡级定点医疗机构住院的，…基本医疗自负费用（含起付线以下的部分），由医疗救助资金统筹解决": 24000 × 100 % = 24000.
    const w = await visit('/calculators/medical-aid/?v=2&group=tekun&care=inpatient&selfPaid=24000&aidedThisYear=&majorDisease=&hospitalLevel=&places=hecheng-2020');
    const { page } = w;
    await expect.poll(() => page.locator('#results article').evaluateAll((as) => as.map((a) => a.getAttribute('data-policy')))).toEqual(['hecheng-2020']);
    expect(await card(w, 'hecheng-2020').locator('.result-amount').textContent()).toBe('24000.00 元');
    expect(await page.locator('#pp-chosen li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-policy')))).toEqual(['hecheng-2020']);
    await done(w);

    // Without places in the link the picker is not loaded until asked for.
    const d = await visit('/calculators/medical-aid/');
    const fetched: string[] = [];
    d.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    expect(await d.page.locator('#pp-add').isVisible()).toBe(false);
    await d.page.getByRole('button', { name: '选择其他地方' }).click();
    await expect.poll(() => d.page.locator('#pp-add').isVisible()).toBe(true);
    await d.page.getByRole('button', { name: '不看古丈县' }).click();
    await expect.poll(() => d.page.locator('#results article').count()).toBe(4);
    expect(new URL(d.page.url()).searchParams.get('places')).toBe('yunyang-2019,huining-2022,hecheng-2020,yuzhong-2019');
    expect(fetched.filter((f) => f.startsWith('/data/policies/')).sort()).toEqual(['hecheng-2020', 'huining-2022', 'yunyang-2019', 'yuzhong-2019'].map((id) => `/data/policies/${id}/rules.json`));
    await done(d);
  });
});

describe('every calculator page', () => {
  it.each(['classify', 'gradual-exit', 'rent-subsidy', 'special-hardship-standard'])('%s: is built with five answers and recomputes without errors', async (id) => {
    const w = await visit(`/calculators/${id}/`);
    expect(await w.page.locator('#results article').count()).toBe(5);
    await w.page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => w.page.locator('#results-case').textContent()).toBe('按上面的输入计算。');
    expect(await w.page.locator('#results article').count()).toBe(5);
    await done(w);
  });
});
