/**
 * "One household, five places": a household entered once, answered by every calculator for every
 * policy, with the commitments each document makes to such a household, and the provisions behind
 * each difference between places.
 */
import { z } from 'zod';
import { CARE_TYPE_IDS, TARGET_GROUP_IDS, TARGET_GROUPS, type Area, type PolicyRules, type Provision, type TargetGroupId as Group } from '../schema/index.ts';
import { _nationalOf } from '../calculators/_national.ts';
import { _citation } from '../calculators/dibao-test.ts';
import { BangfuProgrammerError, calculateRaw, type CalculatorId } from '../calculators/index.ts';
import type { CalcResult } from '../calculators/result.ts';
import { SEVERITIES } from '../calculators/temporary-aid.ts';
import { DIBAO_CLASSES } from '../calculators/rent-subsidy.ts';
import { _msg, dibaoStandard, enumOf, Members, moneyString, wholeNumber, parseInput, type FieldError, type Parsed } from '../calculators/input.ts';
import { describeValue, type ValueText } from '../format.ts';
import { asOfErrors, statusOn, today, type StatusOn } from '../validity.ts';

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

/** One calculator’s answer for a household in one place, with why it was or was not computed. */
export interface Measure {
  calculator: CalculatorId;
  result: CalcResult;
}

/** A calculator the household's entries do not let run, and the entries it needs. */
export interface Skipped {
  calculator: CalculatorId;
  /** The household fields to fill for it to run (zh / en names). */
  missing: FieldError[];
}

/**
 * The household's one category in a place, and what decides it: a group the user says the
 * household has been recognised as (`entered`), or the income tests of the place (the document's
 * own or the national rule). Every other row of the view follows from it.
 */
