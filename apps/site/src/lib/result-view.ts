/**
 * A calculator result as an element tree: status in words, the figure, the reason, each step with
 * the rule it applies cited in words (the document's clause number and the rule's summary; the id
 * only in the link and a data attribute), the interpretation notes, and what to do next: how to
 * apply, from the document's own procedure clauses, and who is responsible. Used at build time and
 * in the browser (see vnode.ts), by every calculator page and the household view.
 */
import type { CalcResult } from '@bangfu/sdk/calculators';
import { unitText } from '@bangfu/sdk/format';
import { fill, statusOf, type ViewText } from './view-text.ts';

export { statusOf };
import { h, type Children, type VNode } from './vnode.ts';
import type { PolicyRules } from '@bangfu/sdk/schemas';
import { clauseUrl, globalProvisionUrl } from './urls.ts';
import { clauseLabel } from './clause-label.ts';

type Figured = Pick<CalcResult, 'status' | 'amount' | 'min' | 'max' | 'unit' | 'categories'>;
/** The figure in the edition's language, in the words of the SDK's figureText (test/english.test.ts checks they agree): `14000.00 CNY`, `at least …`. */
export function figureOf(r: Figured, t: ViewText): string {
  if (r.categories?.length) return r.categories.map((c) => c[t.lang]).join(t.sep.semi);
  const v = (x: string) => `${x} ${unitText(r.unit)?.[t.lang] ?? r.unit}`;
  if (r.status === 'computed' && r.amount !== undefined) return v(r.amount);
  if (r.status !== 'range') return '';
  const [key, x] = r.min === undefined ? (['max', r.max] as const) : r.max === undefined ? (['min', r.min] as const) : (['both', r.max] as const);
  return x === undefined ? '' : fill(t.fig[key], { min: r.min ?? '', v: v(x) });
}

const policyOf = (g: string) => g.slice(0, g.indexOf(':'));
const HAN_RUN = /([\u3400-\u9fff\u3000-\u303f\uff00-\uffef《》]+)/;
/** A text of the edition's language that may hold words of the other: on an English page each run of Chinese (a unit, a quoted term) is marked lang="zh". */
export function say(s: string, t: Pick<ViewText, 'lang'>): Children {
  if (t.lang === 'zh' || !HAN_RUN.test(s)) return s;
  return s.split(HAN_RUN).map((x, i) => (i % 2 ? h('span', { lang: 'zh' }, x) : x));
}
/** An interpretation note: on a Chinese page one with no Chinese version is marked as English (for screen readers; kept out of the plain-Chinese check). */
const noteText = (s: string, t: Pick<ViewText, 'lang'>): Children => (t.lang === 'zh' && !/[\u3400-\u9fff]/.test(s) ? h('span', { lang: 'en' }, s) : say(s, t));
/** The documents' own words (a department, a clause label, a quote): as they are on a Chinese page, marked lang="zh" on an English one. */
const zhWords = (s: string, t: Pick<ViewText, 'lang'>) => (t.lang === 'zh' ? s : h('span', { lang: 'zh' }, s));

/** A rule a result cites, in words: its summaries, its clause, and who is responsible for it (lead first). */
export interface CitedRule {
  zh: string;
  en: string;
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
  /** The provision's summary (for the national fallback, its words, quoted). */
  zh: string;
  /** The provision's English summary (none for the national fallback: its words are shown in Chinese). */
  en?: string;
}
/**
 * What a result needs to cite its rules in words rather than ids: looked up in the rules the page
 * carries (#calc-rules, /household/rules.json), plus the few clause labels the id alone does not
 * give and each document's procedure (built ahead of time: see lib/next-steps.ts), and the words
 * of the edition (lib/view-text.ts).
 */
export interface CiteContext {
  rules: Record<string, CitedRule>;
  /** Short names by policy id, national documents included (`古丈县`, `社会救助暂行办法`). */
  names: Record<string, string>;
  /** The same in English (`Guzhang County`). */
  namesEn?: Record<string, string>;
  /** `policy:clause` → label, where the heading carries the number (第一类, 第十二条). */
  labels: Record<string, string>;
  /** How to apply, per policy; an empty list where the document writes no procedure. */
  apply: Record<string, ApplyStep[]>;
  /** What the national rules say of applying, shown where a document writes no procedure of its own. */
  fallback?: ApplyStep;
  /** Policy ids that are national rules (their names print in 《》). */
  national?: string[];
  /** The edition's words. */
  t: ViewText;
}

