/**
 * A calculator result as an element tree: status in words, the figure, the reason, each step with
 * its provision and clause links, and the interpretation notes. Used at build time and in the
 * browser (see vnode.ts), by every calculator page and the household view.
 */
import type { CalcResult } from '@bangfu/sdk/calculators';
import { figureText } from '@bangfu/sdk/format';
import { h, type VNode } from './vnode.ts';
import { clauseUrl, globalProvisionUrl } from './urls.ts';

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

const localId = (g: string) => g.slice(g.indexOf(':') + 1);
const en = (t: string) => h('span', { lang: 'en', class: 'en' }, t);
/** Notes are in Chinese or English; mark English ones for screen readers. */
const text = (t: string) => (/[\u3400-\u9fff]/.test(t) ? t : en(t));

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

/** `inForce`: the document's validity data, for a page built ahead of time (its status is then worked out on the reader's clock). */
export function resultView(r: CalcResult, heading: string, inForce?: unknown): VNode {
  const figure = figureZh(r);
  return h(
    'article',
    { class: `result status-${r.status}`, 'data-policy': r.policy, 'data-status': r.status, 'data-amount': r.amount, 'data-min': r.min, 'data-max': r.max },
    h('h3', {}, heading),
    validityNode(r.validity, inForce),
    h('p', { class: 'result-status' }, statusZh(r)),
    figure ? h('p', { class: 'result-amount' }, figure) : null,
    r.reason
      ? h(
          'p',
          { class: 'result-reason' },
          r.reason.zh,
          h('br'),
          en(r.reason.en),
          r.clauses?.length ? [h('br'), '相关条款：', ...r.clauses.flatMap((c, i) => [i ? '、' : '', h('a', { href: clauseUrl(r.policy, c) }, `§${c}`)])] : null,
        )
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
                s.arithmetic ? h('span', { class: 'arith' }, s.arithmetic) : null,
                s.provision
                  ? h('span', { class: 'links' }, '依据：', h('a', { href: globalProvisionUrl(s.provision) }, localId(s.provision)), s.clause ? [' · 原文 ', h('a', { href: clauseUrl(s.provision.slice(0, s.provision.indexOf(':')), s.clause) }, `§${s.clause}`)] : null)
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
              h('a', { href: globalProvisionUrl(n.provision) }, localId(n.provision)),
              '：',
              h('br'),
              h('strong', {}, '本处采用的读法：'),
              text(n.zh?.encoded ?? n.encoded),
              n.zh ? [' ', en(n.encoded)] : null,
              n.alternative ? [h('br'), h('strong', {}, '另一种读法：'), text(n.zh?.alternative ?? n.alternative), ...(n.zh ? [' ', en(n.alternative)] : [])] : null,
            ),
          ),
        )
      : null,
  );
}
