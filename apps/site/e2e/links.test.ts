/**
 * End-to-end: links keep exactly what was entered, old links say how they were read, and results
 * that no longer answer the entries are marked out of date (issue 12, items 2 and 4).
 *
 * Round trips: for every form (each calculator, the household view, the curves) fill it — with an
 * emptied field wherever the form has one with a default — take the share link, open it in a
 * fresh page (and reload that page), and find the same entries in every field and the same
 * results (the result cards' and cells' data attributes and text). Expected figures of the issue's
 * cases are worked by hand from the documents, quotes beside them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { done, useSite, type WatchedPage } from './harness.ts';

const { visit } = useSite();

/** Set fields by name: selects by value, checkboxes by 'true' / '', text as typed. */
async function setEntries(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, v] of Object.entries(values)) {
    const el = page.locator(`#f-${name}`);
    const kind = await el.evaluate((e) => (e instanceof HTMLSelectElement ? 'select' : (e as HTMLInputElement).type));
    if (kind === 'select') await el.selectOption(v);
    else if (kind === 'checkbox') await el.setChecked(v === 'true');
    else await el.fill(v);
  }
}

/** Every field of the form as the page holds it. */
const entries = (page: Page): Promise<Record<string, string>> =>
  page.locator('#calc [name]:not([type="hidden"])').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => {
      const c = e as HTMLInputElement;
      return [c.name, c.type === 'checkbox' ? (c.checked ? 'true' : '') : c.value];
    })),
  );

/** The results on screen: each card, cell and table, by its data attributes (data-stale aside) and its text. */
const results = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('#results [data-policy], #results tr[data-calculator], #dibao-table, #temp-table, #temp-unspecified, #curves-status')).map((el) => {
      const attrs = Array.from(el.attributes).filter((a) => a.name.startsWith('data-') && a.name !== 'data-stale').map((a) => `${a.name}=${a.value}`);
      return `${el.tagName.toLowerCase()}[${attrs.join(' ')}] ${el.textContent?.replace(/\s+/g, ' ').trim()}`;
    }),
  );

/** Field errors shown, by field. */
const fieldErrors = (page: Page): Promise<Record<string, string>> =>
  page.locator('#calc .field-error').evaluateAll((els) => Object.fromEntries(els.filter((e) => e.textContent).map((e) => [e.id, e.textContent!])));

/** The page computed from the entries it shows (nothing pending, nothing out of date), or stopped at an error. */
async function settled(page: Page, state: 'fresh' | 'error' = 'fresh'): Promise<void> {
  await expect.poll(() => page.locator('#share-link').isVisible()).toBe(true);
  if (state === 'fresh') {
    await expect.poll(() => page.locator('#stale-region').textContent()).toBe('');
    expect(await page.locator('[data-stale]').count()).toBe(0);
  } else await expect.poll(() => page.locator('.stale-note').getAttribute('data-reason')).toBe('error');
}

const submit = (page: Page) => page.locator('#calc button[type="submit"]').click();
const card = (w: WatchedPage, policy: string) => w.page.locator(`#results article[data-policy="${policy}"]`);
const cell = (w: WatchedPage, calc: string, policy: string) => w.page.locator(`#results tr[data-calculator="${calc}"] td[data-policy="${policy}"]`);
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** Fill, compute, share, reopen, reload: the same entries and the same results each time. */
async function roundTrip(path: string, values: Record<string, string>, state: 'fresh' | 'error' = 'fresh') {
  const w = await visit(path);
  await setEntries(w.page, values);
  await submit(w.page);
  await settled(w.page, state);
  const before = { entries: await entries(w.page), results: await results(w.page), errors: await fieldErrors(w.page) };
  expect(before.entries).toMatchObject(values);
  if (state === 'fresh') expect(before.errors).toEqual({});
  else expect(before.errors).not.toEqual({});
  const href = (await w.page.locator('#share-link').getAttribute('href'))!;
  expect(href).toMatch(/\?v=2&/);
  expect(pathOf(w.page.url())).toBe(href); // the address bar says the same as the share link
  await done(w);

  const again = await visit(href);
  await settled(again.page, state);
  expect(await entries(again.page)).toEqual(before.entries);
  expect(await results(again.page)).toEqual(before.results);
  expect(await fieldErrors(again.page)).toEqual(before.errors);
  expect(await again.page.locator('#link-notice').textContent()).toBe('');
  expect(pathOf(again.page.url())).toBe(href);

  await again.page.reload({ waitUntil: 'load' });
  await settled(again.page, state);
  expect(await entries(again.page)).toEqual(before.entries);
  expect(await results(again.page)).toEqual(before.results);
  return again;
}

