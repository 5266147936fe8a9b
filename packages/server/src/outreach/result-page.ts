import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type ResultFilter, resultConditions } from './result-filter.ts';
import { firstRows } from './row-spans.ts';

/**
 * The rows of a job that pass `filter` after row `after`, in row order, at most `count`: the results
 * screen's page (asked one more than it shows, to know whether another page follows). Read a span of
 * row numbers at a time (row-spans.ts), so each query is bounded whatever the planner knows.
 */
export function resultPage(
  db: Kysely<Database>,
  job: { id: string; last_row: number },
  filter: ResultFilter,
  after: number,
  count: number,
) {
  const conditions = resultConditions(filter, 'outreach_result');
  return firstRows(
    (from, upTo, n) => {
      let q = db
        .selectFrom('outreach_result')
        .selectAll()
        .where('job_id', '=', job.id)
        .where('row_number', '>', from)
        .where('row_number', '<=', upTo)
        .orderBy('row_number')
        .limit(n);
      for (const condition of conditions) q = q.where(condition);
      return q.execute();
    },
    after,
    job.last_row,
    count,
  );
}
