/** What the household page's script needs to recompute: each policy's rules and names (fetched on first use), with each rule's 责任单位 for the results' next steps. */
import type { APIRoute } from 'astro';
import { nationalFor, policyList } from '@bangfu/sdk';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(policyList().map((p) => ({ id: p.id, name: p.shortName.zh, inForce: p.inForce, national: nationalFor(p), provisions: p.provisions }))),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
