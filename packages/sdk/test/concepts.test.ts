/**
 * The concept vocabulary (content/concepts.yaml) tells the truth about the calculators: a concept
 * lists exactly the calculators that read provisions of it, so a researcher editing a provision of
 * that concept knows which answers change.
 */
import { describe, expect, it } from 'vitest';
import { CALCULATOR_IDS, calculators } from '../src/calculators/index.ts';
import { CONCEPTS } from '../src/compare/index.ts';
import { policyList } from '../src/policies/index.ts';

describe('content/concepts.yaml', () => {
  const read = new Map<string, Set<string>>();
  for (const calc of CALCULATOR_IDS) {
    for (const policy of policyList()) {
      for (const id of calculators[calc].uses(policy)) {
        const concept = policy.provisions.find((p) => p.id === id)!.concept;
        (read.get(concept) ?? read.set(concept, new Set()).get(concept)!).add(calc);
      }
    }
  }

  it('no calculator reads a provision that is local to its document (what a calculator reads is a shared concept)', () => {
    expect([...(read.get('local') ?? [])]).toEqual([]);
  });

  it.each(CONCEPTS.map((c) => [c.id, c] as const))('%s lists exactly the calculators that read it', (id, c) => {
    expect([...(c.calculators ?? [])].sort()).toEqual([...(read.get(id) ?? [])].sort());
  });

  it('every kind a concept allows is one its provisions take, and every provision takes a kind its concept allows', () => {
    const kinds = new Map<string, Set<string>>();
    for (const p of policyList().flatMap((x) => x.provisions)) if (p.concept !== 'local') (kinds.get(p.concept) ?? kinds.set(p.concept, new Set()).get(p.concept)!).add(p.kind);
    for (const c of CONCEPTS) expect([...(kinds.get(c.id) ?? [])].sort(), c.id).toEqual([...c.kinds].sort());
  });
});
