#!/usr/bin/env node
/**
 * Scaffold a new document folder from its plain-text extraction:
 *
 *   node packages/content/src/scaffold-cli.ts <id> --source <file.txt> [--out content/policies]
 *
 * creates <out>/<id>/ with source.txt (a byte-for-byte copy), rendering.mdx, policy.yaml and cases.yaml,
 * and prints what was pre-marked. It never overwrites: an existing folder is an error (exit 2).
 * Relative paths are read from the directory the command was typed in (pnpm's INIT_CWD when run as
 * `pnpm --filter @bangfu/content scaffold …`).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { casesYamlTemplate, formatReport, scaffold } from './scaffold.ts';

const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content/policies');

const HELP = `scaffold — 从提取文本生成新文件夹 | a new document folder from its extraction

用法 Usage:
  node packages/content/src/scaffold-cli.ts <id> --source <file.txt> [--out content/policies]

  <id>        政策 id，如 guzhang-2021 | policy id, e.g. guzhang-2021
  --source    提取的纯文本 | the plain-text extraction
  --out       上级目录（默认 content/policies）| parent folder (default content/policies)

写入 Writes <out>/<id>/{source.txt, rendering.mdx, policy.yaml, cases.yaml}; 已存在则不覆盖（退出码 2）| never overwrites (exit 2).`;

/** A usage error: printed in both languages on stderr, exit code 2 (as the bangfu CLI does). */
function fail(zh: string, en: string): never {
  process.stderr.write(`错误：${zh}\nerror: ${en}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { source: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    fail(`参数有误：${(e as Error).message}`, `bad arguments: ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return;
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length) fail(`需要且只需要一个政策 id\n${HELP}`, 'expected exactly one policy id (see usage above)');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`政策 id “${id}” 应为小写字母、数字和连字符，如 guzhang-2021`, `policy id "${id}" must be lower-case letters, digits and hyphens, e.g. guzhang-2021`);
  if (!values.source) fail('缺少 --source <file.txt>', 'missing --source <file.txt>');

  const base = process.env.INIT_CWD ?? process.cwd();
  const sourcePath = resolve(base, values.source);
  const outDir = values.out ? resolve(base, values.out) : DEFAULT_OUT;
  const folder = join(outDir, id);
  if (!existsSync(sourcePath)) fail(`找不到源文件：${sourcePath}`, `source file not found: ${sourcePath}`);
  if (existsSync(folder)) fail(`文件夹已存在，未作任何改动：${folder}`, `the folder already exists; nothing was written: ${folder}`);

  const text = readFileSync(sourcePath, 'utf8');
  const { mdx, policyYaml, report } = scaffold(id, text, basename(sourcePath));

  mkdirSync(outDir, { recursive: true });
  // Not recursive: if another process created the folder meanwhile, this throws rather than overwrite.
  try {
    mkdirSync(folder);
  } catch {
    fail(`文件夹已存在，未作任何改动：${folder}`, `the folder already exists; nothing was written: ${folder}`);
  }
  try {
    copyFileSync(sourcePath, join(folder, 'source.txt'));
    writeFileSync(join(folder, 'rendering.mdx'), mdx, { flag: 'wx' });
    writeFileSync(join(folder, 'policy.yaml'), policyYaml, { flag: 'wx' });
    writeFileSync(join(folder, 'cases.yaml'), casesYamlTemplate(id), { flag: 'wx' });
  } catch (e) {
    // Leave no half-made folder behind: it is ours, created above.
    rmSync(folder, { recursive: true, force: true });
    fail(`写入失败：${(e as Error).message}`, `could not write the folder: ${(e as Error).message}`);
  }

  process.stdout.write(`已创建 created ${folder}/{source.txt, rendering.mdx, policy.yaml, cases.yaml}\n${formatReport(report)}\n`);
}

main(process.argv.slice(2));
