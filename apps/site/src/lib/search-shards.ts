/**
 * The search index is written in shards of documents (scripts/search-index.ts): the first is
 * Pagefind's bundle at /pagefind/, the others are listed in /pagefind/shards.json and merged into it
 * with Pagefind's `mergeIndex` (they share its WebAssembly core and its worker). Client code for the
 * search pages; it imports nothing.
 */
export interface MergeableIndex {
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

/** Merge every other shard into the Pagefind API loaded from /pagefind/pagefind.js. */
export async function mergeShards<T extends MergeableIndex>(api: T, manifest = '/pagefind/shards.json'): Promise<T> {
  const res = await fetch(manifest);
  if (!res.ok) throw new Error(`${manifest}: ${res.status}`);
  const { shards } = (await res.json()) as { shards: string[] };
  for (const path of shards) await api.mergeIndex(path);
  return api;
}
