import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { requireStaff } from '../auth/staff-guard.ts';
import { problemResponses } from '../http/responses.ts';

const Unread = Type.Object({
  count: Type.Integer({ description: '읽지 않은 알림 수' }),
  referrals: Type.Array(
    Type.Object({
      referralId: Type.String(),
      number: Type.String(),
      count: Type.Integer(),
      latest: Type.String(),
      caseId: Type.Optional(Type.String({ description: '센터 직원에게만: 연계의 사례' })),
    }),
    { description: '알림이 있는 연계 (최근 것부터 50개까지)' },
  ),
});

/** In-app notices for either side: what the header's badge counts. Opening a referral reads them. */
export async function notificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/notifications/unread',
    {
      schema: {
        tags: ['referrals', 'partner'],
        summary: 'Staff and partners: my unread referral notices, counted and grouped by referral',
        security: [{ session: [] }],
        response: { 200: Unread, ...problemResponses(401) },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      const rows = await request.server.db
        .selectFrom('notification')
        .innerJoin('referral', 'referral.id', 'notification.referral_id')
        .select([
          'referral.id',
          'referral.number',
          'referral.case_id',
          sql<number>`count(*)::int`.as('n'),
          sql<string>`max(notification.created_at)`.as('latest'),
        ])
        .where('notification.recipient_id', '=', staff.id)
        .where('notification.read_at', 'is', null)
        .groupBy(['referral.id', 'referral.number', 'referral.case_id'])
        .orderBy(sql`max(notification.created_at)`, 'desc')
        .execute();
      return {
        count: rows.reduce((sum, r) => sum + r.n, 0),
        referrals: rows.slice(0, 50).map((r) => ({
          referralId: r.id,
          number: r.number,
          count: r.n,
          latest: new Date(r.latest).toISOString(),
          // A partner never learns the center's case id.
          ...(staff.role === 'partner' ? {} : { caseId: r.case_id }),
        })),
      };
    },
  );
}
