/**
 * The English edition (/en/…): its UI strings as data, its URLs, and the language switch's target
 * for any page (the twin in the other language, keeping the place: same document, same provision).
 * The documents' own words stay Chinese on English pages (marked lang="zh"); everything said about
 * them in English comes from the encodings (`summary.en`, `interpretation.encoded`, `Ed`'s `en`,
 * `describeValue(p).en`) or from the strings below — never re-typed from a document.
 */
import { AREAS, CARE_TYPES, findPolicy, getNational, PROVISION_KINDS, TARGET_GROUPS, type Policy } from '@bangfu/sdk';
import { calcTwin } from './i18n-calc.ts';
import { hasCompareTwin } from './compare-twins.ts';

export type Lang = 'zh' | 'en';

export const EN_PREFIX = '/en';

export const enDocUrl = (policyId: string): string => `${EN_PREFIX}/policies/${policyId}/`;
export const enClauseUrl = (policyId: string, clauseId: string): string => `${enDocUrl(policyId)}#${clauseId}`;
export const enProvisionUrl = (policyId: string, provisionId: string): string => `${enDocUrl(policyId)}p/${provisionId}/`;

/** The UI of the English edition. */
export const EN = {
  site: 'Bangfu: social-assistance policies compared',
  siteShort: 'Bangfu',
  skip: 'Skip to content',
  nav: 'Main navigation',
  home: 'Home',
  documents: 'Documents',
  chineseOnly: 'In Chinese only',
  calculators: 'Calculators',
  household: 'One household',
  compare: 'Comparison',
  data: 'Data',
  search: 'Search',
  searchLabel: 'Search the documents and their provisions',
  searchPlaceholder: 'Search, e.g. threshold',
  switchTo: '中文',
  switchLabel: '中文版',
  footer1: `Bangfu: local Chinese documents on help for urban residents in special hardship, shown clause by clause, encoded and computable. The Chinese text of each document is authoritative; every editorial correction is marked.`,
  footer2: 'This site makes no third-party requests; the calculators run in your browser and nothing you enter is uploaded.',
  about: 'About this site (in Chinese)',
  breadcrumb: 'You are here',
  docNumber: 'Document number',
  issuers: 'Issued by',
  noIssuers: 'Not printed in the document',
  issued: 'Date written',
  region: 'Place',
  national: 'National',
  effective: 'Takes effect',
  validity: 'Term of validity',
  inForce: 'In force',
  from: 'from',
  to: 'to',
  noEnd: 'no end date printed',
  trial: ' (issued for trial)',
  period: 'Plan period',
  parents: 'Implements',
  citations: 'Also cites',
  words: 'The document says',
  clauses: 'clauses',
  provisions: 'encoded provisions',
  commitments: 'of them commitments without a number',
  noText: 'The text of this document has not been entered yet; the metadata above is encoded.',
  toc: 'Clauses',
  nationalNote: 'This is a national rule, not one of the local documents: the calculators take from it the rules the local documents do not state (the dibao income test, dibao paid as the gap). Only the clauses the calculators cite are included.',
  inThisClause: 'Encoded in this clause',
  readEncoded: 'Reading used here:',
  readOther: 'Other reading:',
  interpHeading: 'Interpretation: the text can be read more than one way',
  editorFix: 'Editorial correction: the source printed',
  editorDrafting: 'Editorial note: as printed',
  meant: 'meaning',
  quote: 'The text (Chinese)',
  from_: 'From',
  encoding: 'Encoding',
  kind: 'Kind',
  value: 'Value',
  area: 'Area',
  dates: 'Time of this rule',
  appliesTo: 'Applies to',
  appliesAll: 'Every target group of the document (the text names no group)',
  care: 'Care type',
  departments: 'Responsible departments',
  noDepartments: 'Not named in the text',
  lead: 'Lead department',
  variables: 'Variables',
  sameClause: 'Other provisions of the same clause',
  readingsHeading: 'Two readings',
  readings: { 'percentage-points': 'in percentage points (added)', proportional: 'proportionally (multiplied)' } as Record<string, string>,
  readingUsed: ' (used here)',
  docsLead: 'Each document is shown clause by clause in its own Chinese words, with the English summary of every encoded provision beside the clause it comes from. A clause can be linked to directly.',
  homeLead: (n: number) => `${n} local Chinese documents on help for urban residents in special hardship, shown clause by clause. Every figure in a text links to its encoding; the calculators and comparison tables run on the same encoding, so every amount can be traced to the words it comes from. Where a document sets no figure, the site says so.`,
  homeCalc: 'The calculators, the household view and the comparison tables run on the same encodings, every step and cell citing its rule:',
} as const;

