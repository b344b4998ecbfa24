import { z } from 'zod';
import { defineCalculator } from './core.ts';
import { CARE_TYPE_IDS, CARE_TYPES, type CareType, HOSPITAL_LEVEL_IDS, HOSPITAL_LEVELS, TARGET_GROUP_IDS, TARGET_GROUPS, type PolicyRules, type Provision } from '../schema/index.ts';
import { formatFen, maxOf, minOf, Money, parseMoney, plain, ZERO } from '../money.ts';
import { _stepOf as step, _Trace, deepFreeze, type CalcResult, type Step } from './result.ts';
import { enumOf, moneyString } from './input.ts';
import { _clausesOfArea } from './_rules.ts';

/** The medical-aid calculator’s input: the person’s group, the care type, this year’s self-paid cost, aid already received, and where asked whether the illness is a major disease and the hospital level. */
export const MedicalAidInput = z
  .object({
    /** The person's target group. */
    group: enumOf(TARGET_GROUP_IDS, '救助对象类别', 'group'),
    /** Type of care. */
    care: enumOf(CARE_TYPE_IDS, '就医类型', 'care type'),
    /** This year's self-paid cost within the basic-insurance policy range, after all insurance (元). */
    selfPaid: moneyString('政策范围内自负费用', 'self-paid cost'),
    /** Aid of this care type already received this year (元). */
    aidedThisYear: moneyString('本年度已获救助金额', 'aid already received this year').default('0'),
    /** Whether the illness is a major disease on the medical-insurance list (重特大疾病): asked where a rule is limited to them. */
    majorDisease: z.boolean({ error: '是否重特大疾病须为 true 或 false | majorDisease must be true or false' }).optional(),
    /** Level of the designated hospital (医疗机构级别): asked where a rule is limited to some levels. */
    hospitalLevel: enumOf(HOSPITAL_LEVEL_IDS, '就诊医疗机构级别', 'hospitalLevel').optional(),
  })
  .strict();
export type MedicalAidInput = z.input<typeof MedicalAidInput>;

type Kind = 'threshold' | 'ratio' | 'cap';
type Rule<K extends Kind> = Extract<Provision, { kind: K }>;

/** The provision of a kind that governs this group and care type, if the document sets one. */
function find<K extends Kind>(policy: PolicyRules, kind: K, group: string, care: string): Rule<K> | undefined {
  return policy.provisions.find(
    (p): p is Rule<K> => p.area === 'medical' && p.kind === kind && (p.care?.includes(care as CareType) ?? false) && (p.appliesTo as string[]).includes(group),
  );
}

/** Medical-aid rules of this group and care type that limit the aid to some cases (a major disease, some hospital levels). */
const limitsOf = (policy: PolicyRules, group: string, care: string): Provision[] =>
  policy.provisions.filter((p) => p.area === 'medical' && p.limitedTo && (p.care?.includes(care as CareType) ?? false) && (p.appliesTo as string[]).includes(group));

/** Provisions of a policy that the medical-aid calculator can apply. */
export const medicalAidUses = (policy: PolicyRules): string[] =>
  policy.provisions.filter((p) => p.area === 'medical' && p.care && (p.kind === 'threshold' || p.kind === 'ratio' || p.kind === 'cap' || p.limitedTo)).map((p) => p.id);

type Facts = Pick<z.infer<typeof MedicalAidInput>, 'majorDisease' | 'hospitalLevel'>;
/**
 * The limits a case meets, fails or leaves open: a limit the entries fail makes the case not
 * eligible under this rule; one the entries do not say is assumed met, and said so in a step.
 */
