/** Stable public URLs of the site. Clause ids are used verbatim as fragments: `/policies/guzhang-2021/#4.3`. */
import { FORMS, type FieldSpec } from './calc-forms.ts';

export const docUrl = (policyId: string): string => `/policies/${policyId}/`;

export const clauseUrl = (policyId: string, clauseId: string): string => `${docUrl(policyId)}#${clauseId}`;

export const provisionUrl = (policyId: string, provisionId: string): string => `${docUrl(policyId)}p/${provisionId}/`;

/** `guzhang-2021:medical.inpatient.dibao.threshold` → its provision page. */
export function globalProvisionUrl(globalId: string): string {
  const i = globalId.indexOf(':');
  return provisionUrl(globalId.slice(0, i), globalId.slice(i + 1));
}

/**
 * A calculator page; with `query`, a link that opens it with those entries and the calculator's
 * example for every other field — written out in full (the entries format below), so the link
 * means the same whatever the page's defaults become.
 */
export function calculatorUrl(id: string, query?: Record<string, string>): string {
  const form = FORMS[id as keyof typeof FORMS];
  if (!query || !Object.keys(query).length) return `/calculators/${id}/`;
  return `/calculators/${id}/?${form ? encodeEntries(form.fields, { ...form.example, ...query }) : new URLSearchParams(query).toString()}`;
}

/** The policy id of a document or provision page, from its path. */
export function policyIdFromPath(pathname: string): string | undefined {
  return /^\/policies\/([^/]+)\//.exec(pathname)?.[1];
}

/*
 * Form entries in the URL (calculators, the household view, the benefit curves).
 *
 * Format, version 2: `?v=2&<field>=<value>&…` — `v` first, then every field of the form in form
 * order, each exactly once, with exactly what is in the field (not trimmed), percent-encoded as
 * UTF-8 by URLSearchParams (space → `+`). A field left empty is written `field=`; a checkbox is
 * `true` when ticked and empty when not. Reading:
 *
 * - a URL with no field of the form at all (`?v=2` alone, `?from=singlemessage`, nothing) carries no
 *   entries: the page's defaults apply (the first visit);
 * - otherwise every field is read from the URL, and a field the URL lacks is EMPTY, never the
 *   default (and noticed, except a checkbox: an HTML form submitted without the script leaves
 *   unticked boxes out). A present-but-empty parameter is empty;
 * - version 1 is the unversioned format written before: it left out empty fields (and unticked
 *   boxes), so a field it lacks was empty when the link was written — read as empty, and listed in
 *   the notice where the old page would have filled in its default instead. A choice that cannot be
 *   empty (a select without an empty option) was always written: if the link lacks it, the link is
 *   older than the field, and the page's default is read, with a notice;
 * - a value longer than MAX_VALUE_LENGTH characters (UTF-16 code units) is not read: the field is
 *   left empty and the notice says so. No valid entry is anywhere near that long;
 * - a parameter given more than once: the first value is read; if the values differ, the notice says so;
 * - a choice that is not one of the field's options is kept (the page shows it as invalid) and
 *   noticed (an empty choice is "nothing chosen", as the form writes it); a checkbox value other than `true` or empty is read as unticked and noticed;
 * - parameters that are not fields: ignored. In a version-2 link they were added by something else
 *   (messaging apps append `from=…`), so they are not listed; in a link of any other version they
 *   may be fields that no longer exist, and are listed (sharing/tracking parameters excepted, see
 *   SHARING_PARAMS) — at most MAX_LISTED of them, names cut to 40 characters;
 * - a version the page does not know (`v=3`, `v=x`) is read as version 2, with a notice.
 *
 * Whether a value is valid for its field (a number, a count…) is the calculator's to say: the form
 * reports it next to the field once the page computes.
 */
export const URL_VERSION = 2;
/** Longest value read from a URL, in characters (UTF-16 code units). */
export const MAX_VALUE_LENGTH = 100;
/** At most this many unknown parameters are named in a notice. */
export const MAX_LISTED = 10;
/** Parameters that sharing and analytics tools append to links; never listed as dropped entries. */
export const SHARING_PARAMS = /^(utm_.*|from|isappinstalled|fbclid|gclid|spm)$/;
/** Parameters of a page that are not entries of its form (the places shown, the day asked, the former single place): never listed as dropped entries. */
export const PAGE_PARAMS = new Set(['places', 'place', 'asOf']);

/** What the URL reader needs of a field. */
export type UrlField = Pick<FieldSpec, 'name' | 'label' | 'en' | 'type' | 'optional'> & { options?: { value: string; label?: string }[] };

/** A choice as the form shows it. */
const optionLabel = (f: UrlField, v: string): string => f.options?.find((o) => o.value === v)?.label ?? v;

export interface UrlNotice {
  /** The field concerned; absent for the link as a whole (its version, unknown parameters). */
  field?: string;
  kind: 'version' | 'legacy-empty' | 'legacy-default' | 'missing' | 'repeated' | 'too-long' | 'bad-choice' | 'bad-checkbox' | 'unknown' | 'invalid';
  zh: string;
  en: string;
}

export interface DecodedEntries {
  /** Every field's value, or null when the URL carries no entries (the page's defaults apply). */
  entries: Record<string, string> | null;
  /** 1 for an unversioned link, the number given otherwise (NaN for a `v` that is not a number). */
  version: number;
  /** What was read differently from what the link says, or from what an older page would have shown; empty when the link is read exactly. */
  notices: UrlNotice[];
}