export const areaEn = (id: string): string => (AREAS as Record<string, { en: string }>)[id]?.en ?? id;
export const careEn = (id: string): string => (CARE_TYPES as Record<string, { en: string }>)[id]?.en ?? id;
export const kindEn = (id: string): string => (PROVISION_KINDS as Record<string, { en: string }>)[id]?.en ?? id;
export const groupEn = (id: string): string => (TARGET_GROUPS as Record<string, { en: string }>)[id]?.en ?? id;

export const regionEn = (p: Partial<Pick<Policy, 'region'>>): string =>
  p.region ? [...new Set([p.region.county.en, p.region.prefecture.en, p.region.province.en])].join(', ') : EN.national;

/** `2021-09-27` → `27 September 2021`. */
export function dateEn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m[2]) - 1];
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** A document's English name: its place and year (the title itself is Chinese and stays so). */
export const docNameEn = (p: Pick<Policy, 'shortName' | 'issued'> & Partial<Pick<Policy, 'scope'>>): string => (p.scope === 'national' ? `National rule (${p.issued.slice(0, 4)})` : `${p.shortName.en} (${p.issued.slice(0, 4)})`);

/**
 * Text in which Chinese words may appear (an English value naming 低保标准, a unit 人次): runs of
 * Chinese and of the rest, so that a page can mark each Chinese run lang="zh".
 */
export function splitHan(text: string): { zh: boolean; text: string }[] {
  const out: { zh: boolean; text: string }[] = [];
  for (const m of text.matchAll(/([\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]+)|([^\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]+)/g)) {
    out.push({ zh: !!m[1], text: m[0] });
  }
  return out;
}

/** Whether a path is on the English edition. */
export const isEnglishPath = (pathname: string): boolean => pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`);

/**
 * The language switch's target for a page: the same place in the other language where there is a
 * twin (home, the documents list, a document, a current provision, the calculators, the household
 * view, the comparison pages, the downloads, search), else the other edition's home.
 */
export function twinPath(pathname: string): string {
  const path = pathname.endsWith('/') || pathname.endsWith('.html') ? pathname : `${pathname}/`;
  if (isEnglishPath(path)) {
    const zh = path.slice(EN_PREFIX.length) || '/';
    return hasTwin(zh) ? zh : '/';
  }
  return hasTwin(path) ? `${EN_PREFIX}${path}` : `${EN_PREFIX}/`;
}

/** The Chinese routes the English edition mirrors. */
export function hasTwin(zhPath: string): boolean {
  if (zhPath === '/' || zhPath === '/policies/' || zhPath === '/search/' || calcTwin(zhPath) || hasCompareTwin(zhPath)) return true;
  // A province's list of documents (lib/doc-lists.ts), each page of it.
  if (/^\/policies\/region\/[a-z0-9-]+\/(?:\d+\/)?$/.test(zhPath)) return true;
  const m = /^\/policies\/([^/]+)\/(?:p\/([^/]+)\/)?$/.exec(zhPath);
  if (!m) return false;
  const policy = findPolicy(m[1]!) ?? getNational(m[1]!);
  if (!policy) return false;
  // A former provision id keeps its Chinese URL for one version (a page that sends the reader on); the English edition has only current ids.
  return !m[2] || policy.provisions.some((p) => p.id === m[2]);
}
