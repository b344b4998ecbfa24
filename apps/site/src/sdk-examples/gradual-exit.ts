import { calculate, getPolicy, type PolicyId } from '@bangfu/sdk';

const run = (policyId: PolicyId, perCapitaIncome: string) => {
  const policy = getPolicy(policyId);
  const r = calculate('gradual-exit', policy, { dibaoStandard: '692', perCapitaIncome });
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  const { status, amount, max, unit } = r.value;
  console.log([policyId, status, amount && `amount=${amount}`, max && `max=${max}`, unit].filter(Boolean).join(' '));
};

// 古丈 4.5：“在其家庭成员人均收入超过当地城市低保标准1.5倍后给予一年的渐退期”
// 692 × 1.5 = 1038；1100 > 1038 → 1 年 × 12 = 12 个月（computed）
run('guzhang-2021', '1100');
// 1000 ≤ 1038 → not-eligible
run('guzhang-2021', '1000');
// 会宁 2.1.b.2：“家庭人均收入超过当地低保标准的,实施"低保渐退"”“给予不超过6个月的渐退期”
// 700 > 692 → 至多 6 个月（range，max 6）
run('huining-2022', '700');
// 渝中的文件没有规定渐退期长度 → not-specified
run('yuzhong-2019', '700');

// 输出 (output):
// guzhang-2021 computed amount=12 month
// guzhang-2021 not-eligible month
// huining-2022 range max=6 month
// yuzhong-2019 not-specified month
