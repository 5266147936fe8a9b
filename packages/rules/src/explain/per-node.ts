import type { Expr } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';

/**
 * A program's table of wording facts by expression node (compare.ts, shapes.ts), made on first
 * use: facts that follow from the program alone are worked out once, not per household.
 */
export function byExprOf<T>(by: WeakMap<Program, Map<Expr, T>>, program: Program): Map<Expr, T> {
  let byExpr = by.get(program);
  if (byExpr === undefined) {
    byExpr = new Map();
    by.set(program, byExpr);
  }
  return byExpr;
}
