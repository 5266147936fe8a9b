import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { Type } from 'typebox';
import { fail } from '../http/error-codes.ts';
import { noticeFactsHtml, noticePreview, type PageLang } from '../notices/printable.ts';
import { noticeRows, toNotice } from '../notices/store.ts';
import { summaryOf } from './markdown.ts';
import { findPost } from './queries.ts';
import { CATEGORY_LABELS, CategorySchema, PostRef } from './schemas.ts';
import { countView } from './views.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** The page's own words; what the post says stays as it was written (Korean, marked so on the English page). */
const PAGE_WORDS = {
  ko: {
    board: '게시판',
    pageTitle: '집사 게시판',
    siteName: '집사 주거복지센터',
    back: '← 게시판 목록',
    missingTitle: '글을 찾을 수 없습니다',
    missing: '지워졌거나 주소가 잘못되었을 수 있습니다. 게시판 목록에서 찾아 주세요.',
    author: '글쓴이',
    views: '조회',
    files: '첨부 파일',
  },
  en: {
    board: 'Board',
    pageTitle: 'Jibsa board',
    siteName: 'Jibsa housing welfare center',
    back: '← Back to the board',
    missingTitle: 'Post not found',
    missing: 'It may have been removed, or the address is wrong. Please look for it in the board.',
    author: 'Written by',
    views: 'Views',
    files: 'Attached files',
  },
} as const;

const CSS = `body{font-family:system-ui,'Noto Sans KR',sans-serif;max-width:48rem;margin:0 auto;padding:1rem;line-height:1.7;color:#1a1a1a;font-size:1.125rem}
header a,footer a{color:#0b5394}h1{font-size:1.6rem;line-height:1.3}.meta{color:#444;border-bottom:1px solid #ccc;padding-bottom:.5rem}
table{border-collapse:collapse}dt{font-weight:700}dd{margin:0 0 .5rem}td,th{border:1px solid #999;padding:.25rem .5rem}a{color:#0b5394}
@media print{header nav,footer{display:none}a::after{content:" (" attr(href) ")"}}`;

/** Whether the asker takes a page (a browser) rather than data (an API client's problem+json). */
const wantsHtml = (request: FastifyRequest) => /\btext\/html\b/.test(request.headers.accept ?? '');

