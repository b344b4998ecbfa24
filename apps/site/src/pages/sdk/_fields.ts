/**
 * Calculator input fields for the SDK reference, read from the calculators' zod schemas (types,
 * bounds, enum values, defaults: never re-typed), with a meaning in Chinese and English per field.
 * Not a route: files under src/pages starting with `_` are ignored by Astro.
 */
export interface Field {
  name: string;
  /** TypeScript-ish type for developers: `string (decimal)`, `integer 1–30`, `'general' | 'major'`. */
  type: string;
  required: boolean;
  default?: string;
}

type Def = { type: string; innerType?: Schema; defaultValue?: unknown; element?: Schema; in?: Schema; out?: Schema; checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[] };
type Schema = { def: Def; options?: string[]; minValue?: number | null; maxValue?: number | null; isInt?: boolean; shape?: Record<string, Schema> };

function describe(s: Schema): string {
  switch (s.def.type) {
    case 'string':
      return 'string（十进制数 decimal, e.g. "4000"）';
    case 'number':
      return `${s.isInt ? 'integer' : 'number'}${s.minValue != null && s.maxValue != null ? ` ${s.minValue}–${s.maxValue}` : ''}`;
    case 'boolean':
      return 'boolean';
    case 'enum':
      return (s.options ?? []).map((o) => `'${o}'`).join(' | ');
    case 'array': {
      const el = s.def.element!;
      const min = s.def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      const max = s.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      const inner = el.def.type === 'object' ? `{ ${Object.keys(el.shape ?? {}).map((k) => `${k}?: ${describe(unwrap(el.shape![k]!).schema)}`).join('; ')} }` : describe(el);
      return `Array<${inner}>${min !== undefined && max !== undefined ? `（${min}–${max} 项）` : ''}`;
    }
    default:
      return s.def.type;
  }
}

function unwrap(s: Schema): { schema: Schema; required: boolean; default?: string } {
  // A field read from what people type (a string or a number) and then checked: describe what it becomes.
  if (s.def.type === 'pipe' && s.def.out) return unwrap(s.def.out);
  if (s.def.type === 'default') return { ...unwrap(s.def.innerType!), required: false, default: JSON.stringify(s.def.defaultValue) };
  if (s.def.type === 'optional') return { ...unwrap(s.def.innerType!), required: false };
  return { schema: s, required: true };
}

/** The fields of a calculator's input schema (a strict zod object). */
export function fieldsOf(schema: unknown): Field[] {
  const shape = (schema as unknown as Schema).shape ?? {};
  return Object.entries(shape).map(([name, s]) => {
    const u = unwrap(s);
    return { name, type: describe(u.schema), required: u.required, ...(u.default !== undefined ? { default: u.default } : {}) };
  });
}

/** What each input field means. Keyed by field name: a name means the same in every calculator. */
export const FIELD_DOCS: Record<string, { zh: string; en: string }> = {
  group: { zh: '救助对象类别（共同词汇，见数据模型）', en: 'target group (shared vocabulary)' },
  care: { zh: '就医类型：住院、慢性病/特殊疾病门诊、重特大疾病长期门诊', en: 'type of care' },
  selfPaid: { zh: '本年度政策范围内、经各项保险报销后的个人自负费用（元）', en: "this year's in-policy self-paid cost after all insurance (元)" },
  aidedThisYear: { zh: '本年度该就医类型已获医疗救助金额（元），从年度限额中扣除', en: 'aid of this care type already received this year (元), deducted from the annual cap' },
  dibaoStandard: { zh: '当地城市低保标准（元/人/月）：文件本身不定标准，由使用者提供', en: 'local urban dibao standard (元 per person per month), supplied by the user' },
  perCapitaIncome: { zh: '家庭月人均收入（元/人/月）', en: 'per-capita monthly household income (元)' },
  members: { zh: '家庭成员：是否重度残疾、重病、持证残疾', en: 'household members: severe disability, serious illness, disability' },
  noLaborHousehold: { zh: '整户无劳动能力', en: 'no member of the household is able to work' },
  persons: { zh: '救助人数', en: 'persons aided' },
  months: { zh: '困难持续时间（月）', en: 'months the hardship lasts' },
  severity: { zh: '困难程度：一般（general）或重大生活困难（major：火灾、交通事故、突患重大疾病等）', en: 'ordinary or major hardship' },
  sameCauseAidsThisYear: { zh: '本年度因同类原因已获临时救助的次数', en: 'temporary-aid grants already received this year for the same cause' },
  perCapitaDisposableIncome: { zh: '家庭人均可支配收入（元/年），用于收入条件', en: "the household's per-capita disposable income (元 a year), for the income condition" },
  localPerCapitaDisposableIncome: { zh: '当地上年度人均可支配收入（元/年）', en: "last year's local per-capita disposable income (元 a year)" },
  monthlyRent: { zh: '每月应缴租金（元）', en: 'rent due per month (元)' },
  dibaoClass: { zh: '低保类别（渝中：低保A类）；非低保家庭为 none', en: "dibao class where the locality has classes (渝中: class A); 'none' if not dibao" },
  monthsSinceTemporaryAid: { zh: '获得临时救助至今的整月数（如曾获得）', en: 'whole months since temporary aid was granted, if it was' },
};
