export * from './compare.ts';
export * from './dataset.ts';
export * from './totals.ts';
export { TOTALS } from '../generated/totals.ts';
