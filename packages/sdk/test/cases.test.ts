/**
 * Hand-worked cases as data, in the spirit of OpenFisca's YAML tests: every
 * content/policies/<id>/cases.yaml is validated with the `Cases` schema and each of its cases is run
 * against its document. A case checks the output fields it gives, and two things it implies:
 *   - when it gives `status`, its `amount`, `min` and `max` are the whole answer: one it leaves out
 *     must be absent (a `not-specified` answer invents no figure; a floor with no ceiling has no `max`);
 *   - when the answer names the clauses that speak of the subject (`not-specified`), the case's
 *     clause is among them.
 * Its quote must stand, verbatim up to whitespace, in its clause of the rendering (of the national
 * rules' rendering where the case says `of:`). The expected values are worked by hand from the quote:
 * the `working` says how.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CONTENT_ROOT, NATIONAL_DIR, documentFile, listDocuments, normalise, readRendering, type Rendering } from '@bangfu/content';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_IDS, calculateRaw, formatErrors, type CalcResult, type CalculatorId, type Status } from '../src/calculators/index.ts';
import { compareHousehold } from '../src/household/index.ts';
import { findPolicy, getPolicy, nationalList } from '../src/policies/index.ts';
import { CALCULATOR_NAMES, CASE_STATUSES, Cases, type Case } from '../src/schema/index.ts';

// The schema's statuses and calculator names are the SDK's own.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusesAgree: Same<(typeof CASE_STATUSES)[number], Status> = true;
const namesAgree: Same<(typeof CALCULATOR_NAMES)[number], CalculatorId> = true;

/**
 * Each calculator's example input: the case the site's calculator page shows first
 * (apps/site/src/lib/calc-forms.ts, `FORMS[…].example`), as the SDK takes it.
 */
const EXAMPLES: Record<CalculatorId, Record<string, unknown>> = {
  'medical-aid': { group: 'dibao', care: 'inpatient', selfPaid: '24000' },
  'dibao-benefit': { dibaoStandard: '600', perCapitaIncome: '350', members: [{ severeDisability: true, disabled: true }, {}, {}] },
  classify: { dibaoStandard: '600', perCapitaIncome: '700', members: [{ seriousIllness: true }, {}] },
  'temporary-aid': { dibaoStandard: '600', persons: 3, months: 2, severity: 'general' },
  'gradual-exit': { dibaoStandard: '600', perCapitaIncome: '1000' },
  'rent-subsidy': { dibaoStandard: '600', monthlyRent: '400', dibaoClass: 'A' },
  'special-hardship-standard': { dibaoStandard: '600' },
};

const NATIONAL_IDS = new Set(nationalList().map((p) => p.id));
const renderings = new Map<string, Rendering>();
const renderingOf = (id: string): Rendering => {
  if (!renderings.has(id)) renderings.set(id, NATIONAL_IDS.has(id) ? readRendering(id, NATIONAL_DIR) : readRendering(id));
  return renderings.get(id)!;
};

/** A document's cases.yaml, validated: the cases, or the problems (file, case index and field). */
function load(id: string): { file: string; cases: Case[]; errors: string[] } {
  const path = documentFile(id, 'cases');
  const file = relative(CONTENT_ROOT, path);
  if (!existsSync(path)) return { file, cases: [], errors: [`${file}: missing (every document folder has hand-worked cases)`] };
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'), { uniqueKeys: true });
  } catch (e) {
    return { file, cases: [], errors: [`${file}: ${(e as Error).message.split('\n')[0]}`] };
  }
  const parsed = Cases.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const name = typeof index === 'number' && Array.isArray(data) ? (data[index] as { name?: unknown } | undefined)?.name : undefined;
      const where = typeof index === 'number' ? `case ${index}${typeof name === 'string' ? ` (${name})` : ''}` : '(top)';
      return `${file}: ${where}${field.length ? `: ${field.join('.')}` : ''}: ${issue.message}`;
    });
    return { file, cases: [], errors };
  }
  return { file, cases: parsed.data, errors: [] };
}

