/** The documents of one province, as the place picker lists them (lib/places-url.ts PlaceEntry). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { provinces } from '../../../lib/places.ts';

export const getStaticPaths = (() => provinces().map((p) => ({ params: { province: p.slug }, props: { places: p.places } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ places: (props as { places: unknown[] }).places }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
