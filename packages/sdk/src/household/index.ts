/**
 * "One household, five places": a household entered once, answered by every calculator for every
 * policy, with the commitments each document makes to such a household, and the provisions behind
 * each difference between places.
 */
import { z } from 'zod';
import { CARE_TYPE_IDS, TARGET_GROUP_IDS, type Area, type PolicyRules, type Provision, type TargetGroupId as Group } from '../schema/index.ts';
import { calculate, type CalculatorId } from '../calculators/index.ts';
import type { CalcResult } from '../calculators/result.ts';
import { SEVERITIES } from '../calculators/temporary-aid.ts';
import { DIBAO_CLASSES } from '../calculators/rent-subsidy.ts';
import { _msg, dibaoStandard, enumOf, Members, moneyString, wholeNumber, parseInput, type Parsed } from '../calculators/input.ts';
import { describeValue, type ValueText } from '../format.ts';

/** A household, flat so that it fits a form and a URL query. Sections other than income and members are optional. */
export const HouseholdInput = z
  .object({
    dibaoStandard: dibaoStandard(),
    perCapitaIncome: moneyString('家庭月人均收入（元/人/月）', 'per-capita monthly income'),
    members: Members,
    noLaborHousehold: z.boolean({ error: _msg('整户无劳力须为 true 或 false', 'noLaborHousehold must be true or false') }).default(false),
    /** The household's recognised group, where it has one (特困、孤儿…); otherwise derived per place from income. */
    group: enumOf(TARGET_GROUP_IDS, '救助对象类别', 'group').optional(),
    /** Medical costs this year. */
    care: enumOf(CARE_TYPE_IDS, '就医类型', 'care type').optional(),
    selfPaid: moneyString('政策范围内自负费用', 'self-paid cost').optional(),
    aidedThisYear: moneyString('本年度已获救助金额', 'aid already received this year').optional(),
    /** A sudden hardship. */
    hardshipMonths: wholeNumber('困难持续时间（月）', 'hardshipMonths', 1, 120).optional(),
    severity: enumOf(SEVERITIES, '困难程度', 'severity').optional(),
    sameCauseAidsThisYear: wholeNumber('本年度同类原因已获救助次数', 'sameCauseAidsThisYear', 0, 100).optional(),
    perCapitaDisposableIncome: moneyString('家庭人均可支配收入（元/年）', 'per-capita disposable income').optional(),
    localPerCapitaDisposableIncome: moneyString('当地上年度人均可支配收入（元/年）', 'local per-capita disposable income').optional(),
    /** Housing. */
    monthlyRent: moneyString('每月应缴租金（元）', 'monthly rent').optional(),
    dibaoClass: enumOf(DIBAO_CLASSES, '低保类别', 'dibaoClass').optional(),
    monthsSinceTemporaryAid: wholeNumber('获得临时救助至今的月数', 'monthsSinceTemporaryAid', 0, 1200).optional(),
  })
  .strict();
export type HouseholdInput = z.input<typeof HouseholdInput>;
type Household = z.infer<typeof HouseholdInput>;

export interface Measure {
  calculator: CalculatorId;
  result: CalcResult;
}

/** A provision of the document that concerns this household, shown with its value in words. */
export interface Offer {
  provision: string;
  clause: string;
  area: Area;
  kind: Provision['kind'];
  summary: ValueText;
  value: ValueText;
  quote: string;
}

export interface HouseholdView {
  policy: string;
  /** The groups the household is taken to belong to in this place (entered, or derived from income). */
  groups: Group[];
  measures: Measure[];
  /** Every other provision that applies to the household's groups (or to all), by area. */
  offers: Partial<Record<Area, Offer[]>>;
}

