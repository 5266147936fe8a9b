import { noticeState } from '@jibsa/programs';
import { type Kysely, sql } from 'kysely';
import type { BoardCategory, Database } from '../db/schema.ts';
import { squash } from './markdown.ts';

export interface ListFilter {
  category?: BoardCategory;
  q?: string;
  page: number;
  limit: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function rows(db: Kysely<Database>) {
  return db
    .selectFrom('board_post as p')
    .leftJoin('housing_notice as n', 'n.post_id', 'p.id')
    .select([
      sql<string | null>`n.application_start::text`.as('notice_start'),
      sql<string | null>`n.application_end::text`.as('notice_end'),
      'p.id',
      'p.number',
      'p.category',
      'p.title',
      'p.author_name',
      'p.author_id',
      'p.created_at',
      'p.views',
      'p.pinned',
      (eb) =>
        eb
          .selectFrom('board_attachment as a')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('a.post_id', '=', 'p.id')
          .as('attachments'),
    ]);
}

/** Newest first; pinned posts of the category above the first page; search forgives spacing. */
export async function listPosts(db: Kysely<Database>, f: ListFilter) {
  let base = db.selectFrom('board_post as p');
  if (f.category) base = base.where('p.category', '=', f.category);
  const q = f.q ? squash(f.q) : '';
  if (q) base = base.where('p.search_text', 'like', `%${escapeLike(q)}%`);
  const { total } = await base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();

  let list = rows(db);
  if (f.category) list = list.where('p.category', '=', f.category);
  if (q) list = list.where('p.search_text', 'like', `%${escapeLike(q)}%`);
  const items = await list
    .orderBy('p.number', 'desc')
    .limit(f.limit)
    .offset((f.page - 1) * f.limit)
    .execute();

  let pinned: typeof items = [];
  if (f.page === 1 && !q) {
    let p = rows(db).where('p.pinned', '=', true);
    if (f.category) p = p.where('p.category', '=', f.category);
    pinned = await p.orderBy('p.number', 'desc').limit(5).execute();
  }
  return { items, pinned, total, pages: Math.max(1, Math.ceil(total / f.limit)) };
}

export function toRow(r: {
  id: string;
  number: number;
  category: BoardCategory;
  title: string;
  author_name: string;
  created_at: Date | string;
  views: number;
  attachments?: number | null;
  pinned: boolean;
}) {
  return {
    id: r.id,
    number: r.number,
    category: r.category,
    title: r.title,
    authorName: r.author_name,
    createdAt: new Date(r.created_at).toISOString(),
    views: r.views,
    attachments: Number(r.attachments ?? 0),
    pinned: r.pinned,
  };
}

/**
 * Whether a 모집공고 listed is still open (접수 중, 마감 …) as of `today`: the list said only the
 * date it was posted, and a pinned notice of last year sat above this year's looking as open as they.
 */
export function listedNotice(r: { notice_start: string | null; notice_end: string | null }, today: string) {
  if (r.notice_end === null) return null;
  return { applicationStart: r.notice_start, ...noticeState({ start: r.notice_start, end: r.notice_end }, today) };
}

export function findPost(db: Kysely<Database>, number: number) {
  return db.selectFrom('board_post').selectAll().where('number', '=', number).executeTakeFirst();
}
