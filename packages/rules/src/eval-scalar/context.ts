import { keyOf, periodAsOf, tableCell } from '../parameters/lookup.ts';
import type { ParameterDef, ParameterPeriod } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Household, InputValue, Member } from '../schema/schema.ts';
import { dateToNum, isIsoDate } from '../util/dates.ts';

/** A runtime value; null is "unknown" (Kleene's third value). */
export type Val = number | boolean | string | null;

export interface ParamUse {
  readonly def: ParameterDef;
  readonly period: ParameterPeriod;
  readonly keys: readonly string[];
  readonly value: number;
}

/** Per-evaluation state. Variables are memoised here so each is computed once. */
export interface Ctx {
  readonly program: Program;
  readonly date: string;
  readonly asOf: number;
  readonly household: Household;
  readonly members: readonly Member[] | null;
  readonly memo: Map<string, Val>;
  /** Only filled when explaining: parameters and inputs actually read. */
  readonly trace: { params: Map<string, ParamUse>; inputs: Map<string, Val> } | null;
}

export interface EvalOptions {
  /** Evaluation date, ISO "YYYY-MM-DD": parameters are looked up as of this day. */
  readonly date: string;
}

export function makeCtx(program: Program, household: Household, opts: EvalOptions, trace: boolean): Ctx {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
  const m = household.members;
  return {
    program,
    date: opts.date,
    asOf: dateToNum(opts.date),
    household,
    members: Array.isArray(m) ? m : null,
    memo: new Map(),
    trace: trace ? { params: new Map(), inputs: new Map() } : null,
  };
}

export function norm(x: InputValue | readonly Member[]): Val {
  return x === undefined || x === null || typeof x === 'object' ? null : x;
}

/** Parameter cell as of the context's date; throws ParameterLookupError when data is missing. */
export function paramValue(ctx: Ctx, id: string, keys: readonly (number | string)[]): number {
  const def = ctx.program.parameters.get(id) as ParameterDef;
  const period = periodAsOf(def, ctx.date);
  const strKeys = keys.map(keyOf);
  const value = tableCell(def, ctx.date, period.value, strKeys);
  if (ctx.trace) {
    const k = strKeys.length ? `${id}[${strKeys.join(',')}]` : id;
    ctx.trace.params.set(k, { def, period, keys: strKeys, value });
  }
  return value;
}
