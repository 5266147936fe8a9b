import { type Kysely, sql } from 'kysely';

/**
 * Policy what-ifs over lists too long to answer while the caller waits: queued here and counted in
 * the background, one at a time. A run keeps counts only (no household, row or name): `result` is
 * the answer the route gives, written once when the run ends. A server that dies mid-run leaves it
 * `running` under a lease that runs out; the next worker starts it again from the first row, as
 * nothing partial was kept that could be counted twice. Runs go with their screening (cascade).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outreach_whatif_run')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('job_id', 'uuid', (c) => c.notNull().references('outreach_job.id').onDelete('cascade'))
    .addColumn('requested_by', 'uuid', (c) => c.notNull())
    .addColumn('overrides', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('queued').check(sql`state in ('queued','running','done','failed')`),
    )
    .addColumn('rows_total', 'integer', (c) => c.notNull())
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('result', 'jsonb')
    .addColumn('error_code', 'text')
    .addColumn('worker', 'text')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('outreach_whatif_run_queue_idx')
    .on('outreach_whatif_run')
    .columns(['state', 'created_at'])
    .execute();
  await db.schema.createIndex('outreach_whatif_run_job_idx').on('outreach_whatif_run').column('job_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outreach_whatif_run').ifExists().execute();
}
