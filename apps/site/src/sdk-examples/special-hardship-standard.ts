import { calculate, getPolicy } from '@bangfu/sdk';

// The five documents whose answers below were worked by hand (a sixth folder would add its own line).
const five = (['guzhang-2021', 'yunyang-2019', 'huining-2022', 'hecheng-2020', 'yuzhong-2019'] as const).map((id) => getPolicy(id));

// 会宁 2.1.a.3：“基本生活标准按照不低于最低生活保障标准 的 1.3 倍确定”
// 692 × 1.3 = 899.60 是下限（range，min），没有上限；其余四份文件没有规定倍数 → not-specified
for (const policy of five) {
  const r = calculate('special-hardship-standard', policy, { dibaoStandard: '692' });
  if (r.ok) console.log([policy.id, r.value.status, r.value.min].filter(Boolean).join(' '));
}

// 输出 (output):
// guzhang-2021 not-specified
// yunyang-2019 not-specified
// huining-2022 range 899.60
// hecheng-2020 not-specified
// yuzhong-2019 not-specified
