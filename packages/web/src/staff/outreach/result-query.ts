/** Households a page: enough to choose from, few enough for a screen reader's table navigation. */
export const PAGE_SIZE = 50;

/**
 * The results screen's filters: a program, a 구 (blank for all), and one of 사각지대 only, households
 * newly likely eligible against the list's earlier screening only, or households still to check.
 */
export interface ResultFilters {
  program: string;
  district: string;
  unreached: boolean;
  newly: boolean;
  /** Households likely eligible for nothing yet but undecided somewhere: what the list lacks may decide. */
  check: boolean;
}

/** The filters as the server reads them, for the table and for the downloads alike. */
function filterParams(f: ResultFilters): URLSearchParams {
  const q = new URLSearchParams({
    only: f.newly ? 'newly' : f.unreached ? 'unreached' : f.check ? 'check' : 'eligible',
  });
  if (f.program) q.set('program', f.program);
  if (f.district) q.set('district', f.district);
  return q;
}

/** The results query for a page: the filters and the row number the page starts after (keyset). */
export function resultsQuery(f: ResultFilters, after: number): string {
  const q = filterParams(f);
  q.set('limit', String(PAGE_SIZE));
  if (after > 0) q.set('after', String(after));
  return q.toString();
}

/**
 * The download links' query: the same filters as the table, so the file holds the households
 * on the screen (it had passed only 사각지대, and the file came with every 구 and program).
 */
export function exportQuery(f: ResultFilters): string {
  return filterParams(f).toString();
}
