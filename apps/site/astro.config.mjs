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

/**
 * The site's server code (every page is built from every document) imports the SDK's root as
 * `@bangfu/sdk/all`: the same API with every document bundled and registered, so that `policyList()`,
 * `getPolicy()`… answer synchronously inside Vite's bundle, where the root cannot load a document on
 * demand (it loads none at import: packages/sdk/README.md, "Loading documents"). Browser bundles are
 * left alone: their scripts import the SDK's subpaths and carry no document.
 */
const allDocuments = () => ({
  name: 'bangfu:all-documents',
  enforce: /** @type {const} */ ('pre'),
  applyToEnvironment: (/** @type {{ config: { consumer?: string } }} */ env) => env.config.consumer !== 'client',
  /** @this {{ resolve: (id: string, importer?: string, options?: object) => Promise<unknown> }} @param {string} id @param {string | undefined} importer @param {object} options */
  resolveId(id, importer, options) {
    return id === '@bangfu/sdk' ? this.resolve('@bangfu/sdk/all', importer, { ...options, skipSelf: true }) : null;
  },
});

/**
 * Content-Security-Policy (Astro's built-in `security.csp`, rendered as a <meta http-equiv> in every
 * page's <head>): script-src and style-src are 'self' plus the SHA-256 hash of every inline script
 * or style Astro emits — no 'unsafe-inline', no third-party origin. Everything else is same-origin
 * only. The search page adds 'wasm-unsafe-eval' to its own script-src (Pagefind compiles its
 * WebAssembly search core with WebAssembly.instantiate); no other page allows it.
 * `frame-ancestors` cannot be set from a <meta>; it belongs in the host's HTTP headers.
 */
/** @type {import('astro').AstroUserConfig['security'] extends infer S ? S extends { csp?: infer C } ? C extends { directives?: infer D } ? D : never : never : never} */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
];

/**
 * zod v4 probes `new Function('')` once to decide whether to JIT-compile object parsers. Under the
 * CSP (no 'unsafe-eval') the probe throws and is caught, but Chromium still reports a CSP violation
 * (console error, Lighthouse "inspector issues"). zod skips the probe when its global config says
 * `jitless`; the config object lives on `globalThis.__zod_globalConfig` and is created by zod's
 * core module, so in browser bundles it is created with `jitless: true`. The e2e tests fail on any
 * CSP violation, so a zod upgrade that changes this line is caught.
 */
const zodJitless = () => ({
  name: 'bangfu:zod-jitless',
  applyToEnvironment: (/** @type {{ config: { consumer?: string } }} */ env) => env.config.consumer === 'client',
  /** @this {{ error: (message: string) => never }} @param {string} code @param {string} id */
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id.split('?')[0] ?? '')) return null;
    const from = '.__zod_globalConfig = {})';
    if (!code.includes(from)) this.error(`zod's global config initialiser changed; update bangfu:zod-jitless (${id})`);
    return { code: code.replace(from, '.__zod_globalConfig = { jitless: true })'), map: null };
  },
});

export default defineConfig({
  // tools/build.ts builds an incremental rebuild's pages apart, then merges them into dist/.
  outDir: process.env.BANGFU_OUT_DIR || './dist',
  trailingSlash: 'always',
  security: { csp: { algorithm: 'SHA-256', directives: CSP_DIRECTIVES } },
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [workspaceSource(), allDocuments(), zodJitless()],
    resolve: { conditions: CLIENT_CONDITIONS },
    ssr: { resolve: { conditions: SERVER_CONDITIONS, externalConditions: [SOURCE, 'node'] } },
  },
});
