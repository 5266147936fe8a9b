import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { type CursorKey, decodeCursor, encodeCursor } from './cursor.ts';

/** The page a list request asks for: its size (50 unless given) and where it starts (after the cursor, if any). */
export function pageRequest(q: { limit?: number | undefined; cursor?: string | undefined }) {
  return { limit: q.limit ?? 50, after: decodeCursor(q.cursor) };
}

/**
 * The rows after a cursor in a list ordered newest first by (created_at, id): older, or as old with
 * a smaller id. Columns may be named with their table where the query joins another.
 */
export function olderThan(after: CursorKey, at = 'created_at', id = 'id'): RawBuilder<boolean> {
  const atRef = sql.ref(at);
  return sql<boolean>`(${atRef} < ${after.at}::timestamptz or (${atRef} = ${after.at}::timestamptz and ${sql.ref(id)} < ${after.id}))`;
}

/**
 * A list query ordered newest first by (created_at, id), asking for one row more than the page so
 * `pageOf` knows whether another page follows. Pair it with `olderThan` for the pages after the first;
 * like it, columns may be named with their table.
 */
export function newestFirst<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  limit: number,
  at = 'created_at',
  id = 'id',
) {
  return query
    .orderBy(sql.ref(at), 'desc')
    .orderBy(sql.ref(id), 'desc')
    .limit(limit + 1);
}

/**
 * One page from a query that asked for limit + 1 rows: the first `limit` rows, and the cursor of the
 * next page (null when the extra row did not come, so this is the last page).
 */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, key: (row: T) => string) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ at: key(last), id: last.id }) : null;
  return { page, nextCursor };
}
