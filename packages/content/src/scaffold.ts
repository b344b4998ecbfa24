/**
 * A first draft of a new document folder, made from its plain-text extraction: the clause structure
 * read from the document's own numbering, page-break splits joined (and marked for a human to
 * confirm), every numeral pre-marked as a figure (`<Fig p="TODO">`) or a non-rule (`<NR kind>`), and
 * an empty encoding to fill. Nothing here is final: it is what an editor starts from.
 *
 * Conventions followed are those of the hand renderings in content/policies:
 *   一、→ `4`   （三）/(三) → `4.3`   1、/1. → `4.3.1` (under the innermost open clause)   一是 → `.a`
 *   第一类： → `.a`   `notice` (covering notice), `preamble` (title and text before 一、),
 *   `closing` (after the last numbered clause: 本方案自…施行, 附件 list, colophon), `appendix` (附件).
 * `scaffold()` is pure: text in, text out. The CLI (scaffold-cli.ts) does the file system.
 */
import { stringify as yamlStringify } from 'yaml';

export interface ScaffoldReport {
  id: string;
  /** The document title, if one was found (see `notes` when it was taken from the notice body). */
  title: string | undefined;
  /** Clause ids in document order. */
  clauseIds: string[];
  clauses: number;
  /** `<Fig p="TODO">` pre-marked: numbers that look like rules. */
  figures: number;
  /** `<NR>` pre-marked: numbers that look like non-rules, by kind. */
  nonRules: number;
  nonRulesByKind: Record<string, number>;
  /** Line-break joins proposed (each marked with an MDX comment in the rendering). */
  joins: number;
  /** `[bookmark: …]` residue dropped. */
  residueDropped: number;
  /** What a human should look at first. */
  notes: string[];
}

export interface ScaffoldResult {
  mdx: string;
  policyYaml: string;
  report: ScaffoldReport;
}

/** The comment that marks a proposed join: the editor deletes it once the join is confirmed. */
export const JOIN_COMMENT = '{/* 拼接：原文此处分页/换行 | joined across a line break */}';
const RESIDUE_COMMENT = '{/* 疑为残留（如丢失的标题行、页码），请核对或删除 | looks like residue (a lost title line, a page number): check or remove */}';
const TABLE_COMMENT = '{/* 表格：由逐格一行的提取重建，请核对表头与合并单元格 | table rebuilt from a one-cell-a-line extraction: check the header and the spans */}';

// ————————————————————————————————————————————————————————————— lines

interface Line {
  /** 1-based line number in the source, for notes. */
  n: number;
  /** The line with word-processor residue removed, otherwise as printed (tables and signature columns need its spacing). */
  raw: string;
  /** Trimmed, markdown markers the extraction added removed, spaces inside CJK text closed up. */
  text: string;
}

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
/** The same line-start markers `normaliseSource` ignores: headings and list dashes the extraction added. */
const MD_MARKER = /^\s*(#{1,6}\s+|-\s+)/;
/** Characters between which a space is an artefact of line wrapping in CJK text. */
const CJKISH = '\\p{Script=Han}0-9%％（）〔〕《》〈〉“”‘’、，。；：！？…—·';
const INNER_SPACE = new RegExp(`(?<=[${CJKISH}])[ \\t\\u3000]+(?=[${CJKISH}])`, 'gu');

export const closeUpSpaces = (s: string): string => s.replace(INNER_SPACE, '');

function toLines(source: string): { lines: Line[]; residue: number } {
  let residue = 0;
  const lines = source.split(/\r?\n/).map((l, i) => {
    const raw = l.replace(BOOKMARK, () => {
      residue++;
      return '';
    });
    return { n: i + 1, raw, text: closeUpSpaces(raw.replace(MD_MARKER, '').trim()) };
  });
  return { lines, residue };
}

// ————————————————————————————————————————————————————————————— numbering

type MarkerKind = 'L1' | 'L2' | 'L2arabic' | 'L3' | 'alpha' | 'category';
interface Marker {
  kind: MarkerKind;
  n: number;
  /** Length of the marker text (e.g. `（一）`, `1、`, `第一类：`). */
  len: number;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 99 (clause numbering never goes further). */
export function cnToInt(s: string): number {
  const ten = s.indexOf('十');
  if (ten === -1) return [...s].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? NaN), 0);
  const tens = ten === 0 ? 1 : (CN_DIGITS[s[0]!] ?? NaN);
  const units = ten === s.length - 1 ? 0 : (CN_DIGITS[s[ten + 1]!] ?? NaN);
  return tens * 10 + units;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: { kind: MarkerKind; re: RegExp; arabic?: true }[] = [
  { kind: 'L1', re: new RegExp(`^(${CN})、`, 'u') },
  { kind: 'L2', re: new RegExp(`^[（(](${CN})[）)]`, 'u') },
  { kind: 'L2arabic', re: /^[（(](\d{1,2})[）)]/u, arabic: true },
  // `1.` only when no digit follows (not `1.5倍`).
  { kind: 'L3', re: /^(\d{1,2})(?:、|[.．](?!\d))/u, arabic: true },
  { kind: 'alpha', re: new RegExp(`^(${CN})是`, 'u') },
  { kind: 'category', re: new RegExp(`^第(${CN})(?:类|档|种|部分)[：:]`, 'u') },
];

function markerAt(text: string, pos = 0): Marker | undefined {
  const rest = text.slice(pos);
  for (const m of MARKERS) {
    const x = m.re.exec(rest);
    if (x) {
      const n = m.arabic ? Number(x[1]) : cnToInt(x[1]!);
      if (Number.isFinite(n) && n > 0) return { kind: m.kind, n, len: x[0].length };
    }
  }
  return undefined;
}

/** Fixed levels nest in this order (（1） below 1、); alpha (一是) and category (第一类) lists float under whatever is open. */
const RANK: Partial<Record<MarkerKind, number>> = { L1: 1, L2: 2, L3: 3, L2arabic: 4 };

interface Open {
  kind: MarkerKind;
  n: number;
  id: string;
}

/**
 * The document's numbering as a stack of open lists. A marker is accepted only where it continues a
 * list (n = previous + 1) or starts one (n = 1): this is what keeps "一、二、三级" or a stray "2、"
 * from being taken for clause numbers.
 */
class Numbering {
  stack: Open[] = [];
  /** How an Arabic （1） is read: as a typo for （一） where no 1、 list is open (渝中 二（1）), else a level below 1、. */
  private effective(m: Marker): MarkerKind {
    if (m.kind !== 'L2arabic') return m.kind;
    return this.stack.some((o) => o.kind === 'L3') ? 'L2arabic' : 'L2';
  }

  /** The id the marker would open, without changing state; undefined if it does not fit. */
  peek(m: Marker): { id: string; depth: number; kind: MarkerKind } | undefined {
    const kind = this.effective(m);
    const rank = RANK[kind];
    let depth: number;
    if (m.n > 1) {
      // Continue the nearest open list of the same kind.
      let i = this.stack.length - 1;
      while (i >= 0 && this.stack[i]!.kind !== kind) i--;
      if (i < 0 || this.stack[i]!.n !== m.n - 1) return undefined;
      depth = i;
    } else {
      depth = this.stack.length;
      if (rank !== undefined) {
        // A new 一、/（一） closes everything at or below its level, floating lists included;
        // a new 1、 list may nest under an open 一是 item (会宁 2.1.a.1).
        while (depth > 0) {
          const top = this.stack[depth - 1]!;
          const topRank = RANK[top.kind];
          if (topRank !== undefined ? topRank >= rank : rank <= 2) depth--;
          else break;
        }
      }
      if (kind === 'L1' && depth !== 0) return undefined;
      if (kind !== 'L1' && depth === 0) return undefined; // nothing to nest under
    }
    const parent = depth > 0 ? this.stack[depth - 1]!.id : '';
    const suffix = kind === 'alpha' || kind === 'category' ? String.fromCharCode(96 + m.n) : String(m.n);
    return { id: parent ? `${parent}.${suffix}` : suffix, depth, kind };
  }

  accept(m: Marker): string | undefined {
    const p = this.peek(m);
    if (!p) return undefined;
    this.stack.length = p.depth;
    this.stack.push({ kind: p.kind, n: m.n, id: p.id });
    return p.id;
  }
}

// ————————————————————————————————————————————————————————————— paragraphs and joins

interface Para {
  text: string;
  /** Offsets in `text` where a line break was closed up. */
  joins: number[];
  first: number;
  last: number;
  /** A standalone heading line (`一、指导思想`, `（一）个人申请`). */
  heading?: boolean;
  /** Kept apart and flagged: a short line with no words (lost title residue, page numbers). */
  residue?: boolean;
}

const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?:印发|发布)?$/u;
const DOCNO = '[\\p{Script=Han}A-Za-z]{1,10}\\s*[〔\\[［【(（]\\s*\\d{4}\\s*[〕\\]］】)）]\\s*第?\\s*\\d+\\s*号';
const DOCNO_LINE = new RegExp(`^${DOCNO}$`, 'u');
const COLOPHON = /^(?:抄送|抄报|公开属性|公开方式|主题词|联系人|联系电话|信息公开选项)\s*[：:]/u;
const EFFECTIVE = /^本(?:实施)?(?:方案|办法|通知|意见|细则|规定|措施|制度|规则|决定)[^。]{0,40}?(?:施行|执行|实施|生效|负责解释)/u;
const ATTACHMENT = /^附件\s*[0-9一二三四五六七八九十]*\s*[：:]/u;
const APPENDIX_START = /^附件\s*[0-9一二三四五六七八九十]*\s*[：:]?$/u;
const DUTY = /^[（(]\s*责任单位/u;
const PUBLICATION_NOTE = /^[（(]此件[^（）()]*[）)]$/u;

const hanCount = (s: string): number => (s.match(/\p{Script=Han}/gu) ?? []).length;
const isDateLine = (t: string): boolean => DATE_LINE.test(t);
/** A line of digits and dashes only: a lost title's surviving years ("2022 - 2023"), a page number ("- 3 -"). */
const isResidue = (t: string): boolean => t.length > 0 && t.length <= 20 && /^[\d\s\-—–~·.,/|]+$/u.test(t);
const isClosingStart = (t: string): boolean => EFFECTIVE.test(t) || ATTACHMENT.test(t) || APPENDIX_START.test(t) || COLOPHON.test(t) || isDateLine(t);

/** A line that ends its paragraph: the next line does not continue it. */
function endsParagraph(t: string): boolean {
  if (/[。；;！!？?]$/u.test(t)) return true;
  // A line that is only a 文号 (凤政办发〔2022〕18号) stands alone.
  if (DOCNO_LINE.test(t.trim())) return true;
  // A colon ends an addressee line ("各乡镇人民政府：") but not an open parenthesis ("（责任单位：" / "各乡镇、街道）").
  if (/[：:]$/u.test(t)) return (t.match(/[（(]/gu) ?? []).length <= (t.match(/[）)]/gu) ?? []).length;
  if (/[。；;！!？?][”’"』」）)]+$/u.test(t)) return true; // 。” or 。）
  // A 责任单位 parenthesis closes its clause: "（责任单位：县民政局）", "(县民政局负责,各乡镇配合)".
  if (/[）)]$/u.test(t) && (/(?:负责|配合|牵头)[）)]$/u.test(t) || DUTY.test(t))) return true;
  return false;
}

/** A line that starts a paragraph of its own, whatever the line before it. */
const startsParagraph = (t: string): boolean => markerAt(t) !== undefined || DUTY.test(t) || isClosingStart(t) || isResidue(t);

/** `一、指导思想`, `（一）个人申请`, `(一) 兜牢基本生活底线`: a numbered line with a short title and no sentence. */
function isStandaloneHeading(t: string): boolean {
  const m = markerAt(t);
  if (!m || m.kind === 'alpha' || m.kind === 'category') return false;
  const rest = t.slice(m.len).trim();
  return rest.length > 0 && rest.length <= 30 && !/[。；;，,：:！!？?]/u.test(rest);
}

/**
 * Lines into paragraphs: a line that does not end its sentence is joined to the next line that does
 * not start a paragraph of its own, across any blank lines (page breaks leave several).
 */
function paragraphs(lines: Line[], opts: { headings?: boolean } = {}): Para[] {
  const out: Para[] = [];
  let cur: Para | undefined;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!t) continue;
    const heading = opts.headings !== false && isStandaloneHeading(t);
    const residue = isResidue(t);
    if (cur && !cur.heading && !cur.residue && !heading && !endsParagraph(cur.text) && !startsParagraph(t)) {
      cur.joins.push(cur.text.length);
      cur.text += t;
      cur.last = i;
      continue;
    }
    cur = { text: t, joins: [], first: i, last: i, ...(heading ? { heading: true } : {}), ...(residue ? { residue: true } : {}) };
    out.push(cur);
  }
  return out;
}

