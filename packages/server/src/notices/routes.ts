import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { canonicalProgramId, catalog, matchNotice, todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { type Static, Type } from 'typebox';
import { requireRecordScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { noticeMatchReason, reasonText } from '../audit/reasons.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import { requireMayPin } from '../board/permissions.ts';
import { requireWriter } from '../board/routes.ts';
import { openCase } from '../cases/access.ts';
import { CaseParams } from '../cases/schemas.ts';
import { download } from '../http/download.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { LabelSchema, ListOf } from '../http/shared-schemas.ts';
import { noticeAlertRoutes } from './alert-routes.ts';
import { sampleNoticesCsv } from './lh-columns.ts';
import { type ImportedNotice, MAX_IMPORT_ROWS, mergeRows, type RowError, readNotice, readRows } from './lh-import.ts';
import { alertCounselors, applicantOf, casesForNotice, termsOf, withdrawStaleAlerts } from './matching.ts';
import {
  ImportBody,
  ImportResult,
  Notice,
  NoticeCreate,
  NoticeList,
  NoticeListQuery,
  NoticeUpdate,
} from './schemas.ts';
import { createNotice, noticeRows, toNotice, updateNotice, upsertImported } from './store.ts';

const PROGRAM_IDS = new Set(catalog.map((e) => e.id));
const NoticeParams = Type.Object({ noticeId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const Fit = Type.Object({
  fit: Type.Union([Type.Literal('yes'), Type.Literal('maybe'), Type.Literal('no')]),
  reasons: ListOf(LabelSchema),
  missing: ListOf(LabelSchema),
});

/** What the schema cannot say: dates in order, ages in order, programs that exist. */
function checkFields(
  input: Pick<Static<typeof NoticeCreate>, 'applicationStart' | 'applicationEnd' | 'limits' | 'programIds'>,
) {
  return [
    ...(input.applicationStart && input.applicationStart > input.applicationEnd
      ? [
          {
            path: 'applicationEnd',
            ko: '마감일이 접수 시작일보다 앞섭니다.',
            en: 'the last day is before the first day.',
          },
        ]
      : []),
    ...(input.limits?.minAge !== undefined &&
    input.limits.maxAge !== undefined &&
    input.limits.minAge > input.limits.maxAge
      ? [
          {
            path: 'limits.maxAge',
            ko: '최대 나이가 최소 나이보다 작습니다.',
            en: 'the maximum age is below the minimum.',
          },
        ]
      : []),
    ...(input.programIds ?? [])
      .filter((id) => !PROGRAM_IDS.has(canonicalProgramId(id)))
      .map((id) => ({
        path: 'programIds',
        ko: `"${id}"라는 제도는 없습니다.`,
        en: `there is no program "${id}".`,
      })),
  ];
}

const noSuchNotice = () =>
  fail('JIBSA_NOT_FOUND', { ko: '그런 모집공고가 없습니다.', en: 'No such recruitment notice.' });

/** 모집공고: structured notices on the board, their import from LH-style files, and matching to cases. */
export async function noticeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/notices',
    {
      schema: {
        tags: ['notices'],
        summary: '모집공고: open ones by default (접수 전·중), soonest deadline first; closed ones stay readable',
        querystring: NoticeListQuery,
        response: { 200: NoticeList, ...problemResponses(400) },
      },
    },
    async (request) => {
      const today = todayIso();
      const { state = 'open', district, limit = 100 } = request.query;
      const program = request.query.program && canonicalProgramId(request.query.program);
      let q = noticeRows(request.server.db);
      if (state === 'closed') q = q.where('n.application_end', '<', today);
      else if (state !== 'all') q = q.where('n.application_end', '>=', today);
      if (state === 'closing') q = q.where(sql<boolean>`n.application_end <= (${today}::date + 7)`);
      if (district) q = q.where((eb) => eb.or([eb('n.district', '=', district), eb('n.district', 'is', null)]));
      const rows = await q
        .orderBy('n.application_end', state === 'closed' ? 'desc' : 'asc')
        .orderBy('p.number', 'desc')
        .limit(program ? 1000 : limit)
        .execute();
      const items = rows.map((r) => toNotice(r, today)).filter((n) => !program || n.programIds.includes(program));
      return { items: items.slice(0, limit), today };
    },
  );

  app.get(
    '/api/notices/:noticeId',
    {
      schema: {
        tags: ['notices'],
        summary: 'One 모집공고 with its fields and state',
        params: NoticeParams,
        response: { 200: Notice, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const row = await noticeRows(request.server.db).where('n.id', '=', request.params.noticeId).executeTakeFirst();
      if (!row) throw noSuchNotice();
      return toNotice(row);
    },
  );

  app.post(
    '/api/notices',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Staff: enter a 모집공고 (a board post in 모집공고 plus its fields); counselors are alerted to fitting cases',
        security: [{ session: [] }],
        body: NoticeCreate,
        response: { 201: Notice, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const staff = await requireWriter(request);
      const { title, body, pinned, ...input } = request.body;
      requireMayPin(staff, pinned);
      const errors = checkFields(input);
      if (errors.length) throw invalid(errors);
      const db = request.server.db;
      const made = await db
        .transaction()
        .execute((trx) => createNotice(trx, staff, { title, body, pinned }, input, { source: 'form' }));
      const row = await noticeRows(db).where('n.id', '=', made.id).executeTakeFirstOrThrow();
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'notice.create',
        subjectType: 'housing_notice',
        subjectIds: [made.id],
      });
      await alertCounselors(db, row);
      return reply.status(201).send(toNotice(row));
    },
  );

  app.put(
    '/api/notices/:noticeId',
    {
      schema: {
        tags: ['notices'],
        summary:
          "Staff: edit a 모집공고's words and fields; the earlier words stay in the post's history; a stale version gets 409",
        security: [{ session: [] }],
        params: NoticeParams,
        body: NoticeUpdate,
        response: { 200: Notice, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const staff = await requireWriter(request);
      const { title, body, pinned, version, ...input } = request.body;
      const errors = checkFields(input);
      if (errors.length) throw invalid(errors);
      const db = request.server.db;
      const id = request.params.noticeId;
      const outcome = await db
        .transaction()
        .execute((trx) => updateNotice(trx, staff, id, { title, body, pinned, version }, input));
      if (outcome === 'missing') throw noSuchNotice();
      if (outcome === 'stale') {
        throw fail('JIBSA_CONFLICT', {
          ko: '다른 사람이 먼저 이 공고를 고쳤습니다. 새로 불러 고친 내용을 확인해 주세요.',
          en: 'Someone edited this notice first. Reload to see their change.',
        });
      }
      const row = await noticeRows(db).where('n.id', '=', id).executeTakeFirstOrThrow();
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'notice.edit',
        subjectType: 'housing_notice',
        subjectIds: [id],
      });
      // A changed notice may fit fewer cases (their alerts are taken back) or more (the alert
      // table keeps each case to one alert).
      await withdrawStaleAlerts(db, row);
      if (row.end >= todayIso()) await alertCounselors(db, row);
      return toNotice(row);
    },
  );

  app.post(
    '/api/notices/import',
    {
      schema: {
        tags: ['notices'],
        summary: `Staff: import LH-style notice rows (JSON or CSV: PAN_ID, PAN_NM, AIS_TP_CD_NM, CNP_CD_NM, PAN_SS, PAN_NT_ST_DT, CLSG_DT, DTL_URL; with detail where given: dsList01 or columns HTY_NNA, DDO_AR, NOW_HSH_CNT, LS_GMY, RFE for units by size, dsSplScdl or SBSC_ACP_ST_DT/SBSC_ACP_CLSG_DT for the application period, SBD_LGO_NM or dsSbd for the complex; a CSV has one line per unit type); bad rows reported, good rows kept, the same PAN_ID updated not doubled (up to ${MAX_IMPORT_ROWS} rows)`,
        security: [{ session: [] }],
        body: ImportBody,
        response: { 200: ImportResult, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const staff = await requireWriter(request);
      const read = readRows(request.body.format, request.body.content);
      if ('error' in read) throw invalid([{ path: 'content', ...read.error }]);
      if (read.rows.length > MAX_IMPORT_ROWS) {
        throw invalid([
          {
            path: 'content',
            ko: `한 번에 ${MAX_IMPORT_ROWS}줄까지 가져올 수 있습니다 (${read.rows.length}줄).`,
            en: `up to ${MAX_IMPORT_ROWS} rows at a time (this has ${read.rows.length}).`,
          },
        ]);
      }
      const db = request.server.db;
      const result = {
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [] as RowError[],
        notices: [] as { id: string; postNumber: number; externalId: string }[],
      };
      // Read every row first: a CSV lists a notice once per 주택형, and those lines make one notice.
      const pending = new Map<string, ImportedNotice>();
      for (const [i, row] of read.rows.entries()) {
        const number = read.numbers[i] ?? i + 1;
        const n = readNotice(row, number);
        if ('row' in n) {
          result.errors.push(n);
          continue;
        }
        const first = pending.get(n.externalId);
        const merged = first ? mergeRows(first, n, number) : n;
        if ('row' in merged) result.errors.push(merged);
        else pending.set(n.externalId, merged);
      }
      for (const n of pending.values()) {
        // One transaction per notice: a crash mid-file keeps the notices done, and a re-run finds them by PAN_ID.
        const stored = await db.transaction().execute((trx) => upsertImported(trx, staff, n));
        result[stored.outcome]++;
        result.notices.push({ id: stored.id, postNumber: stored.postNumber, externalId: n.externalId });
        if (stored.outcome !== 'unchanged') {
          const row = await noticeRows(db).where('n.id', '=', stored.id).executeTakeFirstOrThrow();
          if (row.end >= todayIso()) await alertCounselors(db, row);
        }
      }
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'notice.import',
        subjectType: 'housing_notice',
        subjectIds: result.notices.filter((_, i) => i < 500).map((n) => n.id),
      });
      return { ...result, errors: result.errors as RowError[] };
    },
  );

  app.get(
    '/api/notices/import/sample.csv',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Staff: a sample import file (CSV, UTF-8 with BOM) with every column the import reads and two fictional notices open from today',
        security: [{ session: [] }],
        produces: ['text/csv'],
        response: problemResponses(401, 403),
      },
    },
    async (request, reply) => {
      // Nothing in it is anyone's, so no audit entry; staff only, like the import it shows.
      await requireWriter(request);
      return download(
        reply,
        'text/csv; charset=utf-8',
        'notice-import-sample.csv',
        '모집공고_가져오기_예시.csv',
        Readable.from([sampleNoticesCsv(todayIso())]),
      );
    },
  );

  app.get(
    '/api/notices/:noticeId/cases',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Counselors: the open cases in their scope that fit this notice or might, with reasons and what is missing',
        security: [{ session: [] }],
        params: NoticeParams,
        response: {
          200: Type.Object({
            items: ListOf(
              Type.Object({ caseId: Type.String(), number: Type.String(), district: Type.String(), fit: Fit }),
            ),
          }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { staff } = await requireStaff(request);
      const scope = await requireRecordScope(request, staff);
      const db = request.server.db;
      const row = await noticeRows(db).where('n.id', '=', request.params.noticeId).executeTakeFirst();
      if (!row) throw noSuchNotice();
      const items = await casesForNotice(db, row, scope);
      // Matching reads each listed household: every one is an audited staff read.
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'case.notice_match',
        subjectType: 'case',
        subjectIds: items.map((m) => m.caseId),
        reason: reasonText(noticeMatchReason(row.number, row.title)),
      });
      return { items: items.map(({ assigneeId: _a, ...m }) => m) };
    },
  );

  app.get(
    '/api/cases/:caseId/notices',
    {
      schema: {
        tags: ['notices'],
        summary: "Counselors: open 모집공고 that fit this case's household or might, with reasons and what is missing",
        security: [{ session: [] }],
        params: CaseParams,
        response: {
          200: Type.Object({ items: ListOf(Type.Object({ notice: Notice, fit: Fit })) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { row } = await openCase(request, request.params.caseId, { read: 'case.notices' });
      const today = todayIso();
      const notices = await noticeRows(request.server.db)
        .where('n.application_end', '>=', today)
        .orderBy('n.application_end')
        .limit(500)
        .execute();
      const who = applicantOf({ district: row.district, household: row.household }, today);
      const items = notices
        .map((n) => ({ notice: toNotice(n, today), fit: matchNotice(termsOf(n), who, today) }))
        .filter((m) => m.fit.fit !== 'no');
      return { items };
    },
  );

  await noticeAlertRoutes(app);
}
