/**
 * A calculator result as an element tree: status in words, the figure, the reason, each step with
 * the rule it applies cited in words (the document's clause number and the rule's summary; the id
 * only in the link and a data attribute), the interpretation notes, and what to do next: how to
 * apply, from the document's own procedure clauses, and who is responsible. Used at build time and
 * in the browser (see vnode.ts), by every calculator page and the household view.
 */
import type { CalcResult } from '@bangfu/sdk/calculators';
import { figureText } from '@bangfu/sdk/format';
import { h, type VNode } from './vnode.ts';
import type { PolicyRules } from '@bangfu/sdk/schemas';
import { clauseUrl, globalProvisionUrl } from './urls.ts';
import { clauseLabel } from './clause-label.ts';

export const STATUS_ZH: Record<CalcResult['status'], string> = {
  computed: '已算出',
  range: '区间或下限、上限',
  'not-eligible': '不符合条件',
  'not-specified': '文件未规定数额',
};

/** A result's status in the document's own terms: 区间 when both ends are set, 不低于 a floor, 不超过 a ceiling. */
export function statusZh(r: Pick<CalcResult, 'status' | 'min' | 'max'>): string {
  if (r.status !== 'range') return STATUS_ZH[r.status];
  if (r.min !== undefined && r.max !== undefined) return '区间（文件规定了上下限）';
  if (r.min !== undefined) return '下限（文件规定“不低于”）';
  return '上限（文件规定“不超过”）';
}

/** The figure of a result in words (the SDK's, shared with the CLI): `14000.00 元`, `不低于 16800.00 元`, `区间 2000.00 至 4000.00 元/户`, `不超过 6 个月`. */
export const figureZh = (r: Pick<CalcResult, 'status' | 'amount' | 'min' | 'max' | 'unit' | 'categories'>): string => figureText(r);

const policyOf = (g: string) => g.slice(0, g.indexOf(':'));
/** A note with no Chinese version is marked as English, for screen readers (and kept out of the plain-Chinese check). */
const text = (t: string) => (/[\u3400-\u9fff]/.test(t) ? t : h('span', { lang: 'en' }, t));

/** A rule a result cites, in words: its Chinese summary, its clause, and who is responsible for it (lead first). */
export interface CitedRule {
  zh: string;
  clause: string;
  departments?: readonly string[];
  lead?: string;
}
/** One step of "how to apply", from the document's own procedure clauses. */
export interface ApplyStep {
  /** Global id of the provision (or, for the national fallback, none). */
  provision?: string;
  policy: string;
  clause: string;
  zh: string;
}
/**
 * What a result needs to cite its rules in words rather than ids: looked up in the rules the page
 * carries (#calc-rules, /household/rules.json), plus the few clause labels the id alone does not
 * give and each document's procedure (built ahead of time: see lib/next-steps.ts).
 */
export interface CiteContext {
  rules: Record<string, CitedRule>;
  /** Short names by policy id, national documents included (`古丈县`, `社会救助暂行办法`). */
  names: Record<string, string>;
  /** `policy:clause` → label, where the heading carries the number (第一类, 第十二条). */
  labels: Record<string, string>;
  /** How to apply, per policy; an empty list where the document writes no procedure. */
  apply: Record<string, ApplyStep[]>;
  /** What the national rules say of applying, shown where a document writes no procedure of its own. */
  fallback?: ApplyStep;
  /** Policy ids that are national rules (their names print in 《》). */
  national?: string[];
}

