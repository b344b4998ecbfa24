import { describe, expect, it } from 'vitest';
import { listDocuments, parseRendering } from '../src/index.ts';

describe('parseRendering', () => {
  const mdx = `---
extraction: 000_x.txt
---

<Clause id="2" heading="加强最低生活保障">

（二）加强最低生活保障。对……

</Clause>

<Clause id="2.1">

1、提高标准到<Fig p="basic-living.floor">400元</Fig>。<Duty of="2">（责任单位：<Dept lead>县民政局</Dept>、<Dept>县财政局</Dept>。排在第一位的为牵头单位）</Duty>

</Clause>
`;
  const r = parseRendering(mdx, 'x-2021');

  it('reads each clause with its id and printed heading, in order', () => {
    expect(r.clauses.map((c) => [c.id, c.heading])).toEqual([['2', '加强最低生活保障'], ['2.1', undefined]]);
  });

  it('reads a 责任单位 line: its departments as printed, the lead, and the clause it governs', () => {
    expect(r.clauses[1]!.duties).toEqual([{ of: '2', departments: [{ name: '县民政局', lead: true }, { name: '县财政局', lead: false }] }]);
  });

  it('keeps the 责任单位 words in the clause text (the marks add nothing)', () => {
    expect(r.clauses[1]!.text).toContain('（责任单位：县民政局、县财政局。排在第一位的为牵头单位）');
  });

  it('a <Duty> without `of` governs its own clause', () => {
    const own = parseRendering('<Clause id="3">\n\n甲。<Duty>（<Dept>县教育局</Dept>负责）</Duty>\n\n</Clause>\n');
    expect(own.clauses[0]!.duties).toEqual([{ of: '3', departments: [{ name: '县教育局', lead: false }] }]);
  });

  it('reads the frontmatter', () => {
    expect(r.frontmatter.extraction).toBe('000_x.txt');
  });
});

describe('listDocuments', () => {
  it('finds the document folders under content/policies (each with its encoding)', () => {
    expect(listDocuments().length).toBeGreaterThanOrEqual(5);
    for (const id of listDocuments()) expect(id).toMatch(/^[a-z]+(-[a-z]+)*-\d{4}$/);
  });
});
