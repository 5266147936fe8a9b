import type { EvalOptions } from '../eval-scalar/context.ts';
import type { Status } from '../eval-scalar/decide.ts';
import type { Program } from '../program/types.ts';
import { isIsoDate } from '../util/dates.ts';
import type { Column, Columns } from './columns.ts';
import { type Chunk, type Kernel, NodeCompiler } from './compile-node.ts';

/** Status per household: 1 eligible, 0 ineligible, -1 unknown. Amount NaN when null. */
export interface BatchResult {
  readonly status: Int8Array;
  readonly amount: Float64Array;
  /** Per criterion: 1 true, 0 false, -1 unknown. */
  readonly criteria: Readonly<Record<string, Int8Array>>;
}

export interface BatchProgram {
  readonly program: Program;
  readonly date: string;
  run(columns: Columns): BatchResult;
}

/** Households per slice: big enough to amortise per-node overhead, small enough to stay in cache. */
const CHUNK = 2048;

/**
 * Compile a program for one evaluation date into column kernels. Parameters are resolved
 * now, so a date outside a parameter's periods fails here rather than per row.
 * Gives the same status and amount as `decide` for every household (property-tested).
 * One known difference: both branches of an if/else are evaluated, so a table lookup error
 * in a branch the scalar evaluator would skip still throws.
 */
export function compileBatch(program: Program, opts: EvalOptions): BatchProgram {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
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
        for (const [id, k] of criteria) {
          const col = k(chunk) as Int8Array;
          (critOut[id] as Int8Array).set(col, a);
          for (let i = 0; i < chunk.n; i++) {
            if (col[i] === 0) st[i] = 0;
            else if (col[i] === -1 && st[i] === 1) st[i] = -1;
          }
        }
        status.set(st, a);
        if (amount && st.includes(1)) {
          const am = amount(chunk) as Float64Array;
          for (let i = 0; i < chunk.n; i++) if (st[i] === 1) amountOut[a + i] = am[i] as number;
        }
      }
      return { status, amount: amountOut, criteria: critOut };
    },
  };
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

const NAMES: Record<number, Status> = { 1: 'eligible', 0: 'ineligible', [-1]: 'unknown' };
/** 1 / 0 / -1 → 'eligible' / 'ineligible' / 'unknown'. */
export function statusName(code: number): Status {
  return NAMES[code] ?? 'unknown';
}
