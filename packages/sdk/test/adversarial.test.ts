/**
 * What an independent tester found wrong (issue 15 second round), kept fixed: control characters
 * in echoed arguments, bilingual argument errors, repeated options, extra arguments, unreadable
 * inputs, a message that grew with the input, and API calls that threw on JSON-like options.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BangfuProgrammerError, calculateRaw } from '../src/calculators/index.ts';
import { compareHousehold } from '../src/household/index.ts';
import { getPolicy } from '../src/policies/index.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const bangfu = (args: string[], options: { input?: string } = {}) => {
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8', timeout: 60_000, ...(options.input !== undefined ? { input: options.input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const ok = '{"group":"dibao","care":"inpatient","selfPaid":"24000"}';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

describe('the CLI echoes arguments escaped, in both languages', () => {
  it.each([
    [['calc', 'medical-aid', '--policy', '\u001b[31mRED\nX', '--input', ok], 'policy'],
    [['calc', 'medical-aid', '--policy', 'guzhang-2021', '--as-of', 'X\u202eY', '--input', ok], '--as-of'],
    [['calc', 'medical-aid', '--policy', 'guzhang-2021', '--\u001b[31mred'], 'arguments'],
  ])('%j → exit 2, one escaped line per error, no control character', (args, field) => {
    const r = bangfu(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n').every((l) => l.startsWith(`${field}: `) && / \/ /.test(l))).toBe(true);
    expect(CONTROL.test(r.stderr)).toBe(false);
  });
  it('says an option that takes no value, or lacks one, in both languages', () => {
    expect(bangfu(['calc', 'medical-aid', '--no-steps=false']).stderr).toContain('选项 "--no-steps" 不带值 / option "--no-steps" takes no value');
    expect(bangfu(['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', ok, '--as-of']).stderr).toContain('缺少值 / option "--as-of" needs a value');
  });
});

describe('the CLI never resolves a mistake silently', () => {
  it('refuses an option given twice, naming it', () => {
    const r = bangfu(['calc', 'medical-aid', '--policy', 'hecheng-2020', '--policy', 'guzhang-2021', '--input', ok]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--policy 只能给一次（收到 2 次） / --policy may be given only once (got 2)');
  });
  it('refuses extra arguments to calc, schema and --version', () => {
    for (const args of [['calc', 'medical-aid', 'extra', '--policy', 'guzhang-2021', '--input', ok], ['schema', 'medical-aid', 'extra'], ['--version', '--bogus']]) {
      const r = bangfu(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
  it('refuses a CSV header that names a field twice', () => {
    const r = bangfu(['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input-file', '-', '--input-format', 'csv'], { input: 'group,group,care,selfPaid\ndibao,tekun,inpatient,100\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the CSV header names "group" twice');
  });
});

describe('an input the CLI cannot read is the input’s fault (exit 2)', () => {
  it('a device that fails to read (/proc/self/mem: EIO)', () => {
    const r = bangfu(['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input-file', '/proc/self/mem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read file "/proc/self/mem"');
  });
  it('a directory on standard input', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --disable-warning=ExperimentalWarning "${CLI}" calc medical-aid --policy guzhang-2021 --input-file - < "${tmpdir()}"`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('standard input is a directory');
  });
});

describe('a message does not grow with the input', () => {
  it('50,000 unknown fields: ten named, the rest counted, in well under a kilobyte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-keys-'));
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify({ group: 'dibao', care: 'inpatient', selfPaid: '1', ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 1])) }));
    const r = bangfu(['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', `@${file}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('k0, k1');
    expect(r.stderr).toContain('and 49990 more');
    expect(r.stderr.length).toBeLessThan(1000);
  });
});

describe('the API answers JSON-like options with field errors and throws only a BangfuProgrammerError', () => {
  const policy = getPolicy('guzhang-2021');
  const input = JSON.parse(ok) as unknown;
  it('an asOf that is not a string, or null options', () => {
    for (const asOf of [20240101, null, {}, '2024-02-30']) {
      const r = calculateRaw('medical-aid', policy, input, { asOf } as never);
      expect(r.ok, String(asOf)).toBe(false);
      expect(!r.ok && r.errors[0]!.field).toBe('asOf');
    }
    const r = calculateRaw('medical-aid', policy, input, null as never);
    expect(r.ok && r.value.status === 'computed' && r.value.amount).toBe('14000.00');
    expect(compareHousehold({ dibaoStandard: '600', perCapitaIncome: '350', members: [{}] }, [policy], null).ok).toBe(true);
  });
  it('a policy that is not one, or an unknown calculator: a BangfuProgrammerError saying what to pass', () => {
    for (const bad of ['guzhang-2021', undefined, {}, null]) expect(() => calculateRaw('medical-aid', bad as never, input)).toThrow(BangfuProgrammerError);
    expect(() => calculateRaw('nope' as never, policy, input)).toThrow(/unknown calculator "nope"/);
    expect(() => compareHousehold({}, 'all' as never)).toThrow(BangfuProgrammerError);
  });
});
