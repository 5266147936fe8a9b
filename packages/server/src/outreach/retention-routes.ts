import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireAdmin } from '../admin/require-admin.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { reasonText, retentionReason } from '../audit/reasons.ts';
import { problemResponses } from '../http/responses.ts';
import { RETENTION_KEY, RETENTION_MAX, RETENTION_MIN, readRetention, setRetention } from './retention-setting.ts';

const RetentionOut = Type.Object({
  days: Type.Integer({ description: 'Days an uploaded list and its results are kept' }),
  defaultDays: Type.Integer({ description: 'JIBSA_OUTREACH_RETENTION_DAYS: what applies until an admin sets it' }),
  updatedAt: Type.Union([Type.String(), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()], { description: 'Display name of the admin who set it last' }),
  due: Type.Integer({
    description: 'Lists already past the retention: the next sweep (within 10 minutes) deletes them',
  }),
});

const RetentionBody = Type.Object(
  {
    days: Type.Integer({
      minimum: RETENTION_MIN,
      maximum: RETENTION_MAX,
      description: '보존 기간 (일), 1–3650: uploaded lists are deleted this many days after upload',
    }),
  },
  { additionalProperties: false },
);

/** The administrator's setting of how long uploaded outreach lists are kept. */
export async function outreachRetentionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const defaultDays = () => fastify.config.outreach.retentionDays;
  const dueCount = async () =>
    Number(
      (
        await fastify.db
          .selectFrom('outreach_list')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('delete_after', '<', new Date())
          .executeTakeFirstOrThrow()
      ).n,
    );

  app.get(
    '/api/admin/outreach/retention',
    {
      schema: {
        tags: ['admin', 'outreach'],
        summary: 'Admin: how many days uploaded outreach lists are kept before they are deleted',
        security: [{ session: [] }],
        response: { 200: RetentionOut, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      await requireAdmin(request);
      return { ...(await readRetention(request.server.db, defaultDays())), due: await dueCount() };
    },
  );

  app.put(
    '/api/admin/outreach/retention',
    {
      schema: {
        tags: ['admin', 'outreach'],
        summary:
          'Admin: set the days uploaded outreach lists are kept; every kept list is then deleted that many days after its upload (audited)',
        security: [{ session: [] }],
        body: RetentionBody,
        response: { 200: RetentionOut, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const admin = await requireAdmin(request);
      const { days } = request.body;
      const { previous, due } = await setRetention(request.server.db, days, admin.id);
      await recordAudit(request.server.db, request, {
        actorId: admin.id,
        action: 'admin.setting_update',
        subjectType: 'setting',
        subjectIds: [RETENTION_KEY],
        reason: reasonText(retentionReason(previous, defaultDays(), days)),
      });
      return { ...(await readRetention(request.server.db, defaultDays())), due };
    },
  );
}
