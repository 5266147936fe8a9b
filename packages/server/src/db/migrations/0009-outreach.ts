import { type Kysely, sql } from 'kysely';

/**
 * 발굴 (outreach) lists: an uploaded file of households (kept on disk, named here), mappings of
 * columns to household fields saved by name, screening jobs with row-level progress, and one
 * result per row. A job's `last_row` moves forward in the same transaction that writes the rows'
 * results, so a job killed at any moment resumes after its last committed row: each row once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outreach_list')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('district', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('csv','xlsx')`))
    .addColumn('encoding', 'text')
    .addColumn('byte_size', 'double precision', (c) => c.notNull())
    .addColumn('headers', 'jsonb', (c) => c.notNull())
    .addColumn('storage_name', 'text', (c) => c.notNull().unique())
    .addColumn('uploaded_by', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delete_after', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outreach_list_district_idx')
    .on('outreach_list')
    .columns(['district', 'created_at'])
    .execute();

  await db.schema
    .createTable('outreach_mapping')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('columns', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('outreach_job')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('list_id', 'uuid', (c) => c.notNull().references('outreach_list.id').onDelete('cascade'))
    .addColumn('district', 'text')
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('encoding', 'text')
    .addColumn('screening_date', 'text', (c) => c.notNull().check(sql`screening_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('queued').check(sql`state in ('queued','running','done','cancelled','failed')`),
    )
    .addColumn('last_row', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_bad', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fraction', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('worker', 'text')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('failure', 'jsonb')
    .addColumn('created_by', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('outreach_job_queue_idx').on('outreach_job').columns(['state', 'created_at']).execute();
  await db.schema.createIndex('outreach_job_list_idx').on('outreach_job').column('list_id').execute();

  await db.schema
    .createTable('outreach_result')
    .addColumn('job_id', 'uuid', (c) => c.notNull().references('outreach_job.id').onDelete('cascade'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('ok', 'boolean', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('district', 'text')
    .addColumn('eligible_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('programs', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('errors', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('outreach_result_pk', ['job_id', 'row_number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outreach_result', 'outreach_job', 'outreach_mapping', 'outreach_list']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
