import type { Expr } from '../expr/nodes.ts';
import type { Member } from '../schema/schema.ts';
import { wholeYears, ymd } from '../util/dates.ts';
import type { Ctx, Val } from './context.ts';
import { compare, keep, run, slotValue } from './interpret.ts';
import { inputPath, nodeFor, type PNode } from './plan.ts';
import { shareKeyOf } from './shared.ts';
import { arith, roundTo } from './value-ops.ts';

/**
 * Which unknown inputs an unknown value depends on. Because Kleene logic and strict
 * arithmetic are monotone (filling in an unknown never changes a known value), only
 * subtrees that are themselves unknown can matter: `false and X` never asks about X.
 * Called only for values already known to be unknown, so the fast path pays nothing.
 */
export function unknownInputs(ctx: Ctx, e: Expr, m: Member | null, mi: number, out: Set<string>): void {
  collect(ctx, nodeFor(ctx.plan, e), m, mi, out);
}

/** unknownInputs over plan nodes, for a node whose value is unknown; paths in the order operands are visited. */
export function collect(ctx: Ctx, n: PNode, m: Member | null, mi: number, out: Set<string>): void {
  const found: string[] = [];
  gather(ctx, n, m, mi, found);
  for (let i = 0; i < found.length; i++) out.add(found[i] as string);
}

/**
 * A node's value, as `run` gives it, found in one pass with the inputs it lacks: when the value is
 * unknown, `out` gains what each unknown operand lacks, operands in order (an `if` with an unknown
 * condition: condition, then both branches; logic and aggregates: every operand, unless one decides,
 * and then nothing); when it is known, `out` is as it was. Asking each operand "unknown?" with
 * `run` and then descending would evaluate a node once per unknown node above it, and 소득인정액's
 * chains are deep: a 발굴 job asks this for every unknown program of every row.
 */
function gather(ctx: Ctx, n: PNode, m: Member | null, mi: number, out: string[]): Val {
  switch (n.kind) {
    case 'num':
    case 'bool':
    case 'str':
      return n.lit;
    case 'input': {
      const x = run(ctx, n, m, mi);
      if (x === null) out.push(inputPath(n, mi));
      return x;
    }
    case 'ref': {
      const x = slotValue(ctx, n.x);
      if (x === null) for (const p of variableDeps(ctx, n.x)) out.push(p);
      return x;
    }
    case 'param': {
      // Keys first, each for what it lacks; with every key known, the lookup as `run` makes it.
      let known = true;
      for (let i = 0; i < n.args.length; i++) if (gather(ctx, n.args[i] as PNode, m, mi, out) === null) known = false;
      return known ? run(ctx, n, m, mi) : null;
    }
    case 'arith': {
      const l = gather(ctx, n.a as PNode, m, mi, out);
      const r = gather(ctx, n.b as PNode, m, mi, out);
      return l === null || r === null ? null : arith(n.sub as 'add', l as number, r as number);
    }
    case 'compare': {
      const l = gather(ctx, n.a as PNode, m, mi, out);
      return compare(ctx, n, m, l, gather(ctx, n.b as PNode, m, mi, out));
    }
    case 'logic': {
      const x = gatherLogic(ctx, n, m, mi, out);
      return m === null ? keep(ctx, n, x) : x;
    }
    case 'not': {
      const x = gather(ctx, n.a as PNode, m, mi, out);
      return x === null ? null : !x;
    }
    case 'if': {
      const c = gather(ctx, n.a as PNode, m, mi, out);
      let x: Val = null;
      if (c === null) {
        gather(ctx, n.b as PNode, m, mi, out);
        gather(ctx, n.c as PNode, m, mi, out);
      } else x = gather(ctx, (c ? n.b : n.c) as PNode, m, mi, out);
      return m === null ? keep(ctx, n, x) : x;
    }
    case 'shortcut': {
      // `exact` known decides (nothing lacking); else the value and what it lacks are `full`'s, found once.
      const x = run(ctx, n.a as PNode, m, mi);
      return x !== null ? x : gather(ctx, n.b as PNode, m, mi, out);
    }
    case 'aggregate': {
      const x = gatherAggregate(ctx, n, out);
      return m === null ? keep(ctx, n, x) : x;
    }
    case 'minmax': {
      const min = n.sub === 'min';
      let acc: number | null = null;
      let known = true;
      for (let i = 0; i < n.args.length; i++) {
        const x = gather(ctx, n.args[i] as PNode, m, mi, out) as number | null;
        if (x === null) known = false;
        else acc = acc === null ? x : min ? Math.min(acc, x) : Math.max(acc, x);
      }
      return known ? acc : null;
    }
    case 'round': {
      const x = gather(ctx, n.a as PNode, m, mi, out);
      const s = gather(ctx, n.b as PNode, m, mi, out);
      return x === null || s === null ? null : roundTo(n.sub as 'floor', x as number, s as number);
    }
    case 'convert': {
      const x = gather(ctx, n.a as PNode, m, mi, out);
      return x === null ? null : ((x as number) * n.x) / n.y;
    }
    case 'oneOf': {
      const x = gather(ctx, n.a as PNode, m, mi, out);
      return x === null ? null : n.values.includes(x as string);
    }
    case 'yearsSince': {
      const d = gather(ctx, n.a as PNode, m, mi, out);
      return d === null ? null : wholeYears(ymd(d as string), ctx.asOf);
    }
    default:
      throw new Error(`unhandled plan node ${n.kind}`);
  }
}

/** Kleene and/or: an operand that decides takes back what the unknown ones before it lacked. */
function gatherLogic(ctx: Ctx, n: PNode, m: Member | null, mi: number, out: string[]): Val {
  const decisive = n.sub === 'or';
  const mark = out.length;
  let unknown = false;
  for (let i = 0; i < n.args.length; i++) {
    const x = gather(ctx, n.args[i] as PNode, m, mi, out);
    if (x === decisive) {
      out.length = mark;
      return decisive;
    }
    if (x === null) unknown = true;
  }
  return unknown ? null : !decisive;
}

/** An aggregate over every member (a sum with one unknown member still asks what the others lack). */
function gatherAggregate(ctx: Ctx, n: PNode, out: string[]): Val {
  const members = ctx.members;
  if (members === null) {
    out.push('members');
    return null;
  }
  const op = n.sub;
  const body = n.a as PNode;
  const mark = out.length;
  let acc = 0;
  let unknown = false;
  for (let i = 0; i < members.length; i++) {
    const x = gather(ctx, body, members[i] as Member, i, out);
    if (x === null) unknown = true;
    else if (op === 'sum') acc += x as number;
    else if (op === 'count') acc += x ? 1 : 0;
    else if ((op === 'any' && x === true) || (op === 'all' && x === false)) {
      out.length = mark;
      return x;
    }
  }
  if (unknown) return null;
  return op === 'sum' || op === 'count' ? acc : op === 'all';
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
