/**
 * The place picker's URL parameter (lib/places-url.ts) and its data files in dist/: the provinces,
 * each province's places, one rules file per document — each the size of one province or one
 * document, never of every document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyList } from '@bangfu/sdk';
import { MAX_PLACES, readPlaces, writePlaces } from '../src/lib/places-url.ts';
import { assertBuilt, fileFor } from './dist.ts';

describe('?places= in a URL', () => {
  it('no parameter: the page’s defaults', () => {
    expect(readPlaces('?v=2&members=3')).toBeUndefined();
  });

  it('ids in the order given, repeats dropped, typed separators and case forgiven', () => {
    expect(readPlaces('?places=huining-2022,guzhang-2021,huining-2022')?.ids).toEqual(['huining-2022', 'guzhang-2021']);
    expect(readPlaces(`?places=${encodeURIComponent('Huining-2022，guzhang-2021、 yuzhong-2019')}`)?.ids).toEqual(['huining-2022', 'guzhang-2021', 'yuzhong-2019']);
    expect(readPlaces('?places=')).toEqual({ ids: [], rejected: [], truncated: false });
  });

  it('what is not an id is left out and shown back (at most five, cut to 40 characters); beyond the limit the rest is cut, and said', () => {
    const r = readPlaces(`?places=${encodeURIComponent('<script>,../../etc,guzhang-2021,' + 'x'.repeat(100))}`)!;
    expect(r.ids).toEqual(['guzhang-2021']);
    expect(r.rejected).toEqual(['<script>', '../../etc', 'x'.repeat(40)]);
    const many = Array.from({ length: MAX_PLACES + 3 }, (_, i) => `place${String.fromCharCode(97 + i)}-2020`);
    const m = readPlaces(`?places=${many.join(',')}`)!;
    expect(m.ids).toEqual(many.slice(0, MAX_PLACES));
    expect(m.truncated).toBe(true);
  });

  it('writing: the defaults leave the parameter out; any other choice is written in order', () => {
    const d = ['a-2020', 'b-2021'];
    expect(writePlaces(new URLSearchParams('v=2&places=x-2020'), d, d).toString()).toBe('v=2');
    expect(writePlaces(new URLSearchParams('v=2'), ['b-2021', 'a-2020'], d).toString()).toBe('v=2&places=b-2021%2Ca-2020');
  });
});

describe('the picker’s data files', () => {
  assertBuilt();
  const json = (p: string) => JSON.parse(readFileSync(fileFor(p), 'utf8'));
  const local = policyList();

  it('the provinces, each counting its documents, every document in exactly one province file', () => {
    const { provinces } = json('/data/places/index.json') as { provinces: { slug: string; zh: string; count: number }[] };
    // The five documents: 湖南省 (古丈县, 鹤城区), 重庆市 (云阳县, 渝中区), 甘肃省 (会宁县).
    expect(Object.fromEntries(provinces.map((p) => [p.zh, p.count]))).toEqual({ 湖南省: 2, 重庆市: 2, 甘肃省: 1 });
    const listed = provinces.flatMap((p) => (json(`/data/places/${p.slug}.json`) as { places: { id: string }[] }).places.map((e) => e.id));
    expect(listed.sort()).toEqual(local.map((p) => p.id).sort());
  });

  it('one rules file per document: its own provisions and citations, no other document’s', () => {
    for (const p of local) {
      const d = json(`/data/policies/${p.id}/rules.json`) as { id: string; provisions: { id: string }[]; cite: { apply: Record<string, unknown> }; place: { zh: string } };
      expect(d.id).toBe(p.id);
      expect(d.place.zh).toBe(p.shortName.zh);
      expect(d.provisions.map((v) => v.id)).toEqual(p.provisions.map((v) => v.id));
      expect(Object.keys(d.cite.apply)).toEqual([p.id]);
    }
    expect(existsSync(fileFor('/data/policies/no-such-2020/rules.json'))).toBe(false);
  });
});
