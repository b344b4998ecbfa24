/** The whole dataset as one JSON file, built by the SDK's buildDataset (the same function the CLI uses). */
import type { APIRoute } from 'astro';
import { policyList } from '@bangfu/sdk';
import { buildDataset } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../lib/compare.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildDataset(DATASET_VERSION, policyList()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