// ————————————————————————————————————————————————————————————— numbers

type Span = { s: number; e: number; tag: 'Fig' } | { s: number; e: number; tag: 'NR'; kind: string };

const NUM = '\\d+(?:\\.\\d+)?(?:\\s*[万千百亿])?';
const UNIT = '(?:万元|元|％|%|倍|个月|个工作日|个百分点|个|月|年|天|日|周|小时|人次|人|户|周岁|岁|次|项|类|档|级|门|名|种|张|套|间|平方米|公斤|千克)';
const QUAL = '(?:及以上|以上|以下|以内|之内|内|左右)?';
const RANGE_SEP = '\\s*(?:至|到|[~～\\-—－–])\\s*';
const CNQ = '[一二两三四五六七八九十][一二两三四五六七八九十百千万]*';
const CN_UNIT = '(?:个档次|个工作日|个月|个|类|年|月|次|人|项|倍|岁|元|万元|级|档|户|天|周|种|名|份|条(?!龙)|套|张)';
/** A year is 19xx or 20xx: 2000至4000元 is an amount, not a period. */
const YEAR = '(?:19|20)\\d{2}';
const Y = `${YEAR}\\s*年`;
const YM = `${Y}(?:\\s*\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*日)?(?:底|初|末)?`;

/** Number patterns in priority order: an earlier pattern wins where two overlap. */
const NUMBER_PATTERNS: { re: RegExp; span: (quoted: boolean) => { tag: 'Fig' } | { tag: 'NR'; kind: string } }[] = [
  // 文号: 古办〔2021〕9号, 会民发[2022]63号, 国务院令649号
  { re: new RegExp(DOCNO, 'gu'), span: () => ({ tag: 'NR', kind: 'docnumber' }) },
  { re: /\p{Script=Han}{1,8}令\s*第?\s*\d+\s*号/gu, span: () => ({ tag: 'NR', kind: 'docnumber' }) },
  // 附件1: the appendix's number.
  { re: /(?<=附件\s*)\d{1,2}/gu, span: () => ({ tag: 'NR', kind: 'ordinal' }) },
  // Periods: 2019年4月至2019年8月底, 2018—2020年, 2022 - 2023, 2019年3月底前
  { re: new RegExp(`(?<!\\d)${YM}${RANGE_SEP}(?:${YM}|\\d{1,2}\\s*月(?:底|初|末)?|\\d{1,2}\\s*日)(?:前|止)?`, 'gu'), span: () => ({ tag: 'NR', kind: 'period' }) },
  { re: new RegExp(`(?<!\\d)${YEAR}${RANGE_SEP}${YEAR}(?:\\s*年)?(?![\\d.]|\\s*(?:元|万|%|％|倍|人|次|个))`, 'gu'), span: () => ({ tag: 'NR', kind: 'period' }) },
  { re: new RegExp(`(?<!\\d)${Y}(?:\\s*\\d{1,2}\\s*月)?(?:底|初|末)?前`, 'gu'), span: () => ({ tag: 'NR', kind: 'period' }) },
  // Dates: 2021年9月27日, 2019年3月, 2020年, 二〇二一年九月二十七日
  { re: new RegExp(`(?<!\\d)${Y}(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?`, 'gu'), span: () => ({ tag: 'NR', kind: 'date' }) },
  { re: /[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)?/gu, span: () => ({ tag: 'NR', kind: 'date' }) },
  // A number that is the whole of a quoted name ("311"公共就业服务) names a rule.
  { re: /(?<=[“"])\d+(?:\.\d+)?(?=[”"])/gu, span: () => ({ tag: 'Fig' }) },
  // Ranges and quantities with a unit: 2000至4000元, 1-1.5倍, 0至7岁, 50%, 6个月, 1年内, 3次, 70岁以上
  { re: new RegExp(`(?<![\\d.])${NUM}\\s*${UNIT}?${RANGE_SEP}${NUM}\\s*${UNIT}${QUAL}`, 'gu'), span: () => ({ tag: 'Fig' }) },
  { re: new RegExp(`(?<![\\d.])${NUM}\\s*${UNIT}${QUAL}`, 'gu'), span: () => ({ tag: 'Fig' }) },
  // Counts that are not rules: 14部门
  { re: /(?<![\d.])\d+(?=\s*个?(?:部门|单位|乡镇|街道|社区))/gu, span: () => ({ tag: 'NR', kind: 'count' }) },
  // List ordinals that are not clause numbers: 2、 in running text, （1）
  { re: /(?<![\d.])\d{1,2}(?=、)/gu, span: () => ({ tag: 'NR', kind: 'ordinal' }) },
  { re: /[（(]\d{1,2}[）)]/gu, span: () => ({ tag: 'NR', kind: 'ordinal' }) },
  // Chinese numerals as quantities: 一、二、三级 / 一级或二级 (one figure), 三类, 一年, 两项, 每半年, 不少于三次
  { re: new RegExp(`${CNQ}(?:[、或和及]${CNQ})+(?:级|类|档)${QUAL}`, 'gu'), span: (q) => (q ? { tag: 'NR', kind: 'name' } : { tag: 'Fig' }) },
  { re: new RegExp(`${CNQ}(?:级|类|档)(?:[、或和及]${CNQ}(?:级|类|档))+${QUAL}`, 'gu'), span: (q) => (q ? { tag: 'NR', kind: 'name' } : { tag: 'Fig' }) },
  { re: new RegExp(`(?<![第一二两三四五六七八九十百千万])(?:每)?(?:${CNQ}|半)${CN_UNIT}${QUAL}(?!性)`, 'gu'), span: (q) => (q ? { tag: 'NR', kind: 'name' } : { tag: 'Fig' }) },
  // Any other Arabic number: a figure to decide on, or part of a quoted name ("99公益日").
  { re: /(?<![\d.])\d+(?:\.\d+)?[%％]?/gu, span: (q) => (q ? { tag: 'NR', kind: 'name' } : { tag: 'Fig' }) },
];

