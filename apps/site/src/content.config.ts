import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsInScope } from './lib/build-scope.ts';

/**
 * The MDX renderings of the documents, one per document folder: content/policies/<id>/rendering.mdx
 * (outside this app; read-only here). The entry id is the folder's name, which is the policy id.
 * A build of some documents (src/lib/build-scope.ts: tools/build.ts's batches and incremental
 * rebuilds) reads only theirs, so that it compiles and holds as many renderings as it writes pages
 * for, not every document's: pages that list documents ask lib/policies.ts hasRendering instead.
 */
const inScope = docsInScope && [...docsInScope].map((id) => `${id}/rendering.mdx`);
const policies = defineCollection({
  loader: glob({ pattern: inScope ? (inScope.length ? inScope : 'no-document-in-this-build/rendering.mdx') : '*/rendering.mdx', base: '../../content/policies', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: z.object({
    /** The extraction's file name as delivered (content/policies/<id>/source.txt is that file). */
    extraction: z.string().optional(),
    /** Parts of the source deliberately left out of the rendering (shape owned by content/). */
    omitted: z.array(z.unknown()).optional(),
  }),
});

/** The national rules the calculators apply (content/national/<id>/rendering.mdx): rendered like a document, marked as national. */
const national = defineCollection({
  loader: glob({ pattern: '*/rendering.mdx', base: '../../content/national', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: z.object({ extraction: z.string().optional(), omitted: z.array(z.unknown()).optional() }),
});

export const collections = { policies, national };
