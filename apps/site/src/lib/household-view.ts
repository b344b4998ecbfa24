/**
 * "One household, five places" as an element tree (see vnode.ts): a jump list to the places, a
 * summary table (a row per calculator, a column per place; for a wide screen), "why do they
 * differ" naming the provisions behind each different answer, and one card per place — its
 * answers a line each, then (folded) every answer with its steps and the other provisions that
 * concern the household. Built at build time and recomputed in the browser alike; each place's
 * parts carry `data-policy`, so the place picker (scripts/household.ts) can show one place only.
 */
import type { CalculatorId } from '@bangfu/sdk/calculators';
import type { HouseholdComparison } from '@bangfu/sdk/household';
import { AREAS, type Area, type PolicyRules } from '@bangfu/sdk/schemas';
import { figureZh, nextStepsNode, resultView, statusZh, validityNode, type CiteContext } from './result-view.ts';
import { clauseLabel } from './clause-label.ts';
import { h, type VNode } from './vnode.ts';
import { clauseUrl, globalProvisionUrl } from './urls.ts';

/** Calculator titles, passed in so this module does not import the calculators' table. */
export type Titles = Record<CalculatorId, string>;
export type Names = Record<string, string>;

/** Each provision's Chinese summary by global id: the link texts of "why do they differ". */
export const provisionSummaries = (policies: readonly Pick<PolicyRules, 'id' | 'provisions' | 'national'>[]): Record<string, string> =>
  Object.fromEntries([...policies, ...policies.flatMap((p) => p.national ?? [])].flatMap((p) => p.provisions.map((v) => [`${p.id}:${v.id}`, v.summary.zh])));

const localId = (g: string) => g.slice(g.indexOf(':') + 1);
const provisionLink = (g: string, summaries: Record<string, string>) => h('a', { href: globalProvisionUrl(g) }, summaries[g] ?? localId(g));

