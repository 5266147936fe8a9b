import { assertNever, children, type Expr, type Variable } from '../expr/nodes.ts';
import type { Member } from '../schema/schema.ts';
import type { Ctx } from './context.ts';
import { evalExpr } from './interpret.ts';

/**
 * Which unknown inputs an unknown value depends on. Because Kleene logic and strict
 * arithmetic are monotone (filling in an unknown never changes a known value), only
 * subtrees that are themselves unknown can matter: `false and X` never asks about X.
 * Called only for values already known to be unknown, so the fast path pays nothing.
 */
export function unknownInputs(ctx: Ctx, e: Expr, m: Member | null, mi: number, out: Set<string>): void {
  const unknownChild = (c: Expr) => {
    if (evalExpr(ctx, c, m, mi) === null) unknownInputs(ctx, c, m, mi, out);
  };
  switch (e.kind) {
    case 'num':
    case 'bool':
    case 'str':
      return;
    case 'input':
      out.add(e.scope === 'member' ? `members[${mi}].${e.field}` : e.field);
      return;
    case 'ref': {
      for (const p of variableDeps(ctx, e.id)) out.add(p);
      return;
    }
    case 'if': {
      const c = evalExpr(ctx, e.cond, m, mi);
      if (c === null) {
        unknownChild(e.cond);
        unknownChild(e.ifTrue);
        unknownChild(e.ifFalse);
      } else unknownChild(c ? e.ifTrue : e.ifFalse);
      return;
    }
    case 'aggregate': {
      if (ctx.members === null) {
        out.add('members');
        return;
      }
      ctx.members.forEach((mem, i) => {
        if (evalExpr(ctx, e.body, mem, i) === null) unknownInputs(ctx, e.body, mem, i, out);
      });
      return;
    }
    case 'param':
    case 'arith':
    case 'round':
    case 'convert':
    case 'minmax':
    case 'compare':
    case 'oneOf':
    case 'logic':
    case 'not':
    case 'yearsSince':
      // Strict nodes, and logic whose value is unknown (so no operand was decisive).
      for (const [, c] of children(e)) unknownChild(c);
      return;
    default:
      assertNever(e);
  }
}

const depMemo = new WeakMap<Ctx, Map<string, ReadonlySet<string>>>();

function variableDeps(ctx: Ctx, id: string): ReadonlySet<string> {
  let memo = depMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    depMemo.set(ctx, memo);
  }
  const hit = memo.get(id);
  if (hit) return hit;
  const x = ctx.program.variables.get(id) as Variable;
  const out = new Set<string>();
  if (evalExpr(ctx, x.expr, null, -1) === null) unknownInputs(ctx, x.expr, null, -1, out);
  memo.set(id, out);
  return out;
}
