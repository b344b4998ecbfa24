/**
 * Old links of the places shown, read as the place picker's (lib/places-url.ts). A module of its own: the
 * household view and the comparison tables read such links; the calculators never had them, and their
 * JavaScript budget has no bytes to spare.
 */
import { PLACES_PARAM } from './places-url.ts';

/**
 * The former parameters of the places shown — the comparison table's tick boxes (`?place=a,b`) and the
 * household view's "只看我所在的地方" (`?place=<id>`) — read as the place picker's `?places=`.
 */
export const OLD_PLACE_PARAM = 'place';

/** An address with `place=` rewritten as `places=` (unless it has both: then `places` wins); `undefined` when there is nothing to rewrite. */
export function upgradePlaceParam(search: string): string | undefined {
  const q = new URLSearchParams(search);
  const old = q.get(OLD_PLACE_PARAM);
  if (old === null) return undefined;
  q.delete(OLD_PLACE_PARAM);
  if (old && !q.has(PLACES_PARAM)) q.set(PLACES_PARAM, old);
  const s = q.toString();
  return s ? `?${s}` : '';
}
