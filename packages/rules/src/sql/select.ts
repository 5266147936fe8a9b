import type { EvalOptions } from '../eval-scalar/context.ts';
import type { Variable } from '../expr/nodes.ts';
import { periodAsOf } from '../parameters/lookup.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import { isIsoDate } from '../util/dates.ts';
import { type SqlCtx, sqlExpr, variableSql } from './compile-expr.ts';
import { quoteIdent, quoteTable, type SqlNames } from './naming.ts';

export interface CompiledSql {
  /** Boolean expression: TRUE eligible, FALSE ineligible, NULL unknown. Over `h` (households). */
  readonly eligible: string;
  /** Text expression: 'eligible' | 'ineligible' | 'unknown'. */
  readonly status: string;
  /** double precision, NULL unless eligible (or when unknown). */
  readonly amount: string | null;
  readonly criteria: Readonly<Record<string, string>>;
  /**
   * A complete query returning household_id, status, amount and one criterion_<id> column
   * per criterion, for every household. Variables are computed once each via LATERAL joins.
   */
  readonly select: string;
}

/**
 * Compile a program to PostgreSQL for one evaluation date. The standalone expressions inline
 * variables (use them inside your own query, households aliased `h`); `select` is the
 * ready-made query. Parameters become literals, so the SQL is only valid for `opts.date`.
 * Known difference from the scalar evaluator: a table key absent from a parameter table
 * yields NULL (unknown) instead of an error.
 */
export function compileSql(program: Program, opts: EvalOptions & SqlNames): CompiledSql {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
  // Fail now, like the other backends, when a parameter has no period for the date.
  for (const def of program.parameters.values()) periodAsOf(def as ParameterDef, opts.date);
  const households = opts.households ?? 'households';
  const base = { program, date: opts.date, members: opts.members ?? 'members' };

  // Inlined variables are built in dependency order, so each finds its dependencies' SQL.
  const inlineVars = new Map<string, string>();
  const inline: SqlCtx = { ...base, variable: (id) => inlineVars.get(id) as string };
  for (const id of program.variableOrder) {
    inlineVars.set(id, `(${sqlExpr(inline, (program.variables.get(id) as Variable).expr)})`);
  }
  const criteria = Object.fromEntries(program.criteria.map((c) => [c.id, sqlExpr(inline, c.expr)]));
  const eligible = `(${Object.values(criteria).join(' AND ')})`;
  const amountExpr = program.amount ? sqlExpr(inline, program.amount.expr) : null;

  const lateral: SqlCtx = { ...base, variable: (id) => `${quoteIdent(`var_${id}`)}."value"` };
  const joins = variableSql(lateral).map(
    ([id, sql]) => `CROSS JOIN LATERAL (SELECT ${sql} AS "value") AS ${quoteIdent(`var_${id}`)}`,
  );
  const critCols = program.criteria.map((c) => `${sqlExpr(lateral, c.expr)} AS ${quoteIdent(c.id)}`);
  const all = program.criteria.map((c) => `c.${quoteIdent(c.id)}`).join(' AND ');
  const amountLateral = program.amount ? sqlExpr(lateral, program.amount.expr) : null;
  const select = [
    'SELECT h."id" AS "household_id",',
    `  ${statusOf('k."ok"')} AS "status",`,
    `  ${amountLateral ? `CASE WHEN k."ok" THEN ${amountLateral} END` : 'NULL::double precision'} AS "amount"${program.criteria.length ? ',' : ''}`,
    program.criteria.map((c) => `  c.${quoteIdent(c.id)} AS ${quoteIdent(`criterion_${c.id}`)}`).join(',\n'),
    `FROM ${quoteTable(households)} AS h`,
    ...joins,
    `CROSS JOIN LATERAL (SELECT ${critCols.join(', ')}) AS c`,
    `CROSS JOIN LATERAL (SELECT (${all}) AS "ok") AS k`,
    'ORDER BY h."id"',
  ].join('\n');

  return {
    eligible,
    status: statusOf(eligible),
    amount: amountExpr ? `(CASE WHEN ${eligible} THEN ${amountExpr} END)` : null,
    criteria,
    select,
  };
}

function statusOf(ok: string): string {
  return `(CASE ${ok} WHEN TRUE THEN 'eligible' WHEN FALSE THEN 'ineligible' ELSE 'unknown' END)`;
}
