import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { perClientLimit } from '../platform/rate-limit.ts';
import { screenBatchRoutes } from './batch-routes.ts';
import { checkScreeningDate } from './date.ts';
import type { Lang } from './lean.ts';
import { LeanScreenResponse, ParameterListResponse } from './lean-schemas.ts';
import { matchesEtag, parameterList } from './parameter-list.ts';
import { ScreenRequest, ScreenResponse } from './schemas.ts';
import { screenAnswer } from './screen-answer.ts';

export async function screeningRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const pool = fastify.screenPool;

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
          'Nothing is stored. Every field of the household may be absent (unknown): the result then says which missing inputs could still change it. ' +
          'Each result names the figures it read by id (`figures`); their labels, citations and evidence are one shared list at `parametersUrl`. ' +
          '`?detail=full` puts each figure with its citation in the result (`parameters`), as answers did before. ' +
          '`?lang=ko` or `?lang=en` words the lean answer in one language: each label and reason keeps only that key ' +
          '(about half the bytes); without it every text carries both, as before.',
        querystring: Type.Object(
          {
            detail: Type.Optional(
              Type.Unsafe<'lean' | 'full'>({
                type: 'string',
                enum: ['lean', 'full'],
                description: 'full: each figure with label, unit, period, citation and evidence inline',
              }),
            ),
            lang: Type.Optional(
              Type.Unsafe<Lang>({
                type: 'string',
                enum: ['ko', 'en'],
                description: 'The lean answer in one language (ko: 한국어, en: English); both when absent',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        body: ScreenRequest,
        response: { 200: Type.Union([LeanScreenResponse, ScreenResponse]), ...problemResponses(400, 413, 429) },
      },
    },
    async (request, reply) => {
      const { household, date } = request.body;
      if (date !== undefined) checkScreeningDate(date, 'date');
      const job = { household, date, detail: request.query.detail, lang: request.query.lang };
      const answer = pool ? await pool.answer(job) : screenAnswer(job);
      if (!answer.ok) throw invalid(answer.errors);
      // Bytes, not a string: a string body would be measured for its length and encoded again.
      return reply.type('application/json; charset=utf-8').send(answer.bytes as never);
    },
  );

  app.get(
    '/api/parameters',
    {
      schema: {
        tags: ['screening', 'programs'],
        summary: 'Every figure in force on a date, with citation and evidence (판단에 쓰는 수치 목록)',
        description:
          'The list the figures of POST /api/screen point to. The same for every household, so it is cacheable: ' +
          'it carries an ETag and answers 304 to a matching If-None-Match.',
        querystring: Type.Object(
          {
            date: Type.Optional(
              Type.String({ format: 'date', description: 'Figures in force on this day; default today' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: ParameterListResponse,
          304: Type.Null({ description: 'Not modified: the copy the client holds (If-None-Match) is current' }),
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const { date } = request.query;
      if (date !== undefined) checkScreeningDate(date, 'date');
      const list = parameterList(date ?? todayIso());
      // A list changes only with a release (today's also at midnight KST): reuse for an hour, then revalidate by ETag.
      reply.header('etag', list.etag).header('cache-control', 'public, max-age=3600');
      if (matchesEtag(request.headers['if-none-match'], list.etag)) return reply.code(304).send(undefined as never);
      return reply.type('application/json; charset=utf-8').send(list.json as never);
    },
  );

  await app.register(screenBatchRoutes);
}
