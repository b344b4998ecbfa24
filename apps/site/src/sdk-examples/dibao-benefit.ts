import { calculate } from '@bangfu/sdk/calculators';
import { guzhang2021 } from '@bangfu/sdk/policies/guzhang-2021';
import { huining2022 } from '@bangfu/sdk/policies/huining-2022';

// 低保标准 692 元/人·月、家庭月人均收入 500 元（示例输入）。基础是国家规则（《社会救助暂行办法》第十二条，content/national/）：
// 每人按差额 692 − 500 = 192 元；文件自己的规定在此基础上适用。

// 古丈 4.1：“对城市低保家庭中的重病、重残对象（含三级智力、精神残疾），及整户无劳力家庭按照全额标准发放低保金”
//          “对每人每月低保金不足400元的，提高到400元标准发放”
// 三口之家，一人重度残疾：692（全额）+ 400（192 提到 400）+ 400 = 1492.00
const a = calculate('dibao-benefit', guzhang2021, {
  dibaoStandard: '692', perCapitaIncome: '500',
  members: [{ severeDisability: true }, {}, {}],
});
if (a.ok) console.log(a.value.policy, a.value.status, a.value.amount, a.value.unit);

// 会宁 2.1.a.3：“残疾人本人的最低生活保障金按保障标准的 20%上浮计算”
// 三口之家，一人持证残疾：192 + (692 × 1.2 − 500 = 330.4) + 192 = 714.40
const b = calculate('dibao-benefit', huining2022, {
  dibaoStandard: '692', perCapitaIncome: '500',
  members: [{}, { disabled: true }, {}],
});
if (b.ok) console.log(b.value.policy, b.value.status, b.value.amount, b.value.unit);

// 收入不低于标准：not-eligible（附双语理由）
const c = calculate('dibao-benefit', guzhang2021, { dibaoStandard: '692', perCapitaIncome: '700', members: [{}] });
if (c.ok) console.log(c.value.status, '—', c.value.reason?.en);

// 输出 (output):
// guzhang-2021 computed 1492.00 CNY/household/month
// huining-2022 computed 714.40 CNY/household/month
// not-eligible — Per-capita income 700 元 is not below the dibao standard 692 元: the household does not qualify (national rule, Interim Measures on Social Assistance, art. 9)
