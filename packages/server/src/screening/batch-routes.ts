import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { fail } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { perClientLimit } from '../platform/rate-limit.ts';
import { answerBlock, BATCH_LIMITS, BLOCK_LINES, screenerFor } from './batch-lines.ts';
import { checkScreeningDate } from './date.ts';
import { type InputLine, ndjsonLines } from './ndjson-lines.ts';

const NDJSON = 'application/x-ndjson';

const BatchLineSchema = Type.Object({
  line: Type.Integer({ description: 'Line number in the request, counting blank lines' }),
  ok: Type.Boolean(),
  date: Type.Optional(Type.String({ format: 'date' })),
  rulesVersion: Type.Optional(Type.String()),
  programs: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        status: Type.String({ enum: ['eligible', 'ineligible', 'unknown'] }),
        amount: Type.Union([Type.Number(), Type.Null()]),
        unavailableParameter: Type.Optional(Type.String()),
      }),
    ),
  ),
  errors: Type.Optional(
    Type.Array(
      Type.Object({
        path: Type.String({ description: 'The field, e.g. "members[0].age"; empty for the line as a whole' }),
        code: Type.Optional(Type.String()),
        message: Type.Object({ ko: Type.String(), en: Type.String() }),
      }),
    ),
  ),
});

/**
 * POST /api/screen/batch: NDJSON in, NDJSON out, for partners screening a list. Lines are read as
 * they arrive and answered block by block on the batch path; the next block is read only when
 * the answer so far has been taken (Readable.from pulls), so neither side is buffered whole.
 */
export async function screenBatchRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The route reads the stream itself; no parser collects the body first.
  app.addContentTypeParser(NDJSON, (_request, _payload, done) => done(null));

  app.post(
    '/api/screen/batch',
    {
      preHandler: perClientLimit('screen-batch', (l) => l.screenBatchPerMinute),
      schema: {
        tags: ['screening'],
        summary: 'Screen many households: one JSON household per line (NDJSON), answered line by line',
        description:
          `Send \`Content-Type: ${NDJSON}\`, one household (as in POST /api/screen's \`household\`) per line. ` +
          'Each answer line carries its input line number: status and amount per program, or the errors of that line ' +
          '(the format `jibsa screen-many` writes). A bad line never stops the others. ' +
          `Limits: a line ≤ ${BATCH_LIMITS.maxLineBytes / 1024} KB, ≤ ${BATCH_LIMITS.maxLines} lines and ≤ ${BATCH_LIMITS.maxBytes / 1024 / 1024} MB per request; ` +
          'past a limit the answer says so on its last line. Nothing is stored.\n\n' +
          'Example body:\n\n```\n{"region":"metro","tenure":"monthly_rent","monthlyRent":300000,"members":[{"age":78}]}\n{"region":"mars"}\n```',
        querystring: Type.Object(
          {
            date: Type.Optional(
              Type.String({ format: 'date', description: 'Evaluate as of this date; default today' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            description: 'One JSON object per line, in input order',
            content: { [NDJSON]: { schema: BatchLineSchema } },
          },
          ...problemResponses(400, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      const type = String(request.headers['content-type'] ?? '').toLowerCase();
      if (!type.startsWith(NDJSON)) {
        throw fail('JIBSA_MEDIA_TYPE', {
          ko: `한 줄에 가구 하나씩, ${NDJSON} 형식으로 보내 주세요.`,
          en: `Send one household per line as ${NDJSON}.`,
        });
      }
      const { date: asked } = request.query;
      if (asked !== undefined) checkScreeningDate(asked, 'date');
      const declared = Number(request.headers['content-length']);
      if (declared > BATCH_LIMITS.maxBytes) {
        throw fail('JIBSA_TOO_LARGE', {
          ko: `한 번에 ${BATCH_LIMITS.maxBytes / 1024 / 1024}MB까지 받습니다. 나누어 보내 주세요.`,
          en: `At most ${BATCH_LIMITS.maxBytes / 1024 / 1024} MB per request: send it in parts.`,
        });
      }
      const date = asked ?? todayIso();
      const screener = screenerFor(date);
      const blocks = ndjsonLines(request.raw, BATCH_LIMITS)[Symbol.asyncIterator]();
      // The first lines are read before answering, so an empty body is a plain 400, not an empty 200.
      const first = await blocks.next();
      if (first.done) {
        throw fail('JIBSA_BAD_REQUEST', {
          ko: '보낸 내용에 가구가 한 줄도 없습니다. 한 줄에 가구 하나씩 보내 주세요.',
          en: 'The body has no household: send one per line.',
        });
      }
      async function* answers(): AsyncGenerator<string> {
        let block: InputLine[] | undefined = first.value;
        while (block) {
          for (let i = 0; i < block.length; i += BLOCK_LINES)
            yield answerBlock(block.slice(i, i + BLOCK_LINES), screener, BATCH_LIMITS);
          const next = await blocks.next();
          block = next.done ? undefined : next.value;
        }
      }
      // One block waits at most: reading stops while the client is not taking the answer.
      const body = Readable.from(answers(), { objectMode: true, highWaterMark: 1 });
      return reply
        .type(`${NDJSON}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .send(body as never);
    },
  );
}
