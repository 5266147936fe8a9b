import type { FastifyInstance } from 'fastify';
import { type RawBuilder, sql } from 'kysely';
import type { OutreachJob } from './jobs/queue.ts';
import { programName } from './views.ts';

type Db = FastifyInstance['db'];

/**
 * The screening a job is read against: the newest finished job on the same list as of an earlier
 * day. A list screened again as of 1 January (the new 기준 중위소득 and 기준임대료, NewFiguresAhead
 * on the screen) is read against the screening before it, so staff see which households the new
 * figures bring in and can call them before they apply. Rows are the same file's rows, so a row
 * number names the same household in both.
 */
export async function earlierJob(db: Db, job: OutreachJob): Promise<{ id: string; date: string } | undefined> {
  const row = await db
    .selectFrom('outreach_job')
    .select(['id', 'screening_date'])
    .where('list_id', '=', job.list_id)
    .where('state', '=', 'done')
    .where('screening_date', '<', job.screening_date)
    .orderBy('screening_date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { id: row.id, date: row.screening_date };
}

/**
 * Whether the program of `p` (a `jsonb_array_elements(programs)` element) was likely eligible in
 * the earlier job's result for the same row. A row the earlier job did not read counts as not.
 */
const wasEligible = (earlierId: string, table: string, p: RawBuilder<unknown>) => sql<boolean>`exists (
  select 1 from outreach_result o
  where o.job_id = ${earlierId} and o.row_number = ${sql.ref(`${table}.row_number`)}
    and o.programs @> jsonb_build_array(jsonb_build_object('id', ${p}->>'id', 'status', 'eligible')))`;

/**
 * Rows (of `outreach_result` under `table`) likely eligible for a program, `program` when given,
 * that the earlier job did not find likely eligible for it: newly likely eligible.
 */
export function newlyEligible(earlierId: string, table: string, program?: string): RawBuilder<boolean> {
  const p = sql.ref('p.value');
  return sql<boolean>`exists (
    select 1 from jsonb_array_elements(${sql.ref(`${table}.programs`)}) p
    where p.value->>'status' = 'eligible'
      ${program === undefined ? sql`` : sql`and p.value->>'id' = ${program}`}
      and not ${wasEligible(earlierId, table, p)})`;
}

/**
 * The comparison a job's summary shows: households newly likely eligible (by program), and those
 * likely eligible before and not now (a figure that fell, or data that changed). Null with no
 * earlier screening of the list.
 */
export async function comparedOut(db: Db, job: OutreachJob) {
  const earlier = await earlierJob(db, job);
  if (earlier === undefined) return null;
  const [byProgram, totals] = await Promise.all([
    sql<{ id: string; households: number }>`
      select p.value->>'id' as id, count(*)::int as households
      from outreach_result r, jsonb_array_elements(r.programs) p
      where r.job_id = ${job.id} and p.value->>'status' = 'eligible' and not ${wasEligible(earlier.id, 'r', sql.ref('p.value'))}
      group by 1 order by 2 desc, 1`.execute(db),
    sql<{ newly: number; no_longer: number }>`
      select
        (select count(*)::int from outreach_result r where r.job_id = ${job.id} and ${newlyEligible(earlier.id, 'r')}) as newly,
        (select count(*)::int from outreach_result r where r.job_id = ${earlier.id} and ${newlyEligible(job.id, 'r')}) as no_longer`.execute(
      db,
    ),
  ]);
  const t = totals.rows[0] ?? { newly: 0, no_longer: 0 };
  return {
    jobId: earlier.id,
    date: earlier.date,
    newlyEligible: t.newly,
    noLongerEligible: t.no_longer,
    newlyByProgram: byProgram.rows.map((r) => ({ ...r, name: programName(r.id) })),
  };
}

/** For a page of rows: the programs each is newly likely eligible for against the earlier job, by row number. */
export async function newlyByRow(db: Db, earlierId: string, jobId: string, rows: readonly number[]) {
  const out = new Map<number, string[]>();
  if (rows.length === 0) return out;
  const found = await sql<{ row_number: number; id: string }>`
    select r.row_number, p.value->>'id' as id
    from outreach_result r, jsonb_array_elements(r.programs) p
    where r.job_id = ${jobId} and r.row_number in (${sql.join(rows)}) and p.value->>'status' = 'eligible'
      and not ${wasEligible(earlierId, 'r', sql.ref('p.value'))}
    order by 1`.execute(db);
  for (const r of found.rows) {
    const ids = out.get(r.row_number);
    if (ids) ids.push(r.id);
    else out.set(r.row_number, [r.id]);
  }
  return out;
}
