import type { Provision } from './schema/index.ts';

/** Display of an encoded value, in Chinese and English. The numbers come from the provision; nothing is re-typed. */
export interface ValueText {
  zh: string;
  en: string;
}

const UNIT: Record<string, ValueText> = {
  CNY: { zh: '元', en: 'CNY' },
  'CNY/person': { zh: '元/人', en: 'CNY per person' },
  'CNY/person/month': { zh: '元/人/月', en: 'CNY per person per month' },
  'CNY/person/year': { zh: '元/人/年', en: 'CNY per person per year' },
  'CNY/household': { zh: '元/户', en: 'CNY per household' },
  'CNY/household/month': { zh: '元/户/月', en: 'CNY per household per month' },
  'CNY/household/year': { zh: '元/户/年', en: 'CNY per household per year' },
  'CNY/year': { zh: '元/年', en: 'CNY per year' },
  'CNY/month': { zh: '元/月', en: 'CNY per month' },
};
/** What a multiple is a multiple of, in words. */
export const BASE_TEXT: Record<string, ValueText> = {
  'dibao-standard': { zh: '低保标准', en: 'the dibao standard' },
  'tekun-standard': { zh: '特困人员基本生活标准', en: 'the tekun basic living standard' },
  'local-per-capita-disposable-income': { zh: '当地居民人均可支配收入', en: 'local per-capita disposable income' },
  'annual-dibao-standard': { zh: '年度低保标准', en: 'the annual dibao standard' },
  'pre-rise-value': { zh: '调整前的数值', en: 'the value before the change' },
  'minimum-wage': { zh: '最低工资标准', en: 'the minimum wage' },
};
const PER: Record<string, ValueText> = {
  year: { zh: '每年', en: 'a year' },
  'half-year': { zh: '每半年', en: 'every half-year' },
  quarter: { zh: '每季度', en: 'a quarter' },
  month: { zh: '每月', en: 'a month' },
};
const TIME: Record<string, ValueText> = { day: { zh: '天', en: 'days' }, month: { zh: '个月', en: 'months' }, year: { zh: '年', en: 'years' } };

/** A unit of a provision or a calculator result (`CNY/household/month`, `month`) in words. */
export const unitText = (unit: string): ValueText | undefined => UNIT[unit] ?? TIME[unit];

/** A result's figure in words, as the site and `bangfu household --format text` print it: `14000.00 元`, `区间 2000.00 至 4000.00 元/户`, `不低于 …`, `不超过 …`; '' where it has none. */
export function figureText(r: { status: string; amount?: string; min?: string; max?: string; unit: string; categories?: { zh: string }[] }): string {
  const u = unitText(r.unit)?.zh ?? r.unit;
  const v = (x: string) => `${x} ${u}`;
  if (r.categories?.length) return r.categories.map((c) => c.zh).join('；');
  if (r.status === 'computed' && r.amount !== undefined) return v(r.amount);
  if (r.status === 'range') {
    if (r.min !== undefined && r.max !== undefined) return `区间 ${r.min} 至 ${v(r.max)}`;
    if (r.min !== undefined) return `不低于 ${v(r.min)}`;
    if (r.max !== undefined) return `不超过 ${v(r.max)}`;
  }
  return '';
}

