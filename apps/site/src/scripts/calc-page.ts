/**
 * A calculator page: five places side by side, recomputed in the browser with the SDK's
 * calculators on the rules embedded in the page (#calc-rules).
 */
import { calculateWith, type Calculator } from '@bangfu/sdk/calculators/core';
import type { CalcResult } from '@bangfu/sdk/calculators/result';
import type { FieldError } from '@bangfu/sdk/calculators/input';
import type { InForce, PolicyRules } from '@bangfu/sdk/schemas';
import { statusOn } from '@bangfu/sdk/validity';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { citeContext, figureOf, resultView, statusOf, type CiteContext } from '../lib/result-view.ts';
import { fill, type ViewText } from '../lib/view-text.ts';
import { toDom } from '../lib/vnode.ts';
import { announce, mountForm } from './form-kit.ts';

interface Rules {
  calculator: string;
  fields: FieldSpec[];
  policies: (PolicyRules & { name: string })[];
  cite: Pick<CiteContext, 'labels' | 'apply' | 'fallback' | 'names' | 'namesEn'>;
  /** The words of the results, in the page's language. */
  text: ViewText;
}

/**
 * The cards built ahead of time leave the document's status to the reader's clock: fill it in with the
 * SDK's statusOn (already here for calculate), not the site's fuller validity script — the page's JS budget is tight.
 */
function fillValidity(t: ViewText): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-in-force]')) {
    const s = statusOn({ inForce: JSON.parse(el.dataset.inForce!) as InForce });
    const slot = el.querySelector<HTMLElement>('[data-validity-status]');
    if (!s || !slot) continue;
    slot.textContent = fill(t.onDay, { day: fill(t.today, { date: s.date }), text: (s.warning ?? s.reason)[t.lang] });
    slot.classList.toggle('validity-warning', !!s.warning);
    el.dataset.validity = s.status;
  }
}

/** Mount the page of one calculator: its script imports that calculator only (see components/calc-scripts/). */
export function mount(calculator: Calculator): void {
  const rules = JSON.parse(document.getElementById('calc-rules')!.textContent!) as Rules;
  const t = rules.text;
  fillValidity(t);
  const ctx = citeContext(rules.policies, rules.cite, t);
  mountForm(rules.fields, (input) => {
    const results: { name: string; result: CalcResult }[] = [];
    for (const p of rules.policies) {
      const r = calculateWith(calculator, p, input);
      // The input is the same for every place: the first policy's errors are everyone's.
      if (!r.ok) return r.errors satisfies FieldError[];
      results.push({ name: p.name, result: r.value });
    }
    return () => {
      document.getElementById('results')!.replaceChildren(...results.map((r) => toDom(resultView(r.result, r.name, ctx, { next: true }))));
      document.getElementById('results-case')!.textContent = t.answered;
      announce(fill(t.announceCalc, { list: results.map((r) => `${r.name} ${figureOf(r.result, t) || statusOf(r.result, t)}`).join(t.sep.semi) }));
    };
  });
}
