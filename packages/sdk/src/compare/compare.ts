/**
 * Comparison by area: rows are the concepts of the shared vocabulary (content/concepts.yaml), in its
 * order, then the area's "other" row for provisions local to their document; columns the documents. Each
 * cell lists the provisions of one document on one topic, with their values (describeValue), quotes,
 * clauses and interpretation notes, and a status telling "quantified" from "promised without a
 * number", "deferred to a standard set elsewhere" and "not mentioned".
 */
import { z } from 'zod';
import { describeValue } from '../format.ts';
import { toCsv } from '../csv.ts';
import { BangfuProgrammerError } from '../calculators/core.ts';
import { catalogue } from '../generated/catalogue.ts';
import { Area, AREA_IDS, AREAS, Interpretation, PolicyId, ProvisionKind, TargetGroupId, type Policy, type Provision } from '../schema/index.ts';
import { concepts } from '../generated/concepts.ts';
import { LOCAL_CONCEPT, type Concept } from '../schema/index.ts';

export { rowSortValues } from './sort.ts';

const Text = z.object({ zh: z.string(), en: z.string() });

/** What a cell (or one provision in it) says about a topic. */
export const CELL_STATUSES = {
  quantified: { zh: '已量化', en: 'quantified' },
  promised: { zh: '有承诺、无数值', en: 'promised, no number' },
  'separate-standard': { zh: '另行规定的标准', en: 'standard set elsewhere' },
  'not-mentioned': { zh: '未提及', en: 'not mentioned' },
} as const;
/** What a document says on a comparison row: quantified, promised without a number, a standard set elsewhere, or not mentioned. */
export const CellStatus = z.enum(['quantified', 'promised', 'separate-standard', 'not-mentioned']);
export type CellStatus = z.infer<typeof CellStatus>;

/**
 * The numbers of a provision beside its words, read from its encoding (never re-typed): `min`/`max`
 * as decimal strings (a ratio as a fraction, 0.7 = 70%); `unit` the encoded unit (a money unit such as
 * `CNY/person/month`, `ratio`, `day`/`month`/`year`, `times`, `age`, `multiple-of:<base>`,
 * `change:<reading>`, or a count's own unit); `bound`: `exact`, `min` (不低于, a floor), `max` (不超过,
 * a ceiling), `range` (both ends given) or `none` (不设起付线 / 不设限额); `exclusive`: which end is
 * exclusive (高于 / 低于); `per`: the period of a frequency. Empty for provisions without a number.
 */
export const ValueNumbers = z.object({
  min: z.string().optional(),
  max: z.string().optional(),
  unit: z.string().optional(),
  bound: z.enum(['exact', 'min', 'max', 'range', 'none']).optional(),
  exclusive: z.enum(['min', 'max', 'both']).optional(),
  per: z.string().optional(),
});
export type ValueNumbers = z.infer<typeof ValueNumbers>;

/** One figure with its bound: `exact` sets both ends, `min` the lower, `max` the upper. */
const bounded = (value: string, bound: 'exact' | 'min' | 'max', unit: string): ValueNumbers => ({
  ...(bound !== 'max' ? { min: value } : {}),
  ...(bound !== 'min' ? { max: value } : {}),
  unit,
  bound,
});

/** The numeric columns of a provision (see ValueNumbers), from its encoded fields. */
export function valueNumbers(p: Provision): ValueNumbers {
  switch (p.kind) {
    case 'amount':
      return bounded(p.amount, p.bound, p.unit);
    case 'ratio':
      return bounded(p.ratio, p.bound, 'ratio');
    case 'threshold':
    case 'cap':
      return p.amount === null ? { unit: p.unit, bound: 'none' } : bounded(p.amount, 'exact', p.unit);
    case 'range':
      return { min: p.min, max: p.max, unit: p.unit, bound: 'range' };
    case 'multiple': {
      const exclusive = p.minExclusive && p.maxExclusive ? 'both' : p.minExclusive ? 'min' : p.maxExclusive ? 'max' : undefined;
      const bound = p.min !== undefined && p.max !== undefined ? (p.min === p.max ? 'exact' : 'range') : p.min !== undefined ? 'min' : 'max';
      return {
        ...(p.min !== undefined ? { min: p.min } : {}),
        ...(p.max !== undefined ? { max: p.max } : {}),
        unit: `multiple-of:${p.base}`,
        bound,
        ...(exclusive ? { exclusive } : {}),
      };
    }
    case 'duration':
      return bounded(p.amount, p.bound, p.unit);
    case 'frequency':
      return { ...bounded(String(p.times), p.bound, 'times'), per: p.per };
    case 'age-range':
      return { min: String(p.min), max: String(p.max), unit: 'age', bound: 'range' };
    case 'count':
      return bounded(String(p.count), p.bound, p.unit);
    case 'relative-change':
      return bounded(p.change, 'exact', `change:${p.encodedReading}`);
    case 'formula':
    case 'eligibility':
    case 'commitment':
      return {};
  }
}

