/**
 * End-to-end: the built site in Chromium. Expected values are worked by hand from 《古丈县城市特殊
 * 困难群体帮扶工作实施方案（试行）》§4.3: "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，
 * 年度救助限额5万元" → selfPaid 24000: (24000 − 4000) × 70% = 14000.00 元 (under the 50000 cap);
 * 会宁 "救助比例不低于70%" with no threshold → at least 24000 × 70% = 16800.00 元.
 */
import { describe, expect, it } from 'vitest';
import { done, useSite, type WatchedPage } from './harness.ts';

const { visit, site: served } = useSite();


describe('document → provision', () => {
  it('clicking 4000元 in §4.3 of guzhang-2021 lands on the provision page: 起付线 4000', async () => {
    const w = await visit('/policies/guzhang-2021/');
    const { page } = w;
    // One script: the document's status on today's date (its budget is in test/weight.test.ts).
    expect(await page.locator('script').count()).toBe(1);
    const clause = page.locator('section.clause[id="4.3"]');
    await expect.poll(() => clause.count()).toBe(1);
    await page.goto(`${served().base}/policies/guzhang-2021/#4.3`);
    const fig = clause.locator('a.fig', { hasText: /^4000元$/ }).first();
    expect(await fig.getAttribute('title')).toContain('4000');
    await Promise.all([page.waitForURL(/\/p\/medical\.inpatient\.dibao\.threshold\/$/), fig.click()]);
    const headline = (await page.locator('.value-headline').textContent()) ?? '';
    expect(headline).toContain('起付线');
    expect(headline).toContain('4000');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    // And back to the clause.
    const back = page.locator('a[href="/policies/guzhang-2021/#4.3"]').first();
    await Promise.all([page.waitForURL(/\/policies\/guzhang-2021\/#4\.3$/), back.click()]);
    await done(w);
  });
});

describe('medical-aid calculator, five places', () => {
  const card = (w: WatchedPage, policy: string) => w.page.locator(`#results article[data-policy="${policy}"]`);

  it('dibao, inpatient, selfPaid 24000 → 古丈 14000.00 元, with steps linked to provisions; the URL is shareable', async () => {
    const w = await visit('/calculators/medical-aid/');
    const { page } = w;
    await page.selectOption('#f-group', 'dibao');
    await page.selectOption('#f-care', 'inpatient');
    await page.fill('#f-selfPaid', '24000');
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('按上面的输入计算。');
    const guzhang = card(w, 'guzhang-2021');
    expect(await guzhang.locator('.result-amount').textContent()).toBe('14000.00 元');
    expect(await guzhang.locator('.result-status').textContent()).toContain('已算出');
    const stepsText = (await guzhang.locator('.steps').textContent()) ?? '';
    // max(24000 − 4000, 0) in words a reader knows
    expect(stepsText).toContain('较大值（24000 − 4000，0） = 20000');
    // The rule cited by the document's clause number and its summary, not its id (古丈 四、（三）“对城市低保对象设起付线4000元”)
    expect(stepsText).toContain('依据：古丈县 四、（三） 低保对象住院救助起付线4000元');
    // What to do next, from 古丈's own procedure: 三、（一）个人申请 “向户籍所在地乡镇、村（社区）提出帮扶申请”
    expect(await guzhang.locator('.next-steps').textContent()).toContain('个人向户籍所在地乡镇、村（社区）提出帮扶申请（三、（一））');
    expect(stepsText).toContain('20000 × 0.7 = 14000');
    expect(await guzhang.locator('.steps a[href="/policies/guzhang-2021/p/medical.inpatient.dibao.threshold/"]').count()).toBe(1);
    expect(await guzhang.locator('a[href="/policies/guzhang-2021/#4.3"]').count()).toBeGreaterThan(0);
    // 会宁 "救助比例不低于70%", no threshold: at least 24000 × 0.7 = 16800
    expect(await card(w, 'huining-2022').locator('.result-amount').textContent()).toBe('不低于 16800.00 元');
    expect(await page.locator('#live').textContent()).toContain('古丈县 14000.00 元');
    const url = new URL(page.url());
    expect(url.searchParams.get('selfPaid')).toBe('24000');
    expect(url.searchParams.get('group')).toBe('dibao');

    // The shared URL reproduces the result on load.
    await page.goto(page.url());
    await expect.poll(() => page.locator('#results-case').textContent()).toBe('按上面的输入计算。');
    expect(await card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('14000.00 元');
    expect(await page.inputValue('#f-selfPaid')).toBe('24000');
    expect(await page.inputValue('#f-group')).toBe('dibao');
    await done(w);
  });

  it('selfPaid "-5" → a bilingual field error next to the field, no NaN, the entry kept', async () => {
    const w = await visit('/calculators/medical-aid/?group=dibao&care=inpatient&selfPaid=24000');
    const { page } = w;
    await expect.poll(() => card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('14000.00 元');
    await page.fill('#f-selfPaid', '-5');
    await page.locator('#f-selfPaid').press('Enter');
    const error = page.locator('#selfPaid-error');
    await expect.poll(() => error.textContent()).toMatch(/负数/);
    expect(await error.textContent()).toMatch(/negative/);
    expect(await page.getAttribute('#f-selfPaid', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-selfPaid', 'aria-describedby')).toContain('selfPaid-error');
    expect(await page.inputValue('#f-selfPaid')).toBe('-5');
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    expect(await page.locator('#live').textContent()).toContain('需要更正');

    // Fixing the entry clears the error. "设起付线4000元": 3000 is under the threshold → 0.00
    await page.fill('#f-selfPaid', '3000');
    await page.locator('#f-selfPaid').press('Enter');
    await expect.poll(() => card(w, 'guzhang-2021').locator('.result-amount').textContent()).toBe('0.00 元');
    expect(await error.textContent()).toBe('');
    expect(await page.getAttribute('#f-selfPaid', 'aria-invalid')).toBeNull();
    await done(w);
  });

  it('a case the text does not quantify is reported as 文件未规定 with the clauses that speak of it; an unknown group in the URL is a field error', async () => {
    // 古丈 §4.3 sets inpatient ratios for 特困/孤儿/事实无人抚养儿童, 低保, and 低收入/特殊困难职工/其他特殊困难群体
    // (read as taking in 困难残疾人 and 计划生育特殊困难家庭) — none for 支出型困难家庭, which it does not name.
    const w = await visit('/calculators/medical-aid/?group=expenditure-hardship&care=inpatient&selfPaid=5000');
    const { page } = w;
    await expect.poll(() => card(w, 'guzhang-2021').getAttribute('data-status')).toBe('not-specified');
    expect(await card(w, 'guzhang-2021').locator('.result-status').textContent()).toContain('文件未规定');
    expect(await card(w, 'guzhang-2021').locator('.result-amount').count()).toBe(0);
    expect(await card(w, 'guzhang-2021').locator('.result-reason a[href="/policies/guzhang-2021/#4.3"]').count()).toBe(1);

    await page.goto(`${served().base}/calculators/medical-aid/?group=nope&care=inpatient&selfPaid=1e5`);
    await expect.poll(() => page.locator('#group-error').textContent()).toContain('nope');
    expect(await page.locator('#selfPaid-error').textContent()).toMatch(/不是有效的金额/);
    expect(await page.locator('#results-case').textContent()).not.toBe('按上面的输入计算。');
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    await done(w);
  });

  it('asks whether the illness is a 重特大疾病 where a tier is limited to them (古丈 §4.3, third inpatient tier)', async () => {
    // "对低收入家庭、特殊困难职工及其他特殊困难群体按医保政策规定的重特大疾病进行救助，起付线1万元，个人自负费用按50%的比例救助，年度救助限额3万元"
    // (50000 − 10000) × 0.5 = 20000.00 for such a disease; for another illness the plan sets no inpatient aid.
    const yes = await visit('/calculators/medical-aid/?group=low-income&care=inpatient&selfPaid=50000&majorDisease=true');
    await expect.poll(() => card(yes, 'guzhang-2021').getAttribute('data-status')).toBe('computed');
    expect(await card(yes, 'guzhang-2021').locator('.result-amount').textContent()).toBe('20000.00 元');
    await done(yes);
    const no = await visit('/calculators/medical-aid/?group=low-income&care=inpatient&selfPaid=50000&majorDisease=false');
    await expect.poll(() => card(no, 'guzhang-2021').getAttribute('data-status')).toBe('not-specified');
    expect(await card(no, 'guzhang-2021').innerText()).toContain('重特大疾病');
    await done(no);
  });

  it('is keyboard usable: every field is reachable with Tab and the form submits with Enter', async () => {
    const w = await visit('/calculators/medical-aid/');
    const { page } = w;
    await page.locator('#f-group').focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      order.push((await page.evaluate(() => document.activeElement?.id)) ?? '');
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(['f-group', 'f-care', 'f-selfPaid', 'f-aidedThisYear']);
    await page.locator('#f-selfPaid').fill('');
    await page.locator('#f-selfPaid').focus();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#selfPaid-error').textContent()).toMatch(/不是有效的金额/);
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    await done(w);
  });
});

describe('search', () => {
  async function results(query: string): Promise<{ w: WatchedPage; links: string[]; excerpts: string[] }> {
    const w = await visit(`/search/?q=${encodeURIComponent(query)}`);
    const { page } = w;
    await page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    const links = await page.locator('.search-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const excerpts = await page.locator('.search-excerpt').allTextContents();
    return { w, links, excerpts };
  }

  for (const query of ['起付线', '住院']) {
    it(`${query}: results link to document or provision pages whose text contains ${query}`, async () => {
      const { w, links, excerpts } = await results(query);
      expect(links.length).toBeGreaterThan(0);
      expect(await w.page.inputValue('#q')).toBe(query);
      // Relevance, not just presence: every result is a document or provision page containing the
      // whole term (or, for 起付线, the national wording 起付标准), and the excerpts show it.
      const terms = query === '起付线' ? ['起付线', '起付标准'] : [query];
      for (const href of links) {
        const u = new URL(href);
        expect(u.pathname).toMatch(/^\/policies\/[^/]+\/(p\/[^/]+\/)?$/);
        const html = await (await fetch(`${served().base}${u.pathname}`)).text();
        expect(terms.some((t) => html.replace(/<[^>]+>/g, '').includes(t)), u.pathname).toBe(true);
      }
      // No result matched on lone characters (e.g. 起 in 发起 for 起付线).
      for (const e of excerpts) expect(terms.some((t) => e.includes(t)), e).toBe(true);
      await done(w);
    });
  }

  it('filters by document, area and kind of page: 起付线 in 医疗救助 provisions of 古丈 are all threshold provisions of that document', async () => {
    const w = await visit('/search/');
    // A string, so the test runner does not rewrite the page's dynamic import.
    const urls = (await w.page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const r = await pagefind.search('"起付线"', { filters: { 文件: '古丈县', 领域: '医疗救助', 类别: '编码规定' } });
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    })()`)) as string[];
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) expect(u).toMatch(/^\/policies\/guzhang-2021\/p\/medical\.[^/]+\/$/);
    // 古丈 §4.3 "对城市低保对象设起付线4000元"
    expect(urls).toContain('/policies/guzhang-2021/p/medical.inpatient.dibao.threshold/');
    await done(w);
  });

  it('the place and kind pickers filter, and are kept in the URL', async () => {
    const w = await visit(`/search/?q=${encodeURIComponent('起付线')}`);
    const { page } = w;
    await page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    await page.selectOption('#f-place', '古丈县');
    await page.selectOption('#f-kind', '编码规定');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('古丈县');
    await expect.poll(async () => (await page.locator('.search-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).every((p) => p.startsWith('/policies/guzhang-2021/p/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('编码规定');
    // Reloading the URL gives the same state.
    await page.reload();
    expect(await page.inputValue('#f-place')).toBe('古丈县');
    await page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    await done(w);
  });

  it('the header form on any page leads to results', async () => {
    const w = await visit('/');
    const { page } = w;
    await page.fill('#header-q', '起付线');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#header-q').press('Enter')]);
    await page.locator('.search-title a').first().waitFor({ timeout: 20_000 });
    await done(w);
  });
});

describe('every kind of page', () => {
  const documents = ['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'].map((id) => `/policies/${id}/`);
  for (const path of ['/', '/policies/', ...documents, '/calculators/', '/policies/guzhang-2021/p/medical.inpatient.dibao.cap/', '/search/']) {
    it(`${path} loads without console errors and has one <main> with an <h1>`, async () => {
      const w = await visit(path);
      expect(await w.page.locator('main').count()).toBe(1);
      expect(await w.page.locator('main h1').count()).toBeGreaterThan(0);
      expect(await w.page.title()).toContain('帮扶政策对照');
      await done(w);
    });
  }

  it('the skip link is the first Tab stop and moves focus to <main>', async () => {
    const w = await visit('/policies/guzhang-2021/');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await done(w);
  });
});
