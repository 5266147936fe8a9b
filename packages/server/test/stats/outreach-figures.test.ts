// 발굴 year figures (outreach_year_count, 0016) against a plain count of the results they were
// taken from: kept when a job finishes, never twice, still there after the list is deleted, and
// answered by GET /api/stats/center to the city and counselors only.

import fs from 'node:fs';
import path from 'node:path';
import { csvBytes } from '@jibsa/lists/test-files';
import { catalog } from '@jibsa/programs';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { down, RECEIPT_KEYS_0016, up } from '../../src/db/migrations/0016-outreach-year-counts.ts';
import { covered, up as up0026 } from '../../src/db/migrations/0026-outreach-unspoken-receipts.ts';
import { claimJob, type OutreachJob } from '../../src/outreach/jobs/queue.ts';
import { type RunOptions, runJob } from '../../src/outreach/jobs/run-job.ts';
import { keepJobCounts } from '../../src/outreach/jobs/year-counts.ts';
import { RECEIPT_KEYS, receiptCovers } from '../../src/outreach/receipt.ts';
import { deleteExpiredLists } from '../../src/outreach/retention.ts';
import { outreachFigures } from '../../src/stats/outreach-figures.ts';
import { asStaff, staffPerBlock } from '../cases/support.ts';
import { LIST_HEADERS, LIST_MAPPING } from '../outreach/list-mapping.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

const GU = ['동구', '서구', '남구', '북구', '광산구', ''];
const RECEIVES = ['아니오', '수급', ''];

/** Fictional households in every 구 and none; every tenth unreadable; 주거급여 received, not, or unsaid. */
function listRows(n: number): string[][] {
  const rows: string[][] = [[...LIST_HEADERS, '주거급여']];
  for (let i = 0; i < n; i++) {
    const income = i % 10 === 9 ? '열두만원' : `${(i % 7) * 30}만원`;
    rows.push([
      `발굴가상${i}`,
      `19${40 + (i % 50)}.${(i % 12) + 1}.1`,
      GU[i % GU.length] as string,
      '월세',
      i % 3 ? '쪽방' : '다가구',
      '300만',
      '25만원',
      income,
      ...['0', '0', '0', '50만', '0', '0', '0', '아니오', '1'],
      RECEIVES[i % RECEIVES.length] as string,
    ]);
  }
  return rows;
}

const WITH_RECEIPT = { ...LIST_MAPPING, 주거급여: 'receivesHousingBenefit' };

