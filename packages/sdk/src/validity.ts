/**
 * Which rules are in force on which date. A document's time in force is data (`inForce`: start and
 * end, each with its basis and the words it rests on); `statusOn` reads it for a date — by default
 * today, from the caller's clock, never a date fixed when the SDK or the site was built.
 */
import type { InForceDates } from './schema/index.ts';
import { _excerpt } from './excerpt.ts';

/** `in-force`; `not-yet` (before its start); `lapsed` (after its end); `open-ended` (started, and the text states no end). */
export type ValidityStatus = 'in-force' | 'not-yet' | 'lapsed' | 'open-ended';

/** Whether a document is in force on a day, why, and a warning where the answer may not be the rules in force. */
export interface StatusOn {
  /** The day asked about, `YYYY-MM-DD`. */
  date: string;
  status: ValidityStatus;
  /** First and last day in force, where known. */
  start?: string;
  end?: string;
  /** Why, in both languages, naming the words it rests on. */
  reason: { zh: string; en: string };
  /** The words and clause of the end (or of the start, when not yet in force) that decide it. */
  quote?: string;
  clause?: string;
  /** Lapsed, not yet in force, or with no end stated: an answer from it is shown with this warning, not as current. */
  warning?: { zh: string; en: string };
}

/** The statuses in words, for labels (in a module of its own: a page that only computes need not carry them). */
export { VALIDITY_STATUS_TEXT } from './validity-text.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `s` a real calendar day written `YYYY-MM-DD` (no 2023-02-30)? */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The field error for a day that is not a real `YYYY-MM-DD` (the API's `asOf`); none for a good one. */
export function asOfErrors(asOf: unknown): { field: string; zh: string; en: string }[] {
  if (asOf === undefined || (typeof asOf === 'string' && isIsoDate(asOf))) return [];
  const shown = typeof asOf === 'string' ? _excerpt(asOf) : `（${asOf === null ? 'null' : typeof asOf}）`;
  const shownEn = typeof asOf === 'string' ? shown : `(${asOf === null ? 'null' : typeof asOf})`;
  return [{ field: 'asOf', zh: `日期须写作 YYYY-MM-DD 的真实日期：${shown}`, en: `a real date written YYYY-MM-DD: ${shownEn}` }];
}

/** Today on the caller's clock, as `YYYY-MM-DD` in the caller's time zone. */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const dayZh = (iso: string) => {
  const m = ISO.exec(iso)!;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
};
const basisZh = (e: InForceDates['start']): string => (e.quote ? `“${e.quote}”` : '文件未载明');

/**
 * The status of a document on a date (default: today on the caller's clock). Dates compare as
 * days: a document is in force on its first and its last day. A document with no `inForce` data
 * gets none: the caller must not present its answers as current (the local documents all have it).
 */
export function statusOn(policy: { inForce?: InForceDates | undefined }, date: string = today()): StatusOn | undefined {
  const v: InForceDates | undefined = policy.inForce;
  if (!v) return undefined;
  if (!isIsoDate(date)) throw new RangeError(`statusOn: not a date written YYYY-MM-DD: ${date.slice(0, 40)}`);
  const start = v.start.date;
  const end = v.end.date;
  const base = { date, ...(start ? { start } : {}), ...(end ? { end } : {}) };
  if (start && date < start) {
    return {
      ...base,
      status: 'not-yet',
      reason: { zh: `${dayZh(date)}尚未施行：自${dayZh(start)}起施行（${basisZh(v.start)}）`, en: `Not yet in force on ${date}: in force from ${start}` },
      ...(v.start.quote ? { quote: v.start.quote } : {}),
      ...(v.start.clause ? { clause: v.start.clause } : {}),
      warning: { zh: `本文件于${dayZh(date)}尚未施行`, en: `This document was not yet in force on ${date}` },
    };
  }
  if (end && date > end) {
    return {
      ...base,
      status: 'lapsed',
      reason: { zh: `按其所载有效期，本文件有效至${dayZh(end)}（${basisZh(v.end)}），${dayZh(date)}已失效`, en: `By its own term the document was in force until ${end}; lapsed on ${date}` },
      ...(v.end.quote ? { quote: v.end.quote } : {}),
      ...(v.end.clause ? { clause: v.end.clause } : {}),
      warning: { zh: `已失效（按其所载有效期，至${dayZh(end)}）：以下结果按文件原文计算，未必是现行规定`, en: `Lapsed (by its own term, until ${end}): the answers follow its text and may not be the rules in force` },
    };
  }
  if (!end) {
    return {
      ...base,
      status: 'open-ended',
      reason: { zh: `自${dayZh(start!)}起施行；文件未载明有效期${v.trial ? '（试行）' : ''}`, en: `In force from ${start}; no end stated${v.trial ? ' (trial)' : ''}` },
      warning: { zh: `文件未载明有效期${v.trial ? '（试行）' : ''}：是否仍在执行，请向当地民政部门核实`, en: `No end stated${v.trial ? ' (trial)' : ''}: check with the local civil-affairs bureau whether it still applies` },
    };
  }
  return {
    ...base,
    status: 'in-force',
    reason: { zh: `${dayZh(date)}有效：自${dayZh(start!)}起至${dayZh(end)}（${basisZh(v.end)}）`, en: `In force on ${date}: from ${start} until ${end}` },
    ...(v.end.quote ? { quote: v.end.quote } : {}),
    ...(v.end.clause ? { clause: v.end.clause } : {}),
  };
}
