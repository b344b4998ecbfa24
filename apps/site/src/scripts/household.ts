/** "One household, five places" in the browser: validate, recompute with the SDK, render, keep the entries in the URL. */
import { compareHousehold } from '@bangfu/sdk/household';
import type { PolicyRules } from '@bangfu/sdk/schemas';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { householdNode, provisionSummaries, type Names, type Titles } from '../lib/household-view.ts';
import { citeContext, type CiteContext } from '../lib/result-view.ts';
import { toDom } from '../lib/vnode.ts';
import { announce, mountForm } from './form-kit.ts';
import { askedDay } from './validity.ts';

interface Meta {
  fields: FieldSpec[];
  names: Names;
  titles: Titles;
  cite: Pick<CiteContext, 'labels' | 'apply' | 'fallback' | 'names'>;
}
type Rules = (PolicyRules & { name: string })[];

let rules: Promise<Rules> | undefined;
/** The rules are fetched on first use, so the page itself stays light. */
const loadRules = (): Promise<Rules> => (rules ??= fetch('/household/rules.json').then((r) => r.json() as Promise<Rules>));

export function mount(): void {
  const meta = JSON.parse(document.getElementById('hh-meta')!.textContent!) as Meta;
  mountForm(meta.fields, async (input) => {
    const policies = await loadRules();
    // Each place's status for the day asked: ?asOf= where given, else today on this device's clock.
    const c = compareHousehold(input, policies, { asOf: askedDay().date });
    if (!c.ok) return c.errors;
    return () => {
      const summaries = provisionSummaries(policies);
      document.getElementById('results')!.replaceChildren(toDom(householdNode(c.value, meta.names, meta.titles, summaries, undefined, citeContext(policies, meta.cite))));
      document.getElementById('results-case')!.textContent = '按上面填写的家庭情况对照。';
      announce(`已对照${c.value.views.length}地：${c.value.differences.length} 项结果不同。`);
    };
  });
}