describe('a shared link reproduces the entries and the results, for every form', () => {
  const cases: [string, Record<string, string>][] = [
    ['/calculators/medical-aid/', { group: 'disabled', care: 'outpatient-major', selfPaid: '30000', aidedThisYear: '2000' }],
    ['/calculators/dibao-benefit/', { dibaoStandard: '650', perCapitaIncome: '300', members: '4', severe: '', ill: '1', disabled: '', noLaborHousehold: 'true' }],
    ['/calculators/classify/', { perCapitaIncome: '650', members: '3', severe: '', ill: '', disabled: '1' }],
    ['/calculators/temporary-aid/', { dibaoStandard: '692', persons: '2', months: '5', severity: 'major', sameCauseAidsThisYear: '1', perCapitaDisposableIncome: '12000', localPerCapitaDisposableIncome: '' }],
    ['/calculators/gradual-exit/', { dibaoStandard: '700', perCapitaIncome: '1200' }],
    ['/calculators/rent-subsidy/', { dibaoStandard: '650', monthlyRent: '550', dibaoClass: 'B', monthsSinceTemporaryAid: '2' }],
    ['/calculators/special-hardship-standard/', { dibaoStandard: '720' }],
    ['/household/', { dibaoStandard: '650', perCapitaIncome: '300', members: '4', disabled: '', ill: '1', group: '', care: 'outpatient-chronic', selfPaid: '', hardshipMonths: '', severity: 'major', monthlyRent: '450', dibaoClass: 'A' }],
    ['/compare/curves/', { dibaoStandard: '700', members: '2', disabled: '', noLaborHousehold: 'true' }],
  ];
  it.each(cases)('%s', async (path, values) => {
    await done(await roundTrip(path, values));
  });

  it('entries with errors, spaces and non-ASCII text come back exactly, with the same errors and no results claimed for them', async () => {
    const again = await roundTrip('/calculators/dibao-benefit/', { dibaoStandard: ' 600 ', perCapitaIncome: '三百五 + 1&2', members: '3', severe: '' }, 'error');
    expect(await again.page.locator('#f-perCapitaIncome').inputValue()).toBe('三百五 + 1&2');
    expect(await again.page.locator('#perCapitaIncome-error').textContent()).toContain('三百五');
    expect(await again.page.locator('#results-case').isVisible()).toBe(false);
    await done(again);
  });
});

describe('the defects of issue 12', () => {
  it('低保金 calculator, 古丈, 重度残疾 emptied: 1200.00 before and after sharing and reloading, not 1400.00', async () => {
    // 古丈 “对每人每月低保金不足400元的，提高到400元标准发放”: gap 600 − 350 = 250 per person → 400 × 3 = 1200.
    // With the 重度残疾 default of 1 coming back, “对城市低保家庭中的重病、重残对象…按照全额标准发放低保金”
    // would give 600 + 400 × 2 = 1400: the old bug.
    const again = await roundTrip('/calculators/dibao-benefit/', { dibaoStandard: '600', perCapitaIncome: '350', members: '3', severe: '', ill: '0', disabled: '1' });
    expect(await card(again, 'guzhang-2021').getAttribute('data-amount')).toBe('1200.00');
    expect(await again.page.locator('#f-severe').inputValue()).toBe('');
    expect(new URL(again.page.url()).searchParams.get('severe')).toBe('');
    await done(again);
  });

  it('household view, 会宁, 残疾 and the medical and rent sections emptied: 750.00 and no medical or rent amounts after sharing and reloading', async () => {
    // 会宁 “残疾人本人的最低生活保障金按保障标准的 20%上浮计算”: no disabled member → 3 × (600 − 350) = 750.
    // With the default 1 disabled member back: (600 × 1.2 − 350) + 2 × 250 = 870 — the old bug.
    const again = await roundTrip('/household/', { dibaoStandard: '600', perCapitaIncome: '350', members: '3', disabled: '', care: '', selfPaid: '', monthlyRent: '' });
    expect(await cell(again, 'dibao-benefit', 'huining-2022').textContent()).toBe('750.00 元/户/月');
    for (const calc of ['medical-aid', 'rent-subsidy']) {
      const statuses = await again.page.locator(`#results tr[data-calculator="${calc}"] td`).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
      expect(statuses.every((s) => s === 'missing'), `${calc}: ${statuses.join(' ')}`).toBe(true); // 未计算：需填写…
    }
    expect(await again.page.locator('#f-care').inputValue()).toBe('');
    await done(again);
  });
});

