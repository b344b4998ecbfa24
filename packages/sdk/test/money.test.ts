import { describe, expect, it } from 'vitest';
import { formatFen, formatYuan, MoneyParseError, parseMoney, toFen } from '../src/money.ts';

describe('money', () => {
  it('parses decimal strings exactly', () => {
    expect(parseMoney('0.1').plus(parseMoney('0.2')).toString()).toBe('0.3'); // 0.1 + 0.2 is exactly 0.3, unlike a float
    expect(parseMoney(' 1234.5 ').toString()).toBe('1234.5');
  });

  it('rejects blanks, NaN, exponents and negatives with a reason in Chinese and English', () => {
    for (const bad of ['', ' ', 'abc', 'NaN', '1e3', '12,000', '1.2.3', 'Infinity']) {
      expect(() => parseMoney(bad), bad).toThrow(MoneyParseError);
    }
    try {
      parseMoney('-5');
      expect.unreachable();
    } catch (e) {
      expect((e as MoneyParseError).reason).toEqual({ zh: '金额不能为负数', en: 'amount must not be negative' });
    }
    expect(parseMoney('-5', { allowNegative: true }).toString()).toBe('-5');
  });

  it('rounds to the fen half-up, only when asked', () => {
    expect(formatFen(parseMoney('0.005'))).toBe('0.01');
    expect(formatFen(parseMoney('0.0049'))).toBe('0.00');
    expect(formatFen(parseMoney('2.675'))).toBe('2.68'); // a float would give 2.67
    expect(formatFen(parseMoney('14000'))).toBe('14000.00');
    expect(toFen(parseMoney('1.234')).toString()).toBe('1.23');
    // (3333.333… × 3) stays exact until the end: 10000 / 3 × 3 = 10000.00
    expect(formatFen(parseMoney('10000').div(3).times(3))).toBe('10000.00');
  });

  it('formats yuan with thousands separators', () => {
    expect(formatYuan(parseMoney('14000'))).toBe('14,000.00 元');
    expect(formatYuan(parseMoney('1234567.891'))).toBe('1,234,567.89 元');
    expect(formatYuan(parseMoney('0'))).toBe('0.00 元');
  });
});
