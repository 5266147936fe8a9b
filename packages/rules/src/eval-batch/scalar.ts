import type { EvalOptions } from '../eval-scalar/context.ts';
import { type CriterionOutcome, type Decision, decide } from '../eval-scalar/decide.ts';
import { ymd } from '../eval-scalar/interpret.ts';
import { children, type Expr } from '../expr/nodes.ts';
import { inForceOn } from '../program/in-force.ts';
import type { Program } from '../program/types.ts';
import type { FieldDef } from '../schema/fields.ts';
import type { Household, Member } from '../schema/schema.ts';
import { isIsoDate } from '../util/dates.ts';
import { allocate, type Column, type Columns } from './columns.ts';
import { compileFused, type FusedKernel } from './fused.ts';

/**
 * `decide` on the compiled path: the program's fused loop (fused.ts) for this date, run over a
 * one-household column set the household is copied into (only the fields the program reads).
 * Where the loop settles the answer with nothing to ask (ineligible, or eligible with a known
 * amount) the Decision is built from its output; every other household (unknown status, an
 * unknown amount, a failed lookup, an input the columns cannot hold) goes to the interpreter, so
 * the answer, missing inputs and errors are `decide`'s own (property-tested).
 */
export function decideCompiled(program: Program, household: Household, opts: EvalOptions): Decision {
  const one = scalarFor(program, opts.date);
  return one === null ? decide(program, household, opts) : one.decide(household, opts);
}

/** One program compiled for one date, holding the one-household buffers it runs over. */
class ScalarKernel {
  private readonly hFields: Array<readonly [string, FieldDef, Column]>;
  private readonly mFields: Array<readonly [string, FieldDef]>;
  private readonly member: Record<string, Column> = {};
  private readonly cols: Columns;
  private readonly membersKnown = new Int8Array(1);
  private readonly memberOffsets = new Int32Array(2);
  private capacity = 0;
  private readonly status = new Int8Array(1);
  private readonly amount = new Float64Array(1);
  private readonly crit: Int8Array[];
  private readonly deferred = new Int32Array(1);
  /** Each criterion's outcome object for 1 / 0 / -1 (index outcome + 1), shared and frozen. */
  private readonly outcomes: Array<readonly [CriterionOutcome, CriterionOutcome, CriterionOutcome]>;

  constructor(
    private readonly program: Program,
    private readonly kernel: FusedKernel,
  ) {
    const used = inputsRead(program);
    const field = (scope: 'household' | 'member', name: string) => program.schema[scope][name] as FieldDef;
    this.hFields = [...used.household].map((f) => [f, field('household', f), allocate(field('household', f), 1)]);
    this.mFields = [...used.member].map((f) => [f, field('member', f)]);
    const household = Object.fromEntries(this.hFields.map(([f, , col]) => [f, col]));
    this.cols = {
      n: 1,
      household,
      member: this.member,
      membersKnown: this.membersKnown,
      memberOffsets: this.memberOffsets,
    };
    this.grow(4);
    this.crit = program.criteria.map(() => new Int8Array(1));
    this.outcomes = program.criteria.map((c) => {
      const o = (outcome: boolean | null) => Object.freeze({ id: c.id, label: c.label, outcome });
      return [o(null), o(false), o(true)] as const;
    });
  }

  private grow(n: number): void {
    this.capacity = n;
    for (const [f, def] of this.mFields) this.member[f] = allocate(def, n);
  }

