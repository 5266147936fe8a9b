import type { EvalOptions } from '../eval-scalar/context.ts';
import type { Status } from '../eval-scalar/decide.ts';
import { IN_FORCE_ID, inForceOn } from '../program/in-force.ts';
import type { Program } from '../program/types.ts';
import { isIsoDate } from '../util/dates.ts';
import type { Column, Columns } from './columns.ts';
import { type Chunk, type Kernel, NodeCompiler } from './compile-node.ts';
import { compileFused } from './fused.ts';
import { bit } from './lanes.ts';

/**
 * Status per household: 1 eligible, 0 ineligible, -1 unknown, 3 unavailable (exactly the
 * households for which `decide` throws ParameterLookupError). Amount NaN when null.
 */
export interface BatchResult {
  readonly status: Int8Array;
  readonly amount: Float64Array;
  /**
   * Per criterion: 1 true, 0 false, -1 unknown. For an unavailable household, a criterion
   * whose own evaluation hit the failed lookup reads -1; the others keep their outcome.
   */
  readonly criteria: Readonly<Record<string, Int8Array>>;
}

export interface BatchProgram {
  readonly program: Program;
  readonly date: string;
  run(columns: Columns): BatchResult;
}

/**
 * A date the program did not exist on: every household ineligible, as `decide` answers, and no
 * criterion of the program's own evaluated (-1); the in-force criterion column reads false (0).
 */
function notInForceBatch(program: Program, date: string): BatchProgram {
  return {
    program,
    date,
    run(cols: Columns): BatchResult {
      const criteria = Object.fromEntries(program.criteria.map((c) => [c.id, new Int8Array(cols.n).fill(-1)]));
      criteria[IN_FORCE_ID] = new Int8Array(cols.n);
      return { status: new Int8Array(cols.n), amount: new Float64Array(cols.n).fill(Number.NaN), criteria };
    },
  };
}

/** Households per slice: big enough to amortise per-node overhead, small enough to stay in cache. */
const CHUNK = 2048;

/** Status code of a household whose evaluation needs a parameter value the data lacks. */
export const UNAVAILABLE = 3;

/**
 * Compile a program for one evaluation date: one fused loop (fused.ts) decides every household
 * whose evaluation stays known and in the tables; the rest go through the column kernels below.
 * Gives the same status and amount as `decide` for every household (property-tested).
 */
export function compileBatch(program: Program, opts: EvalOptions): BatchProgram {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
  if (!inForceOn(program, opts.date)) return notInForceBatch(program, opts.date);
  const exact = compileColumnar(program, opts);
  const fused = compileFused(program, opts.date);
  if (fused === null) return exact;
  // Row numbers handed over, reused across runs: they are read back before `run` returns.
  let handedOver = new Int32Array(0);
  return {
    program,
    date: opts.date,
    run(cols: Columns): BatchResult {
      const status = new Int8Array(cols.n);
      const amount = new Float64Array(cols.n);
      const criteria = Object.fromEntries(program.criteria.map((c) => [c.id, new Int8Array(cols.n)]));
      if (handedOver.length < cols.n) handedOver = new Int32Array(cols.n);
      const deferred = handedOver;
      const nd = fused(cols, status, amount, Object.values(criteria), deferred);
      if (nd === 0) return { status, amount, criteria };
      // Households with an unknown value or a failed lookup: decided lane-exactly, then put back.
      const rows = deferred.subarray(0, nd);
      const rest = exact.run(pick(cols, rows));
      for (let k = 0; k < nd; k++) {
        const i = rows[k] as number;
        status[i] = rest.status[k] as number;
        amount[i] = rest.amount[k] as number;
        for (const [id, col] of Object.entries(criteria)) col[i] = (rest.criteria[id] as Int8Array)[k] as number;
      }
      return { status, amount, criteria };
    },
  };
}

/**
 * The lane-exact column kernels alone (compile-node.ts), what `compileBatch` falls back to.
 * Neither a table key no cell covers nor a date outside a parameter's periods throws here; each
 * marks the household unavailable (status 3) exactly when `decide` would throw for it. Both
 * branches of an if/else are computed, but a lookup failure only counts where the scalar
 * evaluator would have evaluated it (see lanes.ts).
 */