describe('old links', () => {
  it('the old household link of the issue opens with a notice naming what the old page filled in, and 会宁 750.00', async () => {
    // The old page wrote only non-empty fields: the emptied 残疾, 就医类型, 自负费用 and 租金 were left out.
    const w = await visit('/household/?dibaoStandard=600&perCapitaIncome=350&members=3&hardshipMonths=2&severity=general&dibaoClass=none');
    await settled(w.page);
    const notice = w.page.locator('#link-notice .link-notice');
    expect(await notice.locator('strong').first().textContent()).toBe('此链接来自旧版本，部分输入已按现行格式读取：');
    expect(await notice.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['disabled', 'care', 'selfPaid', 'monthlyRent']);
    expect(await notice.textContent()).toContain('不再填入示例值“住院”');
    expect(await cell(w, 'dibao-benefit', 'huining-2022').textContent()).toBe('750.00 元/户/月');
    // The address is rewritten in the current format: a reload gives the same, without the notice.
    expect(new URL(w.page.url()).searchParams.get('v')).toBe('2');
    expect(new URL(w.page.url()).searchParams.get('care')).toBe('');
    await w.page.reload({ waitUntil: 'load' });
    await settled(w.page);
    expect(await w.page.locator('#link-notice').textContent()).toBe('');
    expect(await cell(w, 'dibao-benefit', 'huining-2022').textContent()).toBe('750.00 元/户/月');
    await done(w);
  });

  it('the old 低保金 link of the issue opens with 重度残疾 empty, a notice, and 古丈 1200.00', async () => {
    const w = await visit('/calculators/dibao-benefit/?dibaoStandard=600&perCapitaIncome=350&members=3&ill=0&disabled=1');
    await settled(w.page);
    expect(await w.page.locator('#link-notice li').allTextContents()).toEqual([
      '其中重度残疾（一、二级或三级智力、精神）人数：旧链接没有写出此项（当时为空），按空白读取，不再填入示例值“1” / of whom severely disabled: not in the old link (it was empty then); read as empty, no longer as the example value “1”',
    ]);
    expect(await w.page.locator('#link-notice .en').first().getAttribute('lang')).toBe('en');
    expect(await card(w, 'guzhang-2021').getAttribute('data-amount')).toBe('1200.00');
    await done(w);
  });

  it('fields that no longer exist and choices that are no longer offered are named; a value the page no longer accepts is named too', async () => {
    const w = await visit('/calculators/medical-aid/?group=nope&care=inpatient&selfPaid=24000&oldField=1&from=singlemessage');
    await settled(w.page, 'error');
    const items = await w.page.locator('#link-notice li').allTextContents();
    expect(items[0]).toContain('链接中的 “oldField” 不是本页的输入项，已忽略');
    expect(items.join('\n')).not.toContain('singlemessage');
    expect(items[1]).toContain('救助对象类别：“nope”不是现有的选项');
    expect(await w.page.locator('#group-error').textContent()).toContain('nope');
    await done(w);

    const bad = await visit('/calculators/medical-aid/?group=dibao&care=inpatient&selfPaid=abc');
    await settled(bad.page, 'error');
    await expect.poll(() => bad.page.locator('#link-notice li[data-kind="invalid"]').textContent()).toContain('政策范围内自负费用（元/年）：旧链接中的值按现行规则有误');
    await done(bad);
  });

  it('a current link with parameters a messaging app added, or a plain address, opens without a notice', async () => {
    const w = await visit('/calculators/special-hardship-standard/?v=2&dibaoStandard=700&from=singlemessage&isappinstalled=0');
    await settled(w.page);
    expect(await w.page.locator('#link-notice').textContent()).toBe('');
    expect(await w.page.inputValue('#f-dibaoStandard')).toBe('700');
    await done(w);
    const plain = await visit('/calculators/special-hardship-standard/?from=timeline');
    expect(await plain.page.locator('#link-notice').textContent()).toBe('');
    expect(await plain.page.inputValue('#f-dibaoStandard')).toBe('600');
    expect(await plain.page.locator('#results-case').isVisible()).toBe(true);
    await done(plain);
  });
});