type Rules = Pick<PolicyRules, 'id' | 'provisions' | 'national'> & { name?: string };
/** The citation context of the rules a page carries: each provision's summary, clause and departments, and the national documents' clause labels. */
export function citeContext(policies: readonly Rules[], extra: Pick<CiteContext, 'labels' | 'apply' | 'fallback' | 'namesEn'> & { names?: Record<string, string> }, t: ViewText): CiteContext {
  const rules: Record<string, CitedRule> = {};
  const names: Record<string, string> = { ...extra.names };
  const namesEn: Record<string, string> = { ...extra.namesEn };
  const labels: Record<string, string> = { ...extra.labels };
  const national = new Set<string>();
  const add = (id: string, provisions: PolicyRules['provisions']) => {
    for (const v of provisions) rules[`${id}:${v.id}`] = { zh: v.summary.zh, en: v.summary.en, clause: v.clause, ...(v.departments?.length ? { departments: v.departments } : {}), ...(v.leadDepartment ? { lead: v.leadDepartment } : {}) };
  };
  for (const p of policies) {
    add(p.id, p.provisions);
    if (p.name) names[p.id] ??= p.name;
    for (const n of p.national ?? []) {
      add(n.id, n.provisions);
      national.add(n.id);
      names[n.id] ??= n.shortName.zh;
      namesEn[n.id] ??= n.shortName.en;
      for (const c of n.clauses) labels[`${n.id}:${c.id}`] ??= clauseLabel(c.id, c.heading);
    }
  }
  return { rules, names, namesEn, labels, apply: extra.apply, ...(extra.fallback ? { fallback: extra.fallback } : {}), national: [...national], t };
}

/** A document's short name in the edition's language. */
export const nameOf = (policy: string, ctx: Pick<CiteContext, 'names' | 'namesEn' | 't'>): string | undefined => (ctx.t.lang === 'en' ? ctx.namesEn?.[policy] : ctx.names[policy]);
const docName = (policy: string, ctx: CiteContext) => {
  const n = nameOf(policy, ctx) ?? ctx.t.thisDoc;
  return ctx.national?.includes(policy) ? fill(ctx.t.national, { n }) : n;
};
/** A rule's summary in the edition's language. */
export const ruleText = (g: string, ctx: CiteContext): string | undefined => ctx.rules[g]?.[ctx.t.lang];
/** `古丈县 四、（三）`: the clause as the document numbers it (in Chinese, lang="zh" on an English page), linked to it. */
const clauseLink = (policy: string, clause: string, ctx: CiteContext, withName = true) =>
  h('a', { href: `${ctx.t.prefix}${clauseUrl(policy, clause)}`, class: 'clause-ref', 'data-clause': clause }, withName ? `${docName(policy, ctx)} ` : '', zhWords(ctx.labels[`${policy}:${clause}`] ?? clauseLabel(clause), ctx.t));
/** A rule by its summary, linked to its page; the id only in the link and a data attribute. */
const ruleLink = (g: string, ctx: CiteContext) => h('a', { href: `${ctx.t.prefix}${globalProvisionUrl(g)}`, 'data-provision': g }, say(ruleText(g, ctx) ?? ctx.t.thisRule, ctx.t));

