import { defineConfig } from 'vitest/config';

// Build tests: run after `astro build && pagefind`, they read dist/. Workspace packages are read
// from their TypeScript source (the `bangfu-source` export condition).
export default defineConfig({
  resolve: { conditions: ['bangfu-source'] },
  ssr: { resolve: { conditions: ['bangfu-source'] } },
  // Some tests read every built page: on a loaded machine that takes seconds, never a reason to fail.
  test: { include: ['test/**/*.test.ts'], exclude: ['e2e/**', 'node_modules/**', 'dist/**'], testTimeout: 120_000 },
});
