/**
 * Lighthouse 13, mobile form factor (simulated slow 4G and 4× CPU slowdown, Lighthouse's default),
 * once per page type, sequentially, against dist/ served gzip-compressed on localhost:
 * accessibility = 1, best practices ≥ 0.95, SEO ≥ 0.95; and for performance what does not depend on
 * the machine's speed — no layout shift (CLS audit passes), the bytes a page sends (total-byte-weight),
 * no render-blocking resources (render-blocking-insight). The performance score itself is made of timings (FCP, LCP, TBT, Speed
 * Index), which on a shared machine move with its load (a page with no script once scored 0.92 at a
 * load average of 18): it is printed in the table, never a reason to pass or fail.
 * Page types are discovered (test/routes.ts), so new pages are audited too. Scores are printed as a
 * table at the end (copied into bench/README.md).
 *
 * Lighthouse's simulated throttling scales the CPU time it observes; on a shared 2-core machine a
 * burst of load from another process can cost a static page a few performance points. A page type
 * below a threshold is therefore audited once more and the better score of each category is kept;
 * a real regression fails both runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes } from '../test/routes.ts';
import { startSite, type Site } from './harness.ts';
import { CATEGORIES, startLighthouse, type Audit, type Category, type Lighthouse } from './lighthouse.ts';

const MIN: Record<Category, number> = { performance: 0, accessibility: 1, 'best-practices': 0.95, seo: 0.95 };
/** Performance audits of what the page is, not how fast this machine is: each must pass (score ≥ 0.9) where it applies. */
const PERF_AUDITS = ['cumulative-layout-shift', 'total-byte-weight', 'render-blocking-insight'];
const perfLow = (a: Audit) => {
  // An audit Lighthouse no longer has would check nothing: that is a failure too.
  const gone = PERF_AUDITS.filter((id) => !(id in a.audits)).map((id) => `${id}: no such audit in this Lighthouse`);
  return [...gone, ...PERF_AUDITS.filter((id) => a.audits[id] !== null && a.audits[id] !== undefined && a.audits[id]! < 0.9).map((id) => `${id} ${a.audits[id]}`)];
};

let site: Site;
let lh: Lighthouse;
const results: { pattern: string; audit: Audit }[] = [];

beforeAll(async () => {
  site = await startSite();
  lh = await startLighthouse();
});
afterAll(async () => {
  await lh?.close();
  await site?.close();
  const pct = (n: number) => String(Math.round(n * 100)).padStart(3);
  console.log(
    ['| page type | perf | a11y | best pr. | SEO | FCP ms | LCP ms | TBT ms |', '| --- | --: | --: | --: | --: | --: | --: | --: |',
      ...results.map(({ pattern, audit: a }) =>
        `| \`${pattern}\` | ${CATEGORIES.map((c) => pct(a.scores[c])).join(' | ')} | ${Math.round(a.metrics.fcp ?? 0)} | ${Math.round(a.metrics.lcp ?? 0)} | ${Math.round(a.metrics.tbt ?? 0)} |`)].join('\n'),
  );
});

describe('Lighthouse (mobile)', () => {
  for (const t of pageTypes()) {
    it(`${t.pattern} (${t.path})`, async () => {
      let audit = await lh.audit(site.base + t.path);
      if (CATEGORIES.some((c) => audit.scores[c] < MIN[c]) || perfLow(audit).length) {
        const again = await lh.audit(site.base + t.path);
        const best = Object.fromEntries(CATEGORIES.map((c) => [c, Math.max(audit.scores[c], again.scores[c])])) as Record<Category, number>;
        audit = { ...(again.scores.performance >= audit.scores.performance ? again : audit), scores: best };
      }
      results.push({ pattern: t.pattern, audit });
      const low = [...CATEGORIES.filter((c) => audit.scores[c] < MIN[c]).map((c) => `${c} ${audit.scores[c]} < ${MIN[c]}`), ...perfLow(audit)];
      expect(low, `failing audits: ${audit.failing.join('; ')}`).toEqual([]);
    }, 180_000);
  }
});
