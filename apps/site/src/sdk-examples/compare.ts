import { compareArea, getPolicy } from '@bangfu/sdk';

// 按领域对照五份文件：行是对齐的议题（topic），每格是一份文件的规定及其状态
// （quantified 已量化 / promised 有承诺无数值 / separate-standard 另行规定 / not-mentioned 未提及）。
// The five documents whose cells are quoted below (compareArea takes the places to compare).
const five = (['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'] as const).map((id) => getPolicy(id));
const table = compareArea('temporary-aid', five);
const row = table.rows.find((r) => r.id === 'temporary-aid.amount');
if (!row) throw new Error('no such topic');
console.log(row.label.zh);
for (const cell of row.cells) {
  console.log([cell.policy, cell.status, ...cell.entries.map((e) => `${e.provision} ${e.value.zh}`)].join(' | '));
}

// 古丈 4.1：“按每户2000至4000元实施救助帮扶” → quantified，2000 至 4000 元/户
// 会宁 2.1.c.1：“当地城市居民最低生活保障标准(元/ 人. 月) × 救助人数(人) × 困难持续时间(月)” → quantified，公式
// 输出 (output):
// 临时救助金额或计算公式
// guzhang-2021 | quantified | guzhang-2021:temporary-aid.amount 2000 至 4000 元/户
// yunyang-2019 | not-mentioned
// huining-2022 | quantified | huining-2022:temporary-aid.formula 公式：城市低保标准（元/人·月）× 救助人数 × 困难持续月数（不超过6个月）
// hecheng-2020 | not-mentioned
// yuzhong-2019 | not-mentioned
