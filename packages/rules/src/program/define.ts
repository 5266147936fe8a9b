import { figureIds } from '../explain/figures.ts';
import { type Arg, toExpr } from '../expr/builder.ts';
import { children, type Expr, type Variable } from '../expr/nodes.ts';
import type { ParameterDef, Unit } from '../parameters/types.ts';
import { isDottedId, parameterProblems } from '../parameters/validate.ts';
import type { Label } from '../schema/fields.ts';
import type { Schema } from '../schema/schema.ts';
import { isIsoDate } from '../util/dates.ts';
import { RuleDefinitionError } from '../util/errors.ts';
import { typeOf } from './typecheck.ts';
import type { Criterion, InForce, Program } from './types.ts';

/**
 * A criterion as a program states it: a boolean Variable (which brings its own label) or a label
 * with a test. Both become the one checked shape, `Criterion` ({ id, label, expr }).
 */
export type CriterionSpec = Variable | { readonly label: Label; readonly test: Arg };

export interface ProgramSpec {
  id: string;
  label: Label;
  schema: Schema;
  /** All must hold. A boolean Variable brings its own label. */
  criteria: Readonly<Record<string, CriterionSpec>>;
  amount?: Arg;
  amountLabel?: Label;
  /** Variables referenced by id (v.ref('x')); variables passed as objects register themselves. */
  variables?: readonly Variable[];
  /** Parameters referenced by id (p('x')); parameters passed as objects register themselves. */
  parameters?: readonly ParameterDef[];
  /** The dates the program exists (its start, and its end once abolished); absent = always. */
  inForce?: InForce;
}

const DEFAULT_AMOUNT_LABEL: Label = { ko: '지원 금액', en: 'benefit amount' };

/**
 * Check and freeze a program. Everything an evaluator could trip over is rejected here:
 * unknown ids, reference cycles, type and unit errors, malformed parameter data.
 */
export function defineProgram(spec: ProgramSpec): Program {
  const owner = `program ${spec.id}`;
  const fail = (path: string, problem: string): never => {
    throw new RuleDefinitionError(owner, path, problem);
  };
  const variables = new Map<string, Variable>();
  const parameters = new Map<string, ParameterDef>();
  const addVar = (x: Variable, path: string) => {
    const seen = variables.get(x.id);
    if (seen && seen !== x) fail(path, `two different variables share the id "${x.id}"`);
    if (!seen) variables.set(x.id, x);
  };
  const addParam = (d: ParameterDef, path: string) => {
    const seen = parameters.get(d.id);
    if (seen && seen !== d) fail(path, `two different parameters share the id "${d.id}"`);
    if (!seen) {
      const problems = parameterProblems(d);
      if (problems.length) fail(path, `parameter "${d.id}" ${problems.join('; ')}`);
      parameters.set(d.id, d);
    }
  };

  if (!isDottedId(spec.id)) fail('id', 'a program id is dotted kebab-case, e.g. "public-rental.happy-youth"');
  const { from, until } = spec.inForce ?? {};
  for (const [k, d] of [
    ['from', from],
    ['until', until],
  ] as const) {
    if (d !== undefined && !isIsoDate(d)) fail(`inForce.${k}`, `"${d}" is not an ISO date`);
  }
  if (from && until && until < from) fail('inForce', `ends (${until}) before it starts (${from})`);
  for (const d of spec.parameters ?? []) addParam(d, 'parameters');
  for (const x of spec.variables ?? []) addVar(x, 'variables');

  const criteria: Criterion[] = Object.entries(spec.criteria).map(([id, c]) =>
    'kind' in c && c.kind === 'variable'
      ? { id, label: c.label, expr: toExpr(c) }
      : { id, label: (c as { label: Label }).label, expr: toExpr((c as { test: Arg }).test) },
  );
  if (!criteria.length) fail('criteria', 'a program needs at least one criterion');
  const amountExpr = spec.amount === undefined ? undefined : toExpr(spec.amount);

  // Register everything reachable; variables found inside variables are walked in turn.
  const walked = new Set<string>();
  const walk = (e: Expr, path: string): void => {
    if (e.kind === 'ref' && e.variable) addVar(e.variable, path);
    if (e.kind === 'param' && e.def) addParam(e.def, path);
    if (e.kind === 'ref') {
      const x = variables.get(e.id);
      if (x && !walked.has(x.id)) {
        walked.add(x.id);
        walk(x.expr, `variables.${x.id}`);
      }
    }
    for (const [seg, c] of children(e)) walk(c, `${path}.${seg}`);
  };
  for (const x of [...variables.values()]) {
    walked.add(x.id);
    walk(x.expr, `variables.${x.id}`);
  }
  for (const c of criteria) walk(c.expr, `criteria.${c.id}`);
  if (amountExpr) walk(amountExpr, 'amount');

  const variableOrder = orderVariables(variables, fail);
  const variableUnits = new Map<string, Unit>([...variables].map(([id, x]) => [id, x.unit]));
  const env = { owner, schema: spec.schema, variableUnits, parameters };

  for (const id of variableOrder) {
    const x = variables.get(id) as Variable;
    const t = typeOf(env, x.expr, `variables.${id}`);
    const declared = x.unit === 'bool' ? 'condition' : x.unit;
    const actual = t.t === 'bool' ? 'condition' : t.t === 'num' ? (t.unit ?? declared) : t.t;
    if (actual !== declared) fail(`variables.${id}`, `declared ${declared} but the expression is ${actual}`);
  }
  for (const c of criteria) {
    const t = typeOf(env, c.expr, `criteria.${c.id}`);
    if (t.t !== 'bool') fail(`criteria.${c.id}`, `a criterion must be a condition, got ${t.t}`);
  }
  checkFigures(
    [
      ['label', spec.label],
      ['amountLabel', spec.amountLabel],
      ...criteria.map((c) => [`criteria.${c.id}.label`, c.label] as const),
      ...[...variables.values()].map((x) => [`variables.${x.id}.label`, x.label] as const),
    ],
    parameters,
    fail,
  );
  let amount: Program['amount'];
  if (amountExpr) {
    const t = typeOf(env, amountExpr, 'amount');
    if (t.t !== 'num') return fail('amount', `the amount must be a number, got ${t.t}`);
    amount = Object.freeze({ expr: amountExpr, unit: t.unit, label: spec.amountLabel ?? DEFAULT_AMOUNT_LABEL });
  }

  return Object.freeze({
    kind: 'program',
    id: spec.id,
    label: spec.label,
    schema: spec.schema,
    criteria: Object.freeze(criteria.map((c) => Object.freeze(c))),
    amount,
    variables,
    variableOrder,
    parameters,
    ...(spec.inForce ? { inForce: Object.freeze({ ...spec.inForce }) } : {}),
  });
}