export interface HouseholdCategory {
  /** The group of the shared vocabulary, or `none` when the household is in no group the rules name. */
  group: Group | 'none';
  zh: string;
  en: string;
  /** How it was decided. */
  basis: 'entered' | 'income';
  /** Global id of the provision that decides it (the income test or band), where one does. */
  provision?: string;
  /** Where the entered group contradicts the entries (e.g. 低保 chosen, income above the standard): shown, never overridden. */
  contradiction?: { zh: string; en: string; provision?: string };
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

/** What one place’s document gives a household: its category and each calculator’s answer. */
export interface HouseholdView {
  policy: string;
  /** The household's one category in this place; every measure and offer follows from it. */
  category: HouseholdCategory;
  /** The groups the household belongs to in this place: its category's, and 困难残疾人 where a member is disabled. */
  groups: Group[];
  measures: Measure[];
  /** Calculators that could not run, each with the entries it needs: every row is accounted for. */
  skipped: Skipped[];
  /** Whether the document is in force on the day asked (default today, on the caller's clock); a lapsed or open-ended one carries a warning. */
  validity?: StatusOn;
  /** Every other provision that applies to the household's groups (or to all), by area. */
  offers: Partial<Record<Area, Offer[]>>;
}

const drop = <T extends Record<string, unknown>>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

const field = (name: string, zh: string, en: string): FieldError => ({ field: name, zh, en });

/**
 * The calculator inputs a household supplies (classify's is its income and members), and for each
 * calculator it cannot feed, the entries it lacks. A section left wholly empty (no medical costs,
 * no hardship, no rent) is reported the same way: the row says what to fill.
 */
function inputsFor(h: Household, group: Group | 'none', dibaoClass: Household['dibaoClass']): { inputs: Partial<Record<Exclude<CalculatorId, 'classify'>, Record<string, unknown>>>; skipped: Skipped[] } {
  const inputs: Partial<Record<Exclude<CalculatorId, 'classify'>, Record<string, unknown>>> = {
    'dibao-benefit': { dibaoStandard: h.dibaoStandard, perCapitaIncome: h.perCapitaIncome, members: h.members, noLaborHousehold: h.noLaborHousehold },
    'gradual-exit': { dibaoStandard: h.dibaoStandard, perCapitaIncome: h.perCapitaIncome },
    'special-hardship-standard': { dibaoStandard: h.dibaoStandard },
  };
  const skipped: Skipped[] = [];
  const care = [...(h.care ? [] : [field('care', '就医类型', 'care type')]), ...(h.selfPaid !== undefined ? [] : [field('selfPaid', '政策范围内自负费用', 'self-paid cost')])];
  if (group === 'none') skipped.push({ calculator: 'medical-aid', missing: [field('group', '救助对象类别（本户按收入不属于低保或低收入家庭；已被认定为其他救助对象的，请选择类别）', 'the target group (by income the household is neither dibao nor low-income; choose the group it was recognised as, if any)')] });
  else if (care.length) skipped.push({ calculator: 'medical-aid', missing: care });
  else inputs['medical-aid'] = drop({ group, care: h.care, selfPaid: h.selfPaid, aidedThisYear: h.aidedThisYear });
  // Temporary aid: the months matter only where the document computes by month; for major hardship
  // decided case by case (一事一议) the answer does not need them (the calculator says which it needs).
  if (h.hardshipMonths !== undefined || h.severity !== undefined)
    inputs['temporary-aid'] = drop({
      dibaoStandard: h.dibaoStandard,
      persons: h.members.length,
      months: h.hardshipMonths,
      severity: h.severity,
      sameCauseAidsThisYear: h.sameCauseAidsThisYear,
      perCapitaDisposableIncome: h.perCapitaDisposableIncome,
      localPerCapitaDisposableIncome: h.localPerCapitaDisposableIncome,
    });
  else skipped.push({ calculator: 'temporary-aid', missing: [field('hardshipMonths', '困难持续时间（月）或困难程度', 'how long the hardship lasts (months), or its severity')] });
  if (h.monthlyRent !== undefined) inputs['rent-subsidy'] = drop({ dibaoStandard: h.dibaoStandard, monthlyRent: h.monthlyRent, dibaoClass, monthsSinceTemporaryAid: h.monthsSinceTemporaryAid });
  else skipped.push({ calculator: 'rent-subsidy', missing: [field('monthlyRent', '每月应缴租金（元）', 'monthly rent')] });
  return { inputs, skipped };
}

const ORDER: CalculatorId[] = ['classify', 'dibao-benefit', 'special-hardship-standard', 'temporary-aid', 'medical-aid', 'rent-subsidy', 'gradual-exit'];

const GROUP_NAMES = TARGET_GROUPS as Record<Group, { zh: string; en: string }>;

/** The provision a global id names: the policy's own, or a national rule's. */
function provisionOf(policy: PolicyRules, globalId: string): Provision | undefined {
  const i = globalId.indexOf(':');
  const doc = globalId.slice(0, i);
  const id = globalId.slice(i + 1);
  const list = doc === policy.id ? policy.provisions : _nationalOf(policy).find((n) => n.id === doc)?.provisions;
  return list?.find((p) => p.id === id);
}

/**
 * The household's one category in a place. An entered group is the household's recognised status
 * and is kept; it is checked against the entries (income against the place's dibao test and
 * low-income band) and a contradiction is reported, never overridden. Without one, the place's
 * income tests decide: dibao, else low-income, else none.
 */
function categoryOf(h: Household, classified: CalcResult | undefined): HouseholdCategory {
  const byIncome = classified?.categories ?? [];
  const dibao = byIncome.find((c) => c.id === 'dibao');
  const lowIncome = byIncome.find((c) => c.id === 'low-income');
  const reasonOf = (c: { provision?: string } | undefined) => (c?.provision ? { provision: c.provision } : {});
  if (h.group) {
    const g = h.group;
    const named = { group: g, zh: GROUP_NAMES[g].zh, en: GROUP_NAMES[g].en, basis: 'entered' as const };
    const testStep = classified?.steps.find((s) => s.provision?.endsWith('dibao-income-test') || s.provision?.endsWith('dibao.income-test'));
    if (g === 'dibao' && !dibao) {
      return {
        ...named,
        contradiction: {
          zh: `您选择了“${GROUP_NAMES.dibao.zh}”，但按所填收入本户不符合低保收入条件（${testStep?.zh ?? '人均收入不低于低保标准'}）。以下按您选择的类别显示；如因就业增收，见“低保渐退期”。`,
          en: `You chose dibao, but by the income entered the household does not meet the dibao income test. Shown as chosen; if income rose with a job, see the gradual exit.`,
          ...(testStep?.provision ? { provision: testStep.provision } : {}),
        },
      };
    }
    if (g === 'low-income' && !lowIncome && classified) {
      const band = classified.steps.find((s) => s.provision?.endsWith('low-income.band'));
      if (band || dibao)
        return {
          ...named,
          contradiction: {
            zh: dibao ? '您选择了“低收入家庭”，但按所填收入本户低于低保标准，属低保家庭。以下按您选择的类别显示。' : `您选择了“低收入家庭”，但按所填收入本户不在本地文件规定的低收入区间内（${band!.zh}）。以下按您选择的类别显示。`,
            en: dibao ? 'You chose low-income, but by the income entered the household is below the dibao standard. Shown as chosen.' : 'You chose low-income, but by the income entered the household is outside the low-income band of this document. Shown as chosen.',
            ...((dibao ?? band)?.provision ? { provision: (dibao ?? band)!.provision! } : {}),
          },
        };
    }
    return named;
  }
  if (dibao) return { group: 'dibao', zh: '城市低保家庭', en: 'dibao household', basis: 'income', ...reasonOf(dibao) };
  if (lowIncome) return { group: 'low-income', zh: GROUP_NAMES['low-income'].zh, en: GROUP_NAMES['low-income'].en, basis: 'income', ...reasonOf(lowIncome) };
  return { group: 'none', zh: '不属于低保或低收入家庭（按所填收入）', en: 'neither dibao nor low-income (by the income entered)', basis: 'income' };
}

/** An answer withdrawn from the household: `not-eligible` for the reason given, keeping the document's status on the day. */
const refused = (r: CalcResult, reason: CalcResult['reason'] & object, rest: Pick<CalcResult, 'steps' | 'provisions' | 'interpretations'>): CalcResult => ({
  policy: r.policy,
  calculator: r.calculator,
  status: 'not-eligible',
  unit: r.unit,
  ...(r.validity ? { validity: r.validity } : {}),
  reason,
  steps: rest.steps,
  provisions: rest.provisions,
  ...(rest.interpretations ? { interpretations: rest.interpretations } : {}),
});

/**
 * A benefit reserved to groups the household is not in is not shown to it: the first provision the
 * answer cites that names groups (appliesTo) none of which is the household's turns the answer
 * into `not-eligible`, citing it.
 */
function gate(policy: PolicyRules, result: CalcResult, groups: ReadonlySet<Group>, category: HouseholdCategory): CalcResult {
  if (result.status !== 'computed' && result.status !== 'range') return result;
  for (const id of result.provisions) {
    const p = provisionOf(policy, id);
    if (!p || p.appliesTo.length === 0 || p.appliesTo.some((g) => groups.has(g))) continue;
    const who = p.appliesTo.map((g) => GROUP_NAMES[g].zh).join('、');
    const whoEn = p.appliesTo.map((g) => GROUP_NAMES[g].en).join(', ');
    const clause = p.clause;
    // A national rule is named as the documents name it (《社会救助暂行办法》第十二条); the document's own by its clause.
    const cite = _citation(policy, id.slice(0, id.indexOf(':')), p);
    return refused(
      result,
      { zh: `此项只适用于${who}${cite.zh || `（条款 ${clause}）`}；本户在本地为：${category.zh}`, en: `For ${whoEn} only${cite.en || ` (clause ${clause})`}; this household here is: ${category.en}` },
      { steps: [{ zh: `${p.summary.zh}：适用于${who}，本户不在其内`, en: `${p.summary.en}: for ${whoEn}; the household is not among them`, provision: id, clause }], provisions: [id] },
    );
  }
  return result;
}

/** Groups supported as 特困人员 (救助供养), not through dibao: the dibao allowance and its gradual exit are not theirs. */
const SUPPORTED = new Set<Group | 'none'>(['tekun', 'orphan', 'unsupported-child']);
const DIBAO_ONLY = new Set<CalculatorId>(['dibao-benefit', 'gradual-exit']);
/** The national rule that sets tekun support apart from dibao (社会救助暂行办法 第十四条), with its interpretation note. */
const TEKUN_SUPPORT = 'special-hardship.support';
function supported(policy: PolicyRules, r: CalcResult, category: HouseholdCategory): CalcResult {
  const n = _nationalOf(policy).find((x) => x.provisions.some((p) => p.id === TEKUN_SUPPORT));
  const rule = n?.provisions.find((p) => p.id === TEKUN_SUPPORT);
  const id = n && `${n.id}:${TEKUN_SUPPORT}`;
  const where = n && rule ? _citation(policy, n.id, rule).zh : '';
  return refused(
    r,
    { zh: `本户为${category.zh}，按特困人员供养保障${where}（见“特困人员基本生活标准”），不领低保金，也无低保渐退`, en: `The household is ${category.en}: supported as tekun (see the tekun standard), not through dibao` },
    {
      steps: rule && id ? [{ zh: `${rule.summary.zh}：特困人员按特困供养保障`, en: rule.summary.en, provision: id, clause: rule.clause }] : [],
      provisions: id ? [id] : [],
      ...(rule?.interpretation && id ? { interpretations: [{ provision: id, ...rule.interpretation }] } : {}),
    },
  );
}

/** What one policy offers one household. Input must already be valid (see `compareHousehold`). */
export function householdView(policy: PolicyRules, h: Household, asOf: string = today()): HouseholdView {
  const classified = calculateRaw('classify', policy, { dibaoStandard: h.dibaoStandard, perCapitaIncome: h.perCapitaIncome, members: h.members }, { asOf });
  const category = categoryOf(h, classified.ok ? classified.value : undefined);
  const groups = new Set<Group>(category.group === 'none' ? [] : [category.group]);
  if (h.members.some((m) => m.disabled || m.severeDisability)) groups.add('disabled');
  // A dibao class belongs to a dibao household: for any other the class-reserved subsidies do not apply.
  const classed = h.dibaoClass !== undefined && h.dibaoClass !== 'none';
  const dibaoClass = category.group === 'dibao' ? h.dibaoClass : classed ? 'none' : h.dibaoClass;
  if (classed && category.group !== 'dibao' && !category.contradiction)
    category.contradiction = { zh: `您选择了“低保${h.dibaoClass}类”，但本户在本地不属于低保家庭：按非低保家庭计算。`, en: `You chose dibao class ${h.dibaoClass}, but the household is not a dibao household here: computed as not dibao.` };

  const { inputs, skipped } = inputsFor(h, category.group, dibaoClass);
  const measures: Measure[] = [];
  for (const id of ORDER) {
    // The household's category was worked out above: it is not computed again.
    if (id === 'classify') {
      if (classified.ok) measures.push({ calculator: id, result: classified.value });
      continue;
    }
    const raw = inputs[id];
    const r = raw && calculateRaw(id, policy, raw, { asOf });
    if (r?.ok) measures.push({ calculator: id, result: SUPPORTED.has(category.group) && DIBAO_ONLY.has(id) ? supported(policy, r.value, category) : gate(policy, r.value, groups, category) });
    else if (r && !r.ok) skipped.push({ calculator: id, missing: r.errors });
  }

  const cited = new Set(measures.flatMap((m) => m.result.provisions));
  const offers: Partial<Record<Area, Offer[]>> = {};
  for (const p of policy.provisions) {
    if (cited.has(`${policy.id}:${p.id}`)) continue;
    if (p.appliesTo.length > 0 && !p.appliesTo.some((g) => groups.has(g))) continue;
    (offers[p.area] ??= []).push({ provision: `${policy.id}:${p.id}`, clause: p.clause, area: p.area, kind: p.kind, summary: p.summary, value: describeValue(p), quote: p.quote });
  }
  const validity = statusOn(policy, asOf);
  return { policy: policy.id, category, groups: [...groups], measures, skipped: skipped.sort((x, y) => ORDER.indexOf(x.calculator) - ORDER.indexOf(y.calculator)), offers, ...(validity ? { validity } : {}) };
}

/** An answer in one line, to tell places apart: status and figures. */
const answerKey = (r: CalcResult): string => [r.status, r.amount, r.min, r.max, r.categories?.map((c) => c.id).join('+')].join('|');

/** Where the places answer a household differently, and the provisions behind each answer. */
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

/** One household in several places: a view per place and the differences between them. */
export interface HouseholdComparison {
  input: Household;
  views: HouseholdView[];
  differences: Difference[];
}

/**
 * Validate a household (field-level bilingual errors), then answer it for the places given, and
 * only those — their encodings (`await loadPolicies(ids)`, `getPolicy(id)`; `policyList()` for every
 * one), or just their rules (`PolicyRules`) where the encodings are not loaded, as in a browser. The
 * module does not import the encodings itself.
 */
export function compareHousehold(raw: unknown, policies: readonly PolicyRules[], options: { asOf?: string } | null = {}): Parsed<HouseholdComparison> {
  if (!Array.isArray(policies) || policies.some((p) => !p || typeof p !== 'object' || !Array.isArray((p as PolicyRules).provisions)))
    throw new BangfuProgrammerError('compareHousehold: the places must be a list of documents’ encodings, e.g. policyList() or [getPolicy(\'guzhang-2021\')]');
  options ??= {};
  const parsed = parseInput(HouseholdInput, raw);
  if (!parsed.ok) return parsed;
  const badDay = asOfErrors(options.asOf);
  if (badDay.length) return { ok: false, errors: badDay };
  const asOf = options.asOf ?? today();
  const views = policies.map((p) => householdView(p, parsed.value, asOf));
  return { ok: true, value: { input: parsed.value, views, differences: differences(views) } };
}
