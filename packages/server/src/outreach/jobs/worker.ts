import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { safeError } from '../../platform/logging.ts';
import { claimJob, releaseAllLeases } from './queue.ts';
import { runJob } from './run-job.ts';

const LEASE_SECONDS = 30;
const BLOCK_ROWS = 1000;
const IDLE_MS = 2000;

/**
 * The background worker every server runs: it takes one job at a time from the database queue
 * and screens it; with nothing to do it looks again every two seconds, or at once when `wake` is
 * called (a job was just started). On close it finishes the block in hand and gives the job back.
 */
export function startOutreachWorker(app: FastifyInstance, uploadsDir: string): { wake(): void } {
  const worker = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake = () => {};
  const nap = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, IDLE_MS);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const run = async () => {
    if (app.database.kind === 'pglite') await releaseAllLeases(app.db);
    while (!stopping) {
      try {
        const job = await claimJob(app.db, worker, LEASE_SECONDS);
        if (job) {
          const outcome = await runJob(
            {
              db: app.db,
              uploadsDir,
              worker,
              leaseSeconds: LEASE_SECONDS,
              blockRows: BLOCK_ROWS,
              stopping: () => stopping,
            },
            job,
          );
          app.log.info({ job: job.id, outcome }, 'outreach job');
          continue;
        }
      } catch (error) {
        app.log.warn({ err: safeError(error) }, 'outreach job interrupted; it resumes when its lease runs out');
      }
      if (!stopping) await nap();
    }
  };
  app.addHook('onReady', async () => {
    if (app.config.outreach.worker) loop = run();
  });
  app.addHook('onClose', async () => {
    stopping = true;
    wake();
    await loop;
  });
  return { wake: () => wake() };
}
