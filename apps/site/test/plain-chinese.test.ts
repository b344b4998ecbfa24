/**
 * Public pages speak plain Chinese. Every built page except the developer docs (/sdk/) and the
 * English edition (/en/) is scanned for developer text in what a reader sees — its text, its
 * <title> and description, and the attributes a browser shows or reads aloud (title, aria-label,
 * alt, placeholder) — outside elements marked lang="en" (a gloss where a term needs it):
 *  - provision, concept or clause ids (`medical.inpatient.tekun.threshold`, `§notice`, `guzhang-2021`);
 *  - code: backticks, calls (`calculate(`), field names (`appliesTo`, `selfPaid`), bare group ids (`dibao`);
 *  - English sentences (three English words in a row).
 * Ids belong in link targets and data attributes only. Also checked here: clause labels are the
 * document's own numbering, derived from the clause id and its printed heading (lib/clause-label.ts),
 * against the number each clause prints at its start.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONCEPTS, nationalList, policyList, TARGET_GROUPS } from '@bangfu/sdk';
import { listRenderings, readRendering } from '@bangfu/content';
import { clauseLabel } from '../src/lib/clause-label.ts';
import { FORMS, HOUSEHOLD_FIELDS } from '../src/lib/calc-forms.ts';
import { assertBuilt, fileFor, htmlPages } from './dist.ts';
import { visibleText } from './visible-text.ts';

beforeAll(assertBuilt);

/** What a reader sees of a page, as separate strings (one per text run or shown attribute), outside lang="en". */
export const chineseVisibleText = (html: string, { allowCode = false } = {}): string[] => visibleText(html, { outside: 'en', head: true, allowCode });

const fieldNames = [...new Set([...Object.values(FORMS).flatMap((f) => f.fields.map((x) => x.name)), ...HOUSEHOLD_FIELDS.map((f) => f.name)])];
const policyIds = [...policyList(), ...nationalList()].map((p) => p.id);
// Group ids that are pinyin or English words a reader would not know (`dibao`, `tekun`, `low-income`).
const groupIds = Object.keys(TARGET_GROUPS);
const wordList = (ws: string[]) => new RegExp(`(?<![A-Za-z0-9_.-])(?:${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![A-Za-z0-9_-])`);

/** File names a download link may show, and version numbers. */
const FILE_NAME = /^(?:[\w-]+\.(?:json|csv|xlsx|zip|txt|pdf)|v\d+(?:\.\d+)+)$/;

