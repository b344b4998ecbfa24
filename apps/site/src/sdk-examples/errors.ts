import { calculateRaw, formatErrors, getPolicy } from '@bangfu/sdk';

// 输入由 zod 校验；错误不抛异常，而是逐字段返回中文与英文说明（never NaN, never a stack trace）。
const policy = getPolicy('huining-2022');
if (!policy) throw new Error('unknown policy');

// Numbers are read as people type them (“692元”, “３０００”, “3万” are fine); Chinese numerals are not.
const r = calculateRaw('temporary-aid', policy, { dibaoStandard: '六百九十二', persons: 0, months: 2, pets: 1 });
if (!r.ok) {
  for (const e of r.errors) console.log(e.field, '|', e.zh, '|', e.en);
  console.log(formatErrors(r.errors.slice(0, 1))); // the CLI prints this form on stderr
}

// 输出 (output):
// dibaoStandard | 城市低保标准（元/人/月）不是有效的金额："六百九十二"（可写作 3000、3,000.50、３０００ 或 0.3万） | dibao standard (元 per person per month) is not a valid amount: "六百九十二" (write e.g. 3000, 3,000.50 or 0.3万)
// persons | 救助人数不能小于 1 | persons must be at least 1
// pets | 未知字段：pets | unknown field(s): pets
// dibaoStandard: 城市低保标准（元/人/月）不是有效的金额："六百九十二"（可写作 3000、3,000.50、３０００ 或 0.3万） / dibao standard (元 per person per month) is not a valid amount: "六百九十二" (write e.g. 3000, 3,000.50 or 0.3万)
