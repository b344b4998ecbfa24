import { calculate, getPolicy } from '@bangfu/sdk';

// 古丈 四（三）：“对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元”
// 住院政策范围内自负 24000 元：(24000 − 4000) × 0.7 = 14000.00（未超限额 50000）
const policy = getPolicy('guzhang-2021');
if (!policy) throw new Error('unknown policy');

const r = calculate('medical-aid', policy, { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
if (!r.ok) throw new Error(r.errors.map((e) => `${e.field}: ${e.zh}`).join('\n'));

console.log(r.value.status, r.value.amount, r.value.unit);
for (const step of r.value.steps) console.log(`${step.provision ?? '-'}  ${step.arithmetic ?? step.zh}`);

// 输出 (output):
// computed 14000.00 CNY
// guzhang-2021:medical.inpatient.dibao.threshold  max(24000 − 4000, 0) = 20000
// guzhang-2021:medical.inpatient.dibao.ratio  20000 × 0.7 = 14000
// guzhang-2021:medical.inpatient.dibao.cap  min(14000, max(50000 − 0, 0)) = 14000
// -  结果四舍五入到分：14000.00 元