/** The quote stands in its clause: each part (`…` leaves words out) in order, whitespace ignored. */
function checkQuote(id: string, c: Case): void {
  const doc = c.of ?? id;
  if (c.of) expect(NATIONAL_IDS.has(c.of), `of: ${c.of} is not one of the national rules (${[...NATIONAL_IDS].join(', ')})`).toBe(true);
  const clause = renderingOf(doc).clauses.find((x) => x.id === c.clause);
  expect(clause, `${doc} has no clause ${c.clause}`).toBeDefined();
  const text = normalise(clause!.text);
  let from = 0;
  for (const part of c.quote.split('…').map(normalise).filter(Boolean)) {
    const at = text.indexOf(part, from);
    expect(at, `the quote does not stand in clause ${c.clause} of ${doc}${from ? ' (after the part before it)' : ''}: "${part}"`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

/** A household case: the view of this document for the household — its category, and one row. */
function householdResult(id: string, c: Case): CalcResult | undefined {
  const r = compareHousehold(c.input, [findPolicy(id)!]);
  if (!r.ok) expect.fail(`the household is rejected:\n${formatErrors(r.errors)}`);
  const v = r.value.views[0]!;
  const out = c.output;
  if (out.category !== undefined) expect(v.category.group, 'category').toBe(out.category);
  if (out.contradiction !== undefined) expect(!!v.category.contradiction, 'contradiction').toBe(out.contradiction);
  if (out.row === undefined) return undefined;
  const skipped = v.skipped.find((s) => s.calculator === out.row);
  if (out.missing !== undefined) {
    expect(skipped?.missing.map((m) => m.field), `the ${out.row} row asks for`).toEqual(out.missing);
    return undefined;
  }
  const m = v.measures.find((x) => x.calculator === out.row);
  expect(m, `the ${out.row} row is computed${skipped ? ` (it asks for ${skipped.missing.map((x) => x.field).join(', ')})` : ''}`).toBeDefined();
  return m!.result;
}

function checkCase(id: string, c: Case): void {
  checkQuote(id, c);
  let result: CalcResult | undefined;
  if (c.calculator === 'household') result = householdResult(id, c);
  else {
    const r = calculateRaw(c.calculator as CalculatorId, findPolicy(id)!, c.input);
    if (!r.ok) expect.fail(`the input is rejected:\n${formatErrors(r.errors)}`);
    result = r.value;
  }
  if (!result) return;
  const out = c.output;
  if (out.status !== undefined) expect(result.status, 'status').toBe(out.status);
  for (const k of ['amount', 'min', 'max'] as const) {
    if (out[k] !== undefined) expect(result[k], k).toBe(out[k]);
    else if (out.status !== undefined) expect(result[k], `${k}: the case gives none, so the answer has none`).toBeUndefined();
  }
  if (out.unit !== undefined) expect(result.unit, 'unit').toBe(out.unit);
  if (out.categories !== undefined) expect((result.categories ?? []).map((x) => x.id), 'categories').toEqual(out.categories);
  if (out.provisions !== undefined) expect(result.provisions, 'provisions (all of these, among others)').toEqual(expect.arrayContaining(out.provisions));
  if (out.reason !== undefined) expect(result.reason?.zh ?? '', 'reason.zh').toContain(out.reason);
  if (!c.of && result.clauses?.length) expect(result.clauses, "the clauses the answer names include the case's").toContain(c.clause);
}

describe('hand-worked cases (content/policies/<id>/cases.yaml)', () => {
  it('the schema agrees with the SDK on statuses and calculator names', () => {
    expect([statusesAgree, namesAgree]).toEqual([true, true]);
    expect([...CALCULATOR_NAMES].sort()).toEqual([...CALCULATOR_IDS].sort());
  });

  for (const id of listDocuments()) {
    const { file, cases, errors } = load(id);
    describe(id, () => {
      it(`${file} matches the Case schema`, () => {
        expect(errors).toEqual([]);
      });

      for (const c of cases) it(c.name, () => checkCase(id, c));

      it('has a case for every calculator that answers (not not-specified) on its example input', () => {
        const policy = findPolicy(id)!;
        const answering = CALCULATOR_IDS.filter((calc) => {
          const r = calculateRaw(calc, policy, EXAMPLES[calc]);
          if (!r.ok) throw new Error(`example input of ${calc} rejected:\n${formatErrors(r.errors)}`);
          return r.value.status !== 'not-specified';
        });
        const covered = new Set(cases.map((c) => c.calculator));
        expect(answering.filter((calc) => !covered.has(calc)), `${file}: calculators without a case`).toEqual([]);
      });
    });
  }
});