function checkLimits(limits: readonly Provision[], facts: Facts): { failed?: { provision: Provision; zh: string; en: string }; assumed: { provision: Provision; zh: string; en: string }[]; met: Provision[] } {
  const assumed: { provision: Provision; zh: string; en: string }[] = [];
  const met: Provision[] = [];
  for (const p of limits) {
    const l = p.limitedTo!;
    if (l.majorDisease) {
      const what = { zh: '医保政策规定的重特大疾病', en: 'a major disease on the medical-insurance list' };
      if (facts.majorDisease === false) return { failed: { provision: p, zh: `本档救助限于${what.zh}（条款 ${p.clause}）`, en: `This tier is limited to ${what.en} (clause ${p.clause})` }, assumed, met };
      if (facts.majorDisease === undefined) assumed.push({ provision: p, zh: `本档救助限于${what.zh}；未填写是否属于，按属于计算`, en: `This tier is limited to ${what.en}; not said whether it is, so computed as if it were` });
      else met.push(p);
    }
    if (l.hospitalLevels) {
      const levels = l.hospitalLevels.map((h) => HOSPITAL_LEVELS[h]);
      const zh = levels.map((h) => h.zh).join('、');
      const en = levels.map((h) => h.en).join(' or ');
      if (facts.hospitalLevel && !l.hospitalLevels.includes(facts.hospitalLevel))
        return { failed: { provision: p, zh: `本档救助限于在${zh}定点医疗机构就医（条款 ${p.clause}）；在${HOSPITAL_LEVELS[facts.hospitalLevel].zh}医疗机构就医的，本文件未规定数额`, en: `This tier is limited to designated hospitals at ${en} (clause ${p.clause}); for ${HOSPITAL_LEVELS[facts.hospitalLevel].en} the document sets no figure` }, assumed, met };
      if (!facts.hospitalLevel) assumed.push({ provision: p, zh: `本档救助限于在${zh}定点医疗机构就医；未填写医疗机构级别，按符合计算`, en: `This tier is limited to designated hospitals at ${en}; hospital level not given, so computed as if it were one` });
      else met.push(p);
    }
  }
  return { assumed, met };
}

/** The answer where a limit of the rule is not met: the document sets no figure for this case. */
function limitNotMet(policy: PolicyRules, failed: { provision: Provision; zh: string; en: string }): CalcResult {
  const t = new _Trace(policy);
  t.step({ zh: failed.zh, en: failed.en }, failed.provision);
  return t.result('medical-aid', 'CNY', { status: 'not-specified', reason: { zh: failed.zh, en: failed.en }, clauses: [failed.provision.clause] });
}


const fen = formatFen;

// The words of each step, written once: the exact path (decimal.js) and the fast path (integer fen)
// fill them with the same plain decimal strings.
const say = {
  threshold: (th: string, selfPaid: string, base: string) => ({ zh: `扣除起付线 ${th} 元`, en: `Deduct the threshold of ${th} 元`, arithmetic: `max(${selfPaid} − ${th}, 0) = ${base}` }),
  noThreshold: (selfPaid: string) => ({ zh: '不设起付线', en: 'No threshold', arithmetic: selfPaid }),
  unsetThreshold: (selfPaid: string) => ({ zh: '本文件未对该情形规定起付线，按全部自负费用计算', en: 'The document sets no threshold here; the whole self-paid cost counts', arithmetic: selfPaid }),
  ratio: (pct: string, isFloor: boolean, base: string, r: string, raw: string) => ({
    zh: isFloor ? `按不低于 ${pct}% 的比例救助（下限）` : `按 ${pct}% 的比例救助`,
    en: isFloor ? `Aid at no less than ${pct}% (a floor)` : `Aid at ${pct}%`,
    arithmetic: `${base} × ${r} = ${raw}`,
  }),
  cap: (c: string, aided: string, remaining: string, raw: string, amount: string) => ({
    zh: `年度救助限额 ${c} 元，本年度已获救助 ${aided} 元，尚余 ${remaining} 元`,
    en: `Annual cap ${c} 元, aid already received this year ${aided} 元, ${remaining} 元 left`,
    arithmetic: `min(${raw}, max(${c} − ${aided}, 0)) = ${amount}`,
  }),
  noCap: { zh: '不设年度救助限额', en: 'No annual cap' },
  unsetCap: { zh: '本文件未对该情形规定年度救助限额', en: 'The document sets no annual cap here' },
  limitMet: (p: Provision) =>
    p.limitedTo?.majorDisease ? { zh: '所患疾病属于医保政策规定的重特大疾病，本档适用', en: 'The illness is a major disease on the medical-insurance list: this tier applies' } : { zh: '就诊医疗机构级别符合本档规定', en: 'The hospital level is one this tier covers' },
  rounded: (amount: string) => ({ zh: `结果四舍五入到分：${amount} 元`, en: `Rounded half-up to the fen: ${amount} 元` }),
};

