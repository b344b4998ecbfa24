/**
 * Size budgets of the site, in bytes of gzip (level 9, what a static host sends), for the largest
 * file of each page type — independent of the number of documents (issue 17): a page shows a
 * handful of places (lib/places.ts), a list shows a province a page (lib/doc-lists.ts), and what a
 * script fetches is one document's or one province's file. Checked at N = 5 by test/weight.test.ts
 * (part of the README's test command) and at larger N by bench/scale.ts, which reads this module.
 * Plain data, no imports: the benchmark runs it outside the site's build.
 */

const KB = 1024;

/** The largest HTML page of each route (the pattern as test/routes.ts writes it). An `/en/…` route without an entry has its Chinese twin's budget. */
export const PAGE_BUDGETS: Record<string, number> = {
  '/': 30 * KB,
  '/404.html': 10 * KB,
  '/about/': 15 * KB,
  '/calculators/': 15 * KB,
  '/calculators/[calc]/': 80 * KB,
  '/compare/': 15 * KB,
  '/compare/[area]/': 60 * KB,
  '/compare/curves/': 80 * KB,
  '/data/': 30 * KB,
  '/household/': 80 * KB,
  '/policies/': 40 * KB,
  // A document's own page: its size is the document's, not the site's (the largest of the five is 18 KB).
  '/policies/[id]/': 60 * KB,
  '/policies/[id]/p/[provisionId]/': 15 * KB,
  '/policies/region/[...path]/': 60 * KB,
  '/search/': 15 * KB,
  '/sdk/': 30 * KB,
  '/sdk/calculators/': 30 * KB,
  '/sdk/cli/': 30 * KB,
  '/sdk/model/': 30 * KB,
  '/sdk/money/': 30 * KB,
  '/en/': 30 * KB,
  '/en/policies/': 40 * KB,
};

/** Files the pages' scripts fetch, by path pattern: one document's rules, one province's places, the list of provinces. */
export const FETCHED_BUDGETS: { pattern: RegExp; label: string; gzip: number }[] = [
  { pattern: /^\/data\/policies\/[^/]+\/rules\.json$/, label: '/data/policies/<id>/rules.json', gzip: 60 * KB },
  { pattern: /^\/data\/places\/index\.json$/, label: '/data/places/index.json', gzip: 4 * KB },
  { pattern: /^\/data\/places\/[^/]+\.json$/, label: '/data/places/<province>.json', gzip: 30 * KB },
  // The search pages' place names: the list of files (one key per first character of a place name: bounded by the
  // characters that start a county's name), and the places whose names start with one character.
  { pattern: /^\/data\/search-places\/(zh|en)\/index\.json$/, label: '/data/search-places/<lang>/index.json', gzip: 8 * KB },
  { pattern: /^\/data\/search-places\/(zh|en)\/(?!index)[^/]+\.json$/, label: '/data/search-places/<lang>/<key>.json', gzip: 8 * KB },
];

/** The budget of a page type: its own, or its Chinese twin's for the English edition. */
export function pageBudget(pattern: string): number | undefined {
  return PAGE_BUDGETS[pattern] ?? (pattern.startsWith('/en/') ? PAGE_BUDGETS[pattern.slice(3)] : undefined);
}

/**
 * Budgets of the build (issue 17: "a build that fits"). `peakMiB` bounds the largest single process of a
 * full build (an `astro build` batch, the search index, the downloads): tools/build.ts records each step's
 * peak in dist/.bangfu-build.json, test/build-budget.test.ts checks it at N = 5 and bench/scale.ts at every
 * N. Build time has no budget in seconds, which move by ±50 % with this machine's load: it is counted in
 * units of a fixed reference task that bench/scale.ts runs beside the build in the same run
 * (`referenceSeconds`), and a full build of N documents may take `time.fixed + time.perDocument × N` of
 * them (the fixed part: bundling and the pages of constant number, which dominate at N = 5); no test depends on it.
 */
export const BUILD_BUDGETS = {
  peakMiB: 8 * 1024,
  time: { fixed: 60, perDocument: 2 },
};
