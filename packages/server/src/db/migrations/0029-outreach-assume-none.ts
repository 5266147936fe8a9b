import { type Kysely, sql } from 'kysely';

/**
 * Whether a 발굴 job screened the list as if its households had none of what the list has no column
 * for (car, debts, other income …: @jibsa/lists NONE_CELLS). Kept on the job, so its results, its
 * downloads and its what-if all say they rest on that choice, and the what-if reads the list as the
 * job did. Jobs before it read lists as they were: false.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outreach_job add column assume_none boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outreach_job drop column if exists assume_none`.execute(db);
}
