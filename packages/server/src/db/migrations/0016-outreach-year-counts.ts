import { type Kysely, sql } from 'kysely';

/**
 * 발굴 figures that outlive the lists (issue: the city's yearly 사각지대 count shrank as lists passed
 * their retention). When a list's screening finishes, its counts are kept here: per 구 and program,
 * households screened, likely eligible, eligible but not receiving (사각지대) and turned into cases.
 * Counts only: no household, row, name or file name. `list_id` and `job_id` carry no foreign key on
 * purpose, so deleting the list (and with it its jobs and results) leaves these rows; they are random
 * ids that then point at nothing, kept so a list screened again replaces its counts instead of adding.
 *
 * A row with `program_id` null counts households (each once), one with a program id counts those the
 * program concerns; `district` null is a household whose 구 was not known. `unreached` is null when
 * the job's mapping had no column saying what households receive (사각지대 unknown, not zero).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outreach_year_count')
    .addColumn('list_id', 'uuid', (c) => c.notNull())
    .addColumn('job_id', 'uuid', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('district', 'text')
    .addColumn('program_id', 'text')
    .addColumn('screened', 'integer', (c) => c.notNull())
    .addColumn('eligible', 'integer', (c) => c.notNull())
    .addColumn('unreached', 'integer')
    .addColumn('cases', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One row per list, 구 and program (nulls included): a list is never counted twice.
  await sql`create unique index outreach_year_count_key
    on outreach_year_count (list_id, coalesce(district, ''), coalesce(program_id, ''))`.execute(db);
  await db.schema.createIndex('outreach_year_count_year_idx').on('outreach_year_count').column('year').execute();
  await backfill(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outreach_year_count').ifExists().execute();
}

/**
 * The mapping keys that say what a household receives, as they stood for this migration (a frozen
 * copy of outreach/receipt.ts RECEIPT_KEYS; a test checks they agree).
 */
export const RECEIPT_KEYS_0016 = [
  'receivesHousingBenefit',
  'receivesLivelihoodBenefit',
  'receivesMedicalBenefit',
  'receives.educationBenefit',
  'receives.publicRental',
  'receives.emergencyHousing',
  'receives.youthRent',
  'receives.jeonseLoan',
  'receives.homeRepair',
];

/**
 * Lists screened before this migration get their counts now, from each list's last finished job,
 * as outreach/year-counts.ts counts a job when it finishes (a frozen copy of that count, so a later
 * change there cannot change what this migration does; a test checks both count alike).
 */
async function backfill(db: Kysely<unknown>): Promise<void> {
  const jobs = await sql<{ id: string; mapping: Record<string, string> }>`
    select distinct on (list_id) id, mapping from outreach_job
    where state = 'done' order by list_id, finished_at desc nulls last, created_at desc`.execute(db);
  for (const job of jobs.rows) {
    const knowsReceipt = Object.values(job.mapping).some((k) => RECEIPT_KEYS_0016.includes(k));
    await sql`
      insert into outreach_year_count (list_id, job_id, year, district, program_id, screened, eligible, unreached, cases)
      with job as (
        select j.id, j.list_id, j.district, extract(year from l.created_at at time zone 'Asia/Seoul')::int as year
        from outreach_job j join outreach_list l on l.id = j.list_id where j.id = ${job.id}
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
      group by job.list_id, job.id, job.year, s.district, p->>'id', d.screened`.execute(db);
  }
}