/** `inForce`: each document's validity data, for a page built ahead of time (statuses are then worked out on the reader's clock). */
export function householdNode(c: HouseholdComparison, names: Names, titles: Titles, summaries: Record<string, string>, inForce?: Record<string, unknown>, cite: CiteContext = { rules: {}, names, labels: {}, apply: {} }): VNode {
  // The classify row is the category by income alone; the place's category (above it) may be an entered one.
  const rowTitle = (calc: CalculatorId) => (calc === 'classify' ? '按收入判断的类别' : titles[calc]);
  // Every calculator has a row, computed or not: a row left out would be an answer lost without a word.
  const calcs = [...new Set(c.views.flatMap((v) => [...v.measures.map((m) => m.calculator), ...v.skipped.map((s) => s.calculator)]))];
  const missingZh = (v: HouseholdComparison['views'][number], calc: CalculatorId) => {
    const s = v.skipped.find((x) => x.calculator === calc);
    // A field's name, without the message around it ("缺少困难持续时间（月）：本文件按月数…" → 困难持续时间（月）).
    const name = (zh: string) => zh.split('：')[0]!.replace(/^缺少(必填字段\s*)?/u, '');
    return s ? `未计算：需填写${s.missing.map((m) => `“${name(m.zh)}”`).join('、')}` : undefined;
  };
  // One figure per calculator for a place: its table cell and its card say the same.
  const figureOf = (v: HouseholdComparison['views'][number], calc: CalculatorId) => {
    const r = v.measures.find((m) => m.calculator === calc)?.result;
    return { status: r?.status ?? 'missing', text: r ? figureZh(r) || statusZh(r) : (missingZh(v, calc) ?? '—') };
  };
  // The table of every place side by side, for a wide screen (on a phone the cards below say it place by place).
  // Its heading stands outside the scrolled region, so that it is never scrolled out of view.
  const summary = h(
    'div',
    { class: 'hh-summary-box' },
    h('h2', { id: 'hh-summary-h', class: 'hh-summary-h' }, `${c.views.length}地对照：本户可得的待遇`),
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'hh-summary-h' },
      h(
        'table',
        { class: 'hh-summary', 'aria-labelledby': 'hh-summary-h' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '项目'), c.views.map((v) => h('th', { scope: 'col', 'data-policy': v.policy, 'data-validity': v.validity?.status }, names[v.policy] ?? v.policy, v.validity && (v.validity.status === 'lapsed' || v.validity.status === 'not-yet') ? h('span', { class: 'small validity-label' }, v.validity.status === 'lapsed' ? '已失效（按其所载有效期）' : '尚未施行') : null)))),
        h(
          'tbody',
          {},
          // The household's one category in each place comes first: every other row follows from it.
          h(
            'tr',
            { 'data-row': 'category' },
            h('th', { scope: 'row' }, '本地认定的类别'),
            c.views.map((v) => h('td', { 'data-policy': v.policy, 'data-category': v.category.group }, v.category.zh, v.category.contradiction ? h('span', { class: 'contradiction-mark', title: v.category.contradiction.zh }, '（与所填情况不符，见下）') : null)),
          ),
          calcs.map((calc) =>
            h(
              'tr',
              { 'data-calculator': calc },
              h('th', { scope: 'row' }, rowTitle(calc)),
              c.views.map((v) => {
                const f = figureOf(v, calc);
                return h('td', { 'data-policy': v.policy, 'data-status': f.status }, f.text);
              }),
            ),
          ),
        ),
      ),
    ),
  );

  // A jump list to each place's card (works without the script; the place picker narrows it).
  const jump = h(
    'nav',
    { class: 'hh-jump', id: 'hh-jump', 'aria-label': '跳到各地的结果' },
    h('ul', {}, c.views.map((v) => h('li', { 'data-policy': v.policy }, h('a', { href: `#place-${v.policy}` }, names[v.policy] ?? v.policy)))),
  );

  const why = h(
    'section',
    { 'aria-labelledby': 'hh-why-h', id: 'why' },
    h('h2', { id: 'hh-why-h' }, '为什么不同'),
    c.views.length < 2
      ? h('p', {}, '只选了一个地方：在上面“显示哪些地方”中添加其他地方，即可对照。')
      : c.differences.length === 0
      ? h('p', {}, `${c.views.length}地对本户的计算结果相同。`)
      : h('p', { class: 'hh-why-line' }, `各地结果不同的有 ${c.differences.length} 项：${c.differences.map((d) => titles[d.calculator]).join('、')}。`),
    c.differences.length === 0
      ? null
      : h('details', { class: 'hh-why-more' }, h('summary', {}, '逐项看造成差异的规定'), c.differences.map((d) =>
          h(
            'div',
            { class: 'why-item', 'data-calculator': d.calculator },
            h('h3', {}, titles[d.calculator]),
            h(
              'ul',
              {},
              d.answers.map((a) =>
                h(
                  'li',
                  {},
                  h('strong', {}, a.policies.map((p) => names[p] ?? p).join('、')),
                  '：',
                  figureZh(a.result) || statusZh(a.result),
                  h('br'),
                  a.policies.map((p) => {
                    const used = a.provisions[p] ?? [];
                    return h('span', { class: 'small' }, `${names[p] ?? p} 依据：`, used.length ? used.flatMap((g, i) => [i ? '；' : '', provisionLink(g, summaries)]) : '文件本身无此项规定（仅国家通行规则）', h('br'));
                  }),
                ),
              ),
            ),
          ),
        )),
  );

  // One card per place: what the household gets there (a line per calculator), then — one tap away — the steps
  // with their citations, and the document's other provisions that concern the household.
  const places = c.views.map((v) =>
    h(
      'section',
      { class: 'hh-place', id: `place-${v.policy}`, 'data-policy': v.policy, 'aria-labelledby': `place-${v.policy}-h` },
      h('h2', { id: `place-${v.policy}-h` }, names[v.policy] ?? v.policy),
      validityNode(v.validity, inForce?.[v.policy]),
      h(
        'p',
        { class: 'hh-category', 'data-category': v.category.group },
        '本地认定的类别：',
        h('strong', {}, v.category.zh),
        v.category.basis === 'entered' ? '（按您选择的类别）' : '（按所填收入）',
        v.category.provision ? [' · 依据 ', provisionLink(v.category.provision, summaries)] : null,
      ),
      v.category.contradiction
        ? h('p', { class: 'note contradiction', role: 'note' }, v.category.contradiction.zh, v.category.contradiction.provision ? [' ', provisionLink(v.category.contradiction.provision, summaries)] : null)
        : null,
      h(
        'dl',
        { class: 'hh-figures' },
        calcs.map((calc) => {
          const f = figureOf(v, calc);
          return h('div', { 'data-calculator': calc, 'data-status': f.status }, h('dt', {}, rowTitle(calc)), h('dd', {}, f.text));
        }),
      ),
      // What to do next, once per place and in view: how to apply there, and who is responsible for the rules applied.
      nextStepsNode(v.policy, [...new Set(v.measures.flatMap((m) => m.result.provisions))], cite, 'h3'),
      h(
        'details',
        { class: 'hh-steps' },
        h('summary', {}, `计算步骤与依据（${v.measures.length} 项）`),
        // The document's status is said once, above, for the place; not again on every card.
        h('div', { class: 'results-grid' }, v.measures.map((m) => resultView({ ...m.result, validity: undefined }, rowTitle(m.calculator), cite))),
        v.skipped.length
          ? h('ul', { class: 'hh-skipped' }, v.skipped.map((s) => h('li', { 'data-calculator': s.calculator }, h('strong', {}, titles[s.calculator]), '：未计算，需要填写 ', s.missing.map((m) => m.zh).join('；'))))
          : null,
      ),
      h(
        'details',
        { class: 'hh-other' },
        h('summary', {}, `文件中涉及本户的其他规定（${Object.values(v.offers).reduce((n, o) => n + (o?.length ?? 0), 0)} 条）`),
        (Object.keys(v.offers) as Area[]).map((area) => {
          const offers = v.offers[area]!;
          return h(
            'details',
            { class: 'hh-offers' },
            h('summary', {}, `${AREAS[area].zh}（${offers.length} 条）`),
            h(
              'ul',
              {},
              offers.map((o) => h('li', { 'data-kind': o.kind }, h('a', { href: globalProvisionUrl(o.provision) }, o.summary.zh), o.kind === 'commitment' ? '（承诺，未规定数值）' : `：${o.value.zh}`, ' ', h('a', { href: clauseUrl(v.policy, o.clause), class: 'small' }, cite.labels[`${v.policy}:${o.clause}`] ?? clauseLabel(o.clause)))),
            ),
          );
        }),
      ),
      h('p', { class: 'hh-back small' }, h('a', { href: '#hh-jump' }, '回到各地列表')),
    ),
  );

  return h('div', { id: 'hh-output' }, jump, summary, why, h('div', { class: 'hh-places' }, places));
}
