import { checkHousehold, todayIso } from '@jibsa/programs';
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../app.ts';
import { logAccess } from '../audit/audit-log.ts';
import { personalRecordScope } from '../auth/access.ts';
import { requireStaff } from '../auth/require-staff.ts';
import { newReference } from '../consultations/reference.ts';
import {
  ConsultationReceipt,
  ConsultationRequestBody,
  ConsultationSummary,
  DistrictSchema,
} from '../consultations/schemas.ts';
import type { District } from '../db/schema.ts';
import { invalid, ProblemError } from '../http/problem.ts';
import { problemResponses } from '../http/responses.ts';

type Body = {
  name: string;
  phone: string;
  district?: District;
  preferredTime?: string;
  message?: string;
  consent: { contact: true; household: boolean; result: boolean };
  household?: Record<string, unknown>;
  screening?: unknown;
};

export const consultationRoutes: FastifyPluginAsync<AppContext> = async (app, { handle }) => {
  app.post(
    '/api/consultations',
    {
      schema: {
        tags: ['consultations'],
        summary: 'Ask a counselor (상담 신청): stores only what the person agreed to send',
        body: ConsultationRequestBody,
        response: { 201: ConsultationReceipt, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const body = request.body as Body;
      // Refuse rather than silently drop: the person must see that unconsented data was not sent.
      const unconsented = [
        ...(body.household && !body.consent.household ? ['household'] : []),
        ...(body.screening !== undefined && !body.consent.result ? ['screening'] : []),
      ];
      if (unconsented.length > 0) {
        throw new ProblemError(
          400,
          'JIBSA_CONSENT_MISSING',
          '동의하지 않은 정보가 함께 왔습니다. 동의한 정보만 보낼 수 있습니다.',
          'Data was sent without consent. Only consented data may be sent.',
          unconsented.map((path) => ({
            path,
            code: 'consent',
            detail: `${path}: 보내려면 동의가 필요합니다.`,
            detail_en: `${path}: needs consent to be sent.`,
          })),
        );
      }
      // Stored only in the form the rules read: an address or birth dates sent along are reduced
      // to region and ages here, and a malformed household is refused field by field.
      const household = body.household ? checkHousehold(body.household, todayIso()) : undefined;
      if (household && !household.ok) {
        throw invalid(
          household.errors.map((e) => ({ path: `household.${e.path}`, ko: e.message.ko, en: e.message.en })),
        );
      }
      const consent = { ...body.consent, at: new Date().toISOString() };
      const row = await handle.db
        .insertInto('consultation_request')
        .values({
          reference: newReference(),
          district: body.district ?? null,
          contact_name: body.name.trim(),
          contact_phone: body.phone.replaceAll('-', ''),
          preferred_time: body.preferredTime ?? null,
          message: body.message ?? null,
          consent: JSON.stringify(consent),
          household: household?.ok ? JSON.stringify(household.value) : null,
          screening: body.screening !== undefined ? JSON.stringify(body.screening) : null,
        })
        .returning(['reference', 'created_at'])
        .executeTakeFirstOrThrow();
      return reply.status(201).send({ reference: row.reference, createdAt: new Date(row.created_at).toISOString() });
    },
  );

  app.get(
    '/api/consultations',
    {
      schema: {
        tags: ['consultations'],
        summary: "Staff: consultation requests in the caller's district (read is audited)",
        security: [{ session: [] }],
        querystring: Type.Object({
          reason: Type.String({ minLength: 2, maxLength: 200, description: '조회 사유 (감사 기록에 남습니다)' }),
          district: Type.Optional(DistrictSchema),
          status: Type.Optional(Type.Union([Type.Literal('new'), Type.Literal('assigned'), Type.Literal('closed')])),
        }),
        response: { 200: Type.Object({ items: Type.Array(ConsultationSummary) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, handle.db);
      const scope = personalRecordScope(staff);
      const q = request.query as { reason: string; district?: District; status?: string };
      let query = handle.db.selectFrom('consultation_request').selectAll().orderBy('created_at', 'desc').limit(200);
      if (!scope.all) query = query.where('district', '=', scope.district);
      else if (q.district) query = query.where('district', '=', q.district);
      if (q.status) query = query.where('status', '=', q.status as 'new');
      const rows = await query.execute();
      await logAccess(handle.db, staff, {
        action: 'consultation.list',
        subjectType: 'consultation_request',
        subjectIds: rows.map((r) => r.id),
        reason: q.reason,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          reference: r.reference,
          district: r.district,
          name: r.contact_name,
          phone: r.contact_phone,
          preferredTime: r.preferred_time,
          message: r.message,
          status: r.status,
          consent: r.consent as unknown as { contact: boolean; household: boolean; result: boolean; at: string },
          household: r.household as Record<string, unknown> | null,
          screening: r.screening,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );
};
