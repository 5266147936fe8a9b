import { type Kysely, sql } from 'kysely';

/**
 * The service-plan goal a referral is sent for, in the goal's words when it was sent (goals have no
 * id: the plan is saved whole). When the referral ends well the case page offers to mark that goal
 * achieved; the counselor's plan itself is never changed by a referral.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referral add column goal text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referral drop column if exists goal`.execute(db);
}
