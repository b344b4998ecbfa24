#!/usr/bin/env node
/**
 * bangfu — command-line access to the encodings and calculators.
 * A public contract: stdout carries only the JSON answer; errors go to stderr with exit code 2.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { _excerpt, MAX_DEPTH, MAX_STRING_BYTES } from './calculators/input.ts';
import { CALCULATOR_IDS, calculateRaw, calculators, formatErrors, type CalculatorId, type FieldError } from './calculators/index.ts';
import { isIsoDate, statusOn, today, VALIDITY_STATUS_TEXT } from './validity.ts';
import { isPolicyId, loadPolicies, policyCatalogue } from './policies/index.ts';
import { AREA_IDS, POLICY_IDS, type PolicyId } from './schema/index.ts';
import { toCsv } from './csv.ts';
import type { CalcResult } from './calculators/index.ts';

class UsageError extends Error {
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(formatErrors(errors));
    this.errors = errors;
  }
}

const usageError = (field: string, zh: string, en: string): UsageError => new UsageError([{ field, zh, en }]);

const HELP = `bangfu — 帮扶政策对照 command line

Usage:
  bangfu policies [--format json|csv] [--as-of YYYY-MM-DD]
                                                    the encoded documents, when each is in force,
                                                    and its status on the day (default today)
  bangfu provisions --policy <id[,id…]|all> [--area <area>] [--format json|csv]
                                                    every provision with its quote, clause and value
  bangfu calc <calculator> --policy <id[,id…]|all> --input '<json>' | --input @file.json [--as-of YYYY-MM-DD] [--no-steps]
                                                    one household: one JSON object (an array for all);
                                                    --no-steps leaves the steps trace out (same answer)
  bangfu calc <calculator> --help                   the calculator's input fields: type, meaning, default
  bangfu schema <calculator>                        the JSON Schema of the calculator's input
  bangfu calc <calculator> --policy <id[,id…]|all> --input-file <households.jsonl|-> [--input-format jsonl|csv]
              [--format jsonl|csv] [--strict] [--as-of YYYY-MM-DD] [--no-steps]
                                                    a batch, read and written line by line (- is stdin):
                                                    one output line per household × policy; a bad line
                                                    is reported with its line number, never aborts
                                                    (--strict: exit 1 if any line failed). CSV input: a
                                                    header of field names, one household per line;
                                                    a cell true/false or starting with [ or { is JSON
                                                    (members as a JSON array), an empty cell is omitted
  bangfu household --input '<json>' | --input @file.json [--policy <id[,id…]|all>] [--format json|text] [--as-of YYYY-MM-DD]
                                                    one household in every place (or those given):
                                                    its category, each answer with its steps, what
                                                    is missing, and the provisions behind differences
  bangfu compare --area <area|all> [--format json|csv] [--as-of YYYY-MM-DD]
                                                    the comparison table of an area: aligned topics ×
                                                    every document, each cell with its status

Calculators: ${CALCULATOR_IDS.join(', ')}
Policies:    ${POLICY_IDS.join(', ')}
Areas:       ${AREA_IDS.join(', ')}

Output goes to stdout. Errors: a message naming the field (中文 / English) on stderr,
exit code 2, nothing on stdout. An internal error exits 1 (BANGFU_DEBUG=1 shows its stack).

bangfu --version prints the version.

Limits: 1 MB per --input, @file or batch line; ${MAX_STRING_BYTES / 1024} kB per string value (or key); nesting depth ${MAX_DEPTH}.
A UTF-8 byte-order mark at the start of any input is ignored.
`;

/** The most bytes one input may have: an --input, an @file, a line of a batch. */
const MAX_INPUT_BYTES = 1024 * 1024;
const tooBig = (field: string, what: { zh: string; en: string }) =>
  usageError(field, `${what.zh}超过 1 MB 的上限`, `${what.en} is larger than the limit of 1 MB`);
