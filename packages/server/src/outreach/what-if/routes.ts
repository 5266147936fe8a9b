import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { catalog } from '@jibsa/programs';
import { type ParameterOverride, ScenarioError } from '@jibsa/rules';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../../audit/audit-log.ts';
import { fail, invalid } from '../../http/error-codes.ts';
import { problemResponses } from '../../http/responses.ts';
import { type audit, openOutreachJob, outreachCountsStaff } from '../access.ts';
import type { OutreachJob } from '../jobs/queue.ts';
import { LIST_FILE_GONE } from '../jobs/run-job.ts';
import { JobParams } from '../schemas.ts';
import { whatIfOut } from './answer.ts';
import { queueWhatIf, unfinishedRuns } from './background.ts';
import { whatIfParameters } from './parameters.ts';
import { countWhatIf, scenarioEntries, screenedList, type WhatIfCounts } from './run.ts';
import { runOut } from './run-routes.ts';
import { WhatIfBody, WhatIfJobsOut, WhatIfOut, WhatIfParametersOut, WhatIfRunOut } from './schemas.ts';

/** What-ifs one process runs at once: each holds a core for its length; more wait and retry. */
const MAX_RUNNING = 2;
/** Background runs one person may have queued or running: the queue is shared, so no one fills it. */
const MAX_UNFINISHED = 3;

const notScreened = () =>
  fail('JIBSA_LIST_NOT_SCREENED', {
    ko: '선별이 끝난 명단에서만 모의 계산을 할 수 있습니다. 선별을 끝까지 마친 뒤 다시 해 주세요.',
    en: 'A what-if needs a list whose screening has finished. Screen it to the end, then try again.',
  });

