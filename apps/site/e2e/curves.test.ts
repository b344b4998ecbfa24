/**
 * End-to-end: the benefit curves redraw for the household entered, keep it in the URL, and name a
 * bad entry in both languages. Expected figures worked by hand from the documents.
 */
import { describe, expect, it } from 'vitest';
import { done, fillForm, useSite } from './harness.ts';

const { visit } = useSite();

describe('benefit curves', () => {
  it('redraw for a two-person household under a 600 standard; the data table shows the 古丈 floor, the URL brings it back', async () => {
    const w = await visit('/compare/curves/');
    const { page } = w;
    await fillForm(page, { dibaoStandard: '600', members: '2', disabled: '0' });
    await page.getByRole('button', { name: '重新计算' }).click();
    await expect.poll(() => page.locator('#curves-status').textContent()).toBe('当前：2 人家庭，低保标准 600 元/人/月。');
    // 古丈 "对每人每月低保金不足400元的，提高到400元标准发放": at income 0 the gap is 600 per person → 1200; at 400
    // the gap 200 is raised to 400 → 800. The table's first row is income 0.
    const first = await page.locator('#dibao-table tbody tr').first().locator('th, td').allTextContents();
    expect(first[0]).toBe('0');
    expect(first.slice(1)).toContain('1200.00');
    expect(await page.locator('#dibao-figure svg[role="img"]').count()).toBe(1);
    // Redrawn in the browser as real SVG (the SVG namespace), with drawn lines.
    expect(await page.locator('#dibao-figure svg path').first().evaluate((e) => [e.namespaceURI, (e as SVGGraphicsElement).getBBox().width > 0])).toEqual(['http://www.w3.org/2000/svg', true]);
    const url = new URL(page.url());
    expect(url.searchParams.get('members')).toBe('2');
    const again = await visit(url.pathname + url.search);
    await expect.poll(() => again.page.locator('#curves-status').textContent()).toBe('当前：2 人家庭，低保标准 600 元/人/月。');
    await done(again);
    await done(w);
  });

  it('a bad standard is named next to its field in Chinese and English, and the entry is kept', async () => {
    const w = await visit('/compare/curves/');
    const { page } = w;
    await fillForm(page, { dibaoStandard: '六百' });
    await page.locator('#f-dibaoStandard').press('Enter');
    await expect.poll(() => page.locator('#dibaoStandard-error').textContent()).toMatch(/不是有效的(数字|金额).*not a valid (decimal|amount)/);
    expect(await page.locator('#f-dibaoStandard').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-dibaoStandard').inputValue()).toBe('六百');
    await done(w);
  });
});
