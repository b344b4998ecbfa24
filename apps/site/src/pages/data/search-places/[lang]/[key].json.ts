/**
 * The search pages' place names, by first character (lib/search-places.ts), and each language's list of
 * the files there are (`index.json`): what a query fetches to read the place it names.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchPlaceFiles } from '../../../../lib/search-places.ts';

export const getStaticPaths = (() =>
  (['zh', 'en'] as const).flatMap((lang) => {
    const files = searchPlaceFiles(lang);
    return [
      { params: { lang, key: 'index' }, props: { body: [...files.keys()].sort() } },
      ...[...files].map(([key, places]) => ({ params: { lang, key }, props: { body: places } })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { body: unknown }).body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
