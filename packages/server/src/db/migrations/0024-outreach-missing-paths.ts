import { type Kysely, sql } from 'kysely';

/**
 * A result row names each input it lacks once: `missing_paths` holds the row's paths, and each
 * program's `missing` their indices in it. Written whole in every program, a list without income
 * or asset columns made about 8 KB of JSON a row (17 programs, the same six to eight paths in each),
 * most of what a 발굴 job spent writing its rows. Rows written before keep their paths in place, and
 * readers take both (outreach/views.ts `missingPaths`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outreach_result add column missing_paths jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outreach_result drop column if exists missing_paths`.execute(db);
}
