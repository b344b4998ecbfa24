/** The search page's reading of a query (src/lib/search-synonyms.ts): expected values by hand. */
import { describe, expect, it } from 'vitest';
import { nationalList, policyList } from '@bangfu/sdk';
import { AREA_WORDS, phrasesOf, placeNames, suggestions, SYNONYMS, understand, VARIANTS } from '../src/lib/search-synonyms.ts';

const places = [...policyList(), ...nationalList()].map((p) => ({ names: placeNames(p.shortName.zh), filter: p.shortName.zh }));

describe('understand', () => {
  it('医疗救助 会宁: one term (an area word) and the place 会宁县 as the filter', () => {
    const r = understand('医疗救助 会宁', places);
    expect(r.terms).toEqual([{ typed: '医疗救助', term: '医疗救助', phrases: ['医疗救助'], area: '医疗救助' }]);
    expect(r.place).toBe('会宁县');
    expect(r.corrections).toEqual([]);
  });

  it('splits a query typed without spaces at known words: 古丈住院起付线 → 住院, 起付线 in 古丈县', () => {
    const r = understand('古丈住院起付线', places);
    expect(r.terms.map((t) => t.term)).toEqual(['住院', '起付线']);
    expect(r.terms[1]!.phrases).toEqual(['起付线', '起付标准']);
    expect(r.place).toBe('古丈县');
  });

  it('replaces variants and says so: 起付钱 → 起付线, 低报 → 低保, 临救 → 临时救助, 医救 → 医疗救助', () => {
    for (const [from, to] of [['起付钱', '起付线'], ['低报', '低保'], ['临救', '临时救助'], ['医救', '医疗救助']] as const) {
      const r = understand(from, places);
      expect(r.terms.map((t) => t.term)).toEqual([to]);
      expect(r.corrections).toEqual([{ from, to }]);
    }
  });

  it('searches synonyms together: 低保 with 最低生活保障, 特困供养 through 特困 (which 特困人员 contains)', () => {
    expect(phrasesOf('低保')).toEqual(['低保', '最低生活保障']);
    expect(phrasesOf('最低生活保障')).toEqual(['最低生活保障', '低保']);
    expect(phrasesOf('特困供养')).toEqual(['特困']);
    expect(phrasesOf('残疾人')).toEqual(['残疾']);
    expect(phrasesOf('住院')).toEqual(['住院']);
  });

  it('a place named alone is searched as words: 渝中 → 渝中区, 渝中', () => {
    const r = understand('渝中', places);
    expect(r.place).toBeUndefined();
    expect(r.terms).toEqual([{ typed: '渝中', term: '渝中', phrases: ['渝中区', '渝中'] }]);
  });

  it('keeps words it does not know, and non-Chinese words, as terms; drops quotes and punctuation', () => {
    expect(understand('“重特大疾病”，4000', places).terms.map((t) => t.term)).toEqual(['重特大疾病', '4000']);
    expect(understand('   ', places).terms).toEqual([]);
  });

  it('place names: 会宁县 → 会宁县, 会宁; a national text keeps its whole name', () => {
    expect(placeNames('会宁县')).toEqual(['会宁县', '会宁']);
    expect(placeNames('渝中区')).toEqual(['渝中区', '渝中']);
    expect(placeNames('社会救助暂行办法')).toEqual(['社会救助暂行办法']);
  });
});

describe('the table', () => {
  it('a word is in one synonym group only, and no variant is also a synonym', () => {
    const words = SYNONYMS.flat();
    expect(new Set(words).size).toBe(words.length);
    for (const v of Object.keys(VARIANTS)) expect(words).not.toContain(v);
  });

  it('area words name areas the provision pages file under (the SDK’s AREAS)', async () => {
    const { AREAS } = await import('@bangfu/sdk');
    const labels = Object.values(AREAS as Record<string, { zh: string }>).map((a) => a.zh);
    for (const a of Object.values(AREA_WORDS)) expect(labels).toContain(a);
  });

  it('suggests documents’ words sharing a character: 起飞 → 起付线', () => {
    expect(suggestions('起飞')).toContain('起付线');
    expect(suggestions('abc')).toEqual([]);
  });
});
