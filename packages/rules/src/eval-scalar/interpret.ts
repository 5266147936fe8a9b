import { assertNever, type Expr, type Variable } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Member } from '../schema/schema.ts';
import { dateToNum, wholeYears } from '../util/dates.ts';
import { type Ctx, keyOf, norm, paramValue, type Val } from './context.ts';

/**
 * The reference semantics every other backend is tested against. Kleene logic:
 * `false and unknown = false`, `true or unknown = true`; arithmetic, comparison and
 * min/max with an unknown operand are unknown; division by zero is unknown.
 */
export function evalExpr(ctx: Ctx, e: Expr, m: Member | null, mi: number): Val {
  switch (e.kind) {
    case 'num':
    case 'bool':
    case 'str':
      return e.value;
    case 'input': {
      const val = e.scope === 'member' ? norm((m as Member)[e.field]) : norm(ctx.household[e.field]);
      if (ctx.trace) ctx.trace.inputs.set(e.scope === 'member' ? `members[${mi}].${e.field}` : e.field, val);
      return val;
    }
    case 'param': {
      const keys: string[] = [];
      for (const k of e.keys) {
        const kv = evalExpr(ctx, k, m, mi);
        if (kv === null) return null;
        keys.push(keyOf(kv as number | string));
      }
      const def = ctx.program.parameters.get(e.id) as ParameterDef;
      const value = paramValue(ctx, def, keys);
      return def.unit === 'bool' ? value !== 0 : value;
    }
    case 'ref':
      return variableValue(ctx, e.id);
    case 'arith': {
      const l = evalExpr(ctx, e.left, m, mi);
      const r = evalExpr(ctx, e.right, m, mi);
      if (l === null || r === null) return null;
      return arith(e.op, l as number, r as number);
    }
    case 'round': {
      const x = evalExpr(ctx, e.arg, m, mi);
      return x === null ? null : roundTo(e.mode, x as number, e.step);
    }
    case 'convert': {
      const x = evalExpr(ctx, e.arg, m, mi);
      const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
      return x === null ? null : ((x as number) * mul) / div;
    }
    case 'minmax': {
      let acc: number | null = null;
      for (const a of e.args) {
        const x = evalExpr(ctx, a, m, mi);
        if (x === null) return null;
        acc = acc === null ? (x as number) : e.op === 'min' ? Math.min(acc, x as number) : Math.max(acc, x as number);
      }
      return acc;
    }
    case 'compare': {
      const l = evalExpr(ctx, e.left, m, mi);
      const r = evalExpr(ctx, e.right, m, mi);
      return l === null || r === null ? null : compareValues(e.op, l, r);
    }
    case 'oneOf': {
      const x = evalExpr(ctx, e.arg, m, mi);
      return x === null ? null : e.values.includes(x as string);
    }
    case 'logic': {
      // Kleene: a decisive operand (false for and, true for or) wins over unknowns.
      const decisive = e.op === 'or';
      let unknown = false;
      for (const a of e.args) {
        const x = evalExpr(ctx, a, m, mi);
        if (x === decisive) return decisive;
        if (x === null) unknown = true;
      }
      return unknown ? null : !decisive;
    }
    case 'not': {
      const x = evalExpr(ctx, e.arg, m, mi);
      return x === null ? null : !x;
    }
    case 'if': {
      const c = evalExpr(ctx, e.cond, m, mi);
      if (c === null) return null;
      return evalExpr(ctx, c ? e.ifTrue : e.ifFalse, m, mi);
    }
    case 'aggregate':
      return aggregate(ctx, e.op, e.body);
    case 'yearsSince': {
      const d = evalExpr(ctx, e.arg, m, mi);
      return d === null ? null : wholeYears(dateToNum(d as string), ctx.asOf);
    }
    default:
      return assertNever(e);
  }
}

export function variableValue(ctx: Ctx, id: string): Val {
  // Values are never undefined (unknown is null), so one lookup answers "computed yet?".
  const hit = ctx.memo.get(id);
  if (hit !== undefined) return hit;
  const x = ctx.program.variables.get(id) as Variable;
  const val = evalExpr(ctx, x.expr, null, -1);
  ctx.memo.set(id, val);
  return val;
}

function aggregate(ctx: Ctx, op: 'sum' | 'count' | 'any' | 'all', body: Expr): Val {
  const members = ctx.members;
  if (members === null) return null;
  let acc = 0;
  let unknown = false;
  for (let i = 0; i < members.length; i++) {
    const x = evalExpr(ctx, body, members[i] as Member, i);
    if (x === null) {
      if (op === 'sum' || op === 'count') return null;
      unknown = true;
    } else if (op === 'sum') acc += x as number;
    else if (op === 'count') acc += x ? 1 : 0;
    else if (op === 'any' && x === true) return true;
    else if (op === 'all' && x === false) return false;
  }
  if (op === 'sum' || op === 'count') return acc;
  return unknown ? null : op === 'all';
}

export function arith(op: 'add' | 'sub' | 'mul' | 'div', l: number, r: number): number | null {
  switch (op) {
    case 'add':
      return l + r;
    case 'sub':
      return l - r;
    case 'mul':
      return l * r;
    case 'div':
      return r === 0 ? null : l / r;
    default:
      return assertNever(op);
  }
}

export function roundTo(mode: 'floor' | 'ceil' | 'round', x: number, step: number): number {
  const q = x / step;
  return (mode === 'floor' ? Math.floor(q) : mode === 'ceil' ? Math.ceil(q) : Math.floor(q + 0.5)) * step;
}

export function compareValues(op: 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne', l: Val, r: Val): boolean {
  switch (op) {
    case 'lt':
      return (l as number) < (r as number);
    case 'le':
      return (l as number) <= (r as number);
    case 'gt':
      return (l as number) > (r as number);
    case 'ge':
      return (l as number) >= (r as number);
    case 'eq':
      return l === r;
    case 'ne':
      return l !== r;
    default:
      return assertNever(op);
  }
}
