import { type Kysely, sql } from 'kysely';

/**
 * Log-in lock-out and idle sessions, per-session CSRF tokens, rate-limit counters shared by every
 * server process, and an audit log that the database itself keeps append-only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('staff_user')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz')
    .execute();

  await db.schema
    .alterTable('session')
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('csrf_token', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('session_expires_idx').on('session').column('expires_at').execute();

  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_pk', ['key', 'window_start'])
    .execute();

  await db.schema
    .alterTable('audit_log')
    .addColumn('request_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('ok'))
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  // Append-only in the database itself: no route, script or mistake can rewrite who read what.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_update_delete before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
  await sql`drop trigger if exists audit_log_no_update_delete on audit_log`.execute(db);
  await sql`drop function if exists audit_log_append_only()`.execute(db);
  await db.schema.alterTable('audit_log').dropColumn('request_id').dropColumn('outcome').execute();
  await db.schema.dropTable('rate_limit').ifExists().execute();
  await db.schema.alterTable('session').dropColumn('last_seen_at').dropColumn('csrf_token').execute();
  await db.schema
    .alterTable('staff_user')
    .dropColumn('failed_logins')
    .dropColumn('locked_until')
    .dropColumn('password_changed_at')
    .execute();
}