/** One provision in a cell. */
export const CellEntry = z.object({
  /** Global provision id, `policy:provision`. */
  provision: z.string(),
  /** Provision id within its policy. */
  id: z.string(),
  clause: z.string(),
  kind: ProvisionKind,
  status: CellStatus.exclude(['not-mentioned']),
  /** describeValue of the provision: the cell's value, never re-typed. */
  value: Text,
  /** valueNumbers of the provision: the value's numbers, beside its words. */
  numbers: ValueNumbers,
  summary: Text,
  quote: z.string(),
  appliesTo: z.array(TargetGroupId),
  interpretation: Interpretation.optional(),
  /** For `separate-standard`: the words that defer, and where to. */
  deferral: Text.optional(),
});
export type CellEntry = z.infer<typeof CellEntry>;

/** One document’s cell of a comparison row: its status and the provisions behind it. */
export const CompareCell = z.object({
  policy: PolicyId,
  /** quantified if any provision is; else separate-standard if any defers; else promised; not-mentioned when empty. */
  status: CellStatus,
  entries: z.array(CellEntry),
});
export type CompareCell = z.infer<typeof CompareCell>;

/** A comparison row: one concept across the documents. */
export const CompareRow = z.object({
  /** Topic id, `<area>.<concept>`; `<area>.other` for the catch-all row. */
  id: z.string(),
  area: Area,
  label: Text,
  catchAll: z.boolean(),
  /** One cell per policy, in the order of `CompareTable.policies`. */
  cells: z.array(CompareCell),
});
export type CompareRow = z.infer<typeof CompareRow>;

/** The comparison table of an area: its rows, one column per document. */
export const CompareTable = z.object({
  area: Area,
  label: Text,
  policies: z.array(PolicyId),
  rows: z.array(CompareRow),
});
export type CompareTable = z.infer<typeof CompareTable>;

const NUMERIC_KINDS = new Set<Provision['kind']>([
  'amount', 'ratio', 'threshold', 'cap', 'range', 'multiple', 'duration', 'frequency', 'age-range', 'formula', 'relative-change', 'count',
]);

/** The comparison rows of the vocabulary: one concept each. */
export const CONCEPTS: readonly Concept[] = concepts;

/** Id of the catch-all row of an area: provisions local to their document. */
export const otherTopicId = (area: Area): string => `${area}.other`;
/** The label of each area’s last row, for provisions no other document speaks to. */
export const OTHER_LABEL = { zh: '本领域其他规定与承诺', en: 'Other provisions in this area' } as const;

/** Status of one provision: a number → quantified; deferring to a standard set elsewhere (`deferral`) → separate-standard; words only → promised. */
export function provisionStatus(p: Provision): Exclude<CellStatus, 'not-mentioned'> {
  if (NUMERIC_KINDS.has(p.kind)) return 'quantified';
  return p.deferral ? 'separate-standard' : 'promised';
}

/** The row a provision lands in: its concept, or its area's "other" row when it is local. */
export const topicOf = (p: Pick<Provision, 'concept' | 'area'>): string => (p.concept === LOCAL_CONCEPT ? otherTopicId(p.area) : p.concept);

/** The concepts of an area, in vocabulary order. */
export const topicsOfArea = (area: Area): Concept[] => CONCEPTS.filter((t) => t.area === area);

function entry(policy: Policy, p: Provision): CellEntry {
  const { deferral } = p;
  return {
    provision: `${policy.id}:${p.id}`,
    id: p.id,
    clause: p.clause,
    kind: p.kind,
    status: provisionStatus(p),
    value: describeValue(p),
    numbers: valueNumbers(p),
    summary: p.summary,
    quote: p.quote,
    appliesTo: p.appliesTo,
    ...(p.interpretation ? { interpretation: p.interpretation } : {}),
    ...(deferral && !NUMERIC_KINDS.has(p.kind) ? { deferral } : {}),
  };
}

function cellStatus(entries: CellEntry[]): CellStatus {
  if (!entries.length) return 'not-mentioned';
  if (entries.some((e) => e.status === 'quantified')) return 'quantified';
  if (entries.some((e) => e.status === 'separate-standard')) return 'separate-standard';
  return 'promised';
}

