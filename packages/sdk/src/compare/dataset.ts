/**
 * The downloadable dataset: every policy (metadata, clauses, provisions with quotes, printed
 * tables) and every comparison table, stamped with the dataset version (the SDK's package version)
 * and each document's dates. The CLI and the site build it with this one function; its JSON Schema
 * is generated from the zod schemas below (`datasetJsonSchemas`).
 */
import { z } from 'zod';
import { AREA_IDS, Policy, PolicyId, Provision } from '../schema/index.ts';
import { describeValue } from '../format.ts';
import { toCsv } from '../csv.ts';
import { compareAll, compareArea, COMPARE_COLUMNS, compareRecords, CompareTable, provisionStatus, valueNumbers } from './compare.ts';

/** One document in the dataset: its metadata. */
export const DatasetDocument = z.object({
  id: PolicyId,
  title: z.string(),
  docNumber: z.string(),
  /** ISO date the document was issued. */
  issued: z.string(),
  /** Effective-date statement, verbatim. */
  effective: z.string(),
  validity: z.string().optional(),
  provisions: z.number().int().nonnegative(),
});

/** The downloadable dataset: documents, provisions and comparison tables. */
export const Dataset = z.object({
  dataset: z.literal('bangfu'),
  /** Version of @bangfu/sdk the data comes from. */
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
  /** How to cite the dataset and a provision. */
  cite: z.object({ dataset: z.string(), provision: z.string() }),
  documents: z.array(DatasetDocument),
  policies: z.array(Policy),
  comparison: z.array(CompareTable),
});
export type Dataset = z.infer<typeof Dataset>;

/** How to cite: `bangfu dataset v0.1.0, guzhang-2021:medical.inpatient.dibao.threshold`. */
export const citation = (version: string, globalProvisionId?: string): string => `bangfu dataset v${version}${globalProvisionId ? `, ${globalProvisionId}` : ''}`;

/** The dataset's `cite`: how to cite it, and a provision of it. */
const citeOf = (version: string): Dataset['cite'] => ({ dataset: citation(version), provision: citation(version, 'guzhang-2021:medical.inpatient.dibao.threshold') });

/** A document's entry in the dataset's `documents` (its metadata and how many provisions it has). */
export const datasetDocument = (p: Policy): DatasetDocument => ({
  id: p.id as PolicyId, title: p.title, docNumber: p.docNumber, issued: p.issued, effective: p.effective,
  ...(p.validity ? { validity: p.validity } : {}), provisions: p.provisions.length,
});
export type DatasetDocument = z.infer<typeof DatasetDocument>;

/** The downloadable dataset (data/bangfu.json): the documents given (`policyList()` for every one) with their provisions and the comparison tables, stamped with the SDK’s version. */
export function buildDataset(version: string, policies: readonly Policy[]): Dataset {
  return {
    dataset: 'bangfu',
    version,
    cite: citeOf(version),
    documents: policies.map(datasetDocument),
    policies: [...policies],
    comparison: compareAll(policies),
  };
}

/**
 * One document's part of the dataset (data/policies/<id>/policy.json): the same fields as the whole
 * dataset, for that document alone — its metadata, its encoding and its column of every comparison
 * table. A file of one document's size, however many documents there are.
 */
export function buildDocumentDataset(version: string, policy: Policy): Dataset {
  return buildDataset(version, [policy]);
}

/**
 * One document's column of every comparison table, as the records of the per-area CSVs (COMPARE_COLUMNS), area by
 * area: every topic row, and an area's catch-all row where the document has provisions in it (the document's own
 * data, whatever other documents there are).
 */
export function documentCompareRecords(version: string, policy: Policy): (string | undefined)[][] {
  return compareAll([policy]).flatMap((t) => compareRecords(t, version, [policy]));
}

/** documentCompareRecords as RFC 4180 CSV (no BOM: the downloads add CSV_BOM). */
export const documentCompareCsv = (version: string, policy: Policy): string => toCsv([...COMPARE_COLUMNS], documentCompareRecords(version, policy));

/**
 * JSON Schemas (draft 2020-12) of the downloads, generated from the zod schemas in "output" mode:
 * they describe data as parsed (defaults filled in, so e.g. `appliesTo` and `tables` are required),
 * which is what the downloads contain. Cross-references checked by the Policy schema's superRefine
 * (unique provision ids, known clause ids) cannot be expressed in JSON Schema and are not in it.
 */
export function datasetJsonSchemas(version: string): Record<'dataset' | 'policy' | 'provision' | 'compare-table', Record<string, unknown>> {
  const gen = (name: string, schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'output' }),
    $id: `/data/schema/${name}.json`,
    title,
    description: `${title}, bangfu dataset v${version}. Generated from the zod schemas of @bangfu/sdk (output mode).`,
  });
  return {
    dataset: gen('dataset', Dataset, 'bangfu dataset'),
    policy: gen('policy', Policy, 'bangfu policy'),
    provision: gen('provision', Provision, 'bangfu provision'),
    'compare-table': gen('compare-table', CompareTable, 'bangfu comparison table'),
  };
}

