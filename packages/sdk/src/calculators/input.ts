import { z } from 'zod';
import { Money } from '../money.ts';
import { _excerpt, EXCERPT } from '../excerpt.ts';

export { _excerpt };

/** A field-level input error, in Chinese and English. */
export interface FieldError {
  field: string;
  zh: string;
  en: string;
}

/** Either the parsed value or the field errors, each in Chinese and English: what the API returns instead of throwing. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const SEP = ' | ';
/** Messages are written "中文 | English" and split when reported. */
export const _msg = (zh: string, en: string): string => `${zh}${SEP}${en}`;

// ---------------------------------------------------------------------------------------------
// Numbers as people type them.
//
// An amount may be typed the way it is written on a form or a receipt: full-width digits and
// punctuation (３０００, １２３４．５０, ３０，０００), thousands separators in their places
// (30,000, 1,234.50), spaces around it, a trailing 元, and 万 (3万 = 30000, 0.35万 = 3500). It is
// read into a canonical decimal string — ASCII digits, no separators, no leading zeros, the decimals
// as typed (at most two: money is counted to the fen) — which is what the calculators receive. An
// amount in 万 is multiplied exactly (decimal.js, never a float) and written without trailing zeros.
// The reading is the same for the SDK API, the CLI and the site, which all validate through these
// schemas.
// ---------------------------------------------------------------------------------------------

