#!/usr/bin/env node
/**
 * bangfu — command-line access to the encodings and calculators.
 * A public contract: stdout carries only the JSON answer; errors go to stderr with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CALCULATOR_IDS, calculate, calculators, formatErrors, type CalculatorId, type FieldError } from './calculators/index.ts';
import { compareHousehold } from './household/index.ts';
import { unitText } from './format.ts';
import { isIsoDate, statusOn, today, VALIDITY_STATUS_TEXT } from './validity.ts';
import { getPolicy, policyList } from './policies/index.ts';
import { AREA_IDS, POLICY_IDS } from './schema/index.ts';
import { toCsv } from './csv.ts';
import { PROVISION_COLUMNS, provisionRows } from './provisions-table.ts';
import type { CalcResult } from './calculators/index.ts';
import { compareAll, compareArea, compareCsv } from './compare/index.ts';

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
  bangfu calc <calculator> --policy <id[,id…]|all> --input '<json>' | --input @file.json [--as-of YYYY-MM-DD]
                                                    one household: one JSON object (an array for all)
  bangfu calc <calculator> --policy <id[,id…]|all> --input-file households.jsonl [--format jsonl|csv] [--as-of YYYY-MM-DD]
                                                    a batch: one line per household × policy; a bad
                                                    line is reported with its line number, never aborts
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
exit code 2, nothing on stdout.
`;

function readInput(arg: string | undefined): unknown {
  if (arg === undefined) throw usageError('--input', '缺少 --input（JSON 或 @文件）', "missing --input (JSON, or @file.json)");
  let text = arg;
  if (arg.startsWith('@')) {
    const path = arg.slice(1);
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw usageError('--input', `无法读取文件 ${path}`, `cannot read file ${path}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw usageError('--input', `不是有效的 JSON：${(e as Error).message}`, `not valid JSON: ${(e as Error).message}`);
  }
}

/** `--policy <id>`, `<id>,<id>,…` (the places chosen, in that order) or `all`. */
function resolvePolicies(arg: string | undefined) {
  if (!arg) throw usageError('--policy', `缺少 --policy（${POLICY_IDS.join('、')}，以逗号分隔的几个，或 all）`, `missing --policy (${POLICY_IDS.join(', ')}, several separated by commas, or all)`);
  if (arg === 'all') return policyList();
  const ids = arg.split(',').map((x) => x.trim());
  return ids.map((id) => {
    const p = getPolicy(id);
    if (!p) throw usageError('policy', `未知的政策文件：${id.slice(0, 40)}；可选 ${POLICY_IDS.join('、')} 或 all`, `unknown policy "${id.slice(0, 40)}"; expected one of ${POLICY_IDS.join(', ')} or all`);
    return p;
  });
}

/** `--as-of YYYY-MM-DD`: the day whose rules are asked for; default today on this machine's clock. */
function asOfDate(arg: string | undefined): string {
  if (arg === undefined) return today();
  if (!isIsoDate(arg)) throw usageError('--as-of', `日期须为 YYYY-MM-DD 格式的真实日期，如 2026-12-01（收到 ${JSON.stringify(arg.slice(0, 40))}）`, `--as-of must be a real date written YYYY-MM-DD, e.g. 2026-12-01 (got ${JSON.stringify(arg.slice(0, 40))})`);
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

function batch(id: CalculatorId, list: ReturnType<typeof resolvePolicies>, file: string, fmt: string, asOf: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw usageError('--input-file', `无法读取文件 ${file}`, `cannot read file ${file}`);
  }
  const out: string[] = [];
  const rows: (string | number | undefined)[][] = [];
  let errors = 0;
  let households = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    households++;
    const fail = (message: string, policy = '') => {
      errors++;
      if (fmt === 'csv') rows.push([line, policy, id, 'error', ...Array<string>(RESULT_COLUMNS.length - 5).fill(''), message]);
      else out.push(JSON.stringify({ line, ...(policy ? { policy } : {}), calculator: id, status: 'error', error: message }));
    };
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch (e) {
      fail(`不是有效的 JSON / not valid JSON: ${(e as Error).message}`);
      return;
    }
    for (const p of list) {
      const r = calculate(id, p, input, { asOf });
      if (!r.ok) {
        fail(formatErrors(r.errors).replace(/\n/g, '; '), p.id);
        continue;
      }
      if (fmt === 'csv') rows.push(resultRow(line, r.value));
      else out.push(JSON.stringify({ line, ...r.value }));
    }
  });
  process.stderr.write(`bangfu: ${households} household(s) × ${list.length} policy(ies), ${errors} error(s)\n`);
  return fmt === 'csv' ? toCsv(RESULT_COLUMNS, rows).trimEnd() : out.join('\n');
}

