export * from './vocabulary.ts';
export * from './provision.ts';
export * from './policy.ts';
