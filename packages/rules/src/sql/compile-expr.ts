import { assertNever, type Expr } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';
import { maxNumericKey, periodInForce } from '../parameters/lookup.ts';
import type { ParameterDef, TableValue } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { dateToNum } from '../util/dates.ts';
import { anyOf, ifFlags, plain, type Sql, sequential, strict } from './flags.ts';
import { fold, literalNumber, num } from './fold.ts';
import { columnName, quoteIdent, quoteLiteral, quoteTable } from './naming.ts';

export interface SqlCtx {
  readonly program: Program;
  readonly date: string;
  readonly members: string;
  /** SQL for a variable: inlined, or columns of a LATERAL join in the full SELECT. */
  readonly variable: (id: string) => Sql;
  /**
   * Set-based compilation (set-select.ts): member aggregates come from one grouped pass over
   * the members table, and min/max arguments are columns, instead of a correlated subquery
   * per row and per node.
   */
  readonly aggregate?: (op: 'sum' | 'count' | 'any' | 'all', body: Sql) => Sql;
  readonly minmax?: (op: 'min' | 'max', args: readonly string[], inMember: boolean) => string;
  /**
   * Set-based compilation: an expression read several times becomes a column computed once per
   * row (or pasted back where it is read once); absent, the text is repeated.
   */
  readonly share?: (expr: string, inMember: boolean) => string;
}

function share(ctx: SqlCtx, expr: string, inMember = false): string {
  return ctx.share ? ctx.share(expr, inMember) : expr;
}

/**
 * One node → one PostgreSQL expression over `h` (households) and, inside member aggregates,
 * `m` (members). NULL is unknown: SQL's AND/OR/NOT are already Kleene, and strict operators
 * propagate NULL like the scalar evaluator. Parameters are inlined as literals for the date.
 */
export function sqlExpr(ctx: SqlCtx, e: Expr, inMember = false): string {
  return sqlOut(ctx, e, inMember).v;
}

/**
 * The value plus the two never-NULL failure flags of flags.ts (`f`: the scalar `run`
 * throws ParameterLookupError; `u`: so does listing missing inputs). Flags are the literal
 * FALSE wherever no lookup below can miss, so programs without holes get plain SQL.
 */
