import { canonicalProgramId, catalog, householdSchema } from '@jibsa/programs';
import type { Program } from '@jibsa/rules';
import { columnTypes, quoteTable } from '@jibsa/rules/sql';
import {
  createResultsTableSql,
  insertProgramRows,
  programQueries,
  type Query,
  resultsKeySql,
  tableParts,
} from './results-table.ts';
import { type Connection, screenInSlices } from './screen-in-slices.ts';

export type { Query } from './results-table.ts';

export interface ScreenSqlOptions {
  readonly date: string;
  /** Input tables, optionally schema-qualified (layout: docs/screen-sql.md). */
  readonly households: string;
  readonly members: string;
  /** Results table to create. */
  readonly into: string;
  /** Program ids; empty = every screenable program in the catalog. */
  readonly programs: readonly string[];
  /** Drop an existing results table first instead of refusing. */
  readonly replace: boolean;
  /**
   * Connections screening side by side, each over its own range of household ids (PostgreSQL
   * only: needs `open`). 1, the default, screens in one transaction on the one connection.
   */
  readonly jobs?: number;
}

export interface ProgramCount {
  readonly program: string;
  readonly counts: Readonly<Record<string, number>>;
}

export type ScreenSqlOutcome =
  | { ok: true; households: number; perProgram: readonly ProgramCount[]; ms: number }
  | { ok: false; problem: { ko: string; en: string } };

/** Column name → data_type of a table, or null when the table is not there. */
async function columnsOf(q: Query, name: string): Promise<Map<string, string> | null> {
  const { schema, table } = tableParts(name);
  const { rows } = await q(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_name = $1 AND table_schema = coalesce($2, current_schema())`,
    [table, schema],
  );
  if (rows.length === 0) return null;
  return new Map(rows.map((r) => [String(r.column_name), String(r.data_type)]));
}

/**
 * Every column the layout names must be there with its type (a missing column would make every
 * household "unknown" without saying why, or fail deep inside the compiled query).
 */
async function layoutProblem(q: Query, opts: ScreenSqlOptions): Promise<{ ko: string; en: string } | null> {
  const want = columnTypes(householdSchema);
  for (const [name, expected] of [
    [opts.households, want.households],
    [opts.members, want.members],
  ] as const) {
    const have = await columnsOf(q, name);
    if (!have)
      return {
        ko: `표 ${name} 이(가) 데이터베이스에 없습니다. 표 모양은 jibsa screen-sql --print-schema 로 볼 수 있습니다.`,
        en: `table ${name} is not in the database; jibsa screen-sql --print-schema shows the layout.`,
      };
    const wrong = Object.entries(expected).flatMap(([col, type]) => {
      const got = have.get(col);
      // integer ids are as good as bigint; the rest must match, or the comparisons would differ.
      const fine =
        got === type ||
        (got !== undefined && /^(bigint|integer|smallint)$/.test(got) && /^(bigint|integer)$/.test(type));
      return fine ? [] : [`${col} ${type}${got ? ` (${got})` : ''}`];
    });
    if (wrong.length)
      return {
        ko: `표 ${name} 에 없거나 형식이 다른 열: ${wrong.join(', ')}`,
        en: `table ${name} lacks these columns or has another type: ${wrong.join(', ')}`,
      };
  }
  return null;
}

function programsFor(asked: readonly string[]): Program[] | { unknown: string[] } {
  const screenable = catalog.flatMap((e) => (e.program ? [e.program] : []));
  if (asked.length === 0) return screenable;
  // An old id (PROGRAM_ID_ALIASES) screens its program under today's id; an unknown one is named as asked.
  const ids = asked.map(canonicalProgramId);
  const unknown = asked.filter((_, i) => !screenable.some((p) => p.id === ids[i]));
  if (unknown.length) return { unknown };
  return screenable.filter((p) => ids.includes(p.id));
}

/**
 * Screens every household of the input tables against the programs inside the database: one
 * `INSERT … SELECT` of the compiled query per program, all in one transaction, so the results
 * table appears whole or not at all and no household leaves the database. With `jobs` above 1
 * and `open` for more connections, the households are shared out between connections
 * (screen-in-slices.ts), the results table still appearing whole or not at all.
 */
export async function screenInDatabase(
  q: Query,
  opts: ScreenSqlOptions,
  open?: () => Promise<Connection>,
): Promise<ScreenSqlOutcome> {
  const programs = programsFor(opts.programs);
  if ('unknown' in programs)
    return {
      ok: false,
      problem: {
        ko: `모르는 제도 ID: ${programs.unknown.join(', ')} (jibsa programs 로 목록을 볼 수 있습니다)`,
        en: `unknown program id: ${programs.unknown.join(', ')} (jibsa programs lists them)`,
      },
    };
  const problem = await layoutProblem(q, opts);
  if (problem) return { ok: false, problem };
  const into = quoteTable(opts.into);
  if (!opts.replace && (await columnsOf(q, opts.into)))
    return {
      ok: false,
      problem: {
        ko: `결과 표 ${opts.into} 이(가) 이미 있습니다. 바꾸려면 --replace 를 주세요.`,
        en: `results table ${opts.into} already exists; give --replace to overwrite it.`,
      },
    };
  const t0 = performance.now();
  const jobs = opts.jobs ?? 1;
  const sliced = jobs > 1 && open && (await screenInSlices(q, open, programs, { ...opts, jobs }));
  if (!sliced) await screenInOneTransaction(q, into, programs, opts);
  const ms = performance.now() - t0;
  const { rows } = await q(
    `SELECT "program", "status", count(*)::bigint AS n FROM ${into} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const byProgram = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const counts = byProgram.get(String(r.program)) ?? {};
    counts[String(r.status)] = Number(r.n);
    byProgram.set(String(r.program), counts);
  }
  const { rows: n } = await q(`SELECT count(*)::bigint AS n FROM ${quoteTable(opts.households)}`);
  return {
    ok: true,
    households: Number(n[0]?.n ?? 0),
    perProgram: programs.map((p) => ({ program: p.id, counts: byProgram.get(p.id) ?? {} })),
    ms,
  };
}

async function screenInOneTransaction(
  q: Query,
  into: string,
  programs: readonly Program[],
  opts: ScreenSqlOptions,
): Promise<void> {
  await q('BEGIN');
  try {
    if (opts.replace) await q(`DROP TABLE IF EXISTS ${into}`);
    await q(createResultsTableSql(into));
    for (const query of programQueries(programs, opts)) await insertProgramRows(q, into, query, opts.date);
    // The key is built once over the written rows, in the same transaction: an index kept up
    // row by row through every program's INSERT cost ~8 % more time on 100,000 households.
    await q(resultsKeySql(into));
    await q('COMMIT');
  } catch (error) {
    await q('ROLLBACK');
    throw error;
  }
}
