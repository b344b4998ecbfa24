/**
 * Every editorial text a reader is shown is written twice, in Chinese for the Chinese pages and in
 * English for the English edition and the data: the metadata notes (issuedNote, issuersNote), each
 * provision's summary and deferral, an eligibility provision's condition, a formula's expression and
 * variables, and the two readings of a relative change. The Chinese is plain Chinese: Han characters,
 * no English word (a Latin name the document itself prints, such as DNA, may stand), no id, no code;
 * what it puts in “” are the document's own words, as printed.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, NATIONAL_DIR, normalise, readSource } from '@bangfu/content';
import { nationalList, policyList } from '../src/index.ts';
import { Bilingual, Policy, type Provision } from '../src/schema/index.ts';

/** Every bilingual editorial text of a document, each with where it is. */
export function editorialTexts(policy: Policy): { at: string; text: Bilingual }[] {
  const out: { at: string; text: Bilingual }[] = [];
  if (policy.issuedNote) out.push({ at: 'issuedNote', text: policy.issuedNote });
  if (policy.issuersNote) out.push({ at: 'issuersNote', text: policy.issuersNote });
  const of = (p: Provision): { at: string; text: Bilingual }[] => [
    { at: `${p.id}.summary`, text: p.summary },
    ...(p.deferral ? [{ at: `${p.id}.deferral`, text: p.deferral }] : []),
    ...kindTexts(p),
  ];
  const kindTexts = (p: Provision): { at: string; text: Bilingual }[] => {
    switch (p.kind) {
      case 'eligibility':
        return [{ at: `${p.id}.condition`, text: p.condition }];
      case 'formula':
        return [{ at: `${p.id}.expression`, text: p.expression }, ...p.variables.map((v, i) => ({ at: `${p.id}.variables[${i}]`, text: v }))];
      case 'relative-change':
        return p.readings.map((r) => ({ at: `${p.id}.readings.${r.id}`, text: r.text }));
      default:
        return [];
    }
  };
  for (const p of policy.provisions) out.push(...of(p));
  return out;
}

const HAN = /[\u3400-\u9fff]/;
/** An English (or pinyin, or code) word: two Latin letters or more. A single letter (低保A类) is a class's name. */
const LATIN_WORD = /[A-Za-z]{2,}/g;
/** Ids and code: a dotted or hyphenated lower-case name, a backtick, a call. */
const CODE = /[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+|`|\w\(/;

/** What the Chinese says it quotes (“…”), as parts: `由…负责解释` quotes 由 and 负责解释 with words left out between them. */
const quoted = (zh: string): string[] => [...zh.matchAll(/“([^”]+)”/g)].flatMap((m) => m[1]!.split('…')).map((s) => s.trim()).filter((s) => HAN.test(s));
/**
 * Words a note quotes that the document's text does not print: the usual clause that names who
 * interprets a document (由…负责解释), which a note says is missing; and the words of the decree that
 * promulgated the national rules (国务院令第649号), a document of its own.
 */
const ABSENT = new Set(['由', '负责解释', '现公布《社会救助暂行办法》，自2014年5月1日起施行。']);

const documents = [...policyList().map((p) => [p.id, p, CONTENT_DIR] as const), ...nationalList().map((p) => [p.id, p, NATIONAL_DIR] as const)];

describe.each(documents)('%s', (_id, policy, dir) => {
  const texts = editorialTexts(policy);
  const source = normalise(readSource(policy.id, dir)).replace(/["“”]/g, '');

  it('writes every editorial text in Chinese, in plain words: Han characters, no English word (but the document\'s own), no id or code', () => {
    const wrong = texts.flatMap(({ at, text }) => [
      ...(text.zh.trim() && HAN.test(text.zh) ? [] : [`${at}: no Chinese`]),
      ...(text.zh.match(LATIN_WORD) ?? []).filter((w) => !source.includes(w)).map((w) => `${at}: English word “${w}” in the Chinese`),
      ...(CODE.test(text.zh) ? [`${at}: code in the Chinese: ${text.zh.match(CODE)![0]}`] : []),
    ]);
    expect(wrong).toEqual([]);
  });

  it('writes every editorial text in English too', () => {
    const wrong = texts.filter(({ text }) => !text.en.trim() || !/[A-Za-z]{2,}/.test(text.en)).map(({ at }) => at);
    expect(wrong).toEqual([]);
  });

  it('quotes in the Chinese only words the document prints', () => {
    const missing = texts.flatMap(({ at, text }) => quoted(text.zh).filter((q) => !ABSENT.has(q) && !source.includes(normalise(q).replace(/["“”]/g, ''))).map((q) => `${at}: “${q}”`));
    expect(missing).toEqual([]);
  });
});

describe('the schema', () => {
  it('takes each of these texts only in both languages', () => {
    const policy = policyList()[0]!;
    const note = { zh: '落款日期', en: 'the date under the signature' };
    expect(Policy.safeParse({ ...policy, issuedNote: note }).success).toBe(true);
    expect(Policy.safeParse({ ...policy, issuedNote: note.en }).success).toBe(false);
    expect(Policy.safeParse({ ...policy, issuersNote: { en: note.en } }).success).toBe(false);
    expect(Bilingual.safeParse({ zh: '', en: 'x' }).success).toBe(false);
  });

  it('finds texts in every document: the notes, conditions, formulas and readings are all checked above', () => {
    const all = documents.flatMap(([, p]) => editorialTexts(p).map((t) => t.at));
    for (const kind of ['issuedNote', 'issuersNote', '.summary', '.deferral', '.condition', '.expression', '.variables[', '.readings.']) expect(all.some((a) => a.includes(kind)), kind).toBe(true);
  });
});
