/**
 * One document's rules, as the pages' scripts fetch them for the places chosen (scripts/policy-data.ts):
 * what the calculators read (provisions, when it is in force, the national rules it applies), its
 * place as the picker lists it, and what its results cite (clause labels, how to apply). One file per
 * document, so what a page loads grows with the places it shows, not with the documents there are.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalFor, type Policy } from '@bangfu/sdk';
import { citeData } from '../../../../lib/next-steps.ts';
import { placeEntry } from '../../../../lib/places.ts';
import { policiesInScope } from '../../../../lib/build-scope.ts';

export const getStaticPaths = (() => policiesInScope().map((policy) => ({ params: { id: policy.id }, props: { policy } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const p = (props as { policy: Policy }).policy;
  const body = { id: p.id, name: p.shortName.zh, place: placeEntry(p), inForce: p.inForce, national: nationalFor(p), provisions: p.provisions, cite: await citeData([p]) };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
