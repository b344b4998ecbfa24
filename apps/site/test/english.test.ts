/**
 * The English edition (/en/): the same documents and provisions as the Chinese pages, in English
 * around the documents' own Chinese words. Checked from dist/:
 *  - every document and every current provision has its English page, `<html lang="en">`, no script;
 *  - the Chinese words are marked lang="zh": quotes, the document text; and nothing Chinese is shown
 *    outside a lang="zh" element (plain-chinese.test.ts, reversed);
 *  - the English said about a provision is the encoding's (`summary.en`, `describeValue(p).en`, the
 *    interpretation note's `encoded`), beside the clause it comes from;
 *  - the language switch keeps the place: document ↔ document, provision ↔ provision, a clause's own
 *    switch ↔ the same clause anchor (which exists on the other page); a Chinese page with no twin
 *    links to /en/;
 *  - the English document and provision pages are Pagefind's English index (data-pagefind-body on
 *    <html lang="en"> pages), searched from /en/search/; their Chinese quotes are left to the Chinese index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREA_IDS, CALCULATOR_IDS, calculators, describeValue, nationalList, policyList } from '@bangfu/sdk';
import { assertBuilt, DIST, fileFor, htmlPages, ids, read } from './dist.ts';
import { splitHan, twinPath } from '../src/lib/i18n.ts';
import { FORM_WORDS_EN } from '../src/lib/i18n-calc.ts';
import { FORMS, HOUSEHOLD_SECTIONS } from '../src/lib/calc-forms.ts';
import { jsFilesOf } from './routes.ts';
import { attr, parseHtml, visibleText, type PNode } from './visible-text.ts';

beforeAll(assertBuilt);

const HAN = /[\u3400-\u9fff]/;
const doc = parseHtml;

/**
 * What a reader sees of the page body (text runs, shown attributes) outside elements marked lang="zh".
 * The <title> and description cannot mark a language inside them; they are checked apart (below).
 */
const textOutsideZh = (html: string): string[] => visibleText(html, { outside: 'zh' });

function all(n: PNode, pred: (n: PNode) => boolean, out: PNode[] = []): PNode[] {
  if (pred(n)) out.push(n);
  for (const c of n.childNodes ?? []) all(c, pred, out);
  return out;
}
const textOf = (n: PNode): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
/** The nearest lang attribute of an element or its ancestors. */
const langOf = (n: PNode | undefined): string | undefined => (n ? (attr(n, 'lang') ?? langOf(n.parentNode)) : undefined);
/** The language switch links of a page (the header's and, on English document pages, each clause's). */
const switches = (html: string) => all(doc(html), (n) => !!attr(n, 'data-lang-switch'));
const headerSwitch = (html: string) => switches(html).find((n) => !attr(n, 'data-clause-switch'));

const docs = [...policyList(), ...nationalList()];
/** The English pages that take entries and run a script: the household view and each calculator. */
const ENTRY_PAGES = ['/en/household/', ...CALCULATOR_IDS.map((id) => `/en/calculators/${id}/`)];
const enPages = htmlPages().filter((p) => p.startsWith('/en/'));

