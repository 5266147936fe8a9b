import type { EvalOptions } from '../eval-scalar/context.ts';
import type { Aggregate } from '../expr/nodes.ts';
import type { ParameterDef } from '../parameters/types.ts';
import { inForceOn } from '../program/in-force.ts';
import type { Program } from '../program/types.ts';
import { isIsoDate } from '../util/dates.ts';
import type { Column, Columns } from './columns.ts';
import { FusedCompiler } from './fused-compiler.ts';
import { Unsupported } from './fused-param.ts';
import { type BatchProgram, type BatchResult, compileBatch, pick } from './run.ts';
import { paramsOf, sharedVariables } from './shared-vars.ts';

/** Many programs compiled together for one date (see `compileCatalogBatch`). */
export interface CatalogBatch {
  readonly programs: readonly Program[];
  readonly date: string;
  /**
   * One result per program, in the order given: each exactly what `compileBatch(program).run` gives.
   * With `reuse`, the arrays are this batch's own, overwritten by its next run with `reuse` (a
   * caller screening a list block by block reads each block's results before the next): no
   * allocating and zeroing 20-odd arrays per program per block.
   */
  run(columns: Columns, opts?: { readonly reuse?: boolean }): BatchResult[];
}

/** Households per chunk: the shared variable columns of a chunk stay in cache for every program's pass. */
const CHUNK = 1024;

type CatalogKernel = (
  cols: Columns,
  st: Int8Array,
  am: Float64Array,
  crit: readonly Int8Array[],
  deferred: Int32Array,
  nd: number,
  a: number,
  b: number,
  S: readonly Column[],
  BAD: Uint8Array,
) => number;
type SharedKernel = (cols: Columns, S: readonly Column[], BAD: Uint8Array, a: number, b: number) => void;

interface Fused {
  readonly k: number;
  readonly kernel: CatalogKernel;
  deferred: Int32Array;
}

/**
 * A catalog compiled for one date: work several programs share (household size, 소득인정액,
 * 기준 중위소득 … every variable two programs compute alike, see shared-vars.ts) is computed once
 * per chunk of households into columns, then each program's fused loop (fused.ts) reads it from
 * there. A household for which a lookup fails, in the shared part or a program's, is decided for
 * that program by `compileBatch` (its fused loops, then the lane-exact kernels), so every result
 * is `compileBatch`'s, and so `decide`'s (property-tested). Programs the fused loop does not
 * cover, not in force on the date, or on another schema simply run `compileBatch`.
 */
export function compileCatalogBatch(programs: readonly Program[], opts: EvalOptions): CatalogBatch {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
  const date = opts.date;
  // Compiled when first needed: a fused program needs its own only for households its catalog
  // loop hands back, and compiling all of them was most of `jibsa screen-many`'s start-up.
  const singles: (BatchProgram | undefined)[] = new Array(programs.length);
  const single = (k: number): BatchProgram => {
    let s = singles[k];
    if (s === undefined) {
      s = compileBatch(programs[k] as Program, opts);
      singles[k] = s;
    }
    return s;
  };
  const schema = programs.find((p) => inForceOn(p, date))?.schema;
  const candidates = programs.flatMap((p, k) => (inForceOn(p, date) && p.schema === schema ? [k] : []));
  const plan = compilePlan(programs, candidates, date, true) ?? compilePlan(programs, candidates, date, false);
  const { fused, shared, columns } = plan as NonNullable<typeof plan>;
  const bad = new Uint8Array(CHUNK);
  const fusedAt = new Set(fused.map((f) => f.k));
  let pool: BatchResult[] = [];

  return {
    programs,
    date,
    run(cols: Columns, opts?: { readonly reuse?: boolean }): BatchResult[] {
      const n = cols.n;
      if (opts?.reuse && (pool[0]?.status.length ?? -1) < n) pool = programs.map((p) => emptyResult(p, n));
      const results = programs.map((p, k) => {
        if (!fusedAt.has(k)) return single(k).run(cols);
        return opts?.reuse ? view(pool[k] as BatchResult, n) : emptyResult(p, n);
      });
      const crits = results.map((r, k) => (programs[k] as Program).criteria.map((c) => r.criteria[c.id] as Int8Array));
      const nds = fused.map((f) => {
        if (f.deferred.length < n) f.deferred = new Int32Array(n);
        return 0;
      });
      for (let a = 0; a < n; a += CHUNK) {
        const b = Math.min(n, a + CHUNK);
        if (shared) shared(cols, columns, bad, a, b);
        for (let x = 0; x < fused.length; x++) {
          const f = fused[x] as Fused;
          const r = results[f.k] as BatchResult;
          nds[x] = f.kernel(
            cols,
            r.status,
            r.amount,
            crits[f.k] as Int8Array[],
            f.deferred,
            nds[x] as number,
            a,
            b,
            columns,
            bad,
          );
        }
      }
      fused.forEach((f, x) => {
        const nd = nds[x] as number;
        if (nd > 0) putBack(results[f.k] as BatchResult, single(f.k), cols, f.deferred.subarray(0, nd));
      });
      return results;
    },
  };
}

