import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { requireStaff } from '../auth/staff-guard.ts';
import { auditWrite, openCase } from '../cases/access.ts';
import { addEvent } from '../cases/events.ts';
import { CaseParams } from '../cases/schemas.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { MILESTONE_LABELS, type Milestone, refusal } from './milestones.ts';
import { readPathway, upgradeStats } from './queries.ts';
import { MilestoneBody, PathwayOut, StartPathwayBody, UpgradeStatsOut, UpgradeStatsQuery } from './schemas.ts';

const TAGS = ['pathway'];
const security = [{ session: [] }];

/** 주거상향: a case's pathway from non-housing into a home, and the city's yearly count drawn from it. */
export async function pathwayRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/cases/:caseId/pathway',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: the case’s 주거상향 pathway (steps, dates, visits due, moving-support referrals)',
        security,
        params: CaseParams,
        response: { 200: PathwayOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { row } = await openCase(request, request.params.caseId, { read: 'case.pathway.read' });
      return readPathway(request.server.db, row.id, todayIso());
    },
  );

  app.post(
    '/api/cases/:caseId/pathway',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: start the 주거상향 pathway on a case (once)',
        security,
        params: CaseParams,
        body: StartPathwayBody,
        response: { 201: PathwayOut, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const today = todayIso();
      const startedOn = request.body.startedOn ?? today;
      if (startedOn > today) {
        throw invalid([{ path: 'startedOn', ko: '앞으로의 날짜는 적을 수 없습니다.', en: 'cannot be in the future.' }]);
      }
      const db = request.server.db;
      await db.transaction().execute(async (trx) => {
        const added = await trx
          .insertInto('case_pathway')
          .values({
            case_id: row.id,
            from_housing_type: request.body.fromHousingType,
            started_on: startedOn,
            started_by: staff.id,
          })
          .onConflict((oc) => oc.column('case_id').doNothing())
          .returning('case_id')
          .executeTakeFirst();
        if (!added) {
          throw fail('JIBSA_CONFLICT', {
            ko: '이 사례에는 주거상향 경로가 이미 있습니다.',
            en: 'This case already has a moving-up pathway.',
          });
        }
        await addEvent(trx, {
          caseId: row.id,
          actorId: staff.id,
          kind: 'pathway.started',
          version: row.version,
          detail: { fromHousingType: request.body.fromHousingType, startedOn },
        });
      });
      await auditWrite(request, staff, 'case.pathway.start', row.id);
      return reply.status(201).send(await readPathway(db, row.id, today));
    },
  );

  app.post(
    '/api/cases/:caseId/pathway/milestones',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: record a step of the pathway (in order, each once, dated)',
        security,
        params: CaseParams,
        body: MilestoneBody,
        response: { 201: PathwayOut, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const db = request.server.db;
      const today = todayIso();
      const { milestone, reachedOn, note } = request.body;
      const started = await db
        .selectFrom('case_pathway')
        .select('case_id')
        .where('case_id', '=', row.id)
        .executeTakeFirst();
      if (!started) {
        throw invalid([
          { path: 'milestone', ko: '먼저 주거상향 경로를 시작해 주세요.', en: 'start the pathway first.' },
        ]);
      }
      const reached = await db
        .selectFrom('pathway_milestone')
        .select(['milestone', (eb) => eb.cast<string>('reached_on', 'text').as('reachedOn')])
        .where('case_id', '=', row.id)
        .execute();
      const why = refusal(
        reached.map((r) => ({ milestone: r.milestone as Milestone, reachedOn: r.reachedOn })),
        milestone,
        reachedOn,
        today,
      );
      if (why) throw invalid([why]);
      await db.transaction().execute(async (trx) => {
        const added = await trx
          .insertInto('pathway_milestone')
          .values({
            case_id: row.id,
            milestone,
            reached_on: reachedOn,
            note: note?.trim() || null,
            recorded_by: staff.id,
          })
          .onConflict((oc) => oc.constraint('pathway_milestone_once').doNothing())
          .returning('id')
          .executeTakeFirst();
        // Two people recording the same step at once: the second learns it is already there.
        if (!added)
          throw fail('JIBSA_CONFLICT', { ko: '이미 기록한 단계입니다.', en: 'This step is already recorded.' });
        await addEvent(trx, {
          caseId: row.id,
          actorId: staff.id,
          kind: 'pathway.milestone',
          version: row.version,
          detail: { milestone, label: MILESTONE_LABELS[milestone].ko, reachedOn },
        });
      });
      await auditWrite(request, staff, 'case.pathway.milestone', row.id);
      return reply.status(201).send(await readPathway(db, row.id, today));
    },
  );

  app.get(
    '/api/stats/housing-upgrade',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff (city, admin, counselor): households moved up from non-housing in a year, from the recorded moves',
        security,
        querystring: UpgradeStatsQuery,
        response: { 200: UpgradeStatsOut, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      // Counts only, no household: partners, who see referrals and nothing else, are the ones left out.
      if (staff.role === 'partner') throw fail('JIBSA_FORBIDDEN');
      return upgradeStats(request.server.db, request.query.year);
    },
  );
}