describe('the English pages exist', () => {
  it('home and the documents list', () => {
    expect(existsSync(fileFor('/en/'))).toBe(true);
    expect(existsSync(fileFor('/en/policies/'))).toBe(true);
  });

  it(`a page for each of the ${docs.length} documents and each of their current provisions`, () => {
    let n = 0;
    for (const policy of docs) {
      expect(existsSync(fileFor(`/en/policies/${policy.id}/`)), policy.id).toBe(true);
      for (const p of policy.provisions) {
        expect(existsSync(fileFor(`/en/policies/${policy.id}/p/${p.id}/`)), `${policy.id}:${p.id}`).toBe(true);
        n++;
      }
    }
    // 2 lists + search + the documents + their provisions, a province's list of documents (each page of it,
    // lib/doc-lists.ts), the comparison pages (index, one per area, curves) and the downloads, the calculators
    // (list, each calculator, the household view), and nothing else under /en/.
    expect(existsSync(fileFor('/en/search/'))).toBe(true);
    const regions = enPages.filter((p) => /^\/en\/policies\/region\/[a-z0-9-]+\/(?:\d+\/)?$/.test(p));
    expect(regions.length).toBeGreaterThanOrEqual(3);
    expect(enPages.length).toBe(3 + docs.length + n + regions.length + 1 + AREA_IDS.length + 1 + 1 + ENTRY_PAGES.length + 1);
  });

  it('every English page is <html lang="en">, ships no script but search, the comparison tables, curves and downloads (their place picker) and the pages of entries, and its documents and provisions are the English index', () => {
    expect(enPages.length).toBeGreaterThan(100);
    const indexed = /^\/en\/policies\/[^/]+\/(p\/[^/]+\/)?$/;
    for (const page of enPages) {
      const html = read(page);
      expect(html, page).toMatch(/<html lang="en"/);
      expect(/<script\b/i.test(html), page).toBe(page === '/en/search/' || ENTRY_PAGES.includes(page) || /^\/en\/(compare\/[^/]+|data)\/$/.test(page));
      expect(html.includes('data-pagefind-body'), page).toBe(indexed.test(page));
    }
    // The quote of a provision is the Chinese index's, not the English one's.
    expect(read('/en/policies/guzhang-2021/p/medical.inpatient.tekun.threshold/')).toMatch(/<blockquote[^>]*lang="zh"[^>]*data-pagefind-ignore/);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).filter((l) => l.startsWith('en'))).toEqual(['en']);
  });
});

describe('Chinese only inside lang="zh"', () => {
  it('no page of the English edition shows a Chinese character outside an element marked lang="zh"', () => {
    const offenders: string[] = [];
    for (const page of enPages) {
      for (const s of textOutsideZh(read(page))) if (HAN.test(s)) offenders.push(`${page}: ${s.slice(0, 80)}`);
    }
    expect(offenders.slice(0, 20)).toEqual([]);
  });

  it('a title or description shows Chinese only where the encoding’s English has it (a unit: 元)', () => {
    const allowed = new Set(docs.flatMap((pol) => pol.provisions.flatMap((p) => [...`${p.summary.en}${describeValue(p).en}`].filter((c) => HAN.test(c)))));
    for (const page of enPages) {
      const html = read(page);
      const head = `${/<title>([^<]*)<\/title>/.exec(html)?.[1]}${/<meta name="description" content="([^"]*)"/.exec(html)?.[1]}`;
      const han = [...head].filter((c) => HAN.test(c) && !allowed.has(c));
      expect(han, page).toEqual([]);
    }
  });

  it('the scan sees Chinese where it is not marked, and not where it is', () => {
    expect(textOutsideZh('<p>Threshold <span lang="zh">起付线</span></p>')).toEqual(['Threshold']);
    expect(textOutsideZh('<p title="起付线">Threshold 起付线</p>').filter((s) => HAN.test(s))).toHaveLength(2);
  });

  it('mixed English text is split into Chinese and other runs', () => {
    expect(splitHan('3 × 低保标准 per year')).toEqual([
      { zh: false, text: '3 × ' },
      { zh: true, text: '低保标准' },
      { zh: false, text: ' per year' },
    ]);
  });
});

describe('a provision page', () => {
  const policy = policyList().find((p) => p.id === 'guzhang-2021')!;
  // 古丈 四、（三）: “对城市特困人员、孤儿、事实无人抚养儿童住院医疗救助不设起付线” — no threshold.
  const p = policy.provisions.find((x) => x.id === 'medical.inpatient.tekun.threshold')!;
  const html = read(`/en/policies/guzhang-2021/p/${p.id}/`);
  const root = doc(html);

  it('has the English summary as its heading and the value in English', () => {
    const h1 = all(root, (n) => n.tagName === 'h1')[0]!;
    expect(textOf(h1).trim()).toBe(p.summary.en);
    expect(describeValue(p).en).toBe('no threshold');
    expect(textOf(all(root, (n) => attr(n, 'class') === 'value-headline')[0]!).trim()).toBe('no threshold');
  });

  it('quotes the document in Chinese, marked lang="zh", and links to its clause on the English document page', () => {
    const quote = all(root, (n) => n.tagName === 'blockquote')[0]!;
    expect(attr(quote, 'lang')).toBe('zh');
    expect(textOf(quote).trim()).toBe(p.quote);
    expect(p.clause).toBe('4.3');
    expect(html).toContain('href="/en/policies/guzhang-2021/#4.3"');
  });

  it('every provision page quotes its provision in a lang="zh" blockquote', () => {
    for (const policy of docs)
      for (const pr of policy.provisions) {
        const q = all(doc(read(`/en/policies/${policy.id}/p/${pr.id}/`)), (n) => n.tagName === 'blockquote')[0]!;
        expect(attr(q, 'lang'), `${policy.id}:${pr.id}`).toBe('zh');
        expect(textOf(q).replace(/\s+/g, ''), `${policy.id}:${pr.id}`).toBe(pr.quote.replace(/\s+/g, ''));
      }
  });
});

