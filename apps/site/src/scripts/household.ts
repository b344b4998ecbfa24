/**
 * "One household, many places" in the browser: validate, recompute with the SDK for the places chosen
 * in the place picker (each place's rules fetched on demand, scripts/policy-data.ts), render, keep the
 * entries and the places in the URL.
 */
import { compareHousehold } from '@bangfu/sdk/household';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { householdNode, provisionSummaries, type Titles } from '../lib/household-view.ts';
import { citeContext } from '../lib/result-view.ts';
import { PLACES_PARAM } from '../lib/places-url.ts';
import { upgradePlaceParam } from '../lib/places-old-links.ts';
import { toDom } from '../lib/vnode.ts';
import { fill, type ViewText } from '../lib/view-text.ts';
import { announce, mountForm } from './form-kit.ts';
import { mountPlacePicker } from './place-picker.ts';
import { fetchPolicies, mergeCite } from './policy-data.ts';
import { askedDay } from './validity.ts';

interface Meta {
  fields: FieldSpec[];
  titles: Titles;
  /** The places the page was built with. */
  defaults: string[];
  /** The words of the results, in the page's language. */
  text: ViewText;
}

export function mount(): void {
  const meta = JSON.parse(document.getElementById('hh-meta')!.textContent!) as Meta;
  // A link of the former single place (?place=<id>) reads as ?places=<id>.
  const upgraded = upgradePlaceParam(location.search);
  if (upgraded !== undefined) history.replaceState(history.state, '', `${location.pathname}${upgraded}${location.hash}`);
  const picker = mountPlacePicker(() => form.recompute());
  const form = mountForm(
    meta.fields,
    async (input) => {
      const policies = picker ? await picker.data() : (await fetchPolicies(meta.defaults)).found;
      // Each place's status for the day asked: ?asOf= where given, else today on this device's clock.
      const c = compareHousehold(input, policies, { asOf: askedDay().date });
      if (!c.ok) return c.errors;
      return () => {
        const { text } = meta;
        const names = Object.fromEntries(policies.map((p) => [p.id, text.lang === 'en' ? p.place.en : p.name]));
        const summaries = provisionSummaries(policies, text.lang);
        document.getElementById('results')!.replaceChildren(toDom(householdNode(c.value, names, meta.titles, summaries, undefined, citeContext(policies, mergeCite(policies), text))));
        document.getElementById('results-case')!.textContent = text.answeredHousehold;
        announce(fill(text.announceHousehold, { n: c.value.views.length, d: c.value.differences.length }));
      };
    },
    { keep: [PLACES_PARAM] },
  );
  // A link naming other places than the page was built with: answer for them (the form does, when the link carries entries).
  if (picker && !picker.isDefault() && !form.fromLink) void form.recompute();
}
