import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { purgeSessions } from '../auth/sessions.ts';
import { sweepEvery } from './every.ts';
import { purgeOldCounters } from './rate-limit.ts';

const EVERY_MS = 10 * 60_000;
const DAY_MS = 24 * 3600_000;

/** Between 02:00 and 05:00 in Gwangju, at most once a day: when no counselor is working. */
export function nightlyDue(now: Date, last: number) {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Asia/Seoul' }).format(now),
  );
  return hour >= 2 && hour < 5 && now.getTime() - last > DAY_MS - 4 * 3600_000;
}

/**
 * Deletes expired or idle sessions and spent rate-limit counters, at start and every ten minutes.
 * Embedded PGlite has no autovacuum: once a night it is vacuumed and analyzed here, or dead rows
 * pile up and the planner never learns the tables grew (the case list at 100,000 cases relies on
 * its statistics; bench/src/case-list-bench.ts measures a database in that state).
 */
export function startHousekeeping(app: FastifyInstance) {
  let maintained = 0;
  sweepEvery(app, EVERY_MS, 'housekeeping sweep failed', async () => {
    await purgeSessions(app.db, app.config.sessionIdleMinutes);
    await purgeOldCounters(app.db);
    if (app.database.kind === 'pglite' && nightlyDue(new Date(), maintained)) {
      maintained = Date.now();
      await sql`vacuum (analyze)`.execute(app.db);
    }
  });
}
