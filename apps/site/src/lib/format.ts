/**
 * Display helpers for the site, in Chinese first. Every number comes from the SDK's encoding;
 * these functions only put it into words.
 */
import {
  AREAS,
  BASE_TEXT,
  CARE_TYPES,
  describeValue,
  percent,
  policyCatalogue,
  PROVISION_KINDS,
  TARGET_GROUPS,
  type Policy,
  type Provision,
} from '@bangfu/sdk';

/** `2021-09-27` → `2021年9月27日`. */
export function dateZh(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * How many local documents there are, in words: the counts in the site's text come from the
 * document folders, never typed. `五` for a handful; past ten, `多` where a place count reads
 * better as "many" (一户多地) and the number itself where it counts documents (2800份).
 */
const DOCS = policyCatalogue();
const NUMERALS = ['〇', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
export const PLACES_N_ZH = DOCS.length <= 10 ? NUMERALS[DOCS.length]! : '多';
export const DOCS_N_ZH = DOCS.length <= 10 ? NUMERALS[DOCS.length]! : String(DOCS.length);
/** The places, as the documents' short names without 县/区/市: 古丈、云阳、会宁、鹤城、渝中 (past five, the first five and 等). */
export const PLACES_ZH = DOCS.slice(0, 5).map((p) => p.shortName.zh.replace(/[县区市]$/u, '')).join('、') + (DOCS.length > 5 ? '等' : '');

export const regionZh = (p: Partial<Pick<Policy, 'region'>>): string => (p.region ? `${p.region.province.zh} ${p.region.prefecture.zh} ${p.region.county.zh}` : "全国");

/** The issuers as printed; where none is printed, said so (the note on why is written in English, for the English edition). */
export const issuersZh = (p: Pick<Policy, 'issuers'>): string => (p.issuers.length ? p.issuers.join('、') : '原文未载明发文机关');

export const groupZh = (id: string): string => (TARGET_GROUPS as Record<string, { zh: string }>)[id]?.zh ?? id;
export const areaZh = (id: string): string => (AREAS as Record<string, { zh: string }>)[id]?.zh ?? id;
export const careZh = (id: string): string => (CARE_TYPES as Record<string, { zh: string }>)[id]?.zh ?? id;
export const kindZh = (id: string): string => (PROVISION_KINDS as Record<string, { zh: string }>)[id]?.zh ?? id;

/**
 * A provision's value as one Chinese phrase led by what it is:
 * `起付线 4000 元/年`, `不设起付线`, `比例 70%`, `不低于 50%`, `1–1.5 倍低保标准（高于 1 倍，低于 1.5 倍）`,
 * `2000 至 4000 元/户`, `期限 1 年`, `每年至少 3 次`, `0–17 岁（原 0–7 岁）`.
 */
export function valueZh(p: Provision): string {
  const v = describeValue(p).zh;
  switch (p.kind) {
    case 'ratio':
      return p.bound === 'exact' ? `比例 ${percent(p.ratio)}%` : `比例${v}`;
    case 'duration':
      return `期限 ${v}`;
    case 'multiple': {
      const base = BASE_TEXT[p.base]?.zh ?? p.base;
      if (p.min !== undefined && p.max !== undefined && p.min !== p.max) {
        const lo = `${p.minExclusive ? '高于' : '不低于'} ${p.min} 倍`;
        const hi = `${p.maxExclusive ? '低于' : '不超过'} ${p.max} 倍`;
        return `${p.min}–${p.max} 倍${base}（${lo}，${hi}）`;
      }
      return v;
    }
    case 'count':
      return `数量 ${v}`;
    case 'amount':
      return `金额 ${v}`;
    default:
      return v;
  }
}

export const valueEn = (p: Provision): string => describeValue(p).en;

/**
 * Who a provision applies to, in the document's own terms where it defines the group (鹤城's 低保对象
 * are rural, not the vocabulary's 城市低保对象), else in the shared vocabulary's words.
 */
export function appliesToZh(p: Pick<Provision, 'appliesTo'>, policy: Pick<Policy, 'groups'>): string[] {
  const terms = new Map<string, string[]>();
  for (const g of policy.groups) terms.set(g.id, [...(terms.get(g.id) ?? []), g.term]);
  return p.appliesTo.map((g) => terms.get(g)?.join('、') ?? groupZh(g));
}

/** Short label for a document: its county, e.g. 古丈县. */
export const shortZh = (p: Policy): string => p.shortName.zh;
