import { assumedFields } from '@jibsa/lists';
import { catalog, olderYearlyFiguresOn } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { comparedOut, earlierJob } from './earlier-screening.ts';
import { jobProgress } from './jobs/progress.ts';
import type { OutreachJob } from './jobs/queue.ts';
import { districtsOf, type JobTallies } from './jobs/tallies.ts';
import { RECEIPT_KEYS } from './receipt.ts';
import { countUndecided, undecidedOut } from './undecided.ts';
import { programName } from './views.ts';

type Db = FastifyInstance['db'];

/** Counts ordered as the screen lists them: most households first, then by id. */
const ranked = (rows: { id: string; households: number }[]) =>
  rows
    .filter((r) => r.households > 0)
    .sort((a, b) => b.households - a.households || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({ ...r, name: programName(r.id) }));

/**
 * Households likely eligible by program, and 사각지대 (likely eligible, and the list says not
 * received) by program, in one pass over the job's rows: each count was a pass of its own.
 */
async function byProgram(db: Db, jobId: string) {
  const { rows } = await sql<{ id: string; eligible: number; unreached: number }>`
    select p->>'id' as id, count(*)::int as eligible,
      (count(*) filter (where r.unreached_count > 0 and p->>'receives' = 'false'))::int as unreached
    from outreach_result r, jsonb_array_elements(r.programs) p
    where r.job_id = ${jobId} and p->>'status' = 'eligible'
    group by 1`.execute(db);
  return {
    eligible: ranked(rows.map((r) => ({ id: r.id, households: r.eligible }))),
    unreached: ranked(rows.map((r) => ({ id: r.id, households: r.unreached }))),
  };
}

/** The same by 구 (구 order, unknown last), with the rows screened with a warning, in one pass. */
async function byDistrict(db: Db, jobId: string) {
  const rows = await db
    .selectFrom('outreach_result')
    .select([
      'district',
      sql<number>`(count(*) filter (where eligible_count > 0))::int`.as('eligible'),
      sql<number>`(count(*) filter (where unreached_count > 0))::int`.as('unreached'),
      sql<number>`(count(*) filter (where ok and jsonb_array_length(errors) > 0))::int`.as('warned'),
    ])
    .where('job_id', '=', jobId)
    .groupBy('district')
    .orderBy('district')
    .execute();
  const of = (k: 'eligible' | 'unreached') =>
    rows.filter((r) => r[k] > 0).map((r) => ({ district: r.district, households: r[k] }));
  return { eligible: of('eligible'), unreached: of('unreached'), warned: rows.reduce((n, r) => n + r.warned, 0) };
}

/** The headline counts of a job's rows: by program and 구, 사각지대, rows with warnings, and the comparison. */
export async function headline(db: Db, job: OutreachJob, earlier: { id: string; date: string } | undefined) {
  const [programs, districts, compared, undecided] = await Promise.all([
    byProgram(db, job.id),
    byDistrict(db, job.id),
    comparedOut(db, job, earlier),
    countUndecided(db, job.id),
  ]);
  return {
    rowsWarned: districts.warned,
    undecided: undecidedOut(undecided, job.mapping) as ReturnType<typeof undecidedOut> | null,
    eligibleByProgram: programs.eligible,
    eligibleByDistrict: districts.eligible,
    unreachedByProgram: programs.unreached,
    unreachedByDistrict: districts.unreached,
    compared,
  };
}

type Headline = Awaited<ReturnType<typeof headline>>;

/**
 * A job that has not begun, or runs without kept counts (one half screened before they were kept):
 * no counts are worked out from its rows for the screen's 1-second polls.
 */
const NOT_YET: Headline = {
  rowsWarned: 0,
  undecided: null,
  eligibleByProgram: [],
  eligibleByDistrict: [],
  unreachedByProgram: [],
  unreachedByDistrict: [],
  compared: null,
};

/**
 * Ended jobs' counts worked out from their rows, by job and the earlier screening read against:
 * for jobs screened before counts were kept as rows were written (tallies.ts), and comparisons
 * with an earlier screening other than the one the job was screened against. An ended job's rows
 * never change (done, cancelled and failed are final), and counting a 1M-row list's rows takes
 * seconds, so each is counted once per process, not on every read.
 */
const countedBy = new WeakMap<Db, Map<string, Promise<unknown>>>();
const KEPT = 64;

function counted<T>(db: Db, key: string, count: () => Promise<T>): Promise<T> {
  let kept = countedBy.get(db);
  if (kept === undefined) {
    kept = new Map();
    countedBy.set(db, kept);
  }
  let hit = kept.get(key) as Promise<T> | undefined;
  if (hit === undefined) {
    hit = count();
    // A failed count is not kept: the next read tries again.
    hit.catch(() => kept.delete(key));
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
  } else {
    kept.delete(key);
  }
  kept.set(key, hit);
  return hit;
}

/**
 * An ended job's headline: from the counts kept as its rows were written, when it has them, else
 * counted from its rows. The earlier screening is looked up on every read (an index probe):
 * screening the list as of another earlier day changes it.
 */
export async function endedHeadline(db: Db, job: OutreachJob, earlier: { id: string; date: string } | undefined) {
  const t = job.tallies;
  if (t === null) return counted(db, `${job.id} ${earlier?.id ?? ''}`, () => headline(db, job, earlier));
  // A job that did not read the whole list is compared whole: the earlier job's rows it never read count too.
  const kept = earlier !== undefined && job.state === 'done' && t.compared?.earlierId === earlier.id;
  const compared = kept
    ? keptComparison(t.compared as NonNullable<JobTallies['compared']>, earlier)
    : await counted(db, `${job.id} ${earlier?.id ?? ''} compared`, () => comparedOut(db, job, earlier));
  return { ...keptCounts(t, job.mapping), compared };
}

/** The counts kept as the rows were written (tallies.ts), all but the comparison. */
function keptCounts(t: JobTallies, mapping: OutreachJob['mapping']): Omit<Headline, 'compared'> {
  const programs = Object.entries(t.programs);
  return {
    rowsWarned: t.warned,
    // A job begun before these were counted has none kept (its rows may be counted once it ends).
    undecided: t.undecided ? undecidedOut(t.undecided, mapping) : null,
    eligibleByProgram: ranked(programs.map(([id, v]) => ({ id, households: v.eligible }))),
    eligibleByDistrict: districtsOf(t, 'eligible'),
    unreachedByProgram: ranked(programs.map(([id, v]) => ({ id, households: v.unreached }))),
    unreachedByDistrict: districtsOf(t, 'unreached'),
  };
}

function keptComparison(c: NonNullable<JobTallies['compared']>, earlier: { id: string; date: string }) {
  return {
    jobId: earlier.id,
    date: earlier.date,
    newlyEligible: c.newly,
    noLongerEligible: c.noLonger,
    newlyByProgram: ranked(Object.entries(c.newlyByProgram).map(([id, households]) => ({ id, households }))),
  };
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
  // While it runs: the counts so far, as of the last block written (the comparison waits for the end).
  const counts = running
    ? job.tallies === null
      ? NOT_YET
      : { ...keptCounts(job.tallies, job.mapping), compared: null }
    : await endedHeadline(db, job, await earlierJob(db, job));
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
    assumeNone: job.assume_none,
    assumed: job.assume_none ? assumedFields(job.mapping) : [],
    undecided: counts.undecided,
    eligibleByProgram: counts.eligibleByProgram,
    eligibleByDistrict: counts.eligibleByDistrict,
    unreachedByProgram: counts.unreachedByProgram,
    unreachedByDistrict: counts.unreachedByDistrict,
    compared: counts.compared,
  };
}
