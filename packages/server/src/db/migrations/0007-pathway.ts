import { type Kysely, sql } from 'kysely';

/**
 * 주거상향 (moving up from 쪽방·고시원·비닐하우스 …): one pathway per case and the milestones it has
 * reached, each once, with the day it happened. The city's yearly count of households moved up is
 * read from the `moved` milestones, not kept as a number of its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_pathway')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('case_record.id').onDelete('cascade'))
    .addColumn('from_housing_type', 'text', (c) => c.notNull())
    .addColumn('started_on', 'date', (c) => c.notNull())
    .addColumn('started_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('pathway_milestone')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('case_pathway.case_id').onDelete('cascade'))
    .addColumn('milestone', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`milestone in ('counseling','rental_applied','move_in_decided','moved','settled_1m','settled_3m','settled_6m')`,
        ),
    )
    .addColumn('reached_on', 'date', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('pathway_milestone_once', ['case_id', 'milestone'])
    .execute();
  await db.schema
    .createIndex('pathway_milestone_reached_idx')
    .on('pathway_milestone')
    .columns(['milestone', 'reached_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pathway_milestone').ifExists().execute();
  await db.schema.dropTable('case_pathway').ifExists().execute();
}
