import type { Expr } from '../expr/nodes.ts';
import { periodAsOf, tableCell } from '../parameters/lookup.ts';
import type { ParameterPeriod, TableValue } from '../parameters/types.ts';
import type { Member } from '../schema/schema.ts';
import { wholeYears, ymd } from '../util/dates.ts';
import { addCaptured, captureAll, cellRead, newCaptureMark, noteRead } from './cells.ts';
import { type CellRead, type Ctx, keyOf, norm, type SharedValues, type Val } from './context.ts';
import { inputPath, nodeFor, type PNode } from './plan.ts';
import { shareKeyOf } from './shared.ts';
import { arith, compareValues, roundTo } from './value-ops.ts';

/**
 * The reference semantics every other backend is tested against. Kleene logic:
 * `false and unknown = false`, `true or unknown = true`; arithmetic, comparison and
 * min/max with an unknown operand are unknown; division by zero is unknown.
 */
export function evalExpr(ctx: Ctx, e: Expr, m: Member | null, mi: number): Val {
  return nodeValue(ctx, nodeFor(ctx.plan, e), m, mi);
}

/** evalExpr for a node already found. */
export function nodeValue(ctx: Ctx, n: PNode, m: Member | null, mi: number): Val {
  // A node this evaluation already evaluated outside any member: its value again, with nothing new
  // to read (every cell and input it reads is in the trace since then, and variables are memoised),
  // as evaluating it again would give.
  if (m === null) {
    if (n.epoch === ctx.epoch) return compared(n);
    if (n.valueEpoch === ctx.epoch) return n.value;
  }
  return run(ctx, n, m, mi);
}

/** A value `run` computed outside any member, kept for nodeValue. */
export function keep(ctx: Ctx, n: PNode, x: Val): Val {
  n.valueEpoch = ctx.epoch;
  n.value = x;
  return x;
}

/** A comparison of sides `l` and `r`; outside a member the sides are kept on the node for the reasons (evalExpr). */
export function compare(ctx: Ctx, n: PNode, m: Member | null, l: Val, r: Val): Val {
  if (m === null) {
    // Outside a member the sides have one value per evaluation.
    n.epoch = ctx.epoch;
    n.lv = l;
    n.rv = r;
  }
  return l === null || r === null ? null : compareValues(n.sub as 'lt', l, r);
}

/** A comparison's value from its sides as kept on the node (see run, case 'compare'). */
export function compared(n: PNode): Val {
  const l = n.lv;
  const r = n.rv;
  return l === null || r === null ? null : compareValues(n.sub as 'lt', l, r);
}

/** evalExpr over the program's plan (see plan.ts); the hot path of `decide`. */
export function run(ctx: Ctx, n: PNode, m: Member | null, mi: number): Val {
  switch (n.kind) {
    case 'num':
    case 'bool':
    case 'str':
      return n.lit;
    case 'input': {
      const val = inputValue(ctx, n, m);
      if (ctx.trace?.inputs) ctx.trace.inputs.set(inputPath(n, mi), val);
      return val;
    }
    case 'ref':
      return slotValue(ctx, n.x);
    case 'param':
      return n.args.length > 2 || ctx.trace !== null ? paramTraced(ctx, n, m, mi) : param(ctx, n, m, mi);
    case 'arith': {
      // An unknown input on the right makes the result unknown whatever the left is: the left (a bound
      // of 소득인정액 plus the parents' income, say) is not worked out, so its figures are not read,
      // cited or noted as weak.
      const b = n.b as PNode;
      if (b.kind === 'input' && inputValue(ctx, b, m) === null) return run(ctx, b, m, mi);
      const l = run(ctx, n.a as PNode, m, mi);
      const r = run(ctx, b, m, mi);
      if (l === null || r === null) return null;
      return arith(n.sub as 'add', l as number, r as number);
    }
    case 'compare': {
      return compare(ctx, n, m, run(ctx, n.a as PNode, m, mi), run(ctx, n.b as PNode, m, mi));
    }
    case 'logic': {
      const x = logic(ctx, n, m, mi);
      return m === null ? keep(ctx, n, x) : x;
    }
    case 'not': {
      const x = run(ctx, n.a as PNode, m, mi);
      return x === null ? null : !x;
    }
    case 'if': {
      const c = run(ctx, n.a as PNode, m, mi);
      const x = c === null ? null : run(ctx, (c ? n.b : n.c) as PNode, m, mi);
      return m === null ? keep(ctx, n, x) : x;
    }
    case 'shortcut': {
      // Explaining too: `exact` where it is known (what decided, with its figures), `full` only where not.
      const x = run(ctx, n.a as PNode, m, mi);
      return x !== null ? x : run(ctx, n.b as PNode, m, mi);
    }
    case 'aggregate': {
      const x = aggregate(ctx, n.sub, n.a as PNode);
      return m === null ? keep(ctx, n, x) : x;
    }
    case 'minmax': {
      const args = n.args;
      const min = n.sub === 'min';
      let acc: number | null = null;
      for (let i = 0; i < args.length; i++) {
        const x = run(ctx, args[i] as PNode, m, mi) as number | null;
        if (x === null) return null;
        acc = acc === null ? x : min ? Math.min(acc, x) : Math.max(acc, x);
      }
      return acc;
    }
    case 'round': {
      const x = run(ctx, n.a as PNode, m, mi);
      if (x === null) return null;
      const s = run(ctx, n.b as PNode, m, mi);
      return s === null ? null : roundTo(n.sub as 'floor', x as number, s as number);
    }
    case 'convert': {
      const x = run(ctx, n.a as PNode, m, mi);
      return x === null ? null : ((x as number) * n.x) / n.y;
    }
    case 'oneOf': {
      const x = run(ctx, n.a as PNode, m, mi);
      return x === null ? null : n.values.includes(x as string);
    }
    case 'yearsSince': {
      const d = run(ctx, n.a as PNode, m, mi);
      return d === null ? null : wholeYears(ymd(d as string), ctx.asOf);
    }
    default:
      throw new Error(`unhandled plan node ${n.kind}`);
  }
}

