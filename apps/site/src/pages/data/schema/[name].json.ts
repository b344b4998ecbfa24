/** JSON Schemas of the downloads, generated from the SDK's zod schemas (output mode). */
import type { APIRoute } from 'astro';
import { datasetJsonSchemas } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../../lib/compare.ts';

const schemas = datasetJsonSchemas(DATASET_VERSION);

export function getStaticPaths() {
  return Object.keys(schemas).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(schemas[params.name as keyof typeof schemas], null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
