import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { readPersonalPage } from '../access/personal-data.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { auditWrite, openCase } from '../cases/access.ts';
import { CaseParams } from '../cases/schemas.ts';
import { newestFirst, olderThan, pageOf, pageRequest } from '../http/paging.ts';
import { problemResponses } from '../http/responses.ts';
import { openAsCenter, REFERRAL_COLUMNS, type ReferralRow } from './access.ts';
import { addBusinessDays } from './business-days.ts';
import { createReferral } from './create.ts';
import { announce } from './mail.ts';
import { markRead } from './notify.ts';
import {
  CenterReferral,
  DueDateAnswer,
  DueDateQuery,
  MessageBody,
  ReferralCreateBody,
  ReferralList,
  ReferralListQuery,
  ReferralParams,
  TransitionBody,
} from './schemas.ts';
import { OPEN } from './states.ts';
import { moveReferral, postMessage } from './store.ts';
import { coreView, stepsAndMessages } from './views.ts';

const TAGS = ['referrals'];
const security = [{ session: [] }];

/** The counselor's side of the loop: send a case to a service, follow it, talk with the agency. */
export async function centerReferralRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const db = fastify.db;

  const centerView = async (r: ReferralRow, userId: string, caseNumber: string) => ({
    ...(await coreView(db, r, 'center', userId)),
    caseId: r.case_id,
    caseNumber,
    ...(await stepsAndMessages(db, r.id)),
  });

  app.get(
    '/api/cases/:caseId/referrals',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: the referrals of one case, newest first (audited as a read of the case)',
        security,
        params: CaseParams,
        response: { 200: ReferralList, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { staff, row } = await openCase(request, request.params.caseId, { read: 'referral.list' });
      const rows = await db
        .selectFrom('referral')
        .select(REFERRAL_COLUMNS)
        .where('case_id', '=', row.id)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      const items = [];
      for (const r of rows) items.push({ ...(await coreView(db, r, 'center', staff.id)), caseId: r.case_id });
      return { items, nextCursor: null };
    },
  );

  app.post(
    '/api/cases/:caseId/referrals',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: refer the case to a service with a message and the fields the agency may see (needs consent to sharing); due date in Korean business days; 409 JIBSA_REFERRAL_OPEN while a referral of this case to that service is still open',
        security,
        params: CaseParams,
        body: ReferralCreateBody,
        response: { 201: CenterReferral, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { referral } = await createReferral(db, row, staff, request.body);
      await auditWrite(request, staff, 'referral.create', row.id);
      announce(request.server, referral, 'center', 'status.requested');
      return reply.status(201).send(await centerView(referral, staff.id, row.number));
    },
  );

  app.get(
    '/api/referrals',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: referrals of cases in scope, newest first; open or overdue only on request (audited)',
        security,
        querystring: ReferralListQuery,
        response: { 200: ReferralList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const { limit, after } = pageRequest(q);
      const { rows, staff, nextCursor } = await readPersonalPage<ReferralRow & { key: string }>(request, {
        action: 'referral.list',
        subjectType: 'referral',
        reason: null,
        subjectId: (r) => r.id,
        query: async (scope) => {
          let query = db
            .selectFrom('referral')
            .innerJoin('case_record', 'case_record.id', 'referral.case_id')
            .select(REFERRAL_COLUMNS)
            .select(sql<string>`referral.created_at::text`.as('key'))
            .$call((q) => newestFirst(q, limit, 'referral.created_at', 'referral.id'));
          if (!scope.all) query = query.where('case_record.district', '=', scope.district);
          if (q.status) query = query.where('referral.status', '=', q.status);
          if (q.open) query = query.where('referral.status', 'in', [...OPEN]);
          if (q.overdue) {
            query = query
              .where('referral.status', 'in', ['requested', 'received'])
              .where('referral.due_on', '<', todayIso());
          }
          if (q.number) query = query.where('referral.number', 'ilike', `%${q.number}%`);
          if (after) query = query.where(olderThan(after, 'referral.created_at', 'referral.id'));
          return pageOf(await query.execute(), limit, (r) => r.key);
        },
      });
      const items = [];
      for (const r of rows) items.push({ ...(await coreView(db, r, 'center', staff.id)), caseId: r.case_id });
      return { items, nextCursor };
    },
  );

  app.get(
    '/api/referrals/due-date',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: the date N Korean business days after a day (weekends and public holidays skipped)',
        security,
        querystring: DueDateQuery,
        response: { 200: DueDateAnswer, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      await requireStaff(request);
      return addBusinessDays(request.query.from ?? todayIso(), request.query.businessDays);
    },
  );

  app.get(
    '/api/referrals/:referralId',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: one referral with its steps and message thread (audited; marks its notices read)',
        security,
        params: ReferralParams,
        response: { 200: CenterReferral, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { staff, referral, caseRow } = await openAsCenter(request, request.params.referralId, 'referral.read');
      await markRead(db, staff.id, referral.id);
      return centerView(referral, staff.id, caseRow.number);
    },
  );

  app.post(
    '/api/referrals/:referralId/status',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: cancel a referral (the center’s only move); illegal moves 409, stale version 409',
        security,
        params: ReferralParams,
        body: TransitionBody,
        response: { 200: CenterReferral, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { staff, referral, caseRow } = await openAsCenter(request, request.params.referralId);
      const { referral: moved } = await moveReferral(db, referral, 'center', staff, request.body);
      await auditWrite(request, staff, `referral.${request.body.to}`, caseRow.id);
      announce(request.server, moved, 'center', `status.${request.body.to}`);
      return centerView(moved, staff.id, caseRow.number);
    },
  );

  app.post(
    '/api/referrals/:referralId/messages',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: write on the referral’s thread (the agency is notified); 409 once the referral has ended',
        security,
        params: ReferralParams,
        body: MessageBody,
        response: { 201: CenterReferral, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { staff, referral, caseRow } = await openAsCenter(request, request.params.referralId);
      await postMessage(db, referral, 'center', staff, request.body.body);
      await auditWrite(request, staff, 'referral.message', caseRow.id);
      announce(request.server, referral, 'center', 'message');
      return reply.status(201).send(await centerView(referral, staff.id, caseRow.number));
    },
  );
}
