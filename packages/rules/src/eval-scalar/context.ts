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

/** One table cell (or scalar) as read in one period: shared by every household that reads it. */
export interface CellRead {
  readonly period: ParameterPeriod;
  /** The trace key: "id", "id[k]" or "id[k0,k1]". */
  readonly k: string;
  readonly use: ParamUse;
  readonly value: Val;
  /**
   * The one record of this cell for its period (cells.ts cellRead), so a trace can tell a cell
   * it holds by identity; false only past the interning bound.
   */
  readonly canonical: boolean;
  /** The trace this record was last placed in or found in (cells.ts traced). */
  lastTrace: Trace | null;
  /** The capture (Ctx.captureMark) this record was last placed in (cells.ts noteRead). */
  capMark: number;
  /**
   * The explainer's reader-facing form of `use` (explain/result.ts parameterUse), built on first
   * use: kept on the record, which every household reading the cell shares, so no lookup finds it.
   */
  shown: object | null;
}

export interface Trace {
  /** Cells read, each once, in the order first read. */
  readonly params: CellRead[];
  /** The keys of `params`, built only once a record that is not canonical is read. */
  keys: Set<string> | null;
  /** null when the caller asked for no `values` (EvalOptions.values): nothing reads it then. */
  readonly inputs: Map<string, Val> | null;
}

/** Variable values computed so far, by id (the explainer lists them). */
export interface VarMemo {
  has(id: string): boolean;
  get(id: string): Val | undefined;
}

let epochs = 0;

/**
 * Per-evaluation state. Variables are memoised in `vals` (by the plan's slot) so each is
 * computed once; a class so every context has one shape and no per-call closures.
 */
export class Ctx {
  /** This evaluation's number, unique in the process (plan.ts PNode.epoch). */
  readonly epoch = ++epochs;
  readonly date: string;
  readonly asOf: number;
  /** Periods in force on `date` by parameter slot, shared by every household on that date. */
  readonly periods: Array<ParameterPeriod | undefined>;
  readonly members: readonly Member[] | null;
  readonly vals: Array<Val | undefined>;
  /** Inputs each unknown variable depends on, by slot; only built when something is missing. */
  deps: Array<ReadonlySet<string> | undefined> | null = null;
  /**
   * When explaining: the inputs each undecided criterion depends on, by criterion, as decideIn found
   * them for the missing inputs; its reason names the same ones (explain/sentences.ts undecided).
   */
  criterionDeps: Array<ReadonlySet<string> | undefined> | null = null;
  /** Values shared with other programs for this household (shared.ts); null when evaluating alone. */
  readonly shared: SharedValues | null;
  /** With `shared`: the cells each computed variable read (nested ones included), by slot. */
  readonly reads: Array<readonly CellRead[] | undefined> | null;
  /**
   * With `shared`: the reads of the variable being computed, collected while it runs, each once
   * (cells.ts noteRead), and the number that tells this capture from every other (CellRead.capMark).
   */
  capture: CellRead[] | null = null;
  captureMark = 0;

  constructor(
    readonly program: Program,
    readonly plan: Plan,
    date: string,
    readonly household: Household,
    /** Only filled when explaining: parameters and inputs actually read. */
    readonly trace: Trace | null,
    shared: SharedValues | null = null,
  ) {
    const day = dayOf(plan, date);
    this.date = day.date;
    this.asOf = day.asOf;
    this.periods = day.periods;
    const m = household.members;
    this.members = Array.isArray(m) ? m : null;
    this.vals = plan.blank.slice();
    this.shared = shared;
    this.reads = shared === null ? null : [];
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

/**
 * Variable values one household shares between programs on one date. A screening explains every
 * catalog program for the same household, and most of them compute the same 소득인정액, household
 * size and asset totals (the same variable objects): each is computed once and later programs take
 * the value. A program's trace must still list every figure in the order a fresh evaluation reads
 * it, so a value is kept with every parameter cell its evaluation read (nested variables included),
 * and taking the value replays those reads into the taking program's trace.
 *
 * Made by the caller per household (`sharedValues()`), passed in EvalOptions.shared; it holds
 * nothing global. Bound to the first household and date it serves: any other is evaluated alone.
 * Keys: shared.ts shareKeysOf.
 */
export class SharedValues {
  household: Household | null = null;
  date = '';
  /** Values by share key (shared.ts shareKeysOf); undefined until computed (unknown is null). */
  readonly values: Array<Val | undefined> = [];
  /** By share key, every cell read while computing the value (nested variables included), in reading order. */
  readonly reads: Array<readonly CellRead[] | undefined> = [];
  /** By share key, the inputs an unknown value depends on (missing.ts), once found. */
  readonly deps: Array<ReadonlySet<string> | undefined> = [];
  /**
   * By reason key (shared.ts reasonKeyOf), the reason worded for a variable, one per outcome
   * (false, true, unknown), with the cells wording it read (explain/sentences.ts sharedReason).
   */
  readonly reasons: Array<Array<SharedReason | undefined> | undefined> = [];
}

/** A variable's reason as first worded for the household: its label as worded, the sentence, what it read. */
export interface SharedReason {
  readonly ko: string;
  readonly en: string;
  readonly sentence: { readonly ko: string; readonly en: string };
  readonly reads: readonly CellRead[];
  /** Whether a piece of it held a '{' (explain/figures.ts pieces), to be filled for each program. */
  readonly braces: boolean;
  /** The figures it rests on (explain/worded.ts). */
  readonly figures: readonly string[];
}

export function sharedValues(): SharedValues {
  return new SharedValues();
}

/** The shared store if it may serve this household and date (claiming it on first use), else null. */
export function sharedFor(s: SharedValues | undefined, household: Household, date: string): SharedValues | null {
  if (s === undefined) return null;
  if (s.household === null) {
    s.household = household;
    s.date = date;
  }
  return s.household === household && s.date === date ? s : null;
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
  /**
   * Variable values (and the inputs an unknown one lacks) this household shares with the other
   * programs decided or explained for it on the same date (see shared.ts): `decide`, and
   * `decideWithReasons` with `values: false`. The result is the same.
   */
  readonly shared?: SharedValues;
}

/** Throws RangeError for a date that is not a real ISO date (checked once per program and date). */
export function makeCtx(program: Program, household: Household, opts: EvalOptions, trace: boolean): Ctx {
  const alone = trace && opts.values !== false;
  return new Ctx(
    program,
    planOf(program),
    opts.date,
    household,
    trace ? { params: [], keys: null, inputs: opts.values === false ? null : new Map() } : null,
    // Replaying a shared value's reads covers parameters only, so traces that list inputs evaluate alone.
    alone ? null : sharedFor(opts.shared, household, opts.date),
  );
}

export function norm(x: InputValue | readonly Member[]): Val {
  return x === undefined || x === null || typeof x === 'object' ? null : x;
}

export { keyOf };
