/** The benefit curves' labels: wrapped to the label column and placed without overlapping (lib/compare-curves.ts). */
import { describe, expect, it } from 'vitest';
import { CHART, placeLabels, textEm, wrapLabel } from '../src/lib/compare-curves.ts';

describe('curve labels', () => {
  it('are measured in em: a CJK character 1, a digit or Latin letter about 0.6', () => {
    expect(textEm('古丈县')).toBe(3);
    expect(textEm('（下限）')).toBe(4);
    expect(textEm('ab')).toBeCloseTo(1.2);
  });

  it('wrap after 、 and before （ to fit the column, each line at most its width', () => {
    expect(wrapLabel('云阳县、渝中区（不低于）')).toEqual(['云阳县、', '渝中区', '（不低于）']);
    expect(wrapLabel('古丈县（上限）')).toEqual(['古丈县', '（上限）']);
    expect(wrapLabel('会宁县')).toEqual(['会宁县']);
    // A name longer than the column is cut between characters.
    const long = wrapLabel('一二三四五六七八九十');
    expect(long).toEqual(['一二三四五六', '七八九十']);
    for (const l of long) expect(textEm(l)).toBeLessThanOrEqual(CHART.LABEL_EM);
  });

  it('three labels ending at the same place, the axis (100), are stacked above it with a gap of 2', () => {
    // Each 15 high: the lowest ends at the bottom (100 − 15 = 85), the next 2 above it (85 − 2 − 15 = 68), then 51.
    expect(placeLabels([{ want: 100, height: 15 }, { want: 100, height: 15 }, { want: 100, height: 15 }], 0, 100)).toEqual([51, 68, 85]);
  });

  it('labels far apart stay centred where their lines end; one at the top is kept inside', () => {
    // want 50, height 10 → top 45; want 2 → its top would be −3: kept at 0.
    expect(placeLabels([{ want: 50, height: 10 }, { want: 2, height: 10 }], 0, 100)).toEqual([45, 0]);
  });
});
