/**
 * Which documents' own pages an `astro build` writes. Without BANGFU_ONLY_DOCS, every page. With it
 * (comma-separated, possibly empty: tools/build.ts's batches of a full build, and incremental rebuilds),
 * each per-document route (the document, its provisions, their English twins, its data files) builds
 * those documents only, and every other page — the lists, calculators, comparisons, the household view,
 * the data page — is built in full, as it may show any document: from the catalogue, the SDK's TOTALS
 * and the default places, so that it is the same whichever documents the batch holds.
 */
import { getPolicy, policyCatalogue, type Policy, type PolicyId } from '@bangfu/sdk';

const raw = process.env.BANGFU_ONLY_DOCS;

/** The documents of this build (a batch, or an incremental rebuild's changed ones); `undefined` when it writes every page. */
export const docsInScope: ReadonlySet<string> | undefined = raw === undefined ? undefined : new Set(raw.split(',').filter(Boolean));

/** Whether this build writes the pages of this document (the national rules too: tools/build.ts puts them in a full build's first batch; an incremental one leaves them, as they change only with the code). */
export const inScope = (id: string): boolean => !docsInScope || docsInScope.has(id);

/** A per-document route's paths, kept to the documents of this build. */
export const scoped = <T extends { params: { id: string } }>(paths: T[]): T[] => (docsInScope ? paths.filter((p) => inScope(p.params.id)) : paths);

/**
 * The local documents whose own pages this build writes, in listing order: every one in a full build,
 * else those of the batch — loaded (the SDK loads a document when asked), the others not.
 */
export const policiesInScope = (): Policy[] => policyCatalogue().filter((e) => inScope(e.id)).map((e) => getPolicy(e.id as PolicyId));