/** The query (without `?`) that reproduces these entries: `v=2&a=1&b=`. */
export function encodeEntries(fields: readonly Pick<FieldSpec, 'name'>[], values: Record<string, string>): string {
  const q = new URLSearchParams([['v', String(URL_VERSION)]]);
  for (const f of fields) q.append(f.name, values[f.name] ?? '');
  return q.toString();
}

/** A value as a notice shows it: quoted, cut to 40 characters. */
export const shown = (v: string, max = 40): string => `“${v.length > max ? `${v.slice(0, max)}…` : v}”`;

/**
 * Read a URL query (`?…`, or its parameters) for a form. `defaults` are the page's own values of
 * the fields, used only to say what an old link would have shown.
 */
export function decodeEntries(search: string | URLSearchParams, fields: readonly UrlField[], defaults: Record<string, string> = {}): DecodedEntries {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const vRaw = q.get('v');
  const version = vRaw === null ? 1 : /^\d{1,4}$/.test(vRaw) ? Number(vRaw) : Number.NaN;
  const current = version === URL_VERSION;
  const notices: UrlNotice[] = [];
  if (vRaw !== null && !current) {
    notices.push({ kind: 'version', zh: `链接的格式版本 ${shown(vRaw)} 不是本页的版本（${URL_VERSION}），已按现行格式读取`, en: `link format version ${shown(vRaw)} is not this page's (${URL_VERSION}); read in the current format` });
  }
  const names = new Set(fields.map((f) => f.name));
  if (!current) {
    const unknown = [...new Set([...q.keys()])].filter((k) => k !== 'v' && !names.has(k) && !PAGE_PARAMS.has(k) && !SHARING_PARAMS.test(k));
    if (unknown.length) {
      const listed = unknown.slice(0, MAX_LISTED).map((k) => shown(k)).join('、');
      const more = unknown.length > MAX_LISTED ? `等 ${unknown.length} 项` : '';
      notices.push({ kind: 'unknown', zh: `链接中的 ${listed}${more} 不是本页的输入项，已忽略`, en: `${listed}${unknown.length > MAX_LISTED ? ` and ${unknown.length - MAX_LISTED} more` : ''}: not entries of this page; ignored` });
    }
  }
  if (!fields.some((f) => q.has(f.name))) return { entries: null, version, notices };

  const entries: Record<string, string> = {};
  for (const f of fields) {
    const all = q.getAll(f.name);
    const name = { zh: f.label, en: f.en };
    if (all.length === 0) {
      entries[f.name] = '';
      const d = defaults[f.name] ?? '';
      if (version === 1 && f.type === 'select' && f.options && !f.options.some((o) => o.value === '')) {
        // The old page always wrote a choice that cannot be empty: the link is older than the field.
        entries[f.name] = d;
        if (d !== '')
          notices.push({
            field: f.name,
            kind: 'legacy-default',
            zh: `${name.zh}：旧链接中没有此项（当时还没有这一项），按本页默认的${shown(optionLabel(f, d))}读取`,
            en: `${name.en}: not in the old link (the field did not exist then); read as this page's default ${shown(optionLabel(f, d))}`,
          });
      } else if (version === 1) {
        if (d !== '')
          notices.push({
            field: f.name,
            kind: 'legacy-empty',
            zh: `${name.zh}：旧链接没有写出此项（当时为空），按空白读取，不再填入示例值${shown(optionLabel(f, d))}`,
            en: `${name.en}: not in the old link (it was empty then); read as empty, no longer as the example value ${shown(optionLabel(f, d))}`,
          });
      } else if (f.type !== 'checkbox' && !(f.type === 'select' && f.optional && f.options?.some((o) => o.value === '')))
        // (an optional choice whose empty option means "not said", such as 是否重特大疾病, reads a missing entry as just that)
        notices.push({ field: f.name, kind: 'missing', zh: `${name.zh}：链接中没有此项，按空白读取`, en: `${name.en}: not in the link; read as empty` });
      continue;
    }
    let v = all[0]!;
    if (all.some((x) => x !== v))
      notices.push({ field: f.name, kind: 'repeated', zh: `${name.zh}：链接中出现 ${all.length} 次且不相同，已取第一个值${shown(v)}`, en: `${name.en}: given ${all.length} times with different values; the first, ${shown(v)}, was read` });
    if (v.length > MAX_VALUE_LENGTH) {
      notices.push({ field: f.name, kind: 'too-long', zh: `${name.zh}：链接中的值过长（${v.length} 个字符，上限 ${MAX_VALUE_LENGTH}），未读取，按空白处理`, en: `${name.en}: the value is too long (${v.length} characters, at most ${MAX_VALUE_LENGTH}); not read, left empty` });
      v = '';
    } else if (f.type === 'checkbox' && v !== 'true' && v !== '') {
      notices.push({ field: f.name, kind: 'bad-checkbox', zh: `${name.zh}：${shown(v)}不是有效的勾选值，按未勾选读取`, en: `${name.en}: ${shown(v)} is not a valid checkbox value; read as not ticked` });
      v = '';
    } else if (f.type === 'select' && v !== '' && f.options && !f.options.some((o) => o.value === v)) {
      notices.push({ field: f.name, kind: 'bad-choice', zh: `${name.zh}：${shown(v)}不是现有的选项，已保留并标为无效，请重新选择`, en: `${name.en}: ${shown(v)} is not one of the choices; kept and marked invalid — please choose again` });
    }
    entries[f.name] = v;
  }
  return { entries, version, notices };
}
