import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireAdmin } from '../admin/require-admin.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { LAST_DAY_BEFORE_FIRST } from '../http/date-order.ts';
import { invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { toCsv } from './csv.ts';
import { buildHmisRows, HMIS_COLUMNS, HMIS_FILES, type HmisFile } from './hmis-files.ts';
import { loadExportData, type Period } from './queries.ts';

/** A period longer than this is refused: a city-wide five-year export is already large. */
const MAX_PERIOD_DAYS = 5 * 366;
const EARLIEST = '2000-01-01';

const HmisParams = Type.Object(
  {
    file: Type.Unsafe<HmisFile>({
      type: 'string',
      enum: [...HMIS_FILES],
      description: 'HMIS CSV 파일 이름 (HMIS CSV file name)',
    }),
  },
  { additionalProperties: false },
);

const PeriodQuery = Type.Object(
  {
    from: Type.String({
      format: 'date',
      maxLength: 10,
      description: '기간 시작일 (포함, 한국 시간) · first day, inclusive',
    }),
    to: Type.String({
      format: 'date',
      maxLength: 10,
      description: '기간 마지막 날 (포함, 한국 시간) · last day, inclusive',
    }),
  },
  { additionalProperties: false },
);

const DAY_MS = 86_400_000;

/** What a date format cannot say: the order of the two days, how far back and how long. */
export function checkPeriod(p: Period): void {
  const errors: { path: string; ko: string; en: string }[] = [];
  if (p.from < EARLIEST) {
    errors.push({
      path: 'querystring.from',
      ko: `${EARLIEST} 이후 날짜여야 합니다.`,
      en: `must be ${EARLIEST} or later.`,
    });
  }
  if (p.to < p.from) {
    errors.push(LAST_DAY_BEFORE_FIRST);
  } else if ((Date.parse(p.to) - Date.parse(p.from)) / DAY_MS >= MAX_PERIOD_DAYS) {
    errors.push({
      path: 'querystring.to',
      ko: `기간은 ${MAX_PERIOD_DAYS}일을 넘을 수 없습니다. 나누어 받아 주세요.`,
      en: `the period may be at most ${MAX_PERIOD_DAYS} days; export it in parts.`,
    });
  }
  if (errors.length > 0) throw invalid(errors);
}

/**
 * Admin-only exports of cases, referrals and their steps, shaped after the HUD HMIS CSV format
 * (FY2024) so outcomes such as "households housed within 90 days of referral" can be worked out in
 * a spreadsheet or an HMIS tool. Every export is one audit row: who took which file for which period.
 */
export async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/admin/exports/hmis/:file',
    {
      schema: {
        tags: ['admin'],
        summary: 'Admin: one HMIS-shaped CSV file (Client, Enrollment, Exit, Services, Event) for a period',
        description:
          'UTF-8 with BOM, CRLF, RFC 4180. Columns and code mapping: docs/hmis-csv-mapping.md. ' +
          'No names, phone numbers or full birth dates. Each download is written to the audit log.',
        security: [{ session: [] }],
        params: HmisParams,
        querystring: PeriodQuery,
        response: {
          200: {
            description: 'The CSV file (text/csv; charset=utf-8)',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const staff = await requireAdmin(request);
      const period = { from: request.query.from, to: request.query.to };
      checkPeriod(period);
      const file = request.params.file;
      const data = await loadExportData(request.server.db, period);
      const rows = buildHmisRows(data, period)[file];
      const csv = toCsv(HMIS_COLUMNS[file], rows);
      await recordAudit(request.server.db, request, {
        actorId: staff.id,
        action: 'export.hmis',
        subjectType: 'export',
        subjectIds: [`${file} ${period.from}..${period.to}`],
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
