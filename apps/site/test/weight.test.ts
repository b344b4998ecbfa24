/**
 * Weight budgets, from dist/ (gzip level 9, which is what a static host sends):
 * - pages that need no behaviour (provision pages, lists, home, 404) ship no JavaScript at all: not
 *   one <script> element, inline or external;
 * - a document page (/policies/<id>/) loads one small script, ≤ 4 KB gzip: whether the document is in
 *   force today, worked out on the reader's clock (a status baked in at build time would go stale);
 * - a calculator page loads at most 60 KB gzip of JavaScript: the sum of its <script src> files and
 *   everything they import statically, transitively (what the browser fetches before the form works);
 * - the search page is the one page allowed Pagefind's bundle.
 * Page types are discovered from src/pages (see routes.ts), so new pages fall under these rules.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from './dist.ts';
import { builtPages, distFile, dynamicImports, gzipSize, jsFilesOf, pageTypes, routeOf, routes, scriptsOf, unroutedPages, weightOf } from './routes.ts';
import { FETCHED_BUDGETS, pageBudget } from '../budgets.ts';
import { allFiles } from './dist.ts';

beforeAll(assertBuilt);

export const CALCULATOR_JS_BUDGET = 60 * 1024;
/** The document page's only script: its status on today's date. */
export const VALIDITY_JS_BUDGET = 4 * 1024;
const DOCUMENT_PAGE = '/policies/[id]/';
/** A comparison table's tools (filters, sort, the address) and its columns' status on the day asked. */
export const COMPARE_JS_BUDGET = 8 * 1024;
const COMPARE_PAGE = '/compare/[area]/';
/** The English twin of the comparison table, under the same budget. */
const COMPARE_PAGES = [COMPARE_PAGE, '/en/compare/[area]/'];
/** Pages whose place picker (and filters, entries) run in the browser, in both editions. */
const PICKER_PAGES = new Set(['/data/', '/en/data/', ...COMPARE_PAGES, '/en/compare/curves/']);
/** Page types that need no client behaviour and so must ship no <script>. */
const NO_SCRIPT = (pattern: string): boolean =>
  !PICKER_PAGES.has(pattern) &&
  ((pattern.startsWith('/policies/') && pattern !== DOCUMENT_PAGE) ||
    (pattern.startsWith('/en/') && pattern !== '/en/household/' && pattern !== '/en/search/' && !isCalculator(pattern)) ||
    ['/', '/404.html', '/calculators/', '/en/calculators/', '/compare/'].includes(pattern));
/** A calculator page, in either edition (the English one runs the same script). */
const isCalculator = (pattern: string): boolean => /^(?:\/en)?\/calculators\/.+\//.test(pattern);

const types = pageTypes();
const allRoutes = routes();

describe('page types', () => {
  it('are discovered from src/pages and every built page belongs to one', () => {
    const patterns = types.map((t) => t.pattern);
    for (const p of ['/', '/policies/', '/policies/[id]/', '/policies/[id]/p/[provisionId]/', '/calculators/', '/search/', '/404.html']) {
      expect(patterns).toContain(p);
    }
    expect(types.some((t) => isCalculator(t.pattern))).toBe(true);
    expect(unroutedPages()).toEqual([]);
  });
});

