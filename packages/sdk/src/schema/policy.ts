import { z } from 'zod';
import { Area, POLICY_ID_PATTERN, ProvisionKind, TargetGroupId } from './vocabulary.ts';
import { Provision } from './provision.ts';
import { CALCULATOR_NAMES } from './calculator-names.ts';

const Name = z.object({ zh: z.string().min(1), en: z.string().min(1) });

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

export const ParentPolicy = z.object({
  docNumber: z.string().optional(),
  title: z.string().min(1),
});

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
    issuersNote: z.string().optional(),
    /** ISO date the document was issued (成文/印发). */
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    issuedNote: z.string().optional(),
    /** Effective-date statement, verbatim. */
    effective: z.string().min(1),
    /** Validity statement, verbatim, where there is one (e.g. 有效期5年). */
    validity: z.string().optional(),
    /** Period the plan covers, where it names one. */
    period: z.object({ from: z.string(), to: z.string() }).optional(),
    parents: z.array(ParentPolicy),
    groups: z.array(TargetGroup),
    clauses: z.array(Clause).min(1),
    provisions: z.array(Provision).min(1),
    tables: z.array(DataTable).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.scope === 'local' && !p.region) ctx.addIssue({ code: 'custom', path: ['region'], message: 'a local document needs its region (province, prefecture, county)' });
    const clauseIds = new Set(p.clauses.map((c) => c.id));
    const seen = new Set<string>();
    p.provisions.forEach((pr, i) => {
      if (seen.has(pr.id)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'id'], message: `duplicate provision id ${pr.id}` });
      seen.add(pr.id);
      if (!clauseIds.has(pr.clause)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'clause'], message: `unknown clause ${pr.clause}` });
    });
    p.clauses.forEach((c, i) => {
      if (c.parent && !clauseIds.has(c.parent)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'parent'], message: `unknown parent clause ${c.parent}` });
    });
    p.groups.forEach((g, i) => {
      if (!clauseIds.has(g.clause)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'clause'], message: `unknown clause ${g.clause}` });
    });
  });
export type Policy = z.infer<typeof Policy>;
export type PolicyInput = z.input<typeof Policy>;

/** What calculators read of a policy: its id and provisions. A client can ship just this, not the whole encoding. */
export type PolicyRules = Pick<Policy, 'id' | 'provisions'>;

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
export const Concepts = z.array(Concept).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate concept ${c.id}` });
    seen.add(c.id);
    if (!c.id.startsWith(`${c.area}.`)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `concept ${c.id} must start with its area ${c.area}` });
  });
});
