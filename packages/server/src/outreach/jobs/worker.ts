import type { FastifyInstance } from 'fastify';
import { safeError } from '../../platform/logging.ts';
// Its type, and the FastifyInstance.screenPool it declares (the bench's project does not read app.ts).
import type { ScreenPool } from '../../screening/screen-pool.ts';
import { claimJob, recordFailure, releaseAllLeases } from './queue.ts';
import { startQueueLoop } from './queue-loop.ts';
import { type RunOptions, type RunOutcome, runJob } from './run-job.ts';

export const BLOCK_ROWS = 1000;
/** A job that throws this many times fails with a message; a passing fault (a lost connection) gets retries. */
export const MAX_FAILURES = 3;
const RETRY_SECONDS = 5;

export type WorkOutcome = RunOutcome | 'idle' | 'retry';

/**
 * Takes one job from the queue and screens it. A throw while screening (a bug, or the database
 * going away) is counted against the job: it is tried again after a pause, and fails with a
 * message at MAX_FAILURES rather than being taken up forever.
 */
export async function workOnce(
  opts: RunOptions,
  log: Pick<FastifyInstance['log'], 'info' | 'warn'>,
  maxFailures = MAX_FAILURES,
  retrySeconds = RETRY_SECONDS,
): Promise<WorkOutcome> {
  const job = await claimJob(opts.db, opts.worker, opts.leaseSeconds);
  if (!job) return 'idle';
  try {
    const outcome = await runJob(opts, job);
    log.info({ job: job.id, outcome }, 'outreach job');
    return outcome;
  } catch (error) {
    const state = await recordFailure(opts.db, { id: job.id, worker: opts.worker }, maxFailures, retrySeconds);
    log.warn({ job: job.id, state, err: safeError(error) }, 'outreach job threw');
    return state === 'failed' ? 'failed' : 'retry';
  }
}

/**
 * The background worker every server runs: it takes one job at a time from the database queue and
 * screens it (queue-loop.ts). On close it finishes the block in hand and gives the job back.
 */
export function startOutreachWorker(app: FastifyInstance, uploadsDir: string): { wake(): void } {
  const pool: ScreenPool | null = app.screenPool;
  return startQueueLoop(app, {
    name: 'outreach queue',
    before: async () => {
      if (app.database.kind === 'pglite') await releaseAllLeases(app.db);
    },
    step: async (worker, stopping) => {
      const opts: RunOptions = {
        db: app.db,
        uploadsDir,
        worker,
        leaseSeconds: app.config.outreach.leaseSeconds,
        blockRows: BLOCK_ROWS,
        stopping,
        ...(pool ? { screenLines: (date, hs) => pool.lines(date, hs) } : {}),
      };
      const outcome = await workOnce(opts, app.log);
      return outcome !== 'idle' && outcome !== 'retry';
    },
  });
}
