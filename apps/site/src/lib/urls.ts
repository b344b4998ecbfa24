/** Stable public URLs of the site. Clause ids are used verbatim as fragments: `/policies/guzhang-2021/#4.3`. */

export const docUrl = (policyId: string): string => `/policies/${policyId}/`;

export const clauseUrl = (policyId: string, clauseId: string): string => `${docUrl(policyId)}#${clauseId}`;

export const provisionUrl = (policyId: string, provisionId: string): string => `${docUrl(policyId)}p/${provisionId}/`;

/** `guzhang-2021:medical.inpatient.dibao.threshold` → its provision page. */
export function globalProvisionUrl(globalId: string): string {
  const i = globalId.indexOf(':');
  return provisionUrl(globalId.slice(0, i), globalId.slice(i + 1));
}

export const calculatorUrl = (id: string, query?: Record<string, string>): string =>
  `/calculators/${id}/${query && Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : ''}`;

/** The policy id of a document or provision page, from its path. */
export function policyIdFromPath(pathname: string): string | undefined {
  return /^\/policies\/([^/]+)\//.exec(pathname)?.[1];
}
