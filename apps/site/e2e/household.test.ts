/**
 * End-to-end: one household, five places. Expected values worked by hand from the documents.
 */
import { describe, expect, it } from 'vitest';
import { done, fillForm, useSite, type WatchedPage } from './harness.ts';

const { visit } = useSite();
const cell = (w: WatchedPage, calc: string, policy: string) => w.page.locator(`#results tr[data-calculator="${calc}"] td[data-policy="${policy}"]`);

describe('one household, five places', () => {
  it('a household entered once: amounts per place, the reasons for the differences, and a URL that brings it back', async () => {
    const w = await visit('/household/');
    const { page } = w;
    await fillForm(page, { dibaoStandard: '700', perCapitaIncome: '500', members: '3', disabled: '1' });
    await page.selectOption('#f-care', '');
    await fillForm(page, { selfPaid: '', hardshipMonths: '4', monthlyRent: '' });
    await page.getByRole('button', { name: '对照所选各地' }).click();
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('按上面填写的家庭情况对照。');
    // 会宁: "残疾人本人的最低生活保障金按保障标准的 20%上浮计算": (700 × 1.2 − 500) + 2 × (700 − 500) = 340 + 400 = 740
    expect(await cell(w, 'dibao-benefit', 'huining-2022').textContent()).toBe('740.00 元/户/月');
    // 古丈: "对每人每月低保金不足400元的，提高到400元标准发放": gap 200 → 400 × 3 = 1200
    expect(await cell(w, 'dibao-benefit', 'guzhang-2021').textContent()).toBe('1200.00 元/户/月');
    // 会宁 temporary aid: 700 × 3 persons × 4 months = 8400
    expect(await cell(w, 'temporary-aid', 'huining-2022').textContent()).toBe('8400.00 元/户');
    // No medical or rent entries: those rows compute nothing (未计算：需填写…).
    for (const calc of ['medical-aid', 'rent-subsidy']) {
      const statuses = await page.locator(`#results tr[data-calculator="${calc}"] td`).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
      expect(statuses.length, calc).toBe(5);
      expect(statuses.every((s) => s === 'missing'), `${calc}: ${statuses.join(' ')}`).toBe(true);
    }
    // Why they differ: the provisions are named and linked.
    const why = page.locator('#why .why-item[data-calculator="dibao-benefit"]');
    expect(await why.locator('a[href="/policies/huining-2022/p/basic-living.uplift.disabled/"]').count()).toBe(1);
    expect(await why.locator('a[href="/policies/guzhang-2021/p/basic-living.floor/"]').count()).toBe(1);
    // Commitments without a number are listed per place.
    expect(await page.locator('#place-yuzhong-2019 .hh-offers li[data-kind="commitment"]').count()).toBeGreaterThan(10);

    const url = new URL(page.url());
    expect(url.searchParams.get('perCapitaIncome')).toBe('500');
    // Emptied fields are in the URL, empty: they come back empty, not as the example's 住院 24000 and 300.
    expect([url.searchParams.get('v'), url.searchParams.get('care'), url.searchParams.get('selfPaid'), url.searchParams.get('monthlyRent')]).toEqual(['2', '', '', '']);
    const again = await visit(url.pathname + url.search);
    await expect.poll(() => cell(again, 'dibao-benefit', 'huining-2022').textContent()).toBe('740.00 元/户/月');
    expect(await again.page.locator('#f-hardshipMonths').inputValue()).toBe('4');
    expect([await again.page.locator('#f-care').inputValue(), await again.page.locator('#f-selfPaid').inputValue(), await again.page.locator('#f-monthlyRent').inputValue()]).toEqual(['', '', '']);
    await done(again);
    await done(w);
  });

  it('bad entries are named field by field, and the entries are kept', async () => {
    const w = await visit('/household/');
    const { page } = w;
    await page.fill('#f-perCapitaIncome', '三百');
    await page.fill('#f-hardshipMonths', '0');
    await page.getByRole('button', { name: '对照所选各地' }).click();
    await expect.poll(() => page.locator('#perCapitaIncome-error').textContent()).toMatch(/不是有效的(数字|金额).*not a valid (decimal|amount)/);
    expect(await page.locator('#hardshipMonths-error').textContent()).toMatch(/不能小于 1.*at least 1/);
    expect(await page.locator('#f-perCapitaIncome').inputValue()).toBe('三百');
    expect(await page.locator('#f-perCapitaIncome').getAttribute('aria-invalid')).toBe('true');
    await done(w);
  });
});

