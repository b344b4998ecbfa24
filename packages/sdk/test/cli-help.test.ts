/** The CLI for humans: --version, per-calculator --help from the schemas, `bangfu schema`, --no-steps. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_IDS } from '../src/calculators/index.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const bangfu = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('bangfu --version', () => {
  it('prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = bangfu('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});

describe('bangfu calc <calculator> --help', () => {
  it('lists medical-aid’s fields with their types, defaults and meanings, in Chinese and English', () => {
    const r = bangfu('calc', 'medical-aid', '--help');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('group (required): tekun | orphan');
    expect(r.stdout).toContain('care (required): inpatient | outpatient-chronic | outpatient-major');
    expect(r.stdout).toMatch(/selfPaid \(required\): string/);
    expect(r.stdout).toContain('aidedThisYear (default "0")');
    expect(r.stdout).toContain('本年度政策范围内、经各项保险报销后的个人自负费用');
    expect(r.stdout).toContain("this year's in-policy self-paid cost after all insurance");
  });
  it('describes every field of every calculator (none left without its meaning), and its example runs', () => {
    for (const id of CALCULATOR_IDS) {
      const r = bangfu('calc', id, '--help');
      expect(r.code, `${id}: ${r.stderr}`).toBe(0);
      const meanings = r.stdout.split('\n').filter((l) => /^ {6}\S/.test(l));
      expect(meanings.length, id).toBeGreaterThan(0);
      expect(meanings.filter((l) => !/[\u4e00-\u9fff].*\/ [A-Za-z]/.test(l)), id).toEqual([]);
      const example = /--input '(.*)'$/m.exec(r.stdout)![1]!;
      const run = bangfu('calc', id, '--policy', 'guzhang-2021', '--input', example);
      expect(run.code, `${id} example: ${run.stderr}`).toBe(0);
    }
  });
});

describe('bangfu schema <calculator>', () => {
  it('prints the JSON Schema of the input: required fields, enums and descriptions', () => {
    const r = bangfu('schema', 'medical-aid');
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.type).toBe('object');
    expect(s.required).toEqual(['group', 'care', 'selfPaid']);
    expect(s.properties.care.enum).toEqual(['inpatient', 'outpatient-chronic', 'outpatient-major']);
    expect(s.properties.selfPaid.description).toContain('个人自负费用');
    expect(s.additionalProperties).toBe(false);
  });
  it('names an unknown calculator with exit 2', () => {
    const r = bangfu('schema', 'medical');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('medical-aid');
    expect(r.stdout).toBe('');
  });
});

describe('bangfu calc --no-steps', () => {
  it('gives the same answer with no steps trace', () => {
    // 古丈 四（三）: "对城市低保对象设起付线4000元…个人自负费用按70%的比例救助" → (24000 − 4000) × 0.7 = 14000.00
    const args = ['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"24000"}'];
    const full = JSON.parse(bangfu(...args).stdout);
    const bare = JSON.parse(bangfu(...args, '--no-steps').stdout);
    expect(full.steps.length).toBeGreaterThan(0);
    expect(bare.steps).toEqual([]);
    expect(bare).toEqual({ ...full, steps: [] });
    expect(bare.amount).toBe('14000.00');
  });
});
