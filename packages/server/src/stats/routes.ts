import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { requireStaff } from '../auth/staff-guard.ts';
import { fail } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { centerFigures } from './center-figures.ts';
import { counselorLoad } from './counselor-load.ts';
import { outreachFigures } from './outreach-figures.ts';
import { CenterFiguresOut, CenterFiguresQuery } from './schemas.ts';

/** The center's figures: counts for the city and the center, never a household. */
export async function statsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/stats/center',
    {
      schema: {
        tags: ['stats'],
        summary:
          'Staff (city, admin, counselor): the year in counts: cases by 구 and step, referrals by agency, outcomes, eligible programs, 발굴 (households screened, 사각지대, cases) from counts kept after lists are deleted, and for admins open cases per counselor now (byCounselor)',
        security: [{ session: [] }],
        querystring: CenterFiguresQuery,
        response: { 200: CenterFiguresOut, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      // Partners see their own referrals and nothing of the center's other work.
      if (staff.role === 'partner') throw fail('JIBSA_FORBIDDEN');
      const { db } = request.server;
      const [center, outreach, byCounselor] = await Promise.all([
        centerFigures(db, request.query.year, todayIso()),
        outreachFigures(db, request.query.year),
        // Who handles how much names staff: the center's administrators', not the city's.
        staff.role === 'admin' ? counselorLoad(db, todayIso()) : undefined,
      ]);
      return { ...center, outreach, ...(byCounselor ? { byCounselor } : {}) };
    },
  );
}
