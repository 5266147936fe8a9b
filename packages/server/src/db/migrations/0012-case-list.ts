import { type Kysely, sql } from 'kysely';

/**
 * Indexes behind the counselor's case list at 100,000 cases (issue 9; bench/src/case-list-bench.ts
 * measures each filter against the query shape it replaced):
 * - overdue tasks and waiting referrals are EXISTS tests; partial indexes over open tasks and waiting
 *   referrals let the planner either probe per case or start from the few matching rows;
 * - the program filter is a jsonb containment a GIN index answers;
 * - a case number is searched by prefix on a btree (text_pattern_ops, whatever the collation);
 * - the trigram indexes of 0005 stop using a pending list: PGlite has no autovacuum to merge it, so
 *   every search read the whole unmerged list (5–10 ms a search at 100,000 cases).
 * And a consultation request names the case that took it (made from it, or linked to it at intake).
 */
const TRIGRAM = ['names', 'choseong', 'phones'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('consultation_request')
    .addColumn('case_id', 'uuid', (c) => c.references('case_record.id').onDelete('set null'))
    .execute();
  await sql`
    update consultation_request q set case_id = c.id
    from case_record c where c.consultation_id = q.id`.execute(db);
  // The head of household's name beside each listed case: one index probe, no sort per row.
  await sql`create index case_person_position_idx on case_person (case_id, position)`.execute(db);
  await sql`create index case_task_open_due_idx on case_task (due_on, case_id) where done_at is null`.execute(db);
  await sql`
    create index referral_waiting_idx on referral (case_id, due_on)
    where status in ('requested', 'received')`.execute(db);
  await sql`create index case_record_programs_idx on case_record using gin (eligible_programs jsonb_path_ops)`.execute(
    db,
  );
  await sql`create index case_record_number_prefix_idx on case_record (number text_pattern_ops)`.execute(db);
  await sql`drop index if exists case_record_number_trgm`.execute(db);
  for (const name of TRIGRAM) {
    await sql`
      do $$ begin
        if to_regclass('case_record_${sql.raw(name)}_trgm') is not null then
          perform gin_clean_pending_list('case_record_${sql.raw(name)}_trgm'::regclass);
          alter index case_record_${sql.raw(name)}_trgm set (fastupdate = off);
        end if;
      end $$`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of TRIGRAM) {
    await sql`
      do $$ begin
        if to_regclass('case_record_${sql.raw(name)}_trgm') is not null then
          alter index case_record_${sql.raw(name)}_trgm reset (fastupdate);
        end if;
      end $$`.execute(db);
  }
  await sql`
    do $$ begin
      if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index if not exists case_record_number_trgm on case_record using gin (number gin_trgm_ops);
      end if;
    end $$`.execute(db);
  await db.schema.dropIndex('case_record_number_prefix_idx').ifExists().execute();
  await db.schema.dropIndex('case_record_programs_idx').ifExists().execute();
  await db.schema.dropIndex('referral_waiting_idx').ifExists().execute();
  await db.schema.dropIndex('case_task_open_due_idx').ifExists().execute();
  await db.schema.dropIndex('case_person_position_idx').ifExists().execute();
  await db.schema.alterTable('consultation_request').dropColumn('case_id').execute();
}
