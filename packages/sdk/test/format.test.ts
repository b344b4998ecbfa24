import { describe, expect, it } from 'vitest';
import { describeValue, percent } from '../src/format.ts';
import { toCsv } from '../src/csv.ts';
import { getProvision } from '../src/policies/index.ts';
import { guzhang2021 } from '../src/generated/policies/guzhang-2021.ts';

describe('percent', () => {
  it.each([
    ['0.7', '70'],
    ['1', '100'],
    ['0.5', '50'],
    ['0.05', '5'],
    ['0.125', '12.5'],
    ['0.1', '10'],
    ['1.3', '130'],
  ])('%s → %s%%', (ratio, expected) => expect(percent(ratio)).toBe(expected));
});

describe('describeValue renders the encoded value in words', () => {
  const v = (id: string) => describeValue(getProvision(guzhang2021, id)!);
  it('of guzhang-2021 provisions', () => {
    // "对城市低保对象设起付线4000元"
    expect(v('medical.inpatient.dibao.threshold').zh).toBe('起付线 4000 元/年');
    // "不设起付线和年度救助限额"
    expect(v('medical.inpatient.tekun.threshold').zh).toBe('不设起付线');
    expect(v('medical.inpatient.tekun.cap').zh).toBe('不设限额');
    // "按不低于50%比例给予资助"
    expect(v('medical.premium.others').zh).toBe('不低于 50%');
    // "收入高于城市低保标准，但低于城市低保标准的1.5倍"
    expect(v('eligibility.low-income.band').zh).toBe('高于 1 倍、低于 1.5 倍低保标准');
    // "按每户2000至4000元"
    expect(v('temporary-aid.amount').zh).toBe('2000 至 4000 元/户');
    // "由0至7岁扩大到0至17岁"
    expect(v('disability.child-rehabilitation.age').zh).toBe('0–17 岁（原 0–7 岁）');
    // "每年至少提供3次岗位推荐"
    expect(v('employment.service-311.job-referrals').zh).toBe('每年至少 3 次');
    // "给予一年的渐退期"
    expect(v('employment.gradual-exit.duration').zh).toBe('1 年');
    expect(v('housing.public-rental-priority').zh).toBe('承诺（未规定数值）');
  });
});

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', undefined]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });
});

describe('a fraction of a standard', () => {
  it('reads as a percentage, as the documents write it', () => {
    // 古丈 4.2 "短时间租房的按城市低保标准的50%进行补贴"
    const p = guzhang2021.provisions.find((x) => x.id === 'housing.rent-subsidy')!;
    expect(describeValue(p)).toEqual({ zh: '低保标准的 50%', en: '50% of the dibao standard' });
  });
});