export function sqlOut(ctx: SqlCtx, e: Expr, inMember = false): Sql {
  const sub = (x: Expr) => sqlOut(ctx, x, inMember);
  switch (e.kind) {
    case 'num':
      return plain(num(e.value));
    case 'bool':
      return plain(e.value ? 'TRUE' : 'FALSE');
    case 'str':
      return plain(quoteLiteral(e.value));
    case 'input':
      return plain(`${e.scope === 'member' ? 'm' : 'h'}.${quoteIdent(columnName(e.field))}`);
    case 'param':
      return param(
        ctx,
        e.id,
        e.keys.map((k) => {
          if (k.kind === 'str') return { lit: k.value };
          const t = staticType(ctx.program, k, inMember);
          // A key is read by every arm of an outer key's CASE and by the flag: computed once.
          const x = sub(k);
          return {
            ...x,
            v: share(ctx, x.v, inMember),
            text: t.t === 'enum',
            ...(t.t === 'enum' ? { values: t.values } : {}),
          };
        }),
        inMember,
      );
    case 'ref':
      return ctx.variable(e.id);
    case 'arith': {
      const l = sub(e.left);
      const r = sub(e.right);
      const folded = fold(e.op, literalNumber(l.v), literalNumber(r.v));
      if (folded !== undefined) return plain(folded);
      if (e.op === 'div') return strict(share(ctx, `(${l.v} / NULLIF(${r.v}, 0))`, inMember), [l, r]);
      return strict(share(ctx, `(${l.v} ${{ add: '+', sub: '-', mul: '*' }[e.op]} ${r.v})`, inMember), [l, r]);
    }
    case 'round': {
      const a = sub(e.arg);
      const s = sub(e.step);
      const q = times(a.v, '/', s.v);
      const f = e.mode === 'floor' ? `floor(${q})` : e.mode === 'ceil' ? `ceil(${q})` : `floor(${q} + 0.5)`;
      return strict(times(f, '*', s.v), [a, s]);
    }
    case 'convert': {
      const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
      const a = sub(e.arg);
      return strict(times(times(a.v, '*', num(mul)), '/', num(div)), [a]);
    }
    case 'minmax': {
      // LEAST/GREATEST ignore NULLs; the engine says min(x, unknown) is unknown.
      const parts = e.args.map(sub);
      const lits = parts.map((a) => literalNumber(a.v));
      if (lits.every((x) => x !== undefined)) {
        const x = (e.op === 'min' ? Math.min : Math.max)(...(lits as number[]));
        if (Number.isFinite(x) && !Object.is(x, -0)) return plain(num(x));
      }
      const values = parts.map((a) => `(${a.v})`).join(', ');
      const v = ctx.minmax
        ? ctx.minmax(
            e.op,
            parts.map((a) => a.v),
            inMember,
          )
        : `(SELECT CASE WHEN count(t.x) = count(*) THEN ${e.op}(t.x) END FROM (VALUES ${values}) AS t(x))`;
      // The scalar stops at the first unknown argument.
      return sequential(v, parts, (x) => `${x} IS NULL`);
    }
    case 'compare': {
      const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '=', ne: '<>' }[e.op];
      const l = sub(e.left);
      const r = sub(e.right);
      return strict(`(${l.v} ${op} ${r.v})`, [l, r]);
    }
    case 'oneOf': {
      const a = sub(e.arg);
      return strict(`(${a.v} IN (${e.values.map(quoteLiteral).join(', ')}))`, [a]);
    }
    case 'logic': {
      const parts = e.args.map(sub);
      const v = `(${parts.map((a) => a.v).join(e.op === 'and' ? ' AND ' : ' OR ')})`;
      // SQL may evaluate AND/OR operands in any order; the flags encode the scalar's order.
      return sequential(v, parts, (x) => `${x} IS ${e.op === 'and' ? 'FALSE' : 'TRUE'}`);
    }
    case 'not': {
      const a = sub(e.arg);
      return strict(`(NOT ${a.v})`, [a]);
    }
    case 'if': {
      const c = sub(e.cond);
      const a = sub(e.ifTrue);
      const b = sub(e.ifFalse);
      // Simple CASE evaluates the condition once; NULL matches neither arm → unknown.
      return {
        v: `(CASE ${c.v} WHEN TRUE THEN ${a.v} WHEN FALSE THEN ${b.v} END)`,
        ...ifFlags(c, a, b),
      };
    }
    case 'shortcut': {
      // `exact` where it is known, else `full`: COALESCE evaluates `full` only for those rows.
      const x = sub(e.exact);
      const y = sub(e.full);
      const v = `COALESCE(${x.v}, ${y.v})`;
      if (x.u === 'FALSE' && y.u === 'FALSE') return plain(v);
      const when = (a: string, b: string) =>
        a === 'FALSE' && b === 'FALSE'
          ? 'FALSE'
          : `(CASE WHEN ${a} THEN TRUE WHEN ${x.v} IS NULL THEN ${b} ELSE FALSE END)`;
      // `full` runs only where `exact` is unknown, and `collect` then visits `full` alone (missing.ts).
      return { v, f: when(x.f, y.f), u: when(x.f, y.u) };
    }
    case 'aggregate': {
      const body = sqlOut(ctx, e.body, true);
      return ctx.aggregate ? ctx.aggregate(e.op, body) : aggregate(ctx, e.op, body);
    }
    case 'yearsSince': {
      const a = sub(e.arg);
      // yyyymmdd arithmetic, exactly as util/dates.ts does it.
      return strict(
        `(trunc((${dateToNum(ctx.date)} - to_char(${a.v}, 'YYYYMMDD')::integer) / 10000.0)::double precision)`,
        [a],
      );
    }
    default:
      return assertNever(e);
  }
}

/**
 * `x * s` or `x / s`, or just `x` where `s` is the literal 1: multiplying or dividing a double
 * by 1 gives it back bit for bit (NaN, infinities and -0 included), and PostgreSQL would
 * otherwise do it for every row (whole-won rounding and unit conversions are full of them).
 */