export function compileColumnar(program: Program, opts: EvalOptions): BatchProgram {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
  if (!inForceOn(program, opts.date)) return notInForceBatch(program, opts.date);
  const nc = new NodeCompiler(program, opts.date);
  const criteria = program.criteria.map((c) => [c.id, nc.compile(c.expr, false)] as const);
  const amount: Kernel | null = program.amount ? nc.compile(program.amount.expr, false) : null;

  return {
    program,
    date: opts.date,
    run(cols: Columns): BatchResult {
      const status = new Int8Array(cols.n);
      const amountOut = new Float64Array(cols.n).fill(Number.NaN);
      const critOut = Object.fromEntries(criteria.map(([id]) => [id, new Int8Array(cols.n)]));
      for (let a = 0; a < cols.n; a += CHUNK) {
        const chunk = slice(cols, a, Math.min(cols.n, a + CHUNK));
        const st = new Int8Array(chunk.n).fill(1);
        // Lanes where `decide` throws while running criteria (fails whatever the status) and
        // where listing missing inputs or running the amount throws (only if not ineligible).
        const failed = new Uint8Array(chunk.n);
        const later = new Uint8Array(chunk.n);
        for (const [id, k] of criteria) {
          const o = k(chunk);
          const col = o.v as Int8Array;
          const dest = critOut[id] as Int8Array;
          // Copy first: the column may be an input or a memoised variable, never written.
          dest.set(col, a);
          for (let i = 0; i < chunk.n; i++) {
            if (bit(o.f, i)) {
              failed[i] = 1;
              dest[a + i] = -1;
            } else if (col[i] === 0) st[i] = 0;
            else if (col[i] === -1 && st[i] === 1) st[i] = -1;
            if (bit(o.u, i)) later[i] = 1;
          }
        }
        if (amount && st.some((s, i) => s !== 0 && failed[i] === 0)) {
          const am = amount(chunk);
          const v = am.v as Float64Array;
          for (let i = 0; i < chunk.n; i++) {
            if (bit(am.u, i)) later[i] = 1;
            if (st[i] === 1) amountOut[a + i] = v[i] as number;
          }
        }
        for (let i = 0; i < chunk.n; i++) {
          if (failed[i] === 1 || (later[i] === 1 && st[i] !== 0)) {
            st[i] = UNAVAILABLE;
            amountOut[a + i] = Number.NaN;
          }
        }
        status.set(st, a);
      }
      return { status, amount: amountOut, criteria: critOut };
    },
  };
}

/** The given households (by index, ascending) as columns of their own. */
export function pick(cols: Columns, rows: Int32Array): Columns {
  const n = rows.length;
  const off = cols.memberOffsets;
  const memberOffsets = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const i = rows[k] as number;
    memberOffsets[k + 1] = (memberOffsets[k] as number) + (off[i + 1] as number) - (off[i] as number);
  }
  const m = memberOffsets[n] as number;
  const household: Record<string, Column> = {};
  for (const [name, col] of Object.entries(cols.household)) {
    const out = col instanceof Float64Array ? new Float64Array(n) : new Int8Array(n);
    for (let k = 0; k < n; k++) out[k] = col[rows[k] as number] as number;
    household[name] = out;
  }
  const member: Record<string, Column> = {};
  for (const [name, col] of Object.entries(cols.member)) {
    const out = col instanceof Float64Array ? new Float64Array(m) : new Int8Array(m);
    for (let k = 0; k < n; k++) {
      const i = rows[k] as number;
      out.set(col.subarray(off[i] as number, off[i + 1] as number), memberOffsets[k] as number);
    }
    member[name] = out;
  }
  const membersKnown = new Int8Array(n);
  for (let k = 0; k < n; k++) membersKnown[k] = cols.membersKnown[rows[k] as number] as number;
  return { n, household, member, membersKnown, memberOffsets };
}

function slice(cols: Columns, a: number, b: number): Chunk {
  const off = cols.memberOffsets;
  const ma = off[a] as number;
  const mb = off[b] as number;
  const offsets = new Int32Array(b - a + 1);
  const owner = new Int32Array(mb - ma);
  for (let i = a; i < b; i++) {
    offsets[i - a + 1] = (off[i + 1] as number) - ma;
    owner.fill(i - a, (off[i] as number) - ma, (off[i + 1] as number) - ma);
  }
  const view = (rec: Readonly<Record<string, Column>>, x: number, y: number) =>
    Object.fromEntries(Object.entries(rec).map(([k, col]) => [k, col.subarray(x, y)]));
  return {
    n: b - a,
    m: mb - ma,
    household: view(cols.household, a, b),
    member: view(cols.member, ma, mb),
    membersKnown: cols.membersKnown.subarray(a, b),
    offsets,
    owner,
    vars: new Map(),
  };
}

/** A decision's status, or 'unavailable' where `decide` would throw ParameterLookupError. */
export type BatchStatus = Status | 'unavailable';

const NAMES: Record<number, BatchStatus> = {
  1: 'eligible',
  0: 'ineligible',
  [-1]: 'unknown',
  [UNAVAILABLE]: 'unavailable',
};
/** 1 / 0 / -1 / 3 → 'eligible' / 'ineligible' / 'unknown' / 'unavailable'. */
export function statusName(code: number): BatchStatus {
  return NAMES[code] ?? 'unknown';
}
