import { type Kysely, sql } from 'kysely';

/**
 * Accounts an administrator manages: a disabled account keeps its row (the audit log names it)
 * but can no longer log in; a password an administrator set must be changed at the next log-in.
 * Indexes for the admin's audit filter (by actor, by case), the case list's orders, and trigram
 * indexes so a name, 초성, phone or case-number search over 100,000 cases reads the index instead of
 * every row (bench/src/case-list-bench.ts measures it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('staff_user')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'at']).execute();
  await db.schema.createIndex('audit_log_subject_idx').on('audit_log').columns(['subject_id', 'at']).execute();
  await sql`create index case_record_district_created_idx on case_record (district, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index case_record_status_created_idx on case_record (status, created_at desc, id desc)`.execute(db);
  // pg_trgm ships with PostgreSQL (contrib, a trusted extension) and with PGlite when connect.ts loads
  // it. Where it cannot be had, search still works, only unindexed: the migration must not fail.
  await sql`
    do $$ begin
      create extension if not exists pg_trgm;
    exception when others then
      raise notice 'pg_trgm is not available: case search stays unindexed';
    end $$`.execute(db);
  await sql`
    do $$ begin
      if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index case_record_names_trgm on case_record using gin (search_names gin_trgm_ops);
        create index case_record_choseong_trgm on case_record using gin (search_choseong gin_trgm_ops);
        create index case_record_phones_trgm on case_record using gin (search_phones gin_trgm_ops);
        create index case_record_number_trgm on case_record using gin (number gin_trgm_ops);
      end if;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['names', 'choseong', 'phones', 'number']) {
    await db.schema.dropIndex(`case_record_${name}_trgm`).ifExists().execute();
  }
  await db.schema.dropIndex('case_record_status_created_idx').ifExists().execute();
  await db.schema.dropIndex('case_record_district_created_idx').ifExists().execute();
  await db.schema.dropIndex('audit_log_subject_idx').ifExists().execute();
  await db.schema.dropIndex('audit_log_actor_idx').ifExists().execute();
  await db.schema.alterTable('staff_user').dropColumn('disabled_at').dropColumn('must_change_password').execute();
}