/** Short quoted terms (“两项补贴”, "99公益日"): a number inside one is part of a name, not a rule. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“([^“”]{1,12})”|"([^"]{1,12})"/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index + 1, m.index + m[0].length - 1]);
  return out;
}

/**
 * Pre-mark every numeral of a text. `protect` are ranges that are not to be marked (clause numbers
 * in Chinese, which belong to the heading); `pre` are spans already decided (Arabic clause numbers).
 */
function markNumbers(text: string, protect: [number, number][] = [], pre: Span[] = []): Span[] {
  const spans: Span[] = [...pre];
  const quotes = quotedRanges(text);
  const free = (s: number, e: number): boolean => !spans.some((x) => s < x.e && x.s < e) && !protect.some(([ps, pe]) => s < pe && ps < e);
  for (const p of NUMBER_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (e === s) {
        p.re.lastIndex++;
        continue;
      }
      if (!free(s, e)) continue;
      const quoted = quotes.some(([qs, qe]) => qs <= s && e <= qe);
      spans.push({ s, e, ...p.span(quoted) } as Span);
    }
  }
  return spans.sort((a, b) => a.s - b.s);
}

// ————————————————————————————————————————————————————————————— MDX output

/** Escape what MDX or markdown would read as syntax, so the text stays exactly the text. */
function escapeText(s: string): string {
  return s.replace(/[\\`*_{}[\]<>&]/g, '\\$&');
}

/** Block syntax at the start of a paragraph (`# `, `> `, `- `, `1. `): escape it, so it stays text. */
function escapeLineStart(s: string): string {
  if (/^\d+[.)](?:\s|$)/.test(s)) return s.replace(/^(\d+)/, '$1\\'); // "1. " would start a list
  return /^(?:#|>|[-+](?:\s|$)|=+\s*$)/.test(s) ? `\\${s}` : s;
}

function attrValue(v: string): string {
  const amp = v.replace(/&/g, '&amp;');
  if (!amp.includes('"')) return `"${amp}"`;
  if (!amp.includes("'")) return `'${amp}'`;
  return `"${amp.replace(/"/g, '&quot;')}"`;
}

/**
 * A text with its number spans as components and its joins as comments. A join that falls inside a
 * marked number or a clause number is moved to the end of it, so the component stays whole.
 */
function renderInline(text: string, spans: Span[], joins: number[], atomic: [number, number][] = []): string {
  const inside = [...spans.map((x) => [x.s, x.e] as [number, number]), ...atomic];
  const at = new Map<number, number>();
  for (let j of joins) {
    for (const [s, e] of inside) if (s < j && j < e) j = e;
    at.set(j, (at.get(j) ?? 0) + 1);
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((x) => [x.s, x.e]), ...at.keys()])].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const pos = cuts[k]!;
    out += JOIN_COMMENT.repeat(at.get(pos) ?? 0);
    const span = spans.find((x) => x.s === pos);
    if (span) {
      const inner = escapeText(text.slice(span.s, span.e));
      out += span.tag === 'Fig' ? `<Fig p="TODO">${inner}</Fig>` : `<NR kind="${span.kind}">${inner}</NR>`;
      while (k + 1 < cuts.length && cuts[k + 1]! < span.e) {
        k++;
        out += JOIN_COMMENT.repeat(at.get(cuts[k]!) ?? 0);
      }
      continue;
    }
    const next = cuts[k + 1];
    if (next !== undefined) out += escapeText(text.slice(pos, next));
  }
  return out;
}

/** A paragraph with its numbers marked; `lead` is a clause number at its start (protected, or an ordinal). */
function renderPara(p: { text: string; joins: number[] }, lead?: Marker): string {
  const protect: [number, number][] = [];
  const pre: Span[] = [];
  if (lead) {
    if (lead.kind === 'L3') pre.push({ s: 0, e: /^\d+/.exec(p.text)![0].length, tag: 'NR', kind: 'ordinal' });
    else if (lead.kind === 'L2arabic') pre.push({ s: 0, e: lead.len, tag: 'NR', kind: 'ordinal' });
    else protect.push([0, lead.len]);
  }
  const atomic: [number, number][] = lead ? [[0, lead.len]] : [];
  const body = renderInline(p.text, markNumbers(p.text, protect, pre), p.joins, atomic);
  return pre.length || body.startsWith('<') ? body : escapeLineStart(body);
}

const renderLines = (items: string[]): string => items.map((t) => renderInline(t, markNumbers(t), [])).join('<br />');

// ————————————————————————————————————————————————————————————— clauses

type Block =
  | { type: 'para'; text: string; joins: number[]; lead?: Marker; residue?: boolean }
  | { type: 'heading'; level: number; text: string; joins: number[]; lead?: Marker }
  | { type: 'p'; className: string; items: string[] }
  | { type: 'table'; rows: string[][]; header: number };

