import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { fail, invalid } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { auditWrite, openCase } from './access.ts';
import { readDocument, storeDocument } from './documents.ts';
import { addEvent } from './events.ts';
import {
  CaseParams,
  DocumentBody,
  DocumentOut,
  DocumentParams,
  NoteBody,
  NoteOut,
  TaskBody,
  TaskOut,
  TaskParams,
  TaskPatchBody,
} from './schemas.ts';

const TAGS = ['cases'];
const security = [{ session: [] }];
const iso = (d: Date | string) => new Date(d).toISOString();

/** A shown name only (the file is stored under a name of our own): no path separators or control characters. */
const safeFilename = (name: string) =>
  [...name]
    .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .trim() || 'document';

/** Tasks, notes and documents of a case: each addition is a timeline event and an audited write. */
export async function caseWorkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/cases/:caseId/tasks',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: add a task (assignee, due date)',
        security,
        params: CaseParams,
        body: TaskBody,
        response: { 201: TaskOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db } = request.server;
      const assignee = request.body.assigneeId ?? staff.id;
      const known = await db.selectFrom('staff_user').select('id').where('id', '=', assignee).executeTakeFirst();
      if (!known) throw invalid([{ path: 'assigneeId', ko: '그런 직원이 없습니다.', en: 'no such staff member.' }]);
      const task = await db.transaction().execute(async (trx) => {
        const t = await trx
          .insertInto('case_task')
          .values({
            case_id: row.id,
            title: request.body.title.trim(),
            assignee_id: assignee,
            due_on: request.body.dueOn ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await addEvent(trx, {
          caseId: row.id,
          actorId: staff.id,
          kind: 'task.added',
          version: row.version,
          detail: { taskId: t.id, title: t.title, dueOn: request.body.dueOn ?? null },
        });
        return t;
      });
      await auditWrite(request, staff, 'case.task.add', row.id);
      return reply.status(201).send({
        id: task.id,
        title: task.title,
        titleEn: null,
        assigneeId: task.assignee_id,
        dueOn: request.body.dueOn ?? null,
        doneAt: null,
        createdAt: iso(task.created_at),
      });
    },
  );

  app.patch(
    '/api/cases/:caseId/tasks/:taskId',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: mark a task done (or not), retitle it, move its due date',
        security,
        params: TaskParams,
        body: TaskPatchBody,
        response: { 200: TaskOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db } = request.server;
      const { done, title, dueOn } = request.body;
      const task = await db.transaction().execute(async (trx) => {
        const t = await trx
          .updateTable('case_task')
          .set({
            ...(done !== undefined ? { done_at: done ? new Date() : null } : {}),
            // A person's new title is the task's only one: the system's English words no longer fit it.
            ...(title !== undefined ? { title: title.trim(), title_en: null } : {}),
            ...(dueOn !== undefined ? { due_on: dueOn } : {}),
          })
          .where('id', '=', request.params.taskId)
          .where('case_id', '=', row.id)
          .returningAll()
          .returning((eb) => eb.cast<string | null>('due_on', 'text').as('due'))
          .executeTakeFirst();
        if (!t) throw fail('JIBSA_NOT_FOUND', { ko: '그런 할 일이 없습니다.', en: 'No such task.' });
        await addEvent(trx, {
          caseId: row.id,
          actorId: staff.id,
          kind: done === true ? 'task.done' : 'task.changed',
          version: row.version,
          detail:
            t.title_en === null
              ? { taskId: t.id, title: t.title }
              : { taskId: t.id, title: t.title, titleEn: t.title_en },
        });
        return t;
      });
      await auditWrite(request, staff, 'case.task.update', row.id);
      return {
        id: task.id,
        title: task.title,
        titleEn: task.title_en,
        assigneeId: task.assignee_id,
        dueOn: task.due,
        doneAt: task.done_at ? iso(task.done_at) : null,
        createdAt: iso(task.created_at),
      };
    },
  );

  app.post(
    '/api/cases/:caseId/notes',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: add a counseling note',
        security,
        params: CaseParams,
        body: NoteBody,
        response: { 201: NoteOut, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const body = request.body.body.trim();
      if (!body) throw invalid([{ path: 'body', ko: '메모 내용을 적어 주세요.', en: 'is required.' }]);
      const note = await request.server.db.transaction().execute(async (trx) => {
        const n = await trx
          .insertInto('case_note')
          .values({ case_id: row.id, author_id: staff.id, body })
          .returningAll()
          .executeTakeFirstOrThrow();
        // The timeline says a note was written, not what it says.
        await addEvent(trx, {
          caseId: row.id,
          actorId: staff.id,
          kind: 'note.added',
          version: row.version,
          detail: { noteId: n.id },
        });
        return n;
      });
      await auditWrite(request, staff, 'case.note.add', row.id);
      return reply.status(201).send({
        id: note.id,
        authorId: staff.id,
        authorName: staff.displayName,
        body: note.body,
        createdAt: iso(note.created_at),
      });
    },
  );

  app.post(
    '/api/cases/:caseId/documents',
    {
      bodyLimit: 7 * 1024 * 1024 + 4096,
      schema: {
        tags: TAGS,
        summary: 'Staff: upload a document (PDF, PNG or JPEG, ≤ 5 MB, content checked) stored under the data folder',
        security,
        params: CaseParams,
        body: DocumentBody,
        response: { 201: DocumentOut, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db, config } = request.server;
      const stored = await storeDocument(
        config.dataDir,
        request.body.contentBase64,
        safeFilename(request.body.filename),
      );
      const filename = stored.filename;
      const doc = await db.transaction().execute(async (trx) => {
        const d = await trx
          .insertInto('case_document')
          .values({
            case_id: row.id,
            kind: request.body.kind,
            filename,
            media_type: stored.mediaType,
            size: stored.size,
            sha256: stored.sha256,
            storage_key: stored.storageKey,
            uploaded_by: staff.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await addEvent(trx, {
          caseId: row.id,
          actorId: staff.id,
          kind: 'document.added',
          version: row.version,
          detail: { documentId: d.id, kind: d.kind, filename },
        });
        return d;
      });
      await auditWrite(request, staff, 'case.document.add', row.id);
      return reply.status(201).send({
        id: doc.id,
        kind: doc.kind,
        filename: doc.filename,
        mediaType: doc.media_type,
        size: doc.size,
        createdAt: iso(doc.created_at),
      });
    },
  );

  app.get(
    '/api/cases/:caseId/documents/:documentId',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: download a document (a personal-data read: audited)',
        security,
        params: DocumentParams,
        response: { ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db, config } = request.server;
      const doc = await db
        .selectFrom('case_document')
        .selectAll()
        .where('id', '=', request.params.documentId)
        .where('case_id', '=', row.id)
        .executeTakeFirst();
      if (!doc) throw fail('JIBSA_NOT_FOUND', { ko: '그런 서류가 없습니다.', en: 'No such document.' });
      const bytes = await readDocument(config.dataDir, doc.storage_key);
      await auditWrite(request, staff, 'case.document.read', row.id);
      return reply
        .header('content-type', doc.media_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );
}
