import { type Kysely, sql } from 'kysely';

/**
 * 모집공고 as structured notices: each is a board post (category recruitment) plus the fields a
 * counselor matches households on. An imported notice keeps its source id, so importing the same
 * file again updates instead of doubling. Alerts tell a counselor once that a new notice fits a case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('housing_notice')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('post_id', 'uuid', (c) => c.notNull().unique().references('board_post.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('form','import')`))
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('housing_type', 'text', (c) => c.notNull())
    .addColumn('complex', 'text')
    .addColumn('district', 'text')
    .addColumn('units', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('application_start', 'date')
    .addColumn('application_end', 'date', (c) => c.notNull())
    .addColumn('priority_groups', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('program_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('limits', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('documents', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('url', 'text')
    .addColumn('provider_status', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('housing_notice_end_idx').on('housing_notice').column('application_end').execute();

  await db.schema
    .createTable('notice_alert')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('housing_notice.id').onDelete('cascade'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('fit', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('seen_at', 'timestamptz')
    .addUniqueConstraint('notice_alert_once', ['notice_id', 'case_id'])
    .execute();
  await db.schema.createIndex('notice_alert_staff_idx').on('notice_alert').columns(['staff_id', 'seen_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notice_alert').ifExists().execute();
  await db.schema.dropTable('housing_notice').ifExists().execute();
}