interface Clause {
  id: string;
  heading?: string;
  blocks: Block[];
  /** How the clause began: from a standalone heading line, or a marker inside a paragraph. */
  marker?: Marker;
  standalone?: boolean;
}

/** `## 一、` `### （一）` `#### 1、` as in the hand renderings; a （1） read as （一） is a level-3 heading too. */
const HEADING_LEVEL: Record<MarkerKind, number> = { L1: 2, L2: 3, L2arabic: 3, L3: 4, alpha: 4, category: 4 };

/** Where a paragraph may be split at a marker inside it: 一是 after any clause punctuation (渝中 "工作，一是"), 1、 only after a full stop. */
const SPLIT_AFTER: Partial<Record<MarkerKind, RegExp>> = { alpha: /[。；;，,：:]\s*$/u, L3: /[。！？!?]\s*$/u };

/**
 * Body paragraphs into clauses, splitting paragraphs where a numbered item starts inside them.
 * `loose` is text before the first clause (none when the body starts at 一、, as it does).
 */
function bodyClauses(paras: Para[], lines: Line[], notes: string[]): { clauses: Clause[]; loose: Block[] } {
  const numbering = new Numbering();
  const clauses: Clause[] = [];
  const loose: Block[] = [];
  let cur: Clause | undefined;
  const open = (id: string, m: Marker, standalone: boolean): Clause => {
    cur = { id, blocks: [], marker: m, ...(standalone ? { standalone: true } : {}) };
    clauses.push(cur);
    return cur;
  };
  const add = (b: Block): void => void (cur ? cur.blocks : loose).push(b);

  for (const p of paras) {
    const lineNo = lines[p.first]!.n;
    const lead = markerAt(p.text);
    const leadId = lead ? numbering.accept(lead) : undefined;
    if (lead && !leadId) {
      notes.push(`第${lineNo}行：编号“${p.text.slice(0, lead.len)}”不接续上文，未作条款 | line ${lineNo}: numbering "${p.text.slice(0, lead.len)}" does not continue the sequence; not made a clause`);
    }
    if (p.heading && lead && leadId) {
      open(leadId, lead, true).blocks.push({ type: 'heading', level: HEADING_LEVEL[lead.kind], text: p.text, joins: p.joins, lead });
      cur!.heading = p.text.slice(lead.len).trim();
      continue;
    }
    if (p.residue) {
      add({ type: 'para', text: p.text, joins: p.joins, residue: true });
      continue;
    }
    // Split points: the paragraph start, and markers inside it that continue the numbering
    // (accepted in order: a later marker of the same paragraph continues from an earlier one).
    const pieces: { s: number; m?: Marker; id?: string }[] = [lead && leadId ? { s: 0, m: lead, id: leadId } : { s: 0 }];
    for (let i = lead && leadId ? lead.len : 1; i < p.text.length; i++) {
      const m = markerAt(p.text, i);
      const after = m && SPLIT_AFTER[m.kind];
      if (!m || !after || !after.test(p.text.slice(0, i))) continue;
      const id = numbering.accept(m);
      if (!id) continue;
      pieces.push({ s: i, m, id });
      i += m.len - 1;
    }
    pieces.forEach((piece, k) => {
      const s = piece.s;
      const e = k + 1 < pieces.length ? pieces[k + 1]!.s : p.text.length;
      // A join exactly at a split point falls between two clauses: it is kept, at the start of the second.
      const joins = p.joins.filter((j) => (k === 0 ? j > s : j >= s) && j < e).map((j) => j - s);
      if (piece.id && piece.m) open(piece.id, piece.m, false);
      add({ type: 'para', text: p.text.slice(s, e), joins, ...(piece.m ? { lead: piece.m } : {}) });
    });
  }
  return { clauses, loose };
}

/** Responsibility parentheses do not count as "more text" after an inline heading. */
const isDutyText = (t: string): boolean => DUTY.test(t) || /^[（(][^（）()]*(?:负责|配合|牵头)[^（）()]*[）)]$/u.test(t);

/**
 * The heading of a clause that starts inside a paragraph: the first sentence after the number, when it
 * reads as a title — short, no comma or semicolon, and more follows (text or sub-clauses).
 * "（一）加大基本生活保障力度。对城市…" → 加大基本生活保障力度; "第一类：兜底保障对象。纳入…" → 第一类：兜底保障对象.
 */
function inlineHeading(c: Clause, next: Clause | undefined): string | undefined {
  const first = c.blocks[0];
  if (!c.marker || !first || first.type !== 'para') return undefined;
  const rest = first.text.slice(c.marker.len).trimStart();
  const stop = rest.indexOf('。');
  if (stop <= 0) return undefined;
  const candidate = rest.slice(0, stop);
  if (/[，,；;：:！!？?。]/u.test(candidate)) return undefined;
  const bare = candidate.replace(/[（(][^（）()]*[）)]/gu, '');
  if (bare.length === 0 || bare.length > 20) return undefined;
  const after = [rest.slice(stop + 1).trim(), ...c.blocks.slice(1).map((b) => (b.type === 'para' ? b.text : 'x'))].filter((t) => t && !isDutyText(t));
  const hasChildren = next !== undefined && next.id.startsWith(`${c.id}.`);
  if (after.length === 0 && !hasChildren) return undefined;
  return c.marker.kind === 'category' ? first.text.slice(0, c.marker.len).trim() + candidate : candidate;
}

// ————————————————————————————————————————————————————————————— front matter: notice, title, preamble

interface Meta {
  title?: string;
  titleFromNotice?: boolean;
  noticeTitle?: string;
  docNumber?: string;
  issuers: string[];
  issued?: string;
  issuedNote?: { zh: string; en: string };
  effective?: string;
  validity?: string;
  parents: { docNumber: string; title: string }[];
}

const DOC_TYPE_END = /(?:方案|办法|意见|细则|通知|规定|措施|规划|计划|决定|制度|规则|（试行）|\(试行\)|（暂行）)$/u;
const isTitleLike = (t: string): boolean =>
  t.length > 0 && t.length <= 90 && hanCount(t) >= 2 && !/[。；;，,：:！!？?]/u.test(t) && !markerAt(t) && !DOCNO_LINE.test(t) && !isDateLine(t) && !PUBLICATION_NOTE.test(t);
const isSignatureLike = (t: string): boolean => t.length > 0 && t.length <= 60 && hanCount(t) >= 2 && !/[。；;，,：:！!？?、]/u.test(t) && !DOCNO_LINE.test(t);

/** Title lines from `i` on: consecutive title-like lines (one blank between allowed) until one ends with a document type. */
function titleRun(lines: Line[], i: number, end: RegExp = DOC_TYPE_END): number[] {
  const run: number[] = [];
  for (let k = i; k < lines.length && run.length < 4; k++) {
    const t = lines[k]!.text;
    if (!t) {
      if (run.length === 0) continue;
      if (k + 1 < lines.length && !lines[k + 1]!.text) break; // two blanks: the title is over
      continue;
    }
    if (!isTitleLike(t)) break;
    run.push(k);
    if (end.test(t)) break;
  }
  return run;
}

function joinLines(lines: Line[], idx: number[]): { text: string; joins: number[] } {
  let text = '';
  const joins: number[] = [];
  idx.forEach((k, j) => {
    if (j > 0) joins.push(text.length);
    text += lines[k]!.text;
  });
  return { text, joins };
}

/** Signature lines can hold two issuers side by side (鹤城: "鹤城区民政局      鹤城区财政局"). */
const signatureItems = (l: Line): string[] =>
  l.raw
    .replace(MD_MARKER, '')
    .trim()
    .split(/[ \t\u3000]{2,}/u)
    .map((x) => closeUpSpaces(x.trim()))
    .filter(Boolean);

/** 2021年9月27日 or 二〇二一年九月二十七日 → 2021-09-27. */
const toIso = (t: string): string | undefined => {
  const a = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(t);
  const c = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/u.exec(t);
  const [yy, mm, dd] = a ? [a[1]!, Number(a[2]), Number(a[3])] : c ? [[...c[1]!].map((d) => CN_DIGITS[d]).join(''), cnToInt(c[2]!), cnToInt(c[3]!)] : [];
  return yy ? `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}` : undefined;
};