type Rules = Pick<PolicyRules, 'id' | 'provisions' | 'national'> & { name?: string };
/** The citation context of the rules a page carries: each provision's summary, clause and departments, and the national documents' clause labels. */
export function citeContext(policies: readonly Rules[], extra: Pick<CiteContext, 'labels' | 'apply' | 'fallback'> & { names?: Record<string, string> }): CiteContext {
  const rules: Record<string, CitedRule> = {};
  const names: Record<string, string> = { ...extra.names };
  const labels: Record<string, string> = { ...extra.labels };
  const national = new Set<string>();
  const add = (id: string, provisions: PolicyRules['provisions']) => {
    for (const v of provisions) rules[`${id}:${v.id}`] = { zh: v.summary.zh, clause: v.clause, ...(v.departments?.length ? { departments: v.departments } : {}), ...(v.leadDepartment ? { lead: v.leadDepartment } : {}) };
  };
  for (const p of policies) {
    add(p.id, p.provisions);
    if (p.name) names[p.id] ??= p.name;
    for (const n of p.national ?? []) {
      add(n.id, n.provisions);
      national.add(n.id);
      names[n.id] ??= n.shortName.zh;
      for (const c of n.clauses) labels[`${n.id}:${c.id}`] ??= clauseLabel(c.id, c.heading);
    }
  }
  return { rules, names, labels, apply: extra.apply, ...(extra.fallback ? { fallback: extra.fallback } : {}), national: [...national] };
}

const EMPTY: CiteContext = { rules: {}, names: {}, labels: {}, apply: {} };
const docName = (policy: string, ctx: CiteContext) => {
  const n = ctx.names[policy] ?? '本文件';
  return ctx.national?.includes(policy) ? `《${n}》` : n;
};
/** `古丈县 四、（三）`: the clause as the document numbers it, linked to it. */
const clauseLink = (policy: string, clause: string, ctx: CiteContext, withName = true) =>
  h('a', { href: clauseUrl(policy, clause), class: 'clause-ref', 'data-clause': clause }, `${withName ? `${docName(policy, ctx)} ` : ''}${ctx.labels[`${policy}:${clause}`] ?? clauseLabel(clause)}`);
/** A rule by its summary, linked to its page; the id only in the link and a data attribute. */
const ruleLink = (g: string, ctx: CiteContext) => h('a', { href: globalProvisionUrl(g), 'data-provision': g }, ctx.rules[g]?.zh ?? '这条规定');

