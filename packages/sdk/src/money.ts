import { Decimal } from 'decimal.js';

/**
 * Money is exact: decimal.js end to end, parsed from strings, rounded to the fen (0.01 元)
 * half-up only at the end, printed as a string. A JS number never carries an amount.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

const DECIMAL = /^\s*[+]?\d+(\.\d+)?\s*$/;
const SIGNED_DECIMAL = /^\s*[+-]?\d+(\.\d+)?\s*$/;

/** Thrown by `parseMoney` for text that is not a decimal amount; carries the input and a bilingual reason. */
export class MoneyParseError extends Error {
  readonly input: unknown;
  readonly reason: { zh: string; en: string };
  constructor(input: unknown, reason: { zh: string; en: string }) {
    super(reason.en);
    this.name = 'MoneyParseError';
    this.input = input;
    this.reason = reason;
  }
}

/** Parse a decimal amount from a string such as "4000", "1234.5" or "0.70". Rejects NaN, exponents, blanks and negatives unless allowed. */
export function parseMoney(input: string, opts: { allowNegative?: boolean } = {}): Decimal {
  if (typeof input !== 'string') throw new MoneyParseError(input, { zh: '金额须以字符串书写', en: 'amount must be written as a string' });
  const pattern = opts.allowNegative ? SIGNED_DECIMAL : DECIMAL;
  if (!pattern.test(input)) {
    if (/^\s*-\d/.test(input)) throw new MoneyParseError(input, { zh: '金额不能为负数', en: 'amount must not be negative' });
    throw new MoneyParseError(input, { zh: '不是有效的数字', en: 'not a valid decimal number' });
  }
  return new Money(input.trim());
}

/** Is the string a non-negative decimal amount? */
export function isMoneyString(input: string): boolean {
  return DECIMAL.test(input);
}

/** Round to the fen, half-up. */
export function toFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Round to the fen and print with exactly two decimals: "14000.00". */
export function formatFen(value: Decimal): string {
  return toFen(value).toFixed(2);
}

/** Human display: "14,000.00 元". */
export function formatYuan(value: Decimal): string {
  const [int, frac] = formatFen(value).split('.') as [string, string];
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac} 元`;
}

export const d = (v: string): Decimal => new Money(v);
export const ZERO: Decimal = new Money(0);
export const maxOf = (a: Decimal, b: Decimal): Decimal => (a.gte(b) ? a : b);
export const minOf = (a: Decimal, b: Decimal): Decimal => (a.lte(b) ? a : b);
/** Plain decimal string without trailing zeros, for arithmetic shown in steps: "0.7", "4000". */
export const plain = (v: Decimal): string => v.toFixed();
