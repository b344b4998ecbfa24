import { compareHousehold } from '@bangfu/sdk/household';
import { getPolicy } from '@bangfu/sdk/policies';

// 一户五地：低保标准 600 元/人·月（示例输入），月人均收入 350 元，两口人其中一人持证残疾。
// 古丈 4.1：“对每人每月低保金不足400元的，提高到400元标准发放”：差额 250 → 400 × 2 = 800.00
// 会宁 2.1.a.3：“残疾人本人的最低生活保障金按保障标准的 20%上浮计算”：(600 × 1.2 − 350) + (600 − 350) = 620.00
// 鹤城未另作规定：按差额 250 × 2 = 500.00
// The five places whose answers were worked by hand (the places are chosen, not all loaded).
const five = (['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'] as const).map((id) => getPolicy(id));
const r = compareHousehold({ dibaoStandard: '600', perCapitaIncome: '350', members: [{ disabled: true }, {}] }, five);
if (r.ok) {
  for (const v of r.value.views) {
    const dibao = v.measures.find((m) => m.calculator === 'dibao-benefit')!.result;
    console.log(v.policy, dibao.status, dibao.amount ?? `≥ ${dibao.min}`);
  }
  // 差别由哪些规定造成：每种结果列出所依据的规定
  const why = r.value.differences.find((d) => d.calculator === 'dibao-benefit')!;
  for (const a of why.answers) console.log(a.policies.join('+'), '←', a.policies.flatMap((p) => a.provisions[p]).join(' ') || '(national rule only)');
}

// 输出 (output):
// guzhang-2021 computed 800.00
// yunyang-2019 range ≥ 500.00
// huining-2022 computed 620.00
// hecheng-2020 computed 500.00
// yuzhong-2019 range ≥ 500.00
// guzhang-2021 ← guzhang-2021:basic-living.floor
// yunyang-2019+yuzhong-2019 ← yunyang-2019:basic-living.uplift.disabled yuzhong-2019:basic-living.uplift.disabled
// huining-2022 ← huining-2022:eligibility.dibao.income-test huining-2022:basic-living.uplift.disabled
// hecheng-2020 ← (national rule only)