/** 정책 모의 계산: a screened list's counts as the figures stand and with some figures changed. */
export async function outreachWhatIfRoutes(
  fastify: FastifyInstance,
  { uploadsDir, wake }: { uploadsDir: string; wake: () => void },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  let running = 0;

  app.get(
    '/api/outreach/what-if/jobs',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff and the city: finished screenings a policy what-if can run on (counts only; the city sees every 구 and no file names)',
        security: [{ session: [] }],
        response: { 200: WhatIfJobsOut, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { staff, scope } = await outreachCountsStaff(request);
      let q = request.server.db
        .selectFrom('outreach_job as j')
        .innerJoin('outreach_list as l', 'l.id', 'j.list_id')
        .select(['j.id', 'j.list_id', 'j.district', 'j.screening_date', 'j.rows_ok', 'j.finished_at', 'l.file_name'])
        .where('j.state', '=', 'done')
        .orderBy('j.finished_at', 'desc')
        .orderBy('j.id', 'desc')
        .limit(200);
      if (!scope.all) q = q.where('j.district', '=', scope.district);
      const rows = await q.execute();
      const names = staff.role !== 'city';
      return {
        items: rows.map((r) => ({
          jobId: r.id,
          listId: r.list_id,
          district: r.district,
          fileName: names ? r.file_name : null,
          screeningDate: r.screening_date,
          households: r.rows_ok,
          finishedAt: new Date(r.finished_at as Date).toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/outreach/jobs/:jobId/what-if',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff and the city: the figures a what-if may change for a finished screening (numbers and one-column tables), with their value on its date, unit and citation',
        security: [{ session: [] }],
        params: JobParams,
        response: { 200: WhatIfParametersOut, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { job } = await openOutreachJob(request, request.params.jobId, undefined, true);
      if (job.state !== 'done') throw notScreened();
      return { jobId: job.id, screeningDate: job.screening_date, programs: whatIfParameters(job.screening_date) };
    },
  );

  app.post(
    '/api/outreach/jobs/:jobId/what-if',
    {
      schema: {
        tags: ['outreach'],
        summary:
          'Staff and the city: screen a finished list again as the figures stand and with some changed; answers counts by program and 구, never a household (audited)',
        security: [{ session: [] }],
        params: JobParams,
        body: WhatIfBody,
        response: { 200: WhatIfOut, 202: WhatIfRunOut, ...problemResponses(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const { staff, job } = await openOutreachJob(request, request.params.jobId, undefined, true);
      if (job.state !== 'done') throw notScreened();
      const overrides = request.body.overrides as readonly ParameterOverride[];
      refuseUnlisted(overrides, job.screening_date);
      let entries: ReturnType<typeof scenarioEntries>;
      try {
        entries = scenarioEntries(overrides, job.screening_date);
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        throw invalid(error.problems.map((p) => ({ path: `overrides.${p.path}`, ko: p.ko, en: p.en })));
      }
      if (job.rows_done > request.server.config.outreach.whatIfMaxRows) {
        // Too long to count while the caller waits: counted in the background, read at the run's address.
        if ((await unfinishedRuns(request.server.db, staff.id)) >= MAX_UNFINISHED) {
          throw fail('JIBSA_RATE_LIMITED', {
            ko: `아직 끝나지 않은 모의 계산이 ${MAX_UNFINISHED}개 있습니다. 끝난 뒤에 다시 해 주세요.`,
            en: `You have ${MAX_UNFINISHED} what-ifs still being counted. Try again once they end.`,
            retryAfterSeconds: 30,
          });
        }
        await recordRun(request, staff, job, overrides);
        const run = await queueWhatIf(request.server.db, {
          jobId: job.id,
          staffId: staff.id,
          overrides,
          rowsTotal: job.rows_done,
        });
        wake();
        reply.code(202).header('location', `/api/outreach/what-if/runs/${run.id}`);
        return runOut(run);
      }
      if (running >= MAX_RUNNING) throw fail('JIBSA_RATE_LIMITED', { retryAfterSeconds: 5 });
      const list = await request.server.db
        .selectFrom('outreach_list')
        .select(['storage_name', 'headers'])
        .where('id', '=', job.list_id)
        .executeTakeFirst();
      if (!list) throw fail('JIBSA_NOT_FOUND');
      await recordRun(request, staff, job, overrides);
      running++;
      let counts: WhatIfCounts;
      try {
        counts = await countWhatIf({ ...screenedList(uploadsDir, job, list), entries, overrides });
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') throw fail('JIBSA_NOT_FOUND', LIST_FILE_GONE);
        throw error;
      } finally {
        running--;
      }
      return whatIfOut(job, overrides, entries, counts);
    },
  );
}

/**
 * Figures a rule reads that the form does not offer (a yes/no figure, a two-dimension table) are
 * refused by name; one no rule reads is left to the engine, which says so.
 */
function refuseUnlisted(overrides: readonly ParameterOverride[], date: string) {
  const listed = new Set(whatIfParameters(date).flatMap((p) => p.parameters.map((x) => x.id)));
  const read = new Set(catalog.flatMap((e) => [...(e.program?.parameters.keys() ?? [])]));
  const problems = overrides.flatMap((o, i) =>
    read.has(o.parameter) && !listed.has(o.parameter)
      ? [
          {
            path: `overrides.${i}.parameter`,
            ko: '이 기준은 모의 계산에서 바꿀 수 없습니다 (숫자 하나나 한 줄 표인 기준만 바꿀 수 있습니다).',
            en: 'this figure cannot be changed in a what-if (only a single number or a one-column table can).',
          },
        ]
      : [],
  );
  if (problems.length) throw invalid(problems);
}

/** The audit row names the job, and in `reason` the figures and values tried (policy, never a household). */
async function recordRun(
  request: Parameters<typeof audit>[0],
  staff: Parameters<typeof audit>[1],
  job: OutreachJob,
  overrides: readonly ParameterOverride[],
) {
  const reason = overrides
    .map((o) => `${o.parameter}=${JSON.stringify(o.value)}${o.from ? `@${o.from}` : ''}`)
    .join('; ')
    .slice(0, 2000);
  await recordAudit(request.server.db, request, {
    actorId: staff.id,
    action: 'outreach.whatif',
    subjectType: 'outreach_job',
    subjectIds: [job.id],
    reason,
  });
}
