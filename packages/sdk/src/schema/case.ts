import { z } from 'zod';
import { CALCULATOR_NAMES } from './calculator-names.ts';
import { POLICY_ID_PATTERN } from './vocabulary.ts';

/**
 * A hand-worked case, as data: one calculator answer for one document, worked out by hand from the
 * document's words (content/policies/<id>/cases.yaml, run by packages/sdk/test/cases.test.ts). In the
 * spirit of OpenFisca's YAML tests: input, expected output, and beside them the quote and the arithmetic.
 */

/** The statuses a calculator answers with (the `status` of a CalcResult). */
export const CASE_STATUSES = ['computed', 'range', 'not-eligible', 'not-specified'] as const;

/** A figure of an answer as the SDK prints it: money to the fen ("14000.00"), months whole ("12"). */
const Figure = z.string().regex(/^\d+(\.\d{2})?$/, 'a figure as the SDK prints it: money to the fen ("14000.00"), months whole ("12")');

/** What the answer must be. Only the fields given are checked (at least one). */
export const CaseOutput = z
  .object({
    /** The answer's status. When it is given, `amount`, `min` and `max` are the whole answer: one the case leaves out must be absent (a floor with no ceiling gives no `max`). */
    status: z.enum(CASE_STATUSES).optional(),
    /** The exact amount of a `computed` answer. */
    amount: Figure.optional(),
    /** The floor of a `range` answer. */
    min: Figure.optional(),
    /** The ceiling of a `range` answer. */
    max: Figure.optional(),
    /** The unit of the answer, e.g. `CNY`, `CNY/household/month`, `month`. */
    unit: z.string().min(1).optional(),
    /** `classify`: the ids of the categories the household falls in, all of them, in the order the answer gives them. */
    categories: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a category id, e.g. low-income')).optional(),
    /** Global provision ids (`policy:provision`) that must ALL appear among the answer's provisions (others may appear too). */
    provisions: z.array(z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'a global provision id, e.g. guzhang-2021:medical.inpatient.dibao.threshold')).min(1).optional(),
    /** Words the answer's Chinese reason (`reason.zh`) must contain. */
    reason: z.string().min(1).optional(),
    /** `household` cases: the household's one category in this place (a group id, or `none`). */
    category: z.string().regex(/^[a-z-]+$/, 'a group id, e.g. tekun, or none').optional(),
    /** `household` cases: whether the entered group contradicts the entries (shown, never overridden). */
    contradiction: z.boolean().optional(),
    /** `household` cases: the calculator whose row the other fields check. */
    row: z.enum(CALCULATOR_NAMES).optional(),
    /** `household` cases: the row is not computed, and asks for these household fields. */
    missing: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((o) => Object.keys(o).length > 0, 'give at least one expected field (status, amount, min, max, unit, categories, provisions, reason)')
  .refine((o) => o.missing === undefined || o.row !== undefined, 'missing names the entries a row needs: give the row');
export type CaseOutput = z.infer<typeof CaseOutput>;

/** A hand-worked case of cases.yaml: the input, the expected output worked from the quoted words, and the arithmetic. */
export const Case = z
  .object({
    /** What happens, as a sentence in Chinese (it is the test's name, unique within the file). */
    name: z.string().regex(/[\u4e00-\u9fff]/, 'the name is a sentence in Chinese'),
    /** The same sentence in English, if wanted. */
    en: z.string().min(1).optional(),
    /** The calculator the case runs, or `household`: the household view of this document (its category, and one row). */
    calculator: z.enum([...CALCULATOR_NAMES, 'household']),
    /** The document the clause and quote are in, when it is not this file's own: the national rules the calculator applies (e.g. `shehui-jiuzhu-2014`). The calculator still runs on this file's document. */
    of: z.string().regex(POLICY_ID_PATTERN, 'a document id, e.g. shehui-jiuzhu-2014').optional(),
    /** The clause the rule is in, in the document's numbering (quoted: "4.3" is text, 4.3 would be a number). */
    clause: z.string().regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/, 'a clause id, e.g. "4.3"'),
    /** The document's words the expected value rests on, verbatim (whitespace may differ); `…` leaves out words between two parts, which then stand in that order. For a `not-specified` answer: the words that speak of the subject without setting the figure. */
    quote: z.string().min(2),
    /** The calculator's input, as the CLI and JSON take it (money as strings, counts as numbers). */
    input: z.record(z.string(), z.unknown()),
    /** The expected answer. */
    output: CaseOutput,
    /** The arithmetic, written out by hand, e.g. "(24000 − 4000) × 0.7 = 14000". */
    working: z.string().min(1),
  })
  .strict();
export type Case = z.infer<typeof Case>;

/** A cases.yaml: a list of cases, their names unique (empty in a freshly scaffolded folder; the runner asks for the cases a document needs). */
export const Cases = z
  .array(Case)
  .superRefine((cases, ctx) => {
    const seen = new Set<string>();
    cases.forEach((c, i) => {
      if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `two cases are named "${c.name}"` });
      seen.add(c.name);
    });
  });
export type Cases = z.infer<typeof Cases>;
