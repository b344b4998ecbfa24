import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '@bangfu/content';
import { describe, expect, it } from 'vitest';
import { compileContent, encodingJsonSchemas } from '../build/compile-content.ts';

describe('content/schema (editor completion for policy.yaml and concepts.yaml)', () => {
  it('is up to date with the zod schemas (regenerate: node packages/sdk/build/compile-content.ts --schemas)', async () => {
    for (const [name, schema] of Object.entries(await encodingJsonSchemas())) {
      expect(JSON.parse(readFileSync(join(CONTENT_ROOT, 'schema', `${name}.schema.json`), 'utf8')), name).toEqual(schema);
    }
  });
});

describe('compileContent', () => {
  it('compiles every folder of content/ without a problem', () => {
    const r = compileContent();
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});

describe('compileContent tells a researcher what is wrong, with file and line', () => {
  it('names an unknown field, an unknown concept and a missing folder file', async () => {
    const { cpSync, mkdtempSync, writeFileSync: write, readFileSync: read, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'bangfu-content-'));
    try {
      cpSync(CONTENT_ROOT, root, { recursive: true });
      const file = join(root, 'policies/guzhang-2021/policy.yaml');
      write(file, read(file, 'utf8').replace('    concept: eligibility.residency\n', '    concept: eligibility.no-such-concept\n    amout: "1"\n').replace('    ratio: "0.7"\n', ''));
      rmSync(join(root, 'policies/hecheng-2020/source.txt'));
      const r = compileContent(root);
      expect(r.ok).toBe(false);
      const errors = r.ok ? [] : r.errors.join('\n');
      expect(errors).toMatch(/policies\/guzhang-2021\/policy\.yaml:\d+: provisions\.0\.concept: unknown concept "eligibility\.no-such-concept"/);
      expect(errors).toMatch(/policies\/guzhang-2021\/policy\.yaml:\d+: provisions\.0\.amout: unknown field "amout"/);
      expect(errors).toContain('policies/hecheng-2020: missing source.txt');
      // a value field left out is called missing, with what its kind takes
      expect(errors).toMatch(/policies\/guzhang-2021\/policy\.yaml:\d+: provisions\.\d+\.ratio: missing field "ratio" in provision medical\.inpatient\.dibao\.ratio \(kind ratio takes: ratio, bound/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