function noticeBlocks(lines: Line[], meta: Meta, notes: string[]): Block[] {
  const blocks: Block[] = [];
  const nonBlank = lines.map((l, i) => [l, i] as const).filter(([l]) => l.text);
  // The notice title: from a line with 关于 (or ending 通知) before the addressee line, to the line ending 通知.
  const addressee = nonBlank.find(([l]) => /[：:]$/u.test(l.text))?.[1] ?? lines.length;
  const titleStart = nonBlank.find(([l, i]) => i < addressee && (/关于/u.test(l.text) || /通知$/u.test(l.text)) && !DOCNO_LINE.test(l.text))?.[1];
  const titleIdx = titleStart === undefined ? [] : titleRun(lines, titleStart, /通知$/u);
  const dateIdx = nonBlank.find(([l]) => isDateLine(l.text))?.[1];
  // Signature: the issuer lines just above the date.
  let sigStart = dateIdx;
  if (dateIdx !== undefined) {
    for (let k = dateIdx - 1; k >= 0; k--) {
      const t = lines[k]!.text;
      if (!t) continue;
      if (!isSignatureLike(t) || titleIdx.includes(k)) break;
      sigStart = k;
    }
  }
  const titleEnd = titleIdx.length ? titleIdx[titleIdx.length - 1]! : -1;
  const pending: Line[] = [];
  const flush = (): void => {
    for (const p of paragraphs(pending, { headings: false })) blocks.push({ type: 'para', text: p.text, joins: p.joins, ...(p.residue ? { residue: true } : {}) });
    pending.length = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    if (i === titleIdx[0]) {
      flush();
      const t = joinLines(lines, titleIdx);
      blocks.push({ type: 'heading', level: 2, ...t });
      const about = t.text.indexOf('关于');
      meta.noticeTitle = about > 0 ? t.text.slice(about) : t.text;
      i = titleEnd;
      continue;
    }
    if (DOCNO_LINE.test(l.text)) {
      flush();
      blocks.push({ type: 'p', className: 'doc-number', items: [l.text] });
      meta.docNumber ??= l.text;
      continue;
    }
    if (sigStart !== undefined && dateIdx !== undefined && i >= sigStart && i <= dateIdx) {
      flush();
      const items = lines.slice(sigStart, dateIdx + 1).filter((x) => x.text).flatMap(signatureItems);
      blocks.push({ type: 'p', className: 'doc-signature', items });
      meta.issuers = items.filter((x) => !isDateLine(x));
      meta.issued = toIso(lines[dateIdx]!.text);
      i = dateIdx;
      continue;
    }
    if (titleIdx.length && i < titleIdx[0]! && isSignatureLike(l.text)) {
      // Above the title: the issuing office's header line.
      flush();
      blocks.push({ type: 'p', className: 'doc-issuer', items: [l.text] });
      continue;
    }
    pending.push(l);
  }
  flush();
  if (blocks.some((b) => b.type === 'para' && b.residue)) notes.push('通知中有疑似残留行（丢失的标题？），已保留并加注释 | the notice holds a line that looks like residue (a lost title?): kept, with a comment');
  if (!meta.noticeTitle) notes.push('未找到通知标题：notice 无 heading | no notice title found: the notice has no heading');
  return blocks;
}

// ————————————————————————————————————————————————————————————— closing and appendix

function closingBlocks(lines: Line[], meta: Meta): Block[] {
  const blocks: Block[] = [];
  let group: Line[] = [];
  let pending: Line[] = [];
  const colophonish = (t: string): boolean => COLOPHON.test(t) || isDateLine(t) || (t.length <= 25 && isSignatureLike(t) && !EFFECTIVE.test(t) && !ATTACHMENT.test(t));
  const flushText = (): void => {
    for (const p of paragraphs(pending, { headings: false })) blocks.push({ type: 'para', text: p.text, joins: p.joins, ...(p.residue ? { residue: true } : {}) });
    pending = [];
  };
  const flushGroup = (): void => {
    if (!group.length) return;
    const items = group.flatMap(signatureItems);
    const colophon = group.some((l) => COLOPHON.test(l.text) || /印发$/u.test(l.text));
    blocks.push({ type: 'p', className: colophon ? 'doc-colophon' : 'doc-signature', items });
    const date = group.find((l) => isDateLine(l.text));
    if (date && !meta.issued) {
      meta.issued = toIso(date.text);
      if (/印发$/u.test(date.text)) meta.issuedNote = { zh: '印发日期（版记），不是成文日期', en: 'the printing date (colophon), not the date of signature' };
    }
    if (!colophon && !meta.issuers.length) meta.issuers = items.filter((x) => !isDateLine(x));
    group = [];
  };
  for (const l of lines) {
    if (!l.text) continue;
    if (colophonish(l.text)) {
      flushText();
      group.push(l);
    } else {
      flushGroup();
      pending.push(l);
    }
  }
  flushText();
  flushGroup();
  return blocks;
}

/** Rows of an appendix table flattened one cell a line, rows parted by empty lines (渝中 附件). */
function appendixBlocks(lines: Line[], notes: string[]): { blocks: Block[]; heading?: string } {
  const blocks: Block[] = [];
  let heading: string | undefined;
  let i = 0;
  // 附件： then its title.
  for (; i < lines.length && !lines[i]!.text; i++);
  if (i < lines.length) blocks.push({ type: 'para', text: lines[i++]!.text, joins: [] });
  for (; i < lines.length && !lines[i]!.text; i++);
  if (i < lines.length && isTitleLike(lines[i]!.text)) {
    heading = lines[i]!.text;
    blocks.push({ type: 'heading', level: 2, text: heading, joins: [] });
    i++;
  }
  // Groups of lines parted by truly empty lines (a tab-only line is an empty cell, not a separator).
  const groups: Line[][] = [];
  for (let cur: Line[] = []; i <= lines.length; i++) {
    const l = lines[i];
    if (!l || l.raw === '' || (l.raw.trim() === '' && !/\t/.test(l.raw))) {
      if (cur.length) groups.push(cur);
      cur = [];
    } else cur.push(l);
  }
  const rowLike = (g: Line[]): boolean => g.length >= 2 && g.every((l) => l.text.length <= 60 && !/。/u.test(l.text));
  for (let g = 0; g < groups.length; ) {
    let h = g;
    while (h < groups.length && rowLike(groups[h]!)) h++;
    if (h - g >= 2) {
      const rows = groups.slice(g, h).map((grp) => grp.map((l) => l.text));
      const header = rows.findIndex((r) => /^\d+$/u.test(r[0] ?? ''));
      blocks.push({ type: 'table', rows, header: header === -1 ? 0 : header });
      notes.push(`附件表格：${rows.length}行，已重建为 <table>，请核对 | appendix table: ${rows.length} rows rebuilt as a <table>; check it`);
      g = h;
    } else {
      for (const p of paragraphs(groups[g]!, { headings: false })) blocks.push({ type: 'para', text: p.text, joins: p.joins, ...(p.residue ? { residue: true } : {}) });
      g++;
    }
  }
  return { blocks, ...(heading ? { heading } : {}) };
}

