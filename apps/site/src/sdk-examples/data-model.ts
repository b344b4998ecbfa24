import { AREAS, describeValue, getPolicy, getProvision, globalId, TARGET_GROUPS } from '@bangfu/sdk';

const policy = getPolicy('guzhang-2021');
if (!policy) throw new Error('unknown policy');
console.log(policy.id, policy.docNumber, policy.region?.county.zh, policy.issued);
console.log(`${policy.clauses.length > 0} ${policy.provisions.length > 0}`);

// 一条规定（Provision）：类型、数值、条款、原文
const p = getProvision(policy, 'medical.inpatient.dibao.threshold');
if (!p || p.kind !== 'threshold') throw new Error('not a threshold');
console.log(globalId(policy, p)); // 全局 id：<policy>:<provision>
console.log(p.kind, p.amount, p.unit, p.clause, p.area, p.appliesTo.join(','));
console.log(p.quote);
console.log(describeValue(p).zh, '|', describeValue(p).en);

// 共同词汇：对象类别（target groups）与领域（areas）
console.log(TARGET_GROUPS.dibao.zh, '|', AREAS.medical.zh);

// 输出 (output):
// guzhang-2021 古办〔2021〕9号 古丈县 2021-09-27
// true true
// guzhang-2021:medical.inpatient.dibao.threshold
// threshold 4000 CNY/year 4.3 medical dibao
// 对城市低保对象设起付线4000元
// 起付线 4000 元/年 | threshold 4000 CNY per year
// 城市低保对象 | 医疗救助
