import { describe, expect, it } from 'vitest';
import { jobProgress } from '../../src/outreach/jobs/progress.ts';
import type { OutreachJob } from '../../src/outreach/jobs/queue.ts';

const at = (iso: string) => new Date(iso);
const job = (over: Partial<OutreachJob>): OutreachJob =>
  ({
    state: 'running',
    rows_done: 0,
    rows_ok: 0,
    rows_bad: 0,
    fraction: 0,
    started_at: null,
    finished_at: null,
    updated_at: at('2026-12-05T00:00:00Z'),
    ...over,
  }) as OutreachJob;

describe('a job’s progress as the progress bar reads it', () => {
  it('rows per second since the start, and time left by the share of the file still to read', () => {
    const now = at('2026-12-05T00:00:10Z');
    const p = jobProgress(
      job({ started_at: at('2026-12-05T00:00:00Z'), rows_done: 500, rows_ok: 450, rows_bad: 50, fraction: 0.25 }),
      now,
    );
    expect(p).toEqual({ rowsDone: 500, rowsOk: 450, rowsBad: 50, fraction: 0.25, rowsPerSecond: 50, secondsLeft: 30 });
  });
  it('no rate or time left before the first rows, and no time left once the job has ended', () => {
    expect(jobProgress(job({ state: 'queued' }))).toMatchObject({ rowsPerSecond: null, secondsLeft: null });
    const done = jobProgress(
      job({
        state: 'done',
        rows_done: 1000,
        fraction: 1,
        started_at: at('2026-12-05T00:00:00Z'),
        finished_at: at('2026-12-05T00:00:04Z'),
      }),
      at('2026-12-05T01:00:00Z'),
    );
    // The rate is over the job's own time, not up to whenever the page is looked at.
    expect(done).toMatchObject({ rowsPerSecond: 250, secondsLeft: null, fraction: 1 });
  });
});
