export * from './topics.ts';
export * from './compare.ts';
export * from './dataset.ts';
