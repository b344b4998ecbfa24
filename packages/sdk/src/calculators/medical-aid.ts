import { z } from 'zod';
import { CARE_TYPE_IDS, CARE_TYPES, type CareType, TARGET_GROUP_IDS, TARGET_GROUPS, type PolicyRules, type Provision } from '../schema/index.ts';
import { formatFen, maxOf, minOf, parseMoney, plain, ZERO } from '../money.ts';
import { _Trace, type CalcResult } from './result.ts';
import { enumOf, moneyString } from './input.ts';
import { _clausesOfArea } from './_rules.ts';

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

/** Provisions of a policy that the medical-aid calculator can apply. */
export const medicalAidUses = (policy: PolicyRules): string[] =>
  policy.provisions.filter((p) => p.area === 'medical' && p.care && (p.kind === 'threshold' || p.kind === 'ratio' || p.kind === 'cap')).map((p) => p.id);


const fen = formatFen;

/**
 * Medical aid for one person and one care type over a year:
 *   aid = min((selfPaid − threshold)⁺ × ratio, (cap − aidedThisYear)⁺)
 * The threshold and ratio apply to this year's self-paid cost; the annual cap is reduced by aid
 * already received this year. Rounded to the fen at the end.
 */
export function medicalAid(policy: PolicyRules, input: z.infer<typeof MedicalAidInput>): CalcResult {
  const t = new _Trace(policy);
  const { group, care } = input;
  const selfPaid = parseMoney(input.selfPaid);
  const aided = parseMoney(input.aidedThisYear);
  const groupZh = TARGET_GROUPS[group].zh;
  const careZh = CARE_TYPES[care].zh;

  const ratio = find(policy, 'ratio', group, care);
  const threshold = find(policy, 'threshold', group, care);
  const cap = find(policy, 'cap', group, care);

  if (!ratio) {
    const clauses = _clausesOfArea(policy, 'medical');
    return t.result('medical-aid', 'CNY', {
      status: 'not-specified',
      reason: {
        zh: `本文件未规定${groupZh}${careZh}医疗救助的救助比例${clauses.length ? `；涉及医疗救助的条款：${clauses.join('、')}` : ''}`,
        en: `The document sets no ${CARE_TYPES[care].en} medical-aid ratio for ${TARGET_GROUPS[group].en}${clauses.length ? `; clauses on medical aid: ${clauses.join(', ')}` : ''}`,
      },
      clauses,
    });
  }

  // 1. Threshold.
  let base = selfPaid;
  if (threshold && threshold.amount !== null) {
    const th = parseMoney(threshold.amount);
    base = maxOf(selfPaid.minus(th), ZERO);
    t.step(
      { zh: `扣除起付线 ${plain(th)} 元`, en: `Deduct the threshold of ${plain(th)} 元`, arithmetic: `max(${plain(selfPaid)} − ${plain(th)}, 0) = ${plain(base)}` },
      threshold,
    );
  } else if (threshold) {
    t.step({ zh: '不设起付线', en: 'No threshold', arithmetic: `${plain(selfPaid)}` }, threshold);
  } else {
    t.step({ zh: '本文件未对该情形规定起付线，按全部自负费用计算', en: 'The document sets no threshold here; the whole self-paid cost counts', arithmetic: `${plain(selfPaid)}` });
  }

  // 2. Ratio.
  const r = parseMoney(ratio.ratio);
  const raw = base.times(r);
  const isFloor = ratio.bound === 'min';
  t.step(
    {
      zh: isFloor ? `按不低于 ${plain(r.times(100))}% 的比例救助（下限）` : `按 ${plain(r.times(100))}% 的比例救助`,
      en: isFloor ? `Aid at no less than ${plain(r.times(100))}% (a floor)` : `Aid at ${plain(r.times(100))}%`,
      arithmetic: `${plain(base)} × ${plain(r)} = ${plain(raw)}`,
    },
    ratio,
  );

  // 3. Annual cap, less aid already received this year.
  let amount = raw;
  let remaining: ReturnType<typeof parseMoney> | undefined;
  if (cap && cap.amount !== null) {
    const c = parseMoney(cap.amount);
    remaining = maxOf(c.minus(aided), ZERO);
    amount = minOf(raw, remaining);
    t.step(
      {
        zh: `年度救助限额 ${plain(c)} 元，本年度已获救助 ${plain(aided)} 元，尚余 ${plain(remaining)} 元`,
        en: `Annual cap ${plain(c)} 元, aid already received this year ${plain(aided)} 元, ${plain(remaining)} 元 left`,
        arithmetic: `min(${plain(raw)}, max(${plain(c)} − ${plain(aided)}, 0)) = ${plain(amount)}`,
      },
      cap,
    );
  } else if (cap) {
    t.step({ zh: '不设年度救助限额', en: 'No annual cap' }, cap);
  } else {
    t.step({ zh: '本文件未对该情形规定年度救助限额', en: 'The document sets no annual cap here' });
  }

  t.step({ zh: `结果四舍五入到分：${fen(amount)} 元`, en: `Rounded half-up to the fen: ${fen(amount)} 元` });

  if (isFloor) {
    return t.result('medical-aid', 'CNY', { status: 'range', min: fen(amount) });
  }
  return t.result('medical-aid', 'CNY', { status: 'computed', amount: fen(amount) });
}
