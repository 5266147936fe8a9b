import type { Variable } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import { aggregateOver, type SqlCtx, sqlOut } from './compile-expr.ts';
import type { Sql } from './flags.ts';
import { pairMinMax } from './fold.ts';
import { Levels } from './levels.ts';
import { quoteIdent, quoteTable } from './naming.ts';
import { failure, hide, statusOf } from './outcome.ts';

/**
 * The full screening query written so PostgreSQL runs it as a few scans and one join, with no
 * correlated subquery per row:
 *  - every member aggregate of the program comes from ONE pass over the members table, in
 *    (household_id, ordinal) order (the primary key's index or one sort of the raw rows), with
 *    ONE GROUP BY household_id whose aggregates are plain (identical ones computed once), joined
 *    to the households. The rows reach each household's aggregates in member order, so float
 *    sums equal the scalar evaluator's left-to-right sum bit for bit. (Before: running window
 *    aggregates over the sorted rows, keeping each household's last row, which finalised every
 *    aggregate on every member row; an aggregate's own ORDER BY sorts per household on
 *    PostgreSQL 15);
 *  - variables and repeated sub-expressions are computed once per row as columns of stacked
 *    subqueries ("levels"; OFFSET 0 keeps the planner from pasting them back into every reader),
 *    each passing on only the columns still read above it;
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
    // No ORDER BY inside the aggregates: the members arrive sorted (see `grouped` below).
    const a = aggregateOver(op, body, { x, f, u, o: 'm."ordinal"' }, { ordered: true });
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
    if (cols.length === 2) return pairMinMax(op, cols[0] as string, cols[1] as string);
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
    share: (expr, inMember) => (inMember ? mm.hoist(inMemberRow(expr)) : hh.hoist(expr)),
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

  const final = [
    'SELECT h."id" AS "household_id",',
    `  ${statusOf(ok, unavailable)} AS "status",`,
    `  ${amountSql} AS "amount"${crit.length ? ',' : ''}`,
    crit.map((c) => `  ${hide(c.x)} AS ${quoteIdent(`criterion_${c.id}`)}`).join(',\n'),
  ].join('\n');
  const top = hh.wrap(
    [final],
    (need) => {
      const head = [...need].map((n) =>
        n.startsWith('~a')
          ? `a.${quoteIdent(n)}`
          : n === '~has_members'
            ? '(a."household_id" IS NOT NULL) AS "~has_members"'
            : `h.${quoteIdent(n)}`,
      );
      if (aggs.size === 0) return `(SELECT ${head.join(', ')} FROM ${quoteTable(base.households)} AS h) AS h`;
      const members = mm.wrap(
        [...aggs.keys()],
        (mneed) => {
          const carried = [...mneed].filter((n) => n.startsWith('h.'));
          const cols = [...new Set(['household_id', 'ordinal', ...mneed])].map((n) =>
            n.startsWith('h.') ? `h.${quoteIdent(n.slice(2))} AS ${quoteIdent(n)}` : `m.${quoteIdent(n)}`,
          );
          const join = carried.length ? ` JOIN ${quoteTable(base.households)} AS h ON h."id" = m."household_id"` : '';
          return `(SELECT ${cols.join(', ')} FROM ${quoteTable(base.members)} AS m${join}) AS m`;
        },
        ['household_id', 'ordinal'],
        ' ORDER BY m."household_id", m."ordinal"',
      );
      const names = [...aggs.values()];
      const aggList = members.reads.map((expr, i) => `${expr} AS ${quoteIdent(names[i] as string)}`);
      // One GROUP BY over the members in (household_id, ordinal) order: every level below is
      // ordered so (the planner keeps the order through them, with no sort when an index or the
      // rows already give it), and the integer OFFSET 0 above the last keeps the pass serial,
      // so each household's rows reach its aggregates in member order and float sums are added
      // left to right as the scalar evaluator adds them, to the last bit.
      const grouped = `SELECT m."household_id", ${aggList.join(',\n      ')}
    FROM (SELECT * FROM ${members.from} ${SERIAL}) AS m
    GROUP BY m."household_id"`;
      return `(SELECT ${head.join(', ')} FROM ${quoteTable(base.households)} AS h LEFT JOIN (\n  ${grouped}\n) AS a ON a."household_id" = h."id") AS h`;
    },
    ['id'],
  );
  const rows = `${top.reads[0]}\nFROM ${top.from}`;
  return { rows };
}

/**
 * The one fence written as the integer `OFFSET 0`, which PostgreSQL counts as a limit it must
 * honour (see FENCE in levels.ts): nothing above it runs in parallel workers, so no partial aggregate can
 * split a household's members and add them in another order.
 */
const SERIAL = 'ORDER BY m."household_id", m."ordinal" OFFSET 0';
