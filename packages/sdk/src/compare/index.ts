export * from './compare.ts';
export * from './dataset.ts';
