/**
 * CLI examples as data: the command, the files it reads, and what it prints. The CLI page renders
 * them; apps/site/test/sdk-docs.test.ts runs each with `node packages/sdk/src/cli.ts …` in a
 * temporary directory holding `files`, and compares exit code, stdout and stderr.
 */
export interface CliExample {
  id: string;
  page: string;
  title: { zh: string; en: string };
  /** The hand-worked arithmetic, with the quote. */
  note?: string;
  /** Files written to the working directory before the command runs. */
  files?: Record<string, string>;
  /** Arguments after `bangfu`. */
  args: string[];
  code: number;
  /**
   * `text`: stdout exactly (without the final newline); `json`: stdout parsed equals `value`
   * (the page pretty-prints it; the CLI prints one line); `head`: the first lines exactly.
   */
  stdout: { kind: 'text'; value: string } | { kind: 'json'; value: unknown } | { kind: 'head'; value: string };
  /** stderr exactly (without the final newline); empty when omitted. */
  stderr?: string;
}

import { findPolicy } from '@bangfu/sdk';

const PAGE = '/sdk/cli/';

/** An interpretation note as a result carries it: the words come from the encoding, where they are typed once. */
const note = (policy: string, provision: string) => ({ provision: `${policy}:${provision}`, ...findPolicy(policy)!.provisions.find((p) => p.id === provision)!.interpretation! });

/** 会宁 “行动方案(2022年-2023年)” on 2026-12-01: lapsed by its own plan period (in force through 2023-12-31). */
const HUINING_LAPSED_ON_2026_12_01 = {
  date: '2026-12-01', start: '2022-04-15', end: '2023-12-31', status: 'lapsed',
  reason: { zh: '按其所载有效期，本文件有效至2023年12月31日（“会宁县城镇困难群众脱困解困行动方案(2022年-2023年)”），2026年12月1日已失效', en: 'By its own term the document was in force until 2023-12-31; lapsed on 2026-12-01' },
  quote: '会宁县城镇困难群众脱困解困行动方案(2022年-2023年)', clause: 'notice',
  warning: { zh: '已失效（按其所载有效期，至2023年12月31日）：以下结果按文件原文计算，未必是现行规定', en: 'Lapsed (by its own term, until 2023-12-31): the answers follow its text and may not be the rules in force' },
};

