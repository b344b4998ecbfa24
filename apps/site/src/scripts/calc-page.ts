/**
 * A calculator page: five places side by side, recomputed in the browser with the SDK's
 * calculators on the rules embedded in the page (#calc-rules).
 */
import { calculate, type CalculatorId, type FieldError } from '@bangfu/sdk/calculators';
import type { PolicyRules } from '@bangfu/sdk/schemas';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { toInput } from '../lib/calc-forms.ts';
import { figureZh, resultView, STATUS_ZH } from '../lib/result-view.ts';
import { toDom } from '../lib/vnode.ts';
import { announce, clearErrors, readForm, readQuery, showErrors, writeQuery } from './form-kit.ts';

interface Rules {
  calculator: CalculatorId;
  fields: FieldSpec[];
  policies: (PolicyRules & { name: string })[];
}

export function mount(): void {
  const rules = JSON.parse(document.getElementById('calc-rules')!.textContent!) as Rules;
  const form = document.getElementById('calc') as HTMLFormElement;

  const run = (updateUrl: boolean) => {
    const values = readForm(rules.fields);
    clearErrors(rules.fields);
    if (updateUrl) {
      const share = document.getElementById('share-link') as HTMLAnchorElement;
      share.href = writeQuery(values);
      share.hidden = false;
    }
    const { input, errors } = toInput(rules.fields, values);
    const results = [];
    const sdkErrors: FieldError[] = [];
    for (const p of rules.policies) {
      const r = calculate(rules.calculator, p, input);
      if (r.ok) results.push({ name: p.name, result: r.value });
      else if (sdkErrors.length === 0) sdkErrors.push(...r.errors);
    }
    const all = [...errors, ...sdkErrors.filter((e) => !errors.some((x) => x.field === e.field))];
    if (all.length) {
      showErrors(rules.fields, all, updateUrl);
      return;
    }
    document.getElementById('results')!.replaceChildren(...results.map((r) => toDom(resultView(r.result, r.name))));
    document.getElementById('results-case')!.textContent = '按上面的输入计算。';
    announce(`已计算：${results.map((r) => `${r.name} ${figureZh(r.result) || STATUS_ZH[r.result.status]}`).join('；')}`);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(true);
  });
  if (readQuery(rules.fields)) run(false);
}
