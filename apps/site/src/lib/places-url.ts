/**
 * Which places a page shows, in its URL: `?places=<id>,<id>,…` (policy ids, in the order chosen).
 * Shared by the build (pages render their default places) and the browser (the place picker), so it
 * imports nothing of the SDK: a browser bundle carries no list of documents.
 *
 * Reading: ids are split on commas (a full-width comma or a space too, as people type them), trimmed,
 * lower-cased, and kept when they have the shape of a policy id; repeats are dropped; at most
 * MAX_PLACES are read. Whether an id names a document is known only once its data is fetched
 * (`/data/policies/<id>/rules.json`); the page drops and notices an unknown one.
 */

/** The URL parameter. */
export const PLACES_PARAM = 'places';

/** How many places a page shows at once: every card, column and rule set is fetched, so it stays a handful. */
export const MAX_PLACES = 8;

/** How many places a page shows when the URL names none. */
export const DEFAULT_PLACE_COUNT = 5;

/** The shape of a policy id (`<county-pinyin>-<year>`, see the SDK's POLICY_ID_PATTERN), checked before anything is fetched. */
const ID_SHAPE = /^[a-z][a-z0-9-]{0,60}-\d{4}$/;

export interface PlacesRead {
  /** The ids read, in order, without repeats, at most MAX_PLACES. */
  ids: string[];
  /** Parts of the parameter that are not ids (shown back to the reader), and whether some were cut for MAX_PLACES. */
  rejected: string[];
  truncated: boolean;
}

/** Read `?places=` from a query string (or URLSearchParams); `undefined` when the URL names no place. */
export function readPlaces(query: string | URLSearchParams): PlacesRead | undefined {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const raw = q.get(PLACES_PARAM);
  if (raw === null) return undefined;
  const ids: string[] = [];
  const rejected: string[] = [];
  let truncated = false;
  for (const part of raw.split(/[,，、\s]+/)) {
    if (!part) continue;
    const id = part.toLowerCase();
    if (!ID_SHAPE.test(id)) {
      if (rejected.length < 5) rejected.push(part.slice(0, 40));
      continue;
    }
    if (ids.includes(id)) continue;
    if (ids.length >= MAX_PLACES) {
      truncated = true;
      continue;
    }
    ids.push(id);
  }
  return { ids, rejected, truncated };
}

/** Write the chosen places into a query; the parameter is left out when they are the page's defaults (a link stays short). */
export function writePlaces(q: URLSearchParams, ids: readonly string[], defaults: readonly string[]): URLSearchParams {
  const same = ids.length === defaults.length && ids.every((id, i) => id === defaults[i]);
  if (same) q.delete(PLACES_PARAM);
  else q.set(PLACES_PARAM, ids.join(','));
  return q;
}

/** One document as the picker lists it (`/data/places/<province>.json`, and the defaults embedded in a page). */
export interface PlaceEntry {
  /** The policy id. */
  id: string;
  /** Short name and English name of the place (`古丈县`, `Guzhang County`). */
  zh: string;
  en: string;
  /** Prefecture, for telling apart places of the same name. */
  prefecture: { zh: string; en: string };
  province: { zh: string; en: string };
  /** Year of issue and 文号: a place may have several documents. */
  year: string;
  docNumber: string;
}

/** A province as the picker offers it (`/data/places/index.json`): its file and how many documents it holds. */
export interface ProvinceEntry {
  slug: string;
  zh: string;
  en: string;
  count: number;
}

/**
 * For a page that loads the place picker's code only when it is needed (its JavaScript budget is tight):
 * at once when the link names places — the promise is returned, for the page to wait on — otherwise when
 * the reader presses "选择其他地方" (#pp-open, shown here), after which the province list has the focus.
 * `load` imports and mounts the picker.
 */
export function pickerOnDemand<T>(load: () => Promise<T>): Promise<T> | undefined {
  if (new URLSearchParams(location.search).has(PLACES_PARAM)) return load();
  const opener = document.getElementById('pp-open');
  if (!opener) return;
  opener.hidden = false;
  opener.onclick = () => {
    opener.onclick = null;
    void load().then(() => document.getElementById('pp-province')?.focus());
  };
}
