import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { type Kysely, sql } from 'kysely';
import type { RateLimits } from '../config.ts';
import type { Database } from '../db/schema.ts';
import { fail } from '../http/error-codes.ts';
import { SharedCounters } from './shared-counter.ts';

const WINDOW_SECONDS = 60;

/** A client address is personal data: counters are keyed by a hash of it, never the address. */
export function clientKey(request: FastifyRequest): string {
  return hash('sha256', `jibsa-rate:${request.ip}`, 'base64url').slice(0, 22);
}

/**
 * Counts one hit for `key` in the current minute, exactly, in the database, and says whether it
 * is within `limit`. For log-ins, where every attempt must count across processes at once.
 */
export async function countHit(
  request: FastifyRequest,
  key: string,
  limit: number,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number; firstRefusal: boolean }> {
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / (WINDOW_SECONDS * 1000)) * WINDOW_SECONDS * 1000);
  const row = await request.server.db
    .insertInto('rate_limit')
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limit.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  if (row.hits <= limit) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_SECONDS * 1000 - now) / 1000)),
    // Only the first refused attempt of a window is worth an audit row; the rest would let one
    // address fill the audit log, which nobody may delete from.
    firstRefusal: row.hits === limit + 1,
  };
}

/**
 * A route's preHandler: at most `limit(config)` requests a minute from one client address,
 * counted in memory and shared through the database a few times a second (SharedCounters), so
 * the busiest routes pay no database round trip for it.
 */
export function perClientLimit(name: string, limit: (limits: RateLimits) => number): preHandlerAsyncHookHandler {
  return async function rateLimited(request) {
    const over = overClientLimit(request, name, limit(request.server.config.rateLimits));
    if (over) throw fail('JIBSA_RATE_LIMITED', { retryAfterSeconds: over.retryAfterSeconds });
  };
}

/** Counts one hit of this client for `name`; undefined while within `limit`, else how long to wait. */
export function overClientLimit(
  request: FastifyRequest,
  name: string,
  limit: number,
): { retryAfterSeconds: number; first: boolean } | undefined {
  const now = Date.now();
  const { total, windowStart } = request.server.rateCounters.hit(`${name}:${clientKey(request)}`, now);
  if (total <= limit) return undefined;
  return {
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + WINDOW_SECONDS * 1000 - now) / 1000)),
    first: total === limit + 1,
  };
}

/** The counters of this process, flushed on close so no counted hit is lost. */
export const rateCountersPlugin = fp(
  async (app: FastifyInstance) => {
    const counters = new SharedCounters(app.db, WINDOW_SECONDS * 1000);
    app.decorate('rateCounters', counters);
    app.addHook('onClose', async () => {
      counters.stop();
      await counters.flush();
    });
  },
  { name: 'jibsa-rate-counters', dependencies: ['jibsa-context'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    rateCounters: SharedCounters;
  }
}

/** Old counters are worth nothing after their minute; swept with expired sessions. */
export async function purgeOldCounters(db: Kysely<Database>): Promise<void> {
  await db
    .deleteFrom('rate_limit')
    .where('window_start', '<', new Date(Date.now() - 10 * WINDOW_SECONDS * 1000))
    .execute();
}
