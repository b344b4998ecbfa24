/**
 * The documents loaded so far, and how one is loaded (internal: the root does not re-export this).
 *
 * Each local document is its own module (generated/policies/<id>). Nothing loads one until it is
 * asked for: `loadPolicy` imports it (a literal `import()` per document, generated/loaders.ts, which
 * Node and every bundler understand: a bundle splits each document into a chunk of its own); the
 * synchronous API (`getPolicy`, `findPolicy`, `policyList`, `policies`) takes it from here, and in
 * Node, where it is not loaded yet, requires it synchronously (require of an ES module, Node ≥ 20.19
 * and ≥ 22.12: the documents have no top-level await). Where that is not possible — a bundle, a
 * browser — it must have been loaded first (`await loadPolicy(id)`), or every document registered by
 * importing `@bangfu/sdk/all`.
 */
import type { Policy, PolicySummary } from '../schema/index.ts';
import { catalogue } from '../generated/catalogue.ts';
import { LOADERS } from '../generated/loaders.ts';
import { BangfuProgrammerError } from '../calculators/core.ts';

/** The catalogue by id: every local document is known without loading it. */
export const _SUMMARIES: ReadonlyMap<string, PolicySummary> = new Map(catalogue.map((e) => [e.id, e]));

const loaded = new Map<string, Policy>();
const pending = new Map<string, Promise<Policy>>();

/** Documents loaded by other means (`@bangfu/sdk/all` imports every module statically). */
export function _remember(list: readonly Policy[]): void {
  for (const p of list) if (!loaded.has(p.id)) loaded.set(p.id, p);
}

/** The ids of the documents loaded so far, in the order they were (for tests and diagnostics). */
export const _loadedIds = (): string[] => [...loaded.keys()];

// The generated modules sit beside this folder as .ts (the source, run by Node stripping the types)
// or .js (the built package); in a bundle this module's URL is a chunk's and the require below fails.
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
type Require = (id: string) => unknown;
let nodeRequire: Require | null | undefined;
function requireHere(): Require | null {
  if (nodeRequire === undefined) {
    // Not `import … from 'node:module'`: a bundle for the browser must not see a Node built-in.
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = proc?.getBuiltinModule?.('node:module') as { createRequire?: (url: string) => Require } | undefined;
    nodeRequire = mod?.createRequire ? mod.createRequire(import.meta.url) : null;
  }
  return nodeRequire;
}

/** A known document, loaded synchronously: from what is loaded, else (Node) required from its own module. */
export function _loadSync(id: string, caller: string): Policy {
  const have = loaded.get(id);
  if (have) return have;
  const req = requireHere();
  let policy: Policy | undefined;
  if (req) {
    try {
      policy = (req(`../generated/policies/${id}${EXT}`) as { default: Policy }).default;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE' && code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    }
  }
  if (!policy)
    throw new BangfuProgrammerError(
      `${caller}: the document ${id} is not loaded and cannot be loaded synchronously here (a bundle or a browser): ` +
        `\`await loadPolicy('${id}')\` (or loadPolicies) first, or import '@bangfu/sdk/all' to bundle and register every document`,
    );
  loaded.set(id, policy);
  return policy;
}

/** A known document, loaded from its own module (once; concurrent calls share the import). */
export function _load(id: string): Promise<Policy> {
  const have = loaded.get(id);
  if (have) return Promise.resolve(have);
  let p = pending.get(id);
  if (!p) {
    p = LOADERS[id]!().then(
      (m) => {
        pending.delete(id);
        // A synchronous load may have won meanwhile: keep the first, so that a document is one object.
        if (!loaded.has(id)) loaded.set(id, m.default);
        return loaded.get(id)!;
      },
      (e: unknown) => {
        pending.delete(id);
        throw e;
      },
    );
    pending.set(id, p);
  }
  return p;
}
