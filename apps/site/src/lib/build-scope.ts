/**
 * Which documents' own pages a build writes (tools/build.ts, incremental rebuilds). A full build writes
 * every page. An incremental one is given the changed documents in BANGFU_ONLY_DOCS (comma-separated,
 * possibly empty): each per-document route (the document, its provisions, their English twins, its
 * data files) builds those documents only, and every other page — the lists, calculators, comparisons,
 * the household view, the data of the whole site — is built in full, as it may show any document.
 */
import { getPolicy, policyCatalogue, type Policy, type PolicyId } from '@bangfu/sdk';

const raw = process.env.BANGFU_ONLY_DOCS;

/** The documents of an incremental build; `undefined` in a full build. */
export const docsInScope: ReadonlySet<string> | undefined = raw === undefined ? undefined : new Set(raw.split(',').filter(Boolean));

/** Whether this build writes the pages of this document (national rules documents included: they change with the code, so only a full build writes them). */
export const inScope = (id: string): boolean => !docsInScope || docsInScope.has(id);

/** A per-document route's paths, kept to the documents of this build. */
export const scoped = <T extends { params: { id: string } }>(paths: T[]): T[] => (docsInScope ? paths.filter((p) => inScope(p.params.id)) : paths);

/**
 * The local documents whose own pages this build writes, in listing order: every one in a full build,
 * else those of the batch — loaded (the SDK loads a document when asked), the others not.
 */
export const policiesInScope = (): Policy[] => policyCatalogue().filter((e) => inScope(e.id)).map((e) => getPolicy(e.id as PolicyId));
