/**
 * Medical aid, 100,000 households × the five policies, one core, side by side in one run (issue 15 (a)):
 *   reference   a hand-written exact integer-fen implementation of the same rules (rules resolved once,
 *               here, by this file's own code), returning the amount string;
 *   compiled    the SDK's compiled evaluator without the trace (`{ trace: false }`);
 *   traced      the compiled evaluator with the steps trace (the default);
 *   exact       the decimal.js reading with its trace, resolving the rules on every call (the path
 *               every call took before the evaluator was compiled).
 * All four take the same pre-validated inputs. Best of three interleaved passes per variant; the
 * ratios to the reference are what to compare (the machine is shared and noisy). Also checks that the
 * reference and the compiled evaluator give the same amount for every household.
 * Run: node --disable-warning=ExperimentalWarning --conditions=bangfu-source medical.ts
 */
import { MedicalAidInput, policyList, type Policy } from '@bangfu/sdk';
import { _medicalAidExact, compileMedicalAid } from '../packages/sdk/src/calculators/medical-aid.ts';
import { households } from './households.ts';

const N = Number(process.env.N ?? 100_000);
const inputs = households(N, 20240601).map((h) => MedicalAidInput.parse(h));
const policies = policyList();

const toFen = (s: string): number => {
  const [i, f = ''] = s.split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
};
const fenText = (f: number): string => `${Math.trunc(f / 100)}.${String(f % 100).padStart(2, '0')}`;

/** The hand-written reference: the rules of one policy as integers, looked up by group and care. */
function reference(policy: Policy): (h: (typeof inputs)[number]) => string {
  type R = { th: number; num: number; den: number; cap: number; floor: boolean } | undefined;
  const table = new Map<string, R>();
  const rule = (kind: string, g: string, c: string) =>
    policy.provisions.find((p) => p.area === 'medical' && p.kind === kind && ((p as { care?: string[] }).care ?? []).includes(c) && (p.appliesTo as string[]).includes(g)) as
      | { amount?: string | null; ratio?: string; bound?: string }
      | undefined;
  for (const h of inputs) {
    const key = `${h.group}/${h.care}`;
    if (table.has(key)) continue;
    const ratio = rule('ratio', h.group, h.care);
    if (!ratio) {
      table.set(key, undefined);
      continue;
    }
    const [ri, rf = ''] = ratio.ratio!.split('.');
    const den = 10 ** rf.length;
    const th = rule('threshold', h.group, h.care)?.amount;
    const cap = rule('cap', h.group, h.care)?.amount;
    table.set(key, { th: th ? toFen(th) : 0, num: Number(ri) * den + Number(rf || '0'), den, cap: cap ? toFen(cap) : -1, floor: ratio.bound === 'min' });
  }
  return (h) => {
    const r = table.get(`${h.group}/${h.care}`);
    if (!r) return 'not-specified';
    const raw = Math.max(toFen(h.selfPaid) - r.th, 0) * r.num; // fen × den
    const capped = r.cap < 0 ? raw : Math.min(raw, Math.max(r.cap - toFen(h.aidedThisYear), 0) * r.den);
    return fenText(Math.floor((2 * capped + r.den) / (2 * r.den)));
  };
}

type Variant = { name: string; make: (p: Policy) => (h: (typeof inputs)[number]) => unknown };
const variants: Variant[] = [
  { name: 'reference (hand-written integer fen)', make: reference },
  { name: 'compiled, no trace', make: (p) => { const e = compileMedicalAid(p); return (h) => e(h, { trace: false }); } },
  { name: 'compiled, with trace', make: (p) => compileMedicalAid(p) },
  { name: 'exact decimal.js with trace, rules found per call', make: (p) => (h) => _medicalAidExact(p, h) },
];

// Same answers: the reference and the compiled evaluator agree on every household.
let mismatches = 0;
for (const p of policies) {
  const ref = reference(p);
  const e = compileMedicalAid(p);
  for (const h of inputs) {
    const r = e(h, { trace: false });
    const amount = r.status === 'computed' ? r.amount : r.status === 'range' ? r.min : 'not-specified';
    if (amount !== ref(h)) mismatches++;
  }
}

const best = new Map<string, number>();
const sink: unknown[] = [];
for (let round = 0; round < 4; round++) {
  for (const v of variants) {
    const fns = policies.map((p) => v.make(p));
    const t0 = process.hrtime.bigint();
    for (const f of fns) for (let i = 0; i < inputs.length; i++) sink[i & 1023] = f(inputs[i]!);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (round > 0) best.set(v.name, Math.min(best.get(v.name) ?? Infinity, s)); // round 0 warms up
  }
}
const ref = best.get(variants[0]!.name)!;
console.log(`medical aid, ${N.toLocaleString('en')} households × ${policies.length} policies, best of 3 (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
console.log('| variant | s | ns per household·policy | × reference |');
console.log('| --- | --: | --: | --: |');
for (const v of variants) {
  const s = best.get(v.name)!;
  console.log(`| ${v.name} | ${s.toFixed(3)} | ${Math.round((s / (N * policies.length)) * 1e9)} | ${(s / ref).toFixed(2)} |`);
}
console.log(`amounts differing between the reference and the compiled evaluator: ${mismatches} of ${N * policies.length}`);