function missingPage(lang: PageLang): string {
  const w = PAGE_WORDS[lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.missingTitle} · ${w.pageTitle}</title><link rel="stylesheet" href="/board/board.css"></head><body>
<header><nav aria-label="${w.board}"><a href="/#/board">${w.back}</a></nav></header>
<main><h1>${w.missingTitle}</h1><p>${w.missing}</p></main>
<footer><p><a href="/">${w.siteName}</a></p></footer>
</body></html>`;
}

/**
 * Each post has a stable address, /board/<번호>, served as a small page of its own: it carries
 * Open Graph tags for link previews, reads without JavaScript and prints well. Feeds per category.
 */
export async function boardPages(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/board/board.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CSS),
  );

  app.get(
    '/board/:number',
    {
      schema: {
        tags: ['board'],
        summary: 'A post as a page of its own (stable URL, Open Graph tags, printable)',
        params: PostRef,
        querystring: Type.Object({
          lang: Type.Optional(
            Type.Union([Type.Literal('ko'), Type.Literal('en')], {
              description: "The page's words in English (en); the app links here in the reader's language",
            }),
          ),
        }),
      },
    },
    async (request, reply) => {
      const lang: PageLang = request.query.lang ?? 'ko';
      const w = PAGE_WORDS[lang];
      // The post's own words on the English page: Korean, marked so (WCAG 3.1.2), whatever a screen reader's default.
      const ko = (s: string) =>
        lang === 'en' && /[가-힣]/.test(s) ? `<span lang="ko">${escapeHtml(s)}</span>` : escapeHtml(s);
      const post = await findPost(request.server.db, request.params.number);
      if (!post) {
        // A person following a shared link gets a page in words; a program asking for data, the problem.
        if (!wantsHtml(request)) throw fail('JIBSA_NOT_FOUND', { ko: '그 글이 없습니다.', en: 'No such post.' });
        return reply.code(404).type('text/html; charset=utf-8').send(missingPage(lang));
      }
      await countView(request, post.id);
      const attachments = await request.server.db
        .selectFrom('board_attachment')
        .select(['id', 'filename', 'size'])
        .where('post_id', '=', post.id)
        .execute();
      const noticeRow = await noticeRows(request.server.db).where('n.post_id', '=', post.id).executeTakeFirst();
      const notice = noticeRow ? toNotice(noticeRow) : null;
      const url = `${origin(request)}/board/${post.number}`;
      const title = escapeHtml(post.title);
      const summary = summaryOf(post.body_html);
      const description = escapeHtml(notice ? `${noticePreview(notice)} · ${summary}` : summary);
      const date = new Date(post.created_at).toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
        timeZone: 'Asia/Seoul',
        ...(lang === 'en' ? { dateStyle: 'long' } : {}),
      });
      const files = attachments.length
        ? `<h2>${w.files}</h2><ul>${attachments
            .map(
              (a) =>
                `<li><a href="/api/board/attachments/${a.id}">${ko(a.filename)}</a> (${Math.ceil(a.size / 1024)}KB)</li>`,
            )
            .join('')}</ul>`
        : '';
      const category = CATEGORY_LABELS[post.category][lang];
      const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${w.pageTitle}</title>
<meta name="description" content="${description}">
<meta property="og:type" content="article"><meta property="og:site_name" content="집사 주거복지센터">
<meta property="og:title" content="${title}"><meta property="og:description" content="${description}">
<meta property="og:url" content="${escapeHtml(url)}"><meta property="og:locale" content="ko_KR">
<link rel="canonical" href="${escapeHtml(url)}"><link rel="stylesheet" href="/board/board.css">
<link rel="alternate" type="application/atom+xml" title="${category}" href="/api/board/feeds/${post.category}/atom.xml">
</head><body>
<header><nav aria-label="${w.board}"><a href="/#/board">${w.back}</a></nav></header>
<main><article><h1>${ko(post.title)}</h1>
<p class="meta">${category} · ${w.author} ${ko(post.author_name)} · <time datetime="${new Date(post.created_at).toISOString()}">${date}</time> · ${w.views} ${post.views}</p>
${notice ? noticeFactsHtml(notice, escapeHtml, lang, ko) : ''}
${lang === 'en' ? `<div lang="ko">${post.body_html}</div>` : post.body_html}
${files}</article></main>
<footer><p><a href="/">${w.siteName}</a></p></footer>
</body></html>`;
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  for (const format of ['atom', 'rss'] as const) {
    app.get(
      `/api/board/feeds/:category/${format}.xml`,
      {
        schema: {
          tags: ['board'],
          summary: `${format === 'atom' ? 'Atom' : 'RSS'} feed of a category (newest 30 posts)`,
          params: Type.Object({ category: CategorySchema }),
        },
      },
      async (request, reply) => {
        const { category } = request.params;
        const posts = await request.server.db
          .selectFrom('board_post')
          .select(['number', 'title', 'body_html', 'author_name', 'created_at', 'updated_at'])
          .where('category', '=', category)
          .orderBy('number', 'desc')
          .limit(30)
          .execute();
        const base = origin(request);
        const feed = new Feed({
          title: `집사 주거복지센터 · ${CATEGORY_LABELS[category].ko}`,
          id: `${base}/api/board/feeds/${category}`,
          link: `${base}/#/board?category=${category}`,
          language: 'ko',
          copyright: '집사 주거복지센터',
          updated: posts[0] ? new Date(posts[0].updated_at) : new Date(0),
          feedLinks: {
            atom: `${base}/api/board/feeds/${category}/atom.xml`,
            rss: `${base}/api/board/feeds/${category}/rss.xml`,
          },
        });
        for (const p of posts) {
          feed.addItem({
            title: p.title,
            id: `${base}/board/${p.number}`,
            link: `${base}/board/${p.number}`,
            description: summaryOf(p.body_html, 300),
            content: p.body_html,
            author: [{ name: p.author_name }],
            date: new Date(p.updated_at),
            published: new Date(p.created_at),
          });
        }
        return reply
          .type(format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8')
          .send(format === 'atom' ? feed.atom1() : feed.rss2());
      },
    );
  }
}
