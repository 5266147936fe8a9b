import fs from 'node:fs';
import path from 'node:path';
import { csvBytes } from '@jibsa/lists/test-files';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { earlierJob } from '../../src/outreach/earlier-screening.ts';
import { resultLines } from '../../src/outreach/export/result-lines.ts';
import { endedHeadline, headline, jobOut } from '../../src/outreach/job-summary.ts';
import { jobProgress } from '../../src/outreach/jobs/progress.ts';
import { cancelJob, claimJob, type OutreachJob } from '../../src/outreach/jobs/queue.ts';
import { type RunOptions, runJob } from '../../src/outreach/jobs/run-job.ts';
import { workOnce } from '../../src/outreach/jobs/worker.ts';
import { deleteExpiredLists } from '../../src/outreach/retention.ts';
import { listOut } from '../../src/outreach/views.ts';
import { ScreenPool } from '../../src/screening/screen-pool.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { LIST_HEADERS, LIST_MAPPING } from './list-mapping.ts';

const HEADERS = LIST_HEADERS;
const MAPPING = LIST_MAPPING;
const GU = ['동구', '서구', '남구', '북구', '광산구'];

/** Fictional households; every tenth has an income no one can read, so 10 % of rows are bad. */
function listRows(n: number): string[][] {
  const rows: string[][] = [HEADERS];
  for (let i = 0; i < n; i++) {
    const income = i % 10 === 9 ? '열두만원' : `${(i % 7) * 30}만원`;
    rows.push([
      `가상${i}`,
      `19${40 + (i % 50)}.${(i % 12) + 1}.1`,
      GU[i % 5] as string,
      '월세',
      i % 3 ? '쪽방' : '다가구',
      '300만',
      '25만원',
      income,
      ...['0', '0', '0', '50만', '0', '0', '0', '아니오', '1'],
    ]);
  }
  return rows;
}

async function addJob(t: TestApp, rows: number): Promise<string> {
  const list = await addList(t, rows);
  return addJobOn(t, list, '2026-06-01');
}

async function addJobOn(t: TestApp, listId: string, date: string): Promise<string> {
  const job = await t.app.db
    .insertInto('outreach_job')
    .values({ list_id: listId, mapping: JSON.stringify(MAPPING), encoding: 'cp949', screening_date: date })
    .returning('id')
    .executeTakeFirstOrThrow();
  return job.id;
}

