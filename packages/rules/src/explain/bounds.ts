import type { Ctx } from '../eval-scalar/context.ts';
import { evalExpr } from '../eval-scalar/interpret.ts';
import type { Compare, Expr } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import type { Member } from '../schema/schema.ts';

/**
 * A rule decided by bounds of a figure that is not known exactly (소득인정액 taken at its lowest and at
 * its highest, as the answers so far allow) would be worded by every bound that decided it: "가구
 * 소득인정액 (가장 적게 잡아도) 1,500,000원이 … 초과입니다; … (가장 많게 잡아도) 11,116,000원이 …
 * 초과입니다; (가장 적게 잡아도) 1,875,300원이 … 초과입니다; …". One of them tells it: over the line
 * even taken at its lowest (the smallest bound over the line), or within it even taken at its
 * highest (the largest bound within). That comparison, or null when some part that would be worded
 * is not a bound compared with a line (then every part is worded, as before).
 */
export function tellingBound(ctx: Ctx, e: Expr, outcome: boolean, m: Member | null, mi: number): Compare | null {
  const leaves: Compare[] = [];
  if (!boundLeaves(ctx, e, outcome, outcome, m, mi, leaves) || leaves.length < 2) return null;
  let best: Compare | null = null;
  let bestValue = 0;
  for (const leaf of leaves) {
    const v = evalExpr(ctx, leaf.left, m, mi);
    if (typeof v !== 'number') return null;
    if (best === null || (outcome ? v > bestValue : v < bestValue)) {
      best = leaf;
      bestValue = v;
    }
  }
  return best;
}

/** The comparisons wording `e` (with outcome `o`) would word, if each is "a bound ≤ a line" with the rule's outcome. */
function boundLeaves(
  ctx: Ctx,
  e: Expr,
  o: boolean,
  outcome: boolean,
  m: Member | null,
  mi: number,
  out: Compare[],
): boolean {
  switch (e.kind) {
    case 'logic': {
      // The operands sentences.ts words: the decisive ones, or all when each was needed.
      const decisive = e.op === 'or';
      for (const arg of e.args) {
        const v = evalExpr(ctx, arg, m, mi);
        if (o === decisive && v !== decisive) continue;
        if (typeof v !== 'boolean' || !boundLeaves(ctx, arg, v, outcome, m, mi, out)) return false;
      }
      return true;
    }
    case 'compare':
      if (o !== outcome || (e.op !== 'le' && e.op !== 'lt') || !readsBound(ctx.program, e.left)) return false;
      out.push(e);
      return true;
    default:
      return false;
  }
}

/** A bound variable, or a bound plus something (청년월세's 원가구: a bound plus the parents' income). */
function readsBound(program: Program, x: Expr): boolean {
  if (x.kind === 'ref') return program.variables.get(x.id)?.bound === true;
  return x.kind === 'arith' && x.op === 'add' && readsBound(program, x.left);
}
