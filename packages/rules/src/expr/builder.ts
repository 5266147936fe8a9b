import type { ParameterDef, Unit } from '../parameters/types.ts';
import type { Label, NumUnit } from '../schema/fields.ts';
import type { Fields, Schema } from '../schema/schema.ts';
import type { CompareOp, Expr, Variable } from './nodes.ts';

/**
 * The typed builder content authors write rules with. It only assembles frozen nodes; all
 * checking happens in defineProgram, where the schema and parameters are known.
 * Bare JS numbers become unitless literals that adopt their context's unit.
 */
export type Arg = Expr | Variable | number | boolean;

export function toExpr(a: Arg | string): Expr {
  if (typeof a === 'number') return freeze({ kind: 'num', value: a, unit: null });
  if (typeof a === 'boolean') return freeze({ kind: 'bool', value: a });
  if (typeof a === 'string') return freeze({ kind: 'str', value: a });
  if (a.kind === 'variable') return freeze({ kind: 'ref', id: a.id, variable: a });
  return a;
}

function freeze<T extends Expr>(e: T): T {
  return Object.freeze(e);
}

const arith =
  (op: 'add' | 'sub' | 'mul' | 'div') =>
  (first: Arg, ...rest: Arg[]): Expr =>
    rest.reduce<Expr>((l, r) => freeze({ kind: 'arith', op, left: l, right: toExpr(r) }), toExpr(first));
const cmp =
  (op: CompareOp) =>
  (left: Arg, right: Arg | string): Expr =>
    freeze({ kind: 'compare', op, left: toExpr(left), right: toExpr(right) });
const round =
  (mode: 'floor' | 'ceil' | 'round') =>
  (arg: Arg, step: Arg = 1): Expr =>
    freeze({ kind: 'round', mode, step: toExpr(step), arg: toExpr(arg) });
const logic =
  (op: 'and' | 'or') =>
  (...args: Arg[]): Expr =>
    freeze({ kind: 'logic', op, args: Object.freeze(args.map(toExpr)) });
const minmax =
  (op: 'min' | 'max') =>
  (...args: Arg[]): Expr =>
    freeze({ kind: 'minmax', op, args: Object.freeze(args.map(toExpr)) });

export interface Builder<HF extends string = string, MF extends string = string> {
  /** A number with an explicit unit, e.g. v.num(0, 'KRW/month'). */
  num(value: number, unit?: NumUnit): Expr;
  bool(value: boolean): Expr;
  /** A household field. Inside a member aggregate it still reads the household. */
  input(field: HF): Expr;
  /** Reference a variable by object or by id (ids resolve against the program's variables). */
  ref(variable: Variable | string): Expr;
  add(first: Arg, ...rest: Arg[]): Expr;
  sub(first: Arg, ...rest: Arg[]): Expr;
  mul(first: Arg, ...rest: Arg[]): Expr;
  /** Division by zero is unknown, not infinity. */
  div(first: Arg, ...rest: Arg[]): Expr;
  floor(arg: Arg, step?: Arg): Expr;
  ceil(arg: Arg, step?: Arg): Expr;
  /** Half up: floor(x / step + 0.5) * step, identical in every backend. */
  round(arg: Arg, step?: Arg): Expr;
  min(...args: Arg[]): Expr;
  max(...args: Arg[]): Expr;
  lt(left: Arg, right: Arg): Expr;
  le(left: Arg, right: Arg): Expr;
  gt(left: Arg, right: Arg): Expr;
  ge(left: Arg, right: Arg): Expr;
  /** Numbers, or an enum input against one of its values. */
  eq(left: Arg, right: Arg | string): Expr;
  ne(left: Arg, right: Arg | string): Expr;
  oneOf(arg: Arg, values: readonly string[]): Expr;
  and(...args: Arg[]): Expr;
  or(...args: Arg[]): Expr;
  not(arg: Arg): Expr;
  if(cond: Arg, ifTrue: Arg, ifFalse: Arg): Expr;
  /** `full`, decided by `exact` wherever `exact` is known (see Shortcut in nodes.ts): both conditions. */
  shortcut(exact: Arg, full: Arg): Expr;
  sumMembers(body: (m: MemberBuilder<HF, MF>) => Arg): Expr;
  countMembers(pred: (m: MemberBuilder<HF, MF>) => Arg): Expr;
  anyMember(pred: (m: MemberBuilder<HF, MF>) => Arg): Expr;
  allMembers(pred: (m: MemberBuilder<HF, MF>) => Arg): Expr;
  /** Whole years from a date to the evaluation date, e.g. age from birth date. */
  yearsSince(dateExpr: Arg): Expr;
  /** KRW/month → KRW/year (×12). */
  toYearly(arg: Arg): Expr;
  /** KRW/year → KRW/month (÷12). */
  toMonthly(arg: Arg): Expr;
  /** KRW → KRW/month (×1): after multiplying an asset by a monthly conversion rate. */
  asMonthly(arg: Arg): Expr;
}

