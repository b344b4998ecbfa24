/**
 * Browser side of a calculator form: read and write its fields, mirror them in the URL query so a
 * computation can be shared (format and reading rules: `lib/urls.ts`), say what an old link was
 * read as, show field-level errors (bilingual, aria-invalid, announced in the polite live region),
 * and never leave results on screen as if they answered entries they do not answer. Values are
 * only ever set as text.
 */
import type { FieldError } from '@bangfu/sdk/calculators';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { formField, toInput } from '../lib/calc-forms.ts';
import { say } from '../lib/result-view.ts';
import { h, toDom } from '../lib/vnode.ts';
import { decodeEntries, encodeEntries, URL_VERSION, type DecodedEntries, type UrlNotice } from '../lib/urls.ts';

const $ = <T extends HTMLElement>(id: string): T | null => document.getElementById(id) as T | null;
const control = (name: string) => $<HTMLInputElement | HTMLSelectElement>(`f-${name}`);
const isCheckbox = (c: Element): boolean => c instanceof HTMLInputElement && c.type === 'checkbox';

export function readForm(fields: FieldSpec[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const c = control(f.name);
    if (!c) continue;
    out[f.name] = isCheckbox(c) ? ((c as HTMLInputElement).checked ? 'true' : '') : c.value;
  }
  return out;
}

/** The values the page was built with (its HTML's own values), which its built results answer. */
export function defaultValues(fields: FieldSpec[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const c = control(f.name);
    if (!c) continue;
    if (isCheckbox(c)) out[f.name] = (c as HTMLInputElement).defaultChecked ? 'true' : '';
    else if (c instanceof HTMLSelectElement) out[f.name] = (Array.from(c.options).find((o) => o.defaultSelected) ?? c.options[0])?.value ?? '';
    else out[f.name] = (c as HTMLInputElement).defaultValue;
  }
  return out;
}

/** Set every field; an unknown choice is kept and shown as such, never dropped; an empty choice selects nothing when the field has no empty option. */
export function fillFields(fields: FieldSpec[], values: Record<string, string>): void {
  for (const f of fields) {
    const c = control(f.name);
    if (!c) continue;
    const v = values[f.name] ?? '';
    if (isCheckbox(c)) (c as HTMLInputElement).checked = v === 'true';
    else if (c instanceof HTMLSelectElement) {
      if (v !== '' && !Array.from(c.options).some((o) => o.value === v)) c.add(new Option(isEnglish() ? `(not valid: ${v})` : `（无效：${v}）`, v));
      c.value = v;
    } else c.value = v;
  }
}

/**
 * Fill the form from the URL query. A URL without entries gives the page's defaults (also over
 * whatever the browser restored), so a reload always shows what the URL says.
 */
export function readQuery(fields: FieldSpec[]): DecodedEntries {
  const defaults = defaultValues(fields);
  const decoded = decodeEntries(location.search, fields, defaults);
  fillFields(fields, decoded.entries ?? defaults);
  return decoded;
}

/**
 * The language switch carries the entries and places the address holds (`?v=2&…&places=…`) to the
 * twin page: the switch marked `data-keep-query` (components/LangSwitch.astro), set on load and
 * whenever the address is rewritten (a change of places recomputes, and so rewrites it too). The
 * same as scripts/lang-switch.ts keepQueryInSwitch does for the comparison pages, here so that a
 * calculator's bundle (60 KB at most) needs no chunk of its own for it.
 */
