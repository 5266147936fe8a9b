import type { OutreachJob, OutreachListSummary } from './outreach-types.ts';

/**
 * The lists table with the open job's progress in its row. The table is asked for when a job
 * starts or ends; the open job is asked for every second while it runs, so its row would
 * otherwise show the rows and per cent of when it started beside a progress bar far ahead.
 */
export function withOpenJob(
  lists: readonly OutreachListSummary[] | null,
  job: OutreachJob | null,
): readonly OutreachListSummary[] | null {
  if (lists === null || job === null) return lists;
  return lists.map((x) =>
    x.latestJob?.id === job.id
      ? {
          ...x,
          latestJob: {
            ...x.latestJob,
            state: job.state,
            rowsDone: job.rowsDone,
            rowsOk: job.rowsOk,
            rowsBad: job.rowsBad,
            fraction: job.fraction,
          },
        }
      : x,
  );
}
