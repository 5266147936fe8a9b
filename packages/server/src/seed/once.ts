import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Runs `work` once per database, marked under `key` in app_meta, in one transaction. The table is
 * locked before the marker is looked for, so servers starting together on one database do the work
 * once: the second waits, then finds the marker. `record` goes into the marker beside its time.
 */
export async function onceUnder(
  db: Kysely<Database>,
  key: string,
  work: (trx: Transaction<Database>) => Promise<void>,
  record: Readonly<Record<string, unknown>> = {},
): Promise<'seeded' | 'already'> {
  return db.transaction().execute(async (trx) => {
    await sql`lock table app_meta in share row exclusive mode`.execute(trx);
    const marker = await trx.selectFrom('app_meta').select('key').where('key', '=', key).executeTakeFirst();
    if (marker) return 'already' as const;
    await work(trx);
    await trx
      .insertInto('app_meta')
      .values({ key, value: JSON.stringify({ at: new Date().toISOString(), ...record }) })
      .execute();
    return 'seeded' as const;
  });
}
