import { type Kysely, sql } from 'kysely';

/**
 * Program ids got one style (packages/programs/README.md, "Ids"): the stored ids are rewritten
 * from the old names to the new. A frozen copy of the programs package's PROGRAM_ID_ALIASES as it
 * stood for this migration (a test checks they agree); old ids that arrive later are read through
 * that table, so nothing needs this one again.
 */
export const RENAMED: readonly (readonly [old: string, now: string])[] = [
  ['housing-benefit-rent', 'housing-benefit.rent'],
  ['housing-benefit-repair', 'housing-benefit.repair'],
  ['livelihood-benefit', 'basic-livelihood.livelihood'],
  ['medical-benefit', 'basic-livelihood.medical'],
  ['education-benefit', 'basic-livelihood.education'],
  ['public-rental.happy.youth', 'public-rental.happy-youth'],
  ['public-rental.happy.newlywed', 'public-rental.happy-newlywed'],
  ['public-rental.happy.elderly', 'public-rental.happy-elderly'],
];

/**
 * Every jsonb column that holds program ids: lists of ids, or results whose `id` / `programId` is
 * one. The audit log keeps what was said then and is left as it is.
 */
export const PROGRAM_ID_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['consultation_request', 'screening'],
  ['case_record', 'eligible_programs'],
  ['case_screening', 'results'],
  ['case_event', 'detail'],
  ['agency_service', 'program_ids'],
  ['referral', 'screening_summary'],
  ['housing_notice', 'program_ids'],
  ['outreach_result', 'programs'],
];

/**
 * Replaces each old id where it is a whole JSON string ("housing-benefit-rent", quotes included),
 * so longer ids that begin the same (a parameter id such as "public-rental.happy.youth.age-min")
 * are never touched. Plain SQL, the same on PGlite and PostgreSQL.
 */
async function rewrite(db: Kysely<unknown>, pairs: readonly (readonly [from: string, to: string])[]) {
  for (const [table, column] of PROGRAM_ID_COLUMNS) {
    const col = sql.ref(column);
    let value = sql`${col}::text`;
    for (const [from, to] of pairs) value = sql`replace(${value}, ${JSON.stringify(from)}, ${JSON.stringify(to)})`;
    const touched = pairs.map(([from]) => sql`strpos(${col}::text, ${JSON.stringify(from)}) > 0`);
    await sql`update ${sql.table(table)} set ${col} = (${value})::jsonb where ${sql.join(touched, sql` or `)}`.execute(
      db,
    );
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rewrite(db, RENAMED);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rewrite(
    db,
    RENAMED.map(([old, now]) => [now, old] as const),
  );
}
