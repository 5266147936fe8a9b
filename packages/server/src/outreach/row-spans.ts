/**
 * A job's rows that pass a filter, in row order, read a span of row numbers at a time.
 *
 * Asked for in one query ("after row N, the first 100 that pass, by row number"), the planner may
 * fetch every row of the job and sort them: on PGlite, whose statistics nobody refreshes (it has
 * no autovacuum), a 200,000-row job's first page for one program took 1.7 s and a CSV download of
 * one 구 ten seconds, a full scan per page. Bounded by a span of row numbers, each query is a
 * range of the primary key whatever the statistics say, so a page costs the rows it passes over.
 * A span that leaves the page short is followed by one twice as long (up to MAX_SPAN), so a filter
 * few rows pass does not take many small queries.
 */
const FIRST_SPAN = 1_000;
const MAX_SPAN = 64_000;

/**
 * `read(after, upTo, limit)` gives the rows with after < row_number ≤ upTo that pass, in row order,
 * at most `limit`. Yields them a query's worth at a time, from `after` up to `lastRow`.
 */
export async function* rowsBySpan<T extends { row_number: number }>(
  read: (after: number, upTo: number, limit: number) => Promise<T[]>,
  after: number,
  lastRow: number,
  pageRows: number,
): AsyncGenerator<T[]> {
  let from = after;
  let span = FIRST_SPAN;
  while (from < lastRow) {
    const upTo = Math.min(lastRow, from + span);
    const rows = await read(from, upTo, pageRows);
    if (rows.length > 0) yield rows;
    if (rows.length === pageRows) {
      // A full page: the rest of this span comes next.
      from = (rows[rows.length - 1] as T).row_number;
      continue;
    }
    from = upTo;
    span = Math.min(span * 2, MAX_SPAN);
  }
}

/** The first `count` rows after `after` that pass (rowsBySpan), or fewer at the job's end. */
export async function firstRows<T extends { row_number: number }>(
  read: (after: number, upTo: number, limit: number) => Promise<T[]>,
  after: number,
  lastRow: number,
  count: number,
): Promise<T[]> {
  const out: T[] = [];
  for await (const rows of rowsBySpan((a, u) => read(a, u, count - out.length), after, lastRow, count)) {
    out.push(...rows);
    if (out.length >= count) break;
  }
  return out;
}
