export * from './vocabulary.ts';
export * from './policy-ids.ts';
export * from './provision.ts';
export * from './policy.ts';
export * from './calculator-names.ts';
export * from './case.ts';