/** The builder inside sumMembers & co: `m.input` reads the current member. */
export interface MemberBuilder<HF extends string = string, MF extends string = string>
  extends Omit<Builder<HF, MF>, 'input'> {
  input(field: MF): Expr;
  household(field: HF): Expr;
}

const householdInput = (field: string): Expr => freeze({ kind: 'input', scope: 'household', field });
const aggregate =
  (op: 'sum' | 'count' | 'any' | 'all') =>
  (body: (m: MemberBuilder) => Arg): Expr =>
    freeze({ kind: 'aggregate', op, body: toExpr(body(memberBuilder)) });
const convert =
  (from: NumUnit, to: NumUnit) =>
  (arg: Arg): Expr =>
    freeze({ kind: 'convert', from, to, arg: toExpr(arg) });

export const v: Builder = Object.freeze({
  num: (value: number, unit?: NumUnit) => freeze({ kind: 'num', value, unit: unit ?? null }),
  bool: (value: boolean) => freeze({ kind: 'bool', value }),
  input: householdInput,
  ref: (variable: Variable | string) =>
    typeof variable === 'string' ? freeze({ kind: 'ref', id: variable }) : toExpr(variable),
  add: arith('add'),
  sub: arith('sub'),
  mul: arith('mul'),
  div: arith('div'),
  floor: round('floor'),
  ceil: round('ceil'),
  round: round('round'),
  min: minmax('min'),
  max: minmax('max'),
  lt: cmp('lt'),
  le: cmp('le'),
  gt: cmp('gt'),
  ge: cmp('ge'),
  eq: cmp('eq'),
  ne: cmp('ne'),
  oneOf: (arg: Arg, values: readonly string[]) =>
    freeze({ kind: 'oneOf', arg: toExpr(arg), values: Object.freeze([...values]) }),
  and: logic('and'),
  or: logic('or'),
  not: (arg: Arg) => freeze({ kind: 'not', arg: toExpr(arg) }),
  // Not `then`/`else`: a node with a `then` property would be mistaken for a promise by `await`.
  if: (cond: Arg, ifTrue: Arg, ifFalse: Arg) =>
    freeze({ kind: 'if', cond: toExpr(cond), ifTrue: toExpr(ifTrue), ifFalse: toExpr(ifFalse) }),
  shortcut: (exact: Arg, full: Arg) => freeze({ kind: 'shortcut', exact: toExpr(exact), full: toExpr(full) }),
  sumMembers: aggregate('sum'),
  countMembers: aggregate('count'),
  anyMember: aggregate('any'),
  allMembers: aggregate('all'),
  yearsSince: (arg: Arg) => freeze({ kind: 'yearsSince', arg: toExpr(arg) }),
  toYearly: convert('KRW/month', 'KRW/year'),
  toMonthly: convert('KRW/year', 'KRW/month'),
  asMonthly: convert('KRW', 'KRW/month'),
});

const memberBuilder: MemberBuilder = Object.freeze({
  ...v,
  input: (field: string): Expr => freeze({ kind: 'input', scope: 'member', field }),
  household: householdInput,
});

/** Same builder, with field names checked by TypeScript against a schema. */
export function builderFor<H extends Fields, M extends Fields>(
  _schema: Schema<H, M>,
): Builder<keyof H & string, keyof M & string> {
  return v as Builder<keyof H & string, keyof M & string>;
}

/** A parameter: `p(def)` for a scalar, `p(def, key1, key2)` for a table. Ids resolve too. */
export function p(param: ParameterDef | string, ...keys: (Arg | string)[]): Expr {
  const base = { kind: 'param' as const, keys: Object.freeze(keys.map(toExpr)) };
  return freeze(typeof param === 'string' ? { ...base, id: param } : { ...base, id: param.id, def: param });
}

/** A named, labelled intermediate value; its label is what explanations print. */
export function defineVariable(
  id: string,
  label: Label,
  unit: Unit,
  expr: Arg,
  opts: { readonly bound?: true } = {},
): Variable {
  return Object.freeze({
    kind: 'variable',
    id,
    label,
    unit,
    expr: toExpr(expr),
    ...(opts.bound ? { bound: true as const } : {}),
  });
}
