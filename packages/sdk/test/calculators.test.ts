import { describe, expect, it } from 'vitest';
import { calculateRaw } from '../src/calculators/index.ts';
import { guzhang2021 } from '../src/generated/policies/guzhang-2021.ts';

describe('calculator input validation', () => {
  const ok = { group: 'dibao', care: 'inpatient', selfPaid: '24000' };
  it.each([
    [{ ...ok, group: 'students' }, 'group'],
    [{ ...ok, care: 'dental' }, 'care'],
    [{ ...ok, selfPaid: '-5' }, 'selfPaid'],
    [{ ...ok, selfPaid: 'abc' }, 'selfPaid'],
    [{ ...ok, selfPaid: 24000 }, 'selfPaid'],
    [{ ...ok, selfPaid: '' }, 'selfPaid'],
    [{ ...ok, aidedThisYear: 'NaN' }, 'aidedThisYear'],
    [{ group: 'dibao', care: 'inpatient' }, 'selfPaid'],
    [{ ...ok, extra: 1 }, 'extra'],
  ])('rejects %j naming the field %s, in Chinese and English', (input, field) => {
    const r = calculateRaw('medical-aid', guzhang2021, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toContain(field);
    for (const e of r.errors) {
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.en).toMatch(/[a-z]/);
      expect(e.en).not.toMatch(/undefined|\[object/); // the message may echo the input ("NaN") but never invents NaN
    }
  });

  it('rejects input that is not an object', () => {
    for (const raw of [null, [], 'x', 5]) expect(calculateRaw('medical-aid', guzhang2021, raw).ok).toBe(false);
  });
});

describe('messages tell a missing field from a wrong one', () => {
  it('a value of the wrong type is not reported as missing', () => {
    const r = calculateRaw('medical-aid', guzhang2021, { group: 'dibao', care: 'inpatient', selfPaid: 24000 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.zh).not.toContain('缺少');
    expect(r.errors[0]!.zh).toContain('字符串');
  });
  it('an absent required field is reported as missing', () => {
    const r = calculateRaw('medical-aid', guzhang2021, { group: 'dibao', care: 'inpatient' });
    expect(!r.ok && r.errors[0]!.zh).toBe('缺少必填字段 selfPaid');
  });
});
