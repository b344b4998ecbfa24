/** "One household, five places" in the browser: validate, recompute with the SDK, render, keep the entries in the URL. */
import { compareHousehold } from '@bangfu/sdk/household';
import type { PolicyRules } from '@bangfu/sdk/schemas';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { toInput } from '../lib/calc-forms.ts';
import { householdNode, type Names, type Titles } from '../lib/household-view.ts';
import { toDom } from '../lib/vnode.ts';
import { announce, clearErrors, readForm, readQuery, showErrors, writeQuery } from './form-kit.ts';

interface Meta {
  fields: FieldSpec[];
  names: Names;
  titles: Titles;
}
type Rules = (PolicyRules & { name: string })[];

let rules: Promise<Rules> | undefined;
const loadRules = (): Promise<Rules> => (rules ??= fetch('/household/rules.json').then((r) => r.json() as Promise<Rules>));

export function mount(): void {
  const meta = JSON.parse(document.getElementById('hh-meta')!.textContent!) as Meta;
  const form = document.getElementById('calc') as HTMLFormElement;

  const run = async (updateUrl: boolean) => {
    const values = readForm(meta.fields);
    clearErrors(meta.fields);
    if (updateUrl) {
      const share = document.getElementById('share-link') as HTMLAnchorElement;
      share.href = writeQuery(values);
      share.hidden = false;
    }
    const { input, errors } = toInput(meta.fields, values);
    const policies = await loadRules();
    const c = compareHousehold(input, policies);
    const all = [...errors, ...(c.ok ? [] : c.errors.filter((e) => !errors.some((x) => x.field === e.field)))];
    if (all.length || !c.ok) {
      showErrors(meta.fields, all, updateUrl);
      return;
    }
    const summaries = Object.fromEntries(policies.flatMap((p) => p.provisions.map((v) => [`${p.id}:${v.id}`, v.summary.zh])));
    document.getElementById('results')!.replaceChildren(toDom(householdNode(c.value, meta.names, meta.titles, summaries)));
    document.getElementById('results-case')!.textContent = '按上面填写的家庭情况对照。';
    announce(`已对照五地：${c.value.differences.length} 项结果不同。`);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  if (readQuery(meta.fields)) void run(false);
}
