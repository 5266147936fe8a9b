/**
 * The peer for the outreach comparison bench: the comparison as it stood before it was made one
 * statement (commit 66d16a2), kept here in shape so both run side by side on the same rows. For each
 * likely-eligible program of each row it asked whether the earlier job's row had it (an index probe
 * per element), in three statements: newly by program, newly, and no longer.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../packages/server/src/db/schema.ts';

const wasEligible = (earlierId: string, table: string, p: RawBuilder<unknown>) => sql<boolean>`exists (
  select 1 from outreach_result o
  where o.job_id = ${earlierId} and o.row_number = ${sql.ref(`${table}.row_number`)}
    and o.programs @> jsonb_build_array(jsonb_build_object('id', ${p}->>'id', 'status', 'eligible')))`;

function newlyEligible(earlierId: string, table: string): RawBuilder<boolean> {
  const p = sql.ref('p.value');
  return sql<boolean>`exists (
    select 1 from jsonb_array_elements(${sql.ref(`${table}.programs`)}) p
    where p.value->>'status' = 'eligible' and not ${wasEligible(earlierId, table, p)})`;
}

export async function previousComparison(db: Kysely<Database>, jobId: string, earlierId: string) {
  const [byProgram, totals] = await Promise.all([
    sql<{ id: string; households: number }>`
      select p.value->>'id' as id, count(*)::int as households
      from outreach_result r, jsonb_array_elements(r.programs) p
      where r.job_id = ${jobId} and p.value->>'status' = 'eligible' and not ${wasEligible(earlierId, 'r', sql.ref('p.value'))}
      group by 1 order by 2 desc, 1`.execute(db),
    sql<{ newly: number; no_longer: number }>`
      select
        (select count(*)::int from outreach_result r where r.job_id = ${jobId} and ${newlyEligible(earlierId, 'r')}) as newly,
        (select count(*)::int from outreach_result r where r.job_id = ${earlierId} and ${newlyEligible(jobId, 'r')}) as no_longer`.execute(
      db,
    ),
  ]);
  const t = totals.rows[0] ?? { newly: 0, no_longer: 0 };
  return { newlyEligible: t.newly, noLongerEligible: t.no_longer, newlyByProgram: byProgram.rows };
}
