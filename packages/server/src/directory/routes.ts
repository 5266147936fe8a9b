import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { canonicalProgramId } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../http/responses.ts';
import { exportHsds } from './hsds.ts';
import { agencyOut, loadDirectory, serviceOut } from './queries.ts';
import { AgencyList, ServiceList, ServiceQuery } from './schemas.ts';

/**
 * The public directory of partner agencies and their services. Nothing personal is here, so it
 * needs no log-in: the self-check can say where to apply, a counselor where to refer.
 */
export async function directoryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const db = fastify.db;

  app.get(
    '/api/directory/agencies',
    {
      schema: {
        tags: ['directory'],
        summary: 'Public: partner agencies (LH, 광주도시공사, 구청·행정복지센터 …) with their services',
        response: { 200: AgencyList },
      },
    },
    async () => {
      const rows = await loadDirectory(db, { includeInactive: false });
      return { items: rows.map((r) => agencyOut(r.agency, r.services)) };
    },
  );

  app.get(
    '/api/directory/services',
    {
      schema: {
        tags: ['directory'],
        summary:
          'Public: services, optionally those delivering one engine program and serving one 구 ("who to send to" for a screening result)',
        querystring: ServiceQuery,
        response: { 200: ServiceList, ...problemResponses(400) },
      },
    },
    async (request) => {
      const { district } = request.query;
      const program = request.query.program && canonicalProgramId(request.query.program);
      const rows = await loadDirectory(db, { includeInactive: false });
      const items = rows.flatMap((r) =>
        r.services
          .filter((s) => (program ? s.program_ids.includes(program) : true))
          .filter((s) => (district ? s.districts.includes(district) : true))
          .map((s) => serviceOut(s, r.agency)),
      );
      return { items };
    },
  );

  app.get(
    '/api/directory/hsds',
    {
      schema: {
        tags: ['directory'],
        summary: 'Public: the whole directory as Open Referral HSDS 3.0 JSON',
        description:
          'organizations, services (with phones, schedules, contacts, service_areas, service_at_locations, required_documents, and engine program ids as attributes of the "jibsa-programs" taxonomy), locations and service_at_locations, each object valid against the HSDS 3.0 JSON schema of its kind (tested). Demo contacts are fictional.',
        response: {
          200: Type.Unsafe<Record<string, unknown> | string>({
            type: 'object',
            description:
              'HSDS 3.0 export: { hsds_version, generated_at, organizations[], services[], locations[], service_at_locations[] }',
          }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      // Sent as text: the response serializer would keep only properties its schema names.
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(await exportHsds(db)));
    },
  );
}
