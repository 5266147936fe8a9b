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

/** A row's likely-eligible program ids, as a JSON array in catalog order (the order results keep). */
const eligibleIds = sql`jsonb_path_query_array(programs, '$[*] ? (@.status == "eligible").id')`;

/**
 * The comparison a job's summary shows: households newly likely eligible (by program), and those
 * likely eligible before and not now (a figure that fell, or data that changed). Null with no
 * earlier screening of the list.
 *
 * One pass over both jobs' rows, joined by row number: each row's likely-eligible ids are taken out
 * once per job, the rows whose ids are the same in both (most of a list) drop out at the join, and
 * the counts are read off the few that changed. Asking per program element whether the earlier
 * row had it (newlyEligible, for a page of rows) is an index probe per element: for a 1M-row list
 * that took over 20 s for each of the three counts.
 */
export async function comparedOut(db: Db, job: OutreachJob, earlier: { id: string; date: string } | undefined) {
  if (earlier === undefined) return null;
  const { rows } = await db.transaction().execute(async (trx) => {
    // The join holds one narrow row per household of the list; at the default 4 MB it spilled to disk in 128 batches.
    await sql`set local work_mem = '64MB'`.execute(trx);
    // PostgreSQL's JIT compiling took longer than the count itself: 761 ms with it, 191 ms without, on 20,000 rows (bench).
    await sql`set local jit = off`.execute(trx);
    return sql<{
      newly: number;
      no_longer: number;
      by_program: { id: string; households: number }[] | null;
    }>`
      with cur as materialized (
        select row_number, ${eligibleIds} as ids from outreach_result where job_id = ${job.id} and eligible_count > 0),
      prev as materialized (
        select row_number, ${eligibleIds} as ids from outreach_result where job_id = ${earlier.id} and eligible_count > 0),
      changed as materialized (
        select coalesce(c.ids, '[]'::jsonb) as cur, coalesce(p.ids, '[]'::jsonb) as prev
        from cur c full join prev p using (row_number)
        where c.ids is null or p.ids is null or c.ids <> p.ids)
      select
        (select count(*)::int from changed where not prev @> cur) as newly,
        (select count(*)::int from changed where not cur @> prev) as no_longer,
        (select json_agg(x order by x.households desc, x.id) from (
          select id, count(*)::int as households
          from changed, jsonb_array_elements_text(cur) as id
          where not prev ? id
          group by id) x) as by_program`.execute(trx);
  });
  const t = rows[0] ?? { newly: 0, no_longer: 0, by_program: null };
  return {
    jobId: earlier.id,
    date: earlier.date,
    newlyEligible: t.newly,
    noLongerEligible: t.no_longer,
    newlyByProgram: (t.by_program ?? []).map((r) => ({ ...r, name: programName(r.id) })),
  };
}

/**
 * The earlier screening's likely-eligible program ids for rows after `from` up to `to` (to the end
 * when null), by row number: an index range of the earlier job's rows, for a worker comparing a
 * block of a job as it writes it (jobs/tallies.ts).
 */
export async function earlierIds(
  db: Db,
  earlierId: string,
  from: number,
  to: number | null,
): Promise<Map<number, string[]>> {
  const { rows } = await sql<{ row_number: number; ids: string[] }>`
    select row_number, ${eligibleIds} as ids from outreach_result
    where job_id = ${earlierId} and row_number > ${from} ${to === null ? sql`` : sql`and row_number <= ${to}`}
      and eligible_count > 0`.execute(db);
  return new Map(rows.map((r) => [r.row_number, r.ids]));
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
