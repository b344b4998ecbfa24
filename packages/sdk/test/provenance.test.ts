import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, coverage, listRenderings, NATIONAL_DIR, normalise, readRendering, readSource } from '@bangfu/content';
import { nationalList, policyList } from '../src/index.ts';

// Provenance, both directions (DESIGN.md "Cross-links"):
//  - every provision's quote appears in its clause's rendered text (whitespace normalised);
//  - every figure link in the MDX names a provision that exists;
//  - every clause of the encoding is rendered, and every rendered clause is encoded;
//  - every number in the operative text is linked to a provision or marked as not a rule.
const encoded = policyList();
// The local documents and the national rules the calculators apply: the same checks for both.
const documents = [...encoded.map((p) => [p.id, p, CONTENT_DIR] as const), ...nationalList().map((p) => [p.id, p, NATIONAL_DIR] as const)];

describe.each(documents)('%s', (id, policy, dir) => {
  const rendering = readRendering(id, dir);
  const byClause = new Map(rendering.clauses.map((c) => [c.id, c]));

  it('renders every encoded clause, and encodes every rendered clause, once each', () => {
    const rendered = rendering.clauses.map((c) => c.id);
    expect(new Set(rendered).size, 'a clause id is rendered twice').toBe(rendered.length);
    expect([...rendered].sort()).toEqual(policy.clauses.map((c) => c.id).sort());
  });

  it('prints every clause heading in its clause (the heading is the printed words, not a summary)', () => {
    const missing = rendering.clauses.filter((c) => c.heading && !normalise(c.text).includes(normalise(c.heading))).map((c) => `${c.id}: ${c.heading}`);
    expect(missing).toEqual([]);
  });

  it('dates every provision that has its own time with words of its clause (or of the clause that encloses it)', () => {
    const missing = policy.provisions
      .filter((p) => p.dates)
      .filter((p) => {
        const chain = rendering.clauses.filter((c) => p.clause === c.id || p.clause.startsWith(`${c.id}.`));
        return !chain.some((c) => normalise(c.text).includes(normalise(p.dates!.quote)));
      })
      .map((p) => `${p.id}: ${p.dates!.quote}`);
    expect(missing).toEqual([]);
  });

  it.each(policy.provisions.map((p) => [p.id, p] as const))('quote of %s appears in its clause', (_pid, p) => {
    const clause = byClause.get(p.clause);
    expect(clause, `clause ${p.clause} is not rendered`).toBeDefined();
    expect(normalise(clause!.text)).toContain(normalise(p.quote));
  });

  it('links every figure to an existing provision of the same clause or its parent', () => {
    const known = new Map(policy.provisions.map((p) => [p.id, p]));
    const problems: string[] = [];
    for (const c of rendering.clauses) {
      for (const f of c.figures) {
        if (f.provisions.length === 0) problems.push(`${c.id}: <Fig> "${f.text}" names no provision`);
        for (const pid of f.provisions) {
          const p = known.get(pid);
          if (!p) problems.push(`${c.id}: <Fig p="${pid}"> "${f.text}" names no provision`);
          else if (p.clause !== c.id && !c.id.startsWith(`${p.clause}.`) && !p.clause.startsWith(`${c.id}.`))
            problems.push(`${c.id}: <Fig p="${pid}"> links to a provision of clause ${p.clause}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('links or marks every number in the operative text', () => {
    expect(coverage(rendering).unmarked).toEqual([]);
  });

  it('renders the source faithfully: every paragraph, corrections reverted, stands in the source file', () => {
    const source = readSource(id, dir);
    const missing = rendering.clauses.flatMap((c) => c.sourceParagraphs.filter((para) => !source.includes(normalise(para))).map((para) => `${c.id}: ${para}`));
    expect(missing).toEqual([]);
  });

  it('leaves out nothing of the source but what the rendering lists as omitted', () => {
    const source = readSource(id, dir);
    const covered = new Uint8Array(source.length);
    const mark = (text: string) => {
      if (!text) return;
      for (let i = source.indexOf(text); i !== -1; i = source.indexOf(text, i + 1)) covered.fill(1, i, i + text.length);
    };
    for (const c of rendering.clauses) for (const para of c.sourceParagraphs) mark(normalise(para));
    for (const o of (rendering.frontmatter.omitted as string[] | undefined) ?? []) mark(normalise(o));
    const gaps = [...source.replace(/./gu, (ch, i: number) => (covered[i] ? '\u0000' : ch)).split('\u0000')].filter((g) => g.length > 1);
    expect(gaps).toEqual([]);
  });

  it('marks every editorial correction with what the source printed, and every drafting fault with what is meant or why', () => {
    const problems: string[] = [];
    for (const c of rendering.clauses)
      for (const e of c.corrections) {
        if (e.kind === 'extraction' && !e.orig) problems.push(`${c.id}: <Ed> of an extraction fault without orig (what the source file printed)`);
        if (e.kind === 'drafting' && !e.meant && !e.note) problems.push(`${c.id}: <Ed kind="drafting"> says neither what is meant (meant) nor why (note)`);
        if (e.kind === 'drafting' && e.note && !e.en) problems.push(`${c.id}: <Ed kind="drafting"> note without its English (en)`);
      }
    expect(problems).toEqual([]);
  });
});

describe('content/policies', () => {
  it('holds a rendering for every encoded policy and nothing else (a folder is a document)', () => {
    expect(listRenderings()).toEqual(encoded.map((p) => p.id).sort());
  });
});
