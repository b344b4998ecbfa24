import { z } from 'zod';
import { Area, CareType, DibaoClass, HospitalLevel, HouseholdTrait, MemberTrait, TargetGroupId } from './vocabulary.ts';

/** A decimal number written as a string, so that no value ever passes through a binary float. */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number written as a string, e.g. "4000" or "0.7"');

/** Money units used by the documents. */
export const MoneyUnit = z.enum(['CNY', 'CNY/person', 'CNY/person/month', 'CNY/person/year', 'CNY/household', 'CNY/household/month', 'CNY/household/year', 'CNY/year', 'CNY/month']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/** Whether a figure is exact or a floor / ceiling ("不低于", "不超过"). */
export const Bound = z.enum(['exact', 'min', 'max']);
export type Bound = z.infer<typeof Bound>;

/** What a multiple is a multiple of. */
export const Base = z.enum([
  'dibao-standard', // 城市低保标准
  'tekun-standard', // 特困人员基本生活标准
  'local-per-capita-disposable-income', // 当地居民人均可支配收入
  'annual-dibao-standard', // 年度低保标准
  'pre-rise-value', // the value before a relative change
  'minimum-wage', // 最低工资标准
]);
export type Base = z.infer<typeof Base>;

/**
 * A text written for readers, in Chinese (what the Chinese pages show) and in English (the English
 * edition, the SDK's users): the same words twice, never one language alone.
 */
export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/** An interpretation note: the reading encoded and the other one, in English, and the same in Chinese (`zh`). */
export const Interpretation = z.object({
  encoded: z.string().min(1),
  alternative: z.string().min(1).optional(),
  /** The same note in Chinese (shown first on the site). */
  zh: z.object({ encoded: z.string().min(1), alternative: z.string().min(1).optional() }).optional(),
});
export type Interpretation = z.infer<typeof Interpretation>;

/** Words of a document that defer a figure to a standard or rule set elsewhere (按规定 / 同步 / 按统筹区政策执行 …). */
export const Deferral = Bilingual;

/** A provision that belongs to no shared concept: it is compared in its area's "other" row. */
export const LOCAL_CONCEPT = 'local';

/** A provision id: a lower-case dotted path. */
export const ProvisionId = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'provision ids are lower-case dotted paths');

const Common = z.object({
  /** Semantic dotted path, unique within a policy: area → concept, e.g. `medical.inpatient.dibao.threshold`. */
  id: ProvisionId,
  /** The shared concept it encodes (an id of content/concepts.yaml), or `local` when no other document speaks to it. Comparison rows are concepts. */
  concept: z.string().min(1),
  /** Ids this provision had before (kept resolvable by `getProvision` for one version). */
  formerly: z.array(ProvisionId).optional(),
  /** The clause the provision comes from (document numbering, e.g. `4.3`). */
  clause: z.string().min(1),
  area: Area,
  /** Short label in Chinese and English. */
  summary: Bilingual,
  /** Groups the rule applies to; empty when the text names no group (applies to all the document's targets). */
  appliesTo: z.array(TargetGroupId).default([]),
  /** Medical-aid provisions: the care types they govern. */
  care: z.array(CareType).optional(),
  /**
   * Medical-aid rules limited to some cases by their words: to a disease on the medical-insurance list
   * of major diseases (`majorDisease`: 按医保政策规定的重特大疾病), or to hospitals of some levels
   * (`hospitalLevels`: 在区、乡级定点医疗机构住院的). The calculator asks for these facts and cites the rule.
   */
  limitedTo: z
    .object({ majorDisease: z.literal(true).optional(), hospitalLevels: z.array(HospitalLevel).min(1).optional() })
    .strict()
    .refine((l) => l.majorDisease || l.hospitalLevels, 'name what the rule is limited to: majorDisease or hospitalLevels')
    .optional(),
  /** Per-member rules: the members they cover (any of these traits); calculators read this, never the id. */
  members: z.array(MemberTrait).min(1).optional(),
  /** Rules for whole households of a kind (整户无劳力): the household traits that also qualify. */
  households: z.array(HouseholdTrait).min(1).optional(),
  /** Rules reserved to dibao households of some classes (渝中: 低保A类). */
  dibaoClasses: z.array(DibaoClass).min(1).optional(),
  /** 责任单位 exactly as printed for the clause. */
  departments: z.array(z.string().min(1)).default([]),
  /** 牵头单位, where the text says which department leads. */
  leadDepartment: z.string().optional(),
  /** The verbatim words of the document (whitespace may differ). */
  quote: z.string().min(2),
  /** Where the text reads more than one way: the reading encoded, and the other — in English, and in Chinese for the site's readers. */
  interpretation: Interpretation.optional(),
  /** Where the figure is set elsewhere: the words that defer, and where to (no number of its own). */
  deferral: Deferral.optional(),
  /**
   * Where the value is not printed as a number but read from words (由医疗救助资金统筹解决 → 100%;
   * 含起付线以下的部分 → no threshold): those words, verbatim, standing in the quote. The interpretation
   * note must say why, and give the other reading.
   */
  valueFromWords: z.string().min(2).optional(),
  /** A provision's own time (a phase, 到2023年, 2018—2020年): from and to as printed, to the day, month or year, with its words. */
  dates: z
    .object({
      /** First day, month or year it applies to (`2019`, `2019-04`, `2019-04-01`). */
      from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a year, month or day: 2019, 2019-04 or 2019-04-01').optional(),
      /** Last day, month or year it applies to. */
      to: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a year, month or day: 2020, 2020-12 or 2020-12-31').optional(),
      /** The words that date it, verbatim (in its clause or the clause that encloses it). */
      quote: z.string().min(2),
    })
    .strict()
    .optional(),
});

