/**
 * Browser side of a calculator form: read and write its fields, mirror them in the URL query so a
 * computation can be shared, and show field-level errors (bilingual, aria-invalid, announced in the
 * polite live region). Values are only ever set as text.
 */
import type { FieldError } from '@bangfu/sdk/calculators';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { formField, toInput } from '../lib/calc-forms.ts';

const $ = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;
const control = (name: string) => $<HTMLInputElement | HTMLSelectElement>(`f-${name}`);

export function readForm(fields: FieldSpec[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const c = control(f.name);
    if (!c) continue;
    out[f.name] = c instanceof HTMLInputElement && c.type === 'checkbox' ? (c.checked ? 'true' : '') : c.value;
  }
  return out;
}

/** Fill the form from the URL query; an unknown choice is kept and shown as such, never dropped. Returns whether the query held any field. */
export function readQuery(fields: FieldSpec[]): boolean {
  const q = new URLSearchParams(location.search);
  let any = false;
  for (const f of fields) {
    const v = q.get(f.name);
    const c = control(f.name);
    if (v === null || !c) continue;
    any = true;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = v === 'true';
    else {
      if (c instanceof HTMLSelectElement && !Array.from(c.options).some((o) => o.value === v)) c.add(new Option(`（无效：${v}）`, v));
      c.value = v;
    }
  }
  return any;
}

export function writeQuery(values: Record<string, string>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v.trim() !== '') q.set(k, v);
  const url = `${location.pathname}?${q.toString()}`;
  history.replaceState(null, '', url);
  return url;
}

export function clearErrors(fields: FieldSpec[]): void {
  for (const f of fields) {
    control(f.name)?.removeAttribute('aria-invalid');
    const box = $(`${f.name}-error`);
    if (box) box.textContent = '';
  }
  const form = $('form-error');
  if (form) form.textContent = '';
}

/** Show each error next to its field (or under the form), announce them, and focus the first field in error. */
export function showErrors(fields: FieldSpec[], errors: FieldError[], focus: boolean): void {
  const names = new Set(fields.map((f) => f.name));
  for (const e of errors) {
    const name = formField(e.field);
    const own = names.has(name);
    const box = $(own ? `${name}-error` : 'form-error');
    if (!box) continue;
    const en = document.createElement('span');
    en.className = 'en';
    en.lang = 'en';
    en.textContent = ` / ${e.en}`;
    if (box.textContent) box.append(document.createElement('br'));
    box.append(`${own ? '' : `${e.field}：`}${e.zh}`, en);
    if (own) control(name)?.setAttribute('aria-invalid', 'true');
  }
  announce(`有 ${errors.length} 处输入需要更正：${errors.map((e) => e.zh).join('；')}`);
  const first = errors.map((e) => formField(e.field)).find((n) => names.has(n));
  if (focus && first) control(first)?.focus();
}

export function announce(text: string): void {
  const live = $('live');
  if (live) live.textContent = text;
}

/**
 * Wire a calculator form: on submit — and on load, when the URL holds entries — read the fields,
 * mirror them in the URL, turn them into input and hand it to `compute`. `compute` answers with
 * the SDK's field errors, or with a function that renders the result; every error of the form and
 * the SDK is shown at once, and nothing is rendered from input with an error.
 */
export function mountForm(fields: FieldSpec[], compute: (input: Record<string, unknown>) => Promise<FieldError[] | (() => void)> | FieldError[] | (() => void)): void {
  const form = document.getElementById('calc') as HTMLFormElement;
  const run = async (updateUrl: boolean) => {
    const values = readForm(fields);
    clearErrors(fields);
    if (updateUrl) {
      const share = $<HTMLAnchorElement>('share-link');
      if (share) {
        share.href = writeQuery(values);
        share.hidden = false;
      }
    }
    const { input, errors } = toInput(fields, values);
    const answer = await compute(input);
    const all = [...errors, ...(typeof answer === 'function' ? [] : answer.filter((e) => !errors.some((x) => x.field === formField(e.field))))];
    if (all.length || typeof answer !== 'function') showErrors(fields, all, updateUrl);
    else answer();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  if (readQuery(fields)) void run(false);
}
