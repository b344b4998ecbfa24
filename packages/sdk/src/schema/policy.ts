import { z } from 'zod';
import { Area, POLICY_ID_PATTERN, ProvisionKind, TargetGroupId } from './vocabulary.ts';
import { Bilingual, Interpretation, Provision } from './provision.ts';
import { CALCULATOR_NAMES } from './calculator-names.ts';

const Name = Bilingual;

/** A clause of a document. The rendering in content/ owns its text. */
export const Clause = z.object({
  /** Follows the document's numbering: 四、→ `4`, （三）→ `4.3`, 1、→ `4.3.1`, 一是 → `.a`; also `notice`, `preamble`, `closing`, `appendix`. */
  id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/),
  /** The clause's heading as printed, without its number, where it has one. */
  heading: z.string().optional(),
  /** The enclosing clause id, if any. */
  parent: z.string().optional(),
  /** 责任单位 as printed at the end of the clause. */
  departments: z.array(z.string()).optional(),
  /** 牵头单位, where the text says the first responsible department leads. */
  leadDepartment: z.string().optional(),
});
export type Clause = z.infer<typeof Clause>;

/** A group a document names: the shared id, the document’s own term, its definition and clause. */
export const TargetGroup = z.object({
  id: TargetGroupId,
  /** The document's own term. */
  term: z.string().min(1),
  /** The definition in the document's words (verbatim, or the list it appears in). */
  definition: z.string().min(1),
  clause: z.string().min(1),
});
export type TargetGroup = z.infer<typeof TargetGroup>;

/** A table printed in the document (e.g. an appendix), its figures encoded as data. */
export const DataTable = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  clause: z.string().min(1),
  title: z.string().min(1),
  /** Column keys and their printed headings. Numeric columns hold integers. */
  columns: z.array(z.object({ key: z.string().min(1), zh: z.string().min(1), numeric: z.boolean().default(false) })).min(1),
  rows: z.array(
    z.object({
      cells: z.record(z.string(), z.union([z.string(), z.number().int()])),
      /** `total` for a 合计 row, `subtotal-column` rows carry their own 小计. */
      role: z.enum(['data', 'total']).default('data'),
    }),
  ),
  /** Key of the column that sums the other numeric columns of each row (小计), if any. */
  rowTotalColumn: z.string().optional(),
});
export type DataTable = z.infer<typeof DataTable>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/** One end of a document's time in force, with the words it rests on. */
export const ValidityEnd = z
  .object({
    /** The day (inclusive: the first day in force, or the last), where the text lets one be worked out. */
    date: IsoDate.optional(),
    /**
     * How the day is known: `stated` (a date printed), `from-issue` (自印发/发布之日起), `term` (有效期N年 counted from the start),
     * `plan-period` (the years the plan names), `not-stated` (the text says nothing: a start is then read as the issue date).
     */
    basis: z.enum(['stated', 'from-issue', 'term', 'plan-period', 'not-stated']),
    /** The document's words, verbatim; absent only where it says nothing. */
    quote: z.string().min(1).optional(),
    /** The clause the words are in. */
    clause: z.string().min(1).optional(),
    /** Where the words read more than one way (which day a term ends on, whether a plan lapses with its years). */
    interpretation: Interpretation.optional(),
  })
  .strict();
export type ValidityEnd = z.infer<typeof ValidityEnd>;

/** When a document is in force, as data: its start and its end, each with its basis and words. */
export const InForce = z
  .object({
    start: ValidityEnd,
    end: ValidityEnd,
    /** 试行: issued for trial, with no end stated. */
    trial: z.boolean().default(false),
  })
  .strict();
export type InForce = z.infer<typeof InForce>;

/** When a document is in force as `statusOn` reads it: `InForce` without the interpretation notes (the catalogue's). */
export type InForceDates = { start: Omit<ValidityEnd, 'interpretation'>; end: Omit<ValidityEnd, 'interpretation'>; trial: boolean };

/** A document another one cites or implements: its title and 文号 as printed. */
export const ParentPolicy = z.object({
  docNumber: z.string().optional(),
  title: z.string().min(1),
});

