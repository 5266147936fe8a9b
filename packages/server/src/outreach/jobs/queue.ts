import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Database, OutreachJobTable } from '../../db/schema.ts';
import type { RowResult } from './screen-block.ts';
import type { JobTallies } from './tallies.ts';
import { keepJobCounts, lockListOf } from './year-counts.ts';

export type OutreachJob = Selectable<OutreachJobTable>;

/** A lease that runs out `seconds` from now, as the database tells time. */
export const leaseEnd = (seconds: number) => sql<Date>`now() + make_interval(secs => ${seconds})`;

/**
 * The oldest row of a queue table no live worker holds: queued, or running under a lease that ran
 * out (its worker died), locked for the caller's transaction. SKIP LOCKED lets two servers on one
 * PostgreSQL ask at once without both getting it.
 */
export function nextUnheld(trx: Transaction<Database>, table: 'outreach_job' | 'outreach_whatif_run') {
  // Both tables hold these columns alike; Kysely cannot type a query over either, so it is typed over one.
  return trx
    .selectFrom(table as 'outreach_job')
    .select('id')
    .where('state', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
    .orderBy('created_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/**
 * Takes the oldest job no live worker holds: queued, or running under a lease that ran out (its
 * worker died). SKIP LOCKED lets two servers on one PostgreSQL ask at once without both getting it;
 * the lease keeps it theirs between blocks.
 */
export async function claimJob(
  db: Kysely<Database>,
  worker: string,
  leaseSeconds: number,
): Promise<OutreachJob | undefined> {
  return db.transaction().execute(async (trx) => {
    const next = await nextUnheld(trx, 'outreach_job');
    if (!next) return undefined;
    return trx
      .updateTable('outreach_job')
      .set({
        state: 'running',
        worker,
        lease_until: leaseEnd(leaseSeconds),
        started_at: sql`coalesce(started_at, now())`,
        updated_at: sql`now()`,
      })
      .where('id', '=', next.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** The job moved on without this worker: cancelled, or taken over after its lease ran out. */
export class JobLost extends Error {}

/**
 * Writes a block's results and moves the job's cursor past them in one transaction, only if the
 * job is still this worker's and still where the worker left it: so a block is committed once,
 * by one worker, or not at all. `inside` runs last in the transaction (tests crash there).
 */
export async function commitBlock(
  db: Kysely<Database>,
  job: { id: string; worker: string; leaseSeconds: number },
  from: number,
  to: number,
  fraction: number,
  results: readonly RowResult[],
  tallies: JobTallies | undefined,
  inside?: () => void | Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ok = results.filter((r) => r.ok).length;
    const moved = await trx
      .updateTable('outreach_job')
      .set({
        ...(tallies === undefined ? {} : { tallies: JSON.stringify(tallies) }),
        last_row: to,
        rows_done: sql`rows_done + ${results.length}`,
        rows_ok: sql`rows_ok + ${ok}`,
        rows_bad: sql`rows_bad + ${results.length - ok}`,
        fraction,
        lease_until: leaseEnd(job.leaseSeconds),
        updated_at: sql`now()`,
      })
      .where('id', '=', job.id)
      .where('worker', '=', job.worker)
      .where('last_row', '=', from)
      .where('state', '=', 'running')
      .returning('id')
      .executeTakeFirst();
    if (!moved) throw new JobLost();
    if (results.length > 0) {
      await trx
        .insertInto('outreach_result')
        .values(
          results.map((r) => ({
            job_id: job.id,
            row_number: r.row,
            ok: r.ok,
            reference: r.reference,
            district: r.district,
            eligible_count: r.eligibleCount,
            unreached_count: r.unreachedCount,
            programs: JSON.stringify(r.programs),
            missing_paths: JSON.stringify(r.missingPaths),
            errors: JSON.stringify(r.errors),
          })),
        )
        .execute();
    }
    await inside?.();
  });
}

/**
 * The end of a job this worker holds: done, or failed with a plain reason. A job done has its counts
 * kept (year-counts.ts) in the same transaction, so a crash leaves it running and uncounted, and it is
 * counted when resumed; only a running job can end, so no job is counted twice. `inside` runs last
 * in the transaction (tests crash there).
 */
export async function finishJob(
  db: Kysely<Database>,
  job: { id: string; worker: string },
  outcome: { state: 'done'; tallies?: JobTallies } | { state: 'failed'; reason: { ko: string; en: string } },
  inside?: () => void | Promise<void>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (outcome.state === 'done') await lockListOf(trx, job.id);
    const row = await trx
      .updateTable('outreach_job')
      .set({
        ...(outcome.state === 'done' && outcome.tallies ? { tallies: JSON.stringify(outcome.tallies) } : {}),
        state: outcome.state,
        failure: outcome.state === 'failed' ? JSON.stringify(outcome.reason) : null,
        fraction: outcome.state === 'done' ? 1 : sql`fraction`,
        finished_at: sql`now()`,
        updated_at: sql`now()`,
        lease_until: null,
        worker: null,
      })
      .where('id', '=', job.id)
      .where('worker', '=', job.worker)
      .where('state', '=', 'running')
      .returning('id')
      .executeTakeFirst();
    if (row === undefined) return false;
    if (outcome.state === 'done') await keepJobCounts(trx, job.id);
    await inside?.();
    return true;
  });
}

/** Gives a job back on a clean shutdown, so the next worker need not wait for the lease to run out. */
export async function releaseJob(db: Kysely<Database>, job: { id: string; worker: string }): Promise<void> {
  await db
    .updateTable('outreach_job')
    .set({ lease_until: null, worker: null })
    .where('id', '=', job.id)
    .where('worker', '=', job.worker)
    .execute();
}

/**
 * PGlite's folder is opened by one process only, so at start no earlier worker can be alive:
 * its leases are void and its jobs (or what-if runs) resume at once instead of after the lease.
 */
export async function releaseAllLeases(
  db: Kysely<Database>,
  table: 'outreach_job' | 'outreach_whatif_run' = 'outreach_job',
): Promise<void> {
  await db
    .updateTable(table as 'outreach_job')
    .set({ lease_until: null, worker: null })
    .where('state', '=', 'running')
    .execute();
}

/** Stops a queued or running job; rows already screened keep their results. */
export async function cancelJob(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .updateTable('outreach_job')
    .set({ state: 'cancelled', finished_at: sql`now()`, updated_at: sql`now()`, lease_until: null, worker: null })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** What a person reads when a job failed on a fault of Jibsa's, not of the file. */
export const GAVE_UP = (tries: number) => ({
  ko: `선별 중 프로그램 오류가 ${tries}번 나서 멈췄습니다. 이미 선별한 행의 결과는 남아 있습니다. 관리자에게 알려 주세요.`,
  en: `Screening stopped after an internal error happened ${tries} times. Rows already screened keep their results. Please tell your administrator.`,
});

/**
 * A worker threw while holding the job (a bug, not a bad file): the failure is counted and the job
 * handed back to be tried again after `retrySeconds`; at `maxFailures` it fails with a plain
 * message instead, so a job that always throws is not taken up forever. Rows committed before
 * stay. Answers the job's state afterwards, or undefined when the job was no longer this worker's.
 */
export async function recordFailure(
  db: Kysely<Database>,
  job: { id: string; worker: string },
  maxFailures: number,
  retrySeconds: number,
): Promise<'running' | 'failed' | undefined> {
  const giveUp = sql<boolean>`failures + 1 >= ${maxFailures}`;
  const row = await db
    .updateTable('outreach_job')
    .set({
      failures: sql`failures + 1`,
      state: sql`case when ${giveUp} then 'failed' else state end`,
      failure: sql`case when ${giveUp} then ${JSON.stringify(GAVE_UP(maxFailures))}::jsonb else failure end`,
      finished_at: sql`case when ${giveUp} then now() else finished_at end`,
      lease_until: sql`case when ${giveUp} then null else ${leaseEnd(retrySeconds)} end`,
      worker: null,
      updated_at: sql`now()`,
    })
    .where('id', '=', job.id)
    .where('worker', '=', job.worker)
    .where('state', '=', 'running')
    .returning('state')
    .executeTakeFirst();
  return row?.state as 'running' | 'failed' | undefined;
}
