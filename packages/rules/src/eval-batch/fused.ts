import type { Program } from '../program/types.ts';
import type { Columns } from './columns.ts';
import { FusedCompiler } from './fused-compiler.ts';
import { Unsupported } from './fused-param.ts';

/**
 * A program compiled for one date into ONE generated JavaScript loop over the columns: every
 * parameter in force that day is a constant or a dense lookup array, every variable computed at
 * most once per household, no per-node arrays. It follows interpret.ts step by step (Kleene's
 * unknown kept, operands walked in the same order, the same arithmetic). It hands back by index
 * the households where a lookup fails or might fail (the interpreter would throw) for the
 * lane-exact column kernels (compile-node.ts) to decide.
 */
export type FusedKernel = (
  cols: Columns,
  status: Int8Array,
  amount: Float64Array,
  criteria: readonly Int8Array[],
  deferred: Int32Array,
) => number;

/**
 * Compiles `program` for `date`, or null when it uses something the fused loop does not cover.
 * Two loops: a fast one computes every variable and member sum once per household, up front
 * (no memo, no calls); a household for which that meets a failed lookup is re-run by a lazy
 * loop that evaluates exactly what the interpreter evaluates, which defers it only when the
 * interpreter would throw.
 */
export function compileFused(program: Program, date: string): FusedKernel | null {
  try {
    const fast = new FusedCompiler(program, date, true).build() as (...a: unknown[]) => number;
    const lazy = new FusedCompiler(program, date, false).build() as (...a: unknown[]) => number;
    return (cols, st, am, crit, deferred) => {
      const retry = fast(cols, st, am, crit, deferred);
      // In place: the lazy loop reads row k before it writes deferred[nd] with nd <= k.
      return retry === 0 ? 0 : lazy(cols, st, am, crit, deferred, deferred, retry);
    };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