function notSpecified(policy: PolicyRules, group: z.infer<typeof MedicalAidInput>['group'], care: CareType): CalcResult {
  const clauses = _clausesOfArea(policy, 'medical');
  return new _Trace(policy).result('medical-aid', 'CNY', {
    status: 'not-specified',
    reason: {
      zh: `本文件未规定${TARGET_GROUPS[group].zh}${CARE_TYPES[care].zh}医疗救助的救助比例${clauses.length ? `；涉及医疗救助的条款：${clauses.join('、')}` : ''}`,
      en: `The document sets no ${CARE_TYPES[care].en} medical-aid ratio for ${TARGET_GROUPS[group].en}${clauses.length ? `; clauses on medical aid: ${clauses.join(', ')}` : ''}`,
    },
    clauses,
  });
}

/**
 * Medical aid for one person and one care type over a year, in exact decimals (decimal.js) with the
 * steps trace: the reference reading, and the path the compiled evaluator takes for amounts too large
 * for integer fen in a double.
 *   aid = min((selfPaid − threshold)⁺ × ratio, (cap − aidedThisYear)⁺)
 * The threshold and ratio apply to this year's self-paid cost; the annual cap is reduced by aid
 * already received this year. Rounded to the fen at the end.
 */
export function _medicalAidExact(policy: PolicyRules, input: z.infer<typeof MedicalAidInput>): CalcResult {
  const { group, care } = input;
  const ratio = find(policy, 'ratio', group, care);
  if (!ratio) return notSpecified(policy, group, care);
  const limits = checkLimits(limitsOf(policy, group, care), input);
  if (limits.failed) return limitNotMet(policy, limits.failed);
  const t = new _Trace(policy);
  for (const p of limits.met) t.step({ zh: say.limitMet(p).zh, en: say.limitMet(p).en }, p);
  for (const a of limits.assumed) t.step({ zh: a.zh, en: a.en }, a.provision);
  const selfPaid = parseMoney(input.selfPaid);
  const aided = parseMoney(input.aidedThisYear);
  const threshold = find(policy, 'threshold', group, care);
  const cap = find(policy, 'cap', group, care);

  let base = selfPaid;
  if (threshold && threshold.amount !== null) {
    const th = parseMoney(threshold.amount);
    base = maxOf(selfPaid.minus(th), ZERO);
    t.step(say.threshold(plain(th), plain(selfPaid), plain(base)), threshold);
  } else t.step(threshold ? say.noThreshold(plain(selfPaid)) : say.unsetThreshold(plain(selfPaid)), threshold);

  const r = parseMoney(ratio.ratio);
  const raw = base.times(r);
  const isFloor = ratio.bound === 'min';
  t.step(say.ratio(plain(r.times(100)), isFloor, plain(base), plain(r), plain(raw)), ratio);

  let amount = raw;
  if (cap && cap.amount !== null) {
    const c = parseMoney(cap.amount);
    const remaining = maxOf(c.minus(aided), ZERO);
    amount = minOf(raw, remaining);
    t.step(say.cap(plain(c), plain(aided), plain(remaining), plain(raw), plain(amount)), cap);
  } else t.step(cap ? say.noCap : say.unsetCap, cap);

  t.step(say.rounded(fen(amount)));
  return t.result('medical-aid', 'CNY', isFloor ? { status: 'range', min: fen(amount) } : { status: 'computed', amount: fen(amount) });
}

// ---------------------------------------------------------------------------------------------
// The compiled evaluator: the rules of one policy resolved once per (group, care), their figures
// turned into integers (fen, and the ratio as numerator over a power of ten), so that one household
// costs a few integer operations. Exact: every integer stays below 2^53 (inputs too large for that
// take the decimal path above), and the result is rounded half-up to the fen once, at the end.
// ---------------------------------------------------------------------------------------------

/** Inputs up to this many fen (a hundred billion 元) take the integer path. */
const FAST_MAX_FEN = 10_000_000_000_000;
const CANONICAL = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "24000.5" → 2400050 fen; undefined where the amount is too large for the integer path. */
function toFenInt(s: string): number | undefined {
  const m = CANONICAL.exec(s);
  if (!m) return undefined;
  const f = m[2] === undefined ? 0 : m[2].length === 1 ? Number(m[2]) * 10 : Number(m[2]);
  const v = Number(m[1]) * 100 + f;
  return v <= FAST_MAX_FEN ? v : undefined;
}

