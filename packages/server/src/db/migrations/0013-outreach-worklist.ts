import { type Kysely, sql } from 'kysely';

/**
 * Outreach results become work (issue 12):
 * - a job that throws (a bug, not a bad file) counts its failures and stops after a few instead of
 *   being taken up again forever;
 * - a result knows how many programs the household is likely eligible for while the list says it
 *   does not receive them (사각지대), so the headline and the worklist filter are plain column reads;
 * - a result names the case made from it or linked to it, so a household is turned into work once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outreach_job')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('outreach_result')
    .addColumn('unreached_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('outreach_result')
    .addColumn('case_id', 'uuid', (c) => c.references('case_record.id').onDelete('set null'))
    .execute();
  await sql`create index outreach_result_unreached_idx on outreach_result (job_id, row_number) where unreached_count > 0`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists outreach_result_unreached_idx`.execute(db);
  await db.schema.alterTable('outreach_result').dropColumn('case_id').execute();
  await db.schema.alterTable('outreach_result').dropColumn('unreached_count').execute();
  await db.schema.alterTable('outreach_job').dropColumn('failures').execute();
}
