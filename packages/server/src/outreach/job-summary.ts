import { catalog, olderYearlyFiguresOn } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { comparedOut } from './earlier-screening.ts';
import { jobProgress } from './jobs/progress.ts';
import type { OutreachJob } from './jobs/queue.ts';
import { RECEIPT_KEYS } from './receipt.ts';
import { programName } from './views.ts';

async function byProgram(db: FastifyInstance['db'], jobId: string, unreached: boolean) {
  const rows = await sql<{ id: string; households: number }>`
    select p->>'id' as id, count(*)::int as households
    from outreach_result r, jsonb_array_elements(r.programs) p
    where r.job_id = ${jobId} and p->>'status' = 'eligible'
      ${unreached ? sql`and r.unreached_count > 0 and p->>'receives' = 'false'` : sql``}
    group by 1 order by 2 desc, 1`.execute(db);
  return rows.rows.map((r) => ({ ...r, name: programName(r.id) }));
}

async function byDistrict(db: FastifyInstance['db'], jobId: string, column: 'eligible_count' | 'unreached_count') {
  return db
    .selectFrom('outreach_result')
    .select(['district', sql<number>`count(*)::int`.as('households')])
    .where('job_id', '=', jobId)
    .where(column, '>', 0)
    .groupBy('district')
    .orderBy('district')
    .execute();
}

/**
 * A job's state and progress with its headline: households likely eligible, and those likely
 * eligible for something the list says they do not receive (사각지대), by program and by 구.
 * `receiptColumns` is false when no column of the mapping says what a household receives: then
 * the 사각지대 counts are not zero but unknown, and the screen says so.
 */
export async function jobOut(db: FastifyInstance['db'], job: OutreachJob) {
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
      comparedOut(db, job),
    ]);
  return {
    id: job.id,
    listId: job.list_id,
    state: job.state,
    date: job.screening_date,
    // Whether the list was screened on last year's 기준 중위소득 or 기준임대료 (the year's not in Jibsa yet).
    figuresYear: olderYearlyFiguresOn(catalog, job.screening_date) ?? null,
    ...jobProgress(job),
    rowsWarned: warned.n,
    failure: job.failure,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
    receiptColumns: Object.values(job.mapping).some((k) => RECEIPT_KEYS.has(k)),
    eligibleByProgram,
    eligibleByDistrict,
    unreachedByProgram,
    unreachedByDistrict,
    compared,
  };
}
