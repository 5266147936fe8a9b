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

/** Dates already validated: evaluation runs many households against few dates. */
const goodDates = new Set<string>();

export function makeCtx(program: Program, household: Household, opts: EvalOptions, trace: boolean): Ctx {
  if (!goodDates.has(opts.date)) {
    if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
    if (goodDates.size > 10_000) goodDates.clear();
    goodDates.add(opts.date);
  }
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

/** Period lookups memoised per parameter and date; periods are immutable data. */
const periodCache = new WeakMap<ParameterDef, Map<string, ParameterPeriod>>();
function cachedPeriod(def: ParameterDef, date: string): ParameterPeriod {
  let byDate = periodCache.get(def);
  if (!byDate) {
    byDate = new Map();
    periodCache.set(def, byDate);
  }
  let period = byDate.get(date);
  if (!period) {
    period = periodAsOf(def, date);
    if (byDate.size > 1000) byDate.clear();
    byDate.set(date, period);
  }
  return period;
}

/** Parameter cell as of the context's date; throws ParameterLookupError when data is missing. */
export function paramValue(ctx: Ctx, def: ParameterDef, keys: readonly string[]): number {
  const period = cachedPeriod(def, ctx.date);
  const value = tableCell(def, ctx.date, period.value, keys);
  if (ctx.trace) {
    const k = keys.length ? `${def.id}[${keys.join(',')}]` : def.id;
    ctx.trace.params.set(k, { def, period, keys, value });
  }
  return value;
}

export { keyOf };