/** Each candidate's catalog kernel, and the shared kernel with its columns (none when `share` is false). */
function compilePlan(programs: readonly Program[], candidates: readonly number[], date: string, share: boolean) {
  const sv = share ? sharedVariables(candidates.map((k) => programs[k] as Program)) : null;
  const index = new Map<string, number>();
  const aggregates = new Map<string, Aggregate>();
  const lookup = (id: string, agg?: { expr: Aggregate; program: Program }, computedOnly?: boolean) => {
    if (computedOnly) return index.get(id);
    if (agg !== undefined && sv !== null) {
      if (!foldable(sv.program.parameters as Map<string, ParameterDef>, agg.expr, agg.program)) return undefined;
      aggregates.set(id, agg.expr);
    } else if (!sv?.program.variables.has(id)) return undefined;
    let x = index.get(id);
    if (x === undefined) {
      x = index.size;
      index.set(id, x);
    }
    return x;
  };
  const fused: Fused[] = [];
  for (const k of candidates) {
    try {
      const kernel = new FusedCompiler(programs[k] as Program, date, true, lookup).build() as CatalogKernel;
      fused.push({ k, kernel, deferred: new Int32Array(0) });
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  if (!sv || index.size === 0) return { fused, shared: null, columns: [] as Column[] };
  try {
    const sc = new FusedCompiler(sv.program, date, true);
    const ids = [...index.keys()];
    const shared = sc.buildShared(ids, aggregates) as SharedKernel;
    const numeric = (id: string) => {
      const op = aggregates.get(id)?.op;
      return op === undefined ? sc.numericVariable(id) : op === 'sum' || op === 'count';
    };
    const columns = ids.map((id) => (numeric(id) ? new Float64Array(CHUNK) : new Int8Array(CHUNK)));
    return { fused, shared, columns };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return null;
  }
}

/**
 * Whether the shared kernel may compute a program's member aggregate: every figure it reads is the
 * definition the shared part reads under that id (then recorded so), as shared-vars.ts requires of
 * shared variables. The aggregate's key leaves definitions out, so a program defining a figure its
 * own way keeps its own member pass.
 */
function foldable(figures: Map<string, ParameterDef>, agg: Aggregate, program: Program): boolean {
  const defs = paramsOf(agg).map((id) => [id, program.parameters.get(id)] as const);
  if (defs.some(([id, d]) => d === undefined || (figures.get(id) ?? d) !== d)) return false;
  for (const [id, d] of defs) figures.set(id, d as ParameterDef);
  return true;
}

function emptyResult(p: Program, n: number): BatchResult {
  const criteria: Record<string, Int8Array> = {};
  for (const c of p.criteria) criteria[c.id] = new Int8Array(n);
  return { status: new Int8Array(n), amount: new Float64Array(n), criteria };
}

/** The first n households of a result's arrays (no copy). */
function view(r: BatchResult, n: number): BatchResult {
  const criteria: Record<string, Int8Array> = {};
  for (const [id, col] of Object.entries(r.criteria)) criteria[id] = col.subarray(0, n);
  return { status: r.status.subarray(0, n), amount: r.amount.subarray(0, n), criteria };
}

/** Households handed over (a failed lookup somewhere): decided by the program's own batch, then put back. */
function putBack(res: BatchResult, single: BatchProgram, cols: Columns, rows: Int32Array) {
  const rest = single.run(pick(cols, rows));
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    res.status[i] = rest.status[k] as number;
    res.amount[i] = rest.amount[k] as number;
    for (const [id, col] of Object.entries(res.criteria)) col[i] = (rest.criteria[id] as Int8Array)[k] as number;
  }
}