function times(x: string, op: '*' | '/', s: string): string {
  return s === ONE ? x : `(${x} ${op} ${s})`;
}
const ONE = '1::double precision';

/**
 * A member aggregate over grouped rows whose body value, flags and member position are the
 * expressions `x`, `f`, `u`, `o`: the aggregate's result and, when the body can fail, its flags.
 * With `ordered`, the rows reach the aggregates in member order already (set-select.ts), so no
 * aggregate sorts its own rows.
 */
export function aggregateOver(
  op: 'sum' | 'count' | 'any' | 'all',
  body: Sql,
  s: { x: string; f: string; u: string; o: string },
  opts: { readonly ordered?: boolean } = {},
): { result: string; f: string | null; u: string | null } {
  const order = opts.ordered ? '' : ` ORDER BY ${s.o}`;
  const complete = `count(${s.x}) = count(*)`;
  const result = {
    // Member order fixes the accumulation order, so float sums equal JavaScript's left-to-right sum.
    sum: `CASE WHEN ${complete} THEN coalesce(sum(${s.x}${order}), 0) END`,
    count: `CASE WHEN ${complete} THEN (count(*) FILTER (WHERE ${s.x}))::double precision END`,
    any: `CASE WHEN bool_or(${s.x}) THEN TRUE WHEN ${complete} THEN FALSE END`,
    all: `CASE WHEN NOT bool_and(${s.x}) THEN FALSE WHEN ${complete} THEN TRUE END`,
  }[op];
  if (body.u === 'FALSE') return { result, f: null, u: null };
  // The scalar walks members in order and stops at the first unknown (sum, count) or
  // decisive (any, all) one: the first member that fails or stops decides `f`.
  const stop = op === 'sum' || op === 'count' ? `${s.x} IS NULL` : op === 'any' ? `${s.x} IS TRUE` : `${s.x} IS FALSE`;
  const f = `coalesce((array_agg(${s.f}${order}) FILTER (WHERE ${s.f} OR ${stop}))[1], FALSE)`;
  // An unknown result makes `collect` run the body for every member.
  const u = `(${f} OR (${result}) IS NULL AND coalesce(bool_or(${s.u}), FALSE))`;
  return { result, f, u };
}

function aggregate(ctx: SqlCtx, op: 'sum' | 'count' | 'any' | 'all', body: Sql): Sql {
  const rows = `(SELECT ${body.v} AS x, ${body.f} AS f, ${body.u} AS u, m."ordinal" AS o FROM ${quoteTable(ctx.members)} AS m WHERE m."household_id" = h."id") AS s`;
  const a = aggregateOver(op, body, { x: 's.x', f: 's.f', u: 's.u', o: 's.o' });
  const v = `(CASE WHEN h."members_known" THEN (SELECT ${a.result} FROM ${rows}) END)`;
  if (a.f === null || a.u === null) return plain(v);
  const flag = (x: string) => `(h."members_known" AND (SELECT ${x} FROM ${rows}))`;
  return { v, f: flag(a.f), u: flag(a.u) };
}

/** A table key: a literal, or an expression (an enum's with the values it can take). */
type Key = { lit: string } | (Sql & { text: boolean; values?: readonly string[] });

/**
 * Whether the table has a cell for every value the keys can take once they are known: literal
 * keys it has, enum keys every value of their enum. Then a known key never misses (an enum
 * column holds only its values: a CHECK constraint on the tables, -1 unknown in the columns).
 */
function covers(t: number | TableValue | undefined, keys: readonly Key[], depth = 0): boolean {
  if (t === undefined) return false;
  if (typeof t === 'number') return true;
  const key = keys[depth];
  if (key === undefined) return false;
  if ('lit' in key) return covers(t[key.lit], keys, depth + 1);
  return key.values?.every((x) => covers(t[x], keys, depth + 1)) === true;
}