async function addList(t: TestApp, rows: number, uploaded = sql<Date>`now()`): Promise<string> {
  const dir = path.join(t.app.config.dataDir, 'outreach');
  fs.mkdirSync(dir, { recursive: true });
  const storage = `year-${Math.random().toString(36).slice(2)}.csv`;
  const bytes = csvBytes(listRows(rows), 'cp949');
  fs.writeFileSync(path.join(dir, storage), bytes);
  const list = await t.app.db
    .insertInto('outreach_list')
    .values({
      district: null,
      file_name: '연간 명단.csv',
      kind: 'csv',
      encoding: 'cp949',
      byte_size: bytes.length,
      headers: JSON.stringify(listRows(0)[0]),
      storage_name: storage,
      created_at: uploaded as never,
      delete_after: new Date(Date.now() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return list.id;
}

async function addJob(t: TestApp, listId: string, mapping: Record<string, string> = WITH_RECEIPT) {
  const job = await t.app.db
    .insertInto('outreach_job')
    .values({ list_id: listId, mapping: JSON.stringify(mapping), encoding: 'cp949', screening_date: '2026-06-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return job.id;
}

const options = (t: TestApp, extra: Partial<RunOptions> = {}): RunOptions => ({
  db: t.app.db,
  uploadsDir: path.join(t.app.config.dataDir, 'outreach'),
  worker: 'worker-y',
  leaseSeconds: 30,
  blockRows: 50,
  ...extra,
});

async function screen(t: TestApp, extra: Partial<RunOptions> = {}) {
  const job = (await claimJob(t.app.db, 'worker-y', 30)) as OutreachJob;
  return runJob(options(t, extra), job);
}

type Counts = { screened: number; eligible: number; unreached: number | null; cases: number };
const key = (district: string | null, program: string | null) => `${district ?? '-'}|${program ?? '*'}`;

/** What a list's kept rows should say, counted row by row in JavaScript from the job's results. */
async function plainCount(t: TestApp, jobId: string, knowsReceipt: boolean): Promise<Record<string, Counts>> {
  const job = await t.app.db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  const results = await t.app.db.selectFrom('outreach_result').selectAll().where('job_id', '=', jobId).execute();
  const taken = new Set(
    (
      await t.app.db
        .selectFrom('outreach_result as r')
        .innerJoin('outreach_job as j', 'j.id', 'r.job_id')
        .select('r.row_number')
        .where('j.list_id', '=', job.list_id)
        .where('r.case_id', 'is not', null)
        .execute()
    ).map((r) => r.row_number),
  );
  const out: Record<string, Counts> = {};
  // A program no mapped column speaks of has no 사각지대 count, whatever else the list says.
  const covers = receiptCovers(job.mapping);
  const add = (k: string, screened: number, eligible: boolean, unreached: boolean, caseMade: boolean, id?: string) => {
    const known = knowsReceipt && (id === undefined || covers(id));
    const c = out[k] ?? { screened, eligible: 0, unreached: known ? 0 : null, cases: 0 };
    c.eligible += eligible ? 1 : 0;
    if (c.unreached !== null) c.unreached += unreached ? 1 : 0;
    c.cases += caseMade ? 1 : 0;
    out[k] = c;
  };
  const ok = results.filter((r) => r.ok);
  for (const r of ok) {
    const district = r.district ?? job.district;
    const here = ok.filter((o) => (o.district ?? job.district) === district).length;
    add(key(district, null), here, r.eligible_count > 0, r.unreached_count > 0, taken.has(r.row_number));
    for (const p of r.programs.filter((p) => p.status === 'eligible')) {
      add(key(district, p.id), here, true, p.receives === false, taken.has(r.row_number), p.id);
    }
  }
  return out;
}

/**
 * The year counts as a job screened before counts were kept as rows were written (0022) gets
 * them: counted from its rows. The job's kept counts are put back after.
 */
async function countedFromRows(t: TestApp, jobId: string, listId: string) {
  const { tallies } = await t.app.db
    .selectFrom('outreach_job')
    .select('tallies')
    .where('id', '=', jobId)
    .executeTakeFirstOrThrow();
  expect(tallies).not.toBeNull();
  await t.app.db.updateTable('outreach_job').set({ tallies: null }).where('id', '=', jobId).execute();
  await t.app.db.transaction().execute((trx) => keepJobCounts(trx, jobId));
  const counted = await kept(t, listId);
  await t.app.db
    .updateTable('outreach_job')
    .set({ tallies: JSON.stringify(tallies) })
    .where('id', '=', jobId)
    .execute();
  return counted;
}

async function kept(t: TestApp, listId: string) {
  const rows = await t.app.db.selectFrom('outreach_year_count').selectAll().where('list_id', '=', listId).execute();
  return Object.fromEntries(
    rows.map((r) => [
      key(r.district, r.program_id),
      { screened: r.screened, eligible: r.eligible, unreached: r.unreached, cases: r.cases },
    ]),
  );
}

describeOnEachDatabase('발굴 year figures, kept past the lists', (make) => {
  const t = appPerBlock(make, { env: { JIBSA_OUTREACH_WORKER: 'off' } });
  const admin = staffPerBlock(t, 'admin');
  let year = 0;
  beforeAll(async () => {
    const today = await sql<{ d: string }>`select (now() at time zone 'Asia/Seoul')::date::text as d`.execute(t.app.db);
    year = Number(today.rows[0]?.d.slice(0, 4));
  });

  it('counts a finished job as a plain count of its results: by 구 and program, 사각지대 unknown without a 수급 column', async () => {
    const withReceipt = await addList(t, 300);
    const jobA = await addJob(t, withReceipt);
    expect(await screen(t)).toBe('done');
    const counted = await kept(t, withReceipt);
    expect(counted).toEqual(await plainCount(t, jobA, true));
    // Not vacuous: households in every 구 and none, bad rows left out, 사각지대 for 주거급여 found.
    expect(counted[key(null, null)]?.screened).toBeGreaterThan(0);
    expect(Object.values(counted).reduce((n, c) => n + (c.unreached ?? 0), 0)).toBeGreaterThan(0);
    expect(counted[key('dong', 'housing-benefit.rent')]?.unreached).toBeGreaterThan(0);
    // The list says who gets 주거·생계급여, not 의료급여: that program's 사각지대 is unknown, not 0.
    const medical = Object.entries(counted).filter(([k]) => k.endsWith('|basic-livelihood.medical'));
    expect(medical.length).toBeGreaterThan(0);
    expect(medical.every(([, c]) => c.unreached === null)).toBe(true);
    const households = Object.entries(counted).filter(([k]) => k.endsWith('|*'));
    expect(households.reduce((n, [, c]) => n + c.screened, 0)).toBe(270);

    const without = await addList(t, 60);
    const jobB = await addJob(t, without, LIST_MAPPING);
    expect(await screen(t)).toBe('done');
    expect(await kept(t, without)).toEqual(await plainCount(t, jobB, false));
    expect(Object.values(await kept(t, without)).every((c) => c.unreached === null)).toBe(true);

    // The year's figures add the lists up; 사각지대 only from the list that said who receives what.
    const figures = await outreachFigures(t.app.db, year);
    expect(figures).toMatchObject({ lists: 2, listsWithoutReceipt: 1, screened: 270 + 54 });
    expect(figures.unreached).toBe(households.reduce((n, [, c]) => n + (c.unreached ?? 0), 0));
    const rent = figures.byProgram.find((p) => p.programId === 'housing-benefit.rent');
    const rentKept = [...Object.entries(counted), ...Object.entries(await kept(t, without))].filter(([k]) =>
      k.endsWith('|housing-benefit.rent'),
    );
    expect(rent?.eligible).toBe(rentKept.reduce((n, [, c]) => n + c.eligible, 0));
    expect(figures.byDistrict.map((d) => d.district)).toEqual(['dong', 'seo', 'nam', 'buk', 'gwangsan', null]);

    // A 동구 list: its households without a 구 count in 동구.
    const dongList = await addList(t, 60);
    const jobC = await addJob(t, dongList);
    await t.app.db.updateTable('outreach_job').set({ district: 'dong' }).where('id', '=', jobC).execute();
    expect(await screen(t)).toBe('done');
    const dong = await kept(t, dongList);
    expect(dong).toEqual(await plainCount(t, jobC, true));
    expect(dong[key(null, null)]).toBeUndefined();
    expect(await countedFromRows(t, jobC, dongList)).toEqual(dong);
  });

  it('a job that crashes as it finishes is counted once when resumed; counting again or screening the list again replaces, never adds', async () => {
    const listId = await addList(t, 120);
    const jobId = await addJob(t, listId);
    const crash = {
      inFinish: () => {
        throw new Error('killed while finishing');
      },
    };
    await expect(screen(t, crash)).rejects.toThrow('killed while finishing');
    const job = await t.app.db.selectFrom('outreach_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job.state).toBe('running');
    expect(await kept(t, listId)).toEqual({});
    await t.app.db.updateTable('outreach_job').set({ lease_until: null }).where('id', '=', jobId).execute();
    expect(await screen(t)).toBe('done');
    const once = await plainCount(t, jobId, true);
    expect(await kept(t, listId)).toEqual(once);
    // Counting the same job again (as a completion run twice would) leaves the same rows.
    await t.app.db.transaction().execute((trx) => keepJobCounts(trx, jobId));
    expect(await kept(t, listId)).toEqual(once);
    // The list screened again with the same mapping: its counts are the second job's, not twice over.
    const again = await addJob(t, listId);
    expect(await screen(t)).toBe('done');
    expect(await kept(t, listId)).toEqual(await plainCount(t, again, true));
    expect(await kept(t, listId)).toEqual(once);
    const jobs = await t.app.db
      .selectFrom('outreach_year_count')
      .select('job_id')
      .distinct()
      .where('list_id', '=', listId)
      .execute();
    expect(jobs).toEqual([{ job_id: again }]);
  });

  it('counts households made into cases from the worklist, once per household across screenings of a list', async () => {
    const listId = await addList(t, 40);
    const first = await addJob(t, listId);
    expect(await screen(t)).toBe('done');
    const unreached = await t.app.db
      .selectFrom('outreach_result')
      .select('row_number')
      .where('job_id', '=', first)
      .where('unreached_count', '>', 0)
      .orderBy('row_number')
      .execute();
    const rows = unreached.slice(0, 3).map((r) => r.row_number);
    expect(rows).toHaveLength(3);
    const made = await admin.post(`/api/outreach/jobs/${first}/cases`, { rows });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().items.map((i: { outcome: string }) => i.outcome)).toEqual(['created', 'created', 'created']);
    const afterCases = await kept(t, listId);
    expect(afterCases).toEqual(await plainCount(t, first, true));
    expect(Object.values(afterCases).filter((c) => c.cases > 0).length).toBeGreaterThan(1);
    expect(Object.entries(afterCases).reduce((n, [k, c]) => n + (k.endsWith('|*') ? c.cases : 0), 0)).toBe(3);

    // Screened again, the same households are found in the new job; linking them counts nobody twice.
    const second = await addJob(t, listId);
    expect(await screen(t)).toBe('done');
    expect(await kept(t, listId)).toEqual(afterCases);
    const linked = await admin.post(`/api/outreach/jobs/${second}/cases`, { rows: [rows[0], rows[1]] });
    expect(linked.json().items.map((i: { outcome: string }) => i.outcome)).toEqual(['linked', 'linked']);
    expect(await kept(t, listId)).toEqual(afterCases);
    // A new household from the second job's worklist is one more.
    const fourth = unreached[3]?.row_number as number;
    expect((await admin.post(`/api/outreach/jobs/${second}/cases`, { rows: [fourth] })).json().items[0].outcome).toBe(
      'created',
    );
    const now = await kept(t, listId);
    expect(now).toEqual(await plainCount(t, second, true));
    expect(Object.entries(now).reduce((n, [k, c]) => n + (k.endsWith('|*') ? c.cases : 0), 0)).toBe(4);
    expect(await countedFromRows(t, second, listId)).toEqual(now);
  });

  it('a case made while the job is finishing waits for its counts and is counted, not lost between them', async () => {
    const listId = await addList(t, 30);
    const jobId = await addJob(t, listId);
    let made: Promise<{ json(): { items: { outcome: string }[] } }> | undefined;
    const finishing = {
      // The worklist is used while the completion's transaction is still open (a job's rows can be
      // made cases before it ends): the claim must wait on the list row until the counts are
      // committed. PGlite has one connection held by that transaction: there the case is made after.
      inFinish: async () => {
        if (t.handle.kind === 'pglite') return;
        const row = await t.app.db
          .selectFrom('outreach_result')
          .select('row_number')
          .where('job_id', '=', jobId)
          .where('eligible_count', '>', 0)
          .orderBy('row_number')
          .executeTakeFirstOrThrow();
        made = admin.post(`/api/outreach/jobs/${jobId}/cases`, { rows: [row.row_number] });
        // Until the claim waits on a lock; a claim that never waits has its time to finish first.
        for (let i = 0; i < 60; i++) {
          const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
            where wait_event_type = 'Lock' and datname = current_database()`.execute(t.app.db);
          if (Number(waiting.rows[0]?.n) > 0) return;
          await new Promise((r) => setTimeout(r, 50));
        }
      },
    };
    const job = (await claimJob(t.app.db, 'worker-y', 30)) as OutreachJob;
    const run = runJob(options(t, finishing), job);
    expect(await run).toBe('done');
    if (!made) {
      const row = await t.app.db
        .selectFrom('outreach_result')
        .select('row_number')
        .where('job_id', '=', jobId)
        .where('eligible_count', '>', 0)
        .executeTakeFirstOrThrow();
      made = admin.post(`/api/outreach/jobs/${jobId}/cases`, { rows: [row.row_number] });
    }
    // Linked when an earlier test's list made a case of the same fictional household: counted alike.
    expect(['created', 'linked']).toContain((await made).json().items[0]?.outcome);
    const counted = await kept(t, listId);
    expect(counted).toEqual(await plainCount(t, jobId, true));
    expect(Object.entries(counted).reduce((n, [k, c]) => n + (k.endsWith('|*') ? c.cases : 0), 0)).toBe(1);
  });

  it('keeps the counts when retention deletes the list, its jobs and results; a list belongs to its upload year', async () => {
    const lastYear = await addList(t, 30, sql<Date>`now() - interval '400 days'`);
    await addJob(t, lastYear);
    expect(await screen(t)).toBe('done');
    const before = await outreachFigures(t.app.db, year);
    const beforeLast = await outreachFigures(t.app.db, year - 1);
    expect(beforeLast.lists).toBe(1);
    expect(before.screened).toBeGreaterThan(0);
    await t.app.db.updateTable('outreach_list').set({ delete_after: sql`now() - interval '1 minute'` }).execute();
    expect(await deleteExpiredLists(t.app, path.join(t.app.config.dataDir, 'outreach'))).toBeGreaterThan(4);
    const left = await sql<{
      n: number;
    }>`select (select count(*) from outreach_list) + (select count(*) from outreach_job)
      + (select count(*) from outreach_result) as n`.execute(t.app.db);
    expect(Number(left.rows[0]?.n)).toBe(0);
    expect(await outreachFigures(t.app.db, year)).toEqual(before);
    expect(await outreachFigures(t.app.db, year - 1)).toEqual(beforeLast);
  });

  it('migration 0016 counts lists screened before it as a finished job is counted now', async () => {
    expect([...RECEIPT_KEYS_0016].sort()).toEqual([...RECEIPT_KEYS].sort());
    const listId = await addList(t, 80);
    const jobId = await addJob(t, listId);
    expect(await screen(t)).toBe('done');
    await admin.post(`/api/outreach/jobs/${jobId}/cases`, {
      rows: (
        await t.app.db
          .selectFrom('outreach_result')
          .select('row_number')
          .where('job_id', '=', jobId)
          .where('eligible_count', '>', 0)
          .limit(2)
          .execute()
      ).map((r) => r.row_number),
    });
    const live = await kept(t, listId);
    expect(live).toEqual(await plainCount(t, jobId, true));
    // As a database from before 0016: no kept counts; the migrations count what the lists hold
    // (0016 as it counted then, 0026 taking back the 0 of programs no column speaks of).
    await down(t.app.db as never);
    await up(t.app.db as never);
    await up0026(t.app.db as never);
    expect(await kept(t, listId)).toEqual(live);
  });

  it('migration 0026 knows what each 수급 column covers as receipt.ts does', () => {
    const ids = catalog.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(20);
    for (const key of RECEIPT_KEYS) {
      const covers = receiptCovers({ column: key });
      for (const id of ids) expect(covered({ column: key }, id), `${key} ${id}`).toBe(covers(id));
    }
    expect(ids.filter((id) => covered({ a: 'receivesMedicalBenefit' }, id))).toEqual(['basic-livelihood.medical']);
  });

  it('keeps counts only: the kept table has no household column and no foreign key to the lists', async () => {
    const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_name = 'outreach_year_count' order by ordinal_position`.execute(t.app.db);
    // A new column here is a decision about personal data: this list changes with it, on purpose.
    expect(columns.rows.map((c) => c.column_name)).toEqual([
      'list_id',
      'job_id',
      'year',
      'district',
      'program_id',
      'screened',
      'eligible',
      'unreached',
      'cases',
      'counted_at',
    ]);
    const keys = await sql<{ n: number }>`select count(*)::int as n from information_schema.table_constraints
      where table_name = 'outreach_year_count' and constraint_type = 'FOREIGN KEY'`.execute(t.app.db);
    expect(Number(keys.rows[0]?.n)).toBe(0);
  });

  it('answers the 발굴 figures with the center figures, to the city and counselors only, in counts', async () => {
    const listId = await addList(t, 20);
    await addJob(t, listId);
    expect(await screen(t)).toBe('done');
    const city = asStaff(t.app, await loginAs(t.app, 'city'));
    const r = await city.get(`/api/stats/center?year=${year}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().outreach).toEqual(await outreachFigures(t.app.db, year));
    expect(r.json().outreach.screened).toBeGreaterThan(0);
    // No household's name, no list's file name.
    expect(r.body).not.toMatch(/발굴가상|연간 명단/);
    const counselor = asStaff(t.app, await loginAs(t.app, 'counselor.seo'));
    expect((await counselor.get(`/api/stats/center?year=${year}`)).json().outreach.lists).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/stats/center?year=${year}` })).statusCode).toBe(401);
    const partner = asStaff(t.app, await loginAs(t.app, 'partner.lh'));
    expect((await partner.get(`/api/stats/center?year=${year}`)).statusCode).toBe(403);
    const bad = await city.get('/api/stats/center?year=1999');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
  });
});
