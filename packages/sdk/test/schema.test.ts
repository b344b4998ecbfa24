import { describe, expect, it } from 'vitest';
import { Policy, Provision } from '../src/schema/index.ts';
import { policyList } from '../src/policies/index.ts';

const base = { id: 'medical.x', concept: 'local', clause: '4.3', area: 'medical', summary: { zh: '甲', en: 'a' }, quote: '起付线4000元' } as const;

describe('Provision schema', () => {
  it('accepts a threshold with an amount, or null for 不设起付线', () => {
    expect(Provision.parse({ ...base, kind: 'threshold', amount: '4000' })).toMatchObject({ kind: 'threshold', amount: '4000', unit: 'CNY/year', appliesTo: [] });
    expect(Provision.parse({ ...base, kind: 'threshold', amount: null }).kind).toBe('threshold');
  });

  it('rejects a number where a decimal string is required, naming the field', () => {
    const r = Provision.safeParse({ ...base, kind: 'threshold', amount: 4000 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['amount']);
  });

  it('rejects an unknown kind, area or target group', () => {
    expect(Provision.safeParse({ ...base, kind: 'bonus' }).success).toBe(false);
    expect(Provision.safeParse({ ...base, kind: 'commitment', area: 'sports' }).success).toBe(false);
    expect(Provision.safeParse({ ...base, kind: 'commitment', appliesTo: ['students'] }).success).toBe(false);
  });

  it('rejects ids that are not lower-case dotted paths', () => {
    expect(Provision.safeParse({ ...base, kind: 'commitment', id: 'Medical Threshold' }).success).toBe(false);
  });

  it('requires both readings of a relative change', () => {
    const rc = { ...base, kind: 'relative-change', change: '0.1', target: 'reimbursement ratio', encodedReading: 'proportional' } as const;
    const times = { zh: '乘以1.1', en: '×1.1' };
    const points = { zh: '加10个百分点', en: '+10 pp' };
    expect(Provision.safeParse({ ...rc, readings: [{ id: 'proportional', text: times }] }).success).toBe(false);
    expect(Provision.safeParse({ ...rc, readings: [{ id: 'proportional', text: times }, { id: 'percentage-points', text: points }] }).success).toBe(true);
    // each reading is written in both languages
    expect(Provision.safeParse({ ...rc, readings: [{ id: 'proportional', text: '×1.1' }, { id: 'percentage-points', text: points }] }).success).toBe(false);
  });
});

describe('Policy schema', () => {
  const minimal = {
    id: 'guzhang-2021', title: 't', shortName: { zh: '甲', en: 'a' }, docNumber: 'x', issuers: [], issued: '2021-09-27', effective: 'e', parents: [], groups: [],
    region: { province: { zh: '甲', en: 'a' }, prefecture: { zh: '甲', en: 'a' }, county: { zh: '甲', en: 'a' } },
    clauses: [{ id: '4' }, { id: '4.3', parent: '4' }],
  };
  it('rejects a provision citing a clause the policy does not have', () => {
    const r = Policy.safeParse({ ...minimal, provisions: [{ ...base, clause: '9.9', kind: 'commitment' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toContain('unknown clause 9.9');
  });
  it('rejects duplicate provision ids', () => {
    const r = Policy.safeParse({ ...minimal, provisions: [{ ...base, kind: 'commitment' }, { ...base, kind: 'commitment' }] });
    expect(r.success).toBe(false);
  });
  it('validates every encoded policy', () => {
    for (const p of policyList()) expect(Policy.safeParse(p).success, p.id).toBe(true);
  });
});
