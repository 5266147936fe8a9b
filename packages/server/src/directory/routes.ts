import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../http/responses.ts';
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
      const { program, district } = request.query;
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
}
