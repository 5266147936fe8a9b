import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { listDistrict, requireRecordScope } from '../access/scope.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { problemResponses } from '../http/responses.ts';
import { DistrictSchema } from '../http/shared-schemas.ts';
import { eligibleAssignees } from './assignee.ts';

const AssigneesQuery = Type.Object({ district: Type.Optional(DistrictSchema) }, { additionalProperties: false });
const AssigneeList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      displayName: Type.String({ description: '상담사 이름' }),
      district: DistrictSchema,
    }),
  ),
});

/** Who a case may be given to (담당자 바꾸기): the picker's list. */
export async function caseAssigneeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/cases/assignees',
    {
      schema: {
        tags: ['cases'],
        summary:
          "Staff: the active counselors a case of a 구 may be given to (PATCH /api/cases/{caseId} assigneeId); a counselor gets their own 구's, whatever is asked",
        security: [{ session: [] }],
        querystring: AssigneesQuery,
        response: { 200: AssigneeList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      const scope = await requireRecordScope(request, staff);
      return { items: await eligibleAssignees(request.server.db, listDistrict(scope, request.query.district)) };
    },
  );
}
