import { Readable } from 'node:stream';
import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { download } from '../http/download.ts';
import { problemResponses } from '../http/responses.ts';
import { householdListLines } from '../seed/household-list.ts';
import { outreachStaff } from './access.ts';

/** Households in the sample list: enough to fill every 구 and program, small enough to screen at once. */
const SAMPLE_ROWS = 200;

/**
 * A list to try 발굴 with before a real one is at hand: fictional households (made by code, the same
 * every time), with the columns a 구 office's list has, each mapped by itself on upload.
 */
export async function outreachSampleRoute(app: FastifyInstance) {
  app.get(
    '/api/outreach/sample-list.csv',
    {
      schema: {
        tags: ['outreach'],
        summary: `Staff: a sample list of ${SAMPLE_ROWS} fictional households (CSV, UTF-8 with BOM) to try an upload with`,
        security: [{ session: [] }],
        produces: ['text/csv'],
        response: problemResponses(401, 403),
      },
    },
    async (request, reply) => {
      // Nothing in it is anyone's: no audit entry, but staff only, like the screen it belongs to.
      const { scope } = await outreachStaff(request);
      // A 구's staff get a list of their own 구 (a list they upload is their 구's); the city all five.
      const gu = scope.all ? undefined : GWANGJU_DISTRICTS.find((d) => d.id === scope.district);
      const lines = householdListLines(SAMPLE_ROWS, { seed: 2026, sample: true, ...(gu && { district: gu.ko }) });
      const text = `\uFEFF${[...lines].join('\r\n')}\r\n`;
      return download(
        reply,
        'text/csv; charset=utf-8',
        gu ? `sample-list-${gu.id}.csv` : 'sample-list.csv',
        gu ? `예시명단_가상가구_${gu.ko}.csv` : '예시명단_가상가구.csv',
        Readable.from([text]),
      );
    },
  );
}
