/**
 * Search relevance: what people type, and the top three results they should see. The expected pages
 * are worked out from the documents (the clause each rule is quoted from is named beside it), not read
 * off the search; a case lists the page(s) that must be in the top three, or a pattern every one of the
 * top three must fit. Run on a phone-sized window, where the first result must be visible without
 * scrolling.
 */
import { describe, expect, it } from 'vitest';
import { done, useSite } from './harness.ts';
import { checkTopThree, type SearchCase } from './search-cases.ts';

const { visit } = useSite();

const P = (policy: string, provision?: string): string => `/policies/${policy}/${provision ? `p/${provision}/` : ''}`;

const CASES: SearchCase[] = [
  {
    q: '医疗救助 会宁',
    why: '会宁 三（二）: 特困人员、低保对象住院及门诊慢特病个人自付部分按不低于70%比例救助 — its one 医疗救助 rule with a figure',
    first: P('huining-2022', 'medical.classified-aid.ratio'),
    all3: /^\/policies\/huining-2022\//,
    says: '只看会宁县的结果',
  },
  { q: '起付线 古丈', why: '古丈 §4.3: 对城市低保对象设起付线4000元', inTop3: [P('guzhang-2021', 'medical.inpatient.dibao.threshold')], all3: /^\/policies\/guzhang-2021\/p\/medical\.[^/]*threshold/ },
  { q: '住院 起付线 古丈', why: '古丈 §4.3: 低保对象住院起付线4000元; 低收入家庭等住院起付线1万元', inTop3: [P('guzhang-2021', 'medical.inpatient.dibao.threshold'), P('guzhang-2021', 'medical.inpatient.low-income.threshold')] },
  { q: '起付钱', why: 'a misspelling of 起付线: every top result is a 起付线 (threshold) rule', all3: /\/p\/medical\.[^/]*threshold/, says: '已按“起付线”检索' },
  { q: '低报', why: 'a misspelling of 低保', says: '已按“低保”检索', all3: /^\/policies\// },
  {
    q: '低保',
    why: '社会救助暂行办法 第九条 writes 最低生活保障, never 低保: found through the synonym',
    inTop3: [P('shehui-jiuzhu-2014', 'eligibility.dibao-income-test')],
    says: '同时检索了：最低生活保障',
  },
  { q: '最低生活保障', why: '暂行办法 第九条: 人均收入低于当地最低生活保障标准的家庭，给予最低生活保障', inTop3: [P('shehui-jiuzhu-2014', 'eligibility.dibao-income-test')] },
  { q: '临救', why: 'short for 临时救助; 古丈 §4.6: 临时救助按每户2000至4000元', all3: /\/p\/[^/]*temporary-aid/, says: '已按“临时救助”检索' },
  { q: '临时救助 云阳', why: '云阳 二（四）: 临时救助分类分档实施标准', inTop3: [P('yunyang-2019', 'temporary-aid.tiered-standards')], all3: /^\/policies\/yunyang-2019\/p\/temporary-aid\./ },
  { q: '医救 古丈', why: 'short for 医疗救助; 古丈 §4.3 is its 医疗救助 clause', all3: /^\/policies\/guzhang-2021\/p\/medical\./, says: '已按“医疗救助”检索' },
  // (会宁 二（三）4 "按照不低于70%比例实施分类医疗救助" names 特困人员 among its groups: a rule for them too)
  { q: '特困供养', why: 'the documents say 特困人员: 古丈 §4.3 特困人员住院自负费用按100%救助', inTop3: [P('guzhang-2021', 'medical.inpatient.tekun.ratio')], first: P('guzhang-2021', 'medical.outpatient.tekun.ratio') },
  { q: '五保', why: 'the former name of 特困人员供养', inTop3: [P('guzhang-2021', 'medical.inpatient.tekun.ratio')], says: '已按“特困”检索' },
  { q: '渝中', why: 'a place named alone: its document first', first: P('yuzhong-2019') },
  { q: '会宁', why: 'a place named alone: its document first', first: P('huining-2022') },
  { q: '残疾人 两项补贴 古丈', why: '古丈 §4.1: 困难残疾人生活补贴和重度残疾人护理补贴提高到每人每月120元', first: P('guzhang-2021', 'disability.two-subsidies') },
  { q: '封顶线 古丈', why: 'everyday word for 救助限额; 古丈 §4.3: 低保对象住院年度救助限额5万元 and the other caps', all3: /^\/policies\/guzhang-2021\/p\/medical\.[^/]*cap/, says: '已按“限额”检索' },
  { q: '渐退', why: '古丈 §4.5 渐退期一年; 会宁 渐退期不超过6个月', inTop3: [P('guzhang-2021', 'employment.gradual-exit.duration'), P('huining-2022', 'employment.gradual-exit.duration')] },
  { q: '户口 渝中', why: '户口 = 户籍; 渝中 一: 救助帮扶对象须户籍在渝中', inTop3: [P('yuzhong-2019', 'eligibility.residency')] },
  { q: '租房补贴', why: 'the documents say 租赁补贴 (会宁, 渝中, 云阳, 鹤城 housing clauses)', all3: /\/p\/housing\./, says: '已按“租赁补贴”检索' },
];

describe('search relevance: the top three for what people type', () => {
  it('has at least 15 queries', () => expect(CASES.length).toBeGreaterThanOrEqual(15));

  for (const c of CASES) {
    it(`${c.q} — ${c.why}`, async () => {
      const w = await visit(`/search/?q=${encodeURIComponent(c.q)}`);
      await w.page.setViewportSize({ width: 390, height: 844 });
      const first = await checkTopThree(w.page, c);
      // On a phone the first result is on screen without scrolling.
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      await done(w);
    });
  }

  it('a query with nothing to find says so and offers terms, never an empty page', async () => {
    const w = await visit(`/search/?q=${encodeURIComponent('起付钱钱钱钱')}`);
    await w.page.waitForFunction(() => /找到|没有/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await w.page.locator('body').innerText()).not.toContain('NaN');
    await done(w);
  });

  it('a nonsense query finds nothing and suggests documents’ words sharing a character', async () => {
    const w = await visit(`/search/?q=${encodeURIComponent('起飞')}`);
    await w.page.waitForFunction(() => /没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    const offer = await w.page.locator('#search-status a').allTextContents();
    expect(offer).toContain('起付线');
    await done(w);
  });
});
