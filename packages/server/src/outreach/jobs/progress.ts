import type { OutreachJob } from './queue.ts';

export interface JobProgress {
  rowsDone: number;
  rowsOk: number;
  rowsBad: number;
  /** 0–1, by how far into the file the last committed row lies. */
  fraction: number;
  rowsPerSecond: number | null;
  /** Whole seconds; null until a rate is known or once the job has ended. */
  secondsLeft: number | null;
}

/**
 * Progress a person can read: rows so far, rows per second since the job started and time left
 * by the share of the file still to read. A list's row count is not known until its end, so time
 * left comes from the file position, not from a row total.
 */
export function jobProgress(job: OutreachJob, now = new Date()): JobProgress {
  const until = job.finished_at ?? (job.state === 'running' ? now : job.updated_at);
  const seconds = job.started_at ? (new Date(until).getTime() - new Date(job.started_at).getTime()) / 1000 : 0;
  const rate = seconds > 0 && job.rows_done > 0 ? job.rows_done / seconds : null;
  const fraction = Math.max(0, Math.min(1, job.fraction));
  const active = job.state === 'running' || job.state === 'queued';
  const secondsLeft =
    active && rate !== null && fraction > 0 ? Math.max(0, Math.round((seconds * (1 - fraction)) / fraction)) : null;
  return {
    rowsDone: job.rows_done,
    rowsOk: job.rows_ok,
    rowsBad: job.rows_bad,
    fraction,
    rowsPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    secondsLeft,
  };
}
