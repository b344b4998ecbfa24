/**
 * Every number typed in an encoding stands in the words it was typed from: the provision's value
 * (amount, ratio, multiple, duration, count, age…) must appear in its own quote, as digits, as a
 * percentage, or in Chinese numerals (一年, 三次, 1万元). A value that cannot be found in its quote
 * was mistyped, or quoted from the wrong place.
 */
import { describe, expect, it } from 'vitest';
import { percent } from '../src/format.ts';
import { policyList } from '../src/policies/index.ts';
import type { Provision } from '../src/schema/index.ts';

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** The ways a document may write a number. */
function spellings(n: string): string[] {
  const out = new Set([n]);
  const v = Number(n);
  if (Number.isInteger(v) && v >= 0 && v <= 10) out.add(ZH_DIGITS[v]!);
  if (v === 2) out.add('两');
  if (Number.isInteger(v) && v >= 11 && v <= 19) out.add(`十${ZH_DIGITS[v - 10]}`);
  if (Number.isInteger(v) && v >= 10000 && v % 10000 === 0) out.add(`${v / 10000}万`);
  if (Number.isInteger(v) && v === 12) out.add('一年'); // 12 months written as a year
  return [...out];
}
/** The figures of a provision that must stand in its quote. */
function figures(p: Provision): string[][] {
  switch (p.kind) {
    case 'amount':
      return [spellings(p.amount)];
    case 'ratio':
      return [[`${percent(p.ratio)}%`, `${percent(p.ratio)}％`, ...(p.ratio === '1' ? ['全额', '等额', '100%'] : [])]];
    case 'threshold':
    case 'cap':
      return p.amount === null ? [] : [spellings(p.amount)];
    case 'range':
      return [spellings(p.min), spellings(p.max)];
    case 'multiple':
      return [p.min, p.max].filter((x): x is string => x !== undefined && x !== '1').map((x) => [...spellings(x), `${percent(x)}%`]);
    case 'duration':
      return [spellings(p.amount)];
    case 'frequency':
      // "每半年为…采购发放" is once per half-year: 每 carries the 1.
      return [[...spellings(String(p.times)), ...(p.times === 1 ? ['每'] : [])]];
    case 'age-range':
      return [spellings(String(p.min)), spellings(String(p.max))].filter((_, i) => !(i === 0 && p.min === 0));
    case 'relative-change':
      return [[`${percent(p.change.replace(/^-/, ''))}%`]];
    case 'count':
      return [spellings(String(p.count))];
    default:
      return [];
  }
}

describe.each(policyList().map((p) => [p.id, p] as const))('%s', (_id, policy) => {
  it('every encoded figure stands in its own quote', () => {
    const missing: string[] = [];
    for (const p of policy.provisions) {
      const quote = p.quote.replace(/\s+/g, '');
      // A value read from words, not printed as a number: the words stand in the quote instead (and a note gives both readings).
      if (p.valueFromWords) {
        if (!quote.includes(p.valueFromWords.replace(/\s+/g, ''))) missing.push(`${p.id}: the words "${p.valueFromWords}" it is read from are not in "${p.quote}"`);
        continue;
      }
      for (const ways of figures(p)) if (!ways.some((w) => quote.includes(w))) missing.push(`${p.id} (${p.kind}): none of ${ways.join(' / ')} in "${p.quote}"`);
    }
    expect(missing).toEqual([]);
  });
});
