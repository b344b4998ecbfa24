import type { ValidityStatus } from './validity.ts';

/** The statuses in words, for labels. */
export const VALIDITY_STATUS_TEXT: Record<ValidityStatus, { zh: string; en: string }> = {
  'in-force': { zh: '有效', en: 'in force' },
  'not-yet': { zh: '尚未施行', en: 'not yet in force' },
  lapsed: { zh: '已失效（按其所载有效期）', en: 'lapsed (by its own term)' },
  'open-ended': { zh: '未载明有效期', en: 'no end stated' },
};
