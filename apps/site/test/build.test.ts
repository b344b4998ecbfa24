/**
 * Build tests: read dist/ after `pnpm run build` and check it against the SDK and the renderings.
 * Nothing here re-types a number of the documents except where a hand-worked value is stated with
 * its quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALCULATOR_IDS, calculateRaw, calculatorsUsing, nationalList, policyList, topicOf } from '@bangfu/sdk';
import { FORMS, toInput } from '../src/lib/calc-forms.ts';
import { listRenderings, readReading, readRendering } from '@bangfu/content';
import { jsFilesOf } from './routes.ts';
import { assertBuilt, attrs, DIST, fileFor, htmlPages, ids, read, text } from './dist.ts';

beforeAll(assertBuilt);

const policies = policyList();
const renderings = new Set(listRenderings());

describe('document pages', () => {
  it('there is a document page for every encoded policy', () => {
    expect(policies.length).toBeGreaterThan(0);
    for (const p of policies) expect(existsSync(fileFor(`/policies/${p.id}/`)), p.id).toBe(true);
  });

  for (const policy of policies) {
    describe(policy.id, () => {
      it('has a rendering in content/policies', () => {
        expect(renderings.has(policy.id)).toBe(true);
      });

      it('has an element whose id is exactly each clause id of the SDK, inside a section.clause with a visible §link', () => {
        const html = read(`/policies/${policy.id}/`);
        const pageIds = ids(html);
        const missing = policy.clauses.map((c) => c.id).filter((id) => !pageIds.has(id));
        expect(missing, `clauses without an anchor on /policies/${policy.id}/`).toEqual([]);
        const sections = attrs(html, 'section', 'id', 'clause');
        for (const c of policy.clauses) {
          expect(sections, c.id).toContain(c.id);
          expect(html).toContain(`href="#${c.id}"`);
        }
      });

      it('renders every clause and figure of its MDX', () => {
        if (!renderings.has(policy.id)) return;
        const r = readRendering(policy.id);
        const html = read(`/policies/${policy.id}/`);
        const pageIds = ids(html);
        for (const c of r.clauses) expect(pageIds.has(c.id), c.id).toBe(true);
        const figures = r.clauses.flatMap((c) => c.figures);
        expect(attrs(html, 'a', 'href', 'fig').length + (html.match(/data-fig-unresolved=/g)?.length ?? 0)).toBeGreaterThanOrEqual(figures.length);
        const extra = figures.reduce((n, f) => n + Math.max(f.provisions.length - 1, 0), 0);
        expect(attrs(html, 'a', 'href', 'fig').length).toBe(figures.length);
        expect(attrs(html, 'a', 'href', 'fig-more').length).toBe(extra);
      });

      it('states how many provisions are encoded, from the SDK', () => {
        const html = read(`/policies/${policy.id}/`);
        expect(text(html)).toContain(`已编码 ${policy.provisions.length} 条规定`);
      });

      it('marks the document text for Pagefind with a document filter, and loads only its status script', () => {
        const html = read(`/policies/${policy.id}/`);
        expect(html).toContain('data-pagefind-body');
        expect(html).toContain(`data-pagefind-filter="文件:${policy.shortName.zh}"`);
        // One external module script (today's status, test/weight.test.ts holds its budget), no inline code.
        expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/[^"]+\.js"><\/script>$|^<script type="module" src="\/_astro\/[^"]+\.js">$/)]);
      });

      it('states when it is in force in its header, with the words it rests on, and leaves today’s status to the reader’s clock', () => {
        const html = read(`/policies/${policy.id}/`);
        const v = policy.inForce!;
        expect(html).toContain(`data-in-force="${JSON.stringify(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
        if (v.end.quote) expect(text(html)).toContain(`原文：“${v.end.quote}”`);
        expect(html).toContain('data-validity-status');
        expect(text(html)).not.toMatch(/已失效（按其所载有效期）/); // no status baked in at build time
      });
    });
  }

  it('every figure link resolves to a built provision page (and none is left unresolved)', () => {
    for (const page of htmlPages().filter((p) => /^\/policies\/[^/]+\/$/.test(p))) {
      const html = read(page);
      expect(html.match(/data-fig-unresolved="[^"]*"/g) ?? [], `unresolved figures on ${page}`).toEqual([]);
      const hrefs = [...attrs(html, 'a', 'href', 'fig'), ...attrs(html, 'a', 'href', 'fig-more')];
      for (const href of hrefs) {
        expect(href, page).toMatch(/^\/policies\/[^/]+\/p\/[^/]+\/$/);
        expect(existsSync(fileFor(href)), `${page} → ${href}`).toBe(true);
      }
    }
  });

  it('shows the second reading: every sentence of the document accounted for, with the counts of its log', () => {
    for (const policy of policies) {
      if (!renderings.has(policy.id)) continue;
      const html = read(`/policies/${policy.id}/`);
      // e.g. 古丈: "逐句核对：全文 113 句，句句有着落——66 句对应 91 条编码…" (content/policies/guzhang-2021/reading.yaml)
      const log = readReading(policy.id)!;
      const normative = log.sentences.filter((e) => e.provisions?.length).length;
      expect(text(html), policy.id).toContain(`逐句核对：全文 ${log.sentences.length} 句，句句有着落——${normative} 句对应`);
    }
  });

  it('an editorial correction shows both the fix and what the source printed', () => {
    for (const policy of policies) {
      if (!renderings.has(policy.id)) continue;
      const html = read(`/policies/${policy.id}/`);
      for (const c of readRendering(policy.id).clauses.flatMap((x) => x.corrections)) {
        // a fault of the extraction: the fix, then what the file printed; of drafting: the text as printed, then what is meant or why
        if (c.kind === 'extraction') expect(text(html)).toContain(`${c.text}〔编者更正：原文作“${c.orig}”${c.note ? `。${c.note}` : ''}〕`);
        else expect(text(html)).toContain(`${c.text}〔编者注：原文如此${c.meant ? `，应为“${c.meant}”` : ''}${c.note ? `。${c.note}` : ''}〕`);
      }
    }
  });
});

describe('provision pages', () => {
  it('names the groups a provision applies to in the document\'s own terms', () => {
    // 鹤城 3.6 "…进城建档立卡贫困人口、农村低保对象可持身份证…申请失业登记": its 低保对象 are rural (the document's
    // 兜底保障对象 are "农村建档立卡贫困人口中低保对象、特困人员等"), so the label 城市低保对象 would be wrong here.
    const t = text(read('/policies/hecheng-2020/p/employment.unemployment-registration/'));
    expect(t).toContain('低保对象（农村建档立卡贫困人口中）');
    expect(t).not.toContain('城市低保对象');
  });

  it('every provision of every policy has a page with its summary, quote and a link back to its clause', () => {
    for (const policy of policies) {
      for (const p of policy.provisions) {
        const url = `/policies/${policy.id}/p/${p.id}/`;
        expect(existsSync(fileFor(url)), url).toBe(true);
        const html = read(url);
        const t = text(html);
        expect(t).toContain(p.summary.zh);
        expect(t).toContain(p.quote);
        expect(html).toContain(`href="/policies/${policy.id}/#${p.clause}"`);
        // The note in Chinese on a Chinese page; its English version is the English edition's.
        if (p.interpretation) expect(t).toContain(p.interpretation.zh?.encoded ?? p.interpretation.encoded);
        if (p.interpretation?.zh) expect(t).not.toContain(p.interpretation.encoded);
        for (const calc of calculatorsUsing(policy, p.id)) expect(html).toContain(`href="/calculators/${calc}/`);
        expect(html).toContain(`href="/compare/${p.area}/#${topicOf(p)}"`);
      }
    }
  });

  it('guzhang-2021 dibao inpatient threshold reads 起付线 4000 元/年', () => {
    // 《古丈县…实施方案》§4.3: "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元"
    const t = text(read('/policies/guzhang-2021/p/medical.inpatient.dibao.threshold/'));
    expect(t).toContain('起付线 4000 元/年');
    expect(t).toContain('城市低保对象');
    expect(t).toContain('县医保局');
    expect(t).toContain('医疗救助计算器');
    expect(text(read('/policies/guzhang-2021/p/medical.inpatient.dibao.ratio/'))).toContain('比例 70%');
  });
});

describe('every page', () => {
  const pages = htmlPages();

  it('is in Chinese (the English edition under /en/: in English) and has a title, a description, a viewport and exactly one <main>', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = read(page);
      expect(html, page).toMatch(page.startsWith('/en/') ? /<html lang="en"/ : /<html lang="zh-CN"/);
      expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim(), `${page} <title>`).toBeTruthy();
      expect(attrs(html, 'meta', 'content').length, page).toBeGreaterThan(0);
      expect(/<meta name="description" content="([^"]+)"/.exec(html)?.[1]?.trim(), `${page} description`).toBeTruthy();
      expect(html, page).toContain('name="viewport"');
      expect(html.match(/<main\b/g)?.length, `${page} <main>`).toBe(1);
      expect(html, page).toContain('href="#main"');
    }
  });

  it('makes no third-party request (no external script, stylesheet, image, frame or font)', () => {
    for (const page of pages) {
      const html = read(page);
      const external = [
        ...attrs(html, 'script', 'src'),
        ...attrs(html, 'link', 'href'),
        ...attrs(html, 'img', 'src'),
        ...attrs(html, 'iframe', 'src'),
      ].filter((u) => /^(https?:)?\/\//.test(u));
      expect(external, page).toEqual([]);
    }
    const css = readFileSync(join(DIST, '_astro', attrs(read('/'), 'link', 'href').find((h) => h.endsWith('.css'))!.split('/').pop()!), 'utf8');
    expect(css).not.toMatch(/@import|@font-face|url\((?!data:)/);
  });

  it('only interactive pages run JavaScript: calculators, the household view, comparison filters and curves, search', () => {
    // Document pages run one small script: their status on today's date (see weight.test.ts).
    // The comparison pages and the downloads run the place picker, in both editions; so do the calculators and the household view; search in both.
    const interactive = /^\/((en\/)?calculators\/[^/]+|(en\/)?household|(en\/)?compare\/[^/]+|(en\/)?data|(en\/)?search|policies\/[a-z]+(-[a-z]+)*-\d{4})\/$/;
    for (const page of pages) expect(/<script\b(?![^>]*type="application\/json")/.test(read(page)), page).toBe(interactive.test(page));
  });
});

describe('calculator pages', () => {
  // The JavaScript budget of every calculator page is checked in weight.test.ts.
  it.each(CALCULATOR_IDS.map((id) => [id] as const))('%s: a labelled field for each input, described by its error slot', (id) => {
    const html = read(`/calculators/${id}/`);
    for (const f of FORMS[id].fields) {
      expect(html).toContain(`<label for="f-${f.name}"`);
      expect(html).toMatch(new RegExp(`id="f-${f.name}"[^>]*aria-describedby="[^"]*${f.name}-error`));
      expect(html).toContain(`id="${f.name}-error"`);
    }
    expect(html).toContain('aria-live="polite"');
  });

  it.each(CALCULATOR_IDS.map((id) => [id] as const))('%s: the built answers of the five places are the SDK\'s answers to the example', (id) => {
    const html = read(`/calculators/${id}/`);
    const { input } = toInput(FORMS[id].fields, FORMS[id].example);
    const cards = [...html.matchAll(/<article class="result[^"]*" data-policy="([^"]+)" data-status="([^"]+)"(?: data-amount="([^"]*)")?(?: data-min="([^"]*)")?(?: data-max="([^"]*)")?/g)];
    expect(cards.map((m) => m[1])).toEqual(policies.map((p) => p.id));
    for (const [, policy, status, amount, min, max] of cards) {
      const r = calculateRaw(id, policies.find((p) => p.id === policy)!, input);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect({ status, amount, min, max }, `${id} ${policy}`).toEqual({ status: r.value.status, amount: r.value.amount, min: r.value.min, max: r.value.max });
    }
  });
});

describe('search', () => {
  it('has a Pagefind index with a document filter, and the search page loads it from /pagefind/', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind-ui.js'))).toBe(true);
    const html = read('/search/');
    expect(attrs(html, 'script', 'src')).toContain('/pagefind/pagefind.js');
    // The page's own scripts (bundled by Astro, with what they import: scripts/search-kit.ts) read the query of the URL (?q=低保) and run it on Pagefind.
    const own = jsFilesOf('/search/').filter((f) => f.startsWith('/_astro/')).map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(own).toMatch(/\.get\(["`']q["`']\)/);
    expect(own).toContain('/pagefind/pagefind.js');
  });

  it('the header search form is a plain GET form to /search/ on every page, to /en/search/ on the English ones', () => {
    for (const page of htmlPages()) {
      const action = page === '/en/' || page.startsWith('/en/') ? '\/en\/search\/' : '\/search\/';
      expect(read(page), page).toMatch(new RegExp(`<form[^>]*method="get"[^>]*action="${action}"`));
    }
  });

  it('the index is written in shards: the first is Pagefind’s bundle, the others index files only, listed in shards.json', () => {
    const { shards } = JSON.parse(readFileSync(join(DIST, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] };
    for (const s of shards) {
      expect(s).toMatch(/^\/pagefind\/shard-\d+\/$/);
      expect(existsSync(join(DIST, s, 'pagefind-entry.json')), s).toBe(true);
      expect(existsSync(join(DIST, s, 'pagefind.js')), s).toBe(false);
    }
    // Chinese and English, each its own index (the pages' <html lang>).
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    const docs = [...policyList(), ...nationalList()];
    const pages = docs.length + docs.reduce((n, p) => n + p.provisions.length, 0);
    if (shards.length === 0) for (const l of ['en', 'zh-cn']) expect(entry.languages[l]!.page_count, l).toBe(pages);
  });
});

describe('former provision ids (formerly, kept for one version)', () => {
  const moved = policyList().flatMap((p) => p.provisions.flatMap((x) => (x.formerly ?? []).map((old) => ({ policy: p.id, old, now: x.id }))));

  it('there are some (the ids merged when the documents moved into folders)', () => {
    expect(moved.length).toBeGreaterThan(0);
  });

  it.each(moved.map((m) => [`${m.policy}:${m.old}`, m] as const))('%s still opens, and sends the reader to the provision’s page', (_id, m) => {
    const html = read(`/policies/${m.policy}/p/${m.old}/`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/policies/${m.policy}/p/${m.now}/">`);
    expect(html).toContain(`href="/policies/${m.policy}/p/${m.now}/"`);
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('provisions with their own dates', () => {
  it('show them on their page, with the words they rest on (云阳 四（二） “2019年4月至2019年8月底”)', () => {
    const html = read('/policies/yunyang-2019/p/eligibility.survey/');
    expect(html).toContain('data-from="2019-04" data-to="2019-08-31"');
    expect(text(html)).toContain('2019年4月至2019年8月31日（原文：“2019年4月至2019年8月底”）');
  });
});
