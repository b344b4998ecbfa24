/**
 * The medical-aid calculator in the browser: reads the form, runs the SDK's `calculate` on the
 * chosen policy, and shows the status, amount, steps (each linked to its provision and clause)
 * and interpretation notes. Bad input gets a bilingual message next to its field; the user's
 * entries stay as typed. Inputs are mirrored in the URL query and read back on load.
 *
 * Weight: the script does not import the SDK's policy encodings (every clause, quote and note of
 * five documents). The page embeds, as a JSON data block (#calc-policies, not executed), each
 * policy's id and its medical-area provisions — all the calculator reads — so the bundle is the
 * calculator, zod and decimal.js only.
 */
import { calculate, calculators, parseInput, type CalcResult, type FieldError, type Policy } from '@bangfu/sdk';
import { clauseUrl, globalProvisionUrl } from '../lib/urls.ts';

const FIELDS = ['policy', 'group', 'care', 'selfPaid', 'aidedThisYear'] as const;
type Field = (typeof FIELDS)[number];

const STATUS_ZH: Record<CalcResult['status'], string> = {
  computed: '已算出：按文件规定可得的救助金额',
  range: '区间：文件只规定了下限或上限，实际金额以此为界',
  'not-eligible': '不符合条件',
  'not-specified': '文件未规定：无法按原文计算',
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const link = (href: string, text: string): HTMLAnchorElement => {
  const a = el('a', text);
  a.href = href;
  return a;
};

/** Notes are written in Chinese or English; mark English ones. */
function langSpan(t: string): HTMLSpanElement {
  const s = el('span', t);
  if (!/[\u3400-\u9fff]/.test(t)) s.lang = 'en';
  return s;
}

let POLICIES: Record<string, Policy> | undefined;
/** The policies embedded in the page (see the page's #calc-policies block). */
function getPolicy(id: string): Policy | undefined {
  POLICIES ??= JSON.parse(document.getElementById('calc-policies')?.textContent ?? '{}') as Record<string, Policy>;
  return Object.hasOwn(POLICIES, id) ? POLICIES[id] : undefined;
}

function input(field: Field): HTMLInputElement | HTMLSelectElement {
  return $(`f-${field}`);
}

function hasOption(select: HTMLSelectElement, value: string): boolean {
  return Array.from(select.options).some((o) => o.value === value);
}

/** Put the URL's query back into the form. Unknown select values are kept visible as an error, not dropped silently. */
function readQuery(): boolean {
  const q = new URLSearchParams(location.search);
  let any = false;
  for (const f of FIELDS) {
    const v = q.get(f);
    if (v === null) continue;
    any = true;
    const ctl = input(f);
    if (ctl instanceof HTMLSelectElement && !hasOption(ctl, v)) {
      const o = new Option(`（无效：${v}）`, v);
      ctl.add(o);
    }
    ctl.value = v;
  }
  return any && q.has('selfPaid');
}

function writeQuery(values: Record<Field, string>): string {
  const q = new URLSearchParams();
  for (const f of FIELDS) if (values[f].trim() !== '') q.set(f, values[f]);
  const url = `${location.pathname}?${q.toString()}`;
  history.replaceState(null, '', url);
  return url;
}

function clearErrors(): void {
  for (const f of FIELDS) {
    input(f).removeAttribute('aria-invalid');
    $(`${f}-error`).textContent = '';
  }
  $('form-error').textContent = '';
}

function showError(field: string, zh: string, en: string): void {
  const target = (FIELDS as readonly string[]).includes(field) ? (field as Field) : undefined;
  const box = target ? $(`${target}-error`) : $('form-error');
  const line = el('span', `${target ? '' : `${field}：`}${zh}`);
  const enSpan = el('span', ` / ${en}`, 'en');
  enSpan.lang = 'en';
  if (box.textContent) box.append(el('br'));
  box.append(line, enSpan);
  if (target) input(target).setAttribute('aria-invalid', 'true');
}

function money(v: string): string {
  return `${v} 元`;
}

function renderResult(r: CalcResult): string {
  const section = $('result');
  section.className = `result status-${r.status}`;
  $('result-status').textContent = `状态：${STATUS_ZH[r.status]}`;
  let amountText = '';
  if (r.status === 'computed' && r.amount !== undefined) amountText = money(r.amount);
  else if (r.status === 'range') {
    if (r.min !== undefined && r.max !== undefined) amountText = `${money(r.min)} 至 ${money(r.max)}`;
    else if (r.min !== undefined) amountText = `不低于 ${money(r.min)}`;
    else if (r.max !== undefined) amountText = `不超过 ${money(r.max)}`;
  }
  const amount = $('result-amount');
  amount.textContent = amountText;
  amount.hidden = amountText === '';
  const reason = $('result-reason');
  reason.replaceChildren();
  if (r.reason) {
    reason.append(el('span', r.reason.zh));
    const en = el('span', ` ${r.reason.en}`, 'en');
    en.lang = 'en';
    reason.append(el('br'), en);
    if (r.clauses?.length) {
      reason.append(el('br'), '相关条款：');
      r.clauses.forEach((c, i) => {
        if (i) reason.append('、');
        reason.append(link(clauseUrl(r.policy, c), `§${c}`));
      });
    }
  }
  reason.hidden = !r.reason;

  $('result-steps-h').hidden = r.steps.length === 0;
  const steps = $('result-steps');
  steps.replaceChildren(
    ...r.steps.map((s) => {
      const li = el('li');
      li.append(el('span', s.zh));
      if (s.arithmetic) li.append(el('span', s.arithmetic, 'arith'));
      if (s.provision) {
        const links = el('span', '', 'links');
        links.append('依据：', link(globalProvisionUrl(s.provision), s.provision.slice(s.provision.indexOf(':') + 1)));
        if (s.clause) links.append(' · 原文 ', link(clauseUrl(r.policy, s.clause), `§${s.clause}`));
        li.append(links);
      }
      return li;
    }),
  );

  const interp = $('result-interp');
  interp.replaceChildren();
  if (r.interpretations?.length) {
    const box = el('div', undefined, 'note');
    box.append(el('h3', '解读说明'));
    for (const n of r.interpretations) {
      const p = el('p');
      p.append(link(globalProvisionUrl(n.provision), n.provision.slice(n.provision.indexOf(':') + 1)), '：');
      p.append(el('br'), el('strong', '本处采用的读法：'), langSpan(n.encoded));
      if (n.alternative) p.append(el('br'), el('strong', '另一种读法：'), langSpan(n.alternative));
      box.append(p);
    }
    interp.append(box);
  }
  section.hidden = false;
  return amountText ? `${STATUS_ZH[r.status]}。${amountText}` : STATUS_ZH[r.status];
}

function run(updateUrl: boolean): void {
  const values = Object.fromEntries(FIELDS.map((f) => [f, input(f).value])) as Record<Field, string>;
  clearErrors();
  const live = $('live');
  const errors: FieldError[] = [];

  const policy = getPolicy(values.policy);
  if (!policy) errors.push({ field: 'policy', zh: `未知的文件：${values.policy}`, en: `unknown document: ${values.policy}` });
  if (values.selfPaid.trim() === '') errors.push({ field: 'selfPaid', zh: '请填写政策范围内自负费用，如 24000', en: 'enter the self-paid cost, e.g. 24000' });

  const raw: Record<string, string> = { group: values.group, care: values.care, selfPaid: values.selfPaid };
  if (values.aidedThisYear.trim() !== '') raw.aidedThisYear = values.aidedThisYear;

  let result: CalcResult | undefined;
  const skip = (e: FieldError): boolean => e.field === 'selfPaid' && values.selfPaid.trim() === '';
  if (policy) {
    const out = calculate('medical-aid', policy, raw);
    if (out.ok) result = out.value;
    else errors.push(...out.errors.filter((e) => !skip(e)));
  } else {
    // Still check the other fields, so every mistake is reported at once.
    const out = parseInput(calculators['medical-aid'].input, raw);
    if (!out.ok) errors.push(...out.errors.filter((e) => !skip(e)));
  }

  const share = $<HTMLAnchorElement>('share-link');
  if (updateUrl) {
    share.href = writeQuery(values);
    share.hidden = false;
  }

  if (errors.length || !result) {
    for (const e of errors) showError(e.field, e.zh, e.en);
    $('result').hidden = true;
    live.textContent = `有 ${errors.length} 处输入需要更正：${errors.map((e) => e.zh).join('；')}`;
    const first = errors.find((e) => (FIELDS as readonly string[]).includes(e.field));
    if (first && updateUrl) input(first.field as Field).focus();
    return;
  }
  live.textContent = `计算结果：${renderResult(result)}`;
  if (updateUrl) $('result').scrollIntoView({ block: 'nearest' });
}

export function mount(): void {
  const form = $<HTMLFormElement>('calc');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    run(true);
  });
  if (readQuery()) run(false);
}