/**
 * A figure named in a label ({p:id}, explain/figures.ts) must be a scalar parameter of this program,
 * and a label may not end with one: particles (이/가, 을/를) are chosen on the label's last word.
 */
function checkFigures(
  labels: readonly (readonly [string, Label | undefined])[],
  parameters: ReadonlyMap<string, ParameterDef>,
  fail: (path: string, p: string) => never,
): void {
  for (const [path, label] of labels) {
    for (const text of label ? [label.ko, label.en] : []) {
      for (const id of figureIds(text)) {
        const def = parameters.get(id);
        if (!def) fail(path, `label names figure "${id}", which is not a parameter of this program`);
        else if (def.dimensions?.length) fail(path, `label names figure "${id}", a table: only a scalar can be named`);
      }
    }
    if (label && /\}\s*$/.test(label.ko) && figureIds(label.ko).length) {
      fail(path, 'a Korean label may not end with a figure (particles follow it)');
    }
  }
}

/** Topological order of variables; a cycle or an unknown id is a definition error. */
function orderVariables(vars: ReadonlyMap<string, Variable>, fail: (path: string, p: string) => never): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, stack: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(id)), id].join(' → ');
      fail(`variables.${id}`, `reference cycle: ${cycle}`);
    }
    state.set(id, 'visiting');
    const x = vars.get(id) as Variable;
    for (const [dep, path] of refsIn(x.expr, `variables.${id}`)) {
      if (!vars.has(dep)) fail(path, `ref: unknown variable "${dep}"`);
      visit(dep, [...stack, id]);
    }
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of vars.keys()) visit(id, []);
  return order;
}

function refsIn(e: Expr, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (e.kind === 'ref') out.push([e.id, path]);
  for (const [seg, c] of children(e)) refsIn(c, `${path}.${seg}`, out);
  return out;
}

/** Every parameter a program uses (declared or reached through its expressions), for audits and docs. */
export function listParameters(program: Program): readonly ParameterDef[] {
  return [...program.parameters.values()];
}