/** An integer count of 10^-digits 元 as a plain decimal string without trailing zeros ("14000.35", "4000"). */
function plainUnits(units: number, digits: number): string {
  const s = String(units).padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
const fenString = (f: number): string => `${Math.trunc(f / 100)}.${String(f % 100).padStart(2, '0')}`;

interface Plan {
  ratio: Rule<'ratio'>;
  threshold?: Rule<'threshold'>;
  cap?: Rule<'cap'>;
  /** Threshold in fen, or undefined where there is none to deduct. */
  thFen?: number;
  /** Ratio = num / 10^scale. */
  num: number;
  scale: number;
  capFen?: number;
  isFloor: boolean;
  /** Strings of the rules' own figures, worked out once. */
  thPlain?: string;
  pct: string;
  rPlain: string;
  capPlain?: string;
  /** Global ids of the provisions used, in the order the steps use them, and their notes. */
  provisions: readonly string[];
  interpretations?: CalcResult['interpretations'];
}

/** A (group, care) whose rules are limited to some cases: answered on the decimal path. */
const LIMITED = Symbol('limited');

/** Evaluates medical aid for one policy: rules resolved once; `trace: false` leaves the steps out. */
export type MedicalAidEvaluator = (input: z.infer<typeof MedicalAidInput>, options?: { trace?: boolean }) => CalcResult;

/** The medical-aid evaluator of one policy, its rules resolved once per (group, care) and its arithmetic in integer fen (a decimal fallback for amounts too large for that): the same answers as the exact reading, faster. `medicalAid` and `calculate` use it. */
export function compileMedicalAid(policy: PolicyRules): MedicalAidEvaluator {
  // Each (group, care) is resolved the first time it is asked for, then kept.
  const plans = new Map<string, Plan | CalcResult | typeof LIMITED>();
  const planFor = (group: z.infer<typeof MedicalAidInput>['group'], care: CareType): Plan | CalcResult | typeof LIMITED => {
    const key = `${group}/${care}`;
    const known = plans.get(key);
    if (known) return known;
    const plan = resolve(group, care);
    plans.set(key, plan);
    return plan;
  };
  const resolve = (group: z.infer<typeof MedicalAidInput>['group'], care: CareType): Plan | CalcResult | typeof LIMITED => {
    const ratio = find(policy, 'ratio', group, care);
    if (!ratio) return deepFreeze(notSpecified(policy, group, care));
    // Rules limited to some cases depend on facts of the case: the decimal path answers them.
    if (limitsOf(policy, group, care).length) return LIMITED;
    const threshold = find(policy, 'threshold', group, care);
    const cap = find(policy, 'cap', group, care);
    const r = parseMoney(ratio.ratio);
    const scale = r.decimalPlaces();
    const th = threshold?.amount != null ? parseMoney(threshold.amount) : undefined;
    const c = cap?.amount != null ? parseMoney(cap.amount) : undefined;
    // Who is cited, and how, exactly as the decimal path's trace records it.
    const t = new _Trace(policy);
    if (threshold) t.use(threshold);
    t.use(ratio);
    if (cap) t.use(cap);
    const cited = t.result('medical-aid', 'CNY', { status: 'computed', amount: '0.00' });
    return {
      ratio, threshold, cap,
      thFen: th ? Number(th.times(100).toFixed(0)) : undefined,
      num: Number(r.times(new Money(10).pow(scale)).toFixed(0)),
      scale,
      capFen: c ? Number(c.times(100).toFixed(0)) : undefined,
      isFloor: ratio.bound === 'min',
      thPlain: th ? plain(th) : undefined,
      pct: plain(r.times(100)),
      rPlain: plain(r),
      capPlain: c ? plain(c) : undefined,
      provisions: Object.freeze(cited.provisions),
      ...(cited.interpretations ? { interpretations: deepFreeze(cited.interpretations) } : {}),
    };
  };
  // The decimal path, for what the integer path does not take (limits that depend on the case, amounts too large).
  const exact = (input: z.infer<typeof MedicalAidInput>, trace: boolean): CalcResult => {
    const r = _medicalAidExact(policy, input);
    return trace ? r : { ...r, steps: [] };
  };

  return (input, options = {}) => {
    const trace = options.trace !== false;
    const plan = planFor(input.group, input.care);
    if (plan === LIMITED) return exact(input, trace);
    if (!('ratio' in plan)) return plan as CalcResult;
    const self = toFenInt(input.selfPaid);
    const aided = toFenInt(input.aidedThisYear);
    if (self === undefined || aided === undefined || (plan.capFen ?? 0) > FAST_MAX_FEN || (plan.thFen ?? 0) > FAST_MAX_FEN) return exact(input, trace);
    const S = 10 ** plan.scale;
    const base = plan.thFen !== undefined ? Math.max(self - plan.thFen, 0) : self;
    // raw and the cap in units of 1/(100·S) 元
    const raw = base * plan.num;
    const remaining = plan.capFen !== undefined ? Math.max(plan.capFen - aided, 0) : undefined;
    if (2 * Math.max(raw, (remaining ?? 0) * S) + S > Number.MAX_SAFE_INTEGER) return exact(input, trace);
    const units = remaining !== undefined ? Math.min(raw, remaining * S) : raw;
    // round half-up to the fen: floor(units / S + 1/2), in integers
    const twice = 2 * units + S;
    let amountFen = Math.floor(twice / (2 * S));
    if (amountFen * 2 * S > twice) amountFen--;
    else if ((amountFen + 1) * 2 * S <= twice) amountFen++;
    const amount = fenString(amountFen);
    const tail = { unit: 'CNY', steps: [] as Step[], provisions: plan.provisions as string[], ...(plan.interpretations ? { interpretations: plan.interpretations } : {}) };
    if (trace) {
      const steps = tail.steps;
      const selfPlain = plainUnits(self, 2);
      const cite = (p: Provision) => ({ provision: `${policy.id}:${p.id}`, clause: p.clause });
      if (plan.thFen !== undefined) steps.push(step(say.threshold(plan.thPlain!, selfPlain, plainUnits(base, 2)), cite(plan.threshold!)));
      else steps.push(step(plan.threshold ? say.noThreshold(selfPlain) : say.unsetThreshold(selfPlain), plan.threshold && cite(plan.threshold)));
      steps.push(step(say.ratio(plan.pct, plan.isFloor, plainUnits(base, 2), plan.rPlain, plainUnits(raw, 2 + plan.scale)), cite(plan.ratio)));
      if (remaining !== undefined) steps.push(step(say.cap(plan.capPlain!, plainUnits(aided, 2), plainUnits(remaining, 2), plainUnits(raw, 2 + plan.scale), plainUnits(units, 2 + plan.scale)), cite(plan.cap!)));
      else steps.push(step(plan.cap ? say.noCap : say.unsetCap, plan.cap && cite(plan.cap)));
      steps.push(step(say.rounded(amount)));
    }
    return plan.isFloor
      ? { policy: policy.id, calculator: 'medical-aid', status: 'range', min: amount, ...tail }
      : { policy: policy.id, calculator: 'medical-aid', status: 'computed', amount, ...tail };
  };
}

const compiled = new WeakMap<PolicyRules, MedicalAidEvaluator>();
/** The compiled evaluator of a policy, built on first use and kept while the policy object lives. */
export const medicalAidEvaluator = (policy: PolicyRules): MedicalAidEvaluator => {
  let e = compiled.get(policy);
  if (!e) compiled.set(policy, (e = compileMedicalAid(policy)));
  return e;
};

/**
 * Medical aid for one person and one care type over a year:
 *   aid = min((selfPaid − threshold)⁺ × ratio, (cap − aidedThisYear)⁺)
 * The threshold and ratio apply to this year's self-paid cost; the annual cap is reduced by aid
 * already received this year. Rounded half-up to the fen once, at the end. Input must already be
 * valid (`calculate` validates it). Runs the policy's compiled evaluator.
 */
export function medicalAid(policy: PolicyRules, input: z.infer<typeof MedicalAidInput>, options?: { trace?: boolean }): CalcResult {
  return medicalAidEvaluator(policy)(input, options);
}

/** The medical-aid calculator: schema, calculation, the provisions it applies and the areas it reads. */
export const medicalAidCalculator = /* @__PURE__ */ defineCalculator({ id: 'medical-aid', title: { zh: '医疗救助', en: 'Medical aid' }, input: MedicalAidInput, run: medicalAid, uses: medicalAidUses, areas: ['medical'] });
