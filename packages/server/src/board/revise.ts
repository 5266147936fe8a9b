import { type Selectable, sql, type Transaction } from 'kysely';
import type { BoardPostTable, Database } from '../db/schema.ts';
import { renderMarkdown } from './markdown.ts';

export interface PostChange {
  title: string;
  /** The new text (Markdown); its HTML is rendered here. */
  body: string;
  searchText: string;
  category?: Selectable<BoardPostTable>['category'];
  pinned?: boolean;
}

/**
 * Every edit of a post, by staff or by a notice import: the text as it stood is kept as a revision
 * (the post's history), then the new text replaces it and the version goes up by one.
 */
export async function revisePost(
  trx: Transaction<Database>,
  post: Pick<Selectable<BoardPostTable>, 'id' | 'version' | 'title' | 'body_md'>,
  editedBy: string,
  change: PostChange,
) {
  await trx
    .insertInto('board_revision')
    .values({
      post_id: post.id,
      version: post.version,
      title: post.title,
      body_md: post.body_md,
      edited_by: editedBy,
    })
    .execute();
  return trx
    .updateTable('board_post')
    .set({
      ...(change.category !== undefined ? { category: change.category } : {}),
      title: change.title,
      body_md: change.body,
      body_html: renderMarkdown(change.body),
      search_text: change.searchText,
      ...(change.pinned !== undefined ? { pinned: change.pinned } : {}),
      version: sql`version + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', post.id)
    .returning(['id', 'number', 'version'])
    .executeTakeFirstOrThrow();
}
