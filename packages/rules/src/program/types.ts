import type { Expr, Variable } from '../expr/nodes.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Label, NumUnit } from '../schema/fields.ts';
import type { Schema } from '../schema/schema.ts';

/**
 * When a program exists at all, as ISO dates (inclusive). Every backend (decide, decideWithReasons, batch,
 * SQL) checks it first, so a date outside the period is a plain "ineligible" everywhere, even when
 * the program's figures do not reach back that far: "did not exist yet" beats "figures missing".
 */
export interface InForce {
  readonly from?: string;
  readonly until?: string;
}

export interface Criterion {
  readonly id: string;
  readonly label: Label;
  readonly expr: Expr;
}

/**
 * A checked program. Everything a backend needs is resolved here: variables and parameters
 * by id, variables in dependency order, so backends never re-validate.
 */
export interface Program {
  readonly kind: 'program';
  readonly id: string;
  readonly label: Label;
  readonly schema: Schema;
  readonly criteria: readonly Criterion[];
  readonly amount?: { readonly expr: Expr; readonly unit: NumUnit | null; readonly label: Label };
  readonly variables: ReadonlyMap<string, Variable>;
  /** Dependencies before dependents. */
  readonly variableOrder: readonly string[];
  readonly parameters: ReadonlyMap<string, ParameterDef>;
  /** When the program exists; absent = always (see in-force.ts). */
  readonly inForce?: InForce;
}

/** Static type of an expression, inferred at definition. */
export type Ty =
  | { readonly t: 'num'; readonly unit: NumUnit | null }
  | { readonly t: 'bool' }
  | { readonly t: 'enum'; readonly values: readonly string[] }
  | { readonly t: 'str'; readonly value: string }
  | { readonly t: 'date' };
