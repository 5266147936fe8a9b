import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { fail } from '../../http/error-codes.ts';
import { problemResponses } from '../../http/responses.ts';
import { openOutreachJob } from '../access.ts';
import { LIST_FILE_GONE } from '../jobs/run-job.ts';
import { JobParams } from '../schemas.ts';
import type { WhatIfRun } from './background.ts';
import { RunParams, WhatIfRunOut, WhatIfRunsOut } from './schemas.ts';

const FAILURES: Record<string, { ko: string; en: string }> = {
  JIBSA_NOT_FOUND: LIST_FILE_GONE,
  JIBSA_INTERNAL: {
    ko: '계산하다가 문제가 생겼습니다. 다시 해 주세요.',
    en: 'Something went wrong while counting. Please run it again.',
  },
};

/** A background run as the routes answer it. */
export function runOut(run: WhatIfRun) {
  return {
    runId: run.id,
    jobId: run.job_id,
    state: run.state,
    rowsDone: run.rows_done,
    rowsTotal: run.rows_total,
    result: run.state === 'done' ? (run.result as never) : null,
    failure: run.state === 'failed' ? (FAILURES[run.error_code ?? ''] ?? FAILURES.JIBSA_INTERNAL ?? null) : null,
  };
}

/** Where a what-if counted in the background stands: for whoever may read its screening's counts. */
export async function outreachWhatIfRunRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/outreach/jobs/:jobId/what-if/runs',
    {
      schema: {
        tags: ['outreach'],
        summary:
          "Staff and the city: a finished screening's what-ifs counted in the background (the newest 20), so a run asked for earlier can be read again",
        security: [{ session: [] }],
        params: JobParams,
        response: { 200: WhatIfRunsOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { job } = await openOutreachJob(request, request.params.jobId, undefined, true);
      const runs = await request.server.db
        .selectFrom('outreach_whatif_run')
        .select(['id', 'state', 'rows_done', 'rows_total', 'created_at', 'overrides'])
        .where('job_id', '=', job.id)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(20)
        .execute();
      return {
        items: runs.map((r) => ({
          runId: r.id,
          state: r.state,
          rowsDone: r.rows_done,
          rowsTotal: r.rows_total,
          askedAt: new Date(r.created_at as Date).toISOString(),
          overrides: (r.overrides as { parameter: string; value: number | Record<string, number> }[]).map((o) => ({
            parameter: o.parameter,
            value: o.value,
          })),
        })),
      };
    },
  );
  app.get(
    '/api/outreach/what-if/runs/:runId',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff and the city: a policy what-if over a long list, counted in the background: its progress, and its counts once done',
        security: [{ session: [] }],
        params: RunParams,
        response: { 200: WhatIfRunOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const run = await request.server.db
        .selectFrom('outreach_whatif_run')
        .selectAll()
        .where('id', '=', request.params.runId)
        .executeTakeFirst();
      const notFound = () => fail('JIBSA_NOT_FOUND', { ko: '그런 모의 계산이 없습니다.', en: 'No such what-if.' });
      if (!run) throw notFound();
      // A run of another 구's list answers as a missing one does (openOutreachJob's 404).
      await openOutreachJob(request, run.job_id, undefined, true);
      return runOut(run);
    },
  );
}
