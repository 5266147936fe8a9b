import { keyOf } from '../parameters/lookup.ts';
import type { ParameterDef, ParameterPeriod } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import type { Household, InputValue, Member } from '../schema/schema.ts';
import { dayOf, type Plan, planOf } from './plan.ts';

/** A runtime value; null is "unknown" (Kleene's third value). */
export type Val = number | boolean | string | null;

export interface ParamUse {
  readonly def: ParameterDef;
  readonly period: ParameterPeriod;
  readonly keys: readonly string[];
  readonly value: number;
}

export interface Trace {
  readonly params: Map<string, ParamUse>;
  /** null when the caller asked for no `values` (EvalOptions.values): nothing reads it then. */
  readonly inputs: Map<string, Val> | null;
}

/** Variable values computed so far, by id (the explainer lists them). */
export interface VarMemo {
  has(id: string): boolean;
  get(id: string): Val | undefined;
}

/**
 * Per-evaluation state. Variables are memoised in `vals` (by the plan's slot) so each is
 * computed once; a class so every context has one shape and no per-call closures.
 */
export class Ctx {
  readonly date: string;
  readonly asOf: number;
  /** Periods in force on `date` by parameter slot, shared by every household on that date. */
  readonly periods: Array<ParameterPeriod | undefined>;
  readonly members: readonly Member[] | null;
  readonly vals: Array<Val | undefined>;
  /** Inputs each unknown variable depends on, by slot; only built when something is missing. */
  deps: Array<ReadonlySet<string> | undefined> | null = null;

  constructor(
    readonly program: Program,
    readonly plan: Plan,
    date: string,
    readonly household: Household,
    /** Only filled when explaining: parameters and inputs actually read. */
    readonly trace: Trace | null,
  ) {
    const day = dayOf(plan, date);
    this.date = day.date;
    this.asOf = day.asOf;
    this.periods = day.periods;
    const m = household.members;
    this.members = Array.isArray(m) ? m : null;
    this.vals = plan.blank.slice();
  }

  get memo(): VarMemo {
    return new MemoView(this);
  }
}

class MemoView implements VarMemo {
  constructor(private readonly ctx: Ctx) {}
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  get(id: string): Val | undefined {
    const slot = this.ctx.plan.slotOf.get(id);
    return slot === undefined ? undefined : this.ctx.vals[slot];
  }
}

export interface EvalOptions {
  /** Evaluation date, ISO "YYYY-MM-DD": parameters are looked up as of this day. */
  readonly date: string;
  /**
   * `decideWithReasons` only. false leaves DecisionWithReasons.values empty, for callers that show no values
   * (screening the whole catalog): listing and formatting every value read was a third of its
   * cost. Everything else in the result is the same. Defaults to true.
   */
  readonly values?: boolean;
}

/** Throws RangeError for a date that is not a real ISO date (checked once per program and date). */
export function makeCtx(program: Program, household: Household, opts: EvalOptions, trace: boolean): Ctx {
  return new Ctx(
    program,
    planOf(program),
    opts.date,
    household,
    trace ? { params: new Map(), inputs: opts.values === false ? null : new Map() } : null,
  );
}

export function norm(x: InputValue | readonly Member[]): Val {
  return x === undefined || x === null || typeof x === 'object' ? null : x;
}

export { keyOf };
