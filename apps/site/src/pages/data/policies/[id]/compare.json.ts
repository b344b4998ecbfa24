/**
 * One document's cells of every comparison table, as the comparison pages' script fetches them for
 * the places chosen (lib/compare-view.ts DocCompare): one file per document, so a table loads the
 * columns it shows and no others.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Policy } from '@bangfu/sdk';
import { docCompare } from '../../../../lib/compare.ts';
import { policiesInScope } from '../../../../lib/build-scope.ts';

export const getStaticPaths = (() => policiesInScope().map((policy) => ({ params: { id: policy.id }, props: { policy } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(docCompare((props as { policy: Policy }).policy)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
