/**
 * One CSV per area: the comparison table in long format (one line per provision in a cell, one per
 * empty cell), with a UTF-8 byte-order mark so that Excel opens the Chinese text as UTF-8.
 */
import type { APIRoute } from 'astro';
import { AREA_IDS, policyList, type Area } from '@bangfu/sdk';
import { compareArea, compareCsv, CSV_BOM } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../lib/compare.ts';

export function getStaticPaths() {
  return AREA_IDS.map((area) => ({ params: { area } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(CSV_BOM + compareCsv(compareArea(params.area as Area, policyList()), DATASET_VERSION), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
