/**
 * The SDK documentation's examples, in one place: each `*.ts` file here (other than this index and
 * `*.data.ts`) is a TypeScript example shown verbatim on its page (imported `?raw`) and executed by
 * apps/site/test/sdk-docs.test.ts, which compares what it prints with its `// 输出 (output):` block.
 * CLI examples are data (cli.data.ts): the command, the files it reads, and the expected output.
 * Expected values are worked by hand from the documents, with the quote beside them.
 */
export interface TsExample {
  /** File name in this folder. */
  file: string;
  /** The page that shows it (site URL path). */
  page: string;
  title: { zh: string; en: string };
}

export const TS_EXAMPLES: TsExample[] = [
  { file: 'quick-start.ts', page: '/sdk/', title: { zh: '快速上手：一次医疗救助计算', en: 'Quick start: one medical-aid calculation' } },
  { file: 'data-model.ts', page: '/sdk/model/', title: { zh: '读取文件、条款与规定', en: 'Reading a policy, its clauses and provisions' } },
  { file: 'schemas.ts', page: '/sdk/model/', title: { zh: '用 zod schema 校验数据', en: 'Validating data with the zod schemas' } },
  { file: 'medical-aid.ts', page: '/sdk/calculators/', title: { zh: '医疗救助 medical-aid', en: 'medical-aid' } },
  { file: 'temporary-aid.ts', page: '/sdk/calculators/', title: { zh: '临时救助 temporary-aid', en: 'temporary-aid' } },
  { file: 'dibao-benefit.ts', page: '/sdk/calculators/', title: { zh: '低保金 dibao-benefit', en: 'dibao-benefit' } },
  { file: 'classify.ts', page: '/sdk/calculators/', title: { zh: '家庭类别 classify', en: 'classify' } },
  { file: 'gradual-exit.ts', page: '/sdk/calculators/', title: { zh: '低保渐退期 gradual-exit', en: 'gradual-exit' } },
  { file: 'rent-subsidy.ts', page: '/sdk/calculators/', title: { zh: '租金补贴 rent-subsidy', en: 'rent-subsidy' } },
  { file: 'special-hardship-standard.ts', page: '/sdk/calculators/', title: { zh: '特困人员基本生活标准 special-hardship-standard', en: 'special-hardship-standard' } },
  { file: 'household.ts', page: '/sdk/calculators/', title: { zh: '一户五地：compareHousehold', en: 'One household, five places: compareHousehold' } },
  { file: 'errors.ts', page: '/sdk/calculators/', title: { zh: '输入错误：逐字段、双语', en: 'Input errors: per field, bilingual' } },
  { file: 'compare.ts', page: '/sdk/cli/', title: { zh: '在代码中对照：compareArea', en: 'Comparing in code: compareArea' } },
  { file: 'money.ts', page: '/sdk/money/', title: { zh: '金额：十进制字符串，四舍五入到分', en: 'Money: decimal strings, rounded to the fen' } },
];

/** The `// 输出 (output):` block of an example: the lines it must print, in order. */
export function expectedOutput(source: string): string[] {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.trim() === '// 输出 (output):');
  if (start === -1) return [];
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('//')) break;
    out.push(l.replace(/^\/\/ ?/, ''));
  }
  return out;
}

export { CLI_EXAMPLES, displayedStdout, shellWords, type CliExample } from './cli.data.ts';
