import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BreakGlassList } from '../cases/schemas.ts';
import { problemResponses } from '../http/responses.ts';
import { accountRoutes } from './account-routes.ts';
import { auditRoutes } from './audit-routes.ts';
import { requireAdmin } from './require-admin.ts';

export async function adminRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await fastify.register(accountRoutes);
  await fastify.register(auditRoutes);

  app.get(
    '/api/admin/break-glass',
    {
      schema: {
        tags: ['admin'],
        summary: 'Admin: cases opened outside the opener’s district, with the stated reason, newest first',
        security: [{ session: [] }],
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
          { additionalProperties: false },
        ),
        response: { 200: BreakGlassList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      await requireAdmin(request);
      const rows = await request.server.db
        .selectFrom('audit_log')
        .leftJoin('staff_user', 'staff_user.id', 'audit_log.actor_id')
        .select([
          'audit_log.at',
          'audit_log.actor_id',
          'audit_log.subject_id',
          'audit_log.reason',
          'audit_log.request_id',
          'staff_user.display_name',
        ])
        .where('audit_log.action', 'like', '%.break\\_glass')
        .orderBy('audit_log.at', 'desc')
        .orderBy('audit_log.id', 'desc')
        .limit(request.query.limit ?? 100)
        .execute();
      return {
        items: rows.map((r) => ({
          at: new Date(r.at).toISOString(),
          actorId: r.actor_id,
          actorName: r.display_name,
          caseId: r.subject_id,
          reason: r.reason,
          requestId: r.request_id,
        })),
      };
    },
  );
}
