import { type Kysely, sql } from 'kysely';

/**
 * The counselor's case file: one row per case (the household's situation, plan and status, with a
 * version for optimistic concurrency), its people, screening snapshots, tasks, notes, document
 * metadata, and an event table that is the case's timeline.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence case_number_seq`.execute(db);
  await db.schema
    .createTable('case_record')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('intake')
        .check(sql`status in ('intake','counseling','planning','referral','monitoring','closed')`),
    )
    .addColumn('closing_reason', 'text')
    .addColumn('assignee_id', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('consultation_id', 'uuid', (c) => c.references('consultation_request.id').onDelete('set null'))
    .addColumn('housing', 'jsonb', (c) => c.notNull())
    .addColumn('household', 'jsonb')
    .addColumn('needs', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('consent', 'jsonb', (c) => c.notNull())
    .addColumn('plan', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // Program ids the latest screening found eligible: the list filters on it.
    .addColumn('eligible_programs', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // Search keys kept beside the record: names without spaces, their 초성, phone digits.
    .addColumn('search_names', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_choseong', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_phones', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('case_record_list_idx')
    .on('case_record')
    .columns(['district', 'status', 'created_at'])
    .execute();
  await db.schema.createIndex('case_record_created_idx').on('case_record').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('case_person')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date')
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .execute();
  await db.schema.createIndex('case_person_case_idx').on('case_person').column('case_id').execute();
  await db.schema.createIndex('case_person_name_idx').on('case_person').columns(['name', 'birth_date']).execute();
  await db.schema.createIndex('case_person_phone_idx').on('case_person').column('phone').execute();

  await db.schema
    .createTable('case_screening')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('screened_on', 'date', (c) => c.notNull())
    .addColumn('rules_version', 'text', (c) => c.notNull())
    .addColumn('household', 'jsonb', (c) => c.notNull())
    .addColumn('results', 'jsonb', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('case_screening_case_idx')
    .on('case_screening')
    .columns(['case_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('case_task')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('due_on', 'date')
    .addColumn('done_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('case_task_case_idx').on('case_task').columns(['case_id', 'due_on']).execute();

  await db.schema
    .createTable('case_note')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('case_note_case_idx').on('case_note').column('case_id').execute();

  await db.schema
    .createTable('case_document')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('case_document_case_idx').on('case_document').column('case_id').execute();

  await db.schema
    .createTable('case_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'uuid')
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The case version this event produced (0 when it does not change the case row). */
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_event_case_idx').on('case_event').columns(['case_id', 'id']).execute();

  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_idx').ifExists().execute();
  for (const t of ['case_event', 'case_document', 'case_note', 'case_task', 'case_screening', 'case_person']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await db.schema.dropTable('case_record').ifExists().execute();
  await sql`drop sequence if exists case_number_seq`.execute(db);
}
