import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The MDX renderings of the documents, one per policy: content/policies/<id>.mdx (outside this app; read-only here). */
const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: '../../content/policies' }),
  schema: z.object({
    policy: z.string(),
    title: z.string(),
    source: z.string(),
    /** Parts of the source deliberately left out of the rendering (shape owned by content/). */
    omitted: z.array(z.unknown()).optional(),
  }),
});

export const collections = { policies };
