/**
 * The document folders in content/, and what their renderings say.
 *
 * Every document lives in one folder, `content/policies/<id>/` (national rules the calculators apply
 * in `content/national/<id>/`), holding:
 *   source.txt      the extraction it was rendered from (ground truth)
 *   rendering.mdx   the text, clause by clause (the only place clause structure and 责任单位 are stated)
 *   policy.yaml     the encoding, as data (validated by @bangfu/sdk's schemas)
 *   cases.yaml      hand-worked cases, as data
 * A folder is discovered, never registered: adding one touches no file outside it.
 *
 * The MDX vocabulary (components the site renders):
 *   <Clause id="4.3" heading="加大医疗保障帮扶力度"> … </Clause>   a clause, its stable id and printed heading
 *   <Fig p="medical.inpatient.dibao.threshold">4000元</Fig>   a figure linked to one or more provisions (space-separated)
 *   <Ed orig="服条">服务</Ed>              a fault of the extraction, corrected: the source file printed `orig`
 *   <Ed kind="drafting" meant="区级" note="…" en="…">市级</Ed>
 *       a fault of drafting, kept as printed: what is meant (`meant`, where one can say) and why (`note`
 *       in Chinese, `en` in English); the document itself printed the text, so nothing is fixed
 *   <NR kind="date|docnumber|ordinal|count|name|period">…</NR>   a number that is not a rule
 *   <Duty of="2.1">（责任单位：<Dept lead>县民政局</Dept>、<Dept>县财政局</Dept>）</Duty>
 *       a 责任单位 line and the departments it names, as printed; `lead` where the text says which leads;
 *       `of` where a line printed at the end of a section governs the whole section (default: its own clause)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';

/** The content root (holds policies/, national/, concepts.yaml). */
export const CONTENT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content');
/** The local documents' folders. */
export const CONTENT_DIR = join(CONTENT_ROOT, 'policies');
/** The national rules' folders (cited like a document; not one of the local documents). */
export const NATIONAL_DIR = join(CONTENT_ROOT, 'national');

/** The files of a document folder. */
export const FILES = { source: 'source.txt', rendering: 'rendering.mdx', encoding: 'policy.yaml', cases: 'cases.yaml' } as const;

/** Ids of the document folders under `dir`: every sub-folder holding an encoding, sorted. */
export function listDocuments(dir = CONTENT_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, FILES.encoding)))
    .map((e) => e.name)
    .sort();
}

/** A file of a document folder. */
export const documentFile = (id: string, file: keyof typeof FILES, dir = CONTENT_DIR): string => join(dir, id, FILES[file]);

export interface Figure {
  provisions: string[];
  text: string;
}
/** An editorial note on a fault (<Ed>). */
export interface Correction {
  /** `extraction`: the source file is wrong and the rendering corrects it; `drafting`: the document itself is wrong and the rendering keeps it. */
  kind: 'extraction' | 'drafting';
  /** What the source file printed (extraction faults; for a drafting fault the text itself). */
  orig: string;
  /** The text as rendered. */
  text: string;
  /** A drafting fault: what is meant, where one can say. */
  meant?: string;
  /** Why, in Chinese and English. */
  note?: string;
  en?: string;
}
export interface NonRule {
  kind: string;
  text: string;
}
/** A responsible department (责任单位) as printed in a clause. */
export interface Department {
  name: string;
  /** The text says this department leads (牵头). */
  lead: boolean;
}
/** A 责任单位 line: the departments it names and the clause it governs. */
export interface Duty {
  /** The clause the line governs: its own, or the section it closes (`of`). */
  of: string;
  departments: Department[];
}
export interface ClauseText {
  id: string;
  /** The clause's heading as printed, without its number (the `heading` attribute of <Clause>). */
  heading?: string;
  /** 责任单位 lines printed in the clause (<Duty>), in the order printed. */
  duties: Duty[];
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
/** A boolean attribute (`<Dept lead>`): present without a value, or `lead={true}`. */
const flag = (n: Node, name: string): boolean => {
  const a = n.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return !!a && (a.value === null || a.value === undefined || (typeof a.value === 'object' && (a.value as { value?: string }).value === 'true'));
};

const isJsx = (n: Node): boolean => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

function textOf(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'break' || (isJsx(n) && n.name === 'br')) return '\n';
  return (n.children ?? []).map(textOf).join('') + (n.type === 'paragraph' || n.type === 'heading' || (isJsx(n) && n.name === 'p') ? '\n' : '');
}

/** Text as the source printed it: an extraction fault's <Ed> reverted to its `orig` (a drafting fault is printed as rendered). */
function sourceOf(n: Node): string {
  if (isJsx(n) && n.name === 'Ed' && attr(n, 'kind') !== 'drafting') return attr(n, 'orig') ?? '';
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
    const kind = attr(n, 'kind') === 'drafting' ? 'drafting' : 'extraction';
    const [meant, note, en] = [attr(n, 'meant'), attr(n, 'note'), attr(n, 'en')];
    out.corrections.push({ kind, orig: kind === 'drafting' ? textOf(n) : (attr(n, 'orig') ?? ''), text: textOf(n), ...(meant ? { meant } : {}), ...(note ? { note } : {}), ...(en ? { en } : {}) });
  } else if (isJsx(n) && n.name === 'NR') {
    out.nonRules.push({ kind: attr(n, 'kind') ?? '', text: textOf(n) });
  } else if (isJsx(n) && n.name === 'Duty') {
    const departments: Department[] = [];
    const depts = (m: Node): void => {
      if (isJsx(m) && m.name === 'Dept') departments.push({ name: textOf(m), lead: flag(m, 'lead') });
      else for (const c of m.children ?? []) depts(c);
    };
    depts(n);
    out.duties.push({ of: attr(n, 'of') ?? out.id, departments });
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
      const heading = attr(n, 'heading');
      const c: ClauseText = { id, ...(heading ? { heading } : {}), duties: [], text: textOf(n), figures: [], corrections: [], nonRules: [], unmarkedText: unmarkedOf(n), sourceParagraphs };
      collect(n, c);
      clauses.push(c);
      return; // clauses are flat: a clause does not contain another
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return { policy: policy || String(frontmatter.policy ?? ''), frontmatter, clauses };
}

/** The rendering of a document folder. */
export function readRendering(policy: string, dir = CONTENT_DIR): Rendering {
  return parseRendering(readFileSync(documentFile(policy, 'rendering', dir), 'utf8'), policy);
}

/** Ids of the document folders that hold a rendering. */
export const listRenderings = (dir = CONTENT_DIR): string[] => listDocuments(dir).filter((id) => existsSync(documentFile(id, 'rendering', dir)));

/** The source extraction of a document folder, normalised for comparison. */
export function readSource(policy: string, dir = CONTENT_DIR): string {
  return normaliseSource(readFileSync(documentFile(policy, 'source', dir), 'utf8'));
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

export * from './reading.ts';
