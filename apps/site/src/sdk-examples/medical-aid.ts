import { calculate } from '@bangfu/sdk/calculators';
import { guzhang2021 } from '@bangfu/sdk/policies/guzhang-2021';
import { huining2022 } from '@bangfu/sdk/policies/huining-2022';
import { yunyang2019 } from '@bangfu/sdk/policies/yunyang-2019';

// 打印状态与金额字段（只打印存在的字段）
const show = (r: ReturnType<typeof calculate>) => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  const { status, amount, min, max } = r.value;
  console.log(status, JSON.stringify({ amount, min, max }));
};

// 1. computed — 古丈 4.3（四（三））：“对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元”
//    (24000 − 4000) × 0.7 = 14000.00
show(calculate('medical-aid', guzhang2021, { group: 'dibao', care: 'inpatient', selfPaid: '24000' }));

// 2. 限额 cap — 同一条款；本年度已获救助 40000 元：
//    (30000 − 4000) × 0.7 = 18200，但限额只余 50000 − 40000 = 10000 → 10000.00
show(calculate('medical-aid', guzhang2021, { group: 'dibao', care: 'inpatient', selfPaid: '30000', aidedThisYear: '40000' }));

// 3. 分位四舍五入 — 同一条款：(4000.01 − 4000) × 0.7 = 0.007 → 0.01（到分，四舍五入）
show(calculate('medical-aid', guzhang2021, { group: 'dibao', care: 'inpatient', selfPaid: '4000.01' }));

// 4. range — 会宁 2.3.a.4：“按照不低于70%比例实施分类医疗救助”，不设起付线：
//    24000 × 0.7 = 16800.00 是下限 min，没有上限
show(calculate('medical-aid', huining2022, { group: 'dibao', care: 'inpatient', selfPaid: '24000' }));

// 5. not-specified — 云阳的文件没有规定低保对象住院救助比例：列出涉及医疗救助的条款
const r = calculate('medical-aid', yunyang2019, { group: 'dibao', care: 'inpatient', selfPaid: '24000' });
if (r.ok) console.log(r.value.status, r.value.clauses);

// 输出 (output):
// computed {"amount":"14000.00"}
// computed {"amount":"10000.00"}
// computed {"amount":"0.01"}
// range {"min":"16800.00"}
// not-specified [ '2.4' ]
