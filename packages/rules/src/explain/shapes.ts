import type { Ctx } from '../eval-scalar/context.ts';
import { nodeFor, type PNode } from '../eval-scalar/plan.ts';
import type { Expr, Variable } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import type { Label } from '../schema/fields.ts';
import { valueLabelsOf } from './compare.ts';
import { factsOf, nameIn } from './facts.ts';
import { labelForSentence } from './figures.ts';
import { formatValue } from './format.ts';
import { byExprOf } from './per-node.ts';

/**
 * What wording a one-of test or an and/or needs that follows from the program alone, worked out
 * on its first sentence and kept per node (sentences.ts): every household's sentence built the same
 * list of values, and looked up the same names, nodes and bound flags, before.
 */
export interface OneOfFacts {
  /** The tested value's name; null words it with the criterion's own label. */
  readonly subject: Label | null;
  readonly labels: Readonly<Record<string, Label>> | undefined;
  readonly node: PNode;
  /** The allowed values as listed: "월세 (보증부 월세 포함), 전세". */
  readonly ko: string;
  readonly en: string;
}

export interface LogicFacts {
  /** The operands' plan nodes. */
  readonly nodes: readonly PNode[];
  /** Per operand: a comparison that reads a bound variable, or logic made only of such (see isBoundOnly). */
  readonly bound: readonly boolean[];
}

/** A reference to a variable: the variable, and its label as worded on `date` (labelForSentence). */
export interface RefFacts {
  readonly x: Variable | undefined;
  date: string;
  label: Label | null;
}

const oneOfs = new WeakMap<Program, Map<Expr, OneOfFacts>>();
const refs = new WeakMap<Program, Map<Expr, RefFacts>>();
const logics = new WeakMap<Program, Map<Expr, LogicFacts>>();

// Looked up before anything is built: a closure per call would allocate on every sentence.
export function oneOfFacts(ctx: Ctx, e: Expr, arg: Expr, values: readonly string[]): OneOfFacts {
  const byExpr = byExprOf(oneOfs, ctx.program);
  let f = byExpr.get(e);
  if (f === undefined) {
    const labels = valueLabelsOf(ctx, arg);
    let ko = '';
    let en = '';
    for (let i = 0; i < values.length; i++) {
      const x = formatValue(values[i] as string, null, labels);
      ko += i === 0 ? x.ko : `, ${x.ko}`;
      en += i === 0 ? x.en : `, ${x.en}`;
    }
    f = { subject: nameIn(factsOf(ctx.program), ctx.program, arg), labels, node: nodeFor(ctx.plan, arg), ko, en };
    byExpr.set(e, f);
  }
  return f;
}

/** Per reference node: its variable found by id once, its label filled once per date, not per sentence. */
export function refFacts(ctx: Ctx, e: Expr, id: string): RefFacts {
  const byExpr = byExprOf(refs, ctx.program);
  let f = byExpr.get(e);
  if (f === undefined) {
    f = { x: ctx.program.variables.get(id), date: '', label: null };
    byExpr.set(e, f);
  }
  if (f.date !== ctx.date) {
    f.label = f.x ? labelForSentence(f.x.label, ctx.program, ctx.date) : null;
    f.date = ctx.date;
  }
  return f;
}

export function logicFacts(ctx: Ctx, e: Expr, args: readonly Expr[]): LogicFacts {
  const byExpr = byExprOf(logics, ctx.program);
  let f = byExpr.get(e);
  if (f === undefined) {
    f = {
      nodes: args.map((a) => nodeFor(ctx.plan, a)),
      bound: args.map((a) => isBoundOnly(ctx.program, a)),
    };
    byExpr.set(e, f);
  }
  return f;
}

/** True for a comparison that reads a bound variable, or logic made only of such comparisons. */
function isBoundOnly(program: Program, e: Expr): boolean {
  switch (e.kind) {
    case 'ref':
      return program.variables.get(e.id)?.bound === true;
    case 'compare':
      return isBoundOnly(program, e.left) || isBoundOnly(program, e.right);
    case 'not':
      return isBoundOnly(program, e.arg);
    case 'shortcut':
      return isBoundOnly(program, e.full);
    case 'logic':
      return e.args.length > 0 && e.args.every((a) => isBoundOnly(program, a));
    default:
      return false;
  }
}
