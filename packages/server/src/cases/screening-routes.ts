import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { catalog, nextYearlyFiguresOn, type Screening } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../http/responses.ts';
import { alertForCase } from '../notices/matching.ts';
import { auditWrite, openCase } from './access.ts';
import { loadSnapshots, publicSnapshot } from './detail.ts';
import { CaseParams } from './schemas.ts';
import { diffScreenings, type ProgramSnapshot, screenCase, toSnapshot } from './screening.ts';
import { ScreenCaseBody, ScreenCaseResult, SnapshotList, WhatIfBody, WhatIfResult } from './screening-schemas.ts';
import { keepScreening } from './screening-store.ts';

const TAGS = ['cases'];

/**
 * While next year's 기준 중위소득 and 기준임대료 are in Jibsa and not yet in force, the same household
 * on the day they start, against this screening: what 1 January will change, each with its cause.
 * Not kept: the day's own screening will be.
 */
function screenAhead(household: Record<string, unknown>, now: Screening, programs: ProgramSnapshot[]) {
  const date = nextYearlyFiguresOn(catalog, now.date);
  if (date === undefined) return undefined;
  const later = screenCase(household, date);
  const changes = diffScreenings(
    { programs, rulesVersion: now.rulesVersion, date: now.date, household },
    { programs: toSnapshot(later), rulesVersion: later.rulesVersion, date, household },
  );
  return { date, changes };
}
const security = [{ session: [] }];

export async function caseScreeningRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/cases/:caseId/screenings',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: screen the case now and keep a snapshot (date, rulesVersion, results); shows what changed and why',
        security,
        params: CaseParams,
        body: ScreenCaseBody,
        response: { 201: ScreenCaseResult, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db } = request.server;
      const household = (row.household ?? {}) as Record<string, unknown>;
      const outcome = screenCase(household, request.body.date);
      const programs = toSnapshot(outcome);
      const [previous] = await loadSnapshots(db, row.id, 1);
      const changes = diffScreenings(previous, {
        programs,
        rulesVersion: outcome.rulesVersion,
        date: outcome.date,
        household,
      });
      const saved = await db.transaction().execute((trx) =>
        keepScreening(trx, {
          caseId: row.id,
          version: row.version,
          actorId: staff.id,
          outcome,
          programs,
          household,
          changes,
        }),
      );
      await auditWrite(request, staff, 'case.screen', row.id);
      // Screened again, the household may now fit open 모집공고: its counselor hears of each once.
      await alertForCase(db, row);
      const ahead = screenAhead(household, outcome, programs);
      return reply.status(201).send({
        ...(ahead && { ahead }),
        snapshot: {
          id: saved.id,
          date: outcome.date,
          rulesVersion: outcome.rulesVersion,
          programs,
          createdAt: new Date(saved.created_at).toISOString(),
        },
        changes,
      });
    },
  );

  app.get(
    '/api/cases/:caseId/screenings',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: every screening snapshot of the case, newest first (audited)',
        security,
        params: CaseParams,
        response: { 200: SnapshotList, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { row } = await openCase(request, request.params.caseId, { read: 'case.screenings' });
      const items = await loadSnapshots(request.server.db, row.id, 100);
      return { items: items.map(publicSnapshot) };
    },
  );

  app.post(
    '/api/cases/:caseId/what-if',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: screen a supposed household for this case without changing it; shows which programs change',
        security,
        params: CaseParams,
        body: WhatIfBody,
        response: { 200: WhatIfResult, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { row } = await openCase(request, request.params.caseId, {
        read: 'case.what_if',
        reason: request.body.label ?? null,
      });
      const date = request.body.date;
      const current = (row.household ?? {}) as Record<string, unknown>;
      // The record may be screened on another day than the supposition: "today" against "when she turns 65".
      const baseDate = request.body.baseDate;
      const base = screenCase(current, baseDate ?? date, 'household', baseDate ? 'baseDate' : 'date');
      const supposed = screenCase(request.body.household, date, 'household');
      const programs = toSnapshot(supposed);
      const changes = diffScreenings(
        { programs: toSnapshot(base), rulesVersion: base.rulesVersion, date: base.date, household: current },
        { programs, rulesVersion: supposed.rulesVersion, date: supposed.date, household: request.body.household },
      );
      return { date: supposed.date, rulesVersion: supposed.rulesVersion, changes, programs };
    },
  );
}
