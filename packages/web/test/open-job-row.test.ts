import { describe, expect, it } from 'vitest';
import { withOpenJob } from '../src/staff/outreach/open-job-row.ts';
import type { OutreachJob, OutreachListSummary } from '../src/staff/outreach/outreach-types.ts';

const latest = (id: string, rowsDone: number, fraction: number) =>
  ({
    id,
    state: 'running',
    date: '2026-03-01',
    rowsDone,
    rowsOk: rowsDone,
    rowsBad: 0,
    fraction,
    createdAt: '2026-12-07T00:00:00Z',
    finishedAt: null,
    mapping: {},
    unreached: null,
  }) as NonNullable<OutreachListSummary['latestJob']>;

const list = (id: string, job: OutreachListSummary['latestJob']) =>
  ({ id, fileName: `${id}.csv`, latestJob: job }) as unknown as OutreachListSummary;

describe('the lists table beside the open job', () => {
  it('shows the open job’s rows and per cent in its row, and leaves the other rows as the table gave them', () => {
    const lists = [list('a', latest('job-a', 13_000, 0.07)), list('b', latest('job-b', 500, 0.5)), list('c', null)];
    const job = { id: 'job-a', state: 'running', rowsDone: 31_000, rowsOk: 30_990, rowsBad: 10, fraction: 0.16 };
    const shown = withOpenJob(lists, job as OutreachJob) as OutreachListSummary[];
    expect(shown[0]?.latestJob).toMatchObject({ id: 'job-a', rowsDone: 31_000, rowsBad: 10, fraction: 0.16 });
    expect(shown[0]?.latestJob?.mapping).toEqual({});
    expect(shown[1]).toBe(lists[1]);
    expect(shown[2]).toBe(lists[2]);
    // The table as loaded is not changed: the next load replaces it.
    expect(lists[0]?.latestJob?.rowsDone).toBe(13_000);
  });

  it('without a table or an open job, the table as it is', () => {
    expect(withOpenJob(null, null)).toBeNull();
    const lists = [list('a', latest('job-a', 1, 0.1))];
    expect(withOpenJob(lists, null)).toEqual(lists);
  });
});
