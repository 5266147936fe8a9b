import { type Kysely, sql } from 'kysely';

/**
 * Tasks the system adds (after a partner answers a referral) are worded in both languages when made,
 * so an English screen does not show them in Korean; a task a person types keeps its one title.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_task add column title_en text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_task drop column if exists title_en`.execute(db);
}
