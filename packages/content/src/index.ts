/**
 * Reads a rendering in content/policies/<id>.mdx into what tests and the site check against the SDK:
 * each clause's plain text, its figure links, editorial corrections and numbers marked as not a rule.
 *
 * The MDX vocabulary (components the site renders):
 *   <Clause id="4.3"> … </Clause>           a clause of the document, with its stable id
 *   <Fig p="medical.inpatient.dibao.threshold">4000元</Fig>   a figure linked to one or more provisions (space-separated)
 *   <Ed orig="服条">服务</Ed>              an editorial correction: the source printed `orig`
 *   <NR kind="date|docnumber|ordinal|count|name|period">…</NR>   a number that is not a rule
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';

export const CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content/policies');

export interface Figure {
  provisions: string[];
  text: string;
}
export interface Correction {
  orig: string;
  text: string;
}
export interface NonRule {
  kind: string;
  text: string;
}
export interface ClauseText {
  id: string;
  /** Plain text of the clause as rendered (corrections applied, whitespace kept as written). */
  text: string;
  figures: Figure[];
  corrections: Correction[];
  nonRules: NonRule[];
  /** Text outside any <Fig> or <NR>: where an unmarked number would be a coverage gap. */
  unmarkedText: string;
  /** The clause's paragraphs with editorial corrections reverted: what the source file printed. */
  sourceParagraphs: string[];
}
export interface Rendering {
  policy: string;
  frontmatter: Record<string, unknown>;
  clauses: ClauseText[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const attr = (n: Node, name: string): string | undefined => {
  const a = n.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

const isJsx = (n: Node): boolean => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

function textOf(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'break' || (isJsx(n) && n.name === 'br')) return '\n';
  return (n.children ?? []).map(textOf).join('') + (n.type === 'paragraph' || n.type === 'heading' || (isJsx(n) && n.name === 'p') ? '\n' : '');
}

/** Text as the source printed it: <Ed> reverted to its `orig`. */
function sourceOf(n: Node): string {
  if (isJsx(n) && n.name === 'Ed') return attr(n, 'orig') ?? '';
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'break' || (isJsx(n) && n.name === 'br')) return '\n';
  return (n.children ?? []).map(sourceOf).join('') + (n.type === 'paragraph' || n.type === 'heading' || (isJsx(n) && n.name === 'p') ? '\n' : '');
}

/** Text with <Fig> and <NR> contents removed. */
function unmarkedOf(n: Node): string {
  if (isJsx(n) && (n.name === 'Fig' || n.name === 'NR')) return ' ';
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  return (n.children ?? []).map(unmarkedOf).join('') + (n.type === 'paragraph' || n.type === 'heading' ? '\n' : '');
}

function collect(n: Node, out: ClauseText): void {
  if (isJsx(n) && n.name === 'Fig') {
    out.figures.push({ provisions: (attr(n, 'p') ?? '').split(/\s+/).filter(Boolean), text: textOf(n) });
  } else if (isJsx(n) && n.name === 'Ed') {
    out.corrections.push({ orig: attr(n, 'orig') ?? '', text: textOf(n) });
  } else if (isJsx(n) && n.name === 'NR') {
    out.nonRules.push({ kind: attr(n, 'kind') ?? '', text: textOf(n) });
  }
  for (const c of n.children ?? []) collect(c, out);
}

export function parseRendering(source: string, policy = ''): Rendering {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = fm ? (parseYaml(fm[1]!) as Record<string, unknown>) : {};
  const body = fm ? source.slice(fm[0].length) : source;
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as Node;
  const clauses: ClauseText[] = [];
  const walk = (n: Node): void => {
    if (isJsx(n) && n.name === 'Clause') {
      const id = attr(n, 'id');
      if (!id) throw new Error(`${policy}: <Clause> without an id`);
      const sourceParagraphs = sourceOf(n).split('\n').map((l) => l.trim()).filter(Boolean);
      const c: ClauseText = { id, text: textOf(n), figures: [], corrections: [], nonRules: [], unmarkedText: unmarkedOf(n), sourceParagraphs };
      collect(n, c);
      clauses.push(c);
      return; // clauses are flat: a clause does not contain another
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return { policy: policy || String(frontmatter.policy ?? ''), frontmatter, clauses };
}

export function readRendering(policy: string, dir = CONTENT_DIR): Rendering {
  return parseRendering(readFileSync(join(dir, `${policy}.mdx`), 'utf8'), policy);
}

export function listRenderings(dir = CONTENT_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export const SOURCES_DIR = resolve(CONTENT_DIR, '../sources');

/** The source extraction a rendering was made from (frontmatter `source`), normalised for comparison. */
export function readSource(file: string, dir = SOURCES_DIR): string {
  return normaliseSource(readFileSync(join(dir, file), 'utf8'));
}

/**
 * Normalise an extraction for comparison with a rendering: drop word-processor residue and the
 * markdown/list markers the extraction added at line starts, then all whitespace.
 */
export function normaliseSource(text: string): string {
  return normalise(
    text
      .replace(/\[bookmark: [^\]]*\]/g, '')
      .split('\n')
      .map((l) => l.replace(/^\s*(#{1,6}\s+|-\s+)/, ''))
      .join('\n'),
  );
}

/** Whitespace is not significant when comparing quotes with rendered text (extractions scatter spaces and line breaks). */
export const normalise = (s: string): string => s.replace(/\s+/g, '');

/** Arabic numerals (with 万/千 and decimals) in a text. */
export const numeralsIn = (s: string): string[] => s.match(/\d+(?:[.,]\d+)*/g) ?? [];

export interface Coverage {
  /** `<Fig>` links in the rendering. */
  figures: number;
  /** Distinct provisions the figures link to. */
  linkedProvisions: number;
  /** Numbers marked as not a rule (`<NR>`: dates, 文号, list numbering…). */
  nonRules: number;
  /** Numerals in clause text that are neither linked nor marked: a coverage gap (should be none). */
  unmarked: string[];
}

/** How completely a rendering's numbers are accounted for: shown on each document page and checked by the provenance tests. */
export function coverage(r: Rendering): Coverage {
  return {
    figures: r.clauses.reduce((n, c) => n + c.figures.length, 0),
    linkedProvisions: new Set(r.clauses.flatMap((c) => c.figures.flatMap((f) => f.provisions))).size,
    nonRules: r.clauses.reduce((n, c) => n + c.nonRules.length, 0),
    unmarked: r.clauses.flatMap((c) => numeralsIn(c.unmarkedText).map((n) => `${c.id}: ${n}`)),
  };
}
