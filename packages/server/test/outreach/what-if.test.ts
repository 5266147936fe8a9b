import { multipart } from '@jibsa/lists/test-files';
import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock, type StaffLogin } from '../support/staff.ts';

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
    const sample = Buffer.from((await get(dong, '/api/outreach/sample-list.csv')).body, 'utf8');
    const form = multipart('예시명단.csv', sample);
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/outreach/lists',
      cookies: dong.cookies,
      payload: form.payload,
      headers: { ...form.headers, ...dong.csrf },
    });
    expect(up.statusCode, up.body).toBe(201);
    const started = await post(dong, `/api/outreach/lists/${up.json().id}/jobs`, {
      mapping: up.json().suggestedMapping,
      date: '2026-03-01',
    });
    expect(started.statusCode, started.body).toBe(202);
    job = started.json();
    for (let i = 0; i < 300 && (job as { state?: string }).state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(dong, `/api/outreach/jobs/${job.id}`)).json();
    }
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
    // A list longer than a caller can wait for is refused with a reason, not left to time out.
    await t.app.db.updateTable('outreach_job').set({ rows_done: 50_001 }).where('id', '=', job.id).execute();
    try {
      const res = await post(city, `/api/outreach/jobs/${job.id}/what-if`, body);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'JIBSA_WHATIF_TOO_LARGE', detail: expect.stringContaining('50,000') });
    } finally {
      await t.app.db.updateTable('outreach_job').set({ rows_done: 200 }).where('id', '=', job.id).execute();
    }
  });
});