const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Read at most MAX_INPUT_BYTES of a file (a device such as /dev/zero included), or say it is larger. */
function readBounded(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw usageError('--input', `无法读取文件 ${_excerpt(path)}`, `cannot read file ${_excerpt(path)}`);
  }
  try {
    const buf = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let n = 0;
    while (n < buf.length) {
      let got: number;
      try {
        got = readSync(fd, buf, n, buf.length - n, null);
      } catch {
        throw usageError('--input', `无法读取文件 ${_excerpt(path)}`, `cannot read file ${_excerpt(path)}`);
      }
      if (got === 0) break;
      n += got;
    }
    if (n > MAX_INPUT_BYTES) throw tooBig('--input', { zh: `文件 ${_excerpt(path)} `, en: `file ${_excerpt(path)}` });
    return buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

/** Is this file descriptor a directory (`< somedir`)? */
function isDirectory(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}

/** A JSON parser's complaint, without more than a short escaped excerpt of the text. */
const jsonProblem = (e: unknown): string => {
  const m = String((e as Error)?.message ?? e);
  const [i, j] = [m.indexOf('"'), m.lastIndexOf('"')];
  // V8 quotes a piece of the text between the first and the last quote: shown as a short escaped excerpt.
  const shown = i >= 0 && j > i ? `${m.slice(0, i)}${_excerpt(m.slice(i + 1, j))}${m.slice(j + 1)}` : m;
  return Array.from(shown.replace(/[\u0000-\u001f\u007f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).slice(0, 120).join('');
};

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch (e) {
    const why = jsonProblem(e);
    throw usageError(field, `不是有效的 JSON：${why}`, `not valid JSON: ${why}`);
  }
}

function readInput(arg: string | undefined): unknown {
  if (arg === undefined) throw usageError('--input', '缺少 --input（JSON 或 @文件）', "missing --input (JSON, or @file.json)");
  if (arg.startsWith('@')) return parseJson(readBounded(arg.slice(1)), '--input');
  if (Buffer.byteLength(arg, 'utf8') > MAX_INPUT_BYTES) throw tooBig('--input', { zh: '--input ', en: '--input' });
  return parseJson(arg, '--input');
}

/** `--policy <id>`, `<id>,<id>,…` (the places chosen, in that order) or `all`: only the documents asked for are loaded. */
async function resolvePolicies(arg: string | undefined) {
  if (!arg) throw usageError('--policy', `缺少 --policy（${POLICY_IDS.join('、')}，以逗号分隔的几个，或 all）`, `missing --policy (${POLICY_IDS.join(', ')}, several separated by commas, or all)`);
  if (arg === 'all') return loadPolicies(POLICY_IDS);
  const ids = arg.split(',').map((x) => x.trim());
  const unknown = ids.find((id) => !isPolicyId(id));
  if (unknown !== undefined) throw usageError('policy', `未知的政策文件：${_excerpt(unknown)}；可选 ${POLICY_IDS.join('、')} 或 all`, `unknown policy ${_excerpt(unknown)}; expected one of ${POLICY_IDS.join(', ')} or all`);
  return loadPolicies(ids as PolicyId[]);
}

/** `--as-of YYYY-MM-DD`: the day whose rules are asked for; default today on this machine's clock. */
function asOfDate(arg: string | undefined): string {
  if (arg === undefined) return today();
  if (!isIsoDate(arg)) throw usageError('--as-of', `日期须为 YYYY-MM-DD 格式的真实日期，如 2026-12-01（收到 ${_excerpt(arg)}）`, `--as-of must be a real date written YYYY-MM-DD, e.g. 2026-12-01 (got ${_excerpt(arg)})`);
  return arg;
}

function format(arg: string | undefined, allowed: readonly string[], fallback: string): string {
  const f = arg ?? fallback;
  if (!allowed.includes(f)) throw usageError('--format', `格式须为 ${allowed.join('、')}`, `format must be one of ${allowed.join(', ')}`);
  return f;
}

const RESULT_COLUMNS = ['line', 'policy', 'calculator', 'status', 'amount', 'min', 'max', 'unit', 'categories', 'provisions', 'error'];
const resultRow = (line: number, r: CalcResult): (string | number | undefined)[] => [
  line, r.policy, r.calculator, r.status, r.amount, r.min, r.max, r.unit, r.categories?.map((c) => c.id).join(' '), r.provisions.join(' '), '',
];

/** Write to stdout, waiting while its buffer is full (backpressure): memory stays flat however many rows. */
async function emit(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Output of a batch, written in chunks of about 64 kB rather than a write per row (one system call per chunk). */
class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 65_536) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.parts.length) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await emit(text);
  }
}

