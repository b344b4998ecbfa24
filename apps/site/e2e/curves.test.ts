/**
 * End-to-end: the benefit curves redraw for the household entered, keep it in the URL, and name a
 * bad entry in both languages. Expected figures worked by hand from the documents.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentFetches, done, fillForm, useSite } from './harness.ts';

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

  it('the place picker chooses the places drawn: a link naming one place draws it alone from its rules, fetched on demand; a place added joins the curves', async () => {
    const w = await visit('/compare/curves/?places=guzhang-2021');
    const { page } = w;
    const fetched = documentFetches(page, 'rules.json');
    await expect.poll(() => page.locator('#curve-rules li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-policy'))), { timeout: 10_000 }).toEqual(['guzhang-2021']);
    await fillForm(page, { dibaoStandard: '600', members: '2', disabled: '0' });
    await page.getByRole('button', { name: '重新计算' }).click();
    await expect.poll(() => page.locator('#curves-status').textContent()).toBe('当前：2 人家庭，低保标准 600 元/人/月。');
    // 古丈 "对每人每月低保金不足400元的，提高到400元标准发放": at income 0 the gap is 600 per person → 1200.
    expect(await page.locator('#dibao-table thead th').allTextContents()).toEqual(['月人均收入（元）', '古丈县']);
    expect(await page.locator('#dibao-table tbody tr').first().locator('th, td').allTextContents()).toEqual(['0', '1200.00']);
    expect(new URL(page.url()).searchParams.get('places')).toBe('guzhang-2021');
    // 鹤城 added from 湖南省: its rules fetched (古丈's were embedded in the page), its line drawn beside 古丈's.
    await page.selectOption('#pp-province', 'hunan');
    await page.getByRole('button', { name: /^添加 鹤城区/ }).click();
    await expect.poll(() => page.locator('#curve-rules li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-policy'))), { timeout: 10_000 }).toEqual(['guzhang-2021', 'hecheng-2020']);
    expect((await page.locator('#dibao-figure g.curve').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-policies')))).join(' ').split(' ').sort()).toEqual(['guzhang-2021', 'hecheng-2020']);
    expect(fetched).toContain('hecheng-2020');
    expect(new URL(page.url()).searchParams.get('places')).toBe('guzhang-2021,hecheng-2020');
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

  it('on a phone (390 × 844) every text of both charts is at least 12 px and no curve label overlaps another, an axis, a tick or the edge, built and redrawn', async () => {
    const w = await visit('/compare/curves/');
    const { page } = w;
    await page.setViewportSize({ width: 390, height: 844 });
    const check = async () => {
      for (const id of ['dibao-chart', 'temp-chart']) {
        const r = await layoutOf(page, id);
        expect(r.labels.length, id).toBeGreaterThan(0);
        expect(r.smallest, `${id}: smallest text`).toBeGreaterThanOrEqual(12);
        expect(r.overlaps, id).toEqual([]);
      }
    };
    await check();
    // Redrawn for a two-person household (the 古丈 floor makes a cliff, four places share the zero end):
    await fillForm(page, { dibaoStandard: '600', members: '2', disabled: '0' });
    await page.getByRole('button', { name: '重新计算' }).click();
    await expect.poll(() => page.locator('#curves-status').textContent()).toBe('当前：2 人家庭，低保标准 600 元/人/月。');
    await check();
    // The cliffs are said in words under the chart: 古丈 at 600 (the standard), from 800.00 (400 × 2) to 0.00.
    expect(await page.locator('#dibao-figure .cliff-notes li[data-policies="guzhang-2021"]').textContent()).toBe('古丈县：在 600 元 处从 800.00 元降到 0.00 元');
    await done(w);
  });
});

/** Every text's size on screen (its font size times the chart's scale), and the pairs of boxes that overlap. */
function layoutOf(page: Page, id: string): Promise<{ labels: string[]; smallest: number; overlaps: string[] }> {
  return page.evaluate((id) => {
    const svg = document.getElementById(id) as unknown as SVGSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const texts = Array.from(svg.querySelectorAll('text'));
    const smallest = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    type Box = { name: string; r: DOMRect };
    const box = (e: Element, name: string): Box => ({ name, r: e.getBoundingClientRect() });
    const labels = Array.from(svg.querySelectorAll('.curve-label')).map((e) => box(e, `label ${e.textContent}`));
    const others = [
      ...Array.from(svg.querySelectorAll('.axis')).map((e) => box(e, 'axis')),
      ...Array.from(svg.querySelectorAll('text.tick, .tick text')).map((e) => box(e, `tick ${e.textContent}`)),
      ...Array.from(svg.querySelectorAll('.axis-label')).map((e) => box(e, `axis title ${e.textContent}`)),
    ];
    const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const edge = svg.getBoundingClientRect();
    const overlaps: string[] = [];
    labels.forEach((a, i) => {
      if (a.r.left < edge.left || a.r.right > edge.right || a.r.top < edge.top || a.r.bottom > edge.bottom) overlaps.push(`${a.name} leaves the chart`);
      for (const b of [...labels.slice(i + 1), ...others]) if (meet(a.r, b.r)) overlaps.push(`${a.name} × ${b.name}`);
    });
    return { labels: labels.map((l) => l.name), smallest, overlaps };
  }, id);
}
