import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { screenHousehold } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { perClientLimit } from '../platform/rate-limit.ts';
import { checkScreeningDate } from './date.ts';
import { ScreenRequest, ScreenResponse } from './schemas.ts';

export async function screeningRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/screen',
    {
      // A household is a few kilobytes; 64 KB leaves room for notes and keeps one request cheap.
      bodyLimit: 64 * 1024,
      preHandler: perClientLimit('screen', (l) => l.screenPerMinute),
      schema: {
        tags: ['screening'],
        summary: 'Screen a household against every program (자가진단·상담 선별)',
        description:
          'Nothing is stored. Every field of the household may be absent (unknown): the result then says which missing inputs could still change it.',
        body: ScreenRequest,
        response: { 200: ScreenResponse, ...problemResponses(400, 413, 429) },
      },
    },
    async (request) => {
      const { household, date } = request.body;
      if (date !== undefined) checkScreeningDate(date, 'date');
      // The schema has checked shapes and ranges; the engine adds what a schema cannot say
      // (a birth date against an age, an address against its code), field by field in Korean.
      const outcome = screenHousehold(household, date ? { date } : {});
      if (!outcome.ok) {
        throw invalid(outcome.errors.map((e) => ({ path: `household.${e.path}`, ko: e.message.ko, en: e.message.en })));
      }
      return {
        date: outcome.date,
        rulesVersion: outcome.rulesVersion,
        programs: outcome.programs,
        nextQuestions: outcome.nextQuestions,
      };
    },
  );
}
