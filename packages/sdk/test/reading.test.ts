import { describe, expect, it } from 'vitest';
import { clauseNests, quoteTouches, readingCoverage, readReading, readRendering, sentences } from '@bangfu/content';
import { policyList } from '../src/index.ts';

// The second reading (issue 13): every sentence of each document's rendering is accounted for in its
// reading log (content/policies/<id>/reading.yaml), in order, either by the provisions that encode
// it or by a mark saying why it holds no rule; and every provision is named by a sentence it quotes.

describe('quoteTouches', () => {
  it('finds a quote inside a sentence, a sentence inside a quote, and a quote across two sentences', () => {
    expect(quoteTouches('起付线为4000元', '住院起付线为4000元，报销比例70%。')).toBe(true);
    expect(quoteTouches('甲乙丙丁。戊己庚辛壬癸子丑', '甲乙丙丁。')).toBe(true);
    expect(quoteTouches('对象每人每年救助不超过5000元。其他对象按规定执行', '其他对象按规定执行，由民政部门负责。')).toBe(true);
    expect(quoteTouches('起付线为4000元', '加强组织领导。')).toBe(false);
  });
});

describe.each(policyList().map((p) => [p.id, p] as const))('reading log of %s', (id, policy) => {
  const rendering = readRendering(id);
  const log = readReading(id);

  it('exists, names its reader and lists the rendering’s sentences in order (pnpm reading <id> re-cuts it)', () => {
    expect(log, `content/policies/${id}/reading.yaml`).toBeDefined();
    const c = readingCoverage(rendering, log);
    expect(c.stale.map((e) => `${e.clause}: ${e.text}`)).toEqual([]);
    expect(log!.sentences.length).toBe(sentences(rendering).length);
  });

  it('names only provisions of the document, each quoting its sentence', () => {
    const byId = new Map(policy.provisions.map((p) => [p.id, p]));
    const problems: string[] = [];
    for (const e of log?.sentences ?? []) {
      if (e.provisions && e.not) problems.push(`${e.clause}: both provisions and not: ${e.text.slice(0, 30)}`);
      for (const pid of e.provisions ?? []) {
        const p = byId.get(pid);
        if (!p) problems.push(`${e.clause}: unknown provision ${pid}`);
        else if (!clauseNests(p.clause, e.clause)) problems.push(`${e.clause}: ${pid} is a provision of clause ${p.clause}`);
        else if (!quoteTouches(p.quote, e.text)) problems.push(`${e.clause}: ${pid}'s quote does not stand in “${e.text.slice(0, 40)}…”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every provision at a sentence it quotes', () => {
    const named = new Set(log?.sentences.flatMap((e) => e.provisions ?? []));
    expect(policy.provisions.filter((p) => !named.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('accounts for every sentence: sentence coverage 100 %', () => {
    expect(log?.by, 'by: the reader').toBeTruthy();
    const c = readingCoverage(rendering, log);
    expect(c.unaccounted.map((s) => `${s.clause}: ${s.text}`)).toEqual([]);
  });
});