function renderTable(rows: string[][], header: number): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const cell = (t: string, kind: 'ordinal' | 'count' | undefined): string => {
    if (!t) return '';
    if (kind && /^\d+$/u.test(t)) return `<NR kind="${kind}">${t}</NR>`;
    return renderInline(t, markNumbers(t), []);
  };
  const head = rows.slice(0, header);
  const body = rows.slice(header);
  const headHtml: string[] = [];
  // A header row followed by one that starts with k empty cells: its first k cells span both rows, its last the remaining columns.
  for (let r = 0; r < head.length; r++) {
    const row = head[r]!;
    const below = head[r + 1];
    const k = below ? below.findIndex((x) => x !== '') : -1;
    if (below && k > 0 && row.length === k + 1 && below.length === cols) {
      const cells = row.map((t, c) => (c < k ? `<th rowSpan={2}>${cell(t, undefined)}</th>` : `<th colSpan={${cols - k}}>${cell(t, undefined)}</th>`));
      headHtml.push(`<tr>${cells.join('')}</tr>`, `<tr>${below.slice(k).map((t) => `<th>${cell(t, undefined)}</th>`).join('')}</tr>`);
      r++;
    } else headHtml.push(`<tr>${row.map((t) => `<th>${cell(t, undefined)}</th>`).join('')}</tr>`);
  }
  const bodyHtml = body.map((row) => {
    // A short row (合计): its first text cell spans the missing columns.
    const short = cols - row.length;
    const wide = short > 0 ? row.findIndex((t) => t && !/^\d+$/u.test(t)) : -1;
    return `<tr>${row.map((t, c) => `<td${c === wide ? ` colSpan={${short + 1}}` : ''}>${cell(t, c === 0 ? 'ordinal' : 'count')}</td>`).join('')}</tr>`;
  });
  return ['<table>', ...(headHtml.length ? ['<thead>', ...headHtml, '</thead>'] : []), '<tbody>', ...bodyHtml, '</tbody>', '</table>'].join('\n');
}

// ————————————————————————————————————————————————————————————— rendering

function renderBlock(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${renderPara(b, b.lead)}`;
    case 'para':
      return b.residue ? `${renderPara(b)} ${RESIDUE_COMMENT}` : renderPara(b, b.lead);
    case 'p':
      return `<p className="${b.className}">${renderLines(b.items)}</p>`;
    case 'table':
      return `${TABLE_COMMENT}\n\n${renderTable(b.rows, b.header)}`;
  }
}

/**
 * 责任单位 lines, proposed: the last （责任单位：…） / （…负责，…配合） parenthesis of a paragraph becomes
 * <Duty>, each department in it a <Dept>; `lead` where the line says who leads (牵头, 排在第一位的为牵头单位).
 * A human confirms them, and adds `of` where a line closing a section governs the whole section.
 */
const DUTY_PAREN = /[（(]([^（()）<>]*?(?:责任单位|负责|配合|牵头)[^（()）<>]*?)[）)]/gu;
export function markDuties(text: string): string {
  // Match on the text without proposed joins (a join may split 责任{/*…*/}单位), then map back.
  const COMMENT = /\{\/\*[\s\S]*?\*\/\}/gu;
  const at: number[] = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    COMMENT.lastIndex = i;
    const c = COMMENT.exec(text);
    if (c && c.index === i) {
      i += c[0].length;
      continue;
    }
    at.push(i);
    plain += text[i];
    i++;
  }
  let last: RegExpExecArray | undefined;
  for (const m of plain.matchAll(DUTY_PAREN)) last = m as RegExpExecArray;
  if (!last) return text;
  const start = at[last.index!]!;
  const end = at[last.index! + last[0].length - 1]! + 1;
  // A join proposed inside the line would split a department's name: it moves to just after the line.
  const joins = text.slice(start, end).match(COMMENT) ?? [];
  const inner = last[1]!;
  const body = inner.replace(/^责任单位\s*[：:]/u, '');
  const firstLeads = /排在第一位的为牵头单位/u.test(body);
  // Department names: the list before 。 (责任单位：A、B。…), or the names before 负责 / 配合 / 牵头;
  // "各乡镇、街道" is one name (a part without its own 县/区/市 prefix joins an 各… before it).
  const names = body
    .split(/[。]/u)[0]!
    .split(/(?:分别负责|等按职责分工负责|等负责|负责|配合|牵头)?[、，,]|(?:分别负责|等按职责分工负责|等负责|负责|配合|牵头)$/u)
    .map((x) => x?.trim())
    .filter((x): x is string => !!x && x.length <= 20 && !/排在第一位/u.test(x))
    .reduce<string[]>((out, n) => {
      const prev = out[out.length - 1];
      if (prev?.startsWith('各') && !/^[县区市团各]/u.test(n) && body.includes(`${prev}、${n}`)) out[out.length - 1] = `${prev}、${n}`;
      else out.push(n);
      return out;
    }, []);
  const leads = new Set<string>(firstLeads && names[0] ? [names[0]] : names.filter((n) => body.includes(`${n}牵头`)));
  let marked = inner;
  let cursor = 0;
  for (const n of names) {
    const i = marked.indexOf(n, cursor);
    if (i === -1) continue;
    const tag = `<Dept${leads.has(n) ? ' lead' : ''}>${n}</Dept>`;
    marked = marked.slice(0, i) + tag + marked.slice(i + n.length);
    cursor = i + tag.length;
  }
  return `${text.slice(0, start)}<Duty>${last[0][0]}${marked}${last[0][last[0].length - 1]}</Duty>${joins.join('')}${text.slice(end)}`;
}

/** “排在第一位的为牵头单位，下同”: from that line on, the first department of every 责任单位 line leads. */
function leadFirstFromThenOn(mdx: string): string {
  const at = mdx.search(/排在第一位的为牵头单位[，,]?\s*下同/u);
  if (at === -1) return mdx;
  return mdx.slice(0, at) + mdx.slice(at).replace(/<Duty>([（(][^<]*)<Dept>/gu, '<Duty>$1<Dept lead>');
}

function renderClause(c: Clause): string {
  const head = `<Clause id="${c.id}"${c.heading ? ` heading=${attrValue(c.heading)}` : ''}>`;
  return [head, ...c.blocks.map((b) => (b.type === 'para' ? markDuties(renderBlock(b)) : renderBlock(b))), '</Clause>'].join('\n\n');
}

// ————————————————————————————————————————————————————————————— policy.yaml

const y = (v: unknown): string => yamlStringify(v, { lineWidth: 0 }).trimEnd();

function policyYamlOf(id: string, meta: Meta): string {
  const detected = '# 自动识别，请核对 | detected: check';
  const scalar = (v: string | undefined, fallback = '""'): string => (v === undefined ? fallback : y(v));
  const list = (items: unknown[], indent = ''): string => (items.length ? '\n' + y(items).replace(/^/gm, indent) : ' []');
  return [
    '# yaml-language-server: $schema=../../schema/policy.schema.json',
    `# ${meta.title ?? id} — 编码（数据）| the encoding, as data.`,
    '# 由 scaffold 生成：标“自动识别”的值请核对，空值待填。条款结构在 rendering.mdx；每条 quote 须逐字出现在其条款中。',
    '# Generated by scaffold: values marked "detected" need checking, empty ones filling. Clause structure lives in rendering.mdx; every quote must stand in its clause there.',
    '',
    `# 政策 id 即文件夹名（${id}），此处不写 | the policy id is the folder's name (${id}); it is not written here`,
    '# 文件标题，照印 | the document title, as printed',
    `title: ${scalar(meta.title)}${meta.title ? (meta.titleFromNotice ? ' # 取自通知正文《》，请核对 | taken from the notice body, check' : ` ${detected}`) : ' # 未找到标题 | no title found'}`,
    '# 简称（中文、英文）| short name, in Chinese and English',
    'shortName:',
    '  zh: ""',
    '  en: ""',
    '# 文号，照印（如 古办〔2021〕9号）| 文号 exactly as printed',
    `docNumber: ${scalar(meta.docNumber)}${meta.docNumber ? ` ${detected}` : ''}`,
    '# 地区：省、市（州）、县（区），各有中文与英文 | region: province, prefecture, county, each in Chinese and English',
    'region:',
    '  province: { zh: "", en: "" }',
    '  prefecture: { zh: "", en: "" }',
    '  county: { zh: "", en: "" }',
    '# 发文机关，照印；提取丢失时留 [] 并在 issuersNote 说明 | issuing bodies as printed; where the extraction lost them, leave [] and say so in issuersNote',
    `issuers:${list(meta.issuers, '  ')}${meta.issuers.length ? `\n${detected}（落款 | from the signature）` : ''}`,
    '# issuersNote: { zh: "", en: "" }',
    '# 成文（或印发）日期，ISO 格式 YYYY-MM-DD；不确定时写 issuedNote（中文与英文）| the date issued (成文/印发), ISO; issuedNote (Chinese and English) where uncertain',
    `issued: ${scalar(meta.issued)}${meta.issued ? ` ${detected}` : ''}`,
    meta.issuedNote ? `issuedNote:\n  zh: ${y(meta.issuedNote.zh)}\n  en: ${y(meta.issuedNote.en)}` : '# issuedNote: { zh: "", en: "" }',
    '# 施行日期的表述，逐字（如 本方案自印发之日起施行）| the effective-date statement, verbatim',
    `effective: ${scalar(meta.effective)}${meta.effective ? ` ${detected}` : ''}`,
    '# 有效期表述，逐字（如有）| the validity statement, verbatim, where there is one',
    meta.validity ? `validity: ${y(meta.validity)} ${detected}` : '# validity: ""',
    '# 何时有效：起止各写依据（basis）与原文（quote、clause）| when it is in force: start and end, each with its basis and words',
    '#   basis: from-issue（自印发/发布之日起）| stated（印有日期）| term（有效期N年）| plan-period（方案年份）| not-stated（未载明）',
    'inForce:',
    `  start: { date: ${meta.issued ? y(meta.issued) : '""'}, basis: ${meta.effective ? 'from-issue' : 'not-stated'}${meta.effective ? `, quote: ${y(meta.effective)}, clause: closing` : ''} } ${detected}`,
    `  end: { basis: ${meta.validity ? 'term' : 'not-stated'}${meta.validity ? `, quote: ${y(meta.validity)}, clause: closing, date: ""` : ''} }${meta.validity ? ' # 按有效期推算截止日，并写解读说明 | work out the last day from the term, with an interpretation note' : ''}`,
    '# 方案所涵盖的期间（如有）| the period the plan covers, where it names one',
    '# period: { from: "", to: "" }',
    '# 文中引用的上级文件：文号 + 标题 | documents the text cites: 文号 + title',
    `parents:${list(meta.parents, '  ')}${meta.parents.length ? `\n${detected}（《…》（文号）| from 《…》（文号） citations）` : ''}`,
    '# 对象群体：id、term（文中用语）、definition（逐字）、clause | target groups: id, term (the document\'s word), definition (verbatim), clause',
    'groups: []',
    '# 规则：每条规则或承诺一项——id（领域.概念）、concept（content/concepts.yaml 中的概念，或 local 并写 area）、clause、kind 及取值、summary {zh,en}、appliesTo、quote（逐字）、interpretation',
    '# provisions: one per rule or commitment — id (area.concept), concept (an id of content/concepts.yaml, or local with its area), clause, kind and its value fields, summary {zh,en}, appliesTo, quote (verbatim), interpretation',
    '# 责任单位不写：取自 rendering.mdx 的 <Duty> | departments are not written here: they come from the <Duty> lines of rendering.mdx',
    '# rendering.mdx 中每个 <Fig p="TODO"> 都应链接到这里的一项 | every <Fig p="TODO"> in rendering.mdx should link to one of these',
    'provisions: []',
    '# 文中印出的表格（如附件），数据化 | tables printed in the document (e.g. an appendix), as data',
    'tables: []',
    '',
  ].join('\n');
}

