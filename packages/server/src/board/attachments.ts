import fs from 'node:fs';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { recordAudit } from '../audit/audit-log.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { fail } from '../http/error-codes.ts';
import type { ProblemError } from '../http/problem.ts';
import { problemResponses } from '../http/responses.ts';
import { ALLOWED_KINDS, sniffAttachment, storedPath, storeFile } from './files.ts';
import { requireMayEdit } from './permissions.ts';
import { findPost } from './queries.ts';
import { PostRef } from './schemas.ts';

interface Deps {
  requireWriter: (request: FastifyRequest) => Promise<StaffIdentity>;
  notFound: (n: number) => ProblemError;
}

/** RFC 6266 / 5987: the Korean file name survives, and nothing in it can break the header. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function attachmentRoutes(fastify: FastifyInstance, { requireWriter, notFound }: Deps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/board/posts/:number/attachments',
    {
      schema: {
        tags: ['board'],
        summary: `Staff: attach a file (multipart "file"; ${ALLOWED_KINDS}; up to 20 MB; content checked)`,
        security: [{ session: [] }],
        consumes: ['multipart/form-data'],
        params: PostRef,
        response: {
          201: Type.Object({
            id: Type.String(),
            filename: Type.String(),
            mediaType: Type.String(),
            size: Type.Integer(),
          }),
          ...problemResponses(400, 401, 403, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const staff = await requireWriter(request);
      const post = await findPost(request.server.db, request.params.number);
      if (!post) throw notFound(request.params.number);
      requireMayEdit(staff, post.author_id);
      if (!request.isMultipart()) {
        throw fail('JIBSA_MEDIA_TYPE', {
          ko: '파일은 multipart/form-data 로 보내 주세요.',
          en: 'Send the file as multipart/form-data.',
        });
      }
      const part = await request.file();
      if (!part)
        throw fail('JIBSA_VALIDATION', {
          errors: [
            { path: 'file', code: 'required', detail: 'file: 파일을 골라 주세요.', detail_en: 'file: choose a file.' },
          ],
        });
      const bytes = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw fail('JIBSA_TOO_LARGE', {
            ko: '파일이 너무 큽니다 (20MB까지).',
            en: 'The file is too large (up to 20 MB).',
          });
        }
        throw error;
      });
      if (bytes.length === 0) throw fail('JIBSA_FILE_REFUSED', { ko: '빈 파일입니다.', en: 'The file is empty.' });
      const sniffed = await sniffAttachment(part.filename, bytes);
      if (!sniffed.ok) throw fail('JIBSA_FILE_REFUSED', { ko: sniffed.ko, en: sniffed.en });
      const stored = await storeFile(request.server.config.dataDir, bytes);
      const row = await request.server.db
        .insertInto('board_attachment')
        .values({
          post_id: post.id,
          filename: sniffed.filename,
          media_type: sniffed.mediaType,
          size: bytes.length,
          sha256: stored.sha256,
          storage_key: stored.key,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      await recordAudit(request.server.db, request, {
        actorId: staff.id,
        action: 'board.attach',
        subjectType: 'board_attachment',
        subjectIds: [row.id],
      });
      return reply
        .status(201)
        .send({ id: row.id, filename: sniffed.filename, mediaType: sniffed.mediaType, size: bytes.length });
    },
  );

  app.get(
    '/api/board/attachments/:id',
    {
      schema: {
        tags: ['board'],
        summary: 'Download an attachment (counted)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const db = request.server.db;
      const row = await db
        .selectFrom('board_attachment')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) throw fail('JIBSA_NOT_FOUND', { ko: '그 파일이 없습니다.', en: 'No such file.' });
      await db
        .updateTable('board_attachment')
        .set({ downloads: sql`downloads + 1` })
        .where('id', '=', row.id)
        .execute();
      return reply
        .type(row.media_type === 'text/plain' ? 'text/plain; charset=utf-8' : row.media_type)
        .header('content-disposition', contentDisposition(row.filename))
        .header('content-length', String(row.size))
        .send(fs.createReadStream(storedPath(request.server.config.dataDir, row.storage_key)));
    },
  );
}
