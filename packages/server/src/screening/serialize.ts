import fastJson from 'fast-json-stringify';
import { LeanScreenResponse } from './lean-schemas.ts';
import { ScreenResponse } from './schemas.ts';

/**
 * Screening answers serialised from their schema, compiled once. The bench (bench/src/http-bench.ts)
 * compares each with JSON.stringify on the same answer.
 */
export const stringifyLean: (body: unknown) => string = fastJson(LeanScreenResponse as never);
export const stringifyFull: (body: unknown) => string = fastJson(ScreenResponse as never);