/**
 * The lines of a stream, split on \n (a \r before it dropped), as UTF-8 text; a line longer than
 * `max` bytes is given as `undefined` (its bytes are skipped, never held). Constant memory.
 */
async function* lines(stream: AsyncIterable<Buffer>, max: number): AsyncGenerator<string | undefined> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const take = (): string | undefined => {
    const text = over ? undefined : Buffer.concat(parts, size).toString('utf8');
    parts = [];
    size = 0;
    over = false;
    return text === undefined ? undefined : text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  const add = (b: Buffer) => {
    if (over || !b.length) return;
    if (size + b.length > max + 1) over = true; // +1: a \r before the \n
    else parts.push(b), (size += b.length);
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    add(chunk.subarray(start));
  }
  if (size || over) yield take();
}

/** One CSV record (RFC 4180 quoting, no line breaks inside a field), or why it is not one. */
function csvRecord(line: string): string[] | string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return 'unterminated quoted field';
        field += line.slice(i, q);
        i = q + 1;
        if (line[i] === '"') (field += '"'), i++;
        else break;
      }
      if (i < line.length && line[i] !== ',') return 'text after a quoted field';
    } else {
      const c = line.indexOf(',', i);
      field = line.slice(i, c < 0 ? line.length : c);
      i = c < 0 ? line.length : c;
    }
    out.push(field);
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/** A CSV cell as a value: empty → left out; true/false or starting with [ or { → JSON; else the string. */
function csvValue(cell: string): unknown {
  const t = cell.trim();
  if (t === 'true' || t === 'false' || t.startsWith('[') || t.startsWith('{')) return JSON.parse(t);
  return cell;
}

const looksLikeCsvHeader = (line: string) => /^\s*[A-Za-z_][\w-]*(\s*,\s*[A-Za-z_][\w-]*)+\s*$/.test(line);

interface BatchOptions {
  id: CalculatorId;
  list: Awaited<ReturnType<typeof resolvePolicies>>;
  file: string;
  inputFormat: string;
  fmt: string;
  asOf: string;
  trace: boolean;
  strict: boolean;
}

