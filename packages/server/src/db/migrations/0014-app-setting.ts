import { type Kysely, sql } from 'kysely';

/**
 * Settings an administrator changes while the center runs (issue 12: how long uploaded outreach
 * lists are kept), one row per key. Who changed a setting last is kept here; every change is also
 * in the audit log. A key without a row falls back to its environment default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_setting').execute();
}