describe('one household, five places, on a phone: one card per place, a place picker kept in the URL', () => {
  const POLICIES = ['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'];
  /** Which places' cards are shown. */
  const shown = (w: WatchedPage) => w.page.locator('#results .hh-place').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).offsetHeight > 0).map((e) => e.getAttribute('data-policy')));
  const phone = async (path: string) => {
    const w = await visit('/');
    await w.page.setViewportSize({ width: 390, height: 844 });
    await w.page.goto(new URL(path, w.page.url()).href, { waitUntil: 'load' });
    return w;
  };

  it('the example household: a card per place with its answers, a jump list to each, no sideways scrolling', async () => {
    const w = await phone('/household/');
    const { page } = w;
    expect(await shown(w)).toEqual(POLICIES);
    // The jump list links every card.
    expect(await page.locator('#hh-jump a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(POLICIES.map((p) => `#place-${p}`));
    // 古丈 (the example: standard 600, income 350, 2 persons, 1 disabled): "对每人每月低保金不足400元的，提高到400元标准发放":
    // gap 250 < 400 → 400 × 2 = 800, on the card as in the table.
    expect(await page.locator('#place-guzhang-2021 .hh-figures [data-calculator="dibao-benefit"] dd').textContent()).toBe('800.00 元/户/月');
    expect(await cell(w, 'dibao-benefit', 'guzhang-2021').textContent()).toBe('800.00 元/户/月');
    // Every step shown at once, this page was 48 669 px tall at 390 × 844; folded, it is a fraction of that.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(15_000);
    // The five-column table is for a wide screen; the steps are one tap away.
    expect(await page.locator('.hh-summary-box').isVisible()).toBe(false);
    expect(await page.locator('#place-guzhang-2021 .hh-steps .result').first().isVisible()).toBe(false);
    await page.locator('#place-guzhang-2021 .hh-steps > summary').click();
    expect(await page.locator('#place-guzhang-2021 .hh-steps .result').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await done(w);
  });

  it('the place picker: a place removed and added, kept in the URL beside the entries and restored from it; each place’s rules fetched alone', async () => {
    const w = await phone('/household/');
    const { page } = w;
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = /\/data\/policies\/([^/]+)\/rules\.json$/.exec(new URL(r.url()).pathname);
      if (m) fetched.push(m[1]!);
    });
    await expect.poll(() => page.locator('#pp-add').isVisible()).toBe(true);
    expect(await page.locator('#pp-chosen li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-policy')))).toEqual(POLICIES);
    // “只看我所在的地方”: every place but 会宁 removed, one by one.
    for (const p of POLICIES.filter((x) => x !== 'huining-2022')) await page.locator(`#pp-chosen li[data-policy="${p}"] .pp-remove`).click();
    await expect.poll(() => shown(w)).toEqual(['huining-2022']);
    expect(await page.locator('#hh-jump li').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('places')).toBe('huining-2022');
    // The entries computed with the place chosen keep it.
    await fillForm(page, { dibaoStandard: '700', perCapitaIncome: '500', members: '3', disabled: '1' });
    await page.getByRole('button', { name: '对照所选各地' }).click();
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('按上面填写的家庭情况对照。');
    expect(await shown(w)).toEqual(['huining-2022']);
    // 会宁: "残疾人本人的最低生活保障金按保障标准的 20%上浮计算": (700 × 1.2 − 500) + 2 × (700 − 500) = 740
    expect(await page.locator('#place-huining-2022 .hh-figures [data-calculator="dibao-benefit"] dd').textContent()).toBe('740.00 元/户/月');
    const url = new URL(page.url());
    expect([url.searchParams.get('v'), url.searchParams.get('perCapitaIncome'), url.searchParams.get('places')]).toEqual(['2', '500', 'huining-2022']);
    expect(new URL((await page.locator('#share-link').getAttribute('href'))!, url).searchParams.get('places')).toBe('huining-2022');
    // Only the rules of the places shown were fetched, each once.
    expect([...new Set(fetched)].sort()).toEqual(POLICIES.filter((x) => x !== 'guzhang-2021').sort());
    expect(fetched.length).toBe(new Set(fetched).size);

    // A place added from its province: 湖南省 → 古丈县, computed with the same entries.
    await page.selectOption('#pp-province', 'hunan');
    await page.getByRole('button', { name: /^添加 古丈县/ }).click();
    await expect.poll(() => shown(w)).toEqual(['huining-2022', 'guzhang-2021']);
    // 古丈: "对每人每月低保金不足400元的，提高到400元标准发放": gap 700 − 500 = 200 < 400 → 400 × 3 = 1200.
    expect(await page.locator('#place-guzhang-2021 .hh-figures [data-calculator="dibao-benefit"] dd').textContent()).toBe('1200.00 元/户/月');
    expect(new URL(page.url()).searchParams.get('places')).toBe('huining-2022,guzhang-2021');

    const again = await phone(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => shown(again)).toEqual(['huining-2022', 'guzhang-2021']);
    expect(await again.page.locator('#place-huining-2022 .hh-figures [data-calculator="dibao-benefit"] dd').textContent()).toBe('740.00 元/户/月');
    // Back to the defaults: the parameter goes, the entries stay.
    await again.page.getByRole('button', { name: '恢复默认的地方' }).click();
    await expect.poll(() => shown(again)).toEqual(POLICIES);
    const back = new URL(again.page.url());
    expect([back.searchParams.has('places'), back.searchParams.get('perCapitaIncome')]).toEqual([false, '500']);
    await done(again);
    await done(w);
  });

  it('the table of the page as built says which documents have lapsed on the reader’s day, as a redrawn one does; removing a place keeps the keyboard on the next one', async () => {
    // 会宁 "2022—2023年" (its plan period, ended 2023-12-31) and 鹤城 "有效期5年" (from 2020-07-27) have lapsed by ?asOf=2026-06-01.
    const w = await phone('/household/?asOf=2026-06-01');
    const { page } = w;
    await expect.poll(() => page.locator('.hh-summary thead th[data-policy="huining-2022"]').textContent()).toContain('已失效');
    expect(await page.locator('.hh-summary thead th[data-policy="hecheng-2020"]').textContent()).toContain('已失效');
    expect(await page.locator('.hh-summary thead th[data-policy="guzhang-2021"]').textContent()).toBe('古丈县');
    await expect.poll(() => page.locator('#pp-add').isVisible()).toBe(true);
    await page.locator('#pp-chosen li[data-policy="guzhang-2021"] .pp-remove').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => shown(w)).toEqual(POLICIES.slice(1));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('不看云阳县');
    await done(w);
  });

  it('links: the former ?place= is read as ?places=; an unknown place is left out and said, never a blank page', async () => {
    const old = await phone('/household/?v=2&place=huining-2022');
    await expect.poll(() => shown(old)).toEqual(['huining-2022']);
    expect(new URL(old.page.url()).searchParams.get('places')).toBe('huining-2022');
    await done(old);
    const unknown = await phone('/household/?places=nowhere-2020,bad!,yuzhong-2019');
    await expect.poll(() => shown(unknown)).toEqual(['yuzhong-2019']);
    // A value not shaped like an id is counted, not repeated (a link cannot put its own words on the page); a well-formed unknown id is named.
    expect(await unknown.page.locator('#pp-note').textContent()).toBe('链接中有 1 项不是本站的文件编号，已略去。 链接中的“nowhere-2020”不是本站收录的文件，已略去。');
    expect(await unknown.page.locator('#link-notice').textContent()).toBe('');
    // The one request that fails is the unknown document's rules (a 404, reported by the browser).
    await unknown.page.waitForLoadState('networkidle');
    expect(unknown.problems.filter((p) => !p.includes('nowhere-2020') && !p.includes('404 (Not Found)'))).toEqual([]);
    unknown.problems.length = 0;
    await done(unknown);
    const none = await phone('/household/?places=nowhere-2020');
    await expect.poll(() => shown(none)).toEqual(POLICIES);
    none.problems.length = 0;
    await done(none);
  });
});