function calc(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { policy: { type: 'string' }, input: { type: 'string' }, 'input-file': { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  const asOf = asOfDate(values['as-of']);
  const id = positionals[0];
  if (!id || !(CALCULATOR_IDS as string[]).includes(id)) {
    throw usageError('calculator', `未知的计算器：${id ?? '（缺少）'}；可选 ${CALCULATOR_IDS.join('、')}`, `unknown calculator "${id ?? ''}"; expected one of ${CALCULATOR_IDS.join(', ')}`);
  }
  const list = resolvePolicies(values.policy);
  if (values['input-file'] !== undefined) return batch(id as CalculatorId, list, values['input-file'], format(values.format, ['jsonl', 'csv'], 'jsonl'), asOf);
  format(values.format, ['json'], 'json');
  const input = readInput(values.input);
  const results = list.map((p) => {
    const r = calculate(id as CalculatorId, p, input, { asOf });
    if (!r.ok) throw new UsageError(r.errors);
    return r.value;
  });
  // One place asked → one object; several (a list or all) → an array, in the order asked.
  return JSON.stringify(list.length === 1 && values.policy !== 'all' ? results[0] : results);
}

/** Status words for the text form of `bangfu household`: the figure as the site shows it. */
function figure(r: CalcResult): string {
  if (r.categories?.length) return r.categories.map((c) => c.zh).join('；');
  const u = unitText(r.unit)?.zh ?? r.unit;
  if (r.status === 'computed') return `${r.amount} ${u}`;
  if (r.status === 'range') return r.min !== undefined && r.max !== undefined ? `区间 ${r.min} 至 ${r.max} ${u}` : r.min !== undefined ? `不低于 ${r.min} ${u}` : `不超过 ${r.max} ${u}`;
  return `${r.status === 'not-eligible' ? '不符合条件' : '文件未规定数额'}：${r.reason?.zh ?? ''}`;
}

/**
 * `bangfu household`: what the household view shows, per place — its category (and any
 * contradiction with what was entered), each calculator's answer with its steps, what could not be
 * computed and why, and the provisions behind each difference between places.
 */
function householdCommand(argv: string[]): string {
  const { values } = parseArgs({ args: argv, options: { policy: { type: 'string' }, input: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } } });
  const fmt = format(values.format, ['json', 'text'], 'json');
  const asOf = asOfDate(values['as-of']);
  const list = resolvePolicies(values.policy ?? 'all');
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
      lines.push(`  ${m.calculator === 'classify' ? '按收入' : calculators[m.calculator].title.zh}：${figure(m.result)}`);
      for (const s of m.result.steps) lines.push(`    - ${s.zh}${s.arithmetic ? `  [${s.arithmetic}]` : ''}${s.provision ? `  〔${s.provision}〕` : ''}`);
    }
    for (const s of v.skipped) lines.push(`  ${calculators[s.calculator].title.zh}：未计算，需要填写 ${s.missing.map((x) => x.zh).join('；')}`);
  }
  if (r.value.differences.length) {
    lines.push('各地差别 / differences:');
    for (const d of r.value.differences) {
      lines.push(`  ${calculators[d.calculator].title.zh}`);
      for (const a of d.answers) lines.push(`    ${a.policies.join('、')}：${figure({ ...a.result, policy: '', calculator: d.calculator, steps: [], provisions: [] } as CalcResult)} ← ${a.policies.flatMap((x) => a.provisions[x] ?? []).join(' ') || '（仅国家规定）'}`);
    }
  }
  return lines.join('\n');
}

