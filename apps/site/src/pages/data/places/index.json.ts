/** The provinces the place picker offers, each with the number of its documents (its file: ./<slug>.json). */
import type { APIRoute } from 'astro';
import { provinceEntries } from '../../../lib/places.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ provinces: provinceEntries() }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