/** A document’s whole encoding: metadata, when it is in force, groups, clauses, provisions and printed tables. */
export const Policy = z
  .object({
    /** `<county-pinyin>-<year>`: the name of the document's folder. */
    id: z.string().regex(POLICY_ID_PATTERN, 'policy ids are <county-pinyin>-<year>, e.g. guzhang-2021'),
    title: z.string().min(1),
    shortName: Name,
    /** 文号 exactly as printed. */
    docNumber: z.string().min(1),
    /** `local`: one of the local documents (compared, calculated); `national`: a national rule the calculators apply (content/national/), cited like a document. */
    scope: z.enum(['local', 'national']).default('local'),
    /** Where a local document applies; a national one has none. */
    region: z.object({ province: Name, prefecture: Name, county: Name }).optional(),
    /** Issuing bodies as printed; empty with `issuersNote` where the extraction lost them. */
    issuers: z.array(z.string()),
    /** What to know about the issuers as listed (how they are printed, or why none is), in Chinese and English. */
    issuersNote: Bilingual.optional(),
    /** ISO date the document was issued (成文/印发). */
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** What the date is (which date printed where, what the text leaves unsaid), in Chinese and English. */
    issuedNote: Bilingual.optional(),
    /** Effective-date statement, verbatim. */
    effective: z.string().min(1),
    /** Validity statement, verbatim, where there is one (e.g. 有效期5年). */
    validity: z.string().optional(),
    /** Period the plan covers, where it names one. */
    period: z.object({ from: z.string(), to: z.string() }).optional(),
    /** When it is in force: start and end, each with its basis and the words it rests on (see `statusOn`). */
    inForce: InForce.optional(),
    /** The documents the text says it implements (贯彻落实 / 根据 … 制定本方案), as printed. */
    parents: z.array(ParentPolicy),
    /** Other documents the text cites (by title or 文号) without implementing them. */
    citations: z.array(ParentPolicy).default([]),
    groups: z.array(TargetGroup),
    clauses: z.array(Clause).min(1),
    provisions: z.array(Provision).min(1),
    tables: z.array(DataTable).default([]),
  })
  .superRefine((p, ctx) => {
    const clauseIds = new Set(p.clauses.map((c) => c.id));
    if (p.scope === 'local' && !p.region) ctx.addIssue({ code: 'custom', path: ['region'], message: 'a local document needs its region (province, prefecture, county)' });
    if (p.scope === 'local' && !p.inForce) ctx.addIssue({ code: 'custom', path: ['inForce'], message: 'a local document states when it is in force (inForce: start and end, each with its basis; basis not-stated where the text says nothing)' });
    if (p.inForce) {
      const { start, end } = p.inForce;
      for (const [k, e] of [['start', start], ['end', end]] as const) {
        if (e.basis !== 'not-stated' && !e.quote) ctx.addIssue({ code: 'custom', path: ['inForce', k, 'quote'], message: `the ${k}'s basis ${e.basis} rests on words of the text: quote them` });
        if (e.quote && e.clause && !clauseIds.has(e.clause)) ctx.addIssue({ code: 'custom', path: ['inForce', k, 'clause'], message: `unknown clause ${e.clause}` });
      }
      if (!start.date) ctx.addIssue({ code: 'custom', path: ['inForce', 'start', 'date'], message: 'the start has a date (the issue date where the text states none)' });
      if (end.basis !== 'not-stated' && !end.date) ctx.addIssue({ code: 'custom', path: ['inForce', 'end', 'date'], message: `an end with basis ${end.basis} has a date` });
      if (start.date && end.date && end.date < start.date) ctx.addIssue({ code: 'custom', path: ['inForce', 'end', 'date'], message: 'the end is before the start' });
    }
    const seen = new Set<string>();
    p.provisions.forEach((pr, i) => {
      if (seen.has(pr.id)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'id'], message: `duplicate provision id ${pr.id}` });
      seen.add(pr.id);
      if (!clauseIds.has(pr.clause)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'clause'], message: `unknown clause ${pr.clause}` });
      if (pr.valueFromWords && !pr.interpretation?.alternative) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'interpretation'], message: 'a value read from words (valueFromWords) needs an interpretation note that gives the other reading' });
    });
    p.clauses.forEach((c, i) => {
      if (c.parent && !clauseIds.has(c.parent)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'parent'], message: `unknown parent clause ${c.parent}` });
    });
    p.groups.forEach((g, i) => {
      if (!clauseIds.has(g.clause)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'clause'], message: `unknown clause ${g.clause}` });
    });
  });
export type Policy = z.infer<typeof Policy>;
/** A policy as written before defaults are applied. */
export type PolicyInput = z.input<typeof Policy>;

/**
 * A local document's entry in the catalogue (`policyCatalogue()`): what a listing or a place picker
 * shows — its id, title, short name, 文号, region, issuers, issue date and time in force (so that
 * `statusOn(entry, day)` answers as for the whole encoding) — and how many clauses and provisions it
 * has, without loading its encoding.
 */
export type PolicySummary = Pick<Policy, 'id' | 'title' | 'shortName' | 'docNumber' | 'issuers' | 'issued'> &
  Partial<Pick<Policy, 'region'>> & {
    /** When it is in force, without the interpretation notes (the encoding has them). */
    inForce?: InForceDates;
    /** How many clauses the encoding has. */
    clauseCount: number;
    /** How many provisions the encoding has. */
    provisionCount: number;
  };

/** What the calculators read of a national rules document: its name, clause headings (for citations) and provisions. */
export type NationalRules = Pick<Policy, 'id' | 'title' | 'shortName' | 'provisions'> & { clauses: Pick<Policy['clauses'][number], 'id' | 'heading'>[] };
/** The part of a policy the calculators read: its id, provisions, when it is in force and the national rules it applies. */
export type PolicyRules = Pick<Policy, 'id' | 'provisions'> &
  Partial<Pick<Policy, 'inForce'>> & {
    /** The national rules it builds on (filled by `rulesFor`; in Node they are found without it). */
    national?: readonly NationalRules[];
  };

/** One comparable concept of the shared vocabulary (content/concepts.yaml): a row of the comparison tables. */
export const Concept = z
  .object({
    /** `<area>.<concept>`, stable: the row's anchor on the site. */
    id: z.string().regex(/^[a-z-]+\.[a-z0-9-]+$/, 'concept ids are <area>.<concept>'),
    area: Area,
    label: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    /** The kinds a provision of this concept may take. */
    kinds: z.array(ProvisionKind).min(1),
    /** Calculators that read provisions of this concept. */
    calculators: z.array(z.enum(CALCULATOR_NAMES)).optional(),
  })
  .strict();
export type Concept = z.infer<typeof Concept>;
/** The shared concept vocabulary (content/concepts.yaml): each concept once, a comparison table’s rows. */
export const Concepts = z.array(Concept).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate concept ${c.id}` });
    seen.add(c.id);
    if (!c.id.startsWith(`${c.area}.`)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `concept ${c.id} must start with its area ${c.area}` });
  });
});
