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

  it('answers the places chosen, in the order given (--policy a,b), and names an unknown one', () => {
    // 会宁 二（三）4 "按照不低于70%比例实施分类医疗救助" (no threshold): 10000 × 0.7 = 7000, a floor;
    // 古丈 四（三）: (10000 − 4000) × 0.7 = 4200
    const r = bangfu('calc', 'medical-aid', '--policy', 'huining-2022,guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"10000"}');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { policy: string; status: string; amount?: string; min?: string }[];
    expect(out.map((x) => [x.policy, x.status, x.amount ?? x.min])).toEqual([['huining-2022', 'range', '7000.00'], ['guzhang-2021', 'computed', '4200.00']]);
    const bad = bangfu('calc', 'medical-aid', '--policy', 'guzhang-2021,nowhere-2020', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"1"}');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('nowhere-2020');
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

describe('bangfu provisions, policies and batch calc', () => {
  it('lists provisions of one area as CSV with a header', () => {
    const r = bangfu('provisions', '--policy', 'guzhang-2021', '--area', 'housing', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^policy,id,clause,area,kind,/);
    // 四（二）: "短时间租房的按城市低保标准的50%进行补贴"
    expect(lines.some((l) => l.startsWith('guzhang-2021,housing.rent-subsidy,4.2,housing,multiple,'))).toBe(true);
  });

  it('rejects an unknown area naming --area', () => {
    const r = bangfu('provisions', '--policy', 'guzhang-2021', '--area', 'sports');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^--area: /m);
  });

  it('evaluates a JSONL batch, reporting bad lines by number without aborting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-'));
    const file = join(dir, 'households.jsonl');
    writeFileSync(file, ['{"group":"dibao","care":"inpatient","selfPaid":"24000"}', '{oops', '', '{"group":"tekun","care":"inpatient","selfPaid":"-1"}', '{"group":"low-income","care":"inpatient","selfPaid":"50000"}'].join('\n'));
    const r = bangfu('calc', 'medical-aid', '--policy', 'guzhang-2021', '--input-file', file, '--format', 'jsonl');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.status, o.amount ?? o.error?.slice(0, 8)])).toEqual([
      [1, 'computed', '14000.00'], // (24000 − 4000) × 70%
      [2, 'error', '不是有效的 JSON'.slice(0, 8)],
      [4, 'error', 'selfPaid'],
      [5, 'computed', '20000.00'], // (50000 − 10000) × 50%: "起付线1万元，个人自负费用按50%的比例救助"
    ]);
    expect(r.stderr).toMatch(/4 household\(s\) × 1 policy\(ies\), 2 error\(s\)/);
  });
});

describe('bangfu household (what the household view shows, for scripts)', () => {
  it('answers every place with its category, the answers with their steps, and what is missing', () => {
    // 古丈 4.1 "对每人每月低保金不足400元的，提高到400元标准发放": gap 600 − 350 = 250 → 400 × 2 = 800.00
    const r = bangfu('household', '--input', '{"dibaoStandard":"600","perCapitaIncome":"350","members":[{},{}]}');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { views: { policy: string; category: { group: string; basis: string }; measures: { calculator: string; result: { amount?: string; steps: unknown[] } }[]; skipped: { calculator: string }[] }[]; differences: unknown[] };
    const guzhang = out.views.find((v) => v.policy === 'guzhang-2021')!;
    expect(guzhang.category).toMatchObject({ group: 'dibao', basis: 'income' });
    const dibao = guzhang.measures.find((m) => m.calculator === 'dibao-benefit')!.result;
    expect(dibao.amount).toBe('800.00');
    expect(dibao.steps.length).toBeGreaterThan(0);
    expect(guzhang.skipped.map((s) => s.calculator)).toEqual(['temporary-aid', 'medical-aid', 'rent-subsidy']);
    expect(out.differences.length).toBeGreaterThan(0);
  });

  it('prints the same as text for a person, in the places asked', () => {
    const r = bangfu('household', '--input', '{"dibaoStandard":"600","perCapitaIncome":"0","members":[{}],"group":"tekun"}', '--policy', 'huining-2022', '--format', 'text');
    expect(r.code, r.stderr).toBe(0);
    // 会宁 2.1.a.3 "基本生活标准按照不低于最低生活保障标准的1.3倍确定": 600 × 1.3 = 780, a floor
    expect(r.stdout).toContain('类别：特困人员（按所选）');
    expect(r.stdout).toContain('特困人员基本生活标准：不低于 780.00 元/人/月');
    expect(r.stdout).toContain('低保金：不符合条件：本户为特困人员');
    expect(r.stdout).not.toContain('古丈');
  });

  it('exits 2 with field messages, in Chinese and English, on bad input', () => {
    const r = bangfu('household', '--input', '{"dibaoStandard":"600","members":[{}],"group":"nobody"}');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('perCapitaIncome');
    expect(r.stderr).toContain('group');
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  });
});