describe('a document page', () => {
  it('keeps the document text in Chinese (lang="zh") and puts each provision’s English summary in the clause it comes from', () => {
    for (const policy of policyList()) {
      const root = doc(read(`/en/policies/${policy.id}/`));
      const article = all(root, (n) => n.tagName === 'article')[0]!;
      expect(attr(article, 'lang'), policy.id).toBe('zh');
      const sections = new Map(all(article, (n) => n.tagName === 'section' && attr(n, 'class') === 'clause').map((s) => [attr(s, 'id')!, s]));
      for (const p of policy.provisions) {
        const section = sections.get(p.clause);
        expect(section, `${policy.id}:${p.id} clause ${p.clause}`).toBeDefined();
        const item = all(section!, (n) => n.tagName === 'li' && attr(n, 'data-provision') === p.id)[0];
        expect(item, `${policy.id}:${p.id}`).toBeDefined();
        expect(langOf(item), `${policy.id}:${p.id}`).toBe('en');
        const t = textOf(item!).replace(/\s+/g, ' ');
        expect(t, `${policy.id}:${p.id}`).toContain(p.summary.en);
        expect(t, `${policy.id}:${p.id}`).toContain(describeValue(p).en);
        if (p.interpretation) expect(t, `${policy.id}:${p.id}`).toContain(p.interpretation.encoded);
      }
    }
  });

  it('古丈 四、（三）: the English beside the clause is the encoding’s, the text beside it the document’s', () => {
    const root = doc(read('/en/policies/guzhang-2021/'));
    const s = all(root, (n) => n.tagName === 'section' && attr(n, 'id') === '4.3')[0]!;
    const anchor = all(s, (n) => attr(n, 'class') === 'clause-anchor')[0]!;
    expect(textOf(anchor)).toBe('四、（三）');
    expect(textOf(s)).toContain('加大医疗保障帮扶力度');
    expect(textOf(s)).toContain('No inpatient threshold for tekun, orphans and unsupported children: no threshold');
    expect(textOf(s)).toContain('对城市低保对象设起付线4000元');
  });
});