/** The cases.yaml of a new folder: an empty list, and how a case is written. */
export function casesYamlTemplate(id: string): string {
  return [
    '# yaml-language-server: $schema=../../schema/cases.schema.json',
    `# ${id} — 手算案例 | hand-worked cases`,
    '# 每个案例一项，期望值按原文手算，原文引在旁边（不要粘贴程序输出）。',
    '# One entry per case; the expected values are worked by hand from the document, with its words beside them (never pasted from program output).',
    '#',
    '#   name:       案例名称，一句话 | the case, in a sentence',
    '#   calculator: 计算器 id（如 medical-aid）| the calculator id (e.g. medical-aid)',
    '#   clause:     规则所在条款 | the clause the rule is in',
    "#   quote:      所依据的原文，逐字 | the document's words it rests on, verbatim",
    '#   input:      计算器输入；金额写成字符串 | the calculator input; money as strings',
    '#   output:     期望结果：status、amount 等 | the expected result: status, amount…',
    '#   working:    手算过程 | the working, step by step',
    '#',
    '# 例 | Example:',
    '# - name: 低保对象住院自负24000元，扣除起付线后按70%救助，得14000元',
    '#   calculator: medical-aid',
    '#   clause: "4.3"',
    '#   quote: 对城市低保对象设起付线4000元，个人自负费用按70%的比例救助',
    '#   input: { group: dibao, care: inpatient, selfPaid: "24000" }',
    '#   output: { status: computed, amount: "14000.00" }',
    '#   working: (24000 − 4000) × 0.7 = 14000',
    '[]',
    '',
  ].join('\n');
}

// ————————————————————————————————————————————————————————————— the whole document

/** Cited documents: 《title》（文号）. */
function citedParents(text: string, own: string | undefined): Meta['parents'] {
  const out: Meta['parents'] = [];
  const re = new RegExp(`《([^《》]+)》[（(](${DOCNO}|\\p{Script=Han}{1,8}令\\s*第?\\s*\\d+\\s*号)[）)]`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const docNumber = m[2]!.replace(/\s+/g, '');
    if (docNumber !== own && !out.some((p) => p.docNumber === docNumber)) out.push({ docNumber, title: m[1]! });
  }
  return out;
}

