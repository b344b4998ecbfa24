/**
 * The scaffold, tried on the five documents that have hand renderings: it should find the clauses the
 * editors found (ids in order), lose no text of the source, and write MDX the package can read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR, normalise, normaliseSource, parseRendering } from '../src/index.ts';
import { JOIN_COMMENT, scaffold } from '../src/scaffold.ts';

/** Extraction file of each document in the old layout (content/sources/README.md). */
const OLD_SOURCE: Record<string, string> = {
  'guzhang-2021': '000_be1f96042303cea4.txt',
  'yunyang-2019': '001_b3ad167cf8d686be.txt',
  'huining-2022': '002_3a8ed94c22ccd17c.txt',
  'hecheng-2020': '003_24a57c0e3939ac75.txt',
  'yuzhong-2019': '004_3a1359387f237fb4.txt',
};

/** A document's source and hand rendering: the folder layout (content/policies/<id>/) if present, else the old one. */
function documentFiles(id: string): { source: string; rendering: string } {
  const folder = { source: join(CONTENT_DIR, id, 'source.txt'), rendering: join(CONTENT_DIR, id, 'rendering.mdx') };
  if (existsSync(folder.source) && existsSync(folder.rendering)) return folder;
  return { source: join(CONTENT_DIR, '../sources', OLD_SOURCE[id]!), rendering: join(CONTENT_DIR, `${id}.mdx`) };
}

