/**
 * The CLI and the API under input a developer may throw at them (issue 15): no stack trace ever,
 * input errors exit 2 with a field message, a bad batch line never aborts, batches stream, limits.
 * Every test spawns the CLI with an explicit, generous timeout; none asserts on speed.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { calculateRaw, compareHousehold, getPolicy, parseInput, policyList } from '../src/index.ts';
import { calculators } from '../src/calculators/index.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bangfu-robust-'));
// Its files (batches of up to a million rows, ≈1.7 GB) go when the tests do.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const run = (args: string[], options: SpawnSyncOptions = {}) => {
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 60_000, ...options });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
};
/** No stack trace lines ("    at f (file:1:2)") anywhere a user reads. */
const STACK = /^\s+at /m;

const deep = (n: number, inner = '"x"') => `${'['.repeat(n)}${inner}${']'.repeat(n)}`;
const GOOD = '{"group":"dibao","care":"inpatient","selfPaid":"24000"}';
const medical = (...more: string[]) => ['calc', 'medical-aid', '--policy', 'guzhang-2021', ...more];

describe('no stack trace, input errors exit 2', () => {
  it.each(['group', 'care', 'severity', 'dibaoClass'])('a 10⁴-deep array in %s is a field error', (field) => {
    const r = run(medical('--input', `{"${field}":${deep(10_000)},"care":"inpatient","selfPaid":"1"}`.replace(`"care":"inpatient",`, field === 'care' ? '' : '"care":"inpatient",')), { timeout: 60_000 });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${field}: .*64`, 'm'));
    expect(r.stderr).not.toMatch(STACK);
  }, 60_000);

  it('a 10⁴-deep object through @file, a household too', () => {
    const nested = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const r = run(medical('--input', `@${file('deep.json', `{"group":${nested}}`)}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^group: /m);
    expect(r.stderr).not.toMatch(STACK);
    const h = run(['household', '--input', `{"members":${deep(10_000, '{}')}}`]);
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/^members: /m);
    expect(h.stderr).not.toMatch(STACK);
  }, 60_000);

  it('a 10 MB string is refused by the 1 MB limit, never echoed', () => {
    const big = file('big.json', JSON.stringify({ group: 'x'.repeat(10_000_000), care: 'inpatient', selfPaid: '1' }));
    const r = run(medical('--input', `@${big}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/1 MB/);
    expect(r.stderr.length).toBeLessThan(500);
  }, 60_000);

  it('a string over 10 kB is a field error; an enum error echoes at most 40 characters, escaped', () => {
    const r = run(medical('--input', JSON.stringify({ group: 'x'.repeat(20_000), care: 'inpatient', selfPaid: '1' })));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^group: .*10 kB/m);
    expect(r.stderr.length).toBeLessThan(500);
    const e = run(medical('--input', JSON.stringify({ group: `\u202e${'y'.repeat(5000)}`, care: 'inpatient', selfPaid: '1' })));
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('\\u202e');
    expect(e.stderr).not.toContain('\u202e');
    expect(e.stderr).not.toMatch(/y{40}/);
  }, 60_000);

  it('@/dev/zero stops at the limit instead of hanging', () => {
    const r = run(medical('--input', '@/dev/zero'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--input: .*1 MB/m);
  }, 60_000);

  // (An --input argument over 1 MB cannot reach a process on Linux, whose limit for one argument is 128 kB: a file can.)
  it('an @file over 1 MB is refused', () => {
    const r = run(medical('--input', `@${file('over.json', `{"group":"${'d'.repeat(1_100_000)}"}`)}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--input: .*1 MB/m);
  }, 60_000);

  it('a JSON file with a UTF-8 BOM is read', () => {
    const r = run(medical('--input', `@${file('bom.json', `\uFEFF${GOOD}`)}`));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).amount).toBe('14000.00');
  });

  it('--input twice, or with --input-file, exits 2', () => {
    const twice = run(medical('--input', GOOD, '--input', GOOD));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^--input: .*once/m);
    const both = run(medical('--input', GOOD, '--input-file', file('one.jsonl', GOOD)));
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^--input: .*together/m);
    const files = run(medical('--input-file', file('a.jsonl', GOOD), '--input-file', file('b.jsonl', GOOD)));
    expect(files.code).toBe(2);
    expect(files.stdout).toBe('');
  });

  it('stdout closed by its reader (| head) ends quietly with exit 0', () => {
    const rows = file('many.jsonl', `${GOOD}\n`.repeat(20_000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --disable-warning=ExperimentalWarning "${CLI}" calc medical-aid --policy all --input-file "${rows}" | head -n 1; exit \${PIPESTATUS[0]}`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/^\{"line":1,/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('a full disk (/dev/full) exits 1 with a message, no stack', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, 'policies'], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', fd, 'pipe'] });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/ENOSPC/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      closeSync(fd);
    }
  }, 60_000);
});

describe('an unexpected error', () => {
  // A preload breaks a built-in the compare command uses, standing in for a bug.
  const preload = () => file('boom.cjs', "Array.prototype.flatMap = function () { throw new Error('boom\\nsecond line'); };");
  it('is one bilingual line, exit 1, no stack', () => {
    const r = spawnSync(process.execPath, ['--require', preload(), '--disable-warning=ExperimentalWarning', CLI, 'compare', '--area', 'all'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('bangfu: 内部错误 | internal error: boom second line\n');
  }, 60_000);
  it('shows its stack with BANGFU_DEBUG=1', () => {
    const r = spawnSync(process.execPath, ['--require', preload(), '--disable-warning=ExperimentalWarning', CLI, 'compare', '--area', 'all'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, BANGFU_DEBUG: '1' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(STACK);
    expect(r.stderr).toContain('内部错误 | internal error: boom');
  }, 60_000);
});

describe('batch: streams, a bad line never aborts', () => {
  it('10,000 lines, one of them 10⁴ deep: 9,999 rows kept, the bad line named', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i === 4_321 ? `{"group":${deep(10_000)},"care":"inpatient","selfPaid":"1"}` : GOOD));
    const r = run(medical('--input-file', file('10k.jsonl', lines.join('\n'))));
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; status: string; error?: string });
    expect(out).toHaveLength(10_000);
    expect(out.filter((o) => o.status === 'computed')).toHaveLength(9_999);
    const bad = out.filter((o) => o.status === 'error');
    expect(bad.map((o) => o.line)).toEqual([4_322]);
    expect(bad[0]!.error).toMatch(/^group: .*64/);
    expect(r.stderr).toBe('bangfu: 10000 household(s) × 1 policy(ies), 1 error(s)\n');
  }, 120_000);

  it('200,000 lines × 5 policies stream to 1,000,000 rows in bounded memory', () => {
    const input = file('200k.jsonl', `${GOOD}\n`.repeat(200_000));
    const outPath = join(dir, '200k.out');
    const outFd = openSync(outPath, 'w');
    // A preload that reports the peak resident set size on exit.
    const preload = file('rss.cjs', "process.on('exit', () => process.stderr.write('maxrss:' + process.resourceUsage().maxRSS + '\\n'));");
    try {
      const r = spawnSync(process.execPath, ['--require', preload, '--disable-warning=ExperimentalWarning', CLI, 'calc', 'medical-aid', '--policy', 'all', '--input-file', input], { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', outFd, 'pipe'] });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('bangfu: 200000 household(s) × 5 policy(ies), 0 error(s)');
      const kb = Number(/maxrss:(\d+)/.exec(r.stderr)?.[1]);
      expect(kb).toBeGreaterThan(0);
      expect(kb).toBeLessThan(800 * 1024); // measured ≈ 260 MB; the output alone is ≈ 1.7 GB
    } finally {
      closeSync(outFd);
    }
    let n = 0;
    const text = readFileSync(outPath);
    for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1)) n++;
    expect(n).toBe(1_000_000);
  }, 300_000);

  it('reads stdin with --input-file -, a BOM at its start tolerated', () => {
    const r = run(medical('--input-file', '-'), { input: `\uFEFF${GOOD}\r\n{oops\n` });
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; status: string });
    expect(out.map((o) => [o.line, o.status])).toEqual([[1, 'computed'], [2, 'error']]);
  });

  it('--strict exits 1 when any line failed, 0 when none did', () => {
    const mixed = file('mixed.jsonl', `${GOOD}\n{"group":"nobody"}\n`);
    expect(run(medical('--input-file', mixed, '--strict')).code).toBe(1);
    expect(run(medical('--input-file', mixed)).code).toBe(0);
    expect(run(medical('--input-file', file('good.jsonl', GOOD), '--strict')).code).toBe(0);
  });

  it('CSV input: a header of field names, members as a JSON array in a cell', () => {
    const csv = file('h.csv', '\uFEFFgroup,care,selfPaid\r\ndibao,inpatient,24000\r\ntekun,inpatient,"1,000"\r\nlow-income,inpatient\r\n');
    const r = run(medical('--input-file', csv, '--input-format', 'csv', '--format', 'csv'));
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('line,policy,calculator,status,amount,min,max,unit,categories,provisions,error');
    expect(rows.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(['2,guzhang-2021,medical-aid,computed,14000.00', '3,guzhang-2021,medical-aid,computed,1000.00', '4,,medical-aid,error,']);
    expect(r.stderr).toBe('bangfu: 3 household(s) × 1 policy(ies), 1 error(s)\n');
    const members = file('m.csv', 'dibaoStandard,perCapitaIncome,members\n600,350,"[{},{}]"\n');
    const d = run(['calc', 'dibao-benefit', '--policy', 'guzhang-2021', '--input-file', members, '--input-format', 'csv']);
    expect(d.code, d.stderr).toBe(0);
    expect(JSON.parse(d.stdout)).toMatchObject({ line: 2, status: 'computed', amount: '800.00' });
  });

  it('a CSV given as JSON Lines is one usage error, not a row per line', () => {
    const r = run(medical('--input-file', file('as-jsonl.csv', `group,care,selfPaid\n${'dibao,inpatient,1\n'.repeat(10_000)}`)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--input-format csv/);
  });

  it('a line over 1 MB is an error row; the rest are kept', () => {
    const r = run(medical('--input-file', file('long.jsonl', `${GOOD}\n{"group":"${'x'.repeat(1_200_000)}"}\n${GOOD}\n`)));
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; status: string; error?: string });
    expect(out.map((o) => [o.line, o.status])).toEqual([[1, 'computed'], [2, 'error'], [3, 'computed']]);
    expect(out[1]!.error).toMatch(/1 MB/);
  }, 60_000);
});

describe('the API returns field errors, never throws, for any JSON-like input', () => {
  const p = getPolicy('guzhang-2021')!;
  let deepValue: unknown = 'x';
  for (let i = 0; i < 10_000; i++) deepValue = [deepValue];
  const circular: Record<string, unknown> = { group: 'dibao', care: 'inpatient', selfPaid: '1' };
  circular.self = circular;
  const cycleInGroup: unknown[] = [];
  cycleInGroup.push(cycleInGroup);
  const cases: [string, unknown, RegExp][] = [
    ['deep nesting', { group: deepValue, care: 'inpatient', selfPaid: '1' }, /^group$/],
    ['a cycle', circular, /^self$/],
    ['a cycle in an enum field', { group: cycleInGroup, care: 'inpatient', selfPaid: '1' }, /^group/],
    ['BigInt', { group: 1n, care: 'inpatient', selfPaid: '1' }, /^group$/],
    ['a function', { group: () => 'dibao', care: 'inpatient', selfPaid: '1' }, /^group$/],
    ['a symbol', { group: Symbol('dibao'), care: 'inpatient', selfPaid: '1' }, /^group$/],
    ['a throwing getter', Object.defineProperty({ care: 'inpatient', selfPaid: '1' }, 'group', { enumerable: true, get: () => { throw new Error('boom'); } }), /input/],
  ];
  it.each(cases)('%s', (_, raw, field) => {
    const viaParse = parseInput(calculators['medical-aid'].input, raw);
    expect(viaParse.ok).toBe(false);
    if (!viaParse.ok) expect(viaParse.errors[0]!.field).toMatch(field);
    expect(calculateRaw('medical-aid', p, raw).ok).toBe(false);
    expect(compareHousehold({ dibaoStandard: '600', perCapitaIncome: '350', members: [raw] }, policyList()).ok).toBe(false);
  });

  it('an enum error shows a bounded excerpt of a large array', () => {
    const r = calculateRaw('medical-aid', p, { group: Array.from({ length: 100_000 }, (_, i) => i), care: 'inpatient', selfPaid: '1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.en.length).toBeLessThan(400);
  });
});
