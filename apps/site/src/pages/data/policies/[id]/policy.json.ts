/**
 * One document's part of the dataset (the SDK's buildDocumentDataset): its metadata, its whole
 * encoding and its column of every comparison table, in the shape of data/bangfu.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Policy } from '@bangfu/sdk';
import { buildDocumentDataset } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../../../lib/compare.ts';
import { policiesInScope } from '../../../../lib/build-scope.ts';

export const getStaticPaths = (() => policiesInScope().map((policy) => ({ params: { id: policy.id }, props: { policy } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(buildDocumentDataset(DATASET_VERSION, (props as { policy: Policy }).policy), null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
