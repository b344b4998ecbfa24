/**
 * Redraws the benefit curves for the household entered and the places chosen: runs the SDK's
 * calculators on the default places' rules embedded in the page (#curve-policies) or, for places
 * chosen with the place picker, on each place's rules fetched on demand (scripts/policy-data.ts), and
 * rebuilds the charts, tables and lists with the code that built them (lib/compare-curves.ts
 * curvesView) as DOM calls (no markup parsing).
 */
import { calculateRaw } from '@bangfu/sdk/calculators';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { curvesView, type CurvePolicy, type Household } from '../lib/compare-curves.ts';
import { CURVES_UI, type Lang } from '../lib/i18n-compare.ts';
import { PLACES_PARAM } from '../lib/places-url.ts';
import { toDom, type Child } from '../lib/vnode.ts';
import { announce, mountForm } from './form-kit.ts';
import { mountPlacePicker } from './place-picker.ts';

const put = (id: string, nodes: Child | Child[]): void => document.getElementById(id)?.replaceChildren(...(Array.isArray(nodes) ? nodes : [nodes]).map((n) => toDom(n)));

export function mountCurves(): void {
  const data = document.getElementById('curve-policies');
  const meta = document.getElementById('curve-meta');
  if (!data || !meta) return;
  const built = JSON.parse(data.textContent ?? '[]') as CurvePolicy[];
  const { fields, lang } = JSON.parse(meta.textContent ?? '{}') as { fields: FieldSpec[]; lang: Lang };

  /** The places' rules: those the page was built with, or the chosen ones fetched. */
  const places = async (): Promise<CurvePolicy[]> => (picker && !picker.isDefault() ? (await picker.data()).map((d) => ({ ...d, shortName: { zh: d.place.zh, en: d.place.en } })) : built);
  const picker = mountPlacePicker(() => form.recompute());

  const form = mountForm(
    fields,
    async (input) => {
      const policies = await places();
      // The household is checked by the calculator the curve runs (its income is what the curve varies).
      const checked = calculateRaw('dibao-benefit', policies[0]!, { ...input, perCapitaIncome: '0' });
      if (!checked.ok) return checked.errors.filter((e) => e.field !== 'perCapitaIncome');
      return () => {
        const v = curvesView(policies, input as unknown as Household, lang);
        put('dibao-figure', v.dibaoFigure);
        put('temp-figure', v.tempFigure);
        document.getElementById('dibao-table')?.replaceWith(toDom(v.dibaoTable));
        document.getElementById('temp-table')?.replaceWith(toDom(v.tempTable));
        put('temp-unspecified', v.unspecified);
        put('curve-rules-box', v.rules);
        document.getElementById('curves-status')!.textContent = v.status;
        announce(`${CURVES_UI[lang].redrawn}${v.status}`);
      };
    },
    { label: 'curves-status', marks: ['#dibao-figure', '#temp-figure', '.table-scroll', '#temp-unspecified'], keep: [PLACES_PARAM] },
  );
  // A link naming other places than the page was built with: draw them (the form does, when the link carries entries).
  if (picker && !picker.isDefault() && !form.fromLink) void form.recompute();
}