/**
 * The whole dataset as flat sheets, for a spreadsheet writer (the site writes them to XLSX with
 * exceljs): 说明 (what it is, how to cite), 文件 (the documents), 规定 (every provision of every
 * document, its value in words and its numbers beside them), 对照 (every comparison table, the same
 * records as the per-area CSVs). Every value comes from the encodings; `numeric` columns hold decimal
 * strings that a writer may store as numbers so that a spreadsheet sorts and filters them.
 */
export interface Sheet {
  name: string;
  columns: { key: string; numeric?: boolean }[];
  rows: (string | undefined)[][];
}

/** The columns of the provisions sheet of the spreadsheet download: the provision's words, then its figures as numbers. */
export const PROVISION_SHEET_COLUMNS = [
  'dataset_version', 'policy', 'provision', 'id', 'clause', 'area', 'concept', 'kind', 'status', 'value_zh', 'value_en',
  'min', 'max', 'unit', 'bound', 'exclusive', 'per', 'applies_to', 'departments', 'lead_department',
  'summary_zh', 'summary_en', 'quote', 'interpretation_encoded', 'interpretation_alternative', 'interpretation_zh_encoded', 'interpretation_zh_alternative',
] as const;
const NUMERIC_COLUMNS = new Set(['min', 'max', 'provisions']);
const columns = (keys: readonly string[]): Sheet['columns'] => keys.map((key) => ({ key, ...(NUMERIC_COLUMNS.has(key) ? { numeric: true } : {}) }));

/**
 * The sheets of `datasetSheets` with their rows made as they are read: 规定 one document's provisions
 * at a time, 对照 one area's comparison table at a time (`compareArea`), so that a writer that streams
 * (the site's XLSX download) never holds every row, nor every comparison table, at once. Each sheet's
 * `rows` can be iterated more than once; each time, the rows are made anew.
 */
export interface SheetRows {
  name: string;
  columns: Sheet['columns'];
  rows: Iterable<(string | undefined)[]>;
}

/** An iterable that calls `make` each time it is iterated (a generator object can be iterated once only). */
const reiterable = <T>(make: () => Iterable<T>): Iterable<T> => ({ [Symbol.iterator]: () => make()[Symbol.iterator]() });

/** The whole dataset as sheets (about, documents, provisions, comparison), their rows made as they are read; numeric columns marked. */
export function datasetSheetRows(version: string, policies: readonly Policy[]): SheetRows[] {
  const cite = citeOf(version);
  const about: SheetRows = {
    name: '说明',
    columns: columns(['field', 'value']),
    rows: [
      ['dataset', 'bangfu'],
      ['version', version],
      ['cite', cite.dataset],
      ['cite_provision', cite.provision],
      ['sheets', '文件 = documents; 规定 = provisions (one row each); 对照 = comparison tables (one row per provision in a cell, one per empty cell)'],
      ['numbers', 'min/max from the encodings (a ratio as a fraction: 0.7 = 70%); unit, bound (exact/min/max/range/none), exclusive (min/max/both), per'],
    ],
  };
  const documents: SheetRows = {
    name: '文件',
    columns: columns(['id', 'title', 'doc_number', 'issued', 'effective', 'validity', 'provisions']),
    rows: reiterable(function* () {
      for (const p of policies) {
        const d = datasetDocument(p);
        yield [d.id, d.title, d.docNumber, d.issued, d.effective, d.validity, String(d.provisions)];
      }
    }),
  };
  const provisions: SheetRows = {
    name: '规定',
    columns: columns(PROVISION_SHEET_COLUMNS),
    rows: reiterable(function* () {
      for (const policy of policies) {
        for (const p of policy.provisions) {
          const v = describeValue(p);
          const n = valueNumbers(p);
          yield [
            version, policy.id, `${policy.id}:${p.id}`, p.id, p.clause, p.area, p.concept, p.kind, provisionStatus(p), v.zh, v.en,
            n.min, n.max, n.unit, n.bound, n.exclusive, n.per, p.appliesTo.join(' '), p.departments.join('、'), p.leadDepartment,
            p.summary.zh, p.summary.en, p.quote, p.interpretation?.encoded, p.interpretation?.alternative, p.interpretation?.zh?.encoded, p.interpretation?.zh?.alternative,
          ];
        }
      }
    }),
  };
  const comparison: SheetRows = {
    name: '对照',
    columns: columns(COMPARE_COLUMNS),
    // The tables of compareAll, in its order (AREA_IDS), made one at a time.
    rows: reiterable(function* () {
      for (const area of AREA_IDS) yield* compareRecords(compareArea(area, policies), version, policies);
    }),
  };
  return [about, documents, provisions, comparison];
}

/** The whole dataset as sheets (about, documents, provisions, comparison), for the XLSX download; numeric columns marked. Every row in memory: `datasetSheetRows` makes them as they are read. */
export function datasetSheets(version: string, policies: readonly Policy[]): Sheet[] {
  return datasetSheetRows(version, policies).map((s) => ({ name: s.name, columns: s.columns, rows: [...s.rows] }));
}
