import type { ParameterOverride } from '@jibsa/rules';
import type { FastifyInstance } from 'fastify';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, OutreachWhatIfRunTable } from '../../db/schema.ts';
import { safeError } from '../../platform/logging.ts';
import { leaseEnd, nextUnheld, releaseAllLeases } from '../jobs/queue.ts';
import { startQueueLoop } from '../jobs/queue-loop.ts';
import { whatIfOut } from './answer.ts';
import { countWhatIf, scenarioEntries, screenedList } from './run.ts';

export type WhatIfRun = Selectable<OutreachWhatIfRunTable>;

/** Progress is written at most this often (and the lease renewed with it). */
const REPORT_MS = 1000;

/** The run left this worker (another took it over after its lease ran out), or the server is stopping. */
class RunLeft extends Error {}

/** Queues a what-if over a list too long to count while the caller waits. */
export async function queueWhatIf(
  db: Kysely<Database>,
  run: { jobId: string; staffId: string; overrides: readonly ParameterOverride[]; rowsTotal: number },
): Promise<WhatIfRun> {
  return db
    .insertInto('outreach_whatif_run')
    .values({
      job_id: run.jobId,
      requested_by: run.staffId,
      overrides: JSON.stringify(run.overrides),
      rows_total: run.rowsTotal,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Runs `staffId` asked for that are still queued or running. */
export async function unfinishedRuns(db: Kysely<Database>, staffId: string): Promise<number> {
  const row = await db
    .selectFrom('outreach_whatif_run')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('requested_by', '=', staffId)
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The oldest run no live worker holds: queued, or running under a lease that ran out (its server died). */
async function claimRun(db: Kysely<Database>, worker: string, leaseSeconds: number): Promise<WhatIfRun | undefined> {
  return db.transaction().execute(async (trx) => {
    const next = await nextUnheld(trx, 'outreach_whatif_run');
    if (!next) return undefined;
    // From the first row again: nothing partial was kept, so nothing is counted twice.
    return trx
      .updateTable('outreach_whatif_run')
      .set({ state: 'running', worker, lease_until: leaseEnd(leaseSeconds), rows_done: 0 })
      .where('id', '=', next.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** Counts one claimed run to its end and writes its answer; a list file gone since fails it with a reason. */
async function countRun(app: FastifyInstance, uploadsDir: string, run: WhatIfRun, stopping: () => boolean) {
  const db = app.db;
  const leaseSeconds = app.config.outreach.leaseSeconds;
  const mine = () =>
    db
      .updateTable('outreach_whatif_run')
      .where('id', '=', run.id)
      .where('worker', '=', run.worker)
      .where('state', '=', 'running');
  const job = await db.selectFrom('outreach_job').selectAll().where('id', '=', run.job_id).executeTakeFirst();
  const list = job
    ? await db
        .selectFrom('outreach_list')
        .select(['storage_name', 'headers'])
        .where('id', '=', job.list_id)
        .executeTakeFirst()
    : undefined;
  if (!job || !list) {
    await mine()
      .set({ state: 'failed', error_code: 'JIBSA_NOT_FOUND', finished_at: sql`now()`, lease_until: null })
      .execute();
    return;
  }
  const overrides = run.overrides as unknown as ParameterOverride[];
  let reported = Date.now();
  try {
    // Inside the try: figures checked when the run was asked for may no longer apply (a new version
    // of Jibsa between asking and counting); the run then fails with a reason instead of being retried.
    const entries = scenarioEntries(overrides, job.screening_date);
    const counts = await countWhatIf({
      ...screenedList(uploadsDir, job, list),
      entries,
      overrides,
      onBlock: async (rowsRead) => {
        if (stopping()) throw new RunLeft();
        if (Date.now() - reported < REPORT_MS) return;
        reported = Date.now();
        const moved = await mine()
          .set({ rows_done: rowsRead, lease_until: leaseEnd(leaseSeconds) })
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) === 0) throw new RunLeft();
      },
    });
    const result = whatIfOut(job, overrides, entries, counts);
    await mine()
      .set({
        state: 'done',
        result: JSON.stringify(result),
        rows_done: counts.households + counts.rowsSkipped,
        finished_at: sql`now()`,
        lease_until: null,
      })
      .execute();
  } catch (error) {
    if (error instanceof RunLeft) {
      // Stopping: handed back to the queue at once, for this server's next start or another server.
      if (stopping()) await mine().set({ state: 'queued', worker: null, lease_until: null, rows_done: 0 }).execute();
      return;
    }
    const gone = (error as { code?: string }).code === 'ENOENT';
    if (!gone) app.log.warn({ run: run.id, err: safeError(error) }, 'what-if run threw');
    await mine()
      .set({
        state: 'failed',
        error_code: gone ? 'JIBSA_NOT_FOUND' : 'JIBSA_INTERNAL',
        finished_at: sql`now()`,
        lease_until: null,
      })
      .execute();
  }
}

/**
 * The background counter every server with a worker runs (JIBSA_OUTREACH_WORKER): one what-if at a
 * time (queue-loop.ts), at once when `wake` is called (a run was just queued).
 */
export function startWhatIfRunner(app: FastifyInstance, uploadsDir: string): { wake(): void } {
  return startQueueLoop(app, {
    name: 'what-if queue',
    before: async () => {
      if (app.database.kind === 'pglite') await releaseAllLeases(app.db, 'outreach_whatif_run');
    },
    step: async (worker, stopping) => {
      const claimed = await claimRun(app.db, worker, app.config.outreach.leaseSeconds);
      if (claimed) await countRun(app, uploadsDir, claimed, stopping);
      return claimed !== undefined;
    },
  });
}
