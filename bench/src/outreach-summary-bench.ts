/**
 * A finished 발굴 screening's summary on PGlite and PostgreSQL: the comparison with the list's
 * earlier screening (newly and no longer likely eligible, newly by program) in one statement, against
 * the previous three statements of per-element index probes (outreach-compare-previous.ts) on the
 * same rows in the same run, their answers checked equal; then the whole job answer (jobOut) read
 * twice, as the screen does once a job ends: the first read counts, the second is kept; and read
 * once more with the counts the worker keeps as it writes the rows (0022), beside what keeping them
 * adds to the worker's blocks.
 * Rows are fictional results made in SQL: 21 programs a row, a fifth likely eligible, and one
 * program in twenty rows changed between the two screenings.
 *   node --import tsx bench/src/outreach-summary-bench.ts [--quick]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {} from '@fastify/cookie';
import { catalog } from '@jibsa/programs';
import { type Kysely, sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/connect.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import * as eligibleRowsIndex from '../../packages/server/src/db/migrations/0025-outreach-eligible-rows.ts';
import type { Database } from '../../packages/server/src/db/schema.ts';
import { comparedOut, earlierIds } from '../../packages/server/src/outreach/earlier-screening.ts';
import { jobOut } from '../../packages/server/src/outreach/job-summary.ts';
import type { RowResult } from '../../packages/server/src/outreach/jobs/screen-block.ts';
import { addBlock, freshTallies } from '../../packages/server/src/outreach/jobs/tallies.ts';
import { BLOCK_ROWS } from '../../packages/server/src/outreach/jobs/worker.ts';
import { keepJobCounts } from '../../packages/server/src/outreach/jobs/year-counts.ts';
import { resultPage } from '../../packages/server/src/outreach/result-page.ts';
// The server's Fastify declarations (request.server.db …, and request.cookies above), which its modules imported here rely on.
import type {} from '../../packages/server/src/platform/context.ts';
import { previousComparison } from './outreach-compare-previous.ts';
import { openBenchDb } from './pg-bench-db.ts';

const QUICK = process.argv.includes('--quick');
const ROWS = QUICK ? 20_000 : 200_000;
const POSTGRES_ADMIN_URL = process.env.JIBSA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

const IDS = catalog.filter((e) => e.program).map((e) => e.id);

/** Whether row `g` is likely eligible for program `k` in screening `job` (1 or 2): job 2 flips one program in 20 rows. */
const eligible = (job: number) =>
  `(((g * 31 + k * 17) % 5 = 0) <> (${job} = 2 and g % 20 = 0 and k = g % ${IDS.length}))`;

