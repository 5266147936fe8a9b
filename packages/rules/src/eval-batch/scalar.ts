import type { EvalOptions } from '../eval-scalar/context.ts';
import { type CriterionOutcome, type Decision, decide } from '../eval-scalar/decide.ts';
import { inForceOn } from '../program/in-force.ts';
import { inputsRead } from '../program/inputs-read.ts';
import type { Program } from '../program/types.ts';
import type { FieldDef } from '../schema/fields.ts';
import type { Household } from '../schema/schema.ts';
import { isIsoDate } from '../util/dates.ts';
import { allocate, type Column, type Columns } from './columns.ts';
import { compileFused, type FusedKernel } from './fused.ts';
import { compileLoader, type Loader, type MemberBuffers } from './scalar-load.ts';

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
  private readonly load: Loader;
  private readonly cols: Columns;
  private readonly buffers: MemberBuffers;
  private readonly status = new Int8Array(1);
  private readonly amount = new Float64Array(1);
  private readonly crit: Int8Array[];
  private readonly deferred = new Int32Array(1);
  private readonly hasAmount: boolean;
  /** Each criterion's outcome object for 1 / 0 / -1 (index outcome + 1), shared and frozen. */
  private readonly outcomes: Array<readonly [CriterionOutcome, CriterionOutcome, CriterionOutcome]>;

  constructor(
    private readonly program: Program,
    private readonly kernel: FusedKernel,
  ) {
    const used = inputsRead(program);
    const fields = (scope: 'household' | 'member') =>
      [...used[scope]].map((f) => [f, program.schema[scope][f] as FieldDef] as const);
    const [hFields, mFields] = [fields('household'), fields('member')];
    this.load = compileLoader(hFields, mFields);
    const member: Record<string, Column> = {};
    let capacity = 0;
    this.buffers = {
      membersKnown: new Int8Array(1),
      memberOffsets: new Int32Array(2),
      columns(n: number) {
        if (n > capacity) {
          capacity = Math.max(n, 2 * capacity, 8);
          for (const [f, def] of mFields) member[f] = allocate(def, capacity);
        }
        return member;
      },
    };
    this.buffers.columns(1);
    this.cols = {
      n: 1,
      household: Object.fromEntries(hFields.map(([f, def]) => [f, allocate(def, 1)])),
      member,
      membersKnown: this.buffers.membersKnown,
      memberOffsets: this.buffers.memberOffsets,
    };
    this.hasAmount = program.amount !== undefined;
    this.crit = program.criteria.map(() => new Int8Array(1));
    this.outcomes = program.criteria.map((c) => {
      const o = (outcome: boolean | null) => Object.freeze({ id: c.id, label: c.label, outcome });
      return [o(null), o(false), o(true)] as const;
    });
  }

  decide(h: Household, opts: EvalOptions): Decision {
    const { status, amount, crit, program } = this;
    if (!this.load(h, this.cols.household, this.buffers)) return decide(program, h, opts);
    if (this.kernel(this.cols, status, amount, crit, this.deferred) !== 0) return decide(program, h, opts);
    const st = status[0] as number;
    const a = amount[0] as number;
    // Only answers with nothing to ask are built here; the rest need the interpreter's missing list.
    if (st === -1 || (st === 1 && this.hasAmount && Number.isNaN(a))) return decide(program, h, opts);
    const criteria: CriterionOutcome[] = new Array(crit.length);
    for (let k = 0; k < crit.length; k++) {
      criteria[k] = (this.outcomes[k] as readonly CriterionOutcome[])[((crit[k] as Int8Array)[0] as number) + 1]!;
    }
    return {
      id: program.id,
      status: st === 1 ? 'eligible' : 'ineligible',
      amount: st === 1 && this.hasAmount ? a : null,
      criteria,
      missing: [],
    };
  }
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