describe('no stale results', () => {
  /** Out of date: the banner in place of the label, the result areas (and each card) data-stale, the error at its field. */
  async function expectStale(page: Page, reason: 'error' | 'edited', areas = '#results') {
    await expect.poll(() => page.locator('.stale-note').getAttribute('data-reason')).toBe(reason);
    expect(await page.locator('.stale-note').isVisible()).toBe(true);
    expect(await page.locator('#results-case, #curves-status').first().isVisible()).toBe(false);
    for (const a of await page.locator(areas).all()) expect(await a.getAttribute('data-stale')).toBe('true');
    for (const c of await page.locator('#results .result').all()) expect(await c.getAttribute('data-stale')).toBe('true');
    expect(await page.locator('#stale-region').getAttribute('role')).toBe('status');
  }

  it('calculator: compute, then letters in 低保标准 → the results are marked 已过期 and the label is gone; fixing it computes afresh', async () => {
    const w = await visit('/calculators/dibao-benefit/');
    const { page } = w;
    await setEntries(page, { dibaoStandard: '600', perCapitaIncome: '350', members: '3', severe: '', ill: '0', disabled: '1' });
    await submit(page);
    await settled(page);
    expect(await page.locator('#results-case').textContent()).toBe('按上面的输入计算。');
    const computed = await results(page);

    await setEntries(page, { dibaoStandard: '六百abc' });
    await expectStale(page, 'edited'); // changed, not yet computed
    await page.locator('#f-dibaoStandard').press('Enter');
    await expect.poll(() => page.locator('#dibaoStandard-error').textContent()).not.toBe('');
    await expectStale(page, 'error');
    expect(await page.locator('.stale-note').textContent()).toContain('已过期：输入有误，结果未更新');
    expect(await page.locator('.stale-note .en').getAttribute('lang')).toBe('en');
    expect(await results(page)).toEqual(computed); // the old results, marked, not replaced by anything
    expect(await page.locator('#live').textContent()).toContain('需要更正');
    // The link still says exactly what was entered.
    expect(new URL(page.url()).searchParams.get('dibaoStandard')).toBe('六百abc');

    await setEntries(page, { dibaoStandard: '700' });
    await page.locator('#f-dibaoStandard').press('Enter');
    await settled(page);
    expect(await page.locator('#results-case').isVisible()).toBe(true);
    expect(await page.locator('#results-case').textContent()).toBe('按上面的输入计算。');
    expect(await page.locator('#dibaoStandard-error').textContent()).toBe('');
    // 古丈: gap 700 − 350 = 350 per person, under 400 → 400 × 3 = 1200; 鹤城 sets no figure: 350 × 3 = 1050.
    expect(await card(w, 'hecheng-2020').getAttribute('data-amount')).toBe('1050.00');
    await done(w);
  });

  it('calculator: an edit not yet computed marks the results; undoing it unmarks them', async () => {
    const w = await visit('/calculators/medical-aid/');
    const { page } = w;
    await setEntries(page, { selfPaid: '30000' });
    await expectStale(page, 'edited');
    expect(await page.locator('.stale-note').textContent()).toContain('请按“计算”');
    await setEntries(page, { selfPaid: '24000' });
    await expect.poll(() => page.locator('.stale-note').count()).toBe(0);
    expect(await page.locator('#results-case').isVisible()).toBe(true);
    expect(await page.locator('[data-stale]').count()).toBe(0);
    await done(w);
  });

  it('an error on the first computation of the page marks the example results too', async () => {
    const w = await visit('/calculators/gradual-exit/');
    await setEntries(w.page, { perCapitaIncome: '' });
    await submit(w.page);
    await expectStale(w.page, 'error');
    expect(await w.page.locator('#perCapitaIncome-error').textContent()).toContain('请填写');
    await done(w);
  });

  it('household view: compute, break 低保标准, the table is marked 已过期; fixing it computes afresh', async () => {
    const w = await visit('/household/');
    const { page } = w;
    await setEntries(page, { dibaoStandard: '600', perCapitaIncome: '350', members: '3', disabled: '' });
    await submit(page);
    await settled(page);
    expect(await cell(w, 'dibao-benefit', 'huining-2022').textContent()).toBe('750.00 元/户/月');
    await setEntries(page, { dibaoStandard: 'abc' });
    await submit(page);
    await expect.poll(() => page.locator('#dibaoStandard-error').textContent()).not.toBe('');
    await expectStale(page, 'error');
    expect(await cell(w, 'dibao-benefit', 'huining-2022').textContent()).toBe('750.00 元/户/月'); // kept, but marked
    await setEntries(page, { dibaoStandard: '700' });
    await submit(page);
    await settled(page);
    expect(await page.locator('#results-case').textContent()).toBe('按上面填写的家庭情况对照。');
    // 会宁, no disabled member: 3 × (700 − 350) = 1050.
    expect(await cell(w, 'dibao-benefit', 'huining-2022').textContent()).toBe('1050.00 元/户/月');
    await done(w);
  });

  it('curves: a bad standard marks both charts and their tables, and hides the 当前 line', async () => {
    const w = await visit('/compare/curves/');
    await setEntries(w.page, { dibaoStandard: 'x' });
    await submit(w.page);
    await expectStale(w.page, 'error', '#dibao-figure, #temp-figure, .table-scroll');
    await setEntries(w.page, { dibaoStandard: '650' });
    await submit(w.page);
    await settled(w.page);
    expect(await w.page.locator('#curves-status').isVisible()).toBe(true);
    await done(w);
  });
});
