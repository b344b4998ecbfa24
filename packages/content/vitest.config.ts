import { defineConfig } from 'vitest/config';

// Workspace packages are read from their TypeScript source (the `bangfu-source` export condition).
export default defineConfig({ resolve: { conditions: ['bangfu-source'] }, ssr: { resolve: { conditions: ['bangfu-source'] } } });