const drop = <T extends Record<string, unknown>>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The calculator inputs a household supplies (classify's is its income and members); a calculator whose required fields are missing is not run. */
function inputsFor(h: Household, group: Group): Partial<Record<Exclude<CalculatorId, 'classify'>, Record<string, unknown>>> {
  const out: Partial<Record<Exclude<CalculatorId, 'classify'>, Record<string, unknown>>> = {
    'dibao-benefit': { dibaoStandard: h.dibaoStandard, perCapitaIncome: h.perCapitaIncome, members: h.members, noLaborHousehold: h.noLaborHousehold },
    'gradual-exit': { dibaoStandard: h.dibaoStandard, perCapitaIncome: h.perCapitaIncome },
    'special-hardship-standard': { dibaoStandard: h.dibaoStandard },
  };
  if (h.care && h.selfPaid !== undefined) out['medical-aid'] = drop({ group, care: h.care, selfPaid: h.selfPaid, aidedThisYear: h.aidedThisYear });
  if (h.hardshipMonths !== undefined)
    out['temporary-aid'] = drop({
      dibaoStandard: h.dibaoStandard,
      persons: h.members.length,
      months: h.hardshipMonths,
      severity: h.severity,
      sameCauseAidsThisYear: h.sameCauseAidsThisYear,
      perCapitaDisposableIncome: h.perCapitaDisposableIncome,
      localPerCapitaDisposableIncome: h.localPerCapitaDisposableIncome,
    });
  if (h.monthlyRent !== undefined) out['rent-subsidy'] = drop({ dibaoStandard: h.dibaoStandard, monthlyRent: h.monthlyRent, dibaoClass: h.dibaoClass, monthsSinceTemporaryAid: h.monthsSinceTemporaryAid });
  return out;
}

const ORDER: CalculatorId[] = ['classify', 'dibao-benefit', 'special-hardship-standard', 'temporary-aid', 'medical-aid', 'rent-subsidy', 'gradual-exit'];

/** What one policy offers one household. Input must already be valid (see `compareHousehold`). */
export function householdView(policy: PolicyRules, h: Household): HouseholdView {
  const classified = calculate('classify', policy, { dibaoStandard: h.dibaoStandard, perCapitaIncome: h.perCapitaIncome, members: h.members });
  const byIncome = classified.ok ? (classified.value.categories ?? []).map((c) => c.id) : [];
  const primary: Group = h.group ?? (byIncome.includes('dibao') ? 'dibao' : byIncome.includes('low-income') ? 'low-income' : 'other-hardship');
  const groups = new Set<Group>([primary]);
  if (h.members.some((m) => m.disabled || m.severeDisability)) groups.add('disabled');

  const inputs = inputsFor(h, primary);
  const measures: Measure[] = [];
  for (const id of ORDER) {
    // The household's category was worked out above, to find its group: it is not computed again.
    const raw = id === 'classify' ? undefined : inputs[id];
    const r = id === 'classify' ? classified : raw && calculate(id, policy, raw);
    if (r?.ok) measures.push({ calculator: id, result: r.value });
  }

  const cited = new Set(measures.flatMap((m) => m.result.provisions));
  const offers: Partial<Record<Area, Offer[]>> = {};
  for (const p of policy.provisions) {
    if (cited.has(`${policy.id}:${p.id}`)) continue;
    if (p.appliesTo.length > 0 && !p.appliesTo.some((g) => groups.has(g))) continue;
    (offers[p.area] ??= []).push({ provision: `${policy.id}:${p.id}`, clause: p.clause, area: p.area, kind: p.kind, summary: p.summary, value: describeValue(p), quote: p.quote });
  }
  return { policy: policy.id, groups: [...groups], measures, offers };
}

/** An answer in one line, to tell places apart: status and figures. */
const answerKey = (r: CalcResult): string => [r.status, r.amount, r.min, r.max, r.categories?.map((c) => c.id).join('+')].join('|');

export interface Difference {
  calculator: CalculatorId;
  /** Places grouped by identical answers; each place with the provisions of its own its answer rests on. */
  answers: { policies: string[]; result: Pick<CalcResult, 'status' | 'amount' | 'min' | 'max' | 'unit' | 'categories' | 'reason'>; provisions: Record<string, string[]> }[];
}

/** Where places answer a calculator differently, the provisions behind each answer. */
export function differences(views: HouseholdView[]): Difference[] {
  const out: Difference[] = [];
  for (const calc of ORDER) {
    const groups = new Map<string, Difference['answers'][number]>();
    for (const v of views) {
      const m = v.measures.find((x) => x.calculator === calc);
      if (!m) continue;
      const key = answerKey(m.result);
      const { status, amount, min, max, unit, categories, reason } = m.result;
      const g = groups.get(key) ?? { policies: [], result: drop({ status, amount, min, max, unit, categories, reason }) as Difference['answers'][number]['result'], provisions: {} };
      g.policies.push(v.policy);
      // The place's own provisions: a national rule applies everywhere and is behind no difference.
      g.provisions[v.policy] = m.result.provisions.filter((id) => id.startsWith(`${v.policy}:`));
      groups.set(key, g);
    }
    if (groups.size > 1) out.push({ calculator: calc, answers: [...groups.values()] });
  }
  return out;
}

export interface HouseholdComparison {
  input: Household;
  views: HouseholdView[];
  differences: Difference[];
}

/**
 * Validate a household (field-level bilingual errors), then answer it for the given policies —
 * `policyList()` for all five, or just their rules (`PolicyRules`) where the encodings are not
 * loaded, as in a browser. The module does not import the encodings itself.
 */
export function compareHousehold(raw: unknown, policies: readonly PolicyRules[]): Parsed<HouseholdComparison> {
  const parsed = parseInput(HouseholdInput, raw);
  if (!parsed.ok) return parsed;
  const views = policies.map((p) => householdView(p, parsed.value));
  return { ok: true, value: { input: parsed.value, views, differences: differences(views) } };
}
