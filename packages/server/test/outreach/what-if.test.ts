import { beforeAll, expect, it } from 'vitest';
import { releaseAllLeases } from '../../src/outreach/jobs/queue.ts';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock, type StaffLogin } from '../support/staff.ts';
import { screenToEnd, uploadSampleList } from './sample-list-job.ts';

interface Tally {
  eligible: number;
  withAmount: number;
  amount: number;
}
interface ProgramOut {
  id: string;
  affected: boolean;
  amountUnit: string | null;
  baseline: Tally;
  scenario: Tally;
  became: number;
  stopped: number;
  byDistrict: { district: string | null; baseline: number; scenario: number }[];
}

describeOnEachDatabase('정책 모의 계산: a policy what-if over a screened list', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const seo = loginPerBlock(t, 'counselor.seo');
  const city = loginPerBlock(t, 'city');
  const admin = loginPerBlock(t, 'admin');
  const lh = loginPerBlock(t, 'partner.lh');
  const get = (who: StaffLogin, url: string) => t.app.inject({ method: 'GET', url, cookies: who.cookies });
  const post = (who: StaffLogin, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, cookies: who.cookies, headers: who.csrf });
  let job: { id: string; eligibleByProgram: { id: string; households: number }[] };
  const whatIf = (who: StaffLogin, overrides: object[]) =>
    post(who, `/api/outreach/jobs/${job.id}/what-if`, { overrides });

  beforeAll(async () => {
    // The sample list staff can download, uploaded by a 동구 counselor and screened to the end.
    job = await screenToEnd(t.app, dong, await uploadSampleList(t.app, dong), '2026-03-01');
    expect(job).toMatchObject({ state: 'done', rowsOk: 200 });
  }, 60_000);

  it('lists the screened list for the city (no file name) and its own 구, not for another 구 or a partner', async () => {
    const asCity = await get(city, '/api/outreach/what-if/jobs');
    expect(asCity.statusCode).toBe(200);
    expect(asCity.json().items).toContainEqual(
      expect.objectContaining({ jobId: job.id, district: 'dong', fileName: null, households: 200 }),
    );
    const asDong = (await get(dong, '/api/outreach/what-if/jobs')).json();
    expect(asDong.items).toContainEqual(expect.objectContaining({ jobId: job.id, fileName: '예시명단.csv' }));
    expect((await get(seo, '/api/outreach/what-if/jobs')).json().items).toEqual([]);
    const partner = await get(lh, '/api/outreach/what-if/jobs');
    expect(partner.statusCode).toBe(403);
    expect(partner.headers['content-type']).toMatch(/problem\+json/);
  });

  it('lists the figures a what-if may change with their value on the screening date, unit and citation', async () => {
    const res = await get(city, `/api/outreach/jobs/${job.id}/what-if`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.screeningDate).toBe('2026-03-01');
    const rent = body.programs.find((p: { id: string }) => p.id === 'housing-benefit.rent');
    const rate = rent.parameters.find((p: { id: string }) => p.id === 'housing-benefit.selection-rate');
    expect(rate).toMatchObject({ unit: 'ratio', dimension: null, value: 0.48 });
    expect(rate.citation.url).toMatch(/^https:/);
    const median = rent.parameters.find((p: { id: string }) => p.id === 'basic-livelihood.median-income');
    expect(median.dimension.label.ko).toBe('가구원 수');
    expect(median.value[0]).toMatchObject({ key: '1', label: { ko: '1인' }, value: 2_564_238 });
    expect(median.readBy.length).toBeGreaterThan(1);
    // A two-dimension table is not offered.
    expect(rent.parameters.map((p: { id: string }) => p.id)).not.toContain('housing-benefit.standard-rent');
  });

  it('with the figures as they stand, counts what the screening counted and moves nobody', async () => {
    const res = await whatIf(city, [{ parameter: 'housing-benefit.selection-rate', value: 0.48 }]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ households: 200, rowsSkipped: 0 });
    expect(body.note.ko).toContain('추정치');
    for (const p of body.programs as ProgramOut[]) {
      expect(p.scenario, p.id).toEqual(p.baseline);
      expect([p.became, p.stopped]).toEqual([0, 0]);
      const stored = job.eligibleByProgram.find((e) => e.id === p.id)?.households ?? 0;
      expect(p.baseline.eligible, p.id).toBe(stored);
    }
    expect(body.householdsByDistrict.reduce((s: number, d: { households: number }) => s + d.households, 0)).toBe(200);
  });

  it('a higher 주거급여 selection rate makes more households likely eligible, by program and 구, and is audited', async () => {
    const res = await whatIf(admin, [{ parameter: 'housing-benefit.selection-rate', value: 0.6 }]);
    expect(res.statusCode, res.body).toBe(200);
    const programs = res.json().programs as ProgramOut[];
    const rent = programs.find((p) => p.id === 'housing-benefit.rent') as ProgramOut;
    expect(rent.affected).toBe(true);
    expect(rent.amountUnit).toBe('KRW/month');
    expect(rent.became).toBeGreaterThan(0);
    expect(rent.stopped).toBe(0);
    expect(rent.scenario.eligible).toBe(rent.baseline.eligible + rent.became);
    // Households newly eligible add their amounts where the list lets them be estimated.
    expect(rent.scenario.withAmount).toBeGreaterThanOrEqual(rent.baseline.withAmount);
    expect(rent.scenario.amount).toBeGreaterThanOrEqual(rent.baseline.amount);
    expect(rent.baseline.withAmount).toBeGreaterThan(0);
    expect(rent.byDistrict.reduce((s, d) => s + d.scenario, 0)).toBe(rent.scenario.eligible);
    // A program that does not read the figure cannot move.
    const loan = programs.find((p) => p.id === 'jeonse-loan.general') as ProgramOut;
    expect(loan.affected).toBe(false);
    expect(loan.scenario).toEqual(loan.baseline);
    const audited = await auditEntries(t.app.db, 'outreach.whatif', job.id);
    expect(audited.at(-1)?.reason).toBe('housing-benefit.selection-rate=0.6');
    // Counts only: no row number, reference or household field in the answer.
    expect(res.body).not.toMatch(/A-0000|"row"|reference/);
  });

  it('refuses bad overrides with a field error per problem, in Korean and English', async () => {
    const res = await whatIf(city, [
      { parameter: 'housing-benefit.selection-rate', value: 48 },
      { parameter: 'basic-livelihood.median-income', value: 2_600_000 },
      { parameter: 'public-rental.urban-worker-income', value: { 1: 1 } },
      { parameter: 'housing-benefit.nothing', value: 1 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const errors = res.json().errors as { path: string; detail: string; detail_en: string }[];
    expect(errors.map((e) => e.path)).toEqual([
      'overrides.0.value',
      'overrides.1.value',
      'overrides.2.value',
      'overrides.3.parameter',
    ]);
    expect(errors.map((e) => e.detail)).toEqual([
      'overrides.0.value: 10 이하여야 합니다 (비율은 0.48이 48 %입니다).',
      'overrides.1.value: 표 값이어야 합니다 (칸마다 숫자).',
      expect.stringContaining('빠진 칸: "2"'),
      'overrides.3.parameter: 이 선별의 제도가 읽는 기준이 아닙니다.',
    ]);
    expect(errors[0]?.detail_en).toContain('0.48 is 48 %');

    const flat = await whatIf(city, [{ parameter: 'housing-benefit.standard-rent', value: 1 }]);
    expect(flat.statusCode).toBe(400);
    expect(flat.json().errors[0].path).toBe('overrides.0.parameter');
    const many = Array.from({ length: 11 }, () => ({ parameter: 'housing-benefit.selection-rate', value: 0.5 }));
    expect((await whatIf(city, many)).statusCode).toBe(400);
    expect((await whatIf(city, [])).statusCode).toBe(400);
    const text = await whatIf(city, [{ parameter: 'housing-benefit.selection-rate', value: '0.5' }]);
    expect(text.statusCode).toBe(400);
  });

  it('refuses a partner and a counselor of another 구 as the outreach routes do, and a list not screened to the end', async () => {
    const body = { overrides: [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }] };
    expect((await post(lh, `/api/outreach/jobs/${job.id}/what-if`, body)).statusCode).toBe(403);
    const other = await post(seo, `/api/outreach/jobs/${job.id}/what-if`, body);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('2026-03-01');
    expect((await auditEntries(t.app.db, 'outreach.out_of_scope', job.id)).length).toBeGreaterThan(0);
    expect((await get(seo, `/api/outreach/jobs/${job.id}/what-if`)).statusCode).toBe(404);

    const stopped = await t.app.db
      .updateTable('outreach_job')
      .set({ state: 'cancelled' })
      .where('id', '=', job.id)
      .returning('id')
      .executeTakeFirst();
    expect(stopped?.id).toBe(job.id);
    try {
      const res = await post(city, `/api/outreach/jobs/${job.id}/what-if`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('JIBSA_LIST_NOT_SCREENED');
    } finally {
      await t.app.db.updateTable('outreach_job').set({ state: 'done' }).where('id', '=', job.id).execute();
    }
  });

  /** A demo account's id, as a run's `requested_by` holds it. */
  const staffId = async (username: string) =>
    (await t.app.db.selectFrom('staff_user').select('id').where('username', '=', username).executeTakeFirstOrThrow())
      .id;
  /** Polls a background run until it ends (done or failed). */
  const ended = async (who: StaffLogin, location: string) => {
    let run = (await get(who, location)).json();
    for (let i = 0; i < 300 && run.state !== 'done' && run.state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await get(who, location)).json();
    }
    return run;
  };
  /** Runs `body` with the rows a caller may wait for set to `rows` (the route reads it per request). */
  const withWaitLimit = async (rows: number, body: () => Promise<void>) => {
    const outreach = t.app.config.outreach as { whatIfMaxRows: number };
    const before = outreach.whatIfMaxRows;
    outreach.whatIfMaxRows = rows;
    try {
      await body();
    } finally {
      outreach.whatIfMaxRows = before;
    }
  };

  it('counts a list longer than a caller can wait for in the background: 202, its progress, then the same counts', async () => {
    const overrides = [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }];
    const direct = await whatIf(city, overrides);
    expect(direct.statusCode, direct.body).toBe(200);
    await withWaitLimit(100, async () => {
      const queued = await whatIf(city, overrides);
      expect(queued.statusCode, queued.body).toBe(202);
      const run = queued.json();
      expect(run).toMatchObject({ jobId: job.id, rowsTotal: 200, result: null, failure: null });
      expect(['queued', 'running', 'done']).toContain(run.state);
      const location = queued.headers.location as string;
      expect(location).toBe(`/api/outreach/what-if/runs/${run.runId}`);
      const done = await ended(city, location);
      expect(done).toMatchObject({ runId: run.runId, state: 'done', rowsDone: 200, rowsTotal: 200, failure: null });
      // The same answer the caller would have waited for, counts only.
      expect(done.result).toEqual(direct.json());
      expect(JSON.stringify(done)).not.toMatch(/A-0000|"row"|reference/);
      // Audited when asked, as a what-if answered at once is.
      const audited = await auditEntries(t.app.db, 'outreach.whatif', job.id);
      expect(audited.at(-1)?.reason).toBe('housing-benefit.selection-rate=0.5');
      // Read by whoever may read the list's counts; another 구 finds nothing, a partner is refused.
      expect((await get(dong, location)).statusCode).toBe(200);
      const other = await get(seo, location);
      expect(other.statusCode).toBe(404);
      expect(other.headers['content-type']).toMatch(/problem\+json/);
      expect((await get(lh, location)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: location })).statusCode).toBe(401);
      // The screening's background runs, newest first, without their counts: this one is among them.
      const listed = await get(dong, `/api/outreach/jobs/${job.id}/what-if/runs`);
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.json().items[0]).toEqual({
        runId: run.runId,
        state: 'done',
        rowsDone: 200,
        rowsTotal: 200,
        askedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        overrides,
      });
      expect((await get(seo, `/api/outreach/jobs/${job.id}/what-if/runs`)).statusCode).toBe(404);
      expect((await get(lh, `/api/outreach/jobs/${job.id}/what-if/runs`)).statusCode).toBe(403);
      const missing = await get(city, '/api/outreach/what-if/runs/00000000-0000-4000-8000-000000000000');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toBe('그런 모의 계산이 없습니다.');
      expect((await get(city, '/api/outreach/what-if/runs/not-a-uuid')).statusCode).toBe(400);
    });
  });

  const HALF_RATE = [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }];
  /** A 주거급여 50 % run of the city's, left running by a worker `worker` under a lease ending `leaseMs` from now. */
  const runLeft = async (worker: string, rowsDone: number, leaseMs: number) => {
    const row = await t.app.db
      .insertInto('outreach_whatif_run')
      .values({
        job_id: job.id,
        requested_by: await staffId('city'),
        overrides: JSON.stringify(HALF_RATE),
        state: 'running',
        rows_total: 200,
        rows_done: rowsDone,
        worker,
        lease_until: new Date(Date.now() + leaseMs),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return `/api/outreach/what-if/runs/${row.id}`;
  };
  /** The run ends done, all 200 rows counted, with the counts a caller waiting for the same figures gets. */
  const expectCountedOnce = async (location: string) => {
    const done = await ended(city, location);
    expect(done).toMatchObject({ state: 'done', rowsDone: 200 });
    expect(done.result.households).toBe(200);
    expect(done.result).toEqual((await whatIf(city, HALF_RATE)).json());
  };

  it('takes up a run its server left mid-way and counts it from the first row, once', async () => {
    // As a server that died part-way leaves it: running, its lease run out, some rows counted.
    await expectCountedOnce(await runLeft('gone:1:dead', 120, -60_000));
  });

  it('counts at once a run a stopped PGlite server still held (its lease not run out), once the leases are let go', async () => {
    // PGlite's folder has one process: at start the runner lets go of every lease (background.ts),
    // so a run the last server held is not left waiting ten minutes for its lease to run out.
    const location = await runLeft('stopped:1:gone', 80, 600_000);
    await releaseAllLeases(t.app.db, 'outreach_whatif_run');
    await expectCountedOnce(location);
  });

  it('fails a run whose figures no longer apply with a reason, instead of trying it again and again', async () => {
    const cityId = await staffId('city');
    // As a run asked for before an update that dropped the figure it changes.
    const stale = await t.app.db
      .insertInto('outreach_whatif_run')
      .values({
        job_id: job.id,
        requested_by: cityId,
        overrides: JSON.stringify([{ parameter: 'no.such.figure', value: 1 }]),
        rows_total: 200,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const run = await ended(city, `/api/outreach/what-if/runs/${stale.id}`);
    expect(run).toMatchObject({ state: 'failed', result: null });
    expect(run.failure.ko).toBe('계산하다가 문제가 생겼습니다. 다시 해 주세요.');
    expect(run.failure.en).toContain('went wrong');
  });

  it('refuses a fourth background run of one person while three are still being counted', async () => {
    const adminId = await staffId('admin');
    // Three runs a live server holds (their lease still runs), so the counter leaves them be.
    const held = await t.app.db
      .insertInto('outreach_whatif_run')
      .values(
        [1, 2, 3].map(() => ({
          job_id: job.id,
          requested_by: adminId,
          overrides: JSON.stringify([{ parameter: 'housing-benefit.selection-rate', value: 0.5 }]),
          state: 'running' as const,
          rows_total: 200,
          worker: 'alive:1:busy',
          lease_until: new Date(Date.now() + 600_000),
        })),
      )
      .returning('id')
      .execute();
    try {
      await withWaitLimit(100, async () => {
        const fourth = await whatIf(admin, [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }]);
        expect(fourth.statusCode).toBe(429);
        expect(fourth.headers['content-type']).toMatch(/problem\+json/);
        expect(fourth.headers['retry-after']).toBe('30');
        expect(fourth.json().detail).toContain('아직 끝나지 않은 모의 계산이 3개');
        // Someone else's run is not held up by it.
        const other = await whatIf(city, [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }]);
        expect(other.statusCode).toBe(202);
        expect((await ended(city, other.headers.location as string)).state).toBe('done');
      });
    } finally {
      await t.app.db
        .deleteFrom('outreach_whatif_run')
        .where(
          'id',
          'in',
          held.map((r) => r.id),
        )
        .execute();
    }
  });
});
