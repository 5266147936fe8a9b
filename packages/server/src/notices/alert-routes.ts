import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { requireStaff } from '../auth/staff-guard.ts';
import { problemResponses } from '../http/responses.ts';
import { ListOf } from '../http/shared-schemas.ts';

/**
 * In-app alerts: "a new 모집공고 fits your case". Only the counselor the case is assigned to sees
 * them; each alert names the case by number (no personal data) and the notice.
 */
export async function noticeAlertRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/notices/alerts',
    {
      schema: {
        tags: ['notices'],
        summary: 'Staff: my unseen alerts of new 모집공고 that fit one of my cases',
        security: [{ session: [] }],
        response: {
          200: Type.Object({
            items: ListOf(
              Type.Object({
                id: Type.String(),
                caseId: Type.String(),
                caseNumber: Type.String(),
                noticeId: Type.String(),
                noticeTitle: Type.String(),
                postNumber: Type.Integer(),
                applicationEnd: Type.String(),
                createdAt: Type.String(),
              }),
            ),
          }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      const rows = await request.server.db
        .selectFrom('notice_alert as a')
        .innerJoin('case_record as c', 'c.id', 'a.case_id')
        .innerJoin('housing_notice as n', 'n.id', 'a.notice_id')
        .innerJoin('board_post as p', 'p.id', 'n.post_id')
        .select([
          'a.id',
          'a.case_id',
          'c.number',
          'a.notice_id',
          'p.title',
          'p.number as post_number',
          sql<string>`n.application_end::text`.as('end'),
          'a.created_at',
        ])
        .where('a.staff_id', '=', staff.id)
        .where('a.seen_at', 'is', null)
        // A case closed since its alert was raised has nothing more to apply for.
        .where('c.status', '<>', 'closed')
        .orderBy('a.created_at', 'desc')
        .limit(100)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          caseId: r.case_id,
          caseNumber: r.number,
          noticeId: r.notice_id,
          noticeTitle: r.title,
          postNumber: r.post_number,
          applicationEnd: r.end,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/notices/alerts/seen',
    {
      schema: {
        tags: ['notices'],
        summary: 'Staff: mark my alerts as seen',
        security: [{ session: [] }],
        body: Type.Object(
          { ids: ListOf(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 100 }) },
          { additionalProperties: false, examples: [{ ids: ['6f1c2b5e-3a4d-4e7f-9b8a-1c2d3e4f5a6b'] }] },
        ),
        response: { 200: Type.Object({ seen: Type.Integer() }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      const done = await request.server.db
        .updateTable('notice_alert')
        .set({ seen_at: new Date() })
        .where('staff_id', '=', staff.id)
        .where('id', 'in', [...request.body.ids])
        .where('seen_at', 'is', null)
        .returning('id')
        .execute();
      return { seen: done.length };
    },
  );
}
