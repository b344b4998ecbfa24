/**
 * Build time: what a result's "下一步" cites. Each document's procedure — how a household applies
 * and how it is decided — found by concept in its own encoding (never listed by hand), and, for a
 * document that writes none, what the national rules say of applying (read from their rendering).
 * The page ships the outcome as data (#calc-rules, #hh-meta) with the clause labels the id alone
 * does not give; the browser builds the citation context from it and the rules (lib/result-view.ts).
 */
import { nationalList, type Policy, type Provision } from '@bangfu/sdk';
import { parseRendering } from '@bangfu/content';
import { getCollection } from 'astro:content';
import { labelOverrides } from './clause-label.ts';
import type { ApplyStep, CiteContext } from './result-view.ts';

/** Concepts of applying and deciding (content/concepts.yaml: 申请、认定与排查; “一门受理”与办事流程). */
export const PROCEDURE_CONCEPTS = ['eligibility.identification', 'administration.one-door'];
/** Monitoring and surveys find households; they are not steps a household takes. */
const NOT_A_STEP = /监测|排查|预警|全覆盖|核查/;
/** Duties of the township that say it receives applications (云阳 五、（一）: 乡镇（街道）负责申请受理). */
const RECEIVES = /申请受理|受理.*申请/;

/** A document's own procedure provisions, in the order of its text. */
export function procedureOf(policy: Policy): Provision[] {
  const order = new Map(policy.clauses.map((c, i) => [c.id, i]));
  return policy.provisions
    .filter((p) => (PROCEDURE_CONCEPTS.includes(p.concept) && !NOT_A_STEP.test(p.summary.zh)) || ((p.area === 'administration' || p.area === 'eligibility') && RECEIVES.test(p.quote)))
    .sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
}

const NATIONAL_PROCEDURE = { policy: 'shehui-jiuzhu-2014', clause: '11' };
/** The national rule on applying (社会救助暂行办法 第十一条（一）), in its own words, where the rendering has it. */
async function nationalFallback(): Promise<ApplyStep | undefined> {
  // From the collection entry's own source: the content package's file paths do not survive bundling.
  const entry = (await getCollection('national')).find((e) => e.id === NATIONAL_PROCEDURE.policy);
  if (!entry?.body) return undefined;
  const clause = parseRendering(entry.body, entry.id).clauses.find((c) => c.id === NATIONAL_PROCEDURE.clause);
  const first = clause?.text.split('\n').map((l) => l.trim()).find((l) => l.startsWith('（一）'));
  return first ? { ...NATIONAL_PROCEDURE, zh: `“${first.replace(/^（一）/, '').replace(/[；。].*$/, '')}”` } : undefined;
}

/** The data a page ships for its results' citations and next steps (everything but the rules themselves). */
export async function citeData(policies: readonly Policy[]): Promise<Pick<CiteContext, 'labels' | 'apply' | 'fallback' | 'names' | 'namesEn'>> {
  const labels: Record<string, string> = {};
  for (const p of [...policies, ...nationalList()]) for (const [c, l] of Object.entries(labelOverrides(p.clauses))) labels[`${p.id}:${c}`] = l;
  const apply = Object.fromEntries(policies.map((p) => [p.id, procedureOf(p).map((v) => ({ provision: `${p.id}:${v.id}`, policy: p.id, clause: v.clause, zh: v.summary.zh, en: v.summary.en }))]));
  const names = Object.fromEntries([...policies, ...nationalList()].map((p) => [p.id, p.shortName.zh]));
  const namesEn = Object.fromEntries([...policies, ...nationalList()].map((p) => [p.id, p.shortName.en]));
  const fallback = await nationalFallback();
  return { labels, apply, names, namesEn, ...(fallback ? { fallback } : {}) };
}
