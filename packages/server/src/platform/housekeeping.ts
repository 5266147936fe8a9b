import type { FastifyInstance } from 'fastify';
import { purgeSessions } from '../auth/sessions.ts';
import { safeError } from './logging.ts';
import { purgeOldCounters } from './rate-limit.ts';

const EVERY_MS = 10 * 60_000;

/** Deletes expired or idle sessions and spent rate-limit counters, at start and every ten minutes. */
export function startHousekeeping(app: FastifyInstance) {
  const sweep = async () => {
    try {
      await purgeSessions(app.db, app.config.sessionIdleMinutes);
      await purgeOldCounters(app.db);
    } catch (error) {
      app.log.warn({ err: safeError(error) }, 'housekeeping sweep failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