export const CLI_EXAMPLES: CliExample[] = [
  {
    id: 'policies',
    page: PAGE,
    title: { zh: '列出已编码的文件（CSV 表头）', en: 'List the encoded documents (CSV header)' },
    args: ['policies', '--format', 'csv'],
    code: 0,
    stdout: { kind: 'head', value: 'id,title,docNumber,issuers,issued,region,clauses,provisions,inForceFrom,inForceUntil,asOf,status,statusZh,statusReason' },
  },
  {
    id: 'provisions',
    page: PAGE,
    title: { zh: '某文件某领域的全部规定（CSV）', en: 'Every provision of one area of one document (CSV)' },
    note: '古丈 4.2：“短时间租房的按城市低保标准的50%进行补贴” → multiple，低保标准的 50%',
    args: ['provisions', '--policy', 'guzhang-2021', '--area', 'housing', '--format', 'csv'],
    code: 0,
    stdout: {
      kind: 'text',
      value: [
        'policy,id,clause,area,kind,value_zh,value_en,applies_to,departments,lead_department,quote,summary_zh,summary_en,interpretation_encoded,interpretation_alternative,interpretation_zh_encoded,interpretation_zh_alternative',
        'guzhang-2021,housing.public-rental-priority,4.2,housing,commitment,承诺（未规定数值）,commitment (no number set),,县住建局、县住房保障中心、县财政局,,对三类对象无房居住的优先实施廉租房、公租房保障,无房居住的优先实施廉租房、公租房保障,Priority for low-rent and public-rental housing for those without a home,,,,',
        'guzhang-2021,housing.rent-subsidy,4.2,housing,multiple,低保标准的 50%,50% of the dibao standard,,县住建局、县住房保障中心、县财政局,,短时间租房的按城市低保标准的50%进行补贴,短时间租房的按城市低保标准的50%补贴,Short-term renters: subsidy of 50% of the urban dibao standard,50% of the monthly urban dibao standard (per person) per household per month of renting.,The subsidy could be 50% of the standard for each household member.,每户每租房一个月，补贴城市低保月标准（按一人计）的50%。,也可理解为家庭每名成员各补贴低保标准的50%。',
      ].join('\r\n'),
    },
  },
  {
    id: 'calc-json',
    page: PAGE,
    title: { zh: '一户、一份文件：JSON 结果', en: 'One household, one document: a JSON result' },
    note: '古丈 4.3：“对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元” → (24000 − 4000) × 0.7 = 14000.00',
    args: ['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"24000"}', '--as-of', '2026-12-01'],
    code: 0,
    stdout: {
      kind: 'json',
      value: {
        policy: 'guzhang-2021',
        calculator: 'medical-aid',
        status: 'computed',
        amount: '14000.00',
        unit: 'CNY',
        steps: [
          { zh: '扣除起付线 4000 元', en: 'Deduct the threshold of 4000 元', provision: 'guzhang-2021:medical.inpatient.dibao.threshold', clause: '4.3', arithmetic: 'max(24000 − 4000, 0) = 20000' },
          { zh: '按 70% 的比例救助', en: 'Aid at 70%', provision: 'guzhang-2021:medical.inpatient.dibao.ratio', clause: '4.3', arithmetic: '20000 × 0.7 = 14000' },
          { zh: '年度救助限额 50000 元，本年度已获救助 0 元，尚余 50000 元', en: 'Annual cap 50000 元, aid already received this year 0 元, 50000 元 left', provision: 'guzhang-2021:medical.inpatient.dibao.cap', clause: '4.3', arithmetic: 'min(14000, max(50000 − 0, 0)) = 14000' },
          { zh: '结果四舍五入到分：14000.00 元', en: 'Rounded half-up to the fen: 14000.00 元' },
        ],
        provisions: ['guzhang-2021:medical.inpatient.dibao.threshold', 'guzhang-2021:medical.inpatient.dibao.ratio', 'guzhang-2021:medical.inpatient.dibao.cap'],
        interpretations: [
          note('guzhang-2021', 'medical.inpatient.dibao.threshold'),
          note('guzhang-2021', 'medical.inpatient.dibao.ratio'),
        ],
        // 古丈 “本方案自印发之日起施行” (2021年9月27日), 试行, no end stated: open-ended, with a warning
        validity: {
          date: '2026-12-01', start: '2021-09-27', status: 'open-ended',
          reason: { zh: '自2021年9月27日起施行；文件未载明有效期（试行）', en: 'In force from 2021-09-27; no end stated (trial)' },
          warning: { zh: '文件未载明有效期（试行）：是否仍在执行，请向当地民政部门核实', en: 'No end stated (trial): check with the local civil-affairs bureau whether it still applies' },
        },
      },
    },
  },
  {
    id: 'calc-file',
    page: PAGE,
    title: { zh: '从文件读入：--input @file.json', en: 'Input from a file: --input @file.json' },
    note: '会宁 2.1.c.1：“当地城市居民最低生活保障标准(元/人. 月) × 救助人数(人) × 困难持续时间(月)(持续时间原则上最长不超过6个月)” → 692 × 3 × 2 = 4152.00',
    files: { 'household.json': '{"dibaoStandard":"692","persons":3,"months":2}\n' },
    args: ['calc', 'temporary-aid', '--policy', 'huining-2022', '--input', '@household.json', '--as-of', '2026-12-01'],
    code: 0,
    stdout: {
      kind: 'json',
      value: {
        policy: 'huining-2022',
        calculator: 'temporary-aid',
        status: 'computed',
        amount: '4152.00',
        unit: 'CNY/household',
        steps: [
          { zh: '困难持续 2 个月，最长按 6 个月计：取 2 个月', en: 'Hardship of 2 months; at most 6 months count: 2', provision: 'huining-2022:temporary-aid.max-duration', clause: '2.1.c.1', arithmetic: 'min(2, 6) = 2' },
          { zh: '临时救助金 = 低保标准 × 救助人数 × 困难持续月数 = 4152.00 元', en: 'Temporary aid = standard × persons × months = 4152.00 元', provision: 'huining-2022:temporary-aid.formula', clause: '2.1.c.1', arithmetic: '692 × 3 × 2 = 4152' },
        ],
        provisions: ['huining-2022:temporary-aid.max-duration', 'huining-2022:temporary-aid.formula'],
        interpretations: [
          note('huining-2022', 'temporary-aid.max-duration'),
          note('huining-2022', 'temporary-aid.formula'),
        ],
        // 会宁 “行动方案(2022年-2023年)”: in force through 2023-12-31, so lapsed on 2026-12-01 — the answer is its text, not the rules in force
        validity: HUINING_LAPSED_ON_2026_12_01,
      },
    },
  },
  {
    id: 'batch-csv',
    page: PAGE,
    title: { zh: '批量计算，五份文件对照：--input-file x.jsonl --format csv', en: 'Batch over all five documents: --input-file x.jsonl --format csv' },
    note: '会宁 2.1.c.1 公式：692 × 3 × 2 = 4152.00；古丈 4.1：“按每户2000至4000元实施救助帮扶” → 区间 2000.00–4000.00；其余三份文件未规定金额或公式 → not-specified',
    files: { 'households.jsonl': '{"dibaoStandard":"692","persons":3,"months":2}\n' },
    args: ['calc', 'temporary-aid', '--policy', 'guzhang-2021,yunyang-2019,huining-2022,hecheng-2020,yuzhong-2019', '--input-file', 'households.jsonl', '--format', 'csv'],
    code: 0,
    stdout: {
      kind: 'text',
      value: [
        'line,policy,calculator,status,amount,min,max,unit,categories,provisions,error',
        '1,guzhang-2021,temporary-aid,range,,2000.00,4000.00,CNY/household,,guzhang-2021:temporary-aid.same-cause-limit guzhang-2021:temporary-aid.amount,',
        '1,yunyang-2019,temporary-aid,not-specified,,,,CNY/household,,yunyang-2019:temporary-aid.income-condition,',
        '1,huining-2022,temporary-aid,computed,4152.00,,,CNY/household,,huining-2022:temporary-aid.max-duration huining-2022:temporary-aid.formula,',
        '1,hecheng-2020,temporary-aid,not-specified,,,,CNY/household,,,',
        '1,yuzhong-2019,temporary-aid,not-specified,,,,CNY/household,,yuzhong-2019:temporary-aid.income-condition,',
      ].join('\r\n'),
    },
    stderr: 'bangfu: 1 household(s) × 5 policy(ies), 0 error(s)',
  },
  {
    id: 'batch-jsonl',
    page: PAGE,
    title: { zh: '批量计算，逐行 JSON：坏行按行号报告，不中断', en: 'Batch as JSON Lines: a bad line is reported by number, never aborts' },
    note: '会宁 2.1.a.3：“基本生活标准按照不低于最低生活保障标准 的 1.3 倍确定” → 692 × 1.3 = 899.60（下限）',
    files: { 'households.jsonl': '{"dibaoStandard":"692"}\n{"dibaoStandard":"六百九十二"}\n' },
    args: ['calc', 'special-hardship-standard', '--policy', 'huining-2022', '--input-file', 'households.jsonl', '--format', 'jsonl', '--as-of', '2026-12-01'],
    code: 0,
    stdout: {
      kind: 'text',
      value: [
        '{"line":1,"policy":"huining-2022","calculator":"special-hardship-standard","status":"range","min":"899.60","unit":"CNY/person/month","steps":[{"zh":"不低于低保标准的 1.3 倍（899.6 元）","en":"at least 1.3 × the dibao standard (899.6 元)","provision":"huining-2022:special-hardship.standard","clause":"2.1.a.3","arithmetic":"692 × 1.3 = 899.6"}],"provisions":["huining-2022:special-hardship.standard"]' +
          `,"interpretations":${JSON.stringify([note('huining-2022', 'special-hardship.standard')])},"validity":${JSON.stringify(HUINING_LAPSED_ON_2026_12_01)}}`,
        '{"line":2,"policy":"huining-2022","calculator":"special-hardship-standard","status":"error","error":"dibaoStandard: 城市低保标准（元/人/月）不是有效的金额：\\"六百九十二\\"（可写作 3000、3,000.50、３０００ 或 0.3万） / dibao standard (元 per person per month) is not a valid amount: \\"六百九十二\\" (write e.g. 3000, 3,000.50 or 0.3万)"}',
      ].join('\n'),
    },
    stderr: 'bangfu: 2 household(s) × 1 policy(ies), 1 error(s)',
  },
  {
    id: 'compare',
    page: PAGE,
    title: { zh: '按领域对照五份文件（CSV 表头）', en: 'Compare the five documents by area (CSV header)' },
    args: ['compare', '--area', 'temporary-aid', '--format', 'csv'],
    code: 0,
    stdout: { kind: 'head', value: 'dataset_version,area,topic,topic_zh,topic_en,policy,policy_issued,status,provision,clause,kind,value_zh,value_en,min,max,unit,bound,exclusive,per,summary_zh,summary_en,quote,interpretation_encoded,interpretation_alternative,interpretation_zh_encoded,interpretation_zh_alternative,deferral_zh' },
  },
  {
    id: 'household',
    page: PAGE,
    title: { zh: '一户多地：本户在古丈的类别与各项结果（文本格式，前几行）', en: 'One household: its category and answers in Guzhang (text, first lines)' },
    note: '古丈 4.1：“对每人每月低保金不足400元的，提高到400元标准发放” → 差额 600 − 350 = 250，每人提到 400，两口人 800.00',
    args: ['household', '--input', '{"dibaoStandard":"600","perCapitaIncome":"350","members":[{},{}]}', '--policy', 'guzhang-2021', '--format', 'text'],
    code: 0,
    stdout: {
      kind: 'head',
      value: [
        '古丈县（guzhang-2021）  类别：城市低保家庭（按收入）',
        '  ! 文件未载明有效期（试行）：是否仍在执行，请向当地民政部门核实',
        '  按收入：城市低保家庭',
        '    - 人均收入 350 元低于低保标准 600 元：属低保家庭（《社会救助暂行办法》第九条）  [350 < 600]  〔shehui-jiuzhu-2014:eligibility.dibao-income-test〕',
        '    - 低收入家庭：人均收入高于 600 元且低于 900 元（低保标准的 1–1.5 倍）；本户不在此区间  [600 × 1 = 600; 600 × 1.5 = 900]  〔guzhang-2021:eligibility.low-income.band〕',
      ].join('\n'),
    },
  },
  {
    id: 'error',
    page: PAGE,
    title: { zh: '输入错误：退出码 2，stderr 双语说明字段，stdout 为空', en: 'Bad input: exit code 2, the field named on stderr in both languages, nothing on stdout' },
    args: ['calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"-1"}'],
    code: 2,
    stdout: { kind: 'text', value: '' },
    stderr: 'selfPaid: 政策范围内自负费用不能为负数："-1" / self-paid cost must not be negative: "-1"',
  },
];

/** Shell-quote arguments for display: `bangfu calc … --input '{"a":1}'`. */
export const shellWords = (args: string[]): string =>
  args.map((a) => (/^[A-Za-z0-9@%+=:,./_-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');

/** The displayed form of a CLI example's stdout: JSON pretty-printed, CSV with plain line breaks. */
export const displayedStdout = (e: CliExample): string =>
  e.stdout.kind === 'json' ? JSON.stringify(e.stdout.value, null, 2) : e.stdout.value.replace(/\r\n/g, '\n');
