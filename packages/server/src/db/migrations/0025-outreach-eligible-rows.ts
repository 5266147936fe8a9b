import { type Kysely, sql } from 'kysely';

/**
 * The rows of a job with a program likely eligible, by job and row: the results screen opens on them
 * (only=eligible), and on a list that says little (no income or asset columns) there may be none at
 * all, so finding the first page passed over every row of the job (4 s at 1,000,000 rows on PGlite,
 * 0.2–0.4 s at 200,000). Written as the filter writes its condition (result-filter.ts), like 0013's
 * 사각지대 and 0023's problem rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index outreach_result_eligible_idx on outreach_result (job_id, row_number)
    where eligible_count > 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists outreach_result_eligible_idx`.execute(db);
}
