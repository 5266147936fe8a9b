import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { RECEIPT_KEYS, receiptCovers } from '../receipt.ts';
import { yearCountsFromTallies } from './year-counts-kept.ts';

/**
 * The counts kept of a list's screening after the list is gone (outreach_year_count, 0016): per 구
 * (the household's, else the list's) and per program, households screened (rows read), likely
 * eligible, eligible but not receiving (사각지대, as the job's headline counts them; null when the
 * mapping said nothing of what households receive) and turned into cases from the worklist (made or
 * linked, from any screening of the same list: a row is the same household in every job of a list).
 * The year is the list's upload, in Korea time, so screening a list again never moves it.
 *
 * Runs inside the transaction that marks the job done. The list's earlier counts are replaced, not
 * added to: a list screened twice (a corrected mapping) counts its households once, and a completion
 * that is run again counts nothing twice. The list row is locked first so a case made from it at the
 * same moment waits for these counts and then adds itself to them (countCase).
 */
export async function keepJobCounts(trx: Transaction<Database>, jobId: string): Promise<void> {
  await lockListOf(trx, jobId);
  const job = await trx
    .selectFrom('outreach_job')
    .select(['id', 'list_id', 'mapping', 'district', 'tallies'])
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('outreach_year_count').where('list_id', '=', job.list_id).execute();
  const knowsReceipt = Object.values(job.mapping).some((k) => RECEIPT_KEYS.has(k));
  const covers = receiptCovers(job.mapping);
  if (job.tallies !== null) return yearCountsFromTallies(trx, { ...job, tallies: job.tallies }, knowsReceipt, covers);
  // A job screened before counts were kept as rows were written (0022): its rows are counted.
  await sql`
    insert into outreach_year_count (list_id, job_id, year, district, program_id, screened, eligible, unreached, cases)
    with job as (
      select j.id, j.list_id, j.district, extract(year from l.created_at at time zone 'Asia/Seoul')::int as year
      from outreach_job j join outreach_list l on l.id = j.list_id where j.id = ${jobId}
    ), taken as (
      select distinct r.row_number from outreach_result r join outreach_job j on j.id = r.job_id
      where j.list_id = (select list_id from job) and r.case_id is not null
    ), screened as (
      select coalesce(r.district, job.district) as district, r.eligible_count, r.unreached_count, r.programs,
        t.row_number is not null as taken
      from outreach_result r join job on r.job_id = job.id left join taken t on t.row_number = r.row_number
      where r.ok
    ), per_district as (
      select district, count(*)::int as screened from screened group by district
    )
    select job.list_id, job.id, job.year, s.district, null, count(*)::int,
      (count(*) filter (where s.eligible_count > 0))::int,
      case when ${knowsReceipt}::boolean then (count(*) filter (where s.unreached_count > 0))::int end,
      (count(*) filter (where s.taken))::int
    from screened s cross join job
    group by job.list_id, job.id, job.year, s.district
    union all
    select job.list_id, job.id, job.year, s.district, p->>'id', d.screened, count(*)::int,
      case when ${knowsReceipt}::boolean then (count(*) filter (where p->>'receives' = 'false'))::int end,
      (count(*) filter (where s.taken))::int
    from screened s cross join job cross join jsonb_array_elements(s.programs) p
      join per_district d on d.district is not distinct from s.district
    where p->>'status' = 'eligible'
    group by job.list_id, job.id, job.year, s.district, p->>'id', d.screened`.execute(trx);
  // As yearCountsFromTallies: no 사각지대 count for a program no column of the list speaks of.
  const counted = await trx
    .selectFrom('outreach_year_count')
    .select('program_id')
    .distinct()
    .where('list_id', '=', job.list_id)
    .where('program_id', 'is not', null)
    .execute();
  const unspoken = counted.map((r) => r.program_id as string).filter((id) => !covers(id));
  if (unspoken.length > 0)
    await trx
      .updateTable('outreach_year_count')
      .set({ unreached: null })
      .where('list_id', '=', job.list_id)
      .where('program_id', 'in', unspoken)
      .execute();
}

/**
 * Locks the job's list row for the rest of the transaction. Taken before the job row, in the order
 * retention takes them (it deletes the list, then its jobs by cascade), so the two never deadlock.
 */
export async function lockListOf(trx: Transaction<Database>, jobId: string): Promise<void> {
  await sql`select l.id from outreach_list l where l.id = (select list_id from outreach_job where id = ${jobId})
    for update`.execute(trx);
}

/**
 * A worklist row just became a case (or was linked to one): the list's kept counts gain one case in
 * the row's 구, on the households row and on each program the household is likely eligible for, as
 * keepJobCounts would count it. Nothing when the list has no kept counts yet (its screening has not
 * finished: it will count the case then) or when the same row of another screening of the list was
 * already made a case (the household is counted once). Runs in the transaction that claims the row.
 */
export async function countCase(trx: Kysely<Database>, jobId: string, row: number): Promise<void> {
  // Waits for a completion of this list in progress (it holds the list row), so its counts are seen.
  await sql`select l.id from outreach_list l where l.id = (select list_id from outreach_job where id = ${jobId})
    for share`.execute(trx);
  await sql`
    update outreach_year_count k set cases = k.cases + 1
    from outreach_job claimed, outreach_job kept, outreach_result r
    where claimed.id = ${jobId} and k.list_id = claimed.list_id
      and kept.id = k.job_id and r.job_id = k.job_id and r.row_number = ${row} and r.ok
      and k.district is not distinct from coalesce(r.district, kept.district)
      and (k.program_id is null or r.programs @> jsonb_build_array(
        jsonb_build_object('id', k.program_id, 'status', 'eligible')))
      and not exists (
        select 1 from outreach_result o join outreach_job oj on oj.id = o.job_id
        where oj.list_id = claimed.list_id and o.row_number = ${row} and o.case_id is not null
          and o.job_id <> ${jobId})`.execute(trx);
}
