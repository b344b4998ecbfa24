/**
 * Deterministic generator of medical-aid inputs: a fixed seed gives the same households on every
 * machine (mulberry32 PRNG). Amounts are decimal strings with up to two decimals, as the SDK expects.
 */
import { CARE_TYPE_IDS, TARGET_GROUP_IDS, type MedicalAidInput } from '@bangfu/sdk';
import { mulberry32 } from './prng.ts';

/** A money string from integer fen: 123456 → "1234.56" (never a float on the way). */
const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

export function households(n: number, seed: number): MedicalAidInput[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Weighted towards the groups the documents quantify (dibao, tekun, low-income).
  const groups = ['dibao', 'dibao', 'dibao', 'tekun', 'low-income', 'low-income', ...TARGET_GROUP_IDS] as const;
  const out: MedicalAidInput[] = [];
  for (let i = 0; i < n; i++) {
    const selfPaidFen = Math.floor(rand() * 8_000_000); // 0 – 80,000 元
    const aided = rand() < 0.3 ? yuan(Math.floor(rand() * 4_000_000)) : undefined; // 30% already aided this year
    out.push({ group: pick(groups), care: pick(CARE_TYPE_IDS), selfPaid: yuan(selfPaidFen), ...(aided ? { aidedThisYear: aided } : {}) });
  }
  return out;
}