async function batch({ id, list, file, inputFormat, fmt, asOf, trace, strict }: BatchOptions): Promise<number> {
  let stream: AsyncIterable<Buffer>;
  if (file === '-' && isDirectory(0)) throw usageError('--input-file', '标准输入是一个目录，不是文件', 'standard input is a directory, not a file');
  if (file === '-') stream = process.stdin;
  else {
    const s = createReadStream(file);
    try {
      await once(s, 'open');
    } catch {
      throw usageError('--input-file', `无法读取文件 ${_excerpt(file)}`, `cannot read file ${_excerpt(file)}`);
    }
    stream = s;
  }
  let errors = 0;
  let households = 0;
  let started = false;
  const out = new ChunkedOutput();
  const write = async (row: string | (string | number | undefined)[]) => {
    if (fmt === 'csv') {
      const record = toCsv(RESULT_COLUMNS, [row as (string | number | undefined)[]]).split('\r\n')[1]!;
      await out.write(started ? `\r\n${record}` : `${RESULT_COLUMNS.join(',')}\r\n${record}`);
    } else await out.write(`${row as string}\n`);
    started = true;
  };
  const fail = (line: number, message: string, policy = '') => {
    errors++;
    return write(fmt === 'csv' ? [line, policy, id, 'error', ...Array<string>(RESULT_COLUMNS.length - 5).fill(''), message] : JSON.stringify({ line, ...(policy ? { policy } : {}), calculator: id, status: 'error', error: message }));
  };
  let header: string[] | undefined;
  let line = 0;
  try {
    for await (let raw of lines(stream, MAX_INPUT_BYTES)) {
      line++;
      if (line === 1 && raw !== undefined) raw = stripBom(raw);
      if (raw !== undefined && !raw.trim()) continue;
      if (inputFormat === 'csv' && !header) {
        if (raw === undefined) throw tooBig('--input-file', { zh: 'CSV 表头', en: 'the CSV header' });
        const h = csvRecord(raw);
        if (typeof h === 'string' || !h.every((x) => x.trim())) throw usageError('--input-file', `第 ${line} 行须为字段名组成的 CSV 表头`, `line ${line} must be a CSV header of field names`);
        header = h.map((x) => x.trim());
        const twice = header.find((x, i) => header!.indexOf(x) !== i);
        if (twice !== undefined) throw usageError('--input-file', `CSV 表头中字段 ${_excerpt(twice)} 出现了两次`, `the CSV header names ${_excerpt(twice)} twice`);
        continue;
      }
      households++;
      if (raw === undefined) {
        await fail(line, '本行超过 1 MB 的上限 / line larger than the limit of 1 MB');
        continue;
      }
      let input: unknown;
      if (inputFormat === 'csv') {
        const cells = csvRecord(raw);
        if (typeof cells === 'string') {
          await fail(line, `不是有效的 CSV 行 / not a valid CSV record: ${cells}`);
          continue;
        }
        if (cells.length !== header!.length) {
          await fail(line, `本行有 ${cells.length} 列，表头有 ${header!.length} 列 / ${cells.length} field(s), the header has ${header!.length}`);
          continue;
        }
        const record: Record<string, unknown> = {};
        let bad: string | undefined;
        header!.forEach((name, i) => {
          if (bad !== undefined || !cells[i]!.trim()) return;
          try {
            record[name] = csvValue(cells[i]!);
          } catch (e) {
            bad = `${name}: 不是有效的 JSON / not valid JSON: ${jsonProblem(e)}`;
          }
        });
        if (bad !== undefined) {
          await fail(line, bad);
          continue;
        }
        input = record;
      } else {
        try {
          input = JSON.parse(raw);
        } catch (e) {
          // A CSV file given as JSON Lines: said once, not as one error per line.
          if (line === 1 && looksLikeCsvHeader(raw)) throw usageError('--input-format', '输入看起来是 CSV：请加 --input-format csv', 'the input looks like CSV: add --input-format csv');
          await fail(line, `不是有效的 JSON / not valid JSON: ${jsonProblem(e)}`);
          continue;
        }
      }
      for (const p of list) {
        const r = calculateRaw(id, p, input, { asOf, trace });
        if (!r.ok) {
          await fail(line, formatErrors(r.errors).replace(/\n/g, '; '), p.id);
          continue;
        }
        await write(fmt === 'csv' ? resultRow(line, r.value) : JSON.stringify({ line, ...r.value }));
      }
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // A file that cannot be read (a directory, no permission, an I/O error, a device that refuses): the input's fault, exit 2.
    const code = (e as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && (e as NodeJS.ErrnoException).syscall === 'read' || code === 'EISDIR' || code === 'EACCES')
      throw usageError('--input-file', `无法读取文件 ${_excerpt(file)}（${code}）`, `cannot read file ${_excerpt(file)} (${code})`);
    throw e;
  }
  await out.flush();
  if (fmt === 'csv') await emit(started ? '\n' : `${RESULT_COLUMNS.join(',')}\n`);
  process.stderr.write(`bangfu: ${households} household(s) × ${list.length} policy(ies), ${errors} error(s)\n`);
  return strict && errors > 0 ? 1 : 0;
}

async function calc(argv: string[]): Promise<{ out: string } | { code: number }> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' }, input: { type: 'string' }, 'input-file': { type: 'string' }, 'input-format': { type: 'string' },
      format: { type: 'string' }, 'as-of': { type: 'string' }, strict: { type: 'boolean' }, 'no-steps': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const id = positionals[0];
  if (positionals.length > 1) throw usageError('arguments', `多余的参数 ${_excerpt(positionals[1]!)}（一次只算一个计算器）`, `unexpected argument ${_excerpt(positionals[1]!)} (one calculator at a time)`);
  if (values.help && id && (CALCULATOR_IDS as string[]).includes(id)) return { out: await calculatorHelp(id as CalculatorId) };
  const asOf = asOfDate(values['as-of']);
  const trace = !values['no-steps'];
  if (!id || !(CALCULATOR_IDS as string[]).includes(id)) {
    throw usageError('calculator', `未知的计算器：${id === undefined ? '（缺少）' : _excerpt(id)}；可选 ${CALCULATOR_IDS.join('、')}`, `unknown calculator ${id === undefined ? '(missing)' : _excerpt(id)}; expected one of ${CALCULATOR_IDS.join(', ')}`);
  }
  const list = await resolvePolicies(values.policy);
  // (an option given twice is refused before, by noRepeats)
  const inputArg = values.input;
  const file = values['input-file'];
  if (inputArg !== undefined && file !== undefined) throw usageError('--input', '--input 与 --input-file 只能选一个', '--input and --input-file cannot be given together');
  if (file !== undefined) {
    const fmt = format(values.format, ['jsonl', 'csv'], 'jsonl');
    const inputFormat = values['input-format'] ?? 'jsonl';
    if (!['jsonl', 'csv'].includes(inputFormat)) throw usageError('--input-format', '输入格式须为 jsonl、csv', 'input format must be one of jsonl, csv');
    return { code: await batch({ id: id as CalculatorId, list, file, inputFormat, fmt, asOf, trace, strict: values.strict ?? false }) };
  }
  if (values['input-format'] !== undefined) throw usageError('--input-format', '--input-format 只用于 --input-file', '--input-format goes with --input-file only');
  if (values.strict) throw usageError('--strict', '--strict 只用于 --input-file', '--strict goes with --input-file only');
  format(values.format, ['json'], 'json');
  const input = readInput(inputArg);
  const results = list.map((p) => {
    const r = calculateRaw(id as CalculatorId, p, input, { asOf, trace });
    if (!r.ok) throw new UsageError(r.errors);
    return r.value;
  });
  // One place asked → one object; several (a list or all) → an array, in the order asked.
  return { out: JSON.stringify(list.length === 1 && values.policy !== 'all' ? results[0] : results) };
}

