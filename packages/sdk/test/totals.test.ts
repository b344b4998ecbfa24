/**
 * TOTALS (generated/totals.ts, written by build/totals.ts when the content is compiled) are the counts
 * of every local document, so that a page about all of them (the site's comparison index, data and
 * about pages) loads none. Checked against the documents themselves: each count as the existing
 * functions give it over policyList() (compareStats of compareArea, area by area), and the provision
 * count also against the catalogue's own per-document counts.
 */
import { describe, expect, it } from 'vitest';
import { AREA_IDS, policyCatalogue, policyList, PROVISION_KIND_IDS } from '../src/index.ts';
import { compareAll, compareArea, compareRecords, compareStats, DatasetTotals, datasetSheets, datasetSheetSizes, datasetTotals, sumAreaTotals, TOTALS } from '../src/compare/index.ts';

describe('TOTALS, the counts of every document', () => {
  const policies = policyList();

  it('is current: what datasetTotals gives over every document now (re-run the compile when it is not)', () => {
    expect(TOTALS).toEqual(datasetTotals(policies));
    expect(DatasetTotals.parse(TOTALS)).toEqual(TOTALS);
  });

  it('counts the documents and their provisions as the catalogue does, the kinds and the notes as the provisions say', () => {
    expect(TOTALS.documents).toBe(policyCatalogue().length);
    // The five documents of today: 490 provisions (the compile reports "5 documents … 490 provisions").
    expect(TOTALS.documents).toBe(5);
    expect(TOTALS.provisions).toBe(policyCatalogue().reduce((n, e) => n + e.provisionCount, 0));
    expect(TOTALS.provisions).toBe(490);
    for (const k of PROVISION_KIND_IDS) expect(TOTALS.provisionsByKind[k], k).toBe(policies.flatMap((p) => p.provisions).filter((x) => x.kind === k).length);
    expect(Object.values(TOTALS.provisionsByKind).reduce((a, b) => a + b, 0)).toBe(TOTALS.provisions);
    expect(TOTALS.interpretations).toBe(policies.flatMap((p) => p.provisions).filter((x) => x.interpretation).length);
    expect(TOTALS.interpretations).toBeGreaterThan(0);
  });

  it('gives each area’s comparison table in numbers, and all of them together as compareStats of every table', () => {
    expect(TOTALS.areas.map((a) => a.area)).toEqual([...AREA_IDS]);
    for (const a of TOTALS.areas) {
      const { area, records, ...counts } = a;
      expect(counts, area).toEqual(compareStats([compareArea(area, policies)]));
      expect(records, area).toBe(compareRecords(compareArea(area, policies), '0.0.0').length);
      // Every row has a cell per document.
      expect(a.cells, area).toBe(a.rows * TOTALS.documents);
    }
    const { records, ...all } = sumAreaTotals(TOTALS.areas);
    expect(all).toEqual(compareStats(compareAll(policies)));
    expect(records).toBe(TOTALS.areas.reduce((n, a) => n + a.records, 0));
  });

  it('gives the spreadsheet download’s sheets with the rows each has, as datasetSheets builds them', () => {
    expect(datasetSheetSizes('0.0.0', TOTALS)).toEqual(datasetSheets('0.0.0', policies).map((s) => ({ name: s.name, rows: s.rows.length })));
  });
});
