import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

export const RETENTION_KEY = 'outreach.retention_days';
export const RETENTION_MIN = 1;
export const RETENTION_MAX = 3650;

type Db = FastifyInstance['db'];

export interface RetentionSetting {
  days: number;
  /** JIBSA_OUTREACH_RETENTION_DAYS (90 when unset): what applies until an administrator sets one. */
  defaultDays: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The days an uploaded list is kept: the administrator's setting, else the environment default. */
export async function retentionDays(db: Db, defaultDays: number): Promise<number> {
  return (await readRetention(db, defaultDays)).days;
}

export async function readRetention(db: Db, defaultDays: number): Promise<RetentionSetting> {
  const row = await db
    .selectFrom('app_setting as s')
    .leftJoin('staff_user as u', 'u.id', 's.updated_by')
    .select(['s.value', 's.updated_at', 'u.display_name'])
    .where('s.key', '=', RETENTION_KEY)
    .executeTakeFirst();
  const days = Number(row?.value);
  return {
    days: Number.isInteger(days) && days >= RETENTION_MIN && days <= RETENTION_MAX ? days : defaultDays,
    defaultDays,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row?.display_name ?? null,
  };
}

/**
 * Sets the retention and moves every kept list's deletion date to its upload date plus the new
 * days, in one transaction: the countdowns and the sweeper (which deletes by that date) follow the
 * setting at once, for lists already uploaded as for new ones. Answers the lists now past it,
 * which the next sweep (within 10 minutes) deletes.
 */
export async function setRetention(
  db: Db,
  days: number,
  staffId: string,
): Promise<{ previous: number | null; due: number }> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('app_setting')
      .select('value')
      .where('key', '=', RETENTION_KEY)
      .forUpdate()
      .executeTakeFirst();
    await trx
      .insertInto('app_setting')
      .values({ key: RETENTION_KEY, value: JSON.stringify(days), updated_by: staffId })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: JSON.stringify(days), updated_by: staffId, updated_at: sql`now()` }),
      )
      .execute();
    await trx
      .updateTable('outreach_list')
      .set({ delete_after: sql<Date>`created_at + make_interval(days => ${days})` })
      .execute();
    const { n } = await trx
      .selectFrom('outreach_list')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('delete_after', '<', sql<Date>`now()`)
      .executeTakeFirstOrThrow();
    return { previous: before ? Number(before.value) : null, due: Number(n) };
  });
}