/** Status words for the text form of `bangfu household`: the figure as the site shows it. */
function figure(r: CalcResult, figureText: (r: CalcResult) => string): string {
  return figureText(r) || `${r.status === 'not-eligible' ? '不符合条件' : '文件未规定数额'}：${r.reason?.zh ?? ''}`;
}

/**
 * `bangfu household`: what the household view shows, per place — its category (and any
 * contradiction with what was entered), each calculator's answer with its steps, what could not be
 * computed and why, and the provisions behind each difference between places.
 */
async function householdCommand(argv: string[]): Promise<string> {
  const [{ compareHousehold }, { figureText }] = await Promise.all([import('./household/index.ts'), import('./format.ts')]);
  const { values } = parseArgs({ args: argv, options: { policy: { type: 'string' }, input: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } } });
  const fmt = format(values.format, ['json', 'text'], 'json');
  const asOf = asOfDate(values['as-of']);
  const list = await resolvePolicies(values.policy ?? 'all');
  const r = compareHousehold(readInput(values.input), list, { asOf });
  if (!r.ok) throw new UsageError(r.errors);
  if (fmt === 'json') return JSON.stringify(r.value);
  const lines: string[] = [];
  for (const v of r.value.views) {
    const p = list.find((x) => x.id === v.policy)!;
    lines.push(`${p.shortName.zh}（${v.policy}）  类别：${v.category.zh}${v.category.basis === 'entered' ? '（按所选）' : '（按收入）'}`);
    if (v.validity?.warning) lines.push(`  ! ${v.validity.warning.zh}`);
    if (v.category.contradiction) lines.push(`  ! ${v.category.contradiction.zh}`);
    for (const m of v.measures) {
      lines.push(`  ${m.calculator === 'classify' ? '按收入' : calculators[m.calculator].title.zh}：${figure(m.result, figureText)}`);
      for (const s of m.result.steps) lines.push(`    - ${s.zh}${s.arithmetic ? `  [${s.arithmetic}]` : ''}${s.provision ? `  〔${s.provision}〕` : ''}`);
    }
    for (const s of v.skipped) lines.push(`  ${calculators[s.calculator].title.zh}：未计算，需要填写 ${s.missing.map((x) => x.zh).join('；')}`);
  }
  if (r.value.differences.length) {
    lines.push('各地差别 / differences:');
    for (const d of r.value.differences) {
      lines.push(`  ${calculators[d.calculator].title.zh}`);
      for (const a of d.answers) lines.push(`    ${a.policies.join('、')}：${figure({ ...a.result, policy: '', calculator: d.calculator, steps: [], provisions: [] } as CalcResult, figureText)} ← ${a.policies.flatMap((x) => a.provisions[x] ?? []).join(' ') || '（仅国家规定）'}`);
    }
  }
  return lines.join('\n');
}

