import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { requireRecordScope } from '../access/scope.ts';
import { auditWrite } from '../cases/access.ts';
import { problemResponses } from '../http/responses.ts';
import { openOutreachJob } from './access.ts';
import { JobParams, WorklistBody, WorklistOut } from './schemas.ts';
import { caseFromRow } from './worklist/make-cases.ts';
import { readSourceRows } from './worklist/source-rows.ts';

/** The worklist: chosen households of a job's results become cases for counselors. */
export async function outreachWorklistRoutes(fastify: FastifyInstance, { uploadsDir }: { uploadsDir: string }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    '/api/outreach/jobs/:jobId/cases',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff: make cases from chosen result rows, in each household’s 구; a household already in a case (same name and birth date, or same phone) is linked instead; no consent yet (source 발굴)',
        security: [{ session: [] }],
        params: JobParams,
        body: WorklistBody,
        response: { 200: WorklistOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { staff, job } = await openOutreachJob(request, request.params.jobId, 'outreach.worklist');
      const scope = await requireRecordScope(request, staff);
      const db = request.server.db;
      const rows = [...new Set(request.body.rows)].sort((a, b) => a - b);
      const list = await db
        .selectFrom('outreach_list')
        .selectAll()
        .where('id', '=', job.list_id)
        .executeTakeFirstOrThrow();
      const results = await db
        .selectFrom('outreach_result')
        .select(['row_number', 'ok', 'district', 'case_id'])
        .where('job_id', '=', job.id)
        .where('row_number', 'in', rows)
        .execute();
      const screened = results.filter((r) => r.ok && !r.case_id).map((r) => r.row_number);
      const source = screened.length ? await readSourceRows(uploadsDir, list, job, screened) : new Map();
      const items = [];
      for (const r of results) {
        const outcome = await caseFromRow(
          db,
          staff,
          scope,
          { jobId: job.id, listId: list.id, fileName: list.file_name, jobDistrict: job.district },
          r,
          source.get(r.row_number),
        );
        if (outcome.outcome === 'created') await auditWrite(request, staff, 'case.create', outcome.caseId);
        if (outcome.outcome === 'linked') await auditWrite(request, staff, 'case.link', outcome.caseId);
        items.push(outcome);
      }
      const known = new Set(results.map((r) => r.row_number));
      for (const row of rows) {
        if (!known.has(row)) {
          items.push({
            row,
            outcome: 'refused' as const,
            reason: { ko: '이 작업에 그런 행이 없습니다.', en: 'This job has no such row.' },
          });
        }
      }
      return { items: items.sort((a, b) => a.row - b.row) };
    },
  );
}
