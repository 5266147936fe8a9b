import type { Kysely } from 'kysely';

/**
 * `outreach_job.tallies`: a job's headline counts (by program and 구, 사각지대, warnings, and the
 * comparison with the list's earlier screening), kept block by block as rows are written
 * (outreach/jobs/tallies.ts). Jobs screened before this have none (NULL) and are counted from their
 * rows when read, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outreach_job').addColumn('tallies', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outreach_job').dropColumn('tallies').execute();
}
