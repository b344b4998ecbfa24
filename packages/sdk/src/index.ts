export * from './schema/index.ts';
// Money helpers a consumer needs; the arithmetic shorthands the calculators use (d, ZERO, plain, minOf, maxOf) stay internal.
export { Money, MoneyParseError, parseMoney, isMoneyString, toFen, formatFen, formatYuan } from './money.ts';
export * from './policies/index.ts';
export * from './calculators/index.ts';
export * from './format.ts';
export * from './household/index.ts';
export * from './compare/index.ts';
export * from './validity.ts';
export { inputJsonSchema } from './calculators/json-schema.ts';
