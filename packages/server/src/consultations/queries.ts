import { type Kysely, type Selectable, sql } from 'kysely';
import type { RecordScope } from '../access/scope.ts';
import type { ConsultationRequestTable, Database, District } from '../db/schema.ts';
import type { CursorKey } from '../http/cursor.ts';
import { olderThan, pageOf } from '../http/paging.ts';

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
  if (filter.after) query = query.where(olderThan(filter.after));
  const rows: ConsultationRow[] = await query.execute();
  return pageOf(rows, filter.limit, (r) => r.created_key);
}
