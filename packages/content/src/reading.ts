/**
 * The reading log of a document (`content/policies/<id>/reading.yaml`): a second, independent reading
 * of the rendering, sentence by sentence. Every sentence of the rendering is listed, in order, with
 * either the provisions that encode it or a mark saying why it holds no rule of its own.
 *
 * A sentence is what `sentences()` cuts: each line of a clause's rendered text, cut after 。！？
 * (with any closing quote or bracket). The cut is mechanical on purpose: the log is checked against
 * it, so a changed rendering shows up as sentences the log does not account for.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml, stringify } from 'yaml';
import { CONTENT_DIR, documentFile, normalise, type Rendering } from './index.ts';

/** One sentence of a rendering. */
export interface Sentence {
  /** The clause it stands in. */
  clause: string;
  /** The sentence, whitespace removed. */
  text: string;
}

/** Why a sentence holds no rule of its own. */
export const READING_MARKS = {
  heading: { zh: '标题', en: 'title or heading' },
  form: { zh: '公文格式（文号、主送、落款、日期、抄送）', en: 'document form (number, addressees, signature, date, copy-to)' },
  purpose: { zh: '目的与依据', en: 'purpose and basis' },
  guidance: { zh: '指导思想与原则', en: 'guiding ideas and principles' },
  exhortation: { zh: '号召与一般要求（无具体义务）', en: 'exhortation (no specific duty)' },
  background: { zh: '背景与说明', en: 'background and explanation' },
  'duty-line': { zh: '责任单位（记入本条各项编码的责任单位）', en: 'responsible departments (recorded on the clause’s provisions)' },
  table: { zh: '附表内容（记入附表数据）', en: 'appended table (recorded as table data)' },
} as const;
export type ReadingMark = keyof typeof READING_MARKS;

/** A sentence as the reader accounted for it. */
export interface ReadingEntry extends Sentence {
  /** The provisions that encode it (each one's quote overlaps the sentence). */
  provisions?: string[];
  /** Or: why it holds no rule of its own. */
  not?: ReadingMark;
  /** The reader's remark, where one helps (English or Chinese). */
  note?: string;
}

export interface ReadingLog {
  /** Who read, and how: a reader who did not write the encoding, against the source. */
  by: string;
  /** The day the reading was finished (YYYY-MM-DD). */
  date: string;
  sentences: ReadingEntry[];
}

const CUT = /[^。！？]+(?:[。！？]+[”’」』）)]*|$)|[。！？]+[”’」』）)]*/g;
/** Punctuation alone is not a sentence. */
const ONLY_PUNCT = /^[\p{P}\p{S}\s]*$/u;

/** The sentences of a rendering, in order. */
export function sentences(r: Rendering): Sentence[] {
  const out: Sentence[] = [];
  for (const c of r.clauses) {
    for (const line of c.text.split('\n')) {
      for (const m of line.match(CUT) ?? []) {
        const text = normalise(m);
        if (text && !ONLY_PUNCT.test(text)) out.push({ clause: c.id, text });
      }
    }
  }
  return out;
}

/** Whether a quote (parts joined by …) and a sentence share a stretch of text: the quote stands in the sentence, or the sentence in the quote. */
export function quoteTouches(quote: string, sentence: string): boolean {
  const s = normalise(sentence).replace(/[。！？；;，,：:、”’）)]+$/u, '');
  return normalise(quote)
    .split(/…+|\.{3,}/)
    .filter((part) => part.length >= 2)
    .some((part) => {
      if (s.includes(part) || part.includes(s)) return true;
      // a quote that starts or ends inside the sentence: the longest common stretch is long enough
      const need = Math.min(8, part.length, s.length);
      let best = 0;
      const prev = new Uint16Array(s.length + 1);
      for (let i = 1; i <= part.length; i++) {
        let diag = 0;
        for (let j = 1; j <= s.length; j++) {
          const up = prev[j]!;
          prev[j] = part[i - 1] === s[j - 1] ? diag + 1 : 0;
          if (prev[j]! > best) best = prev[j]!;
          diag = up;
        }
        if (best >= need) return true;
      }
      return false;
    });
}

/** Whether two clause ids are the same clause or one encloses the other (`4` and `4.3`). */
export const clauseNests = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

export const READING_FILE = 'reading.yaml';
export const readingFile = (id: string, dir = CONTENT_DIR): string => documentFile(id, 'rendering', dir).replace(/rendering\.mdx$/, READING_FILE);

/** Problems with the shape of a log: entries named by their index. */
export function readingShapeErrors(raw: unknown): string[] {
  const errors: string[] = [];
  if (!raw || typeof raw !== 'object') return ['the reading log is not a mapping'];
  const log = raw as Record<string, unknown>;
  if (typeof log.by !== 'string') errors.push('by: who read (a reader who did not write the encoding); empty until the reading is done');
  if (typeof log.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(log.date)) errors.push('date: the day the reading was finished, YYYY-MM-DD');
  if (!Array.isArray(log.sentences)) return [...errors, 'sentences: a list'];
  log.sentences.forEach((e: unknown, i) => {
    if (!e || typeof e !== 'object') return void errors.push(`sentences.${i}: not a mapping`);
    const x = e as Record<string, unknown>;
    for (const k of Object.keys(x)) if (!['clause', 'text', 'provisions', 'not', 'note'].includes(k)) errors.push(`sentences.${i}.${k}: unknown field`);
    if (typeof x.clause !== 'string') errors.push(`sentences.${i}.clause: a clause id (quoted)`);
    if (typeof x.text !== 'string') errors.push(`sentences.${i}.text: the sentence`);
    if (x.provisions !== undefined && (!Array.isArray(x.provisions) || !x.provisions.length || x.provisions.some((p) => typeof p !== 'string')))
      errors.push(`sentences.${i}.provisions: a non-empty list of provision ids`);
    if (x.not !== undefined && !(typeof x.not === 'string' && x.not in READING_MARKS)) errors.push(`sentences.${i}.not: one of ${Object.keys(READING_MARKS).join(', ')}`);
    if (x.note !== undefined && typeof x.note !== 'string') errors.push(`sentences.${i}.note: text`);
  });
  return errors;
}

