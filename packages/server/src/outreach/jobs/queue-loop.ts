import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { safeError } from '../../platform/logging.ts';

const IDLE_MS = 2000;

/**
 * A background loop over one of the database queues, run by every server with a worker
 * (JIBSA_OUTREACH_WORKER): `step` takes one piece of work, does it and says whether there was any;
 * with none it looks again every two seconds, or at once when `wake` is called (work was just
 * queued). On close `stopping()` turns true and close waits for the step in hand. A step that throws
 * (the database is away) is logged and tried again after the pause: leases let another server take over.
 */
export function startQueueLoop(
  app: FastifyInstance,
  queue: {
    /** Named in the log when the queue cannot be reached ("outreach queue"). */
    readonly name: string;
    readonly before?: () => Promise<void>;
    readonly step: (worker: string, stopping: () => boolean) => Promise<boolean>;
  },
): { wake(): void } {
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
    await queue.before?.();
    while (!stopping) {
      try {
        if (await queue.step(worker, () => stopping)) continue;
      } catch (error) {
        app.log.warn({ err: safeError(error) }, `${queue.name} unreachable; trying again shortly`);
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
