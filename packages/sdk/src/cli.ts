#!/usr/bin/env node
/**
 * bangfu — command-line access to the encodings and calculators.
 * A public contract: stdout carries only the JSON answer; errors go to stderr with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CALCULATOR_IDS, calculate, formatErrors, type CalculatorId, type FieldError } from './calculators/index.ts';
import { getPolicy, policyList } from './policies/index.ts';
import { POLICY_IDS } from './schema/index.ts';

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
  bangfu policies                                   list the encoded documents (JSON)
  bangfu calc <calculator> --policy <id|all> --input '<json>' | --input @file.json

Calculators: ${CALCULATOR_IDS.join(', ')}
Policies:    ${POLICY_IDS.join(', ')}

Output: one JSON object on stdout (an array for --policy all).
Errors: a message naming the field on stderr, exit code 2, nothing on stdout.
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

function resolvePolicies(arg: string | undefined) {
  if (!arg) throw usageError('--policy', `缺少 --policy（${POLICY_IDS.join('、')} 或 all）`, `missing --policy (${POLICY_IDS.join(', ')} or all)`);
  if (arg === 'all') return policyList();
  const p = getPolicy(arg);
  if (!p) throw usageError('policy', `未知的政策文件：${arg}；可选 ${POLICY_IDS.join('、')} 或 all`, `unknown policy "${arg}"; expected one of ${POLICY_IDS.join(', ')} or all`);
  return [p];
}

function calc(argv: string[]): string {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { policy: { type: 'string' }, input: { type: 'string' } } });
  const id = positionals[0];
  if (!id || !(CALCULATOR_IDS as string[]).includes(id)) {
    throw usageError('calculator', `未知的计算器：${id ?? '（缺少）'}；可选 ${CALCULATOR_IDS.join('、')}`, `unknown calculator "${id ?? ''}"; expected one of ${CALCULATOR_IDS.join(', ')}`);
  }
  const list = resolvePolicies(values.policy);
  const input = readInput(values.input);
  const results = list.map((p) => {
    const r = calculate(id as CalculatorId, p, input);
    if (!r.ok) throw new UsageError(r.errors);
    return r.value;
  });
  return JSON.stringify(values.policy === 'all' ? results : results[0]);
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
        out = JSON.stringify(policyList().map((p) => ({ id: p.id, title: p.title, docNumber: p.docNumber, issued: p.issued, region: p.region.county, provisions: p.provisions.length })));
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
