import { describeValue } from './format.ts';
import type { Policy } from './schema/index.ts';

/** Flat rows of provisions, one per provision, for CSV and tables. */
export const PROVISION_COLUMNS = [
  'policy', 'id', 'clause', 'area', 'kind', 'value_zh', 'value_en', 'applies_to', 'departments', 'lead_department',
  'quote', 'summary_zh', 'summary_en', 'interpretation_encoded', 'interpretation_alternative', 'interpretation_zh_encoded', 'interpretation_zh_alternative',
] as const;

export function provisionRows(policies: Policy[], area?: string): string[][] {
  return policies.flatMap((policy) =>
    policy.provisions
      .filter((p) => !area || p.area === area)
      .map((p) => {
        const v = describeValue(p);
        return [
          policy.id, p.id, p.clause, p.area, p.kind, v.zh, v.en, p.appliesTo.join(' '), p.departments.join('、'), p.leadDepartment ?? '',
          p.quote, p.summary.zh, p.summary.en, p.interpretation?.encoded ?? '', p.interpretation?.alternative ?? '',
          p.interpretation?.zh?.encoded ?? '', p.interpretation?.zh?.alternative ?? '',
        ];
      }),
  );
}
