import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { personalRecordScope, type RecordScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { auditExportReason, reasonText, storedReasonWords, subjectIdWords } from '../audit/reasons.ts';
import { actionWords } from '../audit/vocabulary.ts';
import type { Database } from '../db/schema.ts';
import type { CursorKey } from '../http/cursor.ts';
import { LAST_DAY_BEFORE_FIRST } from '../http/date-order.ts';
import { invalid } from '../http/error-codes.ts';
import { pageOf, pageRequest } from '../http/paging.ts';
import { problemResponses } from '../http/responses.ts';
import { type AuditFilter, auditGroupedQuery, auditQuery, publicAuditEntry } from './audit-query.ts';
import { subjectKey, subjectLabels } from './audit-subjects.ts';
import { requireAdmin } from './require-admin.ts';
import { AuditExportQuery, AuditPage, AuditQuery } from './schemas.ts';

const TAGS = ['admin'];
const security = [{ session: [] }];
const BATCH = 1000;

const COLUMNS = [
  '시각 (at, KST)',
  '아이디 (actor)',
  '행동 (action)',
  '행동 풀이 (action, in words)',
  '대상 종류 (subject type)',
  '대상 (subject)',
  '대상 이름 (subject, named)',
  '사례번호 (case)',
  '사유 (reason)',
  '결과 (outcome)',
  '요청 ID (request id)',
];
// sv-SE writes "2026-12-04 09:30:00", which Excel reads as a date and time.
const kst = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' });

/** Every matching row in batches, so a large export never sits in memory at once. */
async function* exportRows(db: Kysely<Database>, filter: AuditFilter, scope: RecordScope | undefined) {
  let after: CursorKey | undefined;
  for (;;) {
    const rows = await auditQuery(db, filter, { limit: BATCH, after }).execute();
    const labels = await subjectLabels(db, rows, scope);
    for (const r of rows) {
      const fixed = subjectIdWords(r.subject_type, r.subject_id);
      yield [
        kst(new Date(r.at)),
        r.username ?? '',
        r.action,
        actionWords(r.action)?.ko ?? '',
        r.subject_type,
        r.subject_id,
        r.subject_username ?? labels.get(subjectKey(r)) ?? (fixed ? reasonText(fixed) : ''),
        r.number ?? '',
        // An older version's coded reason ("role,district", a filter as JSON) in words, as the screen shows it.
        (() => {
          const words = storedReasonWords(r.action, r.reason);
          return words ? reasonText(words) : (r.reason ?? '');
        })(),
        r.outcome,
        r.request_id ?? '',
      ];
    }
    const last = rows[rows.length - 1];
    if (rows.length < BATCH || !last) return;
    after = { at: last.at_key, id: last.id };
  }
}

/** The filter as asked; days in the wrong order are the caller's mistake, said at the field (not "no entries"). */
function filterOf(q: AuditFilter): AuditFilter {
  if (q.from && q.to && q.to < q.from) throw invalid([LAST_DAY_BEFORE_FIRST]);
  return {
    actor: q.actor,
    action: q.action,
    subject: q.subject,
    from: q.from,
    to: q.to,
    outcome: q.outcome,
    request: q.request,
  };
}

/** Admin: the audit log, filtered and paged, and as a CSV file (whose export is itself audited). */
export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: TAGS,
        summary:
          'Admin: the audit log filtered by actor, action, case or subject, dates (KST), outcome or request, newest first; group=request takes one list view as one entry',
        security,
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const admin = await requireAdmin(request);
      const q = request.query;
      const { limit, after } = pageRequest(q);
      const filter = filterOf(q);
      const rows =
        q.group === 'request'
          ? await auditGroupedQuery(request.server.db, filter, { limit: limit + 1, after }).execute()
          : await auditQuery(request.server.db, filter, { limit: limit + 1, after }).execute();
      const { page, nextCursor } = pageOf(rows, limit, (r) => r.at_key);
      // Subjects are named only as far as the viewer's own scope reaches (an admin's is every 구).
      const labels = await subjectLabels(request.server.db, page, personalRecordScope(admin));
      return { items: page.map((r) => publicAuditEntry(r, labels.get(subjectKey(r)) ?? null)), nextCursor };
    },
  );

  app.get(
    '/api/admin/audit.csv',
    {
      schema: {
        tags: TAGS,
        summary: 'Admin: the filtered audit log as CSV (UTF-8 with BOM, opens in Excel); the export is audited',
        security,
        querystring: AuditExportQuery,
        response: { ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const admin = await requireAdmin(request);
      const filter = filterOf(request.query);
      const scope = personalRecordScope(admin);
      // Recorded before the file is sent: an export that fails halfway was still an export.
      await recordAudit(request.server.db, request, {
        actorId: admin.id,
        action: 'audit.export',
        subjectType: 'audit_log',
        subjectIds: ['csv'],
        reason: reasonText(auditExportReason({ ...filter })),
      });
      const csv = Readable.from(exportRows(request.server.db, filter, scope)).pipe(
        // escape_formulas: a reason typed as "=HYPERLINK(…)" stays text in Excel (CSV injection).
        stringify({ bom: true, header: true, columns: COLUMNS, escape_formulas: true, record_delimiter: 'windows' }),
      );
      const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="jibsa-audit-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