/** An input node's value for the household or member `m`, not recorded. */
function inputValue(ctx: Ctx, n: PNode, m: Member | null): Val {
  return norm(n.member ? (m as Member)[n.field] : ctx.household[n.field]);
}

/** Kleene: a decisive operand (false for and, true for or) wins over unknowns. */
function logic(ctx: Ctx, n: PNode, m: Member | null, mi: number): Val {
  const decisive = n.sub === 'or';
  const args = n.args;
  let unknown = false;
  for (let i = 0; i < args.length; i++) {
    const x = run(ctx, args[i] as PNode, m, mi);
    if (x === decisive) return decisive;
    if (x === null) unknown = true;
  }
  return unknown ? null : !decisive;
}

/** A variable's value, computed on first use and memoised for the rest of the evaluation. */
export function slotValue(ctx: Ctx, slot: number): Val {
  // Values are never undefined (unknown is null), so one read answers "computed yet?".
  const hit = ctx.vals[slot];
  if (hit !== undefined) {
    // A variable computed before still read its cells at this point of the enclosing one.
    if (ctx.capture !== null) captureAll(ctx, (ctx.reads as CellRead[][])[slot] as CellRead[]);
    return hit;
  }
  if (ctx.shared !== null) return sharedSlot(ctx, slot);
  const val = run(ctx, ctx.plan.vars[slot] as PNode, null, -1);
  ctx.vals[slot] = val;
  return val;
}

/**
 * slotValue with values shared between programs (shared.ts): taken with its reads, or computed
 * and kept. Untraced (`decide` with a store), the value alone.
 */
function sharedSlot(ctx: Ctx, slot: number): Val {
  const shared = ctx.shared as SharedValues;
  const plan = ctx.plan;
  const key = shareKeyOf(ctx, slot);
  const kept = shared.values[key];
  if (ctx.trace === null) {
    // Untraced (decide): the value alone, no reads to replay or capture.
    if (kept !== undefined) {
      ctx.vals[slot] = kept;
      return kept;
    }
    const val = run(ctx, plan.vars[slot] as PNode, null, -1);
    ctx.vals[slot] = val;
    shared.values[key] = val;
    return val;
  }
  const reads = ctx.reads as Array<readonly CellRead[] | undefined>;
  const rs = shared.reads[key];
  // A value kept by an untraced evaluation has no reads to replay: computed again here.
  if (kept !== undefined && rs !== undefined) {
    for (let i = 0; i < rs.length; i++) noteRead(ctx, rs[i] as CellRead);
    ctx.vals[slot] = kept;
    reads[slot] = rs;
    return kept;
  }
  const outer = ctx.capture;
  const outerMark = ctx.captureMark;
  const mine: CellRead[] = [];
  ctx.capture = mine;
  ctx.captureMark = newCaptureMark();
  let val: Val;
  try {
    val = run(ctx, plan.vars[slot] as PNode, null, -1);
  } finally {
    ctx.capture = outer;
    ctx.captureMark = outerMark;
  }
  addCaptured(ctx, mine);
  ctx.vals[slot] = val;
  reads[slot] = mine;
  shared.values[key] = val;
  shared.reads[key] = mine;
  return val;
}

function periodOf(ctx: Ctx, n: PNode): ParameterPeriod {
  const hit = ctx.periods[n.x];
  if (hit !== undefined) return hit;
  // Throws ParameterLookupError when no period covers the date; failures are not cached.
  const period = periodAsOf(n.def as NonNullable<PNode['def']>, ctx.date);
  ctx.periods[n.x] = period;
  return period;
}

/**
 * Untraced lookup with up to two keys held in locals (no key array, no String()): a cell
 * reached by plain property reads is exactly what tableCell returns, since a number key reads
 * the same property as its String(). Anything else (a missing key, beyondMax, an error) goes
 * through tableCell with the stringified keys, as before.
 */
