/**
 * One document's column of every comparison table as CSV: the per-area CSVs' columns and records
 * (COMPARE_COLUMNS), area after area, with a UTF-8 byte-order mark for Excel.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Policy } from '@bangfu/sdk';
import { CSV_BOM, documentCompareCsv } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../../../lib/compare.ts';
import { policiesInScope } from '../../../../lib/build-scope.ts';

export const getStaticPaths = (() => policiesInScope().map((policy) => ({ params: { id: policy.id }, props: { policy } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(CSV_BOM + documentCompareCsv(DATASET_VERSION, (props as { policy: Policy }).policy), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
