import { type Kysely, type Selectable, sql } from 'kysely';
import { listDistrict, type RecordScope } from '../access/scope.ts';
import type { ConsultationRequestTable, Database, District } from '../db/schema.ts';
import type { CursorKey } from '../http/cursor.ts';
import { newestFirst, olderThan, pageOf } from '../http/paging.ts';

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
    .$call((q) => newestFirst(q, filter.limit));
  const district = listDistrict(scope, filter.district);
  if (district) query = query.where('district', '=', district);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.after) query = query.where(olderThan(filter.after));
  const rows: ConsultationRow[] = await query.execute();
  return pageOf(rows, filter.limit, (r) => r.created_key);
}