/** The arithmetic in words a reader knows: min/max as 较小值/较大值, full-width brackets and commas. */
export const arithmeticZh = (s: string): string =>
  s.replace(/\bmin\(/g, '较小值(').replace(/\bmax\(/g, '较大值(').replace(/\(/g, '（').replace(/\)/g, '）').replace(/,\s*/g, '，');

/** The departments responsible for the rules a result applied (责任单位 as printed), lead departments first. */
export function departmentsOf(provisions: readonly string[], ctx: CiteContext): { lead: string[]; others: string[] } {
  const lead = new Set<string>();
  const all = new Set<string>();
  for (const g of provisions) {
    const r = ctx.rules[g];
    if (r?.lead) lead.add(r.lead);
    for (const d of r?.departments ?? []) all.add(d);
  }
  return { lead: [...lead], others: [...all].filter((d) => !lead.has(d)) };
}

/** "下一步": how to apply, from the document's own procedure clauses (cited), and who is responsible for the rules applied. */
export function nextStepsNode(policy: string, provisions: readonly string[], ctx: CiteContext, level: 'h3' | 'h4' = 'h4'): VNode {
  const steps = ctx.apply[policy] ?? [];
  const local = provisions.filter((g) => policyOf(g) === policy);
  const { lead, others } = departmentsOf(local, ctx);
  return h(
    'section',
    { class: 'next-steps', 'data-policy': policy },
    h(level, {}, '下一步：怎样申请'),
    steps.length
      ? h('ol', {}, steps.map((s) => h('li', {}, s.provision ? h('a', { href: globalProvisionUrl(s.provision), 'data-provision': s.provision }, s.zh) : s.zh, '（', clauseLink(s.policy, s.clause, ctx, s.policy !== policy), '）')))
      : h(
          'p',
          {},
          `${docName(policy, ctx)}的文件没有写明申请程序。`,
          ctx.fallback ? ['国家规定：', ctx.fallback.zh, '（', clauseLink(ctx.fallback.policy, ctx.fallback.clause, ctx), '）。'] : null,
        ),
    h(
      'p',
      { class: 'departments' },
      lead.length || others.length
        ? ['负责的单位（所依据规定的责任单位）：', [...lead.map((d) => `${d}（牵头）`), ...others].join('、'), '。']
        : '所依据的规定没有列明责任单位。',
    ),
  );
}

/** A document's in-force status on a result or a place: the words the SDK gives (computed for today in the browser), or, in a page built ahead of time, a slot that scripts/validity.ts fills on the reader's clock. */
export function validityNode(validity: CalcResult['validity'], inForce?: unknown): VNode | null {
  if (validity)
    return h(
      'p',
      { class: `result-validity${validity.warning ? ' validity-warning' : ''}`, 'data-validity': validity.status },
      validity.warning ? validity.warning.zh : validity.reason.zh,
    );
  if (inForce) return h('p', { class: 'result-validity', 'data-in-force': JSON.stringify(inForce) }, h('span', { class: 'validity-status', 'data-validity-status': '' }, '有效期按今天核对'));
  return null;
}

export interface ResultOptions {
  /** The document's validity data, for a page built ahead of time (its status is then worked out on the reader's clock). */
  inForce?: unknown;
  /** End the card with "下一步" (a calculator's card; the household view says it once per place). */
  next?: boolean;
}

export function resultView(r: CalcResult, heading: string, ctx: CiteContext = EMPTY, options: ResultOptions = {}): VNode {
  const figure = figureZh(r);
  return h(
    'article',
    { class: `result status-${r.status}`, 'data-policy': r.policy, 'data-status': r.status, 'data-amount': r.amount, 'data-min': r.min, 'data-max': r.max },
    h('h3', {}, heading),
    validityNode(r.validity, options.inForce),
    h('p', { class: 'result-status' }, statusZh(r)),
    figure ? h('p', { class: 'result-amount' }, figure) : null,
    r.reason
      ? h('p', { class: 'result-reason' }, r.reason.zh, r.clauses?.length ? [h('br'), '相关条款：', ...r.clauses.flatMap((c, i) => [i ? '、' : '', clauseLink(r.policy, c, ctx, false)])] : null)
      : null,
    r.steps.length
      ? h(
          'details',
          { class: 'result-steps', open: r.steps.length <= 4 ? '' : undefined },
          h('summary', {}, `计算步骤（${r.steps.length}）`),
          h(
            'ol',
            { class: 'steps' },
            r.steps.map((s) =>
              h(
                'li',
                {},
                h('span', {}, s.zh),
                s.arithmetic ? h('span', { class: 'arith' }, arithmeticZh(s.arithmetic)) : null,
                s.provision
                  ? h('span', { class: 'links' }, '依据：', clauseLink(policyOf(s.provision), s.clause ?? ctx.rules[s.provision]?.clause ?? '', ctx), ' ', ruleLink(s.provision, ctx))
                  : h('span', { class: 'links' }, '依据：国家规定（非本文件）'),
              ),
            ),
          ),
        )
      : null,
    r.interpretations?.length
      ? h(
          'div',
          { class: 'note' },
          h('p', {}, h('strong', {}, '解读说明')),
          r.interpretations.map((n) =>
            h(
              'p',
              {},
              ruleLink(n.provision, ctx),
              '：',
              h('br'),
              h('strong', {}, '本处采用的读法：'),
              text(n.zh?.encoded ?? n.encoded),
              n.alternative ? [h('br'), h('strong', {}, '另一种读法：'), text(n.zh?.alternative ?? n.alternative)] : null,
            ),
          ),
        )
      : null,
    options.next ? nextStepsNode(r.policy, r.provisions, ctx) : null,
  );
}
