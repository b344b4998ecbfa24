/**
 * A clause's label as the document numbers it, from its stable id (DESIGN.md: 四、→ `4`, （三）→ `4.3`,
 * 1、→ `4.3.1`, 一是 → `.a`) and its printed heading where the heading carries the number itself
 * (第一类：…, 第十二条). Shown to readers instead of the id: `4.3` → 四、（三）, `notice` → 通知.
 * Small and dependency-free: the calculator pages' scripts use it.
 */
const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (clauses never run past 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`;
}

const NAMED: Record<string, string> = { notice: '通知', preamble: '前言', closing: '文末', appendix: '附件' };

/** `4.3` → 四、（三）; `3.1.a` → 三、（一）一是; `2.1.a.1` → 二、（一）一是1、; `2.a` with heading 第一类：… → 二、第一类; `12` with heading 第十二条 → 第十二条. */
export function clauseLabel(id: string, heading?: string): string {
  if (NAMED[id]) return NAMED[id]!;
  if (heading && /^第[一二三四五六七八九十百零〇]+条$/.test(heading)) return heading;
  const chapter = /^ch(\d+)$/.exec(id);
  if (chapter) return `第${chineseNumeral(Number(chapter[1]))}章`;
  const parts = id.split('.');
  return parts
    .map((part, i) => {
      const last = i === parts.length - 1;
      if (/^[a-z]$/.test(part)) {
        const own = last && heading ? /^第[一二三四五六七八九十]+类/.exec(heading) : null;
        return own ? own[0] : `${chineseNumeral(part.charCodeAt(0) - 96)}是`;
      }
      const n = Number(part);
      if (!Number.isInteger(n) || n < 1) return part;
      if (i === 0) return `${chineseNumeral(n)}、`;
      if (i === 1) return `（${chineseNumeral(n)}）`;
      return `${n}、`;
    })
    .join('');
}

/** The labels of a document's clauses where the id alone does not give them (the heading carries the number), keyed by clause id: what a page ships for its scripts. */
export const labelOverrides = (clauses: readonly { id: string; heading?: string }[]): Record<string, string> =>
  Object.fromEntries(clauses.map((c) => [c.id, clauseLabel(c.id, c.heading)] as const).filter(([id, l]) => l !== clauseLabel(id)));

/** The label and the printed heading together, as a table of contents shows them: 四、（三）加大医疗保障帮扶力度, 二、第一类：兜底保障对象, 通知：关于印发…的通知, 第十二条. */
export function clauseTitle(id: string, heading?: string): string {
  const label = clauseLabel(id, heading);
  if (!heading || heading === label) return label;
  if (NAMED[id]) return `${label}：${heading}`;
  const own = /^第[一二三四五六七八九十]+类/.exec(heading)?.[0];
  return own && label.endsWith(own) ? `${label.slice(0, -own.length)}${heading}` : `${label}${heading}`;
}