/** The comparison table of one area, a column per document given (`policyList()` for every one; nothing here loads a document). */
export function compareArea(area: Area, policies: readonly Policy[]): CompareTable {
  if (!Array.isArray(policies)) throw new BangfuProgrammerError('compareArea: the columns must be a list of documents’ encodings, e.g. policyList() or [getPolicy(\'guzhang-2021\')]');
  const topics = topicsOfArea(area);
  const byTopic = new Map<string, Map<string, CellEntry[]>>();
  for (const policy of policies) {
    for (const p of policy.provisions) {
      if (p.area !== area) continue;
      const topic = topicOf(p);
      const cells = byTopic.get(topic) ?? new Map<string, CellEntry[]>();
      byTopic.set(topic, cells);
      cells.set(policy.id, [...(cells.get(policy.id) ?? []), entry(policy, p)]);
    }
  }
  const row = (id: string, label: { zh: string; en: string }, catchAll: boolean): CompareRow => ({
    id,
    area,
    label,
    catchAll,
    cells: policies.map((policy) => {
      const entries = byTopic.get(id)?.get(policy.id) ?? [];
      return { policy: policy.id as PolicyId, status: cellStatus(entries), entries };
    }),
  });
  const rows = topics.map((t) => row(t.id, t.label, false));
  const other = otherTopicId(area);
  if (byTopic.has(other)) rows.push(row(other, OTHER_LABEL, true));
  return { area, label: { zh: AREAS[area].zh, en: AREAS[area].en }, policies: policies.map((p) => p.id as PolicyId), rows };
}

/** Every area's table, in the order of AREAS, a column per document given. */
export const compareAll = (policies: readonly Policy[]): CompareTable[] => AREA_IDS.map((a) => compareArea(a, policies));

/** Columns of the comparison CSV: one line per provision in a cell, and one per empty (not-mentioned) cell. */
export const COMPARE_COLUMNS = [
  'dataset_version', 'area', 'topic', 'topic_zh', 'topic_en', 'policy', 'policy_issued', 'status', 'provision', 'clause', 'kind',
  'value_zh', 'value_en', 'min', 'max', 'unit', 'bound', 'exclusive', 'per', 'summary_zh', 'summary_en', 'quote', 'interpretation_encoded', 'interpretation_alternative', 'interpretation_zh_encoded', 'interpretation_zh_alternative', 'deferral_zh',
] as const;

/** UTF-8 byte-order mark: Excel reads a CSV that starts with it as UTF-8 (without it, Chinese text turns to mojibake). */
export const CSV_BOM = '\uFEFF';

/**
 * The table of an area as RFC 4180 CSV (long format), stamped with the dataset version and each
 * document's issue date; numeric columns (valueNumbers) beside the value's words. No BOM: the
 * downloads add CSV_BOM, the CLI's output stays plain for pipes.
 */
export function compareCsv(table: CompareTable, version: string, policies?: readonly Pick<Policy, 'id' | 'issued'>[]): string {
  return toCsv([...COMPARE_COLUMNS], compareRecords(table, version, policies));
}

/**
 * The records of compareCsv (one per entry or empty cell, in COMPARE_COLUMNS order), for other writers (XLSX).
 * Each document's issue date is taken from `policies` where given, else from the catalogue (no document is loaded).
 */
export function compareRecords(table: CompareTable, version: string, policies?: readonly Pick<Policy, 'id' | 'issued'>[]): (string | undefined)[][] {
  const issued = new Map<string, string>();
  for (const p of policies ?? catalogue) if (table.policies.includes(p.id as PolicyId)) issued.set(p.id, p.issued);
  const lines: (string | undefined)[][] = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const head = [version, table.area, row.id, row.label.zh, row.label.en, cell.policy, issued.get(cell.policy)];
      if (!cell.entries.length) lines.push([...head, cell.status, ...Array<string>(COMPARE_COLUMNS.length - head.length - 1).fill('')]);
      for (const e of cell.entries) {
        lines.push([
          ...head, e.status, e.provision, e.clause, e.kind, e.value.zh, e.value.en,
          e.numbers.min, e.numbers.max, e.numbers.unit, e.numbers.bound, e.numbers.exclusive, e.numbers.per, e.summary.zh, e.summary.en, e.quote,
          e.interpretation?.encoded, e.interpretation?.alternative, e.interpretation?.zh?.encoded, e.interpretation?.zh?.alternative, e.deferral?.zh,
        ]);
      }
    }
  }
  return lines;
}

/** Counts for a table or set of tables: rows, cells, provisions per status. */
export function compareStats(tables: CompareTable[]): { rows: number; cells: number; cellsByStatus: Record<CellStatus, number>; provisionsByStatus: Record<CellStatus, number> } {
  const cellsByStatus = { quantified: 0, promised: 0, 'separate-standard': 0, 'not-mentioned': 0 };
  const provisionsByStatus = { quantified: 0, promised: 0, 'separate-standard': 0, 'not-mentioned': 0 };
  let rows = 0;
  let cells = 0;
  for (const t of tables) {
    for (const r of t.rows) {
      rows++;
      for (const c of r.cells) {
        cells++;
        cellsByStatus[c.status]++;
        for (const e of c.entries) provisionsByStatus[e.status]++;
      }
    }
  }
  return { rows, cells, cellsByStatus, provisionsByStatus };
}