/** Full-width digits, point, comma and minus (U+FF10–FF19, FF0E, FF0C, FF0D) and the minus sign U+2212, to ASCII. */
const toAscii = (s: string): string => s.replace(/[\uFF0C-\uFF0E\uFF10-\uFF19\u2212]/g, (c) => (c === '\u2212' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** Longer typed text than this is not an amount (15 digits, four separators, two decimals, 万元 and spaces fit in 40). */
const MAX_TYPED = 64;
/** The most digits before the decimal point an amount may have (a quadrillion 元 less one). */
export const MAX_INTEGER_DIGITS = 15;
/** Why a typed amount was refused. */
export type AmountProblem = 'empty' | 'negative' | 'invalid' | 'separators' | 'decimals' | 'wan-decimals' | 'digits';
/** A typed amount, read: its canonical decimal string, or why it is not an amount. */
export type AmountReading = { ok: true; value: string } | { ok: false; problem: AmountProblem };

const GROUPED = /^\d{1,3}(,\d{3})+$/;
const NUMBER = /^([\d,]+)(?:\.(\d+))?$/;

/**
 * Read an amount of 元 as typed: `"３万"` → `"30000"`, `"1,234.50 元"` → `"1234.50"`,
 * `"0600"` → `"600"`; `"49999.995"` → too many decimals, `"3,00"` → misplaced separators.
 * Pure; never a float.
 */
export function readAmount(typed: string): AmountReading {
  if (typeof typed !== 'string') return { ok: false, problem: 'invalid' };
  let t = toAscii(typed).trim();
  if (t === '') return { ok: false, problem: 'empty' };
  if (t.length > MAX_TYPED) return { ok: false, problem: 'invalid' };
  if (t.endsWith('元')) t = t.slice(0, -1).trimEnd();
  const wan = t.endsWith('万');
  if (wan) t = t.slice(0, -1).trimEnd();
  if (t.startsWith('-')) return { ok: false, problem: /^-\s*[\d.]/.test(t) ? 'negative' : 'invalid' };
  const m = NUMBER.exec(t);
  if (!m) return { ok: false, problem: 'invalid' };
  const [, grouped, frac] = m as unknown as [string, string, string | undefined];
  if (grouped.includes(',') && !GROUPED.test(grouped)) return { ok: false, problem: 'separators' };
  if (frac !== undefined && frac.length > (wan ? 6 : 2)) return { ok: false, problem: wan ? 'wan-decimals' : 'decimals' };
  const int = grouped.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  // 万 with at most six decimals is a whole number of fen: exact, written without trailing zeros.
  const value = wan ? new Money(frac === undefined ? int : `${int}.${frac}`).times(10_000).toFixed() : frac === undefined ? int : `${int}.${frac}`;
  if (value.split('.')[0]!.length > MAX_INTEGER_DIGITS) return { ok: false, problem: 'digits' };
  return { ok: true, value };
}

/** The message for a refused amount, naming the field, with a short escaped excerpt of the input. */
function amountMessage(problem: AmountProblem, zh: string, en: string, typed: string): string {
  const x = _excerpt(typed);
  switch (problem) {
    case 'empty':
      return _msg(`${zh}不能为空`, `${en} must not be empty`);
    case 'negative':
      return _msg(`${zh}不能为负数：${x}`, `${en} must not be negative: ${x}`);
    case 'separators':
      return _msg(`${zh}的千分位逗号位置不对：${x}（应每三位一个，如 30,000）`, `${en} has misplaced thousands separators: ${x} (one every three digits, e.g. 30,000)`);
    case 'decimals':
      return _msg(`${zh}最多两位小数（到分）：${x}`, `${en} may have at most two decimals (to the fen): ${x}`);
    case 'wan-decimals':
      return _msg(`${zh}以“万”为单位时最多六位小数：${x}`, `${en} may have at most six decimals when written in 万: ${x}`);
    case 'digits':
      return _msg(`${zh}的整数部分最多 ${MAX_INTEGER_DIGITS} 位：${x}`, `${en} may have at most ${MAX_INTEGER_DIGITS} digits before the decimal point: ${x}`);
    case 'invalid':
      return _msg(`${zh}不是有效的金额：${x}（可写作 3000、3,000.50、３０００ 或 0.3万）`, `${en} is not a valid amount: ${x} (write e.g. 3000, 3,000.50 or 0.3万)`);
  }
}

/** The kinds of field whose typed text is read into a value: an amount of 元, or a whole number. */
export type FieldKind = 'money' | 'whole';
/** The kind of each schema the factories below make, so that `normalisedEntries` can find a schema's money and count fields. */
// Keyed by the schema's definition, which a copy made by `.describe()` or `.meta()` shares.
const KINDS = new WeakMap<object, FieldKind>();
const kinded = <S extends z.ZodType>(kind: FieldKind, schema: S): S => (KINDS.set(schema.def, kind), schema);

/** Bounds on an amount, in 元, with the message for an amount outside them. */
interface AmountBounds {
  min: string;
  max: string;
  message: (value: string, typed: string) => string;
}

const amountSchema = (zh: string, en: string, bounds?: AmountBounds) =>
  kinded(
    'money',
    z
      .string({ error: _msg(`${zh}须为字符串形式的金额，如 "12000"`, `${en} must be an amount written as a string, e.g. "12000"`) })
      .superRefine((typed, ctx) => {
        const r = readAmount(typed);
        if (!r.ok) ctx.addIssue({ code: 'custom', message: amountMessage(r.problem, zh, en, typed) });
        else if (bounds && (new Money(r.value).lt(bounds.min) || new Money(r.value).gt(bounds.max))) ctx.addIssue({ code: 'custom', message: bounds.message(r.value, typed) });
      })
      // The calculators receive the canonical string; a refused value is left as it was (and never reaches them).
      .overwrite((typed) => {
        const r = readAmount(typed);
        return r.ok ? r.value : typed;
      }),
  );

/** A non-negative amount of money in 元, as typed (see `readAmount`); parsed to its canonical decimal string. At most 15 digits before the point. */
export const moneyString = (zh: string, en: string) => amountSchema(zh, en);

/** Escape line and bidirectional-override characters, which JSON.stringify leaves as they are. */
const escapeInvisible = (s: string): string =>
  s.replace(/[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A short JSON-like preview of any value, stopping once it is longer than `EXCERPT` characters:
 * never walks more of the value than it shows, never throws (BigInt, cycles, functions, getters).
 */
function preview(v: unknown): string {
  let out = '';
  const seen = new Set<object>();
  const put = (x: unknown): boolean => {
    if (out.length > EXCERPT) return false;
    if (typeof x === 'string') out += JSON.stringify(x.length > EXCERPT ? x.slice(0, EXCERPT + 1) : x);
    else if (typeof x === 'number' || typeof x === 'boolean' || x === null) out += String(x);
    else if (typeof x === 'bigint') out += `${x}n`;
    else if (x === undefined) out += 'undefined';
    else if (typeof x === 'function') out += 'function';
    else if (typeof x === 'symbol') out += 'symbol';
    else if (seen.has(x)) out += '(circular)';
    else {
      seen.add(x);
      const arr = Array.isArray(x);
      out += arr ? '[' : '{';
      let first = true;
      for (const k of arr ? x.keys() : Object.keys(x)) {
        if (out.length > EXCERPT) return false;
        if (!first) out += ',';
        first = false;
        if (!arr) out += `${JSON.stringify(String(k).slice(0, EXCERPT + 1))}:`;
        if (!put((x as Record<PropertyKey, unknown>)[k as PropertyKey])) return false;
      }
      out += arr ? ']' : '}';
    }
    return out.length <= EXCERPT;
  };
  try {
    put(v);
  } catch {
    out += '…';
  }
  const chars = Array.from(out);
  return escapeInvisible(chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join('')}…` : out);
}

/** A received value in a message: a string as a short escaped excerpt, anything else as (at most 40 characters of) its JSON. */
export const _got = (v: unknown): string => (typeof v === 'string' ? _excerpt(v) : preview(v));
const got = _got;

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T, zh: string, en: string) =>
  z.enum(values, {
    error: (iss) =>
      _msg(`${zh}必须是以下之一：${values.join('、')}（收到 ${got(iss.input)}）`, `${en} must be one of ${values.join(', ')} (got ${got(iss.input)})`),
  });

const valueAt = (raw: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);

/** The deepest nesting of arrays and objects an input may have (a household is three deep: the object, `members`, a member). */
export const MAX_DEPTH = 64;
/** The longest string (a field's value or a key) an input may hold, in UTF-8 bytes: 10 kB. */
export const MAX_STRING_BYTES = 10_240;
/** At most this many shape problems are reported for one input. */
const MAX_SHAPE_ERRORS = 10;

const utf8Length = (s: string): number => {
  if (s.length * 3 <= MAX_STRING_BYTES) return s.length; // short enough whatever it holds
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) (n += 4), i++;
    else n += 3;
    if (n > MAX_STRING_BYTES) return n;
  }
  return n;
};

/** A key as it may appear in a field name: as it is when short and plain, else a short escaped excerpt. */
const keyName = (k: PropertyKey): string => {
  const s = typeof k === 'symbol' ? '(symbol)' : String(k);
  return /^[\w$-]{1,40}$/.test(s) ? s : _excerpt(s);
};
const fieldOf = (path: readonly PropertyKey[]): string => (path.length ? path.map(keyName).join('.') : '(input)');

/**
 * What JSON could not carry, found before the schema sees the input: nesting deeper than
 * `MAX_DEPTH`, a cycle, a BigInt, function or symbol, a string or key over `MAX_STRING_BYTES`.
 * Walks at most `MAX_DEPTH` levels (so a deep or circular value cannot exhaust the stack).
 */
function shapeErrors(raw: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const ancestors = new Set<object>();
  const report = (path: PropertyKey[], zh: string, en: string) => {
    if (errors.length < MAX_SHAPE_ERRORS) errors.push({ field: fieldOf(path), zh, en });
  };
  const tooLong = (what: { zh: string; en: string }) => ({
    zh: `${what.zh}过长：最多 ${MAX_STRING_BYTES / 1024} kB（${MAX_STRING_BYTES} 字节）`,
    en: `${what.en} too long: at most ${MAX_STRING_BYTES / 1024} kB (${MAX_STRING_BYTES} bytes)`,
  });
  const walk = (v: unknown, path: PropertyKey[], depth: number): void => {
    if (errors.length >= MAX_SHAPE_ERRORS) return;
    switch (typeof v) {
      case 'string': {
        if (utf8Length(v) > MAX_STRING_BYTES) {
          const m = tooLong({ zh: '字段值', en: 'value' });
          report(path, m.zh, m.en);
        }
        return;
      }
      case 'bigint':
        return report(path, '不能是 BigInt（JSON 没有这种值）：请写作数字或字符串', 'must not be a BigInt (JSON has none): write a number or a string');
      case 'function':
        return report(path, '不能是函数（JSON 没有这种值）', 'must not be a function (JSON has none)');
      case 'symbol':
        return report(path, '不能是 symbol（JSON 没有这种值）', 'must not be a symbol (JSON has none)');
      case 'object': {
        if (v === null) return;
        if (ancestors.has(v)) return report(path, '是循环引用（对象包含它自身）', 'is circular (an object that contains itself)');
        if (depth > MAX_DEPTH) return report(path.slice(0, 1), `嵌套层数超过 ${MAX_DEPTH} 层`, `is nested deeper than ${MAX_DEPTH} levels`);
        ancestors.add(v);
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length && errors.length < MAX_SHAPE_ERRORS; i++) walk(v[i], [...path, i], depth + 1);
        } else {
          for (const k of Object.getOwnPropertySymbols(v)) report([...path, k], '键不能是 symbol', 'keys must not be symbols');
          for (const k of Object.keys(v)) {
            if (errors.length >= MAX_SHAPE_ERRORS) break;
            if (utf8Length(k) > MAX_STRING_BYTES) {
              const m = tooLong({ zh: '字段名', en: 'field name' });
              report([...path, k.slice(0, 50)], m.zh, m.en);
              continue;
            }
            walk((v as Record<string, unknown>)[k], [...path, k], depth + 1);
          }
        }
        ancestors.delete(v);
        return;
      }
      default:
        return;
    }
  };
  walk(raw, [], 1);
  return errors;
}

const UNREADABLE: FieldError = { field: '(input)', zh: '无法读取输入（不是 JSON 那样的数据）', en: 'the input could not be read (it is not JSON-like data)' };

/**
 * Validate raw input against a calculator's schema, returning field-level messages instead of
 * throwing — for any value: deep nesting, cycles, BigInt, functions and symbols are field errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.infer<S>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ field: '(input)', zh: '输入必须是一个 JSON 对象', en: 'input must be a JSON object' }] };
  }
  try {
    const shape = shapeErrors(raw);
    if (shape.length) return { ok: false, errors: shape };
    return fromZod(schema, raw);
  } catch {
    // A getter or proxy that throws: not JSON-like data.
    return { ok: false, errors: [UNREADABLE] };
  }
}

/** The most unknown fields a message names (the rest are counted). */
const MAX_NAMED_KEYS = 10;

function fromZod<S extends z.ZodType>(schema: S, raw: object): Parsed<z.infer<S>> {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((iss) => {
      const field = fieldOf(iss.path);
      // Every message of the schemas is written "中文 | English"; one that is not (zod's own) is said in general terms.
      const [zh, en] = iss.message.includes(SEP) ? (iss.message.split(SEP) as [string, string]) : ['不是有效的值', 'not a valid value'];
      if (iss.code === 'unrecognized_keys') {
        const keys = (iss as { keys?: string[] }).keys ?? [];
        // At most ten named, each excerpted: a message never grows with the input.
        const named = keys.slice(0, MAX_NAMED_KEYS).map((k) => fieldOf([...iss.path, k]));
        const more = keys.length - named.length;
        return {
          field: named.join(', ') || field,
          zh: `未知字段：${named.join('、')}${more ? ` 等（另有 ${more} 个）` : ''}`,
          en: `unknown field(s): ${named.join(', ')}${more ? ` and ${more} more` : ''}`,
        };
      }
      // zod does not report the input by default: look the value up, so a wrong value is not called missing.
      // (A whole number takes a number or a string: its type error is a union's.)
      if ((iss.code === 'invalid_type' || iss.code === 'invalid_union') && valueAt(raw, iss.path) === undefined) return { field, zh: `缺少必填字段 ${field}`, en: `missing required field ${field}` };
      return { field, zh, en };
    }),
  };
}

/** One line per error, bilingual, naming the field: `selfPaid: 不能为负数 / must not be negative`. */
export const formatErrors = (errors: FieldError[]): string => errors.map((e) => `${e.field}: ${e.zh} / ${e.en}`).join('\n');

/** Why a typed whole number was refused. */
export type WholeProblem = 'negative' | 'fraction' | 'invalid';
/** A whole number, read from a JSON number or a string. */
export type WholeReading = { ok: true; value: number } | { ok: false; problem: WholeProblem };

/**
 * Read a whole number (persons, months, times) from a JSON number or a string as typed: `3`,
 * `"3"`, `" ３ "` → 3, `"3.0"` → 3; `-3`, `"-3"` → negative; `1.5`, `"1.5"` → not whole. Pure.
 */
export function readWholeNumber(v: unknown): WholeReading {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, problem: 'invalid' };
    if (v < 0) return { ok: false, problem: 'negative' };
    return Number.isInteger(v) ? { ok: true, value: v + 0 } : { ok: false, problem: 'fraction' };
  }
  if (typeof v !== 'string') return { ok: false, problem: 'invalid' };
  const t = toAscii(v).trim();
  if (t.length > MAX_TYPED) return { ok: false, problem: 'invalid' };
  if (/^-\s*[\d.]/.test(t)) return { ok: false, problem: 'negative' };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return { ok: false, problem: 'invalid' };
  if (m[2] !== undefined && /[1-9]/.test(m[2])) return { ok: false, problem: 'fraction' };
  return { ok: true, value: Number(m[1]) };
}

/**
 * A whole number within bounds (persons, months, times): a JSON number, or a string of digits as
 * typed (full-width digits and spaces around it accepted); parsed to a number.
 */
export const wholeNumber = (zh: string, en: string, min: number, max: number) => {
  const whole = _msg(`${zh}须为整数`, `${en} must be a whole number`);
  return kinded(
    'whole',
    z
      .union([z.number(), z.string()], { error: whole })
      .transform((v, ctx) => {
        const r = readWholeNumber(v);
        if (r.ok) return r.value;
        ctx.issues.push({ code: 'custom', input: v, message: r.problem === 'negative' ? _msg(`${zh}不能为负数`, `${en} must not be negative`) : whole });
        return z.NEVER;
      })
      // The number read, within bounds (and an integer, which readWholeNumber ensures: said for whoever reads the schema).
      .pipe(
        z
          .number()
          .int({ error: whole })
          .min(min, { error: _msg(`${zh}不能小于 ${min}`, `${en} must be at least ${min}`) })
          .max(max, { error: _msg(`${zh}不能大于 ${max}`, `${en} must be at most ${max}`) }),
      ),
  );
};

/** One member of a household, as the documents distinguish them. */
export const Member = z
  .object({
    /** 重度残疾（一、二级，或三级智力、精神残疾）. */
    severeDisability: z.boolean({ error: _msg('是否重度残疾须为 true 或 false', 'severeDisability must be true or false') }).default(false),
    /** 重病（患重特大疾病）. */
    seriousIllness: z.boolean({ error: _msg('是否重病须为 true 或 false', 'seriousIllness must be true or false') }).default(false),
    /** 持证残疾人（any grade）. */
    disabled: z.boolean({ error: _msg('是否残疾须为 true 或 false', 'disabled must be true or false') }).default(false),
  })
  .strict();
export type Member = z.infer<typeof Member>;

/** A household’s members, one entry each (1 to 30). */
export const Members = z
  .array(Member, { error: _msg('家庭成员须为数组，如 [{"disabled":false}]', 'members must be an array, e.g. [{"disabled":false}]') })
  .min(1, { error: _msg('家庭成员至少 1 人', 'members must list at least one person') })
  .max(30, { error: _msg('家庭成员不能超过 30 人', 'members must list at most 30 people') });

/**
 * Plausible bounds of a local urban dibao standard, 元 per person per month: 100 to 5000.
 *
 * Urban dibao standards in force since the earliest of these documents (2019) lie, roughly, between
 * 450 and 1,600 元 a month: the national urban average was about 620 元 in 2019 and nearer 800 元
 * by 2024; the highest, Shanghai's and Beijing's, are about 1,400–1,600 元 in 2024–2026. The bounds
 * leave a factor of about three either side of every standard a user of this SDK will meet:
 * - below 100 元 a month is far below any urban standard of the last twenty years: 0 (which made
 *   every allowance 0.00 元) or a figure of a few 元 is a slip, such as a digit lost;
 * - above 5000 元 a month is a yearly figure or a typo: the yearly figure of any standard of
 *   417 元 a month or more (12 × 417 = 5004), so of every standard since 2019, is above 5000, and
 *   the message says to divide a yearly figure by 12. 5000 is still three times Shanghai's.
 * A yearly figure of a standard under 417 元, or a wrong standard within the bounds, cannot be told
 * from a right one. The documents do not set the standard (they defer to the one published
 * locally), so these bounds are the SDK's sanity check, not a rule of any document.
 */
export const DIBAO_STANDARD_BOUNDS = { min: '100', max: '5000' } as const;

/** The local urban dibao standard, 元 per person per month: the documents set it elsewhere, so the user supplies it. Within `DIBAO_STANDARD_BOUNDS`. */
export const dibaoStandard = () => {
  const { min, max } = DIBAO_STANDARD_BOUNDS;
  const zh = '城市低保标准（元/人/月）';
  const en = 'dibao standard (元 per person per month)';
  return amountSchema(zh, en, {
    min,
    max,
    message: (value, typed) => {
      const yearly = new Money(value).gt(max);
      return _msg(
        `${zh.replace(/（.*$/, '')}须在 ${min} 至 ${max} 元/人/月 之间（收到 ${_excerpt(typed)}${value !== typed.trim() ? `，按 ${value} 元` : ''}）${yearly ? '；若是年标准请除以 12' : ''}`,
        `${en.replace(/ \(.*$/, '')} must be between ${min} and ${max} 元 per person per month (got ${_excerpt(typed)}${value !== typed.trim() ? `, read as ${value} 元` : ''})${yearly ? '; if this is a yearly figure, divide it by 12' : ''}`,
      );
    },
  });
};

/** A field whose typed text was read as something else: shown to the reader as "按 30000 元计算". */
export interface NormalisedEntry {
  field: string;
  /** What was typed. */
  typed: string;
  /** What it was read as: the canonical decimal string of an amount, the digits of a whole number. */
  value: string;
  kind: FieldKind;
}

/** Field kinds by name, for a form that is not one schema: `{ selfPaid: 'money', persons: 'whole' }`. */
export type FieldKinds = Readonly<Record<string, FieldKind>>;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);
/** The money and whole-number fields of an object schema, seen through optional and default. */
function kindsOf(schema: z.ZodType): Record<string, FieldKind> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const out: Record<string, FieldKind> = {};
  for (const [name, field] of Object.entries(shape)) {
    let s: z.ZodType = field;
    while (WRAPPERS.has(s.def.type)) s = (s.def as unknown as { innerType: z.ZodType }).innerType;
    const kind = KINDS.get(s.def);
    if (kind) out[name] = kind;
  }
  return out;
}

const isSchema = (x: unknown): x is z.ZodType => typeof (x as { safeParse?: unknown }).safeParse === 'function';

/**
 * How the typed entries were read, per money or whole-number field whose text differs from the
 * value used (spaces around it aside): `{ field: 'selfPaid', typed: '３万', value: '30000' }`.
 * `fields` is a calculator's input schema (`calculators[id].input`), `HouseholdInput`, or the
 * kinds of a form's fields by name. Entries that cannot be read are left out (they are errors,
 * reported by `calculate`). Pure.
 */
export function normalisedEntries(fields: z.ZodType | FieldKinds, raw: unknown): NormalisedEntry[] {
  if (raw === null || typeof raw !== 'object') return [];
  const kinds: Record<string, FieldKind> = isSchema(fields) ? kindsOf(fields) : { ...fields };
  const out: NormalisedEntry[] = [];
  for (const [field, kind] of Object.entries(kinds)) {
    const typed = (raw as Record<string, unknown>)[field];
    if (typeof typed !== 'string') continue;
    const r = kind === 'money' ? readAmount(typed) : readWholeNumber(typed);
    if (!r.ok) continue;
    const value = String(r.value);
    if (value !== typed.trim()) out.push({ field, typed, value, kind });
  }
  return out;
}
