/**
 * The search pages' place names (lib/search-places.ts): the pages no longer carry every document's name;
 * a query fetches the files of its characters (`/data/search-places/<lang>/<key>.json`). Every document
 * and the national rules can be named, each found in the file of each of its names' first character, and
 * `index.json` lists exactly the files there are. The pages' place filter lists the default places only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalList, policyCatalogue } from '@bangfu/sdk';
import { placeKey, understand, type Place } from '../src/lib/search-synonyms.ts';
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
