import { z } from 'zod';

/** A field-level input error, in Chinese and English. */
export interface FieldError {
  field: string;
  zh: string;
  en: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const SEP = ' | ';
/** Messages are written "中文 | English" and split when reported. */
export const _msg = (zh: string, en: string): string => `${zh}${SEP}${en}`;

/** A non-negative amount of money in 元, written as a decimal string. */
export const moneyString = (zh: string, en: string) =>
  z
    .string({ error: _msg(`${zh}须为字符串形式的金额，如 "12000"`, `${en} must be an amount written as a string, e.g. "12000"`) })
    .regex(/^\s*\d+(\.\d+)?\s*$/, {
      error: (iss) =>
        /^\s*-/.test(String(iss.input))
          ? _msg(`${zh}不能为负数`, `${en} must not be negative`)
          : _msg(`${zh}不是有效的数字："${String(iss.input)}"`, `${en} is not a valid decimal number: "${String(iss.input)}"`),
    });

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T, zh: string, en: string) =>
  z.enum(values, {
    error: (iss) =>
      _msg(`${zh}必须是以下之一：${values.join('、')}（收到 ${JSON.stringify(iss.input)}）`, `${en} must be one of ${values.join(', ')} (got ${JSON.stringify(iss.input)})`),
  });

const valueAt = (raw: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);

/** Validate raw input against a calculator's schema, returning field-level messages instead of throwing. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.infer<S>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ field: '(input)', zh: '输入必须是一个 JSON 对象', en: 'input must be a JSON object' }] };
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((iss) => {
      const field = iss.path.length ? iss.path.join('.') : '(input)';
      const [zh, en] = iss.message.includes(SEP) ? (iss.message.split(SEP) as [string, string]) : [iss.message, iss.message];
      if (iss.code === 'unrecognized_keys') {
        const keys = (iss as { keys?: string[] }).keys ?? [];
        const named = keys.map((k) => [...iss.path, k].join('.'));
        return { field: named.join(', ') || field, zh: `未知字段：${named.join('、')}`, en: `unknown field(s): ${named.join(', ')}` };
      }
      // zod does not report the input by default: look the value up, so a wrong value is not called missing.
      if (iss.code === 'invalid_type' && valueAt(raw, iss.path) === undefined) return { field, zh: `缺少必填字段 ${field}`, en: `missing required field ${field}` };
      return { field, zh, en };
    }),
  };
}

/** One line per error, bilingual, naming the field: `selfPaid: 不能为负数 / must not be negative`. */
export const formatErrors = (errors: FieldError[]): string => errors.map((e) => `${e.field}: ${e.zh} / ${e.en}`).join('\n');

/** A whole number within bounds (persons, months, times), given as a JSON number. */
export const wholeNumber = (zh: string, en: string, min: number, max: number) =>
  z
    .number({ error: _msg(`${zh}须为整数`, `${en} must be a whole number`) })
    .int({ error: _msg(`${zh}须为整数`, `${en} must be a whole number`) })
    .min(min, { error: _msg(`${zh}不能小于 ${min}`, `${en} must be at least ${min}`) })
    .max(max, { error: _msg(`${zh}不能大于 ${max}`, `${en} must be at most ${max}`) });

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

export const Members = z
  .array(Member, { error: _msg('家庭成员须为数组，如 [{"disabled":false}]', 'members must be an array, e.g. [{"disabled":false}]') })
  .min(1, { error: _msg('家庭成员至少 1 人', 'members must list at least one person') })
  .max(30, { error: _msg('家庭成员不能超过 30 人', 'members must list at most 30 people') });

/** The local urban dibao standard, 元 per person per month: the documents set it elsewhere, so the user supplies it. */
export const dibaoStandard = () => moneyString('城市低保标准（元/人/月）', 'dibao standard (元 per person per month)');