async function fill(db: Kysely<Database>) {
  const list = await db
    .insertInto('outreach_list')
    .values({
      district: null,
      file_name: '명단.csv',
      kind: 'csv',
      encoding: 'utf-8',
      byte_size: 0,
      headers: JSON.stringify([]),
      storage_name: 'bench.csv',
      delete_after: new Date(Date.now() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const jobs: string[] = [];
  for (const [n, date] of [
    [1, '2026-12-01'],
    [2, '2027-01-01'],
  ] as const) {
    const job = await db
      .insertInto('outreach_job')
      .values({ list_id: list.id, mapping: JSON.stringify({}), encoding: 'utf-8', screening_date: date })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = `array[${IDS.map((id) => `'${id}'`).join(', ')}]`;
    const e = eligible(n);
    await sql
      .raw(`insert into outreach_result (job_id, row_number, ok, district, eligible_count, programs)
        select '${job.id}', g, true, (array['dong','seo','nam','buk','gwangsan'])[1 + g % 5],
          (select count(*) from generate_series(0, ${IDS.length - 1}) k where ${e}),
          (select coalesce(jsonb_agg(jsonb_build_object(
              'id', (${ids})[k + 1],
              'status', case when ${e} then 'eligible' else 'unknown' end,
              'amount', case when ${e} then (g * 7919 + k * 104729) % 500000 end,
              'missing', '[]'::jsonb) order by k), '[]'::jsonb)
            from generate_series(0, ${IDS.length - 1}) k where ${e} or (g + k) % 3 <> 0)
        from generate_series(1, ${ROWS}) g`)
      .execute(db);
    await db
      .updateTable('outreach_job')
      .set({ state: 'done', rows_done: ROWS, rows_ok: ROWS, fraction: 1, finished_at: new Date() })
      .where('id', '=', job.id)
      .execute();
    jobs.push(job.id);
  }
  await sql`analyze outreach_result`.execute(db);
  return jobs as [string, string];
}

const timed = async <T>(f: () => Promise<T>) => {
  const t0 = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t0 };
};

async function measure(name: string, handle: DatabaseHandle) {
  const db = handle.db;
  await migrateToLatest(db as never);
  const made = await timed(() => fill(db));
  const [earlierId, jobId] = made.value;
  const job = await db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  const earlier = { id: earlierId, date: '2026-12-01' };
  const now = await timed(() => comparedOut(db, job, earlier));
  const before = await timed(() => previousComparison(db, jobId, earlierId));
  const a = now.value;
  const b = before.value;
  const agree =
    a !== null &&
    a.newlyEligible === b.newlyEligible &&
    a.noLongerEligible === b.noLongerEligible &&
    JSON.stringify(a.newlyByProgram.map((p) => [p.id, p.households])) ===
      JSON.stringify(b.newlyByProgram.map((p) => [p.id, p.households]));
  console.log(
    `${name}: ${fmt(ROWS)} rows a screening, made in ${fmt(made.ms / 1000, 1)} s; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `  comparison, one statement        ${fmt(now.ms)} ms   (newly ${fmt(a?.newlyEligible ?? 0)}, no longer ${fmt(a?.noLongerEligible ?? 0)}, ${a?.newlyByProgram.length ?? 0} programs)`,
  );
  console.log(
    `  peer: three statements, a probe per element ${fmt(before.ms)} ms   one statement ×${fmt(before.ms / now.ms, 1)}; answers ${agree ? 'agree' : 'DIFFER'}`,
  );
  const first = await timed(() => jobOut(db, job));
  const second = await timed(() => jobOut(db, job));
  console.log(
    `  the whole job answer counted from the rows (a job screened before counts were kept): first read ${fmt(first.ms)} ms, then ${fmt(second.ms, 1)} ms (kept in the process)`,
  );
  // The worker's way since 0022: counts kept block by block as the rows are written.
  const kept = await tallyAsWritten(db, jobId, earlierId);
  await db
    .updateTable('outreach_job')
    .set({ tallies: JSON.stringify(kept.tallies) })
    .where('id', '=', jobId)
    .execute();
  const withTallies = await db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  const read = await timed(() => jobOut(db, withTallies));
  const same = JSON.stringify(read.value) === JSON.stringify(first.value);
  console.log(
    `  counts kept as rows are written: the worker's extra ${fmt(kept.ms / (ROWS / BLOCK_ROWS), 2)} ms a ${fmt(BLOCK_ROWS)}-row block (${fmt(kept.ms)} ms in all); first read ${fmt(read.ms, 1)} ms   ×${fmt(first.ms / read.ms)} faster than counting; answers ${same ? 'agree' : 'DIFFER'}`,
  );
  // The year counts a finished job keeps, made in the transaction that ends it: from the kept
  // counts, and (the peer) counted from the rows, as for a job screened before them.
  const yearCounts = () => db.transaction().execute((trx) => keepJobCounts(trx, jobId));
  const yearKept = await timed(yearCounts);
  const keptRows = await yearRows(db, jobId);
  await db.updateTable('outreach_job').set({ tallies: null }).where('id', '=', jobId).execute();
  const yearCounted = await timed(yearCounts);
  const yearSame = JSON.stringify(keptRows) === JSON.stringify(await yearRows(db, jobId));
  console.log(
    `  year counts as the job ends: from kept counts ${fmt(yearKept.ms, 1)} ms   peer: counted from the rows ${fmt(yearCounted.ms)} ms   ×${fmt(yearCounted.ms / yearKept.ms)}; rows ${yearSame ? 'agree' : 'DIFFER'} (${keptRows.length})`,
  );
  const page = await emptyFirstPage(db, jobId);
  console.log(
    `  results screen's first page of a job with no row likely eligible (a list with no income columns): ${fmt(page.ms, 1)} ms   peer: without 0025's index ${fmt(page.peerMs, 1)} ms   ×${fmt(page.peerMs / page.ms)}; rows ${page.rows} and ${page.peerRows}`,
  );
  if (!agree) throw new Error(`${name}: the comparison differs from the previous statements`);
  if (!same) throw new Error(`${name}: the kept counts differ from the counted ones`);
  if (!yearSame) throw new Error(`${name}: the year counts from kept counts differ from the counted ones`);
  return {
    ms: now.ms,
    peerMs: before.ms,
    firstReadMs: first.ms,
    keptReadMs: read.ms,
    keptWorkMs: kept.ms,
    yearKeptMs: yearKept.ms,
    yearCountedMs: yearCounted.ms,
    emptyPageMs: page.ms,
    emptyPagePeerMs: page.peerMs,
  };
}

/**
 * The results screen opens on rows likely eligible (only=eligible); a list that says little may have
 * none. A copy of the job with no row eligible, its first page read as the screen reads it
 * (result-page.ts), with migration 0025's partial index and, as the peer, without it.
 */
async function emptyFirstPage(db: Kysely<Database>, jobId: string) {
  const from = await db.selectFrom('outreach_job').select('list_id').where('id', '=', jobId).executeTakeFirstOrThrow();
  const copy = await db
    .insertInto('outreach_job')
    .values({ list_id: from.list_id, mapping: JSON.stringify({}), encoding: 'utf-8', screening_date: '2027-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into outreach_result (job_id, row_number, ok, district, eligible_count, programs)
    select ${copy.id}, row_number, ok, district, 0, programs from outreach_result where job_id = ${jobId}`.execute(db);
  await sql`analyze outreach_result`.execute(db);
  const job = { id: copy.id, last_row: ROWS };
  const read = () => timed(() => resultPage(db, job, { only: 'eligible' }, 0, 101));
  await read();
  const withIndex = await read();
  await eligibleRowsIndex.down(db as Kysely<unknown>);
  await read();
  const without = await read();
  await eligibleRowsIndex.up(db as Kysely<unknown>);
  return { ms: withIndex.ms, peerMs: without.ms, rows: withIndex.value.length, peerRows: without.value.length };
}

const yearRows = (db: Kysely<Database>, jobId: string) =>
  db
    .selectFrom('outreach_year_count')
    .select(['district', 'program_id', 'screened', 'eligible', 'unreached', 'cases'])
    .where('job_id', '=', jobId)
    .orderBy('district')
    .orderBy('program_id')
    .execute();

/**
 * Counts kept as the worker keeps them (jobs/tallies.ts), block by block: the job's rows are read
 * back as a block's results, and only what the worker adds to a block is timed (its counts, and the
 * earlier screening's rows of the block read for the comparison).
 */
async function tallyAsWritten(db: Kysely<Database>, jobId: string, earlierId: string) {
  const tallies = freshTallies(earlierId);
  let ms = 0;
  for (let from = 0; from < ROWS; from += BLOCK_ROWS) {
    const rows = await db
      .selectFrom('outreach_result')
      .select(['row_number', 'ok', 'district', 'eligible_count', 'unreached_count', 'programs', 'errors'])
      .where('job_id', '=', jobId)
      .where('row_number', '>', from)
      .where('row_number', '<=', from + BLOCK_ROWS)
      .orderBy('row_number')
      .execute();
    const results: RowResult[] = rows.map((r) => ({
      row: r.row_number,
      ok: r.ok,
      reference: null,
      district: r.district,
      eligibleCount: r.eligible_count,
      unreachedCount: r.unreached_count,
      programs: r.programs,
      missingPaths: [],
      errors: r.errors,
    }));
    const t0 = performance.now();
    addBlock(tallies, results, await earlierIds(db, earlierId, from, from + BLOCK_ROWS));
    ms += performance.now() - t0;
  }
  return { tallies, ms };
}

async function onPglite() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-bench-outreach-'));
  const handle = await connectDatabase({ dataDir });
  try {
    return await measure('PGlite', handle);
  } finally {
    await handle.db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres() {
  const bench = await openBenchDb(POSTGRES_ADMIN_URL, 600_000);
  if (!bench) return undefined;
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${bench.name}`;
  url.searchParams.set('application_name', bench.name);
  url.searchParams.set('options', '-c statement_timeout=600000 -c client_connection_check_interval=1000');
  const handle = await connectDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
  try {
    return await measure('PostgreSQL', handle);
  } finally {
    await handle.db.destroy();
    await bench.drop();
  }
}

export async function runOutreachSummaryBench(): Promise<Record<string, number>> {
  const pglite = await onPglite();
  const postgres = await onPostgres();
  return {
    outreachCompareMsPglite: pglite.ms,
    outreachComparePeerMsPglite: pglite.peerMs,
    outreachFirstReadCountedMsPglite: pglite.firstReadMs,
    outreachFirstReadKeptMsPglite: pglite.keptReadMs,
    outreachKeptWorkMsPglite: pglite.keptWorkMs,
    outreachYearCountsKeptMsPglite: pglite.yearKeptMs,
    outreachYearCountsCountedMsPglite: pglite.yearCountedMs,
    outreachEmptyFirstPageMsPglite: pglite.emptyPageMs,
    outreachEmptyFirstPagePeerMsPglite: pglite.emptyPagePeerMs,
    ...(postgres
      ? {
          outreachCompareMsPostgres: postgres.ms,
          outreachComparePeerMsPostgres: postgres.peerMs,
          outreachFirstReadCountedMsPostgres: postgres.firstReadMs,
          outreachFirstReadKeptMsPostgres: postgres.keptReadMs,
          outreachKeptWorkMsPostgres: postgres.keptWorkMs,
          outreachYearCountsKeptMsPostgres: postgres.yearKeptMs,
          outreachYearCountsCountedMsPostgres: postgres.yearCountedMs,
          outreachEmptyFirstPageMsPostgres: postgres.emptyPageMs,
          outreachEmptyFirstPagePeerMsPostgres: postgres.emptyPagePeerMs,
        }
      : {}),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runOutreachSummaryBench();