describe('the language switch keeps the place', () => {
  it('every page has one header switch; every English page’s leads back to Chinese', () => {
    for (const page of htmlPages()) {
      const html = read(page);
      const sw = headerSwitch(html);
      expect(sw, page).toBeDefined();
      expect(attr(sw!, 'href'), page).toBe(twinPath(page));
    }
  });

  it('document ↔ document, provision ↔ provision, list ↔ list, home ↔ home, search ↔ search', () => {
    const pairs: [string, string][] = [
      ['/', '/en/'],
      ['/policies/', '/en/policies/'],
      ['/policies/guzhang-2021/', '/en/policies/guzhang-2021/'],
      ['/policies/guzhang-2021/p/medical.inpatient.tekun.threshold/', '/en/policies/guzhang-2021/p/medical.inpatient.tekun.threshold/'],
      ['/policies/shehui-jiuzhu-2014/', '/en/policies/shehui-jiuzhu-2014/'],
      ['/calculators/', '/en/calculators/'],
      ['/household/', '/en/household/'],
      ...CALCULATOR_IDS.map((id) => [`/calculators/${id}/`, `/en/calculators/${id}/`] as [string, string]),
      ['/compare/', '/en/compare/'],
      ...AREA_IDS.map((a): [string, string] => [`/compare/${a}/`, `/en/compare/${a}/`]),
      ['/compare/curves/', '/en/compare/curves/'],
      ['/data/', '/en/data/'],
      ['/search/', '/en/search/'],
    ];
    for (const [zh, en] of pairs) {
      expect(attr(headerSwitch(read(zh))!, 'href'), zh).toBe(en);
      expect(attr(headerSwitch(read(en))!, 'href'), en).toBe(zh);
    }
  });

  it('a Chinese page with no English twin links to /en/; a former provision id’s page too', () => {
    for (const zh of ['/about/']) {
      expect(attr(headerSwitch(read(zh))!, 'href'), zh).toBe('/en/');
    }
    const moved = docs.flatMap((pol) => pol.provisions.flatMap((p) => (p.formerly ?? []).map((old) => `/policies/${pol.id}/p/${old}/`)));
    for (const zh of moved) expect(attr(headerSwitch(read(zh))!, 'href'), zh).toBe('/en/');
  });

  it('each clause of an English document page links to the same clause anchor of the Chinese page, which exists there', () => {
    for (const policy of docs) {
      const enHtml = read(`/en/policies/${policy.id}/`);
      const zhIds = ids(read(`/policies/${policy.id}/`));
      const clauseSwitches = switches(enHtml).filter((n) => attr(n, 'data-clause-switch'));
      const sections = all(doc(enHtml), (n) => n.tagName === 'section' && attr(n, 'class') === 'clause');
      expect(clauseSwitches.length, policy.id).toBe(sections.length);
      for (const sw of clauseSwitches) {
        const id = attr(sw, 'data-clause-switch')!;
        expect(attr(sw, 'href')).toBe(`/policies/${policy.id}/#${id}`);
        expect(zhIds.has(id), `${policy.id} #${id}`).toBe(true);
      }
    }
  });
});

/** The result cards and the household's figures of a page, by place and calculator: what a test compares across the editions. */
function figures(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  const root = doc(html);
  for (const a of all(root, (n) => n.tagName === 'article' && (attr(n, 'class') ?? '').startsWith('result'))) {
    const h3 = textOf(all(a, (n) => n.tagName === 'h3')[0]!);
    out[`card ${attr(a, 'data-policy')} ${h3}`] = ['data-status', 'data-amount', 'data-min', 'data-max'].map((k) => attr(a, k) ?? '').join('|');
  }
  for (const p of all(root, (n) => n.tagName === 'section' && attr(n, 'class') === 'hh-place'))
    for (const d of all(p, (n) => n.tagName === 'div' && !!attr(n, 'data-calculator'))) out[`place ${attr(p, 'data-policy')} ${attr(d, 'data-calculator')}`] = attr(d, 'data-status')!;
  return out;
}
/** The same keys with the card headings (place names, calculator titles) in one language. */
const byOrder = (f: Record<string, string>) => Object.values(f);