function param(ctx: SqlCtx, id: string, keys: readonly Key[], inMember: boolean): Sql {
  const def = ctx.program.parameters.get(id) as ParameterDef;
  const value = periodInForce(def, ctx.date)?.value;
  if (value === undefined) return noPeriod(def, keys);
  const leaf = (x: number) => (def.unit === 'bool' ? (x !== 0 ? 'TRUE' : 'FALSE') : num(x));
  const walk = (t: number | TableValue, depth: number): string => {
    if (typeof t === 'number') return leaf(t);
    const key = keys[depth] as Key;
    if ('lit' in key) {
      const hit = t[key.lit];
      return hit === undefined ? 'NULL' : walk(hit, depth + 1);
    }
    const max = key.text ? undefined : maxNumericKey(t);
    // A literal number as key (a parameter, a constant): the cell is read now, as lookup.ts does.
    const known = key.text ? undefined : literalNumber(key.v);
    if (known !== undefined) {
      const hit =
        t[String(known)] ??
        (max !== undefined && def.beyondMax === 'last' && Number.isInteger(known) && known > max
          ? t[String(max)]
          : undefined);
      return hit === undefined ? 'NULL' : walk(hit, depth + 1);
    }
    const arms = Object.entries(t).map(([k, child]) => {
      const label = max !== undefined ? num(Number(k)) : quoteLiteral(k);
      return `WHEN ${label} THEN ${walk(child, depth + 1)}`;
    });
    // A key absent from the table yields NULL here, and `f` below reports the miss.
    const beyond =
      max !== undefined && def.beyondMax === 'last'
        ? ` ELSE (CASE WHEN ${key.v} > ${num(max)} AND ${key.v} = trunc(${key.v}) THEN ${walk(t[String(max)] as number | TableValue, depth + 1)} END)`
        : '';
    return `(CASE ${key.v} ${arms.join(' ')}${beyond} END)`;
  };
  if (typeof value === 'number') return plain(walk(value, 0));
  // The value is read again by the lookup's flag: computed once per row in the set-based query.
  const v = share(ctx, walk(value, 0), inMember);
  const exprs = keys.filter((k): k is Sql & { text: boolean } => !('lit' in k));
  // Every key a literal: the cell is known now, so the lookup misses always or never.
  if (exprs.length === 0) return v === 'NULL' ? { v, f: 'TRUE', u: 'TRUE' } : plain(v);
  // Like interpret.ts: keys left to right, the first unknown one ends the lookup without
  // error; with every key known, a NULL cell is a miss (cells themselves are never NULL).
  // Every cell there for whatever known keys: only a key's own failure can fail the lookup.
  const whole = covers(value, keys);
  if (whole && exprs.every((k) => k.f === 'FALSE')) return { v, f: 'FALSE', u: anyOf(exprs.map((k) => k.u)) };
  const arms = exprs.flatMap((k) => [
    ...(k.f === 'FALSE' ? [] : [`WHEN ${k.f} THEN TRUE`]),
    `WHEN ${k.v} IS NULL THEN FALSE`,
  ]);
  const f = `(CASE ${arms.join(' ')} ELSE ${whole ? 'FALSE' : `${v} IS NULL`} END)`;
  return { v, f, u: anyOf([f, ...exprs.map((k) => k.u)]) };
}

/**
 * No period covers the date: like interpret.ts, the keys are still read left to right (an
 * unknown one ends the lookup without error), and a lookup that gets past them fails.
 */
function noPeriod(def: ParameterDef, keys: readonly Key[]): Sql {
  const v = def.unit === 'bool' ? 'NULL::boolean' : 'NULL::double precision';
  const exprs = keys.filter((k): k is Sql & { text: boolean } => !('lit' in k));
  if (exprs.length === 0) return { v, f: 'TRUE', u: 'TRUE' };
  const arms = exprs.flatMap((k) => [
    ...(k.f === 'FALSE' ? [] : [`WHEN ${k.f} THEN TRUE`]),
    `WHEN ${k.v} IS NULL THEN FALSE`,
  ]);
  const f = `(CASE ${arms.join(' ')} ELSE TRUE END)`;
  return { v, f, u: anyOf([f, ...exprs.map((k) => k.u)]) };
}
