export type * from './parameters/types.ts';
