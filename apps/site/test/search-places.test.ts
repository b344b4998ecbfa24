/**
 * The search pages' place names (lib/search-places.ts): the pages no longer carry every document's name;
 * a query fetches the files of its characters (`/data/search-places/<lang>/<key>.json`). Every document
 * and the national rules can be named, each found in the file of each of its names' first character, and
 * `index.json` lists exactly the files there are. The pages' place filter lists the default places only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nationalList, policyCatalogue } from '@bangfu/sdk';
import { placeKey, understand, type Place } from '../src/lib/search-synonyms.ts';
import { placesFor } from '../src/scripts/search-kit.ts';
import { DIST, fileFor } from './dist.ts';

const file = (lang: 'zh' | 'en', key: string) => JSON.parse(readFileSync(fileFor(`/data/search-places/${lang}/${key}.json`), 'utf8')) as Place[];

describe('the search pages’ place names, by first character', () => {
  it('placeKey: a Chinese name by its first character’s code point, an English word by its first letter', () => {
    // 会 is U+4F1A, 古 U+53E4.
    expect(placeKey('zh', '会宁')).toBe('4f1a');
    expect(placeKey('zh', '古丈县')).toBe('53e4');
    expect(placeKey('en', 'huining')).toBe('h');
    expect(placeKey('en', '1st')).toBe('_');
  });

  it('every document and the national rules are in the file of each of their Chinese names (会宁县 and 会宁 in 4f1a)', () => {
    for (const p of [...policyCatalogue(), ...nationalList()]) {
      const hit = file('zh', placeKey('zh', p.shortName.zh)).find((x) => x.filter === p.shortName.zh);
      expect(hit, p.id).toBeDefined();
    }
    expect(file('zh', '4f1a')).toContainEqual({ names: ['会宁县', '会宁'], filter: '会宁县' });
  });

  it('the English files hold each document by the first word of its English name (huining → Huining County (2022))', () => {
    expect(file('en', 'h').find((x) => x.names.includes('huining'))?.filter).toBe('Huining County (2022)');
    for (const p of policyCatalogue()) expect(file('en', placeKey('en', p.shortName.en.toLowerCase())).some((x) => x.names.includes(p.shortName.en.toLowerCase().split(/\s+/)[0]!)), p.id).toBe(true);
  });

  it('every Chinese place name starts with a Chinese character (placesFor fetches the files of the query’s Chinese characters only)', () => {
    for (const key of file('zh', 'index') as unknown as string[]) for (const p of file('zh', key)) for (const n of p.names) expect(/^\p{Script=Han}/u.test(n), n).toBe(true);
  });

  it('index.json lists exactly the files there are, in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const files = readdirSync(join(DIST, 'data/search-places', lang)).filter((f) => f !== 'index.json').map((f) => f.replace(/\.json$/, '')).sort();
      expect(file(lang, 'index') as unknown as string[]).toEqual(files);
    }
  });

  it('a query read with the places of its characters names the place as with every place (“医疗救助 会宁” → 会宁县)', () => {
    const q = '医疗救助 会宁';
    const fetched = [...new Set([...q].filter((c) => /\p{Script=Han}/u.test(c)).map((c) => placeKey('zh', c)))].filter((k) => (file('zh', 'index') as unknown as string[]).includes(k)).flatMap((k) => file('zh', k));
    expect(understand(q, fetched).place).toBe('会宁县');
  });

  it('the search pages list only the default places and the national rules in their place filter, and carry no list of places', () => {
    const zh = readFileSync(fileFor('/search/'), 'utf8');
    const options = [...zh.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]).filter((v) => !['编码规定', '文件全文'].includes(v!));
    expect(options).toEqual([...policyCatalogue().slice(0, 5), ...nationalList()].map((p) => p.shortName.zh));
    expect(zh).not.toContain('data-places');
  });
});

describe('placesFor, what a search page fetches for a query (fetch answered from dist/)', () => {
  const asked: string[] = [];
  const serve = (broken?: string) =>
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      if (url === broken) return { ok: true, status: 200, json: async () => JSON.parse('<html>') };
      const f = fileFor(url);
      return existsSync(f) ? { ok: true, status: 200, json: async () => JSON.parse(readFileSync(f, 'utf8')) } : { ok: false, status: 404, json: async () => null };
    });
  afterEach(() => {
    vi.unstubAllGlobals();
    asked.length = 0;
  });

  it('“医疗救助 会宁”: the index, then only the files of its characters that exist (会 4f1a), and 会宁县 among the places', async () => {
    serve();
    const places = await placesFor('zh', '医疗救助 会宁');
    expect(places.map((p) => p.filter)).toContain('会宁县');
    expect(understand('医疗救助 会宁', places).place).toBe('会宁县');
    expect(asked[0]).toBe('/data/search-places/zh/index.json');
    // No request for a file that is not in the index (医, 疗, 救, 助, 宁 start no place's name): nothing answers 404.
    expect(asked.slice(1)).toEqual(['/data/search-places/zh/4f1a.json']);
  });

  it('English: each word’s first letter (“rent subsidy Huining” → r, s, h; only h has places)', async () => {
    serve();
    const places = await placesFor('en', 'rent subsidy Huining');
    expect(places.find((p) => p.names.includes('huining'))?.filter).toBe('Huining County (2022)');
    expect(asked).toEqual(['/data/search-places/en/index.json', '/data/search-places/en/h.json']);
  });

  it('a file that is not JSON gives no places and no error, and is asked for again the next time', async () => {
    // (渝 is U+6E1D; files already read are kept for the page's visit, so this one is new here.)
    serve('/data/search-places/zh/6e1d.json');
    expect(await placesFor('zh', '渝中')).toEqual([]);
    vi.unstubAllGlobals();
    serve();
    expect((await placesFor('zh', '渝中')).map((p) => p.filter)).toContain('渝中区');
    // Asked twice: the broken answer was not kept.
    expect(asked).toEqual(['/data/search-places/zh/6e1d.json', '/data/search-places/zh/6e1d.json']);
  });
});
