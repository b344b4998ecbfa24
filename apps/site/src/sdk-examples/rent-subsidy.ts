import { calculateRaw, getPolicy, type PolicyId } from '@bangfu/sdk';

const run = (policyId: PolicyId, input: object) => {
  const policy = getPolicy(policyId);
  const r = calculateRaw('rent-subsidy', policy, input);
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  console.log(policyId, r.value.status, r.value.amount ?? '-', r.value.unit);
};

// 古丈 4.2：“短时间租房的按城市低保标准的50%进行补贴”：692 × 0.5 = 346.00 元/月
run('guzhang-2021', { dibaoStandard: '692', monthlyRent: '300' });
// 渝中 2.6.a：“对低保A类家庭在类别有效期内，按其应缴纳租金实施等额补贴”：300 × 1 = 300.00 元/月
run('yuzhong-2019', { dibaoStandard: '692', monthlyRent: '300', dibaoClass: 'A' });
// 渝中 2.6.b：“在获得临时救助起12个月内，按其应缴纳租金实施等额补贴”：已 13 个月 → not-eligible
run('yuzhong-2019', { dibaoStandard: '692', monthlyRent: '300', monthsSinceTemporaryAid: 13 });

// 输出 (output):
// guzhang-2021 computed 346.00 CNY/household/month
// yuzhong-2019 computed 300.00 CNY/household/month
// yuzhong-2019 not-eligible - CNY/household/month
