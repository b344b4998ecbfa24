import { formatFen, formatYuan, MoneyParseError, parseMoney, toFen } from '@bangfu/sdk/money';

// 金额是 decimal.js 十进制数：从字符串解析，精确计算，只在最后四舍五入到分（0.01 元，half-up）。
console.log(parseMoney('0.1').plus(parseMoney('0.2')).toString(), 0.1 + 0.2); // 十进制 vs. JS 浮点
console.log(formatFen(parseMoney('0.005')), formatFen(parseMoney('0.0049')), formatFen(parseMoney('2.675')));
console.log(toFen(parseMoney('692').times('1.3')).toFixed(2), formatYuan(parseMoney('12456')));

try {
  parseMoney('-5');
} catch (e) {
  if (e instanceof MoneyParseError) console.log(e.reason.zh, '/', e.reason.en);
}

// 输出 (output):
// 0.3 0.30000000000000004
// 0.01 0.00 2.68
// 899.60 12,456.00 元
// 金额不能为负数 / amount must not be negative