async function policiesCommand(argv: string[]): Promise<string> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string' }, 'as-of': { type: 'string' } } });
  const fmt = format(values.format, ['json', 'csv'], 'json');
  const asOf = asOfDate(values['as-of']);
  // The catalogue holds what the listing shows: no document is loaded.
  const rows = policyCatalogue().map((p) => {
    const v = statusOn(p, asOf);
    return {
      id: p.id, title: p.title, docNumber: p.docNumber, issuers: p.issuers.join('、'), issued: p.issued,
      region: p.region ? `${p.region.province.zh}${p.region.prefecture.zh}${p.region.county.zh}` : '', clauses: p.clauseCount, provisions: p.provisionCount,
      inForceFrom: p.inForce?.start.date ?? '', inForceUntil: p.inForce?.end.date ?? '', asOf, status: v?.status ?? '', statusZh: v ? VALIDITY_STATUS_TEXT[v.status].zh : '', statusReason: v?.reason.zh ?? '',
    };
  });
  if (fmt === 'json') return JSON.stringify(rows);
  const cols = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
  return toCsv(cols, rows.map((r) => cols.map((c) => r[c]))).trimEnd();
}

/** `--area` must name an area of the vocabulary (or `all`, where the command takes it). */
function checkArea(area: string, allowAll: boolean): void {
  if ((AREA_IDS as string[]).includes(area)) return;
  const all = allowAll ? ' 或 all' : '';
  throw usageError('--area', `未知的领域：${_excerpt(area).slice(1, -1)}；可选 ${AREA_IDS.join('、')}${all}`, `unknown area "${_excerpt(area).slice(1, -1)}"; expected one of ${AREA_IDS.join(', ')}${allowAll ? ' or all' : ''}`);
}

async function provisionsCommand(argv: string[]): Promise<string> {
  const { PROVISION_COLUMNS, provisionRows } = await import('./provisions-table.ts');
  const { values } = parseArgs({ args: argv, options: { policy: { type: 'string' }, area: { type: 'string' }, format: { type: 'string' } } });
  const list = await resolvePolicies(values.policy);
  const fmt = format(values.format, ['json', 'csv'], 'json');
  if (values.area !== undefined) checkArea(values.area, false);
  if (fmt === 'csv') return toCsv([...PROVISION_COLUMNS], provisionRows(list, values.area)).trimEnd();
  return JSON.stringify(list.flatMap((p) => p.provisions.filter((pr) => !values.area || pr.area === values.area).map((pr) => ({ policy: p.id, globalId: `${p.id}:${pr.id}`, ...pr }))));
}

