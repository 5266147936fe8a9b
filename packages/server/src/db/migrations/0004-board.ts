import { type Kysely, sql } from 'kysely';

/** The center's board: numbered posts by category, their edit history, attachments and daily views. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('board_post')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'serial', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('news','notice','recruitment','library')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_md', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('staff_user.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('pinned', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('board_post_list_idx')
    .on('board_post')
    .columns(['category', 'pinned', 'number'])
    .execute();

  await db.schema
    .createTable('board_revision')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('board_post.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_md', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('board_attachment')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('board_post.id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('downloads', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // One row per post, day and visitor token; the token is a keyed hash whose key changes daily
  // and is never stored, so it says nothing about who the visitor was.
  await db.schema
    .createTable('board_view')
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('board_post.id').onDelete('cascade'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('visitor', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('board_view_pk', ['post_id', 'day', 'visitor'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['board_view', 'board_attachment', 'board_revision', 'board_post']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
