import type { FastifyInstance } from 'fastify';
import { safeError } from './logging.ts';

/**
 * Runs `sweep` once the app is ready and then every `everyMs` until it closes: the background chores
 * (expired sessions, lists past their retention). A failed sweep is logged with `failure` and the next
 * one still runs; the timer does not keep the process alive on its own.
 */
export function sweepEvery(app: FastifyInstance, everyMs: number, failure: string, sweep: () => Promise<void>): void {
  const safely = async () => {
    try {
      await sweep();
    } catch (error) {
      app.log.warn({ err: safeError(error) }, failure);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await safely();
    timer = setInterval(() => void safely(), everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
