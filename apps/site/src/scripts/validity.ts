/**
 * Which documents are in force today — computed in the browser, on the reader's clock (or for the
 * day in the page's `?asOf=` parameter), never on the day the site was built. Elements carrying
 * `data-in-force` (a document's `inForce` data, JSON) get their status written into them;
 * comparison tables mark the cells of a document that is not in force on that day.
 */
import { isIsoDate, statusOn, today, VALIDITY_STATUS_TEXT, type StatusOn } from '@bangfu/sdk/validity';
import type { InForce } from '@bangfu/sdk/schemas';

/** The day asked: `?asOf=YYYY-MM-DD` where given and valid, else today on this device's clock. */
export function askedDay(search: string = location.search): { date: string; fromUrl: boolean } {
  const q = new URLSearchParams(search).get('asOf');
  return q && isIsoDate(q) ? { date: q, fromUrl: true } : { date: today(), fromUrl: false };
}

const statusOf = (el: HTMLElement, date: string): StatusOn | undefined => {
  try {
    return statusOn({ inForce: JSON.parse(el.dataset.inForce ?? '') as InForce }, date);
  } catch {
    return undefined;
  }
};

/** Fill every `[data-in-force]` status slot; mark comparison columns of documents not in force. */
export function mountValidity(root: ParentNode = document): void {
  const { date, fromUrl } = askedDay();
  // The edition's language: an English page says the same in English.
  const en = document.documentElement.lang === 'en';
  const lang = en ? 'en' : 'zh';
  for (const el of root.querySelectorAll<HTMLElement>('[data-in-force]')) {
    const s = statusOf(el, date);
    if (!s) continue;
    el.dataset.validity = s.status;
    const slot = el.querySelector<HTMLElement>('[data-validity-status]');
    if (slot) {
      const day = fromUrl ? `${en ? 'On' : '按'} ${date}` : en ? `Today (${date})` : `按今天（${date}）`;
      // Beside results, the warning says what it means for them; in a document's header, the status and why.
      slot.textContent = `${day}${en ? ': ' : '：'}${el.classList.contains('result-validity') && s.warning ? s.warning[lang] : `${VALIDITY_STATUS_TEXT[s.status][lang]}${en ? '. ' : '。'}${s.reason[lang]}`}`;
      slot.dataset.status = s.status;
      slot.classList.toggle('validity-warning', !!s.warning);
    }
    const policy = el.dataset.policyColumn;
    if (policy && (s.status === 'lapsed' || s.status === 'not-yet')) {
      const label = el.querySelector<HTMLElement>('[data-validity-label]');
      if (label) label.textContent = VALIDITY_STATUS_TEXT[s.status][lang];
      for (const td of root.querySelectorAll<HTMLElement>(`td[data-policy="${CSS.escape(policy)}"]`)) td.dataset.validity = s.status;
    }
  }
  const field = root.querySelector<HTMLInputElement>('input[name="asOf"]');
  if (field && !field.value) field.value = date;
  // Changing the day keeps everything else in the address (a household's entries, a row's anchor).
  field?.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    if (field.value && isIsoDate(field.value)) url.searchParams.set('asOf', field.value);
    else url.searchParams.delete('asOf');
    location.assign(url.toString());
  });
}
