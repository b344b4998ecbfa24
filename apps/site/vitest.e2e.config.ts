import { defineConfig } from 'vitest/config';

// End-to-end tests: serve dist/ on a free port and drive Debian Chromium with playwright-core.
export default defineConfig({
  resolve: { conditions: ['bangfu-source'] },
  ssr: { resolve: { conditions: ['bangfu-source'] } },
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
