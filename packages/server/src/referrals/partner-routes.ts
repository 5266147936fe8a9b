import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { recordAudit } from '../audit/audit-log.ts';
import { newestFirst, olderThan, pageOf, pageRequest } from '../http/paging.ts';
import { problemResponses } from '../http/responses.ts';
import { openAsPartner, REFERRAL_COLUMNS, type ReferralRow, requirePartner } from './access.ts';
import { centerContact } from './center-contact.ts';
import { announce } from './mail.ts';
import { markRead } from './notify.ts';
import {
  MessageBody,
  PartnerReferral,
  ReferralList,
  ReferralListQuery,
  ReferralParams,
  TransitionBody,
} from './schemas.ts';
import { OPEN, TERMINAL } from './states.ts';
import { moveReferral, postMessage } from './store.ts';
import { coreView, sharedView, stepsAndMessages } from './views.ts';
import type { ReferralStatus } from './vocabulary.ts';

const TAGS = ['partner'];
const security = [{ session: [] }];

/**
 * The partner agency's portal: an inbox of its own agency's referrals only, each showing just the
 * fields the counselor shared and the screening summary. Everything else answers 404.
 */
export async function partnerReferralRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const db = fastify.db;

  const partnerView = async (r: ReferralRow, userId: string) => {
    const c = await db.selectFrom('case_record').selectAll().where('id', '=', r.case_id).executeTakeFirstOrThrow();
    // A referral that has ended (cancelled by the center, declined or finished by the agency)
    // shares nothing more of the household: it is no longer the agency's to work on, and the case
    // goes on changing. Its steps (with the reasons) and the thread so far stay readable. Once the
    // household withdraws consent, its screening is not shown either, whatever the state.
    const cancelled = r.status === 'cancelled';
    const closed = TERMINAL.has(r.status as ReferralStatus);
    const withdrawn = !(c.consent as { sharing?: boolean }).sharing;
    const shared = closed ? { shared: {}, consentWithdrawn: withdrawn } : await sharedView(db, c, r.shared_fields);
    return {
      ...(await coreView(db, r, 'partner', userId)),
      district: c.district,
      screeningSummary: closed || withdrawn ? [] : r.screening_summary,
      ...shared,
      cancelled,
      closed,
      // Whom to call instead of writing: only an ended referral takes no messages.
      centerContact: closed ? await centerContact(db, r.created_by) : null,
      ...(await stepsAndMessages(db, r.id)),
    };
  };

  app.get(
    '/api/partner/referrals',
    {
      schema: {
        tags: TAGS,
        summary: 'Partner: the inbox of referrals to my agency, newest first (audited)',
        security,
        querystring: ReferralListQuery,
        response: { 200: ReferralList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { staff, agencyId } = await requirePartner(request);
      const q = request.query;
      const { limit, after } = pageRequest(q);
      let query = db
        .selectFrom('referral')
        .select(REFERRAL_COLUMNS)
        .select(sql<string>`referral.created_at::text`.as('key'))
        .where('agency_id', '=', agencyId)
        .$call((q) => newestFirst(q, limit));
      if (q.status) query = query.where('status', '=', q.status);
      if (q.open) query = query.where('status', 'in', [...OPEN]);
      if (q.overdue) query = query.where('status', 'in', ['requested', 'received']).where('due_on', '<', todayIso());
      // An agency is asked about a referral by its number (on the phone, in a letter): part of it is enough.
      if (q.number) query = query.where('number', 'ilike', `%${q.number}%`);
      if (after) query = query.where(olderThan(after));
      const { page, nextCursor } = pageOf(await query.execute(), limit, (r) => r.key);
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'referral.inbox',
        subjectType: 'referral',
        subjectIds: page.map((r) => r.id),
      });
      const items = [];
      for (const r of page) items.push(await coreView(db, r, 'partner', staff.id));
      return { items, nextCursor };
    },
  );

  app.get(
    '/api/partner/referrals/:referralId',
    {
      schema: {
        tags: TAGS,
        summary: 'Partner: one referral of my agency, shared fields only (audited; 404 outside my inbox)',
        security,
        params: ReferralParams,
        response: { 200: PartnerReferral, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { staff, referral } = await openAsPartner(request, request.params.referralId, 'referral.partner_read');
      await markRead(db, staff.id, referral.id);
      return partnerView(referral, staff.id);
    },
  );

  app.post(
    '/api/partner/referrals/:referralId/status',
    {
      schema: {
        tags: TAGS,
        summary:
          'Partner: received → accepted | rejected (reason) → in-progress → completed (outcome), on-hold and back; illegal or stale 409',
        security,
        params: ReferralParams,
        body: TransitionBody,
        response: { 200: PartnerReferral, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { staff, referral } = await openAsPartner(request, request.params.referralId);
      const { referral: moved } = await moveReferral(db, referral, 'partner', staff, request.body);
      await recordAudit(db, request, {
        actorId: staff.id,
        action: `referral.${request.body.to}`,
        subjectType: 'referral',
        subjectIds: [referral.id],
      });
      announce(request.server, moved, 'partner', `status.${request.body.to}`);
      return partnerView(moved, staff.id);
    },
  );

  app.post(
    '/api/partner/referrals/:referralId/messages',
    {
      schema: {
        tags: TAGS,
        summary:
          'Partner: write on the referral’s thread, e.g. ask for a document (the counselor is notified); 409 once the referral has ended',
        security,
        params: ReferralParams,
        body: MessageBody,
        response: { 201: PartnerReferral, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { staff, referral } = await openAsPartner(request, request.params.referralId);
      await postMessage(db, referral, 'partner', staff, request.body.body);
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'referral.message',
        subjectType: 'referral',
        subjectIds: [referral.id],
      });
      announce(request.server, referral, 'partner', 'message');
      return reply.status(201).send(await partnerView(referral, staff.id));
    },
  );
}