/** `extraction`: the file name the source was delivered under (kept in the frontmatter). */
export function scaffold(id: string, sourceText: string, extraction?: string): ScaffoldResult {
  const { lines, residue } = toLines(sourceText);
  const notes: string[] = [];
  const meta: Meta = { issuers: [], parents: [] };

  // Regions: front (before 一、), body, closing (after the last numbered clause), appendices (附件).
  const firstL1 = lines.findIndex((l) => {
    const m = markerAt(l.text);
    return m?.kind === 'L1' && m.n === 1;
  });
  let lastL1 = firstL1;
  if (firstL1 >= 0) {
    for (let i = firstL1, n = 1; i < lines.length; i++) {
      const m = markerAt(lines[i]!.text);
      if (m?.kind === 'L1' && m.n === n) {
        lastL1 = i;
        n++;
      }
    }
  } else notes.push('未找到“一、”：全文作为 preamble | no 一、 found: the whole text is the preamble');
  const bodyStart = firstL1 >= 0 ? firstL1 : lines.length;
  const prevText = (i: number): string => {
    for (let k = i - 1; k >= 0; k--) if (lines[k]!.text) return lines[k]!.text;
    return '';
  };
  const after = (pred: (t: string) => boolean): number => {
    for (let i = lastL1 + 1; firstL1 >= 0 && i < lines.length; i++) {
      const t = lines[i]!.text;
      // A sentence (本方案自…施行) starts the closing only at a paragraph start; 附件, 抄送, a date line always do.
      // (not right under a heading: "二、附则 / 本细则自…施行" belongs to its clause).
      const sentence = EFFECTIVE.test(t) && !ATTACHMENT.test(t);
      if (t && pred(t) && (!sentence || (endsParagraph(prevText(i)) && !isStandaloneHeading(prevText(i))))) return i;
    }
    return lines.length;
  };
  const appendixStarts: number[] = [];
  for (let i = after((t) => APPENDIX_START.test(t)); i < lines.length; i++) if (APPENDIX_START.test(lines[i]!.text)) appendixStarts.push(i);
  const appendixStart = appendixStarts[0] ?? lines.length;
  let closingStart = Math.min(after(isClosingStart), appendixStart);
  // A closing that starts with the date starts with the signature above it ("某某县民政局 / 2020年12月30日").
  if (closingStart < lines.length && isDateLine(lines[closingStart]!.text)) {
    let top = closingStart;
    for (let i = closingStart - 1; i > lastL1; i--) {
      const t = lines[i]!.text;
      if (!t) continue;
      if (t.length > 30 || !isSignatureLike(t) || markerAt(t)) break;
      top = i;
    }
    // Only if the text above them is complete: otherwise the "signature" is the tail of a broken sentence.
    if (endsParagraph(prevText(top)) || isStandaloneHeading(prevText(top))) closingStart = top;
  }

  const front = lines.slice(0, bodyStart);
  const body = lines.slice(bodyStart, closingStart);
  const closing = lines.slice(closingStart, appendixStart);

  const clauses: Clause[] = [];

  // Notice: up to the signature date, or else to the end of the paragraph that transmits the document (现将…印发).
  const frontParas = paragraphs(front, { headings: false });
  const dateLine = front.findIndex((l) => isDateLine(l.text));
  // 现将《…》印发给你们 transmits a document; 现将有关事项通知如下 does not (the notice is the document).
  const transmittal = frontParas.find((p) => /现将《|印发给?你们/u.test(p.text));
  let noticeEnd = dateLine >= 0 ? dateLine + 1 : transmittal ? transmittal.last + 1 : 0;
  // "（此件公开发布）" under the date still belongs to the notice.
  const nextLine = front.findIndex((l, i) => i >= noticeEnd && l.text);
  if (noticeEnd > 0 && nextLine >= 0 && PUBLICATION_NOTE.test(front[nextLine]!.text)) noticeEnd = nextLine + 1;
  if (noticeEnd > 0) {
    const blocks = noticeBlocks(front.slice(0, noticeEnd), meta, notes);
    clauses.push({ id: 'notice', ...(meta.noticeTitle ? { heading: meta.noticeTitle } : {}), blocks });
  }

  // Title and preamble.
  const rest = front.slice(noticeEnd);
  const preamble: Block[] = [];
  let k = 0;
  for (; k < rest.length; k++) {
    const t = rest[k]!.text;
    if (!t) continue;
    if (isResidue(t)) {
      preamble.push({ type: 'para', text: t, joins: [], residue: true });
      notes.push(`第${rest[k]!.n}行“${t}”疑为残留，已保留并加注释 | line ${rest[k]!.n} "${t}" looks like residue: kept, with a comment`);
      continue;
    }
    break;
  }
  const titleIdx = k < rest.length && isTitleLike(rest[k]!.text) ? titleRun(rest, k) : [];
  if (titleIdx.length) {
    const t = joinLines(rest, titleIdx);
    preamble.push({ type: 'heading', level: 1, ...t });
    meta.title = t.text;
    k = titleIdx[titleIdx.length - 1]! + 1;
  } else {
    const fromNotice = transmittal && /《([^《》]+)》/u.exec(transmittal.text);
    if (fromNotice) {
      meta.title = fromNotice[1]!;
      meta.titleFromNotice = true;
      notes.push(`未找到文件标题行，标题取自通知正文：${meta.title} | no title line found; the title is taken from the notice body`);
    } else notes.push('未找到文件标题 | no document title found');
  }
  for (const p of paragraphs(rest.slice(k), { headings: false })) preamble.push({ type: 'para', text: p.text, joins: p.joins, ...(p.residue ? { residue: true } : {}) });

  // Body.
  const { clauses: bodyList, loose } = bodyClauses(paragraphs(body), body, notes);
  preamble.push(...loose);
  if (preamble.length) clauses.push({ id: 'preamble', blocks: preamble });
  bodyList.forEach((c, i) => {
    if (!c.standalone) {
      const h = inlineHeading(c, bodyList[i + 1]);
      if (h) c.heading = h;
    }
  });
  clauses.push(...bodyList);

  // Closing.
  if (closing.some((l) => l.text)) {
    const blocks = closingBlocks(closing, meta);
    clauses.push({ id: 'closing', blocks });
  }

  // Appendices: `appendix`, or `appendix.1`, `appendix.2`… when there are several.
  appendixStarts.forEach((s, i) => {
    const e = appendixStarts[i + 1] ?? lines.length;
    const { blocks, heading } = appendixBlocks(lines.slice(s, e), notes);
    const num = /(\d+|[一二三四五六七八九十]+)/u.exec(lines[s]!.text)?.[1];
    const aid = appendixStarts.length === 1 ? 'appendix' : `appendix.${num ? (/\d/.test(num) ? Number(num) : cnToInt(num)) : i + 1}`;
    clauses.push({ id: aid, ...(heading ? { heading } : {}), blocks });
  });

  // Metadata from the text: effective and validity statements, cited documents.
  const allText = clauses.flatMap((c) => c.blocks.map((b) => (b.type === 'para' || b.type === 'heading' ? b.text : ''))).join('\n');
  const closingText = clauses.find((c) => c.id === 'closing')?.blocks.map((b) => (b.type === 'para' ? b.text : '')).join('\n') ?? '';
  const effective = /本(?:实施)?(?:方案|办法|通知|意见|细则|规定|措施|制度|规则|决定)[^。；，,]*?(?:自|从|于)[^。；，,]*?(?:施行|执行|实施|生效)/u;
  meta.effective = (effective.exec(closingText) ?? effective.exec(allText))?.[0];
  // A validity statement has a length ("有效期5年"), not just the word ("在类别有效期内").
  const validity = /有效期(?:为)?\s*[\d一二两三四五六七八九十]+\s*(?:年|个月)/u;
  meta.validity = (validity.exec(closingText) ?? validity.exec(allText))?.[0];
  meta.parents = citedParents(allText, meta.docNumber);

  // Output.
  const seen = new Set<string>();
  for (const c of clauses) {
    if (seen.has(c.id)) notes.push(`条款 id 重复：${c.id} | duplicate clause id: ${c.id}`);
    seen.add(c.id);
  }
  // The folder names the policy and policy.yaml holds the title; the frontmatter keeps the extraction's file name.
  const frontmatter = `---\n${y({ extraction: extraction ?? 'source.txt' })}\n---`;
  const mdx = leadFirstFromThenOn([frontmatter, ...clauses.map(renderClause)].join('\n\n') + '\n');
  const nrKinds: Record<string, number> = {};
  for (const m of mdx.matchAll(/<NR kind="([a-z]+)">/g)) nrKinds[m[1]!] = (nrKinds[m[1]!] ?? 0) + 1;
  const report: ScaffoldReport = {
    id,
    title: meta.title,
    clauseIds: clauses.map((c) => c.id),
    clauses: clauses.length,
    figures: (mdx.match(/<Fig p="TODO">/g) ?? []).length,
    nonRules: Object.values(nrKinds).reduce((a, b) => a + b, 0),
    nonRulesByKind: nrKinds,
    joins: mdx.split(JOIN_COMMENT).length - 1,
    residueDropped: residue,
    notes,
  };
  return { mdx, policyYaml: policyYamlOf(id, meta), report };
}

/** The report as the CLI prints it, in Chinese and English. */
export function formatReport(r: ScaffoldReport): string {
  const kinds = Object.entries(r.nonRulesByKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    `${r.id}${r.title ? ` · ${r.title}` : ''}`,
    `  条款 clauses:            ${r.clauses}  (${r.clauseIds.join(' ')})`,
    `  预标规则数字 figures:    ${r.figures}  <Fig p="TODO">`,
    `  预标非规则数字 NR:       ${r.nonRules}${kinds ? `  (${kinds})` : ''}`,
    `  拟拼接 joins proposed:   ${r.joins}`,
    `  删除残留 residue dropped: ${r.residueDropped}  [bookmark: …]`,
    ...(r.notes.length ? ['  请核对 to check:', ...r.notes.map((n) => `  - ${n}`)] : []),
  ].join('\n');
}
