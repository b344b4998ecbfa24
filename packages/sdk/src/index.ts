export * from './schema/index.ts';
export * from './money.ts';
export * from './policies/index.ts';
export * from './calculators/index.ts';
export * from './format.ts';
export * from './household/index.ts';
export * from './compare/index.ts';
export * from './validity.ts';
export { inputJsonSchema } from './calculators/json-schema.ts';
