import { defineConfig } from 'vitest/config';

// The package test packs, installs and typechecks a consumer project: allow it time.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 240_000 } });