function policiesCommand(argv: string[]): string {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string' }, 'as-of': { type: 'string' } } });
  const fmt = format(values.format, ['json', 'csv'], 'json');
  const asOf = asOfDate(values['as-of']);
  const rows = policyList().map((p) => {
    const v = statusOn(p, asOf);
    return {
      id: p.id, title: p.title, docNumber: p.docNumber, issuers: p.issuers.join('、'), issued: p.issued,
      region: p.region ? `${p.region.province.zh}${p.region.prefecture.zh}${p.region.county.zh}` : '', clauses: p.clauses.length, provisions: p.provisions.length,
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
  throw usageError('--area', `未知的领域：${area}；可选 ${AREA_IDS.join('、')}${all}`, `unknown area "${area}"; expected one of ${AREA_IDS.join(', ')}${allowAll ? ' or all' : ''}`);
}

function provisionsCommand(argv: string[]): string {
  const { values } = parseArgs({ args: argv, options: { policy: { type: 'string' }, area: { type: 'string' }, format: { type: 'string' } } });
  const list = resolvePolicies(values.policy);
  const fmt = format(values.format, ['json', 'csv'], 'json');
  if (values.area !== undefined) checkArea(values.area, false);
  if (fmt === 'csv') return toCsv([...PROVISION_COLUMNS], provisionRows(list, values.area)).trimEnd();
  return JSON.stringify(list.flatMap((p) => p.provisions.filter((pr) => !values.area || pr.area === values.area).map((pr) => ({ policy: p.id, globalId: `${p.id}:${pr.id}`, ...pr }))));
}

/** The SDK's version, stamped on comparison CSVs (src/cli.ts and dist/cli.js both sit one level below package.json). */
const sdkVersion = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function compareCommand(argv: string[]): string {
  const { values } = parseArgs({ args: argv, options: { area: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } } });
  const fmt = format(values.format, ['json', 'csv'], 'json');
  const asOf = asOfDate(values['as-of']);
  const area = values.area;
  if (area === undefined) throw usageError('--area', `缺少 --area（${AREA_IDS.join('、')} 或 all）`, `missing --area (${AREA_IDS.join(', ')} or all)`);
  if (area !== 'all') checkArea(area, true);
  const tables = area === 'all' ? compareAll() : [compareArea(area as (typeof AREA_IDS)[number])];
  // Each column's status on the day asked: a lapsed document's column is not the rules in force.
  const validity = Object.fromEntries(policyList().flatMap((p) => { const v = statusOn(p, asOf); return v ? [[p.id, v]] : []; }));
  const stamped = tables.map((t) => ({ ...t, asOf, validity }));
  if (fmt === 'json') return JSON.stringify(area === 'all' ? stamped : stamped[0]);
  const version = sdkVersion();
  // One CSV: the header once, then every table's lines.
  return tables.map((t, i) => (i === 0 ? compareCsv(t, version) : compareCsv(t, version).split('\r\n').slice(1).join('\r\n'))).join('').trimEnd();
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    let out: string;
    switch (command) {
      case 'calc':
        out = calc(rest);
        break;
      case 'policies':
        out = policiesCommand(rest);
        break;
      case 'provisions':
        out = provisionsCommand(rest);
        break;
      case 'compare':
        out = compareCommand(rest);
        break;
      case 'household':
        out = householdCommand(rest);
        break;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(HELP);
        return 0;
      default:
        throw usageError('command', `未知命令：${command}`, `unknown command "${command}"; see bangfu --help`);
    }
    process.stdout.write(out + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.message + '\n');
      return 2;
    }
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`arguments: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
