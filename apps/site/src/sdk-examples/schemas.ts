import { Provision } from '@bangfu/sdk/schemas';

// 规定的 schema（zod）是唯一的定义；类型由它推导。金额必须写成字符串。
const ok = Provision.safeParse({
  id: 'medical.inpatient.dibao.threshold', concept: 'medical.inpatient-threshold', clause: '4.3', area: 'medical', kind: 'threshold',
  amount: '4000', care: ['inpatient'], appliesTo: ['dibao'],
  summary: { zh: '低保对象住院救助起付线4000元', en: 'Inpatient threshold for dibao recipients: 4000 元' },
  quote: '对城市低保对象设起付线4000元',
});
console.log(ok.success, ok.success && ok.data.kind === 'threshold' && ok.data.unit); // unit 默认 CNY/year

const bad = Provision.safeParse({ ...(ok.success ? ok.data : {}), amount: 4000 });
console.log(bad.success, bad.error?.issues.map((i) => i.path.join('.')).join(','));

// 输出 (output):
// true CNY/year
// false amount
