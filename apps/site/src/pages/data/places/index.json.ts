/** The provinces the place picker offers, each with the number of its documents (its file: ./<slug>.json). */
import type { APIRoute } from 'astro';
import { provinces } from '../../../lib/places.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ provinces: provinces().map(({ places: _p, ...e }) => e) }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
