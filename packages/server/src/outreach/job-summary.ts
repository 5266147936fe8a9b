import { catalog, olderYearlyFiguresOn } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { comparedOut, earlierJob } from './earlier-screening.ts';
import { jobProgress } from './jobs/progress.ts';
import type { OutreachJob } from './jobs/queue.ts';
import { RECEIPT_KEYS } from './receipt.ts';
import { programName } from './views.ts';

type Db = FastifyInstance['db'];

async function byProgram(db: Db, jobId: string, unreached: boolean) {
  const rows = await sql<{ id: string; households: number }>`
    select p->>'id' as id, count(*)::int as households
    from outreach_result r, jsonb_array_elements(r.programs) p
    where r.job_id = ${jobId} and p->>'status' = 'eligible'
      ${unreached ? sql`and r.unreached_count > 0 and p->>'receives' = 'false'` : sql``}
    group by 1 order by 2 desc, 1`.execute(db);
  return rows.rows.map((r) => ({ ...r, name: programName(r.id) }));
}

async function byDistrict(db: Db, jobId: string, column: 'eligible_count' | 'unreached_count') {
  return db
    .selectFrom('outreach_result')
    .select(['district', sql<number>`count(*)::int`.as('households')])
    .where('job_id', '=', jobId)
    .where(column, '>', 0)
    .groupBy('district')
    .orderBy('district')
    .execute();
}

/** The headline counts of a job's rows: by program and 구, 사각지대, rows with warnings, and the comparison. */
async function headline(db: Db, job: OutreachJob, earlier: { id: string; date: string } | undefined) {
  const [eligibleByProgram, eligibleByDistrict, unreachedByProgram, unreachedByDistrict, warned, compared] =
    await Promise.all([
      byProgram(db, job.id, false),
      byDistrict(db, job.id, 'eligible_count'),
      byProgram(db, job.id, true),
      byDistrict(db, job.id, 'unreached_count'),
      db
        .selectFrom('outreach_result')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('job_id', '=', job.id)
        .where('ok', '=', true)
        .where(sql<boolean>`jsonb_array_length(errors) > 0`)
        .executeTakeFirstOrThrow(),
      comparedOut(db, job, earlier),
    ]);
  return {
    rowsWarned: warned.n,
    eligibleByProgram,
    eligibleByDistrict,
    unreachedByProgram,
    unreachedByDistrict,
    compared,
  };
}

type Headline = Awaited<ReturnType<typeof headline>>;

/** While a job runs the screen shows its progress only: no counts are worked out for its 1-second polls. */
const NOT_YET: Headline = {
  rowsWarned: 0,
  eligibleByProgram: [],
  eligibleByDistrict: [],
  unreachedByProgram: [],
  unreachedByDistrict: [],
  compared: null,
};

/**
 * Ended jobs' counts, by job and the earlier screening read against. An ended job's rows never
 * change (done, cancelled and failed are final), and counting a 1M-row list's rows takes seconds,
 * so each is counted once per process, not on every read. The earlier screening is looked up on
 * every read (an index probe): screening the list as of another earlier day changes it.
 */
const endedBy = new WeakMap<Db, Map<string, Promise<Headline>>>();
const KEPT = 64;

function endedHeadline(db: Db, job: OutreachJob, earlier: { id: string; date: string } | undefined) {
  let ended = endedBy.get(db);
  if (ended === undefined) {
    ended = new Map();
    endedBy.set(db, ended);
  }
  const key = `${job.id} ${earlier?.id ?? ''}`;
  let hit = ended.get(key);
  if (hit === undefined) {
    hit = headline(db, job, earlier);
    // A failed count is not kept: the next read tries again.
    hit.catch(() => ended.delete(key));
    if (ended.size >= KEPT) ended.delete(ended.keys().next().value as string);
  } else {
    ended.delete(key);
  }
  ended.set(key, hit);
  return hit;
}

/**
 * A job's state and progress with its headline, once it has ended: households likely eligible, and
 * those likely eligible for something the list says they do not receive (사각지대), by program and
 * by 구, and the comparison with the list's earlier screening.
 * `receiptColumns` is false when no column of the mapping says what a household receives: then
 * the 사각지대 counts are not zero but unknown, and the screen says so.
 */
export async function jobOut(db: Db, job: OutreachJob) {
  const running = job.state === 'queued' || job.state === 'running';
  const counts = running ? NOT_YET : await endedHeadline(db, job, await earlierJob(db, job));
  return {
    id: job.id,
    listId: job.list_id,
    state: job.state,
    date: job.screening_date,
    // Whether the list was screened on last year's 기준 중위소득 or 기준임대료 (the year's not in Jibsa yet).
    figuresYear: olderYearlyFiguresOn(catalog, job.screening_date) ?? null,
    ...jobProgress(job),
    rowsWarned: counts.rowsWarned,
    failure: job.failure,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
    receiptColumns: Object.values(job.mapping).some((k) => RECEIPT_KEYS.has(k)),
    eligibleByProgram: counts.eligibleByProgram,
    eligibleByDistrict: counts.eligibleByDistrict,
    unreachedByProgram: counts.unreachedByProgram,
    unreachedByDistrict: counts.unreachedByDistrict,
    compared: counts.compared,
  };
}
