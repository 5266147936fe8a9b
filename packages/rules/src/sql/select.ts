import type { EvalOptions } from '../eval-scalar/context.ts';
import type { Variable } from '../expr/nodes.ts';
import { IN_FORCE_ID, inForceOn } from '../program/in-force.ts';
import type { Program } from '../program/types.ts';
import { isIsoDate } from '../util/dates.ts';
import { type SqlCtx, sqlOut } from './compile-expr.ts';
import type { Sql } from './flags.ts';
import { quoteIdent, quoteTable, type SqlNames } from './naming.ts';
import { failure, hide, statusOf } from './outcome.ts';
import { setBasedSelect } from './set-select.ts';

export interface CompiledSql {
  /** Boolean expression: TRUE eligible, FALSE ineligible, NULL unknown or unavailable. Over `h` (households). */
  readonly eligible: string;
  /** Boolean expression, never NULL: TRUE exactly where `decide` throws ParameterLookupError. */
  readonly unavailable: string;
  /** Text expression: 'eligible' | 'ineligible' | 'unknown' | 'unavailable'. */
  readonly status: string;
  /** double precision, NULL unless eligible (or when unknown). */
  readonly amount: string | null;
  /** Per criterion: TRUE / FALSE / NULL; NULL too where that criterion's own lookup failed. */
  readonly criteria: Readonly<Record<string, string>>;
  /**
   * A complete query returning household_id, status, amount and one criterion_<id> column
   * per criterion, for every household, ordered by household id. Set-based (set-select.ts)
   * where the program allows it, else variables computed once each via LATERAL joins.
   */
  readonly select: string;
  /** `select` without its ORDER BY: for `INSERT INTO … SELECT` and aggregates over the result. */
  readonly rows: string;
}

/**
 * Compile a program to PostgreSQL for one evaluation date. The standalone expressions are
 * scalar subqueries correlated with households aliased `h` (use them inside your own query);
 * `select` is the ready-made query. Parameters become literals, so the SQL is only valid for `opts.date`.
 * Neither a table key absent from a parameter table nor a date outside a parameter's periods
 * raises: the row's status is 'unavailable' exactly where the scalar `decide` throws
 * ParameterLookupError (see flags.ts).
 */
