import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isScreeningDate, todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { audit, openOutreachJob, openOutreachList } from './access.ts';
import { earlierJob, newlyByRow } from './earlier-screening.ts';
import { jobOut } from './job-summary.ts';
import { cancelJob } from './jobs/queue.ts';
import { checkMapping, saveMapping } from './list-routes.ts';
import { withEarlier } from './result-filter.ts';
import { resultPage } from './result-page.ts';
import { JobBody, JobOut, JobParams, ListParams, ResultsOut, ResultsQuery } from './schemas.ts';
import { rowOut } from './views.ts';

/** Screening jobs over an uploaded list: start, progress, cancel, results by page. */
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
      const { mapping, saveMappingAs, assumeNone = false } = request.body;
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
          assume_none: assumeNone,
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
        summary:
          'Staff: results by row: likely-eligible households (default), 사각지대, bad rows, or all; by program and 구; paged by row number (keyset: after=nextAfter)',
        security: [{ session: [] }],
        params: JobParams,
        querystring: ResultsQuery,
        response: { 200: ResultsOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { job } = await openOutreachJob(request, request.params.jobId, 'outreach.results');
      const { only = 'eligible', program, district, after = 0, limit = 100 } = request.query;
      const db = request.server.db;
      const filter = await withEarlier(db, job, { only, program, district });
      const rows = await resultPage(db, job, filter, after, limit + 1);
      const page = rows.slice(0, limit);
      // Against the list's earlier screening, when there is one: which programs each row newly gets.
      const since = filter.since ?? (await earlierJob(db, job))?.id;
      const newly =
        since === undefined
          ? undefined
          : await newlyByRow(
              db,
              since,
              job.id,
              page.map((r) => r.row_number),
            );
      return {
        items: page.map((r) => ({
          ...rowOut({ ...r, row: r.row_number, missingPaths: r.missing_paths }),
          ...(newly === undefined ? {} : { newly: newly.get(r.row_number) ?? [] }),
        })),
        nextAfter: rows.length > limit ? (page[page.length - 1]?.row_number ?? null) : null,
      };
    },
  );
}
