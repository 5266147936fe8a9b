import type { Expr } from '../expr/nodes.ts';
import type { Member } from '../schema/schema.ts';
import type { Ctx } from './context.ts';
import { run, slotValue } from './interpret.ts';
import { inputPath, nodeFor, type PNode } from './plan.ts';
import { shareKeyOf } from './shared.ts';

/**
 * Which unknown inputs an unknown value depends on. Because Kleene logic and strict
 * arithmetic are monotone (filling in an unknown never changes a known value), only
 * subtrees that are themselves unknown can matter: `false and X` never asks about X.
 * Called only for values already known to be unknown, so the fast path pays nothing.
 */
export function unknownInputs(ctx: Ctx, e: Expr, m: Member | null, mi: number, out: Set<string>): void {
  collect(ctx, nodeFor(ctx.plan, e), m, mi, out);
}

/** unknownInputs over plan nodes; children are visited in `children()` order, so paths keep their order. */
export function collect(ctx: Ctx, n: PNode, m: Member | null, mi: number, out: Set<string>): void {
  switch (n.kind) {
    case 'input':
      out.add(inputPath(n, mi));
      return;
    case 'ref':
      for (const p of variableDeps(ctx, n.x)) out.add(p);
      return;
    case 'if': {
      const c = run(ctx, n.a as PNode, m, mi);
      if (c === null) {
        unknownChild(ctx, n.a as PNode, m, mi, out);
        unknownChild(ctx, n.b as PNode, m, mi, out);
        unknownChild(ctx, n.c as PNode, m, mi, out);
      } else unknownChild(ctx, (c ? n.b : n.c) as PNode, m, mi, out);
      return;
    }
    case 'shortcut':
      // Unknown means `full` is: what it lacks, as explaining `full` alone finds it.
      unknownChild(ctx, n.b as PNode, m, mi, out);
      return;
    case 'aggregate': {
      const members = ctx.members;
      if (members === null) {
        out.add('members');
        return;
      }
      const body = n.a as PNode;
      for (let i = 0; i < members.length; i++) {
        const mem = members[i] as Member;
        if (run(ctx, body, mem, i) === null) collect(ctx, body, mem, i, out);
      }
      return;
    }
    default:
      // Literals have no operands. Strict nodes, and logic whose value is unknown (so no
      // operand was decisive): every unknown operand matters. A node has either a/b or args.
      if (n.a !== null) unknownChild(ctx, n.a, m, mi, out);
      if (n.b !== null) unknownChild(ctx, n.b, m, mi, out);
      for (let i = 0; i < n.args.length; i++) unknownChild(ctx, n.args[i] as PNode, m, mi, out);
  }
}

function unknownChild(ctx: Ctx, c: PNode, m: Member | null, mi: number, out: Set<string>): void {
  if (run(ctx, c, m, mi) === null) collect(ctx, c, m, mi, out);
}

/**
 * Inputs behind one variable, memoised per evaluation like the variable's value, and shared with
 * the household's other programs like the value itself (context.ts SharedValues) when untraced:
 * the programs that test 소득인정액 would each find again what an unknown 소득인정액 lacks.
 */
function variableDeps(ctx: Ctx, slot: number): ReadonlySet<string> {
  if (ctx.deps === null) ctx.deps = [];
  const hit = ctx.deps[slot];
  if (hit !== undefined) return hit;
  // Untraced only: finding the inputs reads figures again, which a trace must list for each program.
  const shared = ctx.trace === null ? ctx.shared : null;
  let key = -1;
  if (shared !== null) {
    key = shareKeyOf(ctx, slot);
    const kept = shared.deps[key];
    if (kept !== undefined) {
      ctx.deps[slot] = kept;
      return kept;
    }
  }
  const out = new Set<string>();
  const x = ctx.plan.vars[slot] as PNode;
  // The memoised value: evaluation is deterministic, so re-running the expression would agree.
  if (slotValue(ctx, slot) === null) collect(ctx, x, null, -1, out);
  ctx.deps[slot] = out;
  if (shared !== null) shared.deps[key] = out;
  return out;
}
