import { assertNever, type Expr, type Variable } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import { maxNumericKey, periodAsOf } from '../parameters/lookup.ts';
import type { ParameterDef, TableValue } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { dateToNum } from '../util/dates.ts';
import { columnName, quoteIdent, quoteLiteral, quoteTable } from './naming.ts';

export interface SqlCtx {
  readonly program: Program;
  readonly date: string;
  readonly members: string;
  /** SQL for a variable: inlined, or a column of a LATERAL join in the full SELECT. */
  readonly variable: (id: string) => string;
}

/**
 * One node → one PostgreSQL expression over `h` (households) and, inside member aggregates,
 * `m` (members). NULL is unknown: SQL's AND/OR/NOT are already Kleene, and strict operators
 * propagate NULL like the scalar evaluator. Parameters are inlined as literals for the date.
 */
export function sqlExpr(ctx: SqlCtx, e: Expr, inMember = false): string {
  const sub = (x: Expr) => sqlExpr(ctx, x, inMember);
  switch (e.kind) {
    case 'num':
      return num(e.value);
    case 'bool':
      return e.value ? 'TRUE' : 'FALSE';
    case 'str':
      return quoteLiteral(e.value);
    case 'input':
      return `${e.scope === 'member' ? 'm' : 'h'}.${quoteIdent(columnName(e.field))}`;
    case 'param':
      return param(
        ctx,
        e.id,
        e.keys.map((k) =>
          k.kind === 'str'
            ? { lit: k.value }
            : { sql: sub(k), text: staticType(ctx.program, k, inMember).t === 'enum' },
        ),
      );
    case 'ref':
      return ctx.variable(e.id);
    case 'arith': {
      const l = sub(e.left);
      const r = sub(e.right);
      if (e.op === 'div') return `(${l} / NULLIF(${r}, 0))`;
      return `(${l} ${{ add: '+', sub: '-', mul: '*' }[e.op]} ${r})`;
    }
    case 'round': {
      const q = `(${sub(e.arg)} / ${num(e.step)})`;
      const f = e.mode === 'floor' ? `floor(${q})` : e.mode === 'ceil' ? `ceil(${q})` : `floor(${q} + 0.5)`;
      return `(${f} * ${num(e.step)})`;
    }
    case 'convert': {
      const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
      return `((${sub(e.arg)} * ${num(mul)}) / ${num(div)})`;
    }
    case 'minmax': {
      // LEAST/GREATEST ignore NULLs; the engine says min(x, unknown) is unknown.
      const values = e.args.map((a) => `(${sub(a)})`).join(', ');
      return `(SELECT CASE WHEN count(t.x) = count(*) THEN ${e.op}(t.x) END FROM (VALUES ${values}) AS t(x))`;
    }
    case 'compare': {
      const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '=', ne: '<>' }[e.op];
      return `(${sub(e.left)} ${op} ${sub(e.right)})`;
    }
    case 'oneOf':
      return `(${sub(e.arg)} IN (${e.values.map(quoteLiteral).join(', ')}))`;
    case 'logic':
      return `(${e.args.map(sub).join(e.op === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `(NOT ${sub(e.arg)})`;
    case 'if':
      // Simple CASE evaluates the condition once; NULL matches neither arm → unknown.
      return `(CASE ${sub(e.cond)} WHEN TRUE THEN ${sub(e.ifTrue)} WHEN FALSE THEN ${sub(e.ifFalse)} END)`;
    case 'aggregate':
      return aggregate(ctx, e.op, sqlExpr(ctx, e.body, true));
    case 'yearsSince':
      // yyyymmdd arithmetic, exactly as util/dates.ts does it.
      return `(trunc((${dateToNum(ctx.date)} - to_char(${sub(e.arg)}, 'YYYYMMDD')::integer) / 10000.0)::double precision)`;
    default:
      return assertNever(e);
  }
}

/** Float literal that round-trips: JS prints the shortest string that parses back to the same double. */
export function num(n: number): string {
  return `${n < 0 ? `(${n})` : String(n)}::double precision`;
}

function aggregate(ctx: SqlCtx, op: 'sum' | 'count' | 'any' | 'all', body: string): string {
  const rows = `(SELECT ${body} AS x, m."ordinal" AS o FROM ${quoteTable(ctx.members)} AS m WHERE m."household_id" = h."id") AS s`;
  const complete = 'count(s.x) = count(*)';
  const result = {
    // ORDER BY fixes the accumulation order, so float sums equal JavaScript's left-to-right sum.
    sum: `CASE WHEN ${complete} THEN coalesce(sum(s.x ORDER BY s.o), 0) END`,
    count: `CASE WHEN ${complete} THEN (count(*) FILTER (WHERE s.x))::double precision END`,
    any: `CASE WHEN bool_or(s.x) THEN TRUE WHEN ${complete} THEN FALSE END`,
    all: `CASE WHEN NOT bool_and(s.x) THEN FALSE WHEN ${complete} THEN TRUE END`,
  }[op];
  return `(CASE WHEN h."members_known" THEN (SELECT ${result} FROM ${rows}) END)`;
}

type Key = { lit: string } | { sql: string; text: boolean };

function param(ctx: SqlCtx, id: string, keys: readonly Key[]): string {
  const def = ctx.program.parameters.get(id) as ParameterDef;
  const value = periodAsOf(def, ctx.date).value;
  const leaf = (x: number) => (def.unit === 'bool' ? (x !== 0 ? 'TRUE' : 'FALSE') : num(x));
  const walk = (t: number | TableValue, depth: number): string => {
    if (typeof t === 'number') return leaf(t);
    const key = keys[depth] as Key;
    if ('lit' in key) {
      const hit = t[key.lit];
      return hit === undefined ? 'NULL' : walk(hit, depth + 1);
    }
    const max = key.text ? undefined : maxNumericKey(t);
    const arms = Object.entries(t).map(([k, child]) => {
      const label = max !== undefined ? num(Number(k)) : quoteLiteral(k);
      return `WHEN ${label} THEN ${walk(child, depth + 1)}`;
    });
    // Keys absent from the table yield NULL here; the scalar evaluator throws instead.
    const beyond =
      max !== undefined && def.beyondMax === 'last'
        ? ` ELSE (CASE WHEN ${key.sql} > ${num(max)} AND ${key.sql} = trunc(${key.sql}) THEN ${walk(t[String(max)] as number | TableValue, depth + 1)} END)`
        : '';
    return `(CASE ${key.sql} ${arms.join(' ')}${beyond} END)`;
  };
  return walk(value, 0);
}

/** The program's variables in dependency order, each compiled with `ctx`. */
export function variableSql(ctx: SqlCtx): Array<[string, string]> {
  return ctx.program.variableOrder.map((id) => [id, sqlExpr(ctx, (ctx.program.variables.get(id) as Variable).expr)]);
}
