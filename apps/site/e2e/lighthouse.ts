/**
 * Lighthouse 13, programmatically, against one Debian Chromium started here with a DevTools port
 * (headless=new, no sandbox, no GPU, no background networking or component updates). Mobile form
 * factor with Lighthouse's default simulated throttling (the "mobile" preset). Pages are audited one
 * after another in the same browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Audit {
  url: string;
  scores: Record<Category, number>;
  /** Failing audits (score < 1, scored), for the failure message. */
  failing: string[];
  metrics: { fcp?: number; lcp?: number; tbt?: number; cls?: number };
  /** Scores of single audits by id (null where not applicable). */
  audits: Record<string, number | null>;
}

export interface Lighthouse {
  audit: (url: string) => Promise<Audit>;
  close: () => Promise<void>;
}

export async function startLighthouse(): Promise<Lighthouse> {
  const profile = mkdtempSync(join(tmpdir(), 'bangfu-lh-'));
  const chrome: ChildProcess = spawn(CHROMIUM, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let buf = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open a DevTools port:\n${buf}`)), 30_000);
    chrome.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(buf);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    chrome.on('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${buf}`)));
  });
  return {
    audit: async (url) => {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, {
        extends: 'lighthouse:default',
        settings: { formFactor: 'mobile', onlyCategories: [...CATEGORIES] },
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>;
      const failing: string[] = [];
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
          if (a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
          failing.push(`${c}/${ref.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
        }
      }
      const num = (id: string): number | undefined => lhr.audits[id]?.numericValue;
      return {
        url,
        scores,
        failing,
        metrics: { fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift') },
        audits: Object.fromEntries(Object.entries(lhr.audits).map(([id, a]) => [id, a.score])),
      };
    },
    close: async () => {
      await new Promise<void>((ok) => {
        if (chrome.exitCode !== null) return ok();
        chrome.once('exit', () => ok());
        chrome.kill('SIGTERM');
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
