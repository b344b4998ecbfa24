/**
 * The build's memory budget (budgets.ts BUILD_BUDGETS, issue 17): every step of the last build of dist/
 * (tools/build.ts records each child process's wall time and peak resident memory in
 * dist/.bangfu-build.json) stayed within `peakMiB`. At N = 5 here; bench/scale.ts checks the same at
 * larger N. The steps' times are recorded but not checked: a test's pass never depends on the clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_BUDGETS } from '../budgets.ts';
import type { Step } from '../tools/build.ts';
import { DIST } from './dist.ts';

const record = JSON.parse(readFileSync(join(DIST, '.bangfu-build.json'), 'utf8')) as { steps?: Step[] };

describe('the build’s memory budget', () => {
  it('every step of the last build (each astro build batch, the search index) peaked within BUILD_BUDGETS.peakMiB', () => {
    const steps = record.steps ?? [];
    expect(steps.map((s) => s.name).some((n) => n.startsWith('astro build')), 'an astro build step is recorded').toBe(true);
    expect(steps.map((s) => s.name)).toContain('search index');
    for (const s of steps) {
      // Read from /proc while the step ran (Linux): a record without it cannot be checked.
      expect(s.peakMiB, `${s.name}: peak recorded`).toBeTypeOf('number');
      expect(s.peakMiB!, s.name).toBeLessThanOrEqual(BUILD_BUDGETS.peakMiB);
      expect(s.peakMiB!, `${s.name}: a real process's peak`).toBeGreaterThan(10);
    }
  });
});
