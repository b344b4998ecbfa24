/**
 * A table printed in a document is typed twice — as a rendered <table> in the MDX and as data in the
 * SDK (`policy.tables`) — so this test holds the two together: every body row of the rendered table,
 * cell by cell, equals the encoded row (a blank cell is a missing value).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFile } from '@bangfu/content';
import { policyList } from '../src/index.ts';

const withTables = policyList().filter((p) => p.tables.length > 0);

/** Body rows of the rendered tables of a rendering, as cell texts (components stripped). */
function renderedRows(policy: string): string[][] {
  const mdx = readFileSync(documentFile(policy, 'rendering'), 'utf8');
  return [...mdx.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((body) =>
    [...body[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
      // A cell spanning N columns stands for itself and N − 1 blank cells.
      [...tr[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].flatMap((td) => {
        const span = Number(/colSpan=\{(\d+)\}/.exec(td[1]!)?.[1] ?? 1);
        return [td[2]!.replace(/<[^>]+>/g, '').trim(), ...Array<string>(span - 1).fill('')];
      }),
    ),
  );
}

describe.each(withTables.map((p) => [p.id, p] as const))('%s', (id, policy) => {
  it('renders each encoded table row by row, cell by cell', () => {
    const encoded = policy.tables.flatMap((t) => t.rows.map((r) => t.columns.map((c) => (r.cells[c.key] === undefined ? '' : String(r.cells[c.key])))));
    expect(renderedRows(id)).toEqual(encoded);
  });
});

it('some document has a table (the check above is not vacuous)', () => {
  expect(withTables.map((p) => p.id)).toContain('yuzhong-2019');
});
