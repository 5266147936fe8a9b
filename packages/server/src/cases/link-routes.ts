import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { requireRecordScope } from '../access/scope.ts';
import { problemResponses } from '../http/responses.ts';
import { auditWrite, openCase } from './access.ts';
import { carryConsultation, markConsultationTaken, openConsultation } from './consultation-intake.ts';
import { loadCaseDetail } from './detail.ts';
import { saveVersioned } from './events.ts';
import { CaseDetail, CaseLinkBody, CaseParams } from './schemas.ts';

/**
 * "Link instead": when intake finds the person already has a case, the new contact (a consultation
 * request, or what was taken at the counter or on the phone) joins that case rather than opening a
 * second one. The case's timeline records it, the request is marked handled by this case, and needs
 * named at intake are added to the case's own (nothing typed is lost, nothing there is replaced).
 */
export async function caseLinkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    '/api/cases/:caseId/links',
    {
      schema: {
        tags: ['cases'],
        summary: 'Staff: link a consultation request or a new intake to this existing case instead of opening another',
        security: [{ session: [] }],
        params: CaseParams,
        body: CaseLinkBody,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db } = request.server;
      const { consultationId, from, needs = [] } = request.body;
      const consultation = consultationId
        ? await openConsultation(db, await requireRecordScope(request, staff), consultationId)
        : undefined;
      const had = row.needs as string[];
      const added = [...new Set(needs.map((n) => n.trim()).filter((n) => n && !had.includes(n)))];
      await saveVersioned(
        db,
        row.id,
        row.version,
        added.length ? { needs: JSON.stringify([...had, ...added].slice(0, 20)) } : {},
        {
          actorId: staff.id,
          kind: 'linked',
          detail: {
            ...(consultation
              ? { from: 'consultation', reference: consultation.reference }
              : { from: from ?? 'counter' }),
            ...(added.length ? { fields: ['needs'], needs: added } : {}),
          },
        },
        consultation
          ? async (trx) => {
              await markConsultationTaken(trx, consultation.id, row.id);
              await carryConsultation(trx, consultation, row.id, staff.id, row.version + 1);
            }
          : undefined,
      );
      await auditWrite(request, staff, 'case.link', row.id);
      const fresh = await db.selectFrom('case_record').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      return loadCaseDetail(db, fresh, false);
    },
  );
}
