/**
 * The downloadable dataset: every policy (metadata, clauses, provisions with quotes, printed
 * tables) and every comparison table, stamped with the dataset version (the SDK's package version)
 * and each document's dates. The CLI and the site build it with this one function; its JSON Schema
 * is generated from the zod schemas below (`datasetJsonSchemas`).
 */
import { z } from 'zod';
import { policyList } from '../policies/index.ts';
import { Policy, PolicyId, Provision } from '../schema/index.ts';
import { compareAll, CompareTable } from './compare.ts';

/** One document in the dataset: its metadata. */
export const DatasetDocument = z.object({
  id: PolicyId,
  title: z.string(),
  docNumber: z.string(),
  /** ISO date the document was issued. */
  issued: z.string(),
  /** Effective-date statement, verbatim. */
  effective: z.string(),
  validity: z.string().optional(),
  provisions: z.number().int().nonnegative(),
});

/** The downloadable dataset: documents, provisions and comparison tables. */
export const Dataset = z.object({
  dataset: z.literal('bangfu'),
  /** Version of @bangfu/sdk the data comes from. */
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  /** How to cite the dataset and a provision. */
  cite: z.object({ dataset: z.string(), provision: z.string() }),
  documents: z.array(DatasetDocument),
  policies: z.array(Policy),
  comparison: z.array(CompareTable),
});
export type Dataset = z.infer<typeof Dataset>;

/** How to cite: `bangfu dataset v0.1.0, guzhang-2021:medical.inpatient.dibao.threshold`. */
export const citation = (version: string, globalProvisionId?: string): string => `bangfu dataset v${version}${globalProvisionId ? `, ${globalProvisionId}` : ''}`;

/** The downloadable dataset (data/bangfu.json): every document with its provisions and the comparison tables, stamped with the SDK’s version. */
export function buildDataset(version: string, policies: Policy[] = policyList()): Dataset {
  return {
    dataset: 'bangfu',
    version,
    cite: { dataset: citation(version), provision: citation(version, 'guzhang-2021:medical.inpatient.dibao.threshold') },
    documents: policies.map((p) => ({
      id: p.id as PolicyId, title: p.title, docNumber: p.docNumber, issued: p.issued, effective: p.effective,
      ...(p.validity ? { validity: p.validity } : {}), provisions: p.provisions.length,
    })),
    policies,
    comparison: compareAll(policies),
  };
}

/**
 * JSON Schemas (draft 2020-12) of the downloads, generated from the zod schemas in "output" mode:
 * they describe data as parsed (defaults filled in, so e.g. `appliesTo` and `tables` are required),
 * which is what the downloads contain. Cross-references checked by the Policy schema's superRefine
 * (unique provision ids, known clause ids) cannot be expressed in JSON Schema and are not in it.
 */
export function datasetJsonSchemas(version: string): Record<'dataset' | 'policy' | 'provision' | 'compare-table', Record<string, unknown>> {
  const gen = (name: string, schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'output' }),
    $id: `/data/schema/${name}.json`,
    title,
    description: `${title}, bangfu dataset v${version}. Generated from the zod schemas of @bangfu/sdk (output mode).`,
  });
  return {
    dataset: gen('dataset', Dataset, 'bangfu dataset'),
    policy: gen('policy', Policy, 'bangfu policy'),
    provision: gen('provision', Provision, 'bangfu provision'),
    'compare-table': gen('compare-table', CompareTable, 'bangfu comparison table'),
  };
}