export function compileSql(program: Program, opts: EvalOptions & SqlNames): CompiledSql {
  if (!isIsoDate(opts.date)) throw new RangeError(`evaluation date must be an ISO date, got "${opts.date}"`);
  const households = opts.households ?? 'households';
  if (!inForceOn(program, opts.date)) return notInForceSql(program, households);
  const base = { program, date: opts.date, members: opts.members ?? 'members' };

  // In the full SELECT a variable's flags are columns too, unless no lookup below can miss.
  const lateralVars = new Map<string, Sql>();
  const lateral: SqlCtx = { ...base, variable: (id) => lateralVars.get(id) as Sql };
  const joins: string[] = [];
  // One at a time, in dependency order, so each finds its dependencies' columns.
  for (const id of program.variableOrder) {
    const x = sqlOut(lateral, (program.variables.get(id) as Variable).expr);
    const alias = quoteIdent(`var_${id}`);
    lateralVars.set(id, {
      v: `${alias}."value"`,
      f: x.f === 'FALSE' ? 'FALSE' : `${alias}."f"`,
      u: x.u === 'FALSE' ? 'FALSE' : `${alias}."u"`,
    });
    // OFFSET 0 keeps PostgreSQL from flattening the subquery, which would paste the variable's
    // expression (member subqueries included) into every flag that reads it.
    joins.push(`CROSS JOIN LATERAL (SELECT ${x.v} AS "value", ${x.f} AS "f", ${x.u} AS "u" OFFSET 0) AS ${alias}`);
  }
  const critL = program.criteria.map((c) => [c.id, sqlOut(lateral, c.expr)] as const);
  const critCols = critL.map(([id, x]) => `${x.v} AS ${quoteIdent(id)}, ${x.f} AS ${quoteIdent(`f_${id}`)}`);
  const all = program.criteria.map((c) => `c.${quoteIdent(c.id)}`).join(' AND ');
  const amountLateral = program.amount ? sqlOut(lateral, program.amount.expr) : null;
  // The lateral criteria's values and `f` are columns of `c`; their `u` stays inline.
  const fromC = critL.map(([id, x]) => ({
    v: `c.${quoteIdent(id)}`,
    f: x.f === 'FALSE' ? 'FALSE' : `c.${quoteIdent(`f_${id}`)}`,
    u: x.u,
  }));
  const unavailableL = failure('k0."ok"', fromC, amountLateral);
  const statusSql = statusOf('k."ok"', 'k."unavailable"');
  const amountSql = amountLateral ? `CASE WHEN k."ok" AND NOT k."unavailable" THEN ${amountLateral.v} END` : null;
  const chain = [
    ...joins,
    `CROSS JOIN LATERAL (SELECT ${critCols.join(', ')} OFFSET 0) AS c`,
    `CROSS JOIN LATERAL (SELECT (${all}) AS "ok" OFFSET 0) AS k0`,
    `CROSS JOIN LATERAL (SELECT k0."ok", ${unavailableL} AS "unavailable" OFFSET 0) AS k`,
  ].join('\n');
  const correlated = [
    'SELECT h."id" AS "household_id",',
    `  ${statusSql} AS "status",`,
    `  ${amountSql ?? 'NULL::double precision'} AS "amount"${program.criteria.length ? ',' : ''}`,
    fromC.map((x, i) => `  ${hide(x)} AS ${quoteIdent(`criterion_${critL[i]?.[0]}`)}`).join(',\n'),
    `FROM ${quoteTable(households)} AS h`,
    chain,
  ].join('\n');
  const rows = setBasedSelect(program, { ...base, households })?.rows ?? correlated;
  // Standalone expressions run the same chain as a subquery correlated with the caller's `h`:
  // inlining every variable into every flag that reads it would evaluate member subqueries
  // many times over.
  const one = (x: string) => `(SELECT ${x} FROM (SELECT 1) AS "one"\n${chain})`;
  return {
    eligible: one('CASE WHEN NOT k."unavailable" THEN k."ok" END'),
    unavailable: one('k."unavailable"'),
    status: one(statusSql),
    amount: amountSql ? one(amountSql) : null,
    criteria: Object.fromEntries(fromC.map((x, i) => [critL[i]?.[0] as string, one(hide(x))])),
    select: `${rows}\nORDER BY "household_id"`,
    rows,
  };
}

/**
 * A date the program did not exist on: every household ineligible through the one in-force
 * criterion, as `decide` answers; the program's own criteria are not evaluated (NULL).
 */
function notInForceSql(program: Program, households: string): CompiledSql {
  const criteria = Object.fromEntries(program.criteria.map((c) => [c.id, 'NULL::boolean']));
  const cols = [
    `FALSE AS ${quoteIdent(`criterion_${IN_FORCE_ID}`)}`,
    ...program.criteria.map((c) => `NULL::boolean AS ${quoteIdent(`criterion_${c.id}`)}`),
  ];
  return {
    eligible: 'FALSE',
    unavailable: 'FALSE',
    status: "'ineligible'",
    amount: program.amount ? 'NULL::double precision' : null,
    criteria: { ...criteria, [IN_FORCE_ID]: 'FALSE' },
    ...withOrder(
      [
        'SELECT h."id" AS "household_id",',
        `  'ineligible' AS "status",`,
        '  NULL::double precision AS "amount",',
        `  ${cols.join(',\n  ')}`,
        `FROM ${quoteTable(households)} AS h`,
      ].join('\n'),
    ),
  };
}

function withOrder(rows: string): { rows: string; select: string } {
  return { rows, select: `${rows}\nORDER BY "household_id"` };
}
