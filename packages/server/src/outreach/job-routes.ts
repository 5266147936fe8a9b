import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isScreeningDate, todayIso } from '@jibsa/programs';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { audit, openOutreachJob, openOutreachList } from './access.ts';
import { jobProgress } from './jobs/progress.ts';
import { cancelJob, type OutreachJob } from './jobs/queue.ts';
import { checkMapping, saveMapping } from './list-routes.ts';
import { JobBody, JobOut, JobParams, ListParams, ResultsOut, ResultsQuery } from './schemas.ts';
import { programName, rowOut } from './views.ts';

/** What the job's results say so far: households likely eligible, by program and by 구. */
async function jobOut(db: FastifyInstance['db'], job: OutreachJob) {
  const byProgram = await sql<{ id: string; households: number }>`
    select p->>'id' as id, count(*)::int as households
    from outreach_result r, jsonb_array_elements(r.programs) p
    where r.job_id = ${job.id} and p->>'status' = 'eligible'
    group by 1 order by 2 desc, 1`.execute(db);
  const byDistrict = await db
    .selectFrom('outreach_result')
    .select(['district', sql<number>`count(*)::int`.as('households')])
    .where('job_id', '=', job.id)
    .where('eligible_count', '>', 0)
    .groupBy('district')
    .orderBy('district')
    .execute();
  return {
    id: job.id,
    listId: job.list_id,
    state: job.state,
    date: job.screening_date,
    ...jobProgress(job),
    failure: job.failure,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
    eligibleByProgram: byProgram.rows.map((r) => ({ ...r, name: programName(r.id) })),
    eligibleByDistrict: byDistrict,
  };
}

/** A spreadsheet reads a cell starting with = + - @ as a formula: such text gets a leading quote. */
const safeCell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** Screening jobs over an uploaded list: start, progress, cancel, results and the bad rows as CSV. */
export async function outreachJobRoutes(fastify: FastifyInstance, { wake }: { wake: () => void }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/outreach/lists/:listId/jobs',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff: screen every row of a list in the background with a mapping; progress at GET /api/outreach/jobs/{jobId}',
        security: [{ session: [] }],
        params: ListParams,
        body: JobBody,
        response: { 202: JobOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { staff, list } = await openOutreachList(request, request.params.listId);
      const { mapping, saveMappingAs } = request.body;
      checkMapping(mapping, list.headers);
      const date = request.body.date ?? todayIso();
      if (!isScreeningDate(date)) {
        throw invalid([{ path: 'date', ko: '선별할 수 없는 날짜입니다.', en: 'not a date Jibsa can screen for.' }]);
      }
      if (saveMappingAs) await saveMapping(request.server.db, saveMappingAs, mapping, staff.id);
      const job = await request.server.db
        .insertInto('outreach_job')
        .values({
          list_id: list.id,
          district: list.district,
          mapping: JSON.stringify(mapping),
          encoding: request.body.encoding ?? list.encoding,
          screening_date: date,
          created_by: staff.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(request, staff, 'outreach.job.start', 'outreach_job', job.id);
      wake();
      return reply.status(202).send(await jobOut(request.server.db, job));
    },
  );

  app.get(
    '/api/outreach/jobs/:jobId',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: a job’s state and progress (rows done, rows/s, time left) and its headline counts',
        security: [{ session: [] }],
        params: JobParams,
        response: { 200: JobOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { job } = await openOutreachJob(request, request.params.jobId);
      return jobOut(request.server.db, job);
    },
  );

  app.post(
    '/api/outreach/jobs/:jobId/cancel',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: stop a job; rows already screened keep their results (a finished job is left as it is)',
        security: [{ session: [] }],
        params: JobParams,
        response: { 200: JobOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { staff, job } = await openOutreachJob(request, request.params.jobId);
      if (await cancelJob(request.server.db, job.id)) {
        await audit(request, staff, 'outreach.job.cancel', 'outreach_job', job.id);
      }
      const now = await request.server.db
        .selectFrom('outreach_job')
        .selectAll()
        .where('id', '=', job.id)
        .executeTakeFirstOrThrow();
      return jobOut(request.server.db, now);
    },
  );

  app.get(
    '/api/outreach/jobs/:jobId/results',
    {
      schema: {
        tags: ['outreach'],
        summary: 'Staff: results by row: likely-eligible households (default), bad rows, or all; paged by row number',
        security: [{ session: [] }],
        params: JobParams,
        querystring: ResultsQuery,
        response: { 200: ResultsOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { job } = await openOutreachJob(request, request.params.jobId, 'outreach.results');
      const { only = 'eligible', program, after = 0, limit = 100 } = request.query;
      let q = request.server.db
        .selectFrom('outreach_result')
        .selectAll()
        .where('job_id', '=', job.id)
        .where('row_number', '>', after)
        .orderBy('row_number')
        .limit(limit + 1);
      if (only === 'eligible') q = q.where('eligible_count', '>', 0);
      if (only === 'bad') q = q.where('ok', '=', false);
      if (program) {
        q = q.where(sql<boolean>`programs @> ${JSON.stringify([{ id: program, status: 'eligible' }])}::jsonb`);
      }
      const rows = await q.execute();
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => rowOut({ ...r, row: r.row_number })),
        nextAfter: rows.length > limit ? (page[page.length - 1]?.row_number ?? null) : null,
      };
    },
  );

  app.get(
    '/api/outreach/jobs/:jobId/errors.csv',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff: the rows that could not be screened, as CSV for Excel (row, column, problem in Korean and English)',
        security: [{ session: [] }],
        params: JobParams,
        produces: ['text/csv'],
        response: { ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { job } = await openOutreachJob(request, request.params.jobId, 'outreach.errors');
      const bad = await request.server.db
        .selectFrom('outreach_result')
        .select(['row_number', 'reference', 'errors'])
        .where('job_id', '=', job.id)
        .where('ok', '=', false)
        .orderBy('row_number')
        .execute();
      const lines = bad.flatMap((r) =>
        r.errors.map((e) => [
          String(r.row_number),
          safeCell(r.reference ?? ''),
          safeCell(e.column),
          safeCell(e.ko),
          safeCell(e.en),
        ]),
      );
      const csv = stringify(lines, {
        header: true,
        columns: ['행 번호', '이름·관리번호', '열', '문제', 'problem'],
        bom: true,
        record_delimiter: 'windows',
        eof: true,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="errors.csv"; filename*=UTF-8''${encodeURIComponent('선별오류.csv')}`,
        )
        .send(csv);
    },
  );
}
