import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Per-minute hit counters shared through the database without a database write per request:
 * hits are counted here and added to the shared row every FLUSH_MS, which answers with the
 * total of every process. A limit can be overshot by what other processes counted within one
 * flush interval — never by more — which is the trade for keeping a database round trip off
 * the screening path.
 */
const FLUSH_MS = 250;

interface Slot {
  windowStart: number;
  /** Hits of every process as last read from the database. */
  shared: number;
  /** Hits here not yet added to the database. */
  pending: number;
}

export class SharedCounters {
  private readonly slots = new Map<string, Slot>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly windowMs: number,
  ) {}

  /** Counts a hit; the total (all processes, as far as known) including this one. */
  hit(key: string, now = Date.now()): { total: number; windowStart: number } {
    const windowStart = Math.floor(now / this.windowMs) * this.windowMs;
    let slot = this.slots.get(key);
    if (!slot || slot.windowStart !== windowStart) {
      slot = { windowStart, shared: 0, pending: 0 };
      this.slots.set(key, slot);
    }
    slot.pending++;
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
    return { total: slot.shared + slot.pending, windowStart };
  }

  /** Adds pending hits to the shared rows and reads back the totals. */
  flush(): Promise<void> {
    this.timer = undefined;
    this.flushing ??= this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    const now = Date.now();
    for (const [key, slot] of this.slots) {
      if (slot.windowStart + this.windowMs < now) {
        this.slots.delete(key);
        continue;
      }
      if (slot.pending === 0) continue;
      const add = slot.pending;
      slot.pending = 0;
      const row = await this.db
        .insertInto('rate_limit')
        .values({ key, window_start: new Date(slot.windowStart), hits: add })
        .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql`rate_limit.hits + ${add}` }))
        .returning('hits')
        .executeTakeFirst()
        .catch(() => undefined);
      if (row) slot.shared = row.hits;
      else slot.pending += add;
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
