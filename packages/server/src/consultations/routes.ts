import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { checkHousehold, todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { readPersonalPage } from '../access/personal-data.ts';
import { centerFor } from '../directory/listed-phone.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { pageRequest } from '../http/paging.ts';
import { fieldError } from '../http/problem.ts';
import { problemResponses } from '../http/responses.ts';
import { perClientLimit } from '../platform/rate-limit.ts';
import { normalizePhone, PHONE_FORMAT_KO } from './phone.ts';
import { type ConsultationRow, listConsultations } from './queries.ts';
import { newReference } from './reference.ts';
import { ConsultationList, ConsultationListQuery, ConsultationReceipt, ConsultationRequestBody } from './schemas.ts';
import { screeningToStore } from './screening-summary.ts';

export async function consultationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/consultations',
    {
      bodyLimit: 256 * 1024,
      preHandler: perClientLimit('consultations', (l) => l.consultationsPerMinute),
      schema: {
        tags: ['consultations'],
        summary: 'Ask a counselor (상담 신청): stores only what the person agreed to send',
        body: ConsultationRequestBody,
        response: { 201: ConsultationReceipt, ...problemResponses(400, 413, 429) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      // Refuse rather than silently drop: the person must see that unconsented data was not sent.
      const unconsented = [
        ...(body.household !== undefined && !body.consent.household ? ['household'] : []),
        ...(body.screening !== undefined && !body.consent.result ? ['screening'] : []),
      ];
      if (unconsented.length > 0) {
        throw fail('JIBSA_CONSENT_MISSING', {
          errors: unconsented.map((path) =>
            fieldError(path, '보내려면 동의가 필요합니다.', 'needs consent to be sent.', 'consent'),
          ),
        });
      }
      const phone = normalizePhone(body.phone);
      if (!phone) {
        throw invalid([
          {
            path: 'phone',
            ko: PHONE_FORMAT_KO,
            en: 'write the whole phone number, from the area code or 010 (e.g. 010-1234-5678).',
          },
        ]);
      }
      const name = body.name.trim();
      if (!name) throw invalid([{ path: 'name', ko: '이름을 적어 주세요.', en: 'is required.' }]);
      // Stored only in the form the rules read: an address or birth dates sent along are reduced
      // to region and ages here, and a malformed household is refused field by field.
      const household = body.household !== undefined ? checkHousehold(body.household, todayIso()) : undefined;
      if (household && !household.ok) {
        throw invalid(
          household.errors.map((e) => ({ path: `household.${e.path}`, ko: e.message.ko, en: e.message.en })),
        );
      }
      const screening = body.screening
        ? screeningToStore(body.screening, household?.ok ? household.value : undefined)
        : undefined;
      const consent = { ...body.consent, at: new Date().toISOString() };
      const row = await request.server.db
        .insertInto('consultation_request')
        .values({
          reference: newReference(),
          district: body.district ?? null,
          contact_name: name,
          contact_phone: phone,
          preferred_time: body.preferredTime ?? null,
          message: body.message ?? null,
          consent: JSON.stringify(consent),
          household: household?.ok ? JSON.stringify(household.value) : null,
          screening: screening ? JSON.stringify(screening) : null,
          language: body.language ?? 'ko',
        })
        .returning(['reference', 'created_at'])
        .executeTakeFirstOrThrow();
      return reply.status(201).send({
        reference: row.reference,
        createdAt: new Date(row.created_at).toISOString(),
        // Whom to call if nobody calls: the receipt names no time (none is promised anywhere).
        center: await centerFor(request.server.db, body.district ?? null),
      });
    },
  );

  app.get(
    '/api/consultations',
    {
      schema: {
        tags: ['consultations'],
        summary:
          "Staff: consultation requests in the caller's district, newest first, a page at a time (read is audited)",
        security: [{ session: [] }],
        querystring: ConsultationListQuery,
        response: { 200: ConsultationList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, nextCursor } = await readPersonalPage<ConsultationRow>(request, {
        action: 'consultation.list',
        subjectType: 'consultation_request',
        reason: q.reason,
        subjectId: (r) => r.id,
        query: (scope) =>
          listConsultations(request.server.db, scope, {
            district: q.district,
            status: q.status,
            ...pageRequest(q),
          }),
      });
      return {
        nextCursor,
        items: rows.map((r) => ({
          id: r.id,
          reference: r.reference,
          district: r.district,
          name: r.contact_name,
          phone: r.contact_phone,
          preferredTime: r.preferred_time,
          message: r.message,
          status: r.status,
          consent: r.consent,
          household: r.household,
          screening: r.screening as never,
          language: r.language,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );
}