/** The SDK's version, stamped on comparison CSVs (src/cli.ts and dist/cli.js both sit one level below package.json). */
const sdkVersion = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function compareCommand(argv: string[]): Promise<string> {
  const { compareAll, compareArea, compareCsv } = await import('./compare/index.ts');
  const { values } = parseArgs({ args: argv, options: { area: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } } });
  const fmt = format(values.format, ['json', 'csv'], 'json');
  const asOf = asOfDate(values['as-of']);
  const area = values.area;
  if (area === undefined) throw usageError('--area', `缺少 --area（${AREA_IDS.join('、')} 或 all）`, `missing --area (${AREA_IDS.join(', ')} or all)`);
  if (area !== 'all') checkArea(area, true);
  // A comparison table has a column per document: every document is loaded, explicitly.
  const list = await loadPolicies(POLICY_IDS);
  const tables = area === 'all' ? compareAll(list) : [compareArea(area as (typeof AREA_IDS)[number], list)];
  // Each column's status on the day asked: a lapsed document's column is not the rules in force.
  const validity = Object.fromEntries(list.flatMap((p) => { const v = statusOn(p, asOf); return v ? [[p.id, v]] : []; }));
  const stamped = tables.map((t) => ({ ...t, asOf, validity }));
  if (fmt === 'json') return JSON.stringify(area === 'all' ? stamped : stamped[0]);
  const version = sdkVersion();
  // One CSV: the header once, then every table's lines.
  return tables.map((t, i) => (i === 0 ? compareCsv(t, version, list) : compareCsv(t, version, list).split('\r\n').slice(1).join('\r\n'))).join('').trimEnd();
}

/** The JSON Schema of a calculator's input (what `bangfu schema` prints and `calc --help` lists), loaded only when asked. */
const inputSchema = async (id: CalculatorId): Promise<Record<string, any>> => (await import('./calculators/json-schema.ts')).inputJsonSchema(id);

/** `bangfu calc <calculator> --help`: each field with its type, whether it is required, its default and meaning. */
async function calculatorHelp(id: CalculatorId): Promise<string> {
  const schema = await inputSchema(id);
  const required = new Set<string>(schema.required ?? []);
  const typeOf = (f: Record<string, any>): string =>
    f.enum ? f.enum.join(' | ') : f.type === 'array' ? `array of ${f.items?.type === 'object' ? `{ ${Object.keys(f.items.properties ?? {}).join(', ')} }` : (f.items?.type ?? 'value')}` : f.type === 'string' ? 'string (元 amounts as decimal text: "24000", "2.4万", "24,000.50")' : String(f.type ?? 'value');
  const lines = Object.entries<Record<string, any>>(schema.properties ?? {}).flatMap(([name, f]) => {
    const head = `  ${name}${required.has(name) ? ' (required)' : f.default !== undefined ? ` (default ${JSON.stringify(f.default)})` : ' (optional)'}: ${typeOf(f)}`;
    const sub = f.type === 'array' && f.items?.properties ? Object.entries<Record<string, any>>(f.items.properties).map(([k, g]) => `      ${k}${g.default !== undefined ? ` (default ${JSON.stringify(g.default)})` : ''}: ${g.type} — ${g.description ?? ''}`) : [];
    return [head, `      ${f.description ?? ''}`, ...sub];
  });
  const c = calculators[id];
  return [`bangfu calc ${id} — ${c.title.zh} / ${c.title.en}`, '', 'Input fields (--input JSON object):', ...lines, '', `JSON Schema: bangfu schema ${id}`, `Example: bangfu calc ${id} --policy ${POLICY_IDS[0]} --input '${JSON.stringify(EXAMPLES[id])}'`].join('\n');
}

/** A valid input of each calculator, for the help text. */
const EXAMPLES: Record<CalculatorId, Record<string, unknown>> = {
  'medical-aid': { group: 'dibao', care: 'inpatient', selfPaid: '24000' },
  'temporary-aid': { dibaoStandard: '600', persons: 3, months: 2 },
  'dibao-benefit': { dibaoStandard: '600', perCapitaIncome: '300', members: [{}, { severeDisability: true }] },
  classify: { dibaoStandard: '600', perCapitaIncome: '700', members: [{}, {}] },
  'gradual-exit': { dibaoStandard: '600', perCapitaIncome: '1000' },
  'rent-subsidy': { dibaoStandard: '600', monthlyRent: '800' },
  'special-hardship-standard': { dibaoStandard: '600' },
};