/** Hand ids matched in order (longest common subsequence), so a right id in the wrong place does not count. */
function matchedInOrder(hand: string[], made: string[]): number {
  const row = new Array<number>(made.length + 1).fill(0);
  for (const h of hand) {
    let diag = 0;
    for (let j = 1; j <= made.length; j++) {
      const up = row[j]!;
      row[j] = h === made[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[made.length]!;
}

/** The MDX as plain text: frontmatter, comments, tags, heading markers and backslash escapes removed. */
const stripMdx = (mdx: string): string =>
  mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\\([\\`*_{}[\]<>&#>+\-.=])/g, (_m, ch: string) => `\u0000${ch.charCodeAt(0)}\u0000`) // escaped characters are text, not tags
    .replace(/<[^>]+>/g, '')
    .replace(/^#{1,6} /gm, '')
    .replace(/\u0000(\d+)\u0000/g, (_m, code: string) => String.fromCharCode(Number(code)));

const ids = Object.keys(OLD_SOURCE);
const results = new Map<string, { hand: number; matched: number }>();

describe.each(ids)('scaffold on %s', (id) => {
  const files = documentFiles(id);
  const source = readFileSync(files.source, 'utf8');
  const hand = parseRendering(readFileSync(files.rendering, 'utf8'), id).clauses.map((c) => c.id);
  const { mdx, policyYaml, report } = scaffold(id, source);

  it('finds the clauses of the hand rendering, in order (at least 95 %)', () => {
    const matched = matchedInOrder(hand, report.clauseIds);
    results.set(id, { hand: hand.length, matched });
    const share = matched / hand.length;
    const extra = report.clauseIds.filter((c) => !hand.includes(c));
    const missing = hand.filter((c) => !report.clauseIds.includes(c));
    console.log(`${id}: ${matched}/${hand.length} hand clause ids = ${(share * 100).toFixed(1)} %${missing.length ? `; missing ${missing.join(' ')}` : ''}${extra.length ? `; extra ${extra.join(' ')}` : ''}`);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('writes MDX the package parses, with the same clauses the report lists', () => {
    const parsed = parseRendering(mdx, id);
    expect(parsed.clauses.map((c) => c.id)).toEqual(report.clauseIds);
    expect(report.clauses).toBe(report.clauseIds.length);
  });

  it('loses no text: tags and comments stripped, the rendering is the source (whitespace and bookmark residue aside)', () => {
    const expected = normaliseSource(source);
    expect(normalise(stripMdx(mdx))).toBe(expected);
    // The same through the parser: every character of the source stands in some clause.
    expect(normalise(parseRendering(mdx, id).clauses.map((c) => c.text).join(''))).toBe(expected);
  });

  it('marks every join it proposes, and counts what it pre-marked', () => {
    expect(mdx.split(JOIN_COMMENT).length - 1).toBe(report.joins);
    const parsed = parseRendering(mdx, id);
    expect(parsed.clauses.reduce((n, c) => n + c.figures.length, 0)).toBe(report.figures);
    expect(parsed.clauses.reduce((n, c) => n + c.nonRules.length, 0)).toBe(report.nonRules);
    expect(parsed.clauses.flatMap((c) => c.figures.flatMap((f) => f.provisions))).toSatisfy((ps: string[]) => ps.every((p) => p === 'TODO'));
  });

  it('leaves no Arabic numeral unmarked in the clause text', () => {
    const parsed = parseRendering(mdx, id);
    const unmarked = parsed.clauses.flatMap((c) => (c.unmarkedText.match(/\d+/g) ?? []).map((n) => `${c.id}: ${n}`));
    expect(unmarked).toEqual([]);
  });

  it('writes a policy.yaml that parses, names the schema, and has the fields to fill', () => {
    expect(policyYaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/policy.schema.json');
    const y = parseYaml(policyYaml) as Record<string, unknown>;
    expect(y).not.toHaveProperty('id'); // the id is the folder's name
    for (const key of ['title', 'docNumber', 'region', 'issuers', 'issued', 'effective', 'parents']) expect(y).toHaveProperty(key);
    expect(y.groups).toEqual([]);
    expect(y.provisions).toEqual([]);
    if (y.issued) expect(String(y.issued)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the figures of the five documents', () => {
  it('guzhang 4.3 "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助" is pre-marked as figures', () => {
    const { mdx } = scaffold('guzhang-2021', readFileSync(documentFiles('guzhang-2021').source, 'utf8'));
    expect(mdx).toContain('对城市低保对象设起付线<Fig p="TODO">4000元</Fig>，个人自负费用按<Fig p="TODO">70%</Fig>的比例救助');
    // 文号 and the signature date are not rules.
    expect(mdx).toContain('<NR kind="docnumber">古办〔2021〕9号</NR>');
    expect(mdx).toContain('<NR kind="date">2021年9月27日</NR>');
    // The page break in "城市特" / "困人员" is closed up and marked.
    expect(mdx).toContain(`城市特${JOIN_COMMENT}困人员`);
  });

  it('yuzhong 2018—2020年 is a period, "321" a figure, and the appendix a table', () => {
    const { mdx } = scaffold('yuzhong-2019', readFileSync(documentFiles('yuzhong-2019').source, 'utf8'));
    expect(mdx).toContain('<NR kind="period">2018—2020年</NR>');
    expect(mdx).toContain('“<Fig p="TODO">321</Fig>”');
    expect(mdx).toContain('<td></td><td colSpan={2}>合计</td>');
  });
});

afterAll(() => {
  const rows = ids.filter((id) => results.has(id)).map((id) => ({ id, ...results.get(id)! }));
  const hand = rows.reduce((n, r) => n + r.hand, 0);
  const matched = rows.reduce((n, r) => n + r.matched, 0);
  if (hand) console.log(`overall: ${matched}/${hand} hand clause ids = ${((matched / hand) * 100).toFixed(1)} %`);
});

describe('scaffold-cli', () => {
  const CLI = fileURLToPath(new URL('../src/scaffold-cli.ts', import.meta.url));
  const tmp = mkdtempSync(join(tmpdir(), 'bangfu-scaffold-'));
  const env = { ...process.env };
  delete env.INIT_CWD; // paths below are absolute; do not let pnpm's invocation directory leak in
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the four files of a new folder and prints the report', () => {
    const src = documentFiles('hecheng-2020').source;
    const r = run('hecheng-2020', '--source', src, '--out', tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const folder = join(tmp, 'hecheng-2020');
    expect(readdirSync(folder).sort()).toEqual(['cases.yaml', 'policy.yaml', 'rendering.mdx', 'source.txt']);
    expect(readFileSync(join(folder, 'source.txt'))).toEqual(readFileSync(src));
    expect(parseRendering(readFileSync(join(folder, 'rendering.mdx'), 'utf8')).clauses.length).toBeGreaterThan(0);
    expect(parseYaml(readFileSync(join(folder, 'policy.yaml'), 'utf8'))).toMatchObject({ provisions: [] }); // the id is the folder's name
    expect(parseRendering(readFileSync(join(folder, 'rendering.mdx'), 'utf8')).frontmatter).toEqual({ extraction: 'source.txt' });
    const cases = readFileSync(join(folder, 'cases.yaml'), 'utf8');
    expect(parseYaml(cases)).toEqual([]);
    for (const field of ['name', 'calculator', 'clause', 'quote', 'input', 'output', 'working']) expect(cases).toContain(`${field}:`);
    expect(r.stdout).toContain('clauses');
    expect(r.stdout).toContain('joins');
  });

  it('refuses to overwrite an existing folder (exit 2, message in Chinese and English), touching nothing', () => {
    const folder = join(tmp, 'existing-2020');
    mkdirSync(folder);
    writeFileSync(join(folder, 'rendering.mdx'), 'hand work');
    const r = run('existing-2020', '--source', documentFiles('guzhang-2021').source, '--out', tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已存在');
    expect(r.stderr).toContain('already exists');
    expect(readdirSync(folder)).toEqual(['rendering.mdx']);
    expect(readFileSync(join(folder, 'rendering.mdx'), 'utf8')).toBe('hand work');
  });

  it('rejects a missing source and a malformed id with exit 2', () => {
    expect(run('new-2024', '--out', tmp).code).toBe(2);
    expect(run('new-2024', '--source', join(tmp, 'nope.txt'), '--out', tmp).code).toBe(2);
    expect(run('New_2024', '--source', documentFiles('guzhang-2021').source, '--out', tmp).code).toBe(2);
    expect(existsSync(join(tmp, 'new-2024'))).toBe(false);
  });
});

describe('scaffold proposes the 责任单位 lines', () => {
  it.each(['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'])('%s: the departments the hand rendering marks, as <Duty>/<Dept>', (id) => {
    const files = documentFiles(id);
    const names = (mdx: string) => parseRendering(mdx, id).clauses.flatMap((c) => c.duties.flatMap((d) => d.departments.map((x) => `${c.id}:${x.name}`)));
    const hand = names(readFileSync(files.rendering, 'utf8'));
    const generated = new Set(names(scaffold(id, readFileSync(files.source, 'utf8')).mdx));
    const found = hand.filter((n) => generated.has(n));
    console.log(`${id}: ${found.length}/${hand.length} hand-marked departments proposed`);
    expect(found.length / hand.length).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the extraction file name in the frontmatter and leaves the id to the folder', () => {
    const { mdx, policyYaml } = scaffold('guzhang-2021', readFileSync(documentFiles('guzhang-2021').source, 'utf8'), '000_be1f96042303cea4.txt');
    expect(parseRendering(mdx).frontmatter).toEqual({ extraction: '000_be1f96042303cea4.txt' });
    expect(policyYaml).not.toMatch(/^id:/m);
    expect(policyYaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/policy.schema.json');
  });
});