function param(ctx: Ctx, n: PNode, m: Member | null, mi: number): Val {
  const nk = n.args.length;
  let k0: Val = null;
  let k1: Val = null;
  if (nk > 0) {
    k0 = run(ctx, n.args[0] as PNode, m, mi);
    if (k0 === null) return null;
    if (nk > 1) {
      k1 = run(ctx, n.args[1] as PNode, m, mi);
      if (k1 === null) return null;
    }
  }
  const period = periodOf(ctx, n);
  let cell: number | TableValue | undefined = period.value;
  if (nk > 0 && typeof cell === 'object' && cell !== null) {
    cell = cell[k0 as string] as number | TableValue | undefined;
    if (nk > 1 && typeof cell === 'object' && cell !== null)
      cell = cell[k1 as string] as number | TableValue | undefined;
  }
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const keys = nk === 0 ? [] : nk === 1 ? [keyOf(k0 as string)] : [keyOf(k0 as string), keyOf(k1 as string)];
    value = tableCell(n.def as NonNullable<PNode['def']>, ctx.date, period.value, keys);
  }
  return n.boolParam ? value !== 0 : value;
}

/** The general lookup: any number of keys, and records what it read when explaining. */
function paramTraced(ctx: Ctx, n: PNode, m: Member | null, mi: number): Val {
  const args = n.args;
  const nk = args.length;
  if (nk === 0) return scalarTraced(ctx, n);
  if (nk > 2) return paramTracedAny(ctx, n, m, mi);
  let k0: Val = null;
  let k1: Val = null;
  if (nk > 0) {
    k0 = run(ctx, args[0] as PNode, m, mi);
    if (k0 === null) return null;
    if (nk > 1) {
      k1 = run(ctx, args[1] as PNode, m, mi);
      if (k1 === null) return null;
    }
  }
  const period = periodOf(ctx, n);
  // A cell read before for these key values in this period: the same record, value and trace key.
  let cells = n.cells;
  if (cells === null) {
    cells = new Map();
    n.cells = cells;
  }
  let byK1: Map<unknown, CellRead> | undefined;
  let hit: CellRead | undefined;
  if (nk < 2) hit = cells.get(k0) as CellRead | undefined;
  else {
    byK1 = cells.get(k0) as Map<unknown, CellRead> | undefined;
    hit = byK1?.get(k1);
  }
  if (hit === undefined || hit.period !== period) {
    hit = cellRead(
      ctx,
      n,
      period,
      nk === 0 ? [] : nk === 1 ? [keyOf(k0 as string)] : [keyOf(k0 as string), keyOf(k1 as string)],
    );
    // Keys come from household values; the bound keeps odd input from growing the cache.
    if (cells.size >= 1000) cells.clear();
    if (nk < 2) cells.set(k0, hit);
    else {
      if (byK1 === undefined || cells.get(k0) !== byK1) {
        byK1 = new Map();
        cells.set(k0, byK1);
      }
      if (byK1.size >= 1000) byK1.clear();
      byK1.set(k1, hit);
    }
  }
  // A cell read again (sentences re-read what the decision read) has the same period and
  // value: the first record stands.
  noteRead(ctx, hit);
  return hit.value;
}

/** paramTraced for a parameter with no keys: its one cell's record for the period kept on the node, no lookup by key. */
function scalarTraced(ctx: Ctx, n: PNode): Val {
  const period = periodOf(ctx, n);
  let hit = n.cell as CellRead | null;
  if (hit === null || hit.period !== period) {
    hit = cellRead(ctx, n, period, []);
    n.cell = hit;
  }
  noteRead(ctx, hit);
  return hit.value;
}

/** paramTraced for three keys or more (no catalog program has one): built per read. */
function paramTracedAny(ctx: Ctx, n: PNode, m: Member | null, mi: number): Val {
  const args = n.args;
  const keys: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const kv = run(ctx, args[i] as PNode, m, mi);
    if (kv === null) return null;
    keys.push(keyOf(kv as number | string));
  }
  const hit = cellRead(ctx, n, periodOf(ctx, n), keys);
  noteRead(ctx, hit);
  return hit.value;
}

function aggregate(ctx: Ctx, op: string, body: PNode): Val {
  const members = ctx.members;
  if (members === null) return null;
  const sum = op === 'sum';
  const count = op === 'count';
  let acc = 0;
  let unknown = false;
  for (let i = 0; i < members.length; i++) {
    const x = run(ctx, body, members[i] as Member, i);
    if (x === null) {
      if (sum || count) return null;
      unknown = true;
    } else if (sum) acc += x as number;
    else if (count) acc += x ? 1 : 0;
    else if (op === 'any' && x === true) return true;
    else if (op === 'all' && x === false) return false;
  }
  if (sum || count) return acc;
  return unknown ? null : op === 'all';
}
