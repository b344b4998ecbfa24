/**
 * What a reader sees of a built page, read with parse5: its text runs and the attributes a browser
 * shows or reads aloud, outside the elements marked as the other language. Shared by the scans of
 * the Chinese pages (plain-chinese.test.ts: nothing outside lang="en" reads as developer text) and
 * of the English edition (english.test.ts: nothing Chinese outside lang="zh").
 */
import { parse } from 'parse5';

/** A parse5 node, as far as the scans read it. */
export interface PNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: PNode[];
  parentNode?: PNode;
  content?: PNode;
}

export const attr = (n: PNode, name: string): string | undefined => n.attrs?.find((a) => a.name === name)?.value;
export const parseHtml = (html: string): PNode => parse(html) as unknown as PNode;

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const SHOWN_ATTRS = ['title', 'aria-label', 'alt', 'placeholder'];

export interface VisibleTextOptions {
  /** The language whose marked elements (lang="en" or "zh", and their subtags) are left out. */
  outside: 'en' | 'zh';
  /** Read the head too (the <title> and the description), as the Chinese scan does; the English scan checks them apart. */
  head?: boolean;
  /** Leave out <code> and <pre> (a page documenting downloads shows the names researchers type). */
  allowCode?: boolean;
}

/** The text a reader sees, one string per text run or shown attribute, whitespace collapsed. */
export function visibleText(html: string, { outside, head = false, allowCode = false }: VisibleTextOptions): string[] {
  const other = new RegExp(`^${outside}\\b`, 'i');
  const out: string[] = [];
  const walk = (n: PNode): void => {
    if (allowCode && (n.tagName === 'code' || n.tagName === 'pre')) return;
    if (n.nodeName === '#text') return void out.push(n.value ?? '');
    if (n.tagName && (SKIP.has(n.tagName) || (!head && n.tagName === 'head'))) return;
    const lang = attr(n, 'lang');
    if (lang && other.test(lang)) return;
    if (n.tagName === 'meta' && attr(n, 'name') === 'description') out.push(attr(n, 'content') ?? '');
    for (const a of SHOWN_ATTRS) {
      const v = attr(n, a);
      if (v) out.push(v);
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseHtml(html));
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