/** One encoded rule or commitment of a document, discriminated on `kind`, with its clause, verbatim quote, concept and groups. */
export const Provision = z.discriminatedUnion('kind', [
  Common.extend({ kind: z.literal('amount'), amount: DecimalString, unit: MoneyUnit, bound: Bound.default('exact'), previous: DecimalString.optional() }),
  Common.extend({ kind: z.literal('ratio'), ratio: DecimalString, bound: Bound.default('exact') }),
  /** 起付线; `amount: null` = 不设起付线. */
  Common.extend({ kind: z.literal('threshold'), amount: DecimalString.nullable(), unit: MoneyUnit.default('CNY/year') }),
  /** 限额; `amount: null` = 不设限额. */
  Common.extend({ kind: z.literal('cap'), amount: DecimalString.nullable(), unit: MoneyUnit.default('CNY/year') }),
  Common.extend({ kind: z.literal('range'), min: DecimalString, max: DecimalString, unit: MoneyUnit }),
  /** A multiple (or band of multiples) of a standard: `min`/`max` factors, exclusive where the text says 高于 / 低于. */
  Common.extend({
    kind: z.literal('multiple'),
    base: Base,
    min: DecimalString.optional(),
    max: DecimalString.optional(),
    minExclusive: z.boolean().default(false),
    maxExclusive: z.boolean().default(false),
  }),
  Common.extend({ kind: z.literal('duration'), amount: DecimalString, unit: z.enum(['day', 'month', 'year']), bound: Bound.default('exact') }),
  Common.extend({
    kind: z.literal('frequency'),
    times: z.number().int().nonnegative(),
    per: z.enum(['year', 'half-year', 'quarter', 'month']),
    bound: Bound.default('exact'),
  }),
  Common.extend({
    kind: z.literal('age-range'),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
    previous: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
  }),
  /** A formula, written in words and symbols, in Chinese and English, with each of its variables explained; calculators implement it. */
  Common.extend({ kind: z.literal('formula'), expression: Bilingual, variables: z.array(Bilingual).min(1) }),
  /** A condition of eligibility, in words, in Chinese and English. */
  Common.extend({ kind: z.literal('eligibility'), condition: Bilingual }),
  /** A change relative to an existing value ("提高10%", "降低50%"): both readings are kept. */
  Common.extend({
    kind: z.literal('relative-change'),
    change: DecimalString,
    target: z.string().min(1),
    readings: z
      .array(z.object({ id: z.enum(['percentage-points', 'proportional']), /** The reading in words, in Chinese and English. */ text: Bilingual }))
      .min(2),
    encodedReading: z.enum(['percentage-points', 'proportional']),
  }),
  /** A count (people, times, targets) that is not money. */
  Common.extend({ kind: z.literal('count'), count: z.number().int().nonnegative(), unit: z.string().min(1), bound: Bound.default('exact') }),
  /** A measure with no number: encoded so comparisons can tell "promised, in these words" from "not mentioned". */
  Common.extend({ kind: z.literal('commitment') }),
]);
export type Provision = z.infer<typeof Provision>;
/** A provision as written in policy.yaml (defaults may be left out). */
export type ProvisionInput = z.input<typeof Provision>;
