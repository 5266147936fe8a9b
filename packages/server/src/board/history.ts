import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely, Selectable } from 'kysely';
import { requireAdmin } from '../admin/require-admin.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { reasonText, revisionRedactedReason } from '../audit/reasons.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { BoardRevisionTable, Database } from '../db/schema.ts';
import { fail, invalid } from '../http/error-codes.ts';
import type { ProblemError } from '../http/problem.ts';
import { problemResponses } from '../http/responses.ts';
import { shortReason } from '../http/short-reason.ts';
import { findPost } from './queries.ts';
import { History, PostRef, RedactBody, Revision, RevisionRef } from './schemas.ts';

interface Deps {
  requireWriter: (request: FastifyRequest) => Promise<StaffIdentity>;
  notFound: (n: number) => ProblemError;
}

/** How long the reason for removing a version's text may be, in characters as a person counts them. */
export const REDACTION_REASON_MAX = 200;

type RevisionRow = Selectable<BoardRevisionTable> & { redacted_by_name: string | null };

function revisionsOf(db: Kysely<Database>, postId: string) {
  return db
    .selectFrom('board_revision as r')
    .leftJoin('staff_user as s', 's.id', 'r.redacted_by')
    .selectAll('r')
    .select('s.display_name as redacted_by_name')
    .where('r.post_id', '=', postId)
    .orderBy('r.version', 'desc');
}

const toRevision = (r: RevisionRow) => ({
  version: r.version,
  title: r.title,
  bodyMarkdown: r.body_md,
  editedBy: r.edited_by,
  editedAt: new Date(r.edited_at).toISOString(),
  removed: r.redacted_at
    ? {
        at: new Date(r.redacted_at).toISOString(),
        by: r.redacted_by_name ?? '',
        reason: r.redaction_reason ?? '',
      }
    : null,
});

/** The reason as it is kept: trimmed, present, and short enough to read in the history. */
function redactionReason(raw: string): { reason: string; length: number } {
  const r = shortReason(raw, REDACTION_REASON_MAX, {
    missing: {
      ko: '내용을 지우는 까닭을 짧게 적어 주세요 (예: 개인 전화번호가 들어 있었음).',
      en: 'give a short reason for removing the text (e.g. it held a personal phone number).',
    },
    tooLong: (length) => ({
      ko: `까닭은 ${REDACTION_REASON_MAX}자 안으로 적어 주세요 (지금 ${length}자).`,
      en: `keep the reason to ${REDACTION_REASON_MAX} characters (now ${length}).`,
    }),
  });
  if (!r.ok) throw invalid([{ path: 'reason', code: r.code, ko: r.ko, en: r.en }]);
  return r;
}

/**
 * A post's earlier versions are for staff only: an edit often takes out what should not have been
 * public (a phone number, a name), and the history would have kept it public. An administrator can
 * also remove an earlier version's text for good; the row stays so the history still counts it.
 */
export async function historyRoutes(fastify: FastifyInstance, { requireWriter, notFound }: Deps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/board/posts/:number/history',
    {
      schema: {
        tags: ['board'],
        summary: 'Staff: edit history of a post (earlier versions, newest first; removed text reads null)',
        security: [{ session: [] }],
        params: PostRef,
        response: { 200: History, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await requireWriter(request);
      const db = request.server.db;
      const post = await findPost(db, request.params.number);
      if (!post) throw notFound(request.params.number);
      const rows = await revisionsOf(db, post.id).execute();
      return { items: rows.map(toRevision) };
    },
  );

  app.post(
    '/api/board/posts/:number/history/:version/remove-text',
    {
      schema: {
        tags: ['board'],
        summary:
          'Admin: remove the title and text of an earlier version (이전 판 내용 지우기), with a reason; who and when stay',
        security: [{ session: [] }],
        params: RevisionRef,
        body: RedactBody,
        response: { 200: Revision, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const admin = await requireAdmin(request);
      const { reason, length } = redactionReason(request.body.reason);
      const { number, version } = request.params;
      const db = request.server.db;
      const postId = await db.transaction().execute(async (trx) => {
        const post = await findPost(trx, number);
        if (!post) throw notFound(number);
        const row = await trx
          .selectFrom('board_revision')
          .select(['id', 'redacted_at'])
          .where('post_id', '=', post.id)
          .where('version', '=', version)
          .forUpdate()
          .executeTakeFirst();
        if (!row) {
          throw fail('JIBSA_NOT_FOUND', {
            ko: `${number}번 글에는 ${version}판 기록이 없습니다.`,
            en: `Post ${number} has no earlier version ${version}.`,
          });
        }
        if (row.redacted_at) {
          throw fail('JIBSA_CONFLICT', {
            ko: `${version}판 내용은 이미 지워져 있습니다.`,
            en: `The text of version ${version} was already removed.`,
          });
        }
        await trx
          .updateTable('board_revision')
          .set({ title: null, body_md: null, redacted_at: new Date(), redacted_by: admin.id, redaction_reason: reason })
          .where('id', '=', row.id)
          .execute();
        return post.id;
      });
      await recordAudit(db, request, {
        actorId: admin.id,
        action: 'board.redact',
        subjectType: 'board_post',
        subjectIds: [postId],
        reason: reasonText(revisionRedactedReason(version, length)),
      });
      const saved = await revisionsOf(db, postId).where('r.version', '=', version).executeTakeFirstOrThrow();
      return toRevision(saved);
    },
  );
}
