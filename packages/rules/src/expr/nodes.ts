import type { ParameterDef, Unit } from '../parameters/types.ts';
import type { Label, NumUnit } from '../schema/fields.ts';

/**
 * The expression tree: a closed discriminated union of frozen plain objects. Every consumer
 * (type checker, scalar interpreter, explainer, batch compiler, SQL compiler) switches on
 * `kind` with an exhaustiveness check, so adding a kind is a compile error until every
 * backend handles it — which is how the backends stay equivalent.
 */
export type Expr =
  | NumLit
  | BoolLit
  | StrLit
  | Input
  | Param
  | Ref
  | Arith
  | Round
  | Convert
  | MinMax
  | Compare
  | OneOf
  | Logic
  | Not
  | If
  | Shortcut
  | Aggregate
  | YearsSince;

/** `unit: null` is a bare number that takes its unit from context (see units.ts). */
export interface NumLit {
  readonly kind: 'num';
  readonly value: number;
  readonly unit: NumUnit | null;
}
export interface BoolLit {
  readonly kind: 'bool';
  readonly value: boolean;
}
/** An enum value, only meaningful compared with an enum input. */
export interface StrLit {
  readonly kind: 'str';
  readonly value: string;
}
/** A schema field; `member` scope is only legal inside a member aggregate. */
export interface Input {
  readonly kind: 'input';
  readonly scope: 'household' | 'member';
  readonly field: string;
}
/** A dated parameter; `keys` index table dimensions outermost first. */
export interface Param {
  readonly kind: 'param';
  readonly id: string;
  readonly keys: readonly Expr[];
  /** Present when the author passed the definition itself; otherwise resolved by id. */
  readonly def?: ParameterDef;
}
/** A named variable, evaluated once per household however often it is referenced. */
export interface Ref {
  readonly kind: 'ref';
  readonly id: string;
  readonly variable?: Variable;
}
export interface Arith {
  readonly kind: 'arith';
  readonly op: 'add' | 'sub' | 'mul' | 'div';
  readonly left: Expr;
  readonly right: Expr;
}
/** floor/ceil/round to a multiple of `step`, e.g. ceil to 10 won; the step may be a cited parameter. */
export interface Round {
  readonly kind: 'round';
  readonly mode: 'floor' | 'ceil' | 'round';
  readonly step: Expr;
  readonly arg: Expr;
}
/** Explicit unit change; the allowed pairs and factors live in units.ts. */
export interface Convert {
  readonly kind: 'convert';
  readonly from: NumUnit;
  readonly to: NumUnit;
  readonly arg: Expr;
}
export interface MinMax {
  readonly kind: 'minmax';
  readonly op: 'min' | 'max';
  readonly args: readonly Expr[];
}
export type CompareOp = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';
export interface Compare {
  readonly kind: 'compare';
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
}
export interface OneOf {
  readonly kind: 'oneOf';
  readonly arg: Expr;
  readonly values: readonly string[];
}
export interface Logic {
  readonly kind: 'logic';
  readonly op: 'and' | 'or';
  readonly args: readonly Expr[];
}
export interface Not {
  readonly kind: 'not';
  readonly arg: Expr;
}
export interface If {
  readonly kind: 'if';
  readonly cond: Expr;
  readonly ifTrue: Expr;
  readonly ifFalse: Expr;
}
/**
 * A condition `full`, decided by the cheaper condition `exact` wherever `exact` is known: `full`
 * must then give the same answer (the 소득인정액 test against a line is `exact`; `full` adds the
 * bounds that decide it while some input is unknown). Every backend tests `exact` first and
 * evaluates `full` only when `exact` is unknown; explaining does too, so where `exact` is known the
 * reasons and the figures a result cites are `exact`'s, and where not, missing inputs and reasons
 * come from `full`. (programs' shortcut-contract test checks that `full` alone decides alike.)
 */
export interface Shortcut {
  readonly kind: 'shortcut';
  readonly exact: Expr;
  readonly full: Expr;
}
/** Over the household's members; `body` is evaluated per member. */
export interface Aggregate {
  readonly kind: 'aggregate';
  readonly op: 'sum' | 'count' | 'any' | 'all';
  readonly body: Expr;
}
/** Whole years from a date input to the evaluation date (age from birth date). */
export interface YearsSince {
  readonly kind: 'yearsSince';
  readonly arg: Expr;
}

export interface Variable {
  readonly kind: 'variable';
  readonly id: string;
  readonly label: Label;
  /** A number unit, or "bool" for a named condition. */
  readonly unit: Unit;
  readonly expr: Expr;
  /**
   * A bound of another value (its highest or lowest possible figure while some input is unknown). A
   * reason names it only when nothing else explains a criterion: when the exact figure is known, the
   * sentence speaks of that figure alone.
   */
  readonly bound?: true;
}

export function assertNever(x: never): never {
  throw new Error(`unhandled node ${JSON.stringify(x)}`);
}

/** Direct children with their path segment; the single place that knows node shapes. */
export function children(e: Expr): ReadonlyArray<readonly [string, Expr]> {
  switch (e.kind) {
    case 'num':
    case 'bool':
    case 'str':
    case 'input':
    case 'ref':
      return [];
    case 'param':
      return e.keys.map((k, i) => [`keys[${i}]`, k] as const);
    case 'arith':
    case 'compare':
      return [
        ['left', e.left],
        ['right', e.right],
      ];
    case 'round':
      return [
        ['arg', e.arg],
        ['step', e.step],
      ];
    case 'convert':
    case 'oneOf':
    case 'not':
    case 'yearsSince':
      return [['arg', e.arg]];
    case 'minmax':
    case 'logic':
      return e.args.map((a, i) => [`args[${i}]`, a] as const);
    case 'if':
      return [
        ['cond', e.cond],
        ['ifTrue', e.ifTrue],
        ['ifFalse', e.ifFalse],
      ];
    case 'shortcut':
      return [
        ['exact', e.exact],
        ['full', e.full],
      ];
    case 'aggregate':
      return [['body', e.body]];
    default:
      return assertNever(e);
  }
}
