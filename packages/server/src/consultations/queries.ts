import { type Kysely, type Selectable, sql } from 'kysely';
import type { RecordScope } from '../access/scope.ts';
import type { ConsultationRequestTable, Database, District } from '../db/schema.ts';
import { type CursorKey, encodeCursor } from '../http/cursor.ts';

export type ConsultationRow = Selectable<ConsultationRequestTable> & { created_key: string };

export interface ListFilter {
  district?: District;
  status?: 'new' | 'assigned' | 'closed';
  limit: number;
  after?: CursorKey;
}

/** One page of requests in scope, newest first, and the cursor of the next page. */
export async function listConsultations(db: Kysely<Database>, scope: RecordScope, filter: ListFilter) {
  let query = db
    .selectFrom('consultation_request')
    .selectAll()
    .select(sql<string>`created_at::text`.as('created_key'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1);
  if (!scope.all) query = query.where('district', '=', scope.district);
  else if (filter.district) query = query.where('district', '=', filter.district);
  if (filter.status) query = query.where('status', '=', filter.status);
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', sql<Date>`${after.at}::timestamptz`),
        eb.and([eb('created_at', '=', sql<Date>`${after.at}::timestamptz`), eb('id', '<', after.id)]),
      ]),
    );
  }
  const rows: ConsultationRow[] = await query.execute();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > filter.limit && last ? encodeCursor({ at: last.created_key, id: last.id }) : null;
  return { page, nextCursor };
}