describe('the household view and the calculators in English', () => {
  it('the household view: the same example, the same figures as the Chinese page, place by place', () => {
    const zh = figures(read('/household/'));
    const en = figures(read('/en/household/'));
    expect(Object.keys(en).filter((k) => k.startsWith('place ')).length).toBe(policyList().length * CALCULATOR_IDS.length);
    expect(byOrder(en)).toEqual(byOrder(zh));
  });

  it('古丈, worked by hand: dibao 2 × 400 = 800.00 a month, medical aid (24000 − 4000) × 70% = 14000.00, temporary aid 2000 to 4000', () => {
    const g = policyList().find((p) => p.id === 'guzhang-2021')!;
    const q = (id: string) => g.provisions.find((p) => p.id === id)!.quote;
    // 600 − 350 = 250 a person, less than 400: “对每人每月低保金不足400元的，提高到400元标准发放”; 2 members.
    expect(q('basic-living.floor')).toContain('不足400元的，提高到400元');
    // “对城市低保对象设起付线4000元”, then “个人自负费用按70%的比例救助，年度救助限额5万元” (14000 is under the cap).
    expect(q('medical.inpatient.dibao.threshold')).toBe('对城市低保对象设起付线4000元');
    expect(q('medical.inpatient.dibao.ratio')).toContain('按70%的比例救助，年度救助限额5万元');
    expect(q('temporary-aid.amount')).toContain('按每户2000至4000元');
    const root = doc(read('/en/household/'));
    const place = all(root, (n) => n.tagName === 'section' && attr(n, 'data-policy') === 'guzhang-2021' && attr(n, 'class') === 'hh-place')[0]!;
    const line = (calc: string) => textOf(all(place, (n) => attr(n, 'data-calculator') === calc && n.tagName === 'div')[0]!).replace(/\s+/g, ' ').trim();
    expect(line('dibao-benefit')).toBe('Dibao allowance800.00 CNY per household per month');
    expect(line('medical-aid')).toBe('Medical aid14000.00 CNY');
    expect(line('temporary-aid')).toBe('Temporary aid2000.00 to 4000.00 CNY per household');
  });

  it('a step cites its rule by the English summary and the clause as the document numbers it (Chinese, lang="zh"), linked to the English pages', () => {
    const html = read('/en/household/');
    const g = policyList().find((p) => p.id === 'guzhang-2021')!;
    const rule = g.provisions.find((p) => p.id === 'medical.inpatient.dibao.threshold')!;
    const root = doc(html);
    const link = all(root, (n) => n.tagName === 'a' && attr(n, 'data-provision') === `guzhang-2021:${rule.id}`)[0]!;
    expect(attr(link, 'href')).toBe(`/en/policies/guzhang-2021/p/${rule.id}/`);
    expect(textOf(link)).toBe(rule.summary.en.replace(/\s+/g, ' '));
    const li = link.parentNode!;
    expect(textOf(li)).toMatch(/^Basis: Guzhang County 四、（三） /);
    const clause = all(li, (n) => n.tagName === 'a' && attr(n, 'class') === 'clause-ref')[0]!;
    expect(attr(clause, 'href')).toBe('/en/policies/guzhang-2021/#4.3');
    expect(attr(all(clause, (n) => attr(n, 'lang') === 'zh')[0]!, 'lang')).toBe('zh');
    // Next steps: the procedure by its English summaries.
    expect(html).toContain('Next: how to apply');
  });

  it('each calculator: the same example answered with the same figures as its Chinese page', () => {
    for (const id of CALCULATOR_IDS) {
      const zh = figures(read(`/calculators/${id}/`));
      const en = figures(read(`/en/calculators/${id}/`));
      expect(Object.keys(en).length, id).toBe(policyList().length);
      expect(byOrder(en), id).toEqual(byOrder(zh));
      expect(read(`/en/calculators/${id}/`), id).toContain(`<h1>${calculators[id].title.en}`);
    }
  });

  it('the forms are the Chinese forms in English: the same fields in the same order, every label, hint, option and legend translated', () => {
    const names = (html: string) => [...html.matchAll(/<(?:input|select) id="f-([^"]+)"/g)].map((m) => m[1]);
    for (const [zh, en] of [['/household/', '/en/household/'], ...CALCULATOR_IDS.map((id) => [`/calculators/${id}/`, `/en/calculators/${id}/`])] as [string, string][]) {
      expect(names(read(en)), en).toEqual(names(read(zh)));
      expect(names(read(en)).length, en).toBeGreaterThan(0);
    }
    const fields = [...Object.values(FORMS).flatMap((f) => f.fields), ...HOUSEHOLD_SECTIONS.flatMap((s) => s.fields)];
    for (const f of fields) {
      expect(FORM_WORDS_EN.labels[f.label], f.label).toBeDefined();
      if (f.hint) expect(FORM_WORDS_EN.hints[f.hint], f.hint).toBeDefined();
      for (const o of f.options ?? []) if (!['group', 'care', 'hospitalLevel'].includes(f.name) || !o.value) expect(FORM_WORDS_EN.options[o.label], o.label).toBeDefined();
    }
    for (const s of HOUSEHOLD_SECTIONS) expect(FORM_WORDS_EN.legends[s.legend], s.legend).toBeDefined();
  });

  it('the English pages run the very scripts of the Chinese ones: their words come as data, so no bundle grows with the English edition', () => {
    for (const id of CALCULATOR_IDS) expect(jsFilesOf(`/en/calculators/${id}/`), id).toEqual(jsFilesOf(`/calculators/${id}/`));
    expect(jsFilesOf('/en/household/')).toEqual(jsFilesOf('/household/'));
    expect(jsFilesOf('/household/').length).toBeGreaterThan(0);
  });

  it('the switch of a page of entries is marked to carry them (its script adds the address’s query)', () => {
    for (const page of ['/household/', '/en/household/', ...CALCULATOR_IDS.flatMap((id) => [`/calculators/${id}/`, `/en/calculators/${id}/`])]) {
      expect(attr(headerSwitch(read(page))!, 'data-keep-query'), page).toBeDefined();
    }
    for (const page of ['/calculators/', '/en/calculators/', '/']) expect(attr(headerSwitch(read(page))!, 'data-keep-query'), page).toBeUndefined();
  });
});