const keepQueryInSwitch = (): void => {
  const link = document.querySelector<HTMLAnchorElement>('a[data-keep-query]');
  link?.setAttribute('href', link.getAttribute('href')!.replace(/[?#].*$/, '') + location.search);
};

/**
 * Put the entries in the address bar (every field, empty ones as `field=`); returns the URL. The
 * parameters named in `keep` (and the day asked, ?asOf=, see scripts/validity.ts) are not entries
 * but stay with them, after them.
 */
export function writeQuery(fields: FieldSpec[], values: Record<string, string>, keep: readonly string[] = []): string {
  const now = new URLSearchParams(location.search);
  const kept = ['asOf', ...keep].flatMap((k) => (now.get(k) ? [`&${k}=${encodeURIComponent(now.get(k)!)}`] : [])).join('');
  const url = `${location.pathname}?${encodeEntries(fields, values)}${kept}`;
  history.replaceState(null, '', url);
  keepQueryInSwitch();
  return url;
}

const en = (text: string): HTMLSpanElement => {
  const s = document.createElement('span');
  s.className = 'en';
  s.lang = 'en';
  s.textContent = text;
  return s;
};
/** Whether the page is the English edition's: its messages are then in English only. */
const isEnglish = (): boolean => document.documentElement.lang === 'en';
/** English text with Chinese in it (`0.3万`): each Chinese run marked lang="zh" (lib/result-view.ts say). */
const marked = (text: string): Node[] => [toDom(h('span', {}, say(text, { lang: 'en' })))];
/** A message as the edition says it: on a Chinese page the Chinese with the English beside it (lang="en", after `sep`); on an English page the English alone. */
const bilingual = (zh: string, english: string, sep = ' '): (string | Node)[] => (isEnglish() ? marked(english) : [zh, en(`${sep}${english}`)]);

/** The notice over the form saying how a link was read (#link-notice, a polite live region); nothing when it was read exactly. */
export function showLinkNotice(notices: UrlNotice[], version: number): void {
  const region = $('link-notice');
  if (!region) return;
  if (!notices.length) {
    region.replaceChildren();
    return;
  }
  const box = document.createElement('div');
  box.className = 'note link-notice';
  const head = document.createElement('p');
  const strong = document.createElement('strong');
  const old = version !== URL_VERSION;
  const [zh, english] = old
    ? ['此链接来自旧版本，部分输入已按现行格式读取：', 'This link comes from an older version of the page; some entries were read in the current format:']
    : ['此链接中有部分输入未能按原样读取：', 'Some entries of this link could not be read as they are:'];
  const [first, ...rest] = bilingual(zh, english);
  strong.append(first!);
  head.append(strong, ...rest);
  const list = document.createElement('ul');
  for (const n of notices) {
    const li = document.createElement('li');
    li.dataset.kind = n.kind;
    if (n.field) li.dataset.field = n.field;
    li.append(...bilingual(n.zh, n.en, ' / '));
    list.append(li);
  }
  const tail = document.createElement('p');
  tail.className = 'small';
  tail.append(...bilingual('请核对上面的输入，必要时修改后重新计算。', 'Check the entries above before relying on the results.'));
  box.append(head, list, tail);
  region.replaceChildren(box);
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
    if (box.textContent) box.append(document.createElement('br'));
    box.append(...bilingual(`${own ? '' : `${e.field}：`}${e.zh}`, `${own ? '' : `${e.field}: `}${e.en}`, ' / '));
    if (own) control(name)?.setAttribute('aria-invalid', 'true');
  }
  announce(isEnglish() ? errors.map((e) => e.en).join('; ') : `有 ${errors.length} 处输入需要更正：${errors.map((e) => e.zh).join('；')}`);
  const first = errors.map((e) => formField(e.field)).find((n) => names.has(n));
  if (focus && first) control(first)?.focus();
}

export function announce(text: string): void {
  $('live')?.replaceChildren(...(isEnglish() ? marked(text) : [text]));
}

/**
 * Whether the results on screen answer the entries: `fresh` (they do), `edited` (the entries were
 * changed and not yet computed), `error` (the last computation stopped at an entry error: the
 * results are the previous ones), `pending` (computing).
 */
export type ResultState = 'fresh' | 'edited' | 'error' | 'pending';

export interface MountOptions {
  /** id of the line that says what the results answer ("按上面的输入计算。"); hidden while they do not. */
  label?: string;
  /** Selectors of the result areas to mark `data-stale="true"` (with each `.result` card in them). */
  marks?: string[];
  /** URL parameters that are not entries but are kept beside them (the places shown, ?places=). */
  keep?: string[];
}

/** The banner over results that do not answer the entries: its head, the Chinese, the English (which begins with its head). */
function staleMessage(state: ResultState, submit: string): [string, string, string] {
  if (state === 'error') return ['已过期：', '输入有误，结果未更新。下方仍是之前的结果，与上面的输入不符；请按提示更正后重新计算。', 'Out of date: an entry has an error, so the results below were not updated and do not match the entries above.'];
  if (state === 'edited') return ['输入已修改：', `下方结果尚未按新的输入更新，请按“${submit}”。`, `Entries changed: the results below are not updated yet; press “${submit}”.`];
  return ['正在计算：', '按上面的输入计算中…', 'Calculating from the entries above…'];
}

/** Printing a result prints its steps and citations: folded parts open before the page is printed. */
function openFoldedWhenPrinting(): void {
  addEventListener('beforeprint', () => document.querySelectorAll<HTMLDetailsElement>('#results details').forEach((d) => (d.open = true)));
}

/**
 * Wire a calculator form: on submit — and on load, when the URL holds entries — read the fields,
 * mirror them in the URL, turn them into input and hand it to `compute`. `compute` answers with
 * the SDK's field errors, or with a function that renders the result; every error of the form and
 * the SDK is shown at once, and nothing is rendered from input with an error. While the results on
 * screen do not answer the entries (an error, an edit not yet computed), they are marked
 * out of date and the label saying what they answer is hidden.
 */
export function mountForm(
  fields: FieldSpec[],
  compute: (input: Record<string, unknown>) => Promise<FieldError[] | (() => void)> | FieldError[] | (() => void),
  options: MountOptions = {},
): MountedForm {
  openFoldedWhenPrinting();
  const form = document.getElementById('calc') as HTMLFormElement;
  const key = (values: Record<string, string>) => encodeEntries(fields, values);
  const label = $(options.label ?? 'results-case');
  const marks = () => (options.marks ?? ['#results']).flatMap((s) => Array.from(document.querySelectorAll<HTMLElement>(s)));
  const submitText = form.querySelector('button[type="submit"]')?.textContent?.trim() || '计算';

  // The banner sits where the label is; its region exists from the start so that what it says is announced.
  const region = document.createElement('div');
  region.id = 'stale-region';
  region.setAttribute('role', 'status');
  (label ?? marks()[0])?.before(region);

  const decoded = readQuery(fields);
  keepQueryInSwitch();
  showLinkNotice(decoded.notices, decoded.version);
  /** The entries the results on screen answer: at first the page's defaults (the built example). */
  let answered = key(defaultValues(fields));
  let state: ResultState = 'fresh';
  /** Mark the results (also freshly rendered ones) and show the banner; the banner is rewritten only when the state changes, so it is announced once. */
  const setState = (next: ResultState) => {
    const changed = next !== state;
    state = next;
    const stale = next !== 'fresh';
    if (label) label.hidden = stale;
    for (const m of marks()) {
      for (const el of [m, ...Array.from(m.querySelectorAll<HTMLElement>('.result'))]) {
        if (stale && next !== 'pending') el.dataset.stale = 'true';
        else delete el.dataset.stale;
      }
    }
    if (!changed) return;
    if (!stale) {
      region.replaceChildren();
      return;
    }
    const [head, zh, english] = staleMessage(next, submitText);
    const p = document.createElement('p');
    p.className = 'stale-note';
    p.dataset.reason = next;
    const b = document.createElement('strong');
    // In English the message says its head in its first words.
    b.textContent = isEnglish() ? '' : head;
    p.append(b, ...bilingual(zh, english));
    region.replaceChildren(p);
  };

  let runs = 0;
  const run = async (focus: boolean): Promise<FieldError[]> => {
    const mine = ++runs;
    const values = readForm(fields);
    const k = key(values);
    clearErrors(fields);
    const share = $<HTMLAnchorElement>('share-link');
    const url = writeQuery(fields, values, options.keep);
    if (share) {
      share.href = url;
      share.hidden = false;
    }
    if (k !== answered) setState('pending');
    const { input, errors } = toInput(fields, values);
    let answer: Awaited<ReturnType<typeof compute>>;
    try {
      answer = await compute(input);
    } catch (e) {
      // The rules could not be loaded, say: the results on screen are not these entries' either.
      if (mine !== runs) return [];
      const box = $('form-error');
      if (box) box.replaceChildren(...bilingual('未能计算，请检查网络后重试。', `Could not compute (${(e as Error).message}); please try again.`, ' / '));
      setState('error');
      return [];
    }
    if (mine !== runs) return []; // a later computation took over
    const all = [...errors, ...(typeof answer === 'function' ? [] : answer.filter((e) => !errors.some((x) => x.field === formField(e.field))))];
    if (all.length || typeof answer !== 'function') {
      showErrors(fields, all, focus);
      setState('error');
      return all;
    }
    answer();
    answered = k;
    setState(key(readForm(fields)) === k ? 'fresh' : 'edited');
    return [];
  };

  const edited = () => {
    if (state !== 'fresh' && state !== 'edited') return;
    const next = key(readForm(fields)) === answered ? 'fresh' : 'edited';
    if (next !== state) setState(next);
  };
  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  if (decoded.entries) {
    void run(false).then((errors) => {
      // An old link whose values the page no longer accepts says so in the notice too.
      if (decoded.version === URL_VERSION || !errors.length) return;
      const byField = new Map(fields.map((f) => [f.name, f]));
      const noted = new Set(decoded.notices.map((n) => n.field));
      const more: UrlNotice[] = [];
      for (const e of errors) {
        const f = byField.get(formField(e.field));
        if (!f || noted.has(f.name)) continue;
        noted.add(f.name);
        more.push({ field: f.name, kind: 'invalid', zh: `${f.label}：旧链接中的值按现行规则有误（说明见该项下方）`, en: `${f.en}: the old link's value is not valid now (see the message under the field)` });
      }
      if (more.length) showLinkNotice([...decoded.notices, ...more], decoded.version);
    });
  }
  return { recompute: () => run(false), fromLink: !!decoded.entries };
}

/** A mounted form: computing again with the entries as they stand (when something else changed: the places shown). */
export interface MountedForm {
  recompute(): Promise<FieldError[]>;
  /** Whether the URL carried entries (the form then computes them at once). */
  fromLink: boolean;
}