/** `0.7` → `70`: a ratio as a percentage, exactly (string arithmetic on the decimal point). */
export function percent(ratio: string): string {
  const [int = '0', frac = ''] = ratio.split('.');
  const digits = (int + frac.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  const whole = digits.slice(0, digits.length - Math.max(frac.length - 2, 0));
  const rest = frac.length > 2 ? frac.slice(2) : '';
  return rest ? `${whole}.${rest}` : whole;
}

const bound = (b: string, zh: string, en: string): ValueText =>
  b === 'min' ? { zh: `不低于 ${zh}`, en: `at least ${en}` } : b === 'max' ? { zh: `不超过 ${zh}`, en: `at most ${en}` } : { zh, en };

/** A provision's value in words: `起付线 4000 元/年`, `不低于 50%`, `1–1.5 倍低保标准（不含两端）`. */
export function describeValue(p: Provision): ValueText {
  switch (p.kind) {
    case 'amount': {
      const u = UNIT[p.unit]!;
      const v = bound(p.bound, `${p.amount} ${u.zh}`, `${p.amount} ${u.en}`);
      return p.previous ? { zh: `${v.zh}（原 ${p.previous}）`, en: `${v.en} (previously ${p.previous})` } : v;
    }
    case 'ratio':
      return bound(p.bound, `${percent(p.ratio)}%`, `${percent(p.ratio)}%`);
    case 'threshold':
      return p.amount === null ? { zh: '不设起付线', en: 'no threshold' } : { zh: `起付线 ${p.amount} ${UNIT[p.unit]!.zh}`, en: `threshold ${p.amount} ${UNIT[p.unit]!.en}` };
    case 'cap':
      return p.amount === null ? { zh: '不设限额', en: 'no cap' } : { zh: `限额 ${p.amount} ${UNIT[p.unit]!.zh}`, en: `cap ${p.amount} ${UNIT[p.unit]!.en}` };
    case 'range':
      return { zh: `${p.min} 至 ${p.max} ${UNIT[p.unit]!.zh}`, en: `${p.min} to ${p.max} ${UNIT[p.unit]!.en}` };
    case 'multiple': {
      const b = BASE_TEXT[p.base]!;
      if (p.min !== undefined && p.max !== undefined && p.min === p.max) {
        // A fraction of a standard reads as the documents write it: 低保标准的 50%.
        if (Number(p.min) < 1) return { zh: `${b.zh}的 ${percent(p.min)}%`, en: `${percent(p.min)}% of ${b.en}` };
        return { zh: `${b.zh}的 ${p.min} 倍`, en: `${p.min} × ${b.en}` };
      }
      const lo = p.min !== undefined ? { zh: `${p.minExclusive ? '高于' : '不低于'} ${p.min} 倍`, en: `${p.minExclusive ? 'above' : 'at least'} ${p.min} ×` } : undefined;
      const hi = p.max !== undefined ? { zh: `${p.maxExclusive ? '低于' : '不超过'} ${p.max} 倍`, en: `${p.maxExclusive ? 'below' : 'at most'} ${p.max} ×` } : undefined;
      const parts = [lo, hi].filter((x): x is ValueText => !!x);
      return { zh: `${parts.map((x) => x.zh).join('、')}${b.zh}`, en: `${parts.map((x) => x.en).join(' and ')} ${b.en}` };
    }
    case 'duration': {
      const t = TIME[p.unit]!;
      return bound(p.bound, `${p.amount} ${t.zh}`, `${p.amount} ${t.en}`);
    }
    case 'frequency': {
      const per = PER[p.per]!;
      const times = p.bound === 'min' ? `至少 ${p.times} 次` : p.bound === 'max' ? `不超过 ${p.times} 次` : `${p.times} 次`;
      const timesEn = p.bound === 'min' ? `at least ${p.times} times` : p.bound === 'max' ? `at most ${p.times} times` : `${p.times} times`;
      return { zh: `${per.zh}${times}`, en: `${timesEn} ${per.en}` };
    }
    case 'age-range':
      return p.previous
        ? { zh: `${p.min}–${p.max} 岁（原 ${p.previous.min}–${p.previous.max} 岁）`, en: `ages ${p.min}–${p.max} (previously ${p.previous.min}–${p.previous.max})` }
        : { zh: `${p.min}–${p.max} 岁`, en: `ages ${p.min}–${p.max}` };
    case 'formula':
      return { zh: `公式：${p.expression.zh}`, en: `formula: ${p.expression.en}` };
    case 'eligibility':
      return { zh: `条件：${p.condition.zh}`, en: `condition: ${p.condition.en}` };
    case 'relative-change': {
      const sign = p.change.startsWith('-') ? '降低' : '提高';
      const mag = percent(p.change.replace(/^-/, ''));
      return { zh: `${p.target}${sign} ${mag}%（两种读法均列出）`, en: `${p.target} ${p.change.startsWith('-') ? 'down' : 'up'} ${mag}% (both readings kept)` };
    }
    case 'count':
      return bound(p.bound, `${p.count} ${p.unit}`, `${p.count} ${p.unit}`);
    case 'commitment':
      return { zh: '承诺（未规定数值）', en: 'commitment (no number set)' };
  }
}
