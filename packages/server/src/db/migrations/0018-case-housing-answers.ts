import { type Kysely, sql } from 'kysely';

/**
 * A case opened from a citizen's request kept the request's 점유 형태, 주거유형, 보증금 and 월세 in
 * its household but not in its housing record, so the case page showed them empty, and saving the
 * page removed them from the household too. Each such answer the record lacks is copied into it
 * from the household (cases/people-household.ts housingWithAnswers does the same for new cases).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const key of ['tenure', 'housingType', 'deposit', 'monthlyRent']) {
    await sql`
      update case_record
      set housing = housing || jsonb_build_object(${key}::text, household -> ${key}::text)
      where household is not null
        and jsonb_typeof(household) = 'object'
        and household ? ${key}::text
        and not (housing ? ${key}::text)`.execute(db);
  }
}

/** Nothing to undo: the copied answers were already the household's. */
export async function down(): Promise<void> {}
