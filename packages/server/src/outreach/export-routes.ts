import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { assumedFields } from '@jibsa/lists';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { download } from '../http/download.ts';
import { problemResponses } from '../http/responses.ts';
import { openOutreachJob } from './access.ts';
import { RESULT_COLUMNS, resultLines } from './export/result-lines.ts';
import { csvStream, type Sheet, xlsxStream } from './export/spreadsheet.ts';
import type { OutreachJob } from './jobs/queue.ts';
import { exportFileNames, type ResultFilter, withEarlier } from './result-filter.ts';
import { rowsBySpan } from './row-spans.ts';
import { ExportQuery, JobParams } from './schemas.ts';

const ERROR_COLUMNS = [
  { header: '행 번호', width: 8 },
  { header: '이름·관리번호', width: 16 },
  { header: '열', width: 16 },
  { header: '문제', width: 50 },
  { header: 'problem', width: 50 },
];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads of a job's results and bad rows. Each is a read of personal data, audited as such. */
export async function outreachExportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const resultsSheet = (db: FastifyInstance['db'], job: OutreachJob, filter: ResultFilter): Sheet => {
    const lines = resultLines(db, job, filter);
    const assumed = job.assume_none ? assumedFields(job.mapping) : [];
    if (assumed.length === 0) return { name: '선별 결과', columns: RESULT_COLUMNS, lines };
    // Every line says it: a line copied into another sheet keeps the assumption it rests on.
    const said = `목록에 없는 항목을 없는 것으로 보고 선별: ${assumed.map((f) => `${f.label.ko} ${f.value.ko}`).join(', ')}`;
    async function* withAssumption() {
      for await (const line of lines) yield [...line, said];
    }
    return {
      name: '선별 결과',
      columns: [...RESULT_COLUMNS, { header: '선별 가정', width: 60 }],
      lines: withAssumption(),
    };
  };

  for (const kind of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/outreach/jobs/:jobId/results.${kind}`,
      {
        schema: {
          tags: ['outreach'],
          summary: `Staff: the results as ${kind === 'csv' ? 'CSV (UTF-8 with BOM, for Excel)' : 'an Excel workbook'}, one line per household and program, Korean headers, filtered as the results screen (only, program, district); audited`,
          security: [{ session: [] }],
          params: JobParams,
          querystring: ExportQuery,
          produces: [kind === 'csv' ? 'text/csv' : XLSX_TYPE],
          response: { ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { only = 'eligible', program, district } = request.query;
        const { job } = await openOutreachJob(request, request.params.jobId, `outreach.export.${kind}`);
        const filter: ResultFilter = await withEarlier(request.server.db, job, { only, program, district });
        const sheet = resultsSheet(request.server.db, job, filter);
        const { korean, ascii } = exportFileNames(filter, kind);
        return kind === 'csv'
          ? download(reply, 'text/csv; charset=utf-8', ascii, korean, csvStream(sheet))
          : download(reply, XLSX_TYPE, ascii, korean, xlsxStream(sheet));
      },
    );
  }

  app.get(
    '/api/outreach/jobs/:jobId/errors.csv',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff: the rows that could not be screened (bad cells, a repeat of an earlier row) and rows screened with a warning (cells short or over, 가구원수 0), as CSV for Excel (row, column, problem in Korean and English); audited',
        security: [{ session: [] }],
        params: JobParams,
        produces: ['text/csv'],
        response: { ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { job } = await openOutreachJob(request, request.params.jobId, 'outreach.errors');
      const db = request.server.db;
      async function* lines() {
        const read = (from: number, upTo: number, limit: number) =>
          db
            .selectFrom('outreach_result')
            .select(['row_number', 'reference', 'errors'])
            .where('job_id', '=', job.id)
            // Rows screened with a warning (a short row, 가구원수 0) are listed with the rows not screened.
            .where((eb) => eb.or([eb('ok', '=', false), sql<boolean>`jsonb_array_length(errors) > 0`]))
            .where('row_number', '>', from)
            .where('row_number', '<=', upTo)
            .orderBy('row_number')
            .limit(limit)
            .execute();
        for await (const page of rowsBySpan(read, 0, job.last_row, 2000)) {
          for (const r of page) {
            for (const e of r.errors) yield [r.row_number, r.reference ?? '', e.column, e.ko, e.en];
          }
        }
      }
      const sheet = { name: '선별 오류', columns: ERROR_COLUMNS, lines: lines() };
      return download(reply, 'text/csv; charset=utf-8', 'errors.csv', '선별오류.csv', csvStream(sheet));
    },
  );
}
