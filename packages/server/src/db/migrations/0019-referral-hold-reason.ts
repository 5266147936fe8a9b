import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Two things a partner agency's answer now says that the referral row did not keep:
 * - `hold_reason`: why the agency put the referral on hold (보류), required from now on and shown
 *   to the counselor while it is held. Holds made before this have none and stay that way: their
 *   row reads NULL and the screens say nothing rather than guess.
 * - `waitlist_rank`: the household's place on the waiting list (예비 순번) when the agency finishes
 *   the referral with '예비입주자 선정'; optional, as the agency may not give it.
 * Both are plain nullable columns, so existing rows need nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('referral')
    .addColumn('hold_reason', 'text')
    .addColumn('waitlist_rank', 'integer', (c) => c.check(sql`waitlist_rank > 0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('referral').dropColumn('waitlist_rank').dropColumn('hold_reason').execute();
}