/** Every kind of developer text, each with the pattern that finds it. */
export const DEVELOPER_TEXT: { name: string; find: (s: string) => string[] }[] = [
  {
    name: 'dotted id',
    find: (s) => [...s.matchAll(/(?<![\w./:@-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+(?![\w/-])/g)].map((m) => m[0]).filter((m) => !FILE_NAME.test(m)),
  },
  { name: 'clause id as a label', find: (s) => [...s.matchAll(/§\s*[a-z][\w.-]*/g)].map((m) => m[0]) },
  { name: 'policy id', find: (s) => policyIds.filter((id) => wordList([id]).test(s)) },
  { name: 'backtick', find: (s) => (s.includes('`') ? ['`'] : []) },
  { name: 'call', find: (s) => [...s.matchAll(/\b[a-zA-Z_]\w*\(/g)].map((m) => m[0]) },
  { name: 'camelCase name', find: (s) => [...s.matchAll(/(?<![\w-])[a-z]+[A-Z][A-Za-z]*\b/g)].map((m) => m[0]) },
  { name: 'field name', find: (s) => fieldNames.filter((f) => /[A-Z]/.test(f) || f.length > 4).filter((f) => wordList([f]).test(s)) },
  { name: 'group id', find: (s) => groupIds.filter((g) => wordList([g]).test(s)) },
  // Three English words in a row: a sentence, or a phrase, that a Chinese reader is left to translate.
  { name: 'English', find: (s) => [...s.matchAll(/[A-Za-z][a-z']+(?:[ ,;:-]+[A-Za-z][a-z']*){2,}/g)].map((m) => m[0]) },
];

/** Developer text in a page: `kind: match` for each hit. */
export function developerText(html: string, options: { allowCode?: boolean } = {}): string[] {
  const hits = new Set<string>();
  for (const s of chineseVisibleText(html, options)) for (const k of DEVELOPER_TEXT) for (const m of k.find(s)) hits.add(`${k.name}: ${m}   «${s.slice(0, 80)}»`);
  return [...hits];
}

const isPublic = (p: string) => !p.startsWith('/sdk/') && !p.startsWith('/en/');
/**
 * The data page documents the downloads for researchers: its field names, file layouts and commands
 * are what they type, shown as <code>. Everything else on it is checked like any other page.
 */
const CODE_ALLOWED = new Set(['/data/']);

describe('the scanner', () => {
  it('finds each kind of developer text, and passes plain Chinese and English marked lang="en"', () => {
    const kinds = (html: string) => [...new Set(developerText(html).map((h) => h.split(':')[0]))].sort();
    expect(kinds('<p>依据：medical.inpatient.tekun.threshold</p>')).toEqual(['dotted id']);
    expect(kinds('<p>见 §notice</p>')).toEqual(['clause id as a label']);
    expect(kinds('<p>调用 calculate(x)</p>')).toEqual(['call']);
    expect(kinds('<p>字段 <code>`selfPaid`</code></p>')).toEqual(['backtick', 'camelCase name', 'field name'].sort());
    expect(kinds('<p>appliesTo 为 dibao</p>')).toEqual(['camelCase name', 'group id'].sort());
    expect(kinds('<p>The household is not eligible here.</p>')).toEqual(['English']);
    expect(kinds('<p>文件 guzhang-2021 的规定</p>')).toEqual(['policy id']);
    expect(kinds('<p title="medical.inpatient.threshold">起付线</p>')).toEqual(['dotted id']);
    // What may stand: Chinese, a gloss marked lang="en", ids in link targets and data attributes, file names, short Latin terms.
    expect(developerText('<p>低保（<span lang="en">the minimum living guarantee, dibao</span>）</p>')).toEqual([]);
    expect(developerText('<p><a href="/policies/guzhang-2021/p/medical.inpatient.dibao.threshold/" data-provision="guzhang-2021:medical.inpatient.dibao.threshold">低保对象住院救助起付线4000元</a>（古丈 四、（三））</p>')).toEqual([]);
    expect(developerText('<p>下载 bangfu.json、CSV、JSON Schema；SDK 文档</p>')).toEqual([]);
    expect(developerText('<script>calculate(appliesTo)</script><p>计算</p>')).toEqual([]);
  });
});

describe('public pages speak plain Chinese', () => {
  const pages = htmlPages().filter(isPublic);
  it(`there are public pages to scan (${pages.length})`, () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  // One test per page type would hide a page; one per page is slow to report. Group by first path segment.
  const groups = new Map<string, string[]>();
  for (const p of pages) {
    const key = p.split('/').slice(0, p.startsWith('/policies/') ? 3 : 2).join('/') || '/';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [key, list] of groups) {
    it(`${key}… (${list.length} page${list.length > 1 ? 's' : ''}) show no ids, code or untagged English`, () => {
      const hits = list.flatMap((p) => developerText(readFileSync(fileFor(p), 'utf8'), { allowCode: CODE_ALLOWED.has(p) }).map((h) => `${p} ${h}`));
      expect(hits).toEqual([]);
    });
  }
});

describe('clause labels are the document’s own numbering', () => {
  it('derives the label from the id and the printed heading', () => {
    // 古丈 四、帮扶措施 —（三）加大医疗保障帮扶力度
    expect(clauseLabel('4.3')).toBe('四、（三）');
    expect(clauseLabel('4')).toBe('四、');
    // 鹤城 三、（一）保障基本生活 — 一是…
    expect(clauseLabel('3.1.a')).toBe('三、（一）一是');
    // 会宁 二、（一）一是落实社会救助兜底保障政策 — 1、准确认定保障对象
    expect(clauseLabel('2.1.a.1')).toBe('二、（一）一是1、');
    // 渝中 （十）慈善关爱无微不至
    expect(clauseLabel('2.10')).toBe('二、（十）');
    // 古丈 二、帮扶对象 — 第一类：兜底保障对象 (the class is the heading's own number)
    expect(clauseLabel('2.a', '第一类：兜底保障对象')).toBe('二、第一类');
    // 社会救助暂行办法 第十二条 (an article's heading is its number)
    expect(clauseLabel('12', '第十二条')).toBe('第十二条');
    expect(clauseLabel('notice')).toBe('通知');
    expect(clauseLabel('preamble')).toBe('前言');
    expect(clauseLabel('appendix')).toBe('附件');
  });

  for (const id of listRenderings()) {
    it(`${id}: each clause that prints its number at its start prints the last part of its label`, () => {
      const r = readRendering(id);
      let checked = 0;
      const wrong: string[] = [];
      for (const c of r.clauses) {
        // The printed number at the start of the clause: 四、 （三） (三) 一是 1、 第一类
        const start = c.text.trim().replace(/^#+\s*/, '').replace(/\(/g, '（').replace(/\)/g, '）');
        const m = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|\d+、|第[一二三四五六七八九十]+类)/.exec(start);
        if (!m) continue;
        const label = clauseLabel(c.id, c.heading);
        checked++;
        if (!label.endsWith(m[0])) wrong.push(`${c.id}: prints ${m[0]}, label ${label}`);
      }
      expect(checked).toBeGreaterThan(5);
      // 渝中 2.1 prints （1） where （一） is meant (its siblings run （二）…（十）): not a number this pattern reads.
      expect(wrong).toEqual([]);
    });
  }
});
