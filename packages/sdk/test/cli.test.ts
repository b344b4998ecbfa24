import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const bangfu = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('bangfu calc medical-aid (the public CLI contract)', () => {
  it('prints one JSON object with the amount as a two-decimal string', () => {
    // 古丈 四（三）: "对城市低保对象设起付线4000元，个人自负费用按70%的比例救助" → (24000 − 4000) × 0.7 = 14000
    const r = bangfu('calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"24000"}');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ policy: 'guzhang-2021', calculator: 'medical-aid', status: 'computed', amount: '14000.00', unit: 'CNY' });
    expect(out.provisions).toContain('guzhang-2021:medical.inpatient.dibao.ratio');
    expect(out.steps.length).toBeGreaterThan(0);
  });

  it('reads input from @file.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-'));
    const file = join(dir, 'in.json');
    // "年度救助限额5万元": (30000 − 4000) × 0.7 = 18200, capped by 50000 − 40000 = 10000
    writeFileSync(file, JSON.stringify({ group: 'dibao', care: 'inpatient', selfPaid: '30000', aidedThisYear: '40000' }));
    const r = bangfu('calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', `@${file}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).amount).toBe('10000.00');
  });

  it.each([
    [['--policy', 'guzhang-2021', '--input', '{"group":"students","care":"inpatient","selfPaid":"1"}'], /^group: /m],
    [['--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"-1"}'], /^selfPaid: .*不能为负数.*must not be negative/m],
    [['--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"12abc"}'], /^selfPaid: /m],
    [['--policy', 'guzhang-2021', '--input', '{not json'], /^--input: .*JSON/m],
    [['--policy', 'nowhere-2020', '--input', '{}'], /^policy: .*nowhere-2020/m],
    [['--policy', 'guzhang-2021', '--input', '@/no/such/file.json'], /^--input: /m],
    [['--policy', 'guzhang-2021'], /^--input: /m],
  ])('rejects %j with exit code 2, the field on stderr and nothing on stdout', (args, message) => {
    const r = bangfu('calc', 'medical-aid', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects an unknown calculator and an unknown command', () => {
    expect(bangfu('calc', 'lottery', '--policy', 'guzhang-2021', '--input', '{}')).toMatchObject({ code: 2, stdout: '' });
    expect(bangfu('frobnicate')).toMatchObject({ code: 2, stdout: '' });
  });
});
