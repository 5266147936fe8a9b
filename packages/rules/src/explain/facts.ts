import type { Expr } from '../expr/nodes.ts';
import { periodEnd } from '../parameters/lookup.ts';
import type { ParameterDef, ParameterPeriod, Unit } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program, Ty } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { fieldOf } from '../schema/schema.ts';
import { describeExpr } from './describe.ts';

/**
 * What the explainer looks up about a program for every household, derived once per program.
 * `staticType` re-runs the type checker (a Map of every variable plus a closure per node) and
 * `describeExpr` rebuilds label strings, so calling them per sentence dominated `decideWithReasons`.
 * Programs are frozen, so nothing here goes stale; entries are the same values the uncached
 * calls return, so output does not change.
 */
export interface Facts {
  readonly types: Map<Expr, Ty>;
  /** describeExpr results; `null` is a real answer (a literal has no name). */
  readonly names: Map<Expr, Label | null>;
  /** By input path, as the trace records it ("rent", "members[1].age"). */
  readonly inputs: Map<string, InputFacts>;
  /** The line a member's comparison is measured against, and its rank (sentences.ts lineOf). */
  readonly lines: Map<Expr, { readonly line: unknown; readonly rank: number }>;
}

export interface InputFacts {
  /** Unit and enum display names of the field, for formatting its value. */
  readonly unit: Unit | null;
  readonly valueLabels: Readonly<Record<string, Label>> | undefined;
}

const facts = new WeakMap<Program, Facts>();

export function factsOf(program: Program): Facts {
  let f = facts.get(program);
  if (f === undefined) {
    f = { types: new Map(), names: new Map(), inputs: new Map(), lines: new Map() };
    facts.set(program, f);
  }
  return f;
}

/** `inMember` for a node inside a member aggregate; a node only ever sits in one of the two, so one cache serves both. */
export function typeIn(f: Facts, program: Program, e: Expr, inMember = false): Ty {
  let t = f.types.get(e);
  if (t === undefined) {
    t = staticType(program, e, inMember);
    f.types.set(e, t);
  }
  return t;
}

export function nameIn(f: Facts, program: Program, e: Expr): Label | null {
  let n = f.names.get(e);
  if (n === undefined) {
    n = describeExpr(program, e);
    f.names.set(e, n);
  }
  return n;
}

const MEMBER_FIELD = /^members\[\d+\]\.(\w+)$/;

/** Member paths grow with household size; a bound keeps a server fed odd households from growing it. */
const MAX_PATHS = 10_000;

export function inputIn(f: Facts, program: Program, path: string): InputFacts {
  let x = f.inputs.get(path);
  if (x === undefined) {
    const m = MEMBER_FIELD.exec(path);
    const field = fieldOf(program.schema, m ? 'member' : 'household', m ? (m[1] as string) : path);
    x = {
      unit: field?.type === 'number' ? field.unit : null,
      valueLabels: field?.type === 'enum' ? field.valueLabels : undefined,
    };
    if (f.inputs.size >= MAX_PATHS) f.inputs.clear();
    f.inputs.set(path, x);
  }
  return x;
}

const ends = new WeakMap<ParameterDef, Map<ParameterPeriod, string | null>>();

/**
 * periodEnd, remembered per definition and period: it sorts, searches and builds a Date, and
 * every cited parameter of every result asks for it.
 */
export function endOf(def: ParameterDef, period: ParameterPeriod): string | undefined {
  let byPeriod = ends.get(def);
  if (byPeriod === undefined) {
    byPeriod = new Map();
    ends.set(def, byPeriod);
  }
  let end = byPeriod.get(period);
  if (end === undefined) {
    end = periodEnd(def, period) ?? null;
    byPeriod.set(period, end);
  }
  return end ?? undefined;
}
