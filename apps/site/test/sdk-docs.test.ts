/**
 * The SDK documentation's examples are run, and the built pages show exactly what was run.
 * - Each TypeScript example in src/sdk-examples is executed against the SDK (read from source through
 *   the `bangfu-source` condition, see vitest.config.ts); what it prints must equal its
 *   `// 输出 (output):` block. The expected values are worked by hand, with the quote, in the example.
 * - Each CLI example (src/sdk-examples/cli.data.ts) is run as `node packages/sdk/src/cli.ts …` in a
 *   temporary directory holding its files; exit code, stdout and stderr must be as documented.
 * - The built page of each example (dist/, after `pnpm run build`) contains its source or command and
 *   output verbatim.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { calculators, CALCULATOR_IDS } from '@bangfu/sdk';
import { CLI_EXAMPLES, displayedStdout, expectedOutput, shellWords, TS_EXAMPLES } from '../src/sdk-examples/index.ts';
import { FIELD_DOCS, fieldsOf } from '../src/pages/sdk/_fields.ts';
import { assertBuilt, ids, read, text } from './dist.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const EXAMPLES_DIR = resolve(HERE, '../src/sdk-examples');
const CLI = resolve(HERE, '../../../packages/sdk/src/cli.ts');
const modules = import.meta.glob('../src/sdk-examples/*.ts');

const source = (file: string): string => readFileSync(join(EXAMPLES_DIR, file), 'utf8');
/** What the page shows of an example's source: the file as is, without its trailing newline. */
const shown = (file: string): string => source(file).trimEnd();

const bangfu = (args: string[], files: Record<string, string> = {}) => {
  const cwd = mkdtempSync(join(tmpdir(), 'bangfu-docs-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('TypeScript examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('every example file is listed once, with a page, and has an output block', () => {
    const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.data.ts')).sort();
    expect(TS_EXAMPLES.map((e) => e.file).sort()).toEqual(files);
    for (const f of files) expect(expectedOutput(source(f)).length, f).toBeGreaterThan(0);
  });

  for (const example of TS_EXAMPLES) {
    it(`${example.file} prints what its output block says`, async () => {
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(...format(...args).split('\n'));
      });
      const load = modules[`../src/sdk-examples/${example.file}`];
      expect(load, example.file).toBeDefined();
      await load!();
      expect(printed).toEqual(expectedOutput(source(example.file)));
    });
  }
});

describe('CLI examples', () => {
  for (const e of CLI_EXAMPLES) {
    it(`bangfu ${shellWords(e.args)} → exit ${e.code}, output as documented`, () => {
      const r = bangfu(e.args, e.files);
      expect(r.stderr.replace(/\n$/, '')).toBe(e.stderr ?? '');
      expect(r.code).toBe(e.code);
      const out = r.stdout.replace(/\n$/, '');
      if (e.stdout.kind === 'json') expect(JSON.parse(out)).toEqual(e.stdout.value);
      else if (e.stdout.kind === 'head') expect(out.split(/\r?\n/).slice(0, e.stdout.value.split('\n').length).join('\n')).toBe(e.stdout.value);
      else expect(out).toBe(e.stdout.value);
    });
  }

  it('every command in `bangfu --help` has a section on the CLI page', () => {
    assertBuilt();
    const help = bangfu(['--help']);
    expect(help.code).toBe(0);
    const commands = [...new Set([...help.stdout.matchAll(/^\s+bangfu (\w[\w-]*)/gm)].map((m) => m[1]!))];
    expect(commands).toEqual(expect.arrayContaining(['policies', 'provisions', 'calc']));
    const page = ids(read('/sdk/cli/'));
    for (const c of commands) expect(page.has(`cmd-${c}`), `section #cmd-${c} on /sdk/cli/`).toBe(true);
  });
});

describe('calculator reference', () => {
  it('documents every input field of every calculator', () => {
    for (const id of CALCULATOR_IDS) {
      for (const f of fieldsOf(calculators[id].input)) expect(FIELD_DOCS[f.name], `${id}.${f.name}`).toBeDefined();
    }
  });

  it('has a section, with its field table, for every calculator', () => {
    assertBuilt();
    const html = read('/sdk/calculators/');
    const page = ids(html);
    for (const id of CALCULATOR_IDS) {
      expect(page.has(`calc-${id}`), `#calc-${id}`).toBe(true);
      for (const f of fieldsOf(calculators[id].input)) expect(page.has(`calc-${id}-${f.name}`), `#calc-${id}-${f.name}`).toBe(true);
    }
  });
});

describe('the built pages show what the tests ran', () => {
  beforeAll(assertBuilt);

  for (const example of TS_EXAMPLES) {
    it(`${example.page} shows ${example.file} verbatim`, () => {
      expect(existsSync(join(HERE, '../dist', example.page, 'index.html')), example.page).toBe(true);
      expect(text(read(example.page))).toContain(shown(example.file));
    });
  }

  for (const e of CLI_EXAMPLES) {
    it(`${e.page} shows \`bangfu ${e.args[0]}\` example ${e.id}: command, files and output`, () => {
      const page = text(read(e.page));
      expect(page).toContain(`$ bangfu ${shellWords(e.args)}`);
      for (const [name, content] of Object.entries(e.files ?? {})) expect(page).toContain(`$ cat ${name}\n${content.trimEnd()}`);
      if (displayedStdout(e)) expect(page).toContain(displayedStdout(e));
      if (e.stderr) expect(page).toContain(e.stderr);
    });
  }
});
