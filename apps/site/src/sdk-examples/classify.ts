import { calculate, getPolicy } from '@bangfu/sdk';

// 古丈 2.b：低收入家庭“指收入高于城市低保标准，但低于城市低保标准的1.5倍”
// 标准 692 元：692 < 人均 900 < 692 × 1.5 = 1038 → 低收入家庭（low-income）
// 古丈 4.1：“对第二类低收入家庭中的重度残疾人……经本人申请，可参照“单人户”纳入低保”
const policy = getPolicy('guzhang-2021');
if (!policy) throw new Error('unknown policy');
const r = calculate('classify', policy, {
  dibaoStandard: '692', perCapitaIncome: '900',
  members: [{}, { severeDisability: true }],
});
if (r.ok) {
  console.log(r.value.status);
  for (const c of r.value.categories ?? []) console.log(c.id, c.zh, c.provision ?? '');
}

// 人均 1100 元 ≥ 1038：既非低保也非低收入 → not-eligible
const s = calculate('classify', policy, { dibaoStandard: '692', perCapitaIncome: '1100', members: [{}] });
if (s.ok) console.log(s.value.status);

// 输出 (output):
// computed
// low-income 低收入家庭（低保边缘家庭） guzhang-2021:eligibility.low-income.band
// single-person-dibao 可按“单人户”纳入低保（1 人） guzhang-2021:basic-living.single-person-household
// not-eligible
