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
import { figureOf, nextStepsNode, resultView, say, statusOf, validityNode, type CiteContext } from './result-view.ts';
import { fill } from './view-text.ts';
import { clauseLabel } from './clause-label.ts';
import { h, type VNode } from './vnode.ts';
import { clauseUrl, globalProvisionUrl } from './urls.ts';

/** Calculator titles, passed in so this module does not import the calculators' table. */
export type Titles = Record<CalculatorId, string>;
export type Names = Record<string, string>;

/** Each provision's summary by global id, in the edition's language: the link texts of "why do they differ". */
export const provisionSummaries = (policies: readonly Pick<PolicyRules, 'id' | 'provisions' | 'national'>[], lang: 'zh' | 'en' = 'zh'): Record<string, string> =>
  Object.fromEntries([...policies, ...policies.flatMap((p) => p.national ?? [])].flatMap((p) => p.provisions.map((v) => [`${p.id}:${v.id}`, v.summary[lang]])));

const localId = (g: string) => g.slice(g.indexOf(':') + 1);
const provisionLink = (g: string, summaries: Record<string, string>, cite: CiteContext) => h('a', { href: `${cite.t.prefix}${globalProvisionUrl(g)}` }, say(summaries[g] ?? localId(g), cite.t));

/** `inForce`: each document's validity data, for a page built ahead of time (statuses are then worked out on the reader's clock). */
export function householdNode(c: HouseholdComparison, names: Names, titles: Titles, summaries: Record<string, string>, inForce: Record<string, unknown> | undefined, cite: CiteContext): VNode {
  const { t } = cite;
  const lang = t.lang;
  const link = (g: string) => provisionLink(g, summaries, cite);
  // The classify row is the category by income alone; the place's category (above it) may be an entered one.
  const rowTitle = (calc: CalculatorId) => (calc === 'classify' ? t.byIncome : titles[calc]);
  // Every calculator has a row, computed or not: a row left out would be an answer lost without a word.
  const calcs = [...new Set(c.views.flatMap((v) => [...v.measures.map((m) => m.calculator), ...v.skipped.map((s) => s.calculator)]))];
  const missingZh = (v: HouseholdComparison['views'][number], calc: CalculatorId) => {
    const s = v.skipped.find((x) => x.calculator === calc);
    // A field's name, without the message around it ("缺少困难持续时间（月）：本文件按月数…" → 困难持续时间（月）).
    const name = (m: { zh: string; en: string }) => (lang === 'en' ? m.en.split(': ')[0]!.replace(/^missing (required field\s*)?/, '') : m.zh.split('：')[0]!.replace(/^缺少(必填字段\s*)?/u, ''));
    return s ? fill(t.missing, { fields: s.missing.map((m) => fill(t.quoted, { x: name(m) })).join(t.sep.list) }) : undefined;
  };
  // One figure per calculator for a place: its table cell and its card say the same.
  const cellOf = (v: HouseholdComparison['views'][number], calc: CalculatorId) => {
    const r = v.measures.find((m) => m.calculator === calc)?.result;
    return { status: r?.status ?? 'missing', text: r ? figureOf(r, t) || statusOf(r, t) : (missingZh(v, calc) ?? '—') };
  };
  // The table of every place side by side, for a wide screen (on a phone the cards below say it place by place).
  // Its heading stands outside the scrolled region, so that it is never scrolled out of view.
  const summary = h(
    'div',
    { class: 'hh-summary-box' },
    h('h2', { id: 'hh-summary-h', class: 'hh-summary-h' }, fill(t.summaryH, { n: c.views.length })),
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'hh-summary-h' },
      h(
        'table',
        { class: 'hh-summary', 'aria-labelledby': 'hh-summary-h' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.item), c.views.map((v) =>
          // Built ahead of time, the column's status is the reader's today: an empty label, filled by the validity script (as a comparison table's).
          !v.validity && inForce?.[v.policy]
            ? h('th', { scope: 'col', 'data-policy': v.policy, 'data-policy-column': v.policy, 'data-in-force': JSON.stringify(inForce[v.policy]) }, names[v.policy] ?? v.policy, h('span', { class: 'small validity-label', 'data-validity-label': '' }))
            : h('th', { scope: 'col', 'data-policy': v.policy, 'data-validity': v.validity?.status }, names[v.policy] ?? v.policy, v.validity && (v.validity.status === 'lapsed' || v.validity.status === 'not-yet') ? h('span', { class: 'small validity-label' }, v.validity.status === 'lapsed' ? t.lapsed : t.notYet) : null)))),
        h(
          'tbody',
          {},
          // The household's one category in each place comes first: every other row follows from it.
          h(
            'tr',
            { 'data-row': 'category' },
            h('th', { scope: 'row' }, t.category),
            c.views.map((v) => h('td', { 'data-policy': v.policy, 'data-category': v.category.group }, say(v.category[lang], t), v.category.contradiction ? h('span', { class: 'contradiction-mark', title: v.category.contradiction[lang] }, t.contradiction) : null)),
          ),
          calcs.map((calc) =>
            h(
              'tr',
              { 'data-calculator': calc },
              h('th', { scope: 'row' }, rowTitle(calc)),
              c.views.map((v) => {
                const f = cellOf(v, calc);
                return h('td', { 'data-policy': v.policy, 'data-status': f.status }, say(f.text, t));
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
    { class: 'hh-jump', id: 'hh-jump', 'aria-label': t.jump },
    h('ul', {}, c.views.map((v) => h('li', { 'data-policy': v.policy }, h('a', { href: `#place-${v.policy}` }, names[v.policy] ?? v.policy)))),
  );

  const why = h(
    'section',
    { 'aria-labelledby': 'hh-why-h', id: 'why' },
    h('h2', { id: 'hh-why-h' }, t.why),
    c.views.length < 2
      ? h('p', {}, t.onePlace)
      : c.differences.length === 0
      ? h('p', {}, fill(t.same, { n: c.views.length }))
      : h('p', { class: 'hh-why-line' }, fill(t.differ, { n: c.differences.length, list: c.differences.map((d) => titles[d.calculator]).join(t.sep.list) })),
    c.differences.length === 0
      ? null
      : h('details', { class: 'hh-why-more' }, h('summary', {}, t.whyMore), c.differences.map((d) =>
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
                  h('strong', {}, a.policies.map((p) => names[p] ?? p).join(t.sep.list)),
                  t.sep.colon,
                  say(figureOf(a.result, t) || statusOf(a.result, t), t),
                  h('br'),
                  a.policies.map((p) => {
                    const used = a.provisions[p] ?? [];
                    return h('span', { class: 'small' }, fill(t.basisOf, { name: names[p] ?? p }), used.length ? used.flatMap((g, i) => [i ? t.sep.semi : '', link(g)]) : t.noOwnRule, h('br'));
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
      validityNode(v.validity, t, inForce?.[v.policy]),
      h(
        'p',
        { class: 'hh-category', 'data-category': v.category.group },
        t.categoryLine,
        h('strong', {}, say(v.category[lang], t)),
        v.category.basis === 'entered' ? t.entered : t.incomeBasis,
        v.category.provision ? [t.basisDot, link(v.category.provision)] : null,
      ),
      v.category.contradiction
        ? h('p', { class: 'note contradiction', role: 'note' }, say(v.category.contradiction[lang], t), v.category.contradiction.provision ? [' ', link(v.category.contradiction.provision)] : null)
        : null,
      h(
        'dl',
        { class: 'hh-figures' },
        calcs.map((calc) => {
          const f = cellOf(v, calc);
          return h('div', { 'data-calculator': calc, 'data-status': f.status }, h('dt', {}, rowTitle(calc)), h('dd', {}, say(f.text, t)));
        }),
      ),
      // What to do next, once per place and in view: how to apply there, and who is responsible for the rules applied.
      nextStepsNode(v.policy, [...new Set(v.measures.flatMap((m) => m.result.provisions))], cite, 'h3'),
      h(
        'details',
        { class: 'hh-steps' },
        h('summary', {}, fill(t.stepsAll, { n: v.measures.length })),
        // The document's status is said once, above, for the place; not again on every card.
        h('div', { class: 'results-grid' }, v.measures.map((m) => resultView({ ...m.result, validity: undefined }, rowTitle(m.calculator), cite))),
        v.skipped.length
          ? h('ul', { class: 'hh-skipped' }, v.skipped.map((s) => h('li', { 'data-calculator': s.calculator }, h('strong', {}, titles[s.calculator]), t.notComputed, say(s.missing.map((m) => m[lang]).join(t.sep.semi), t))))
          : null,
      ),
      h(
        'details',
        { class: 'hh-other' },
        h('summary', {}, fill(t.other, { n: Object.values(v.offers).reduce((n, o) => n + (o?.length ?? 0), 0) })),
        (Object.keys(v.offers) as Area[]).map((area) => {
          const offers = v.offers[area]!;
          return h(
            'details',
            { class: 'hh-offers' },
            h('summary', {}, fill(t.areaCount, { area: AREAS[area][lang], n: offers.length })),
            h(
              'ul',
              {},
              offers.map((o) => h('li', { 'data-kind': o.kind }, h('a', { href: `${t.prefix}${globalProvisionUrl(o.provision)}` }, say(o.summary[lang], t)), o.kind === 'commitment' ? t.commitment : [t.sep.colon, say(o.value[lang], t)], ' ', h('a', { href: `${t.prefix}${clauseUrl(v.policy, o.clause)}`, class: 'small', lang: lang === 'en' ? 'zh' : undefined }, cite.labels[`${v.policy}:${o.clause}`] ?? clauseLabel(o.clause)))),
            ),
          );
        }),
      ),
      h('p', { class: 'hh-back small' }, h('a', { href: '#hh-jump' }, t.back)),
    ),
  );

  return h('div', { id: 'hh-output' }, jump, summary, why, h('div', { class: 'hh-places' }, places));
}
