/** "One household, five places" in the browser: validate, recompute with the SDK, render, keep the entries in the URL. */
import { compareHousehold } from '@bangfu/sdk/household';
import type { PolicyRules } from '@bangfu/sdk/schemas';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { householdNode, provisionSummaries, type Names, type Titles } from '../lib/household-view.ts';
import { citeContext, type CiteContext } from '../lib/result-view.ts';
import { URL_VERSION } from '../lib/urls.ts';
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

/** The URL parameter of the place picker: not an entry of the household, kept beside the entries (like ?asOf=). */
export const PLACE_PARAM = 'place';

/** Show one place only (its card, its table column, its jump link), or every place for ''. */
function showPlace(policy: string): void {
  const root = document.getElementById('results');
  if (!root) return;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-policy]'))) {
    // Only the parts of the cards, the table and the jump list: a link inside "why" keeps its place.
    if (!el.matches('.hh-place, .hh-summary th, .hh-summary td, .hh-jump li')) continue;
    el.hidden = policy !== '' && el.dataset.policy !== policy;
  }
}

/**
 * The picker "只看我所在的地方": restored from ?place= (an unknown place shows every place), written back
 * with replaceState, and applied again whenever the results are redrawn.
 */
function mountPlacePicker(): { apply: () => void } {
  const box = document.getElementById('hh-pick');
  const select = document.getElementById('hh-place') as HTMLSelectElement | null;
  if (!box || !select) return { apply: () => {} };
  const known = new Set(Array.from(select.options).map((o) => o.value));
  const asked = new URLSearchParams(location.search).get(PLACE_PARAM) ?? '';
  select.value = known.has(asked) ? asked : '';
  box.hidden = false;
  const apply = () => showPlace(select.value);
  select.addEventListener('change', () => {
    const q = new URLSearchParams(location.search);
    // A link with the place alone is still a link of the current format (no entries: the example household).
    if (!q.has('v')) q.set('v', String(URL_VERSION));
    if (select.value) q.set(PLACE_PARAM, select.value);
    else q.delete(PLACE_PARAM);
    const url = `${location.pathname}?${q.toString()}${location.hash}`;
    history.replaceState(null, '', url);
    const share = document.getElementById('share-link') as HTMLAnchorElement | null;
    if (share && !share.hidden) share.href = `${location.pathname}?${q.toString()}`;
    apply();
    announce(select.value ? `只显示${select.selectedOptions[0]?.textContent ?? ''}的结果。` : '显示各地的结果。');
  });
  apply();
  return { apply };
}

export function mount(): void {
  const meta = JSON.parse(document.getElementById('hh-meta')!.textContent!) as Meta;
  const picker = mountPlacePicker();
  mountForm(
    meta.fields,
    async (input) => {
      const policies = await loadRules();
      // Each place's status for the day asked: ?asOf= where given, else today on this device's clock.
      const c = compareHousehold(input, policies, { asOf: askedDay().date });
      if (!c.ok) return c.errors;
      return () => {
        const summaries = provisionSummaries(policies);
        document.getElementById('results')!.replaceChildren(toDom(householdNode(c.value, meta.names, meta.titles, summaries, undefined, citeContext(policies, meta.cite))));
        picker.apply();
        document.getElementById('results-case')!.textContent = '按上面填写的家庭情况对照。';
        announce(`已对照${c.value.views.length}地：${c.value.differences.length} 项结果不同。`);
      };
    },
    { keep: [PLACE_PARAM] },
  );
}
