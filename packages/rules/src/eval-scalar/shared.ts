import { children, type Expr } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import type { Ctx } from './context.ts';

/**
 * Per variable slot of a program, the key its value is shared under: the same expression object
 * resolving to the same parameter definitions and variable expressions everywhere below it. Two
 * programs agree on a key only when evaluating the variable is the same computation in both (a
 * center's local program naming a figure differently gets its own key).
 */
type Registry = WeakMap<Expr, { readonly env: readonly unknown[]; readonly key: number }[]>;
const registry: Registry = new WeakMap();
const reasonRegistry: Registry = new WeakMap();

/**
 * Keys are small integers, so a store indexes arrays by them (context.ts SharedValues) instead of
 * hashing objects: a Map per household was most of what taking a shared value cost.
 */
let nextKey = 0;
let nextReasonKey = 0;

function keysOf(program: Program, reasons: boolean): number[] {
  const keys: number[] = [];
  const known = reasons ? reasonRegistry : registry;
  for (const id of program.variableOrder) {
    const variable = program.variables.get(id) as { expr: Expr };
    const expr = variable.expr;
    // A reason words the variables' and fields' labels too: the same objects, not just the same computation.
    const env: unknown[] = reasons ? [variable, program.schema] : [];
    envOf(program, expr, new Set(), env, reasons);
    let entries = known.get(expr);
    if (entries === undefined) {
      entries = [];
      known.set(expr, entries);
    }
    let key = entries.find((x) => sameEnv(x.env, env))?.key;
    if (key === undefined) {
      key = reasons ? nextReasonKey++ : nextKey++;
      entries.push({ env, key });
    }
    keys.push(key);
  }
  return keys;
}

/** The share key of one variable slot of the evaluation's program (keys worked out once per plan). */
export function shareKeyOf(ctx: Ctx, slot: number): number {
  const plan = ctx.plan;
  if (plan.shareKeys === null) plan.shareKeys = keysOf(ctx.program, false);
  return plan.shareKeys[slot] as number;
}

/**
 * The key a reason for a variable is shared under between programs (explain/sentences.ts
 * sharedReason): as its share key, with the variable objects (their labels are worded) and the
 * schema (its field names are) the same objects too.
 */
export function reasonKeyOf(ctx: Ctx, slot: number): number {
  const plan = ctx.plan;
  if (plan.reasonKeys === null) plan.reasonKeys = keysOf(ctx.program, true);
  return plan.reasonKeys[slot] as number;
}

/** What the expression's names resolve to in the program, in a fixed walk order. */
function envOf(program: Program, e: Expr, seen: Set<string>, out: unknown[], variables: boolean): void {
  if (e.kind === 'param') out.push(e.id, program.parameters.get(e.id));
  if (e.kind === 'ref' && !seen.has(e.id)) {
    seen.add(e.id);
    const x = program.variables.get(e.id);
    out.push(e.id, variables ? x : x?.expr);
    if (x) envOf(program, x.expr, seen, out, variables);
  }
  for (const [, child] of children(e)) envOf(program, child, seen, out, variables);
}

function sameEnv(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
