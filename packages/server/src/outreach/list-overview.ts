import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { readPersonalData } from '../access/personal-data.ts';
import type { RecordScope } from '../access/scope.ts';
import { problemResponses } from '../http/responses.ts';
import { ListOf } from '../http/shared-schemas.ts';
import type { ListRow } from './access.ts';
import { jobProgress } from './jobs/progress.ts';
import type { OutreachJob } from './jobs/queue.ts';
import { RECEIPT_KEYS } from './receipt.ts';
import { ListSummary } from './schemas.ts';
import { listOut } from './views.ts';

type Summary = ListRow & { uploader: string | null; jobs: OutreachJob[]; unreached: Map<string, number> };

async function listSummaries(db: FastifyInstance['db'], scope: RecordScope): Promise<Summary[]> {
  let q = db
    .selectFrom('outreach_list as l')
    .leftJoin('staff_user as u', 'u.id', 'l.uploaded_by')
    .selectAll('l')
    .select('u.display_name as uploader')
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(200);
  if (!scope.all) q = q.where('l.district', '=', scope.district);
  const lists = await q.execute();
  if (lists.length === 0) return [];
  const jobs = await db
    .selectFrom('outreach_job')
    .selectAll()
    .where(
      'list_id',
      'in',
      lists.map((l) => l.id),
    )
    .orderBy('created_at', 'desc')
    .execute();
  const done = jobs.filter((j) => j.state === 'done').map((j) => j.id);
  const counts = done.length
    ? await db
        .selectFrom('outreach_result')
        .select(['job_id', sql<number>`count(*)::int`.as('n')])
        .where('job_id', 'in', done)
        .where('unreached_count', '>', 0)
        .groupBy('job_id')
        .execute()
    : [];
  const unreached = new Map(counts.map((c) => [c.job_id, Number(c.n)]));
  return lists.map((l) => ({ ...l, jobs: jobs.filter((j) => j.list_id === l.id), unreached }));
}

function summaryOut(s: Summary) {
  const { uploader, jobs, unreached, ...list } = s;
  const job = jobs[0];
  const { rowsDone, rowsOk, rowsBad, fraction } = job ? jobProgress(job) : ({} as Record<string, number>);
  const knowsReceipt = job ? Object.values(job.mapping).some((k) => RECEIPT_KEYS.has(k)) : false;
  return {
    ...listOut(list),
    uploadedBy: uploader,
    jobs: jobs.length,
    latestJob: job
      ? {
          id: job.id,
          state: job.state,
          date: job.screening_date,
          rowsDone,
          rowsOk,
          rowsBad,
          fraction,
          createdAt: new Date(job.created_at).toISOString(),
          finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
          mapping: job.mapping,
          assumeNone: job.assume_none,
          unreached: job.state === 'done' && knowsReceipt ? (unreached.get(job.id) ?? 0) : null,
        }
      : null,
  };
}

/** The lists a person may see, so uploaded personal data can be found again after a reload. */
export async function outreachListOverviewRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/outreach/lists',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff: uploaded lists in scope (a counselor’s 구, an admin all), newest first, with uploader, latest job, 사각지대 count and days until deletion; audited',
        security: [{ session: [] }],
        response: { 200: Type.Object({ items: ListOf(ListSummary) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { rows } = await readPersonalData(request, {
        action: 'outreach.lists',
        subjectType: 'outreach_list',
        reason: null,
        subjectId: (r: Summary) => r.id,
        query: (scope) => listSummaries(request.server.db, scope),
      });
      return { items: rows.map(summaryOut) };
    },
  );
}
