import { children, type Expr } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import type { Ctx } from './context.ts';

/**
 * Per variable slot of a program, the key its value is shared under: the same expression object
 * resolving to the same parameter definitions and variable expressions everywhere below it. Two
 * programs agree on a key only when evaluating the variable is the same computation in both (a
 * center's local program naming a figure differently gets its own key).
 */
const registry = new WeakMap<Expr, { readonly env: readonly unknown[]; readonly key: number }[]>();

/**
 * Keys are small integers, so a store indexes arrays by them (context.ts SharedValues) instead of
 * hashing objects: a Map per household was most of what taking a shared value cost.
 */
let nextKey = 0;

function shareKeysOf(program: Program): number[] {
  const keys: number[] = [];
  for (const id of program.variableOrder) {
    const expr = (program.variables.get(id) as { expr: Expr }).expr;
    const env: unknown[] = [];
    envOf(program, expr, new Set(), env);
    let entries = registry.get(expr);
    if (entries === undefined) {
      entries = [];
      registry.set(expr, entries);
    }
    let key = entries.find((x) => sameEnv(x.env, env))?.key;
    if (key === undefined) {
      key = nextKey++;
      entries.push({ env, key });
    }
    keys.push(key);
  }
  return keys;
}

/** The share key of one variable slot of the evaluation's program (keys worked out once per plan). */
export function shareKeyOf(ctx: Ctx, slot: number): number {
  const plan = ctx.plan;
  if (plan.shareKeys === null) plan.shareKeys = shareKeysOf(ctx.program);
  return plan.shareKeys[slot] as number;
}

/** What the expression's names resolve to in the program, in a fixed walk order. */
function envOf(program: Program, e: Expr, seen: Set<string>, out: unknown[]): void {
  if (e.kind === 'param') out.push(e.id, program.parameters.get(e.id));
  if (e.kind === 'ref' && !seen.has(e.id)) {
    seen.add(e.id);
    const x = program.variables.get(e.id);
    out.push(e.id, x?.expr);
    if (x) envOf(program, x.expr, seen, out);
  }
  for (const [, child] of children(e)) envOf(program, child, seen, out);
}

function sameEnv(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
