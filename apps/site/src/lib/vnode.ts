/**
 * A tiny element tree that renders to an HTML string at build time and to DOM nodes in the
 * browser, so a calculator result or a chart looks the same whether the page was built or redrawn.
 * Text is always text: it is escaped for HTML and set with text nodes in the DOM, never parsed.
 */
export type Child = VNode | string | null | undefined | false;
export interface VNode {
  tag: string;
  attrs: Record<string, string | undefined>;
  children: Child[];
}

/** Children as they are written: nested lists are flattened (a phrase of text and links, built in parts). */
export type Children = Child | readonly Children[];
export const h = (tag: string, attrs: Record<string, string | undefined> = {}, ...children: Children[]): VNode => ({ tag, attrs, children: (children as unknown[]).flat(Infinity) as Child[] });

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export function toHtml(n: Child): string {
  if (n === null || n === undefined || n === false) return '';
  if (typeof n === 'string') return escapeHtml(n);
  const attrs = Object.entries(n.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v!)}"`))
    .join('');
  return `<${n.tag}${attrs}>${n.children.map(toHtml).join('')}</${n.tag}>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** DOM nodes of a tree; an `svg` element and everything in it are created in the SVG namespace. */
export function toDom(n: Child, doc: Document = document, ns?: string): Node {
  if (n === null || n === undefined || n === false) return doc.createTextNode('');
  if (typeof n === 'string') return doc.createTextNode(n);
  const space = n.tag === 'svg' ? SVG_NS : ns;
  const e = space ? doc.createElementNS(space, n.tag) : doc.createElement(n.tag);
  for (const [k, v] of Object.entries(n.attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of n.children) e.append(toDom(c, doc, space));
  return e;
}
