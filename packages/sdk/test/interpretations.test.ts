/**
 * Every interpretation note is written twice: in English (`encoded`, `alternative`) for the data
 * and SDK users, and in Chinese (`zh`) for the site's readers, who see it first.
 */
import { describe, expect, it } from 'vitest';
import { policyList } from '../src/policies/index.ts';

const CJK = /[\u3400-\u9fff]/g;
/** Mostly Chinese: more CJK characters than ASCII letters. */
const chinese = (t: string) => (t.match(CJK)?.length ?? 0) > (t.match(/[A-Za-z]/g)?.length ?? 0);

describe.each(policyList().map((p) => [p.id, p] as const))('%s', (_id, policy) => {
  const notes = policy.provisions.filter((p) => p.interpretation);

  it('every note has a Chinese version, with the other reading exactly where the English has one', () => {
    const missing = notes.filter((p) => !p.interpretation!.zh || !!p.interpretation!.alternative !== !!p.interpretation!.zh.alternative).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('the English note is English and the Chinese note is Chinese', () => {
    const wrong = notes.flatMap((p) => {
      const i = p.interpretation!;
      return [
        ...(chinese(i.encoded) ? [`${p.id}: encoded is not English`] : []),
        ...(i.alternative && chinese(i.alternative) ? [`${p.id}: alternative is not English`] : []),
        ...(i.zh && !chinese(i.zh.encoded) ? [`${p.id}: zh.encoded is not Chinese`] : []),
        ...(i.zh?.alternative && !chinese(i.zh.alternative) ? [`${p.id}: zh.alternative is not Chinese`] : []),
      ];
    });
    expect(wrong).toEqual([]);
  });
});
