/**
 * Text of an English page in which Chinese words may appear (a unit 元, a term 建档立卡 in a group's
 * English name): each Chinese run wrapped in a span marked lang="zh", the rest left as text. On a
 * Chinese page the text is returned as it is. Dependency-free (browser scripts draw with it).
 */
import { h, type Child } from './vnode.ts';

const RUNS = /([\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]+)|([^\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]+)/g;

export function markHan(lang: 'zh' | 'en', text: string): Child[] {
  if (lang === 'zh') return [text];
  return [...text.matchAll(RUNS)].map((m) => (m[1] ? h('span', { lang: 'zh' }, m[0]) : m[0]));
}
