// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * Workspace packages are read from their TypeScript source: the SDK's package.json `exports`
 * carries a `bangfu-source` condition pointing at src/*.ts. Vite resolves conditions per
 * environment (client, ssr, and Astro's own prerender/astro environments), so the condition is
 * added to every one of them, ahead of Vite's defaults.
 */
const SOURCE = 'bangfu-source';
const CLIENT_CONDITIONS = [SOURCE, 'module', 'browser', 'development|production'];
const SERVER_CONDITIONS = [SOURCE, 'module', 'node', 'development|production'];

const workspaceSource = () => ({
  name: 'bangfu:workspace-source',
  /** @param {string} name @param {{ consumer?: string }} env */
  configEnvironment(name, env) {
    const client = name === 'client' || env.consumer === 'client';
    return {
      resolve: client
        ? { conditions: CLIENT_CONDITIONS }
        : { conditions: SERVER_CONDITIONS, externalConditions: [SOURCE, 'node'] },
    };
  },
});

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [workspaceSource()],
    resolve: { conditions: CLIENT_CONDITIONS },
    ssr: { resolve: { conditions: SERVER_CONDITIONS, externalConditions: [SOURCE, 'node'] } },
  },
});
