import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * `outreach_list.header_row`: the row a list's column names were read from (1, or the row under a
 * title such as "2026년 동구 주거실태조사 명단"). The upload told it once; a list opened again after
 * a reload now says it too, so staff can see the title rows were skipped. Lists uploaded before this
 * have none (NULL) and say nothing rather than guess.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outreach_list')
    .addColumn('header_row', 'integer', (c) => c.check(sql`header_row > 0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outreach_list').dropColumn('header_row').execute();
}