async function schemaCommand(argv: string[]): Promise<string> {
  const id = argv[0];
  if (argv.length > 1) throw usageError('arguments', `多余的参数 ${_excerpt(argv[1]!)}`, `unexpected argument ${_excerpt(argv[1]!)}`);
  if (!id || !(CALCULATOR_IDS as string[]).includes(id))
    throw usageError('calculator', `未知的计算器：${id === undefined ? '（缺少）' : _excerpt(id)}；可选 ${CALCULATOR_IDS.join('、')}`, `unknown calculator ${id === undefined ? '(missing)' : _excerpt(id)}; expected one of ${CALCULATOR_IDS.join(', ')}`);
  return JSON.stringify(await inputSchema(id as CalculatorId), null, 2);
}

/** The package's version, from its package.json (the same file next to src/ and dist/). */
const version = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** node:util parseArgs's complaint, in both languages, naming the option (escaped): exit 2. */
function argumentsMessage(e: NodeJS.ErrnoException): string {
  const quoted = (/'([^']*)'/.exec(e.message)?.[1] ?? '').replace(/ <value>$/, '');
  const what = _excerpt(quoted);
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `arguments: 未知的选项 ${what}（见 bangfu --help） / unknown option ${what} (see bangfu --help)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `arguments: 多余的参数 ${what}（见 bangfu --help） / unexpected argument ${what} (see bangfu --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(e.message)
        ? `arguments: 选项 ${what} 不带值 / option ${what} takes no value`
        : `arguments: 选项 ${what} 缺少值 / option ${what} needs a value`;
    default:
      return `arguments: 参数有误（见 bangfu --help） / invalid arguments (see bangfu --help)`;
  }
}

/** An unexpected error, said in one line (the stack only with BANGFU_DEBUG=1): exit 1. */
function internalError(e: unknown): never {
  if (process.env.BANGFU_DEBUG === '1') process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  const what = Array.from(String((e as Error)?.message ?? e).replace(/\s+/g, ' ')).slice(0, 200).join('');
  process.stderr.write(`bangfu: 内部错误 | internal error: ${what}\n`);
  process.exit(1);
}

/** stdout closed by its reader (`| head`): the answer is not wanted, so stop quietly; a full disk is an error. */
function outputError(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(0);
  const space = e.code === 'ENOSPC';
  process.stderr.write(space ? 'bangfu: 无法写出结果：磁盘已满 | cannot write the output: no space left on the device (ENOSPC)\n' : `bangfu: 无法写出结果 | cannot write the output: ${e.code ?? e.message}\n`);
  process.exit(1);
}

/** An option given twice is a mistake: said, never silently resolved by taking the last one. */
function noRepeats(argv: string[]): void {
  const seen = new Map<string, number>();
  for (const a of argv) {
    if (a === '--') break;
    const m = /^(--[a-z][a-z-]*)(=|$)/.exec(a);
    if (m) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  }
  for (const [name, n] of seen) if (n > 1) throw usageError(name, `${name} 只能给一次（收到 ${n} 次）`, `${name} may be given only once (got ${n})`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    noRepeats(argv);
    let out: string;
    switch (command) {
      case 'calc': {
        const r = await calc(rest);
        if ('code' in r) return r.code;
        out = r.out;
        break;
      }
      case 'policies':
        out = await policiesCommand(rest);
        break;
      case 'provisions':
        out = await provisionsCommand(rest);
        break;
      case 'compare':
        out = await compareCommand(rest);
        break;
      case 'household':
        out = await householdCommand(rest);
        break;
      case 'schema':
        out = await schemaCommand(rest);
        break;
      case '--version':
      case '-v':
      case 'version':
        if (rest.length) throw usageError('arguments', `多余的参数 ${_excerpt(rest[0]!)}`, `unexpected argument ${_excerpt(rest[0]!)}`);
        out = version();
        break;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        await emit(HELP);
        return 0;
      default:
        throw usageError('command', `未知命令：${_excerpt(command)}`, `unknown command ${_excerpt(command)}; see bangfu --help`);
    }
    await emit(out + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.message + '\n');
      return 2;
    }
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${argumentsMessage(e as NodeJS.ErrnoException)}\n`);
      return 2;
    }
    throw e;
  }
}

process.stdout.on('error', outputError);
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, internalError);
