import { Type } from 'typebox';
import { ListOf } from '../http/shared-schemas.ts';
import { Notice, NoticeState } from '../notices/schemas.ts';

export const CATEGORIES = ['news', 'notice', 'recruitment', 'library'] as const;
export const CATEGORY_LABELS: Record<(typeof CATEGORIES)[number], { ko: string; en: string }> = {
  news: { ko: '소식', en: 'News' },
  notice: { ko: '공지', en: 'Notices' },
  recruitment: { ko: '모집공고', en: 'Recruitment notices' },
  library: { ko: '자료실', en: 'Library' },
};

export const CategorySchema = Type.Unsafe<(typeof CATEGORIES)[number]>({
  type: 'string',
  enum: [...CATEGORIES],
  description: 'news 소식, notice 공지, recruitment 모집공고, library 자료실',
});

export const PostListQuery = Type.Object(
  {
    category: Type.Optional(CategorySchema),
    q: Type.Optional(Type.String({ maxLength: 100, description: '제목·본문 검색 (띄어쓰기 무관)' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 15 })),
  },
  { additionalProperties: false },
);

const PostRow = Type.Object({
  id: Type.String(),
  number: Type.Integer({ description: '번호' }),
  category: CategorySchema,
  title: Type.String(),
  authorName: Type.String({ description: '글쓴이' }),
  createdAt: Type.String({ format: 'date-time', description: '날짜' }),
  views: Type.Integer({ description: '조회 수' }),
  attachments: Type.Integer(),
  pinned: Type.Boolean(),
  notice: Type.Optional(
    Type.Union(
      [
        Type.Object({
          applicationStart: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
          state: NoticeState,
          daysLeft: Type.Integer({ description: 'Days until the last day (0: the last day; negative: closed)' }),
        }),
        Type.Null(),
      ],
      { description: '모집공고의 접수 상태 (오늘 기준); 모집공고가 아닌 글은 null' },
    ),
  ),
  mayEdit: Type.Optional(
    Type.Boolean({ description: '로그인한 직원이 이 글을 고칠 수 있는지 (글쓴이·관리자); 로그인하지 않으면 없음' }),
  ),
});

export const PostList = Type.Object({
  items: ListOf(PostRow),
  pinned: ListOf(PostRow, { description: '맨 위에 고정한 공지 (첫 쪽에만)' }),
  total: Type.Integer(),
  page: Type.Integer(),
  pages: Type.Integer(),
});

const Attachment = Type.Object({
  id: Type.String(),
  filename: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  downloads: Type.Integer(),
  url: Type.String(),
});

export const PostDetail = Type.Object({
  ...PostRow.properties,
  bodyHtml: Type.String({ description: 'Sanitised HTML rendered from the Markdown' }),
  bodyMarkdown: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
  edits: Type.Integer({ description: 'How many times the post was edited (staff read the history at /history)' }),
  attachmentList: ListOf(Attachment),
  permalink: Type.String(),
  notice: Type.Union([Notice, Type.Null()], { description: '모집공고 fields, when the post is a structured notice' }),
});

export const PostBody = Type.Object(
  {
    category: CategorySchema,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ maxLength: 50_000, description: 'Markdown' }),
    pinned: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const PostUpdate = Type.Object(
  {
    ...PostBody.properties,
    version: Type.Integer({ minimum: 1, description: 'The version this edit was based on; a stale one gets 409' }),
  },
  { additionalProperties: false },
);

export const PostRef = Type.Object({ number: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const RevisionRef = Type.Object({
  ...PostRef.properties,
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: '판 (the earlier version)' }),
});

export const RedactBody = Type.Object(
  {
    reason: Type.String({
      maxLength: 1000,
      description: '지우는 까닭 (1–200자, 앞뒤 빈칸 빼고): 고친 기록에 남고, 감사 기록에는 판과 글자 수만 남음',
    }),
  },
  { additionalProperties: false, examples: [{ reason: '개인 전화번호가 들어 있었음' }] },
);

export const Revision = Type.Object({
  version: Type.Integer(),
  title: Type.Union([Type.String(), Type.Null()], { description: 'null once an administrator removed it' }),
  bodyMarkdown: Type.Union([Type.String(), Type.Null()], { description: 'null once an administrator removed it' }),
  editedBy: Type.String({ description: 'The staff member whose edit replaced this version' }),
  editedAt: Type.String({ format: 'date-time' }),
  removed: Type.Union(
    [
      Type.Object({
        at: Type.String({ format: 'date-time' }),
        by: Type.String({ description: 'The administrator who removed the text' }),
        reason: Type.String(),
      }),
      Type.Null(),
    ],
    { description: '이전 판 내용 지우기: who removed the text, when and why; null while the text is kept' },
  ),
});

export const History = Type.Object({ items: ListOf(Revision) });
