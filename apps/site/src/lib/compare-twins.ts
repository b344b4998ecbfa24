/** The comparison and data pages that have an English twin (lib/i18n.ts hasTwin): the index, each area, the curves, the downloads. */
import { AREA_IDS } from '@bangfu/sdk';

export function hasCompareTwin(zhPath: string): boolean {
  if (zhPath === '/compare/' || zhPath === '/compare/curves/' || zhPath === '/data/') return true;
  const m = /^\/compare\/([^/]+)\/$/.exec(zhPath);
  return !!m && (AREA_IDS as readonly string[]).includes(m[1]!);
}
