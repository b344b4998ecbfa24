/**
 * End-to-end: numbers as people type them (issue 12, item 6). An amount typed as "３万" is read as
 * 30000 元, the page says so beside the field, and the result is computed from 30000; an
 * implausible dibao standard is refused next to its field, saying what was expected.
 * Expected values are worked by hand from the documents (quotes beside them).
 */
import { describe, expect, it } from 'vitest';
import { done, useSite, type WatchedPage } from './harness.ts';

const { visit } = useSite();
const card = (w: WatchedPage, policy: string) => w.page.locator(`#results article[data-policy="${policy}"]`);

describe('an amount typed the way people type it', () => {
  it('"３万" in 自负费用 is read as 30000 元: the note beside the field says so, and every place computes from 30000', async () => {
    const w = await visit('/calculators/medical-aid/');
    const { page } = w;
    await page.selectOption('#f-group', 'dibao');
    await page.selectOption('#f-care', 'inpatient');
    const field = page.locator('#f-selfPaid');
    expect(await field.getAttribute('type')).toBe('text');
    expect(await field.getAttribute('inputmode')).toBe('decimal');
    await field.fill('');
    await field.pressSequentially('３万');
    await page.getByRole('button', { name: '计算' }).click();

    await expect.poll(() => page.locator('#selfPaid-understood').textContent()).toContain('按 30000 元计算');
    expect(await page.locator('#selfPaid-understood').textContent()).toContain('read as 30000 CNY');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain('selfPaid-understood');
    expect(await page.locator('#selfPaid-understood').getAttribute('aria-live')).toBe('polite');
    // 古丈 四（三）：“对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元”
    // (30000 − 4000) × 0.7 = 18200, within the cap of 50000
    await expect.poll(() => card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('18200.00 元');
    // 会宁 二（三）4：“按照不低于70%比例实施分类医疗救助” (no threshold): 30000 × 0.7 = 21000, a floor
    expect(await card(w, 'huining-2022').locator('.result-amount').textContent()).toBe('不低于 21000.00 元');
    // What was typed stays in the field.
    expect(await field.inputValue()).toBe('３万');
    expect(await page.locator('#selfPaid-error').textContent()).toBe('');

    // Typed as the value itself, there is nothing to say: the note is cleared.
    await field.fill('30000');
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.locator('#selfPaid-understood').textContent()).toBe('');
    expect(await card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('18200.00 元');
    await done(w);
  });

  it('"0" as 低保标准 is refused beside the field, saying what was expected, and the entry stays', async () => {
    const w = await visit('/calculators/dibao-benefit/');
    const { page } = w;
    await page.fill('#f-dibaoStandard', '0');
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.locator('#dibaoStandard-error').textContent()).toContain('城市低保标准须在 100 至 5000 元/人/月 之间');
    expect(await page.locator('#dibaoStandard-error').textContent()).toContain('must be between 100 and 5000 元 per person per month');
    expect(await page.locator('#f-dibaoStandard').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-dibaoStandard').inputValue()).toBe('0');
    expect(await page.locator('#results').textContent()).not.toMatch(/NaN|undefined/);
    await done(w);
  });

  it('the household view reads full-width digits in amounts and counts, and says how it read them', async () => {
    const w = await visit('/household/');
    const { page } = w;
    await page.fill('#f-perCapitaIncome', '３５０');
    await page.fill('#f-members', '２');
    await page.getByRole('button', { name: '对照所选各地' }).click();
    await expect.poll(() => page.locator('#perCapitaIncome-understood').textContent()).toContain('按 350 元计算');
    expect(await page.locator('#members-understood').textContent()).toContain('按 2 计算');
    expect(await page.locator('#perCapitaIncome-error').textContent()).toBe('');
    expect(await page.locator('#members-error').textContent()).toBe('');
    await done(w);
  });
});