/** The reading log of a document folder, or undefined where it has none. Throws on a malformed log. */
export function readReading(id: string, dir = CONTENT_DIR): ReadingLog | undefined {
  const file = readingFile(id, dir);
  if (!existsSync(file)) return undefined;
  const raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
  const errors = readingShapeErrors(raw);
  if (errors.length) throw new Error(`${file}:\n  ${errors.join('\n  ')}`);
  const log = raw as ReadingLog;
  return { ...log, sentences: log.sentences.map((e) => ({ ...e, text: normalise(e.text) })) };
}

export interface ReadingCoverage {
  /** Sentences of the rendering. */
  sentences: number;
  /** Sentences accounted for by provisions. */
  normative: number;
  /** Sentences marked as holding no rule, by mark. */
  marked: Partial<Record<ReadingMark, number>>;
  /** Distinct provisions the log names. */
  provisions: number;
  /** Sentences of the rendering the log does not account for (missing, or listed without provisions or a mark). */
  unaccounted: Sentence[];
  /** Entries of the log that are not sentences of the rendering, in its order (stale after an edit). */
  stale: ReadingEntry[];
}

/** How completely a log accounts for a rendering's sentences. */
export function readingCoverage(r: Rendering, log: ReadingLog | undefined): ReadingCoverage {
  const all = sentences(r);
  const entries = log?.sentences ?? [];
  const unaccounted: Sentence[] = [];
  const stale: ReadingEntry[] = [];
  const marked: Partial<Record<ReadingMark, number>> = {};
  let normative = 0;
  const n = Math.max(all.length, entries.length);
  for (let i = 0; i < n; i++) {
    const s = all[i];
    const e = entries[i];
    if (e && (!s || e.clause !== s.clause || e.text !== s.text)) stale.push(e);
    if (!s) continue;
    if (!e || e.clause !== s.clause || e.text !== s.text) unaccounted.push(s);
    else if (e.provisions?.length) normative++;
    else if (e.not) marked[e.not] = (marked[e.not] ?? 0) + 1;
    else unaccounted.push(s);
  }
  return { sentences: all.length, normative, marked, provisions: new Set(entries.flatMap((e) => e.provisions ?? [])).size, unaccounted, stale };
}

/**
 * A log for the rendering as it is now: its sentences in order, each keeping what the old log said
 * about the same sentence (same clause and text, else the same text), unaccounted otherwise.
 */
export function syncReading(r: Rendering, old: ReadingLog | undefined, today = new Date().toISOString().slice(0, 10)): ReadingLog {
  const byKey = new Map<string, ReadingEntry[]>();
  const byText = new Map<string, ReadingEntry[]>();
  const add = (map: Map<string, ReadingEntry[]>, key: string, e: ReadingEntry) => void (map.get(key) ?? map.set(key, []).get(key)!).push(e);
  for (const e of old?.sentences ?? []) {
    add(byKey, `${e.clause}\u0000${e.text}`, e);
    add(byText, e.text, e);
  }
  const used = new Set<ReadingEntry>();
  const take = (list: ReadingEntry[] | undefined): ReadingEntry | undefined => {
    const e = list?.find((x) => !used.has(x));
    if (e) used.add(e);
    return e;
  };
  const out = sentences(r).map((s): ReadingEntry => {
    const e = take(byKey.get(`${s.clause}\u0000${s.text}`)) ?? take(byText.get(s.text));
    return { clause: s.clause, text: s.text, ...(e?.provisions ? { provisions: e.provisions } : {}), ...(e?.not ? { not: e.not } : {}), ...(e?.note ? { note: e.note } : {}) };
  });
  return { by: old?.by ?? '', date: old?.date ?? today, sentences: out };
}

/** Write a log as YAML (one entry per sentence, flow lists for provisions). */
export function writeReading(id: string, log: ReadingLog, dir = CONTENT_DIR): void {
  const head = [
    '# yaml-language-server: $schema=../../schema/reading.schema.json',
    '# The second reading of this document, sentence by sentence (see packages/content/src/reading.ts).',
    '# Every sentence of rendering.mdx, in order: `provisions` that encode it, or `not` with why it holds no rule.',
    '# Re-cut after editing the rendering: pnpm reading <id> (keeps what is already said about each sentence).',
  ].join('\n');
  const body = stringify(
    { by: log.by, date: log.date, sentences: log.sentences },
    { lineWidth: 0, flowCollectionPadding: false, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' },
  ).replace(/^( {4}provisions:)\n((?: {6}- .+\n)+)/gm, (_, k: string, items: string) => `${k} [${items.trim().split('\n').map((l) => l.replace(/^\s*- /, '')).join(', ')}]\n`);
  writeFileSync(readingFile(id, dir), `${head}\n${body}`);
}
