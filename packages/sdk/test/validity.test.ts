/**
 * Which rules are in force, and on which date (issue 14). Dates worked by hand from each document's
 * own words; the boundary days are chosen and explained where the text is read.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRendering, normalise } from '@bangfu/content';
import { compareHousehold } from '../src/household/index.ts';
import { findPolicy, getPolicy, policyList } from '../src/policies/index.ts';
import { isIsoDate, statusOn, today } from '../src/validity.ts';

const status = (id: string, date: string) => statusOn(findPolicy(id)!, date)!.status;

describe('鹤城 “本通知自发布之日起执行，有效期5年” (issued 2020年7月27日)', () => {
  it('is in force on 2021-01-01', () => {
    expect(status('hecheng-2020', '2021-01-01')).toBe('in-force');
  });
  it('has lapsed on 2026-12-01, with a warning naming its own term', () => {
    const s = statusOn(getPolicy('hecheng-2020')!, '2026-12-01')!;
    expect(s.status).toBe('lapsed');
    expect(s.quote).toBe('有效期5年');
    expect(s.warning?.zh).toContain('已失效');
  });
  it('is in force on its last day, 2025-07-27, and lapsed the day after', () => {
    // Five years counted as Chinese law counts periods (民法典 第二百零一条: the first day is not
    // counted, so counting starts 2020-07-28; 第二百零二条: the period ends on the corresponding day
    // of the last year) → the last day in force is 2025-07-27. The other reading (the issue day as
    // day one, last day 2025-07-26) is in the interpretation note.
    expect(status('hecheng-2020', '2025-07-27')).toBe('in-force');
    expect(status('hecheng-2020', '2025-07-28')).toBe('lapsed');
    expect(getPolicy('hecheng-2020')!.inForce!.end.interpretation?.alternative).toContain('2025-07-26');
  });
  it('was not yet in force the day before it was issued, 2020-07-26', () => {
    expect(status('hecheng-2020', '2020-07-26')).toBe('not-yet');
    expect(status('hecheng-2020', '2020-07-27')).toBe('in-force');
  });
});

describe('every document', () => {
  it('会宁 (2022年-2023年): in force through 2023-12-31, lapsed from 2024-01-01; not yet before its 印发 2022-04-15', () => {
    expect(status('huining-2022', '2022-04-14')).toBe('not-yet');
    expect(status('huining-2022', '2022-04-15')).toBe('in-force');
    expect(status('huining-2022', '2023-12-31')).toBe('in-force');
    expect(status('huining-2022', '2024-01-01')).toBe('lapsed');
  });
  it('古丈 (试行, “自印发之日起施行”, 2021年9月27日): open-ended from 2021-09-27, marked as a trial', () => {
    expect(status('guzhang-2021', '2021-09-26')).toBe('not-yet');
    const s = statusOn(getPolicy('guzhang-2021')!, '2026-12-01')!;
    expect(s.status).toBe('open-ended');
    expect(s.reason.zh).toContain('试行');
    expect(s.warning?.zh).toContain('未载明有效期');
  });
  it('云阳 (2019年2月28日) and 渝中 (2019年4月12日) state no dates: open-ended from their issue dates', () => {
    expect(status('yunyang-2019', '2019-02-27')).toBe('not-yet');
    expect(status('yunyang-2019', '2026-12-01')).toBe('open-ended');
    expect(status('yuzhong-2019', '2019-04-11')).toBe('not-yet');
    expect(status('yuzhong-2019', '2026-12-01')).toBe('open-ended');
  });
  it('every local document states when it is in force, and the words each end rests on stand in its clause', () => {
    for (const p of policyList()) {
      expect(p.inForce, p.id).toBeDefined();
      const r = readRendering(p.id);
      for (const e of [p.inForce!.start, p.inForce!.end]) {
        if (!e.quote) continue;
        const clause = r.clauses.find((c) => c.id === e.clause);
        expect(clause && normalise(clause.text), `${p.id}: ${e.clause}`).toContain(normalise(e.quote));
      }
    }
  });
});

describe('provisions with their own dates', () => {
  it('carry them as printed: 云阳 2.4 “2018—2020年”, the free textbooks “从2019年春季学期起，到2020年”, the phases of 四、, 会宁 “力争到2023年”', () => {
    const y = (id: string) => getPolicy('yunyang-2019')!.provisions.find((p) => p.id === id)!.dates;
    expect(y('medical.inpatient.reimbursement.rise')).toEqual({ from: '2018', to: '2020', quote: '2018—2020年' });
    expect(y('education.free-textbooks')).toEqual({ from: '2019', to: '2020', quote: '从2019年春季学期起，到2020年' });
    expect(y('administration.schedule.launch')).toEqual({ to: '2019-03-31', quote: '2019年3月底前' });
    expect(y('eligibility.survey')).toEqual({ from: '2019-04', to: '2019-08-31', quote: '2019年4月至2019年8月底' });
    expect(getPolicy('huining-2022')!.provisions.find((p) => p.id === 'administration.target-2023')!.dates).toEqual({ to: '2023', quote: '力争到2023年' });
  });
});

describe('the day asked', () => {
  it('defaults to today on the caller’s clock, in the caller’s time zone', () => {
    expect(today(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(statusOn(getPolicy('hecheng-2020')!)!.date).toBe(today());
  });
  it('must be a real day written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
    expect(() => statusOn(getPolicy('hecheng-2020')!, '2023-13-01')).toThrow(RangeError);
  });
  it('the household view carries each place’s status for the day asked, and refuses a bad day by field', () => {
    const r = compareHousehold({ dibaoStandard: '600', perCapitaIncome: '350', members: [{}] }, policyList(), { asOf: '2021-01-01' });
    expect(r.ok && r.value.views.map((v) => [v.policy, v.validity?.status])).toEqual([
      ['guzhang-2021', 'not-yet'],
      ['yunyang-2019', 'open-ended'],
      ['huining-2022', 'not-yet'],
      ['hecheng-2020', 'in-force'],
      ['yuzhong-2019', 'open-ended'],
    ]);
    const bad = compareHousehold({ dibaoStandard: '600', perCapitaIncome: '350', members: [{}] }, policyList(), { asOf: '2021-02-30' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['asOf']);
  });
});

describe('the CLI, --as-of', () => {
  const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const bangfu = (...args: string[]) => spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], { encoding: 'utf8' });
  it('bangfu policies lists each document’s validity and its status on the day', () => {
    const r = bangfu('policies', '--as-of', '2026-12-01');
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; status: string; inForceFrom: string; inForceUntil: string }[];
    expect(rows.find((x) => x.id === 'hecheng-2020')).toMatchObject({ status: 'lapsed', inForceFrom: '2020-07-27', inForceUntil: '2025-07-27' });
    expect(rows.find((x) => x.id === 'huining-2022')).toMatchObject({ status: 'lapsed', inForceUntil: '2023-12-31' });
  });
  it('calc, household and compare carry the status of the day asked', () => {
    const calc = JSON.parse(bangfu('calc', 'medical-aid', '--policy', 'huining-2022', '--as-of', '2023-06-01', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"1000"}').stdout);
    expect(calc.validity.status).toBe('in-force');
    const hh = JSON.parse(bangfu('household', '--policy', 'huining-2022', '--as-of', '2024-01-01', '--input', '{"dibaoStandard":"600","perCapitaIncome":"350","members":[{}]}').stdout);
    expect(hh.views[0].validity.status).toBe('lapsed');
    const cmp = JSON.parse(bangfu('compare', '--area', 'medical', '--as-of', '2021-01-01').stdout);
    expect(cmp.asOf).toBe('2021-01-01');
    expect(cmp.validity['hecheng-2020'].status).toBe('in-force');
  });
  it('a bad date exits 2 with a field message, in Chinese and English, for every command', () => {
    for (const args of [['policies'], ['compare', '--area', 'medical'], ['household', '--input', '{}'], ['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{}']]) {
      const r = bangfu(...args, '--as-of', '2023-02-30');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--as-of');
      expect(r.stderr).toMatch(/日期须为/);
    }
  });
});