/** The arithmetic in words a reader knows: min/max as 较小值/较大值, full-width brackets and commas. */
export const arithmeticZh = (s: string): string =>
  s.replace(/\bmin\(/g, '较小值(').replace(/\bmax\(/g, '较大值(').replace(/\(/g, '（').replace(/\)/g, '）').replace(/,\s*/g, '，');

/** The departments responsible for the rules a result applied (责任单位 as printed), lead departments first. */
export function departmentsOf(provisions: readonly string[], ctx: Pick<CiteContext, 'rules'>): { lead: string[]; others: string[] } {
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
  const { t } = ctx;
  const steps = ctx.apply[policy] ?? [];
  const local = provisions.filter((g) => policyOf(g) === policy);
  const { lead, others } = departmentsOf(local, ctx);
  const [open, close] = t.paren;
  const fb = ctx.fallback;
  return h(
    'section',
    { class: 'next-steps', 'data-policy': policy },
    h(level, {}, t.next),
    steps.length
      ? h('ol', {}, steps.map((s) => {
          const words = say(s[t.lang] ?? s.zh, t);
          return h('li', {}, s.provision ? h('a', { href: `${t.prefix}${globalProvisionUrl(s.provision)}`, 'data-provision': s.provision }, words) : words, open, clauseLink(s.policy, s.clause, ctx, s.policy !== policy), close);
        }))
      : h('p', {}, fill(t.noProcedure, { name: docName(policy, ctx) }), fb ? [t.nationalSays, zhWords(fb.zh, t), open, clauseLink(fb.policy, fb.clause, ctx), close, t.stop] : null),
    h(
      'p',
      { class: 'departments' },
      lead.length || others.length ? [t.departments, ...[...lead.map((d) => [zhWords(d, t), t.lead]), ...others.map((d) => zhWords(d, t))].flatMap((d, i) => [i ? t.sep.list : '', d]), t.stop] : t.noDepartments,
    ),
  );
}

/** A document's in-force status on a result or a place: the words the SDK gives (computed for today in the browser), or, in a page built ahead of time, a slot that scripts/validity.ts fills on the reader's clock. */
export function validityNode(validity: CalcResult['validity'], t: ViewText, inForce?: unknown): VNode | null {
  if (validity)
    return h(
      'p',
      { class: `result-validity${validity.warning ? ' validity-warning' : ''}`, 'data-validity': validity.status },
      say(validity.warning ? validity.warning[t.lang] : validity.reason[t.lang], t),
    );
  if (inForce) return h('p', { class: 'result-validity', 'data-in-force': JSON.stringify(inForce) }, h('span', { class: 'validity-status', 'data-validity-status': '' }, t.checkToday));
  return null;
}

export interface ResultOptions {
  /** The document's validity data, for a page built ahead of time (its status is then worked out on the reader's clock). */
  inForce?: unknown;
  /** End the card with "下一步" (a calculator's card; the household view says it once per place). */
  next?: boolean;
}

export function resultView(r: CalcResult, heading: string, ctx: CiteContext, options: ResultOptions = {}): VNode {
  const { t } = ctx;
  const en = t.lang === 'en';
  const figure = figureOf(r, t);
  return h(
    'article',
    { class: `result status-${r.status}`, 'data-policy': r.policy, 'data-status': r.status, 'data-amount': r.amount, 'data-min': r.min, 'data-max': r.max },
    h('h3', {}, heading),
    validityNode(r.validity, t, options.inForce),
    h('p', { class: 'result-status' }, statusOf(r, t)),
    figure ? h('p', { class: 'result-amount' }, say(figure, t)) : null,
    r.reason
      ? h('p', { class: 'result-reason' }, say(r.reason[t.lang], t), r.clauses?.length ? [h('br'), t.clauses, ...r.clauses.flatMap((c, i) => [i ? t.sep.list : '', clauseLink(r.policy, c, ctx, false)])] : null)
      : null,
    r.steps.length
      ? h(
          'details',
          { class: 'result-steps', open: r.steps.length <= 4 ? '' : undefined },
          h('summary', {}, fill(t.steps, { n: r.steps.length })),
          h(
            'ol',
            { class: 'steps' },
            r.steps.map((s) =>
              h(
                'li',
                {},
                h('span', {}, say(s[t.lang], t)),
                s.arithmetic ? h('span', { class: 'arith' }, en ? say(s.arithmetic, t) : arithmeticZh(s.arithmetic)) : null,
                s.provision
                  ? h('span', { class: 'links' }, t.basis, clauseLink(policyOf(s.provision), s.clause ?? ctx.rules[s.provision]?.clause ?? '', ctx), ' ', ruleLink(s.provision, ctx))
                  : h('span', { class: 'links' }, t.basisNational),
              ),
            ),
          ),
        )
      : null,
    r.interpretations?.length
      ? h(
          'div',
          { class: 'note' },
          h('p', {}, h('strong', {}, t.interp)),
          r.interpretations.map((n) => {
            const note = en ? n : (n.zh ?? n);
            return h(
              'p',
              {},
              ruleLink(n.provision, ctx),
              t.sep.colon,
              h('br'),
              h('strong', {}, t.readEncoded),
              noteText(note.encoded, t),
              (note.alternative ?? n.alternative) ? [h('br'), h('strong', {}, t.readOther), noteText(note.alternative ?? n.alternative!, t)] : null,
            );
          }),
        )
      : null,
    options.next ? nextStepsNode(r.policy, r.provisions, ctx) : null,
  );
}