describe('no JavaScript where none is needed', () => {
  const pages = builtPages().filter((p) => {
    const t = types.find((t) => t.regex.test(p));
    return t && NO_SCRIPT(t.pattern);
  });
  it(`${pages.length} document and static pages have no <script> element`, () => {
    expect(pages.length).toBeGreaterThan(5);
    const offenders = pages.filter((p) => /<script\b/i.test(readFileSync(distFile(p), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('document pages: one small script, for today’s status', () => {
  it(`every ${DOCUMENT_PAGE} page loads at most ${VALIDITY_JS_BUDGET / 1024} KB gzip of JavaScript, none of it inline`, () => {
    const pages = builtPages().filter((p) => routeOf(p, allRoutes) === allRoutes.find((r) => r.pattern === DOCUMENT_PAGE));
    expect(pages.length).toBeGreaterThan(4);
    for (const path of pages) {
      const w = weightOf(path);
      expect(w.js, `${path}: ${w.jsFiles.join(', ')}: ${w.js} bytes gzip`).toBeLessThanOrEqual(VALIDITY_JS_BUDGET);
      expect(scriptsOf(readFileSync(distFile(path), 'utf8')).inline.filter((s) => s.trim()), path).toEqual([]);
    }
  });
});

describe('comparison tables: one small script', () => {
  it(`every ${COMPARE_PAGES.join(' and ')} page loads at most ${COMPARE_JS_BUDGET / 1024} KB gzip of JavaScript, none of it inline`, () => {
    const pages = builtPages().filter((p) => COMPARE_PAGES.some((pattern) => routeOf(p, allRoutes) === allRoutes.find((r) => r.pattern === pattern)));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const w = weightOf(path);
      expect(w.jsFiles.length, `${path}: the table's tools run in the browser`).toBeGreaterThan(0);
      expect(w.js, `${path}: ${w.jsFiles.join(', ')}: ${w.js} bytes gzip`).toBeLessThanOrEqual(COMPARE_JS_BUDGET);
      expect(scriptsOf(readFileSync(distFile(path), 'utf8')).inline.filter((s) => s.trim()), path).toEqual([]);
    }
  });
});

describe('calculator JavaScript ≤ 60 KB gzip', () => {
  for (const t of types.filter((t) => isCalculator(t.pattern))) {
    // Every page of the route, not only the representative: `[calc]` pages may load different code.
    it(`${t.pattern} (${t.count} page${t.count > 1 ? 's' : ''}): the JS each page loads (transitively) is within budget`, () => {
      for (const path of builtPages().filter((p) => routeOf(p, allRoutes) === allRoutes.find((r) => r.file === t.file))) {
        const w = weightOf(path);
        expect(w.jsFiles.length, `${path}: a calculator runs in the browser`).toBeGreaterThan(0);
        expect(w.js, `${path}: ${w.jsFiles.join(', ')}: ${w.js} bytes gzip`).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET);
        // Inline scripts are data blocks only (type="application/json"); code lives in hashed files.
        expect(scriptsOf(readFileSync(distFile(path), 'utf8')).inline.filter((s) => s.trim()), path).toEqual([]);
      }
    });
  }
});

describe('pages and fetched files of a size independent of the number of documents (budgets.ts)', () => {
  it('every page type has a budget, and its largest page is within it', () => {
    const over: string[] = [];
    const missing: string[] = [];
    for (const t of types) {
      const budget = pageBudget(t.pattern);
      if (budget === undefined) {
        missing.push(t.pattern);
        continue;
      }
      const largest = Math.max(...builtPages().filter((p) => routeOf(p, allRoutes)?.pattern === t.pattern).map((p) => gzipSize(readFileSync(distFile(p)))));
      if (largest > budget) over.push(`${t.pattern}: ${largest} > ${budget} bytes gzip`);
    }
    expect(missing, 'page types without a budget in budgets.ts').toEqual([]);
    expect(over).toEqual([]);
  });

  it('every file a script fetches is within its budget (one document, one province)', () => {
    const files = allFiles().filter((f) => !f.endsWith('.html'));
    for (const b of FETCHED_BUDGETS) {
      const matching = files.filter((f) => b.pattern.test(f));
      expect(matching.length, b.label).toBeGreaterThan(0);
      for (const f of matching) expect(gzipSize(readFileSync(distFile(f))), f).toBeLessThanOrEqual(b.gzip);
    }
  });
});

describe('search', () => {
  it('is the only page type that loads Pagefind (in Chinese and in English)', () => {
    for (const t of types) {
      const loads = jsFilesOf(t.path).some((f) => f.startsWith('/pagefind/'));
      expect(loads, t.pattern).toBe(t.pattern === '/search/' || t.pattern === '/en/search/');
    }
  });
});

describe('the weight helpers', () => {
  it('follow static imports and report dynamic ones separately', () => {
    expect(dynamicImports('import("./a.js");import(`x`)')).toEqual(['./a.js']);
  });
});
