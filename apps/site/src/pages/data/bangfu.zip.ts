/**
 * The whole dataset as one compressed archive (ZIP, written at build time with fflate): each
 * document's part of the dataset as JSON and its comparison column as CSV (the same files as
 * /data/policies/<id>/policy.json and compare.csv), every area's comparison CSV, the JSON Schemas,
 * and a README. Written entry by entry (streaming DEFLATE), so the build holds the compressed
 * archive and one document at a time, not the whole dataset as text. Byte-reproducible: every entry
 * is dated with the latest issue date of the documents.
 */
import type { APIRoute } from 'astro';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { AREA_IDS, policyList } from '@bangfu/sdk';
import { buildDocumentDataset, compareArea, compareCsv, CSV_BOM, datasetJsonSchemas, documentCompareCsv } from '@bangfu/sdk/compare';
import { DATASET_VERSION } from '../../lib/compare.ts';

/** The archive's README: what each file holds (in Chinese and English: the archive has no page of its own). */
const readme = (version: string, n: number): string =>
  [
    `bangfu 帮扶政策对照数据集 v${version} / bangfu dataset v${version}`,
    '',
    `${n} 份文件 / documents. 字段说明见 /data/ ；field reference: /en/data/`,
    '',
    'policies/<id>.json   一份文件的数据（与 data/bangfu.json 同一结构，只含这一份） / one document\'s part of the dataset (the shape of bangfu.json)',
    'policies/<id>.csv    这份文件在各领域对照表中的列（UTF-8 带 BOM） / its column of every comparison table (UTF-8 with BOM)',
    'compare/<area>.csv   各领域对照表（全部文件） / each area\'s comparison table, every document',
    'schema/<name>.json   JSON Schema (draft 2020-12)',
    '',
  ].join('\r\n');

export async function datasetArchive(version: string = DATASET_VERSION): Promise<Uint8Array> {
  const policies = policyList();
  const mtime = new Date(`${policies.map((p) => p.issued).sort().at(-1)}T00:00:00Z`);
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, data, final) => {
      if (err) return reject(err);
      chunks.push(data);
      if (final) resolve();
    });
    const add = (name: string, text: string) => {
      const file = new ZipDeflate(name, { level: 9 });
      file.mtime = mtime;
      zip.add(file);
      file.push(strToU8(text), true);
    };
    add('README.txt', readme(version, policies.length));
    for (const p of policies) {
      add(`policies/${p.id}.json`, JSON.stringify(buildDocumentDataset(version, p), null, 1));
      add(`policies/${p.id}.csv`, CSV_BOM + documentCompareCsv(version, p));
    }
    for (const area of AREA_IDS) add(`compare/${area}.csv`, CSV_BOM + compareCsv(compareArea(area, policies), version));
    for (const [name, schema] of Object.entries(datasetJsonSchemas(version))) add(`schema/${name}.json`, JSON.stringify(schema, null, 1));
    zip.end();
  });
  await done;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// (the bytes are a plain Uint8Array; TypeScript's DOM and Node typings disagree on ArrayBufferLike)
export const GET: APIRoute = async () => new Response((await datasetArchive()) as unknown as BodyInit, { headers: { 'Content-Type': 'application/zip' } });
