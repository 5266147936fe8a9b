import { createHash } from 'node:crypto';
import type { Program } from '@jibsa/rules';
import { quoteIdent, quoteTable } from '@jibsa/rules/sql';
import { type IdSlice, idSlices } from './id-slices.ts';
import {
  createResultsTableSql,
  insertProgramRows,
  programQueries,
  type Query,
  resultsKeySql,
  tableParts,
} from './results-table.ts';

/** One more connection to the same PostgreSQL database. */
export interface Connection {
  readonly q: Query;
  close(): Promise<void>;
}

export interface SliceOptions {
  readonly date: string;
  readonly households: string;
  readonly members: string;
  readonly into: string;
  readonly replace: boolean;
  /** How many connections screen side by side, each its own range of household ids. */
  readonly jobs: number;
}

// Each connection reads its own range through views of these names in its own temporary schema,
// so every connection runs the very same compiled query text.
const SLICE_HOUSEHOLDS = 'jibsa_slice_households';
const SLICE_MEMBERS = 'jibsa_slice_members';

/**
 * Where the rows are written before the results table exists under its name: a table of its own
 * beside it, named after it, so a run that died half way is cleared by the next run to the same
 * table. (A name of at most 63 bytes, whatever the results table is called.)
 */
export function stagingTable(into: string): string {
  const { schema } = tableParts(into);
  const name = `jibsa_partial_${createHash('sha1').update(into).digest('hex').slice(0, 16)}`;
  return schema ? `${schema}.${name}` : name;
}

/** One connection's share: its id range of the households, every program, one transaction, into `staging`. */
async function screenSlice(
  q: Query,
  slice: IdSlice,
  opts: SliceOptions,
  queries: ReturnType<typeof programQueries>,
  staging: string,
): Promise<void> {
  await q('BEGIN');
  try {
    // bigint values from idSlices, so they can be written into the view's text as they are.
    await q(
      `CREATE TEMP VIEW ${SLICE_HOUSEHOLDS} AS SELECT * FROM ${quoteTable(opts.households)} WHERE "id" BETWEEN ${slice.from} AND ${slice.to}`,
    );
    await q(
      `CREATE TEMP VIEW ${SLICE_MEMBERS} AS SELECT * FROM ${quoteTable(opts.members)} WHERE "household_id" BETWEEN ${slice.from} AND ${slice.to}`,
    );
    for (const query of queries) await insertProgramRows(q, staging, query, opts.date);
    await q('COMMIT');
  } catch (error) {
    // Ends the failed transaction now, so its lock on the staging table does not hold up the drop.
    await q('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Screens the households on `opts.jobs` connections side by side, each over its own range of
 * ids: `INSERT … SELECT` never runs on PostgreSQL's parallel workers, so this is how one list
 * uses more than one of the server's cores. The rows go into a staging table; only when every
 * connection has committed is it renamed to the results table and keyed, in one transaction, so
 * the results table still appears whole or not at all. If any connection fails, the others are
 * cancelled and the staging table is dropped. Returns false, doing nothing, for an empty list.
 */
export async function screenInSlices(
  main: Query,
  open: () => Promise<Connection>,
  programs: readonly Program[],
  opts: SliceOptions,
): Promise<boolean> {
  const { rows } = await main(
    `SELECT min("id")::text AS lo, max("id")::text AS hi FROM ${quoteTable(opts.households)}`,
  );
  const lo = rows[0]?.lo;
  const hi = rows[0]?.hi;
  if (lo == null || hi == null) return false;
  const slices = idSlices(BigInt(String(lo)), BigInt(String(hi)), opts.jobs);
  const staging = quoteTable(stagingTable(opts.into));
  await main(`DROP TABLE IF EXISTS ${staging}`);
  await main(createResultsTableSql(staging));
  const queries = programQueries(programs, {
    date: opts.date,
    households: `pg_temp.${SLICE_HOUSEHOLDS}`,
    members: `pg_temp.${SLICE_MEMBERS}`,
  });
  try {
    await runSlices(main, open, slices, (q, slice) => screenSlice(q, slice, opts, queries, staging));
    await main('BEGIN');
    try {
      if (opts.replace) await main(`DROP TABLE IF EXISTS ${quoteTable(opts.into)}`);
      await main(`ALTER TABLE ${staging} RENAME TO ${quoteIdent(tableParts(opts.into).table)}`);
      await main(resultsKeySql(quoteTable(opts.into)));
      await main('COMMIT');
    } catch (error) {
      await main('ROLLBACK');
      throw error;
    }
  } catch (error) {
    await main(`DROP TABLE IF EXISTS ${staging}`).catch(() => undefined);
    throw error;
  }
  return true;
}

/**
 * Runs `work` once per slice, each on a connection of its own, and waits for all. When one fails
 * the others' statements are cancelled (no point finishing a run that is thrown away), and the
 * first error is thrown once every connection has stopped and closed.
 */
async function runSlices(
  main: Query,
  open: () => Promise<Connection>,
  slices: readonly IdSlice[],
  work: (q: Query, slice: IdSlice) => Promise<void>,
): Promise<void> {
  const conns: Connection[] = [];
  try {
    for (const _ of slices) conns.push(await open());
    const pids = await Promise.all(
      conns.map(async (c) => Number((await c.q('SELECT pg_backend_pid() AS pid')).rows[0]?.pid)),
    );
    let cancelled: Promise<unknown> | null = null;
    let first: { error: unknown } | null = null;
    await Promise.allSettled(
      conns.map((c, k) =>
        work(c.q, slices[k] as IdSlice).catch((error) => {
          // The others then fail with "canceling statement": the first error is the one to tell.
          first ??= { error };
          cancelled ??= main('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [
            pids.filter((_, j) => j !== k),
          ]).catch(() => undefined);
          throw error;
        }),
      ),
    );
    await cancelled;
    if (first) throw (first as { error: unknown }).error;
  } finally {
    await Promise.all(conns.map((c) => c.close().catch(() => undefined)));
  }
}
