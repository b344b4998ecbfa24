// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { registerHooks } from 'node:module';

/**
 * Workspace packages are read from their TypeScript source: the SDK's package.json `exports`
 * carries a `bangfu-source` condition pointing at src/*.ts. Vite resolves conditions per
 * environment (client, ssr, and Astro's own prerender/astro environments), so the condition is
 * added to every one of them, ahead of Vite's defaults.
 */
const SOURCE = 'bangfu-source';
const CLIENT_CONDITIONS = [SOURCE, 'module', 'browser', 'development|production'];
const SERVER_CONDITIONS = [SOURCE, 'module', 'node', 'development|production'];

/**
 * In `astro build` the server code does not bundle the SDK (sdkExternal below): Node loads it as any
 * program would, from its TypeScript source (the `bangfu-source` condition, added to Node's own
 * resolution here). So a document's encoding is loaded only when a page asks for it (the root loads
 * none at import: packages/sdk/README.md, "Loading documents"), and the bundle does not grow with the
 * number of documents: tools/build.ts can build the documents' pages in batches, each batch a process
 * that loads its own documents. (`astro dev` bundles `@bangfu/sdk/all` instead: allDocumentsInDev.)
 */
registerHooks({
  resolve(specifier, context, nextResolve) {
    return nextResolve(specifier, context.conditions.includes(SOURCE) ? context : { ...context, conditions: [SOURCE, ...context.conditions] });
  },
});

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
 * `astro build`: the SDK is left out of the server bundle (every environment but the browser's): its
 * imports stay `import … from '@bangfu/sdk…'`, which Node resolves to the SDK's source (the hook
 * above). Vite would not externalise it by itself: a linked package resolved to `.ts` files is
 * always bundled.
 */
const sdkExternal = () => ({
  name: 'bangfu:sdk-external',
  apply: /** @type {const} */ ('build'),
  enforce: /** @type {const} */ ('pre'),
  applyToEnvironment: (/** @type {{ config: { consumer?: string } }} */ env) => env.config.consumer !== 'client',
  /** @param {string} id */
  resolveId(id) {
    // (its package.json, read for the version, is inlined as any JSON is)
    return id === '@bangfu/sdk' || (id.startsWith('@bangfu/sdk/') && !id.endsWith('.json')) ? { id, external: true } : null;
  },
});

/**
 * `astro dev`: Vite's module runner loads the SDK itself (it cannot hand a linked package's `.ts`
 * files to Node), where the root cannot load a document on demand; the server code imports the root
 * as `@bangfu/sdk/all` instead: the same API with every document registered.
 */
const allDocumentsInDev = () => ({
  name: 'bangfu:all-documents-in-dev',
  apply: /** @type {const} */ ('serve'),
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
    plugins: [workspaceSource(), sdkExternal(), allDocumentsInDev(), zodJitless()],
    resolve: { conditions: CLIENT_CONDITIONS },
    ssr: { resolve: { conditions: SERVER_CONDITIONS, externalConditions: [SOURCE, 'node'] } },
  },
});
