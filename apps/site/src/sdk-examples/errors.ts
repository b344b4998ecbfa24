import { calculate, formatErrors, getPolicy } from '@bangfu/sdk';

// 输入由 zod 校验；错误不抛异常，而是逐字段返回中文与英文说明（never NaN, never a stack trace）。
const policy = getPolicy('huining-2022');
if (!policy) throw new Error('unknown policy');

const r = calculate('temporary-aid', policy, { dibaoStandard: '692元', persons: 0, months: 2, pets: 1 });
if (!r.ok) {
  for (const e of r.errors) console.log(e.field, '|', e.zh, '|', e.en);
  console.log(formatErrors(r.errors.slice(0, 1))); // the CLI prints this form on stderr
}

// 输出 (output):
// dibaoStandard | 城市低保标准（元/人/月）不是有效的数字："692元" | dibao standard (元 per person per month) is not a valid decimal number: "692元"
// persons | 救助人数不能小于 1 | persons must be at least 1
// pets | 未知字段：pets | unknown field(s): pets
// dibaoStandard: 城市低保标准（元/人/月）不是有效的数字："692元" / dibao standard (元 per person per month) is not a valid decimal number: "692元"
