import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRows, rowsBySpan } from '../../src/outreach/row-spans.ts';

/** A job's rows as a table would give them: row numbers from 2, some passing the filter. */
function table(passing: readonly boolean[]) {
  const rows = passing.map((pass, i) => ({ row_number: i + 2, pass }));
  const queries: { after: number; upTo: number; limit: number }[] = [];
  const read = async (after: number, upTo: number, limit: number) => {
    queries.push({ after, upTo, limit });
    return rows.filter((r) => r.pass && r.row_number > after && r.row_number <= upTo).slice(0, limit);
  };
  return { rows, read, queries, lastRow: passing.length + 1 };
}

describe('reading a job’s rows a span of row numbers at a time', () => {
  it('gives every passing row once, in order, whatever the page size and where the rows are', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { maxLength: 5000, size: 'max' }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 5001 }),
        async (passing, page, after) => {
          const t = table(passing);
          const got: number[] = [];
          for await (const rows of rowsBySpan(t.read, after, t.lastRow, page))
            got.push(...rows.map((r) => r.row_number));
          expect(got).toEqual(t.rows.filter((r) => r.pass && r.row_number > after).map((r) => r.row_number));
          // Every query is bounded: no span is longer than 64,000 rows, and none asks past the job's last row.
          for (const q of t.queries) expect(q.upTo - q.after).toBeLessThanOrEqual(64_000);
          for (const q of t.queries) expect(q.upTo).toBeLessThanOrEqual(t.lastRow);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('a page is the first rows after the last one shown, and a rare filter takes few queries', async () => {
    const t = table(Array.from({ length: 200_000 }, (_, i) => i % 10_000 === 7));
    const first = await firstRows(t.read, 0, t.lastRow, 3);
    expect(first.map((r) => r.row_number)).toEqual([9, 10_009, 20_009]);
    const next = await firstRows(t.read, 20_009, t.lastRow, 3);
    expect(next.map((r) => r.row_number)).toEqual([30_009, 40_009, 50_009]);
    // Spans double from 1,000 to 64,000 rows: the whole job in a handful of queries, not 200.
    t.queries.length = 0;
    expect(await firstRows(t.read, 190_009, t.lastRow, 3)).toEqual([]);
    expect(t.queries.length).toBeLessThanOrEqual(5);
  });
});
