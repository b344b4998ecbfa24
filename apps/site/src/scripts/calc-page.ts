/**
 * A calculator page: the places shown side by side, recomputed in the browser with the SDK's
 * calculators — on the rules embedded in the page (#calc-rules) for the default places, on each
 * chosen place's own rules file otherwise (the place picker, loaded when the reader asks for other
 * places or the link names them: the page's JavaScript budget is tight).
 */
import { calculateWith, type Calculator } from '@bangfu/sdk/calculators/core';
import type { CalcResult } from '@bangfu/sdk/calculators/result';
import type { FieldError } from '@bangfu/sdk/calculators/input';
import type { InForce, PolicyRules } from '@bangfu/sdk/schemas';
import { statusOn } from '@bangfu/sdk/validity';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { pickerOnDemand, PLACES_PARAM } from '../lib/places-url.ts';
import { citeContext, figureOf, resultView, statusOf, type CiteContext } from '../lib/result-view.ts';
import { fill, type ViewText } from '../lib/view-text.ts';
import { toDom } from '../lib/vnode.ts';
import { announce, mountForm } from './form-kit.ts';
import type { PlacePicker } from './place-picker.ts';

interface Rules {
  calculator: string;
  fields: FieldSpec[];
  policies: (PolicyRules & { name: string })[];
  cite: Pick<CiteContext, 'labels' | 'apply' | 'fallback' | 'names' | 'namesEn'>;
  /** The words of the results, in the page's language (lib/view-text.ts). */
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
  const builtCtx = citeContext(rules.policies, rules.cite, t);
  // A place's name in the page's language: the built rules carry it; a fetched document has its Chinese name and its place in both.
  const nameOf = (p: { name: string; place?: { en: string } }): string => (t.lang === 'en' && p.place ? p.place.en : p.name);
  let picker: PlacePicker | undefined;
  let merge: typeof import('./policy-data.ts').mergeCite | undefined;
  const loadPicker = async (): Promise<void> => {
    const [m, d] = await Promise.all([import('./place-picker.ts'), import('./policy-data.ts')]);
    merge = d.mergeCite;
    picker = m.mountPlacePicker(() => form.recompute());
  };
  // A link naming places loads the picker at once; the form's first answer waits for it.
  const ready = pickerOnDemand(loadPicker);
  const form = mountForm(rules.fields, async (input) => {
    await ready;
    const chosen = picker && !picker.isDefault() ? await picker.data() : undefined;
    const policies = chosen ?? rules.policies;
    const ctx = chosen && merge ? citeContext(chosen, merge(chosen), t) : builtCtx;
    const results: { name: string; result: CalcResult }[] = [];
    for (const p of policies) {
      const r = calculateWith(calculator, p, input);
      // The input is the same for every place: the first policy's errors are everyone's.
      if (!r.ok) return r.errors satisfies FieldError[];
      results.push({ name: nameOf(p), result: r.value });
    }
    return () => {
      document.getElementById('results')!.replaceChildren(...results.map((r) => toDom(resultView(r.result, r.name, ctx, { next: true }))));
      document.getElementById('results-case')!.textContent = t.answered;
      announce(fill(t.announceCalc, { list: results.map((r) => `${r.name} ${figureOf(r.result, t) || statusOf(r.result, t)}`).join(t.sep.semi) }));
    };
  }, { keep: [PLACES_PARAM] });
  // Answer for the places the link names (the form does already when the link carries entries).
  void ready?.then(() => (picker && !picker.isDefault() && !form.fromLink ? form.recompute() : undefined));
}
