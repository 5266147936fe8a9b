import type { Variable } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import { aggregateOver, type SqlCtx, sqlOut } from './compile-expr.ts';
import type { Sql } from './flags.ts';
import { quoteIdent, quoteTable } from './naming.ts';
import { failure, hide, statusOf } from './outcome.ts';

/**
 * The full screening query written so PostgreSQL runs it as a few sequential scans and one hash
 * join, with no correlated subquery per row:
 *  - every member aggregate of the program comes from ONE grouped pass over the members table
 *    (identical aggregates are computed once), hash-joined to the households;
 *  - variables and repeated sub-expressions are computed once per row as columns of stacked
 *    subqueries ("levels"; OFFSET 0 keeps the planner from pasting them back into every reader);
 *  - min/max take columns or literals, so they are a plain LEAST/GREATEST, not a subquery.
 * Parameters are inlined literals, every function is a built-in and parallel safe. Results are
 * those of the correlated form in select.ts, which stays the reference for the standalone
 * expressions. Returns null for programs this form does not cover (a member aggregate that
 * reads household values), whose callers keep the correlated form.
 */
export function setBasedSelect(
  program: Program,
  base: { date: string; households: string; members: string },
): { rows: string } | null {
  const hh = new Levels('h');
  const mm = new Levels('m');
  const aggs = new Map<string, string>();
  let covered = true;
  const vars = new Map<string, Sql>();
  // Household inputs a member expression reads travel with each member row, as m."h.<column>".
  const fromHousehold = new Set<string>();
  const inMemberRow = (expr: string) => {
    if (expr.includes('h."~')) covered = false; // a household variable inside a member aggregate
    return expr.replace(/(?<![\w".])h\."([^"]+)"/g, (_, col: string) => {
      fromHousehold.add(col);
      return `m.${quoteIdent(`h.${col}`)}`;
    });
  };

  const aggregate: SqlCtx['aggregate'] = (op, body) => {
    const x = mm.hoist(inMemberRow(body.v));
    const f = body.f === 'FALSE' ? 'FALSE' : mm.hoist(inMemberRow(body.f));
    const u = body.u === 'FALSE' ? 'FALSE' : mm.hoist(inMemberRow(body.u));
    const a = aggregateOver(op, body, { x, f, u, o: 'm."ordinal"' });
    const col = (expr: string) => {
      const name = aggs.get(expr) ?? `~a${aggs.size + 1}`;
      aggs.set(expr, name);
      return `h.${quoteIdent(name)}`;
    };
    // No member rows at all: the aggregate of an empty list, as the scalar evaluator gives it.
    const empty = { sum: '0::double precision', count: '0::double precision', any: 'FALSE', all: 'TRUE' }[op];
    const v = hh.hoist(
      `(CASE WHEN h."members_known" THEN (CASE WHEN h."~has_members" THEN ${col(a.result)} ELSE ${empty} END) END)`,
    );
    if (a.f === null || a.u === null) return { v, f: 'FALSE', u: 'FALSE' };
    const flag = (e: string) => hh.hoist(`(h."members_known" AND coalesce(${col(e)}, FALSE))`);
    return { v, f: flag(a.f), u: flag(a.u) };
  };
  const minmax: SqlCtx['minmax'] = (op, args, inMember) => {
    const cols = args.map((a) => (inMember ? mm.hoist(inMemberRow(a)) : hh.hoist(a)));
    const fn = op === 'min' ? 'LEAST' : 'GREATEST';
    // LEAST/GREATEST skip NULLs; the engine says min(x, unknown) is unknown.
    return `(CASE WHEN ${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')} THEN ${fn}(${cols.join(', ')}) END)`;
  };
  const ctx: SqlCtx = {
    program,
    date: base.date,
    members: base.members,
    variable: (id) => vars.get(id) as Sql,
    aggregate,
    minmax,
  };
  const hoistAll = (x: Sql): Sql => ({
    v: hh.hoist(x.v),
    f: x.f === 'FALSE' ? 'FALSE' : hh.hoist(x.f),
    u: x.u === 'FALSE' ? 'FALSE' : hh.hoist(x.u),
  });
  for (const id of program.variableOrder)
    vars.set(id, hoistAll(sqlOut(ctx, (program.variables.get(id) as Variable).expr)));
  const crit = program.criteria.map((c) => {
    const x = sqlOut(ctx, c.expr);
    // A criterion's `u` is read only inside `failure`, once.
    return { id: c.id, x: { v: hh.hoist(x.v), f: x.f === 'FALSE' ? 'FALSE' : hh.hoist(x.f), u: x.u } };
  });
  const amount = program.amount ? sqlOut(ctx, program.amount.expr) : null;
  if (!covered) return null;
  const ok = hh.hoist(crit.length ? `(${crit.map((c) => c.x.v).join(' AND ')})` : 'TRUE');
  const unavailable = hh.hoist(
    failure(
      ok,
      crit.map((c) => c.x),
      amount,
    ),
  );
  const amountSql = amount ? `CASE WHEN ${ok} AND NOT ${unavailable} THEN ${amount.v} END` : 'NULL::double precision';

  let from = `${quoteTable(base.households)} AS h`;
  let head = 'h.*';
  if (aggs.size > 0) {
    const grouped = [
      'SELECT m."household_id"',
      ...[...aggs].map(([expr, name]) => `${expr} AS ${quoteIdent(name)}`),
    ].join(',\n    ');
    const carried = [...fromHousehold].map((c) => `h.${quoteIdent(c)} AS ${quoteIdent(`h.${c}`)}`);
    const memberRows = carried.length
      ? `(SELECT m.*, ${carried.join(', ')} FROM ${quoteTable(base.members)} AS m JOIN ${quoteTable(base.households)} AS h ON h."id" = m."household_id") AS m`
      : `${quoteTable(base.members)} AS m`;
    const members = mm.wrap(memberRows, 'm');
    from += `\nLEFT JOIN (\n    ${grouped}\n  FROM ${members}\n  GROUP BY m."household_id"\n) AS a ON a."household_id" = h."id"`;
    head = `h.*, ${[...aggs.values()].map((n) => `a.${quoteIdent(n)}`).join(', ')}, (a."household_id" IS NOT NULL) AS "~has_members"`;
  }
  const top = hh.wrap(`(SELECT ${head} FROM ${from}) AS h`, 'h');
  const rows = [
    'SELECT h."id" AS "household_id",',
    `  ${statusOf(ok, unavailable)} AS "status",`,
    `  ${amountSql} AS "amount"${crit.length ? ',' : ''}`,
    crit.map((c) => `  ${hide(c.x)} AS ${quoteIdent(`criterion_${c.id}`)}`).join(',\n'),
    `FROM ${top}`,
  ].join('\n');
  return { rows };
}

/**
 * Columns computed once per row, in levels: an expression goes one level above the deepest
 * column it reads, so each level is one projection over the one below. Identical expressions
 * share a column.
 */
class Levels {
  private readonly byText = new Map<string, string>();
  private readonly levelOf = new Map<string, number>();
  private readonly levels: string[][] = [];
  constructor(private readonly alias: 'h' | 'm') {}

  hoist(expr: string): string {
    if (isSimple(expr)) return expr;
    const known = this.byText.get(expr);
    if (known) return known;
    let level = 0;
    for (const m of expr.matchAll(/"(~[hm]\d+)"/g)) level = Math.max(level, this.levelOf.get(m[1] as string) ?? 0);
    const name = `~${this.alias}${this.byText.size + 1}`;
    const ref = `${this.alias}.${quoteIdent(name)}`;
    this.levelOf.set(name, level + 1);
    const cols = this.levels[level] ?? [];
    this.levels[level] = cols;
    cols.push(`${expr} AS ${quoteIdent(name)}`);
    this.byText.set(expr, ref);
    return ref;
  }

  /** `from` (a relation aliased as this scope's alias) with every level stacked on top. */
  wrap(from: string, alias: string): string {
    let out = from;
    for (const cols of this.levels) out = `(SELECT ${alias}.*, ${cols.join(', ')} FROM ${out} OFFSET 0) AS ${alias}`;
    return out;
  }
}

/** A column, a literal or a flag constant: cheaper to repeat than to store. */
function isSimple(expr: string): boolean {
  return /^(?:[hm]\."[^"]+"|TRUE|FALSE|NULL|\(?-?[0-9.e+]+\)?::double precision|'[^']*')$/.test(expr);
}
