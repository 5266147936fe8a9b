import { type Kysely, sql } from 'kysely';

/**
 * The closed loop (issue 10): partner agencies and the services they deliver (the directory the
 * admin keeps), which partner staff belong to which agency, referrals from a case to a service with
 * a versioned state (HL7 SDOH referral task statuses), each state change as a row, a message thread
 * per referral, and per-user in-app notifications.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agency')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('alternate_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    // Where referral notices go by e-mail (never personal data in the mail itself).
    .addColumn('notify_email', 'text')
    // True while contacts are made up (demo): every screen that shows them says so.
    .addColumn('fictional_contacts', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('agency_service')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // Engine program ids (packages/programs) this service delivers: a screening result lists it.
    .addColumn('program_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // 구 ids served (GWANGJU_DISTRICTS); all five when it serves the whole city.
    .addColumn('districts', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_email', 'text')
    // [{ days: ['MO'…], opens: '09:00', closes: '18:00' }]: exported as HSDS schedules.
    .addColumn('hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('hours_note', 'text')
    .addColumn('documents', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('response_business_days', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('agency_service_agency_idx').on('agency_service').column('agency_id').execute();

  // A partner account belongs to one agency; kept apart from staff_user so accounts stay one job.
  await db.schema
    .createTable('agency_member')
    .addColumn('staff_user_id', 'uuid', (c) => c.primaryKey().references('staff_user.id').onDelete('cascade'))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await sql`create sequence referral_number_seq`.execute(db);
  await db.schema
    .createTable('referral')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_record.id').onDelete('cascade'))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('agency_service.id'))
    .addColumn('agency_id', 'uuid', (c) => c.notNull().references('agency.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('requested')
        .check(
          sql`status in ('requested','received','accepted','rejected','in-progress','on-hold','completed','cancelled')`,
        ),
    )
    // The status an on-hold referral resumes to.
    .addColumn('held_from', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('shared_fields', 'jsonb', (c) => c.notNull())
    // The screening summary as it stood when sent: program, name, status (no household figures).
    .addColumn('screening_summary', 'jsonb', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('previous_referral_id', 'uuid', (c) => c.references('referral.id').onDelete('set null'))
    .addColumn('created_by', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('referral_case_idx').on('referral').columns(['case_id', 'created_at']).execute();
  await db.schema
    .createIndex('referral_agency_idx')
    .on('referral')
    .columns(['agency_id', 'status', 'created_at'])
    .execute();

  // Every state change, with who and when: the source for the case timeline and later exports.
  await db.schema
    .createTable('referral_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('referral_id', 'uuid', (c) => c.notNull().references('referral.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'uuid')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('outcome', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('referral_event_ref_idx').on('referral_event').columns(['referral_id', 'id']).execute();

  await db.schema
    .createTable('referral_message')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('referral_id', 'uuid', (c) => c.notNull().references('referral.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid')
    .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('center','partner')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('referral_message_ref_idx')
    .on('referral_message')
    .columns(['referral_id', 'id'])
    .execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('recipient_id', 'uuid', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
    .addColumn('referral_id', 'uuid', (c) => c.references('referral.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notification_recipient_idx')
    .on('notification')
    .columns(['recipient_id', 'read_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['notification', 'referral_message', 'referral_event', 'referral', 'agency_member']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`drop sequence if exists referral_number_seq`.execute(db);
  await db.schema.dropTable('agency_service').ifExists().execute();
  await db.schema.dropTable('agency').ifExists().execute();
}
