import { calculateRaw, getPolicy, type PolicyId } from '@bangfu/sdk';

const run = (policyId: PolicyId, input: object) => {
  const policy = getPolicy(policyId);
  const r = calculateRaw('temporary-aid', policy, input);
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  const { status, amount, min, max, reason } = r.value;
  const money = JSON.stringify({ amount, min, max });
  console.log([policyId, status, money === '{}' ? '' : money, reason?.zh ?? ''].filter(Boolean).join(' '));
};

// 设当地城市低保标准为 692 元/人·月（示例输入：文件本身不定标准，由使用者提供）。

// 1. computed — 会宁 2.1.c.1：“当地城市居民最低生活保障标准(元/人. 月) × 救助人数(人) × 困难持续时间(月)
//    (持续时间原则上最长不超过6个月)”：692 × 3 × 2 = 4152.00
run('huining-2022', { dibaoStandard: '692', persons: 3, months: 2 });

// 2. 同一公式，困难持续 8 个月只按 6 个月计：692 × 3 × 6 = 12456.00
run('huining-2022', { dibaoStandard: '692', persons: 3, months: 8 });

// 3. range — 古丈 4.1：“按每户2000至4000元实施救助帮扶” → min 2000.00，max 4000.00
run('guzhang-2021', { dibaoStandard: '692', persons: 3, months: 2 });

// 4. not-eligible — 古丈 4.1：“一年内同类困难原因临时救助不得超过2次”；本年已救助 2 次
run('guzhang-2021', { dibaoStandard: '692', persons: 3, months: 2, sameCauseAidsThisYear: 2 });

// 5. not-specified — 会宁 2.1.c.1：重大生活困难“采取"一事一议"的方式给予临时救助金”，无固定金额
run('huining-2022', { dibaoStandard: '692', persons: 3, months: 2, severity: 'major' });

// 输出 (output):
// huining-2022 computed {"amount":"4152.00"}
// huining-2022 computed {"amount":"12456.00"}
// guzhang-2021 range {"min":"2000.00","max":"4000.00"}
// guzhang-2021 not-eligible 一年内同类困难原因临时救助不得超过 2 次
// huining-2022 not-specified 重大生活困难的临时救助金额由“一事一议”确定，文件未规定数额（条款 2.1.c.1）