async function addList(t: TestApp, rows: number): Promise<string> {
  const dir = path.join(t.app.config.dataDir, 'outreach');
  fs.mkdirSync(dir, { recursive: true });
  const storage = `test-${Math.random().toString(36).slice(2)}.csv`;
  const bytes = csvBytes(listRows(rows), 'cp949');
  fs.writeFileSync(path.join(dir, storage), bytes);
  const list = await t.app.db
    .insertInto('outreach_list')
    .values({
      district: null,
      file_name: '명단.csv',
      kind: 'csv',
      encoding: 'cp949',
      byte_size: bytes.length,
      headers: JSON.stringify(HEADERS),
      storage_name: storage,
      delete_after: new Date(Date.now() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return list.id;
}

const options = (t: TestApp, worker: string, extra: Partial<RunOptions> = {}): RunOptions => ({
  db: t.app.db,
  uploadsDir: path.join(t.app.config.dataDir, 'outreach'),
  worker,
  leaseSeconds: 30,
  blockRows: 100,
  ...extra,
});

/** Every row of the list has exactly one result, and the job's counts agree with them. */
async function expectEachRowOnce(t: TestApp, jobId: string, rows: number) {
  const results = await t.app.db
    .selectFrom('outreach_result')
    .select(['row_number', 'ok', 'errors', 'programs', 'district'])
    .where('job_id', '=', jobId)
    .orderBy('row_number')
    .execute();
  expect(results.map((r) => r.row_number)).toEqual(Array.from({ length: rows }, (_, i) => i + 2));
  const job = await t.app.db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  expect(job).toMatchObject({
    state: 'done',
    rows_done: rows,
    rows_bad: rows / 10,
    rows_ok: rows - rows / 10,
    last_row: rows + 1,
  });
  const bad = results.filter((r) => !r.ok);
  expect(bad.map((r) => r.row_number)).toEqual(results.filter((_, i) => i % 10 === 9).map((r) => r.row_number));
  expect(bad[0]?.errors[0]).toMatchObject({ column: '월소득', ko: expect.stringContaining('열두만원') });
  // Good rows were screened: 쪽방 renters with little income are likely eligible for something.
  expect(results.filter((r) => r.ok && r.programs.some((p) => p.status === 'eligible')).length).toBeGreaterThan(0);
  expect(new Set(results.filter((r) => r.ok).map((r) => r.district))).toEqual(
    new Set(['dong', 'seo', 'nam', 'buk', 'gwangsan']),
  );
  await expectKeptCounts(t, jobId);
}

/**
 * The headline counts kept block by block as the job's rows were written are what counting its
 * rows says: none lost to a crash, none counted twice by a resumed or a second worker.
 */
async function expectKeptCounts(t: TestApp, jobId: string) {
  const job = await t.app.db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  expect(job.tallies).not.toBeNull();
  const earlier = await earlierJob(t.app.db, job);
  const kept = await endedHeadline(t.app.db, job, earlier);
  expect(kept).toEqual(await headline(t.app.db, job, earlier));
  expect(kept.eligibleByProgram.length).toBeGreaterThan(0);
  return kept;
}

describeOnEachDatabase('outreach jobs', (make) => {
  // One app for both tests (making one is the slow part); each test has its own job.
  const t = appPerBlock(make, { seed: false, env: { JIBSA_OUTREACH_WORKER: 'off' } });

  it('a job screened on the screening threads stores the same results as one screened on this thread', async () => {
    const list = await addList(t, 400);
    const results = async (jobId: string) =>
      t.app.db
        .selectFrom('outreach_result')
        .select(['row_number', 'ok', 'errors', 'programs', 'district', 'eligible_count', 'missing_paths'])
        .where('job_id', '=', jobId)
        .orderBy('row_number')
        .execute();
    const inlineJob = await addJobOn(t, list, '2026-06-01');
    expect(await runJob(options(t, 'inline'), (await claimJob(t.app.db, 'inline', 30)) as OutreachJob)).toBe('done');
    const pool = new ScreenPool(2);
    const sliced: number[] = [];
    try {
      const threadJob = await addJobOn(t, list, '2026-06-01');
      const viaThreads = options(t, 'threads', {
        screenLines: (date, hs) => {
          sliced.push(hs.length);
          return pool.lines(date, hs);
        },
      });
      expect(await runJob(viaThreads, (await claimJob(t.app.db, 'threads', 30)) as OutreachJob)).toBe('done');
      const [a, b] = [await results(inlineJob), await results(threadJob)];
      expect(a.length).toBe(400);
      expect(b).toEqual(a);
      // Handed over a slice at a time: 360 good rows in blocks of 100 rows, 90 households a block.
      expect(sliced.reduce((n, k) => n + k, 0)).toBe(360);
      expect(Math.max(...sliced)).toBeLessThanOrEqual(100);
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies mid-block leaves no trace of that block; the next one resumes after the last commit', async () => {
    const jobId = await addJob(t, 1000);
    const first = (await claimJob(t.app.db, 'worker-a', 30)) as OutreachJob;
    expect(first.id).toBe(jobId);
    const crash = options(t, 'worker-a', {
      inBlock: (block) => {
        if (block === 3) throw new Error('killed');
      },
    });
    await expect(runJob(crash, first)).rejects.toThrow('killed');
    const midway = await t.app.db
      .selectFrom('outreach_job')
      .selectAll()
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(midway).toMatchObject({ state: 'running', rows_done: 300, last_row: 301, worker: 'worker-a' });
    const { count } = await t.app.db
      .selectFrom('outreach_result')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(300);
    // Meanwhile the job's answer carries the counts of the 300 rows committed, as counting them says,
    // and no comparison yet.
    const soFar = await jobOut(t.app.db, midway);
    const { compared: _, ...counted } = await headline(t.app.db, midway, undefined);
    expect(soFar).toMatchObject({ state: 'running', rowsDone: 300, ...counted, compared: null });
    expect(soFar.eligibleByProgram.length).toBeGreaterThan(0);
    expect(soFar.eligibleByDistrict.reduce((n, d) => n + d.households, 0)).toBeLessThanOrEqual(270);
    // While the dead worker's lease lasts nobody takes the job; once it has run out, another does.
    expect(await claimJob(t.app.db, 'worker-b', 30)).toBeUndefined();
    await t.app.db.updateTable('outreach_job').set({ lease_until: sql`now() - interval '1 second'` }).execute();
    const second = (await claimJob(t.app.db, 'worker-b', 30)) as OutreachJob;
    expect(second).toMatchObject({ id: jobId, last_row: 301 });
    expect(await runJob(options(t, 'worker-b'), second)).toBe('done');
    await expectEachRowOnce(t, jobId, 1000);
    // The results download reads the rows a span of row numbers at a time (row-spans.ts), here in
    // pages of 7 across spans: the rows it writes are the filter's, each once, in order.
    const done = await t.app.db
      .selectFrom('outreach_job')
      .selectAll()
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    const written: number[] = [];
    for await (const line of resultLines(t.app.db, done, { only: 'eligible', district: 'seo' }, 7)) {
      if (written.at(-1) !== line[0]) written.push(line[0]);
    }
    const wanted = await t.app.db
      .selectFrom('outreach_result')
      .select('row_number')
      .where('job_id', '=', jobId)
      .where('ok', '=', true)
      .where('eligible_count', '>', 0)
      .where('district', '=', 'seo')
      .orderBy('row_number')
      .execute();
    expect(written).toEqual(wanted.map((r) => r.row_number));
    expect(written.length).toBeGreaterThan(100);
  });

  it('a job half screened before counts were kept (an upgrade) finishes without them and is counted from its rows', async () => {
    const jobId = await addJob(t, 400);
    const crash = options(t, 'worker-a', {
      inBlock: (block) => {
        if (block === 2) throw new Error('killed');
      },
    });
    await expect(runJob(crash, (await claimJob(t.app.db, 'worker-a', 30)) as OutreachJob)).rejects.toThrow('killed');
    // As a job of the version before 0022 left it: rows written, no counts.
    await t.app.db
      .updateTable('outreach_job')
      .set({ tallies: null, lease_until: sql`now() - interval '1 second'` })
      .where('id', '=', jobId)
      .execute();
    const resumed = (await claimJob(t.app.db, 'worker-b', 30)) as OutreachJob;
    expect(resumed).toMatchObject({ id: jobId, last_row: 201, tallies: null });
    expect(await runJob(options(t, 'worker-b'), resumed)).toBe('done');
    const job = await t.app.db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job.tallies).toBeNull();
    const counted = await endedHeadline(t.app.db, job, undefined);
    expect(counted).toEqual(await headline(t.app.db, job, undefined));
    expect(counted.eligibleByProgram.reduce((n, p) => n + p.households, 0)).toBeGreaterThan(0);
    const years = await t.app.db
      .selectFrom('outreach_year_count')
      .select(['screened'])
      .where('job_id', '=', jobId)
      .where('program_id', 'is', null)
      .execute();
    expect(years.reduce((n, r) => n + r.screened, 0)).toBe(360);
  });

  it('a list screened again keeps its comparison with the earlier screening across a crash', async () => {
    const list = await addList(t, 500);
    const firstId = await addJobOn(t, list, '2026-06-01');
    expect(await runJob(options(t, 'worker-a'), (await claimJob(t.app.db, 'worker-a', 30)) as OutreachJob)).toBe(
      'done',
    );
    // Rows of the first screening changed by hand, so the second finds households both newly and no longer likely eligible.
    await t.app.db
      .updateTable('outreach_result')
      .set({ programs: JSON.stringify([]), eligible_count: 0, unreached_count: 0 })
      .where('job_id', '=', firstId)
      .where('row_number', '<=', 60)
      .execute();
    await t.app.db
      .updateTable('outreach_result')
      .set({
        programs: sql`programs || '[{"id":"youth-rent","status":"eligible","amount":null,"missing":[]}]'::jsonb`,
        eligible_count: sql`eligible_count + 1`,
      })
      .where('job_id', '=', firstId)
      .where('row_number', '>', 400)
      .execute();
    const secondId = await addJobOn(t, list, '2026-07-01');
    const second = (await claimJob(t.app.db, 'worker-a', 30)) as OutreachJob;
    expect(second.id).toBe(secondId);
    const crash = options(t, 'worker-a', {
      inBlock: (block) => {
        if (block === 2) throw new Error('killed');
      },
    });
    await expect(runJob(crash, second)).rejects.toThrow('killed');
    await t.app.db.updateTable('outreach_job').set({ lease_until: sql`now() - interval '1 second'` }).execute();
    const resumed = (await claimJob(t.app.db, 'worker-b', 30)) as OutreachJob;
    expect(resumed).toMatchObject({ id: secondId, last_row: 201 });
    expect(await runJob(options(t, 'worker-b'), resumed)).toBe('done');
    const kept = await expectKeptCounts(t, secondId);
    expect(kept.compared).toMatchObject({ jobId: firstId });
    expect(kept.compared?.newlyEligible).toBeGreaterThan(0);
    expect(kept.compared?.noLongerEligible).toBeGreaterThan(0);
  });

  it('two workers: a job is taken by one; a worker that stalls past its lease loses the job without writing twice', async () => {
    const jobId = await addJob(t, 600);
    const [a, b] = await Promise.all([claimJob(t.app.db, 'worker-a', 30), claimJob(t.app.db, 'worker-b', 30)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const held = (a ?? b) as OutreachJob;
    const holder = a ? 'worker-a' : 'worker-b';
    const other = a ? 'worker-b' : 'worker-a';
    let otherOutcome: string | undefined;
    const stalled = options(t, holder, {
      // After two blocks the holder stalls: its lease runs out and the other worker finishes the job.
      stopping: async () => {
        if (otherOutcome) return false;
        await t.app.db.updateTable('outreach_job').set({ lease_until: sql`now() - interval '1 second'` }).execute();
        const taken = (await claimJob(t.app.db, other, 30)) as OutreachJob;
        otherOutcome = await runJob(options(t, other), taken);
        return false;
      },
    });
    expect(await runJob(stalled, held)).toBe('lost');
    expect(otherOutcome).toBe('done');
    await expectEachRowOnce(t, jobId, 600);
  });

  it('a job that throws is retried a few times, then fails with a message; its committed rows stay', async () => {
    const jobId = await addJob(t, 300);
    const log = { info: () => {}, warn: () => {} };
    // The first block commits; from then on every block meets the fault.
    let blocks = 0;
    const buggy = options(t, 'worker-a', {
      inBlock: () => {
        if (blocks++ >= 1) throw new TypeError('a bug');
      },
    });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      await t.app.db.updateTable('outreach_job').set({ lease_until: null }).where('id', '=', jobId).execute();
      outcomes.push(await workOnce(buggy, log as never, 3, 60));
    }
    expect(outcomes).toEqual(['retry', 'retry', 'failed']);
    const job = await t.app.db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ state: 'failed', failures: 3, rows_done: 100, worker: null });
    expect(job.failure?.ko).toContain('3번');
    // Failed for good: no worker takes it up again.
    expect(await workOnce(options(t, 'worker-b'), log as never)).toBe('idle');
  });

  it('a cancelled job stops after the block in hand; its rows stay, no more are written, and it shows no time left', async () => {
    const jobId = await addJob(t, 1000);
    const job = (await claimJob(t.app.db, 'worker-a', 30)) as OutreachJob;
    let blocks = 0;
    const run = options(t, 'worker-a', {
      // A counselor presses 멈추기 after the third block is written (as the cancel route does).
      stopping: async () => {
        if (++blocks === 3) expect(await cancelJob(t.app.db, jobId)).toBe(true);
        return false;
      },
    });
    expect(await runJob(run, job)).toBe('lost');
    const after = await t.app.db
      .selectFrom('outreach_job')
      .selectAll()
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ state: 'cancelled', worker: null, lease_until: null });
    const { count } = await t.app.db
      .selectFrom('outreach_result')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow();
    expect([Number(count), after.rows_done, after.last_row]).toEqual([300, 300, 301]);
    expect(jobProgress(after).secondsLeft).toBeNull();
    await expectKeptCounts(t, jobId);
    // Nobody takes a cancelled job up again, and cancelling it twice changes nothing.
    expect(await claimJob(t.app.db, 'worker-b', 30)).toBeUndefined();
    expect(await cancelJob(t.app.db, jobId)).toBe(false);
  });

  it('deletes lists past their retention with their jobs, results and file; the others count down', async () => {
    const oldJob = await addJob(t, 100);
    const keptJob = await addJob(t, 100);
    for (let i = 0; i < 2; i++) {
      const job = (await claimJob(t.app.db, 'worker-a', 30)) as OutreachJob;
      expect([oldJob, keptJob]).toContain(job.id);
      expect(await runJob(options(t, 'worker-a'), job)).toBe('done');
    }
    const listOf = async (jobId: string) =>
      t.app.db
        .selectFrom('outreach_list as l')
        .innerJoin('outreach_job as j', 'j.list_id', 'l.id')
        .selectAll('l')
        .where('j.id', '=', jobId)
        .executeTakeFirstOrThrow();
    const old = await listOf(oldJob);
    const kept = await listOf(keptJob);
    await t.app.db
      .updateTable('outreach_list')
      .set({ delete_after: sql`now() - interval '1 minute'` })
      .where('id', '=', old.id)
      .execute();
    await t.app.db
      .updateTable('outreach_list')
      .set({ delete_after: sql`now() + interval '60 hours'` })
      .where('id', '=', kept.id)
      .execute();
    const uploads = path.join(t.app.config.dataDir, 'outreach');
    expect(await deleteExpiredLists(t.app, uploads)).toBe(1);
    expect(fs.existsSync(path.join(uploads, old.storage_name))).toBe(false);
    expect(fs.existsSync(path.join(uploads, kept.storage_name))).toBe(true);
    const left = async (table: 'outreach_job' | 'outreach_result', jobId: string) =>
      Number(
        (
          await t.app.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where(table === 'outreach_job' ? 'id' : 'job_id', '=', jobId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect([await left('outreach_job', oldJob), await left('outreach_result', oldJob)]).toEqual([0, 0]);
    expect([await left('outreach_job', keptJob), await left('outreach_result', keptJob)]).toEqual([1, 100]);
    // The countdown the upload screen shows: 60 hours left is "3 days", and never below 0.
    const fresh = await listOf(keptJob);
    expect(listOut(fresh).daysLeft).toBe(3);
    expect(listOut(fresh, Date.now() + 100 * 86_400_000).daysLeft).toBe(0);
  });
});