describe('the comparison tables in English (components/compare/AreaTable.astro, lang="en")', () => {
  // Each cell of /en/compare/<area>/: the SDK's cells for the default places, said with the encoding's English.
  for (const area of AREA_IDS) {
    it(`${area}: every entry shows its provision’s English value and summary, its quote in Chinese (lang="zh"), linked to the English pages`, () => {
      const root = doc(read(`/en/compare/${area}/`));
      const items = all(root, (n) => n.tagName === 'li' && !!attr(n, 'data-provision'));
      expect(items.length, area).toBeGreaterThan(0);
      for (const li of items) {
        const [pid, id] = attr(li, 'data-provision')!.split(':') as [string, string];
        const p = policyList().find((x) => x.id === pid)!.provisions.find((x) => x.id === id)!;
        const t = textOf(li).replace(/\s+/g, ' ');
        // A formula written with English names (会宁 临时救助公式) is not shown: the quote beside it is the formula.
        expect(t, `${pid}:${id}`).toContain(/[A-Za-z]{3}/.test(describeValue(p).zh) ? 'by a formula (see the text)' : describeValue(p).en);
        expect(t, `${pid}:${id}`).toContain(p.summary.en);
        const quote = all(li, (n) => n.tagName === 'blockquote')[0]!;
        expect(attr(quote, 'lang'), `${pid}:${id}`).toBe('zh');
        expect(textOf(quote)).toBe(p.quote);
        const links = all(li, (n) => n.tagName === 'a').map((a) => attr(a, 'href'));
        expect(links, `${pid}:${id}`).toContain(`/en/policies/${pid}/p/${id}/`);
        expect(links, `${pid}:${id}`).toContain(`/en/policies/${pid}/#${p.clause}`);
      }
    });
  }

  it('古丈 四、（三） on /en/compare/medical/: the tekun threshold row reads “no threshold”, its clause number kept in Chinese', () => {
    // 古丈 四、（三）: “对城市特困人员、孤儿、事实无人抚养儿童住院医疗救助不设起付线”.
    const root = doc(read('/en/compare/medical/'));
    const li = all(root, (n) => attr(n, 'data-provision') === 'guzhang-2021:medical.inpatient.tekun.threshold')[0]!;
    const value = all(li, (n) => attr(n, 'data-value') !== undefined && n.tagName === 'a')[0]!;
    expect(textOf(value)).toBe('no threshold');
    const clause = all(li, (n) => attr(n, 'class') === 'clause-link small')[0]!;
    expect([textOf(clause), attr(clause, 'lang')]).toEqual(['四、（三）', 'zh']);
  });

  it('the headings are the concepts’ English labels and the columns the places’ English names', () => {
    const html = read('/en/compare/basic-living/');
    expect(html).toContain('>Guzhang County</a>');
    const root = doc(html);
    const topics = all(root, (n) => n.tagName === 'a' && attr(n, 'class') === 'permalink').map((a) => textOf(a));
    expect(topics.length).toBeGreaterThan(3);
    for (const t of topics) expect(HAN.test(t), t).toBe(false);
  });
});