  decide(h: Household, opts: EvalOptions): Decision {
    if (!this.load(h)) return decide(this.program, h, opts);
    const { status, amount } = this;
    if (this.kernel(this.cols, status, amount, this.crit, this.deferred) !== 0) return decide(this.program, h, opts);
    const st = status[0] as number;
    const a = amount[0] as number;
    const hasAmount = this.program.amount !== undefined;
    // Only answers with nothing to ask are built here; the rest need the interpreter's missing list.
    if (st === -1 || (st === 1 && hasAmount && Number.isNaN(a))) return decide(this.program, h, opts);
    const criteria: CriterionOutcome[] = new Array(this.crit.length);
    for (let k = 0; k < this.crit.length; k++) {
      criteria[k] = (this.outcomes[k] as readonly CriterionOutcome[])[((this.crit[k] as Int8Array)[0] as number) + 1]!;
    }
    return {
      id: this.program.id,
      status: st === 1 ? 'eligible' : 'ineligible',
      amount: st === 1 && hasAmount ? a : null,
      criteria,
      missing: [],
    };
  }

  /** Copies the household into the buffers; false for a value the columns cannot hold as the interpreter reads it. */
  private load(h: Household): boolean {
    for (const [f, def, col] of this.hFields) {
      const x = encode(def, h[f]);
      if (x === BAD) return false;
      col[0] = x;
    }
    const ms = h.members;
    if (!Array.isArray(ms)) {
      this.membersKnown[0] = 0;
      this.memberOffsets[1] = 0;
      return true;
    }
    this.membersKnown[0] = 1;
    this.memberOffsets[1] = ms.length;
    if (ms.length > this.capacity) this.grow(Math.max(ms.length, this.capacity * 2));
    for (const [f, def] of this.mFields) {
      const col = this.member[f] as Column;
      for (let j = 0; j < ms.length; j++) {
        const m = ms[j] as Member | null;
        if (m === null || typeof m !== 'object') return false;
        const x = encode(def, m[f]);
        if (x === BAD) return false;
        col[j] = x;
      }
    }
    return true;
  }
}

/** Not a value the interpreter would read the way the columns encode it. */
const BAD = Number.POSITIVE_INFINITY;

function encode(def: FieldDef, x: unknown): number {
  if (x === null || x === undefined) return def.type === 'number' || def.type === 'date' ? Number.NaN : -1;
  switch (def.type) {
    case 'number':
      return typeof x === 'number' && Number.isFinite(x) ? x : BAD;
    case 'date':
      // The interpreter reads any string's digits where a date is due (interpret.ts ymd).
      return typeof x === 'string' && x.length >= 10 ? ymd(x) : BAD;
    case 'boolean':
      return typeof x === 'boolean' ? (x ? 1 : 0) : BAD;
    case 'enum': {
      const k = typeof x === 'string' ? def.values.indexOf(x) : -1;
      return k < 0 ? BAD : k;
    }
  }
}

/** The input fields a program reads anywhere (criteria, amount, variables), by scope. */
function inputsRead(program: Program): { household: Set<string>; member: Set<string> } {
  const out = { household: new Set<string>(), member: new Set<string>() };
  const visit = (e: Expr) => {
    if (e.kind === 'input') out[e.scope].add(e.field);
    for (const [, c] of children(e)) visit(c);
  };
  for (const c of program.criteria) visit(c.expr);
  if (program.amount) visit(program.amount.expr);
  for (const x of program.variables.values()) visit(x.expr);
  return out;
}

/** Compiled kernels by program and date; null where the program is not fused (or not in force). */
const kernels = new WeakMap<Program, Map<string, ScalarKernel | null>>();

function scalarFor(program: Program, date: string): ScalarKernel | null {
  let byDate = kernels.get(program);
  if (byDate === undefined) {
    byDate = new Map();
    kernels.set(program, byDate);
  }
  let k = byDate.get(date);
  if (k === undefined) {
    // An invalid date is the interpreter's error; a program not in force is its one-line answer.
    k = isIsoDate(date) && inForceOn(program, date) ? compiledOrNull(program, date) : null;
    // Bounded like the interpreter's per-date cache, so a server cycling dates cannot grow it.
    if (byDate.size >= 64) byDate.clear();
    byDate.set(date, k);
  }
  return k;
}

function compiledOrNull(program: Program, date: string): ScalarKernel | null {
  const kernel = compileFused(program, date);
  return kernel === null ? null : new ScalarKernel(program, kernel);
}
