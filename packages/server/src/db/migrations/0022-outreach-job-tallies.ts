import { type Kysely, sql } from 'kysely';

/**
 * `outreach_job.tallies`: a job's headline counts (by program and 구, 사각지대, warnings, and the
 * comparison with the list's earlier screening), kept block by block as rows are written
 * (outreach/jobs/tallies.ts). Jobs screened before this have none (NULL) and are counted from their
 * rows when read, as before. The year counts a finished job keeps come from them too; the rows
 * made into cases, which those counts also need, are found by an index of just those rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outreach_job').addColumn('tallies', 'jsonb').execute();
  await sql`create index outreach_result_case_idx on outreach_result (job_id, row_number) where case_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists outreach_result_case_idx`.execute(db);
  await db.schema.alterTable('outreach_job').dropColumn('tallies').execute();
}
