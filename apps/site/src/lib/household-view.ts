/**
 * "One household, five places" as an element tree (see vnode.ts): a summary table (a row per
 * calculator, a column per place), "why do they differ" naming the provisions behind each
 * different answer, and per place every answer with its steps and the other provisions that
 * concern the household. Built at build time and recomputed in the browser alike.
 */
import type { CalculatorId } from '@bangfu/sdk/calculators';
import type { HouseholdComparison } from '@bangfu/sdk/household';
import { AREAS, TARGET_GROUPS, type Area, type PolicyRules } from '@bangfu/sdk/schemas';
import { figureZh, resultView, STATUS_ZH } from './result-view.ts';
import { h, type VNode } from './vnode.ts';
import { clauseUrl, globalProvisionUrl } from './urls.ts';

/** Calculator titles, passed in so this module does not import the calculators' table. */
export type Titles = Record<CalculatorId, string>;
export type Names = Record<string, string>;

/** Each provision's Chinese summary by global id: the link texts of "why do they differ". */
export const provisionSummaries = (policies: readonly Pick<PolicyRules, 'id' | 'provisions'>[]): Record<string, string> =>
  Object.fromEntries(policies.flatMap((p) => p.provisions.map((v) => [`${p.id}:${v.id}`, v.summary.zh])));

const localId = (g: string) => g.slice(g.indexOf(':') + 1);
const provisionLink = (g: string, summaries: Record<string, string>) => h('a', { href: globalProvisionUrl(g) }, summaries[g] ?? localId(g));

export function householdNode(c: HouseholdComparison, names: Names, titles: Titles, summaries: Record<string, string>): VNode {
  const calcs = [...new Set(c.views.flatMap((v) => v.measures.map((m) => m.calculator)))];
  const summary = h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'hh-summary-h' },
    h(
      'table',
      { class: 'hh-summary' },
      h('caption', { id: 'hh-summary-h' }, `${c.views.length}地对照：本户可得的待遇`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '项目'), c.views.map((v) => h('th', { scope: 'col' }, names[v.policy] ?? v.policy)))),
      h(
        'tbody',
        {},
        calcs.map((calc) =>
          h(
            'tr',
            { 'data-calculator': calc },
            h('th', { scope: 'row' }, titles[calc]),
            c.views.map((v) => {
              const r = v.measures.find((m) => m.calculator === calc)?.result;
              return h('td', { 'data-policy': v.policy, 'data-status': r?.status }, r ? figureZh(r) || STATUS_ZH[r.status] : '—');
            }),
          ),
        ),
      ),
    ),
  );

  const why = h(
    'section',
    { 'aria-labelledby': 'hh-why-h', id: 'why' },
    h('h2', { id: 'hh-why-h' }, '为什么不同'),
    c.differences.length === 0
      ? h('p', {}, `${c.views.length}地对本户的计算结果相同。`)
      : c.differences.map((d) =>
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
                  figureZh(a.result) || STATUS_ZH[a.result.status],
                  h('br'),
                  a.policies.map((p) => {
                    const used = a.provisions[p] ?? [];
                    return h('span', { class: 'small' }, `${names[p] ?? p} 依据：`, used.length ? used.flatMap((g, i) => [i ? '；' : '', provisionLink(g, summaries)]) : '文件本身无此项规定（仅国家通行规则）', h('br'));
                  }),
                ),
              ),
            ),
          ),
        ),
  );

  const places = c.views.map((v) =>
    h(
      'section',
      { class: 'hh-place', id: `place-${v.policy}`, 'aria-labelledby': `place-${v.policy}-h` },
      h('h2', { id: `place-${v.policy}-h` }, names[v.policy] ?? v.policy),
      h('p', { class: 'small' }, '按本户情况视为：', v.groups.map((g) => TARGET_GROUPS[g].zh).join('、')),
      h('div', { class: 'results-grid' }, v.measures.map((m) => resultView(m.result, titles[m.calculator]))),
      h('h3', {}, '文件中涉及本户的其他规定'),
      (Object.keys(v.offers) as Area[]).map((area) => {
        const offers = v.offers[area]!;
        return h(
          'details',
          { class: 'hh-offers' },
          h('summary', {}, `${AREAS[area].zh}（${offers.length} 条）`),
          h(
            'ul',
            {},
            offers.map((o) => h('li', { 'data-kind': o.kind }, h('a', { href: globalProvisionUrl(o.provision) }, o.summary.zh), o.kind === 'commitment' ? '（承诺，未规定数值）' : `：${o.value.zh}`, ' ', h('a', { href: clauseUrl(v.policy, o.clause), class: 'small' }, `§${o.clause}`))),
          ),
        );
      }),
    ),
  );

  return h('div', { id: 'hh-output' }, summary, why, places);
}
