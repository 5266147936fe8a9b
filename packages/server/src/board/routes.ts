import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { todayIso } from '@jibsa/programs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { recordAudit } from '../audit/audit-log.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff, sessionOf } from '../auth/staff-guard.ts';
import { fail } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { noticeRows, toNotice } from '../notices/store.ts';
import { attachmentRoutes } from './attachments.ts';
import { MAX_ATTACHMENT_BYTES } from './files.ts';
import { historyRoutes } from './history.ts';
import { renderMarkdown, searchText } from './markdown.ts';
import { boardPages } from './pages.ts';
import { mayEditPost, requireMayEdit, requireMayPin } from './permissions.ts';
import { findPost, listedNotice, listPosts, toRow } from './queries.ts';
import { revisePost } from './revise.ts';
import { PostBody, PostDetail, PostList, PostListQuery, PostRef, PostUpdate } from './schemas.ts';
import { countView, forgetOldViews } from './views.ts';

/** Who may write on the board: the center's and the city's staff, not partner agencies. */
export async function requireWriter(request: FastifyRequest): Promise<StaffIdentity> {
  const { staff } = await requireStaff(request);
  if (staff.role === 'partner') {
    throw fail('JIBSA_FORBIDDEN', {
      ko: '게시판에는 센터와 시 직원만 글을 쓸 수 있습니다.',
      en: 'Only center and city staff write on the board.',
    });
  }
  return staff;
}

const notFound = (n: number) =>
  fail('JIBSA_NOT_FOUND', { ko: `${n}번 글이 없습니다.`, en: `There is no post number ${n}.` });

export async function boardRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 2, parts: 3 } });

  app.get(
    '/api/board/posts',
    {
      schema: {
        tags: ['board'],
        summary: '게시판 목록: 번호·제목·글쓴이·날짜·조회 수, newest first, pinned notices on top',
        querystring: PostListQuery,
        response: { 200: PostList, ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = request.query.page ?? 1;
      const list = await listPosts(request.server.db, { ...request.query, page, limit: request.query.limit ?? 15 });
      // Staff see which posts they may change, so the board offers 고치기 only on those.
      const viewer = (await sessionOf(request))?.staff;
      const today = todayIso();
      const row = (r: (typeof list.items)[number]) => {
        const base = { ...toRow(r), notice: listedNotice(r, today) };
        return viewer ? { ...base, mayEdit: mayEditPost(viewer, r.author_id) } : base;
      };
      return {
        items: list.items.map(row),
        pinned: list.pinned.map(row),
        total: list.total,
        page,
        pages: list.pages,
      };
    },
  );

  app.get(
    '/api/board/posts/:number',
    {
      schema: {
        tags: ['board'],
        summary: 'One post (counts one view per visitor per day)',
        params: PostRef,
        response: { 200: PostDetail, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const db = request.server.db;
      const post = await findPost(db, request.params.number);
      if (!post) throw notFound(request.params.number);
      await forgetOldViews(request);
      const counted = await countView(request, post.id);
      const attachments = await db
        .selectFrom('board_attachment')
        .selectAll()
        .where('post_id', '=', post.id)
        .orderBy('created_at')
        .execute();
      const notice = await noticeRows(db).where('n.post_id', '=', post.id).executeTakeFirst();
      return {
        ...toRow({ ...post, attachments: attachments.length }),
        views: post.views + (counted ? 1 : 0),
        bodyHtml: post.body_html,
        bodyMarkdown: post.body_md,
        updatedAt: new Date(post.updated_at).toISOString(),
        version: post.version,
        edits: post.version - 1,
        attachmentList: attachments.map((a) => ({
          id: a.id,
          filename: a.filename,
          mediaType: a.media_type,
          size: a.size,
          downloads: a.downloads,
          url: `/api/board/attachments/${a.id}`,
        })),
        permalink: `/board/${post.number}`,
        notice: notice ? toNotice(notice) : null,
      };
    },
  );

  app.post(
    '/api/board/posts',
    {
      schema: {
        tags: ['board'],
        summary: 'Staff: write a post in Markdown (rendered to sanitised HTML)',
        security: [{ session: [] }],
        body: PostBody,
        response: {
          201: Type.Object({ number: Type.Integer(), permalink: Type.String() }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const staff = await requireWriter(request);
      const { category, title, body, pinned } = request.body;
      requireMayPin(staff, pinned);
      const row = await request.server.db
        .insertInto('board_post')
        .values({
          category,
          title: title.trim(),
          body_md: body,
          body_html: renderMarkdown(body),
          search_text: searchText(title, body),
          author_id: staff.id,
          author_name: staff.displayName,
          pinned: pinned ?? false,
        })
        .returning(['id', 'number'])
        .executeTakeFirstOrThrow();
      await recordAudit(request.server.db, request, {
        actorId: staff.id,
        action: 'board.create',
        subjectType: 'board_post',
        subjectIds: [row.id],
      });
      return reply.status(201).send({ number: row.number, permalink: `/board/${row.number}` });
    },
  );

  app.put(
    '/api/board/posts/:number',
    {
      schema: {
        tags: ['board'],
        summary: 'Staff: edit a post; the earlier text is kept in its history; a stale version gets 409',
        security: [{ session: [] }],
        params: PostRef,
        body: PostUpdate,
        response: {
          200: Type.Object({ number: Type.Integer(), version: Type.Integer() }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const staff = await requireWriter(request);
      const db = request.server.db;
      const { category, title, body, pinned, version } = request.body;
      const result = await db.transaction().execute(async (trx) => {
        const post = await trx
          .selectFrom('board_post')
          .selectAll()
          .where('number', '=', request.params.number)
          .forUpdate()
          .executeTakeFirst();
        if (!post) throw notFound(request.params.number);
        requireMayEdit(staff, post.author_id);
        requireMayPin(staff, pinned, post.pinned);
        if (post.version !== version) {
          throw fail('JIBSA_CONFLICT', {
            ko: `다른 사람이 먼저 고쳤습니다 (지금 ${post.version}판). 새로 불러 고친 내용을 확인해 주세요.`,
            en: `Someone edited this post first (now version ${post.version}). Reload to see their change.`,
          });
        }
        return revisePost(trx, post, staff.displayName, {
          category,
          title: title.trim(),
          body,
          searchText: searchText(title, body),
          pinned: pinned ?? post.pinned,
        });
      });
      await recordAudit(db, request, {
        actorId: staff.id,
        action: 'board.edit',
        subjectType: 'board_post',
        subjectIds: [result.id],
      });
      return { number: result.number, version: result.version };
    },
  );

  await attachmentRoutes(app, { requireWriter, notFound });
  await historyRoutes(app, { requireWriter, notFound });
  await boardPages(app);
}
