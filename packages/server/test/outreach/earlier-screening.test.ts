import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginPerBlock, type StaffLogin } from '../support/staff.ts';
import { screenToEnd, uploadSampleList } from './sample-list-job.ts';

type Job = {
  id: string;
  state: string;
  rowsWarned: number;
  eligibleByProgram: Counted[];
  eligibleByDistrict: Counted[];
  unreachedByProgram: Counted[];
  unreachedByDistrict: Counted[];
  compared: null | {
    jobId: string;
    date: string;
    newlyEligible: number;
    noLongerEligible: number;
    newlyByProgram: { id: string; households: number }[];
  };
};
type Row = {
  row: number;
  ok: boolean;
  district: string | null;
  programs: { id: string; status: string; receives?: boolean }[];
  errors: unknown[];
  newly?: string[];
};
type Counted = { households: number; id?: string; district?: string | null };

/** Programs likely eligible, by row, from a job's rows as the results screen lists them. */
const eligibleByRow = (rows: Row[]) =>
  new Map(rows.map((r) => [r.row, new Set(r.programs.filter((p) => p.status === 'eligible').map((p) => p.id))]));

/** What a comparison of two screenings should say, worked out row by row from their rows. */
function comparison(earlierRows: Row[], laterRows: Row[]) {
  const was = eligibleByRow(earlierRows);
  const now = eligibleByRow(laterRows);
  const newly = new Map<number, string[]>();
  let noLonger = 0;
  for (const [row, ids] of now) {
    const gained = [...ids].filter((id) => !was.get(row)?.has(id)).sort();
    if (gained.length > 0) newly.set(row, gained);
  }
  for (const [row, ids] of was) if ([...ids].some((id) => !now.get(row)?.has(id))) noLonger++;
  const perProgram = new Map<string, number>();
  for (const ids of newly.values()) for (const id of ids) perProgram.set(id, (perProgram.get(id) ?? 0) + 1);
  return { newly, noLonger, perProgram };
}

describeOnEachDatabase('a list screened again as of a later day, read against its earlier screening', (make) => {
  const t = appPerBlock(make);
  const dong = loginPerBlock(t, 'counselor.dong');
  const get = (who: StaffLogin, url: string) => t.app.inject({ method: 'GET', url, cookies: who.cookies });
  let list: { id: string; mapping: Record<string, string> };

  const screen = async (date: string): Promise<Job> => {
    const job = await screenToEnd<Job>(t.app, dong, list, date);
    expect(job.state).toBe('done');
    return job;
  };
  const rows = async (jobId: string, only: string): Promise<Row[]> => {
    const res = await get(dong, `/api/outreach/jobs/${jobId}/results?only=${only}&limit=500`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };

  let before: Job;
  let after: Job;

  beforeAll(async () => {
    // The 동구 sample list (200 fictional households), as a counselor would try it.
    list = await uploadSampleList(t.app, dong);
    // In December, on the 2026 figures; then again as of 1 January, on the 2027 기준 중위소득 and 기준임대료.
    before = await screen('2026-12-01');
    after = await screen('2027-01-01');
  }, 90_000);

  it('a first screening has nothing to compare with: no comparison, and asking for newly eligible rows is a clear 400', async () => {
    expect(before.compared).toBeNull();
    const res = await get(dong, `/api/outreach/jobs/${before.id}/results?only=newly`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().errors[0]).toMatchObject({ path: 'only', detail: expect.stringContaining('앞선 날짜') });
    const rowsBefore = await rows(before.id, 'all');
    expect(rowsBefore.every((r) => r.newly === undefined)).toBe(true);
  });

  it('counts, lists and marks the households newly likely eligible, as the two screenings row by row say', async () => {
    const all = await rows(after.id, 'all');
    const want = comparison(await rows(before.id, 'all'), all);
    // The new figures rise, so the sample list has households they bring in.
    expect(want.newly.size).toBeGreaterThan(0);
    expect(after.compared).toMatchObject({
      jobId: before.id,
      date: '2026-12-01',
      newlyEligible: want.newly.size,
      noLongerEligible: want.noLonger,
    });
    const expected = want.newly;
    const perProgram = want.perProgram;
    expect(new Map(after.compared?.newlyByProgram.map((p) => [p.id, p.households]))).toEqual(perProgram);
    // Every row is marked with what it newly gets; the filter lists exactly the rows with a mark.
    for (const r of all) expect([...(r.newly ?? [])].sort(), `row ${r.row}`).toEqual(expected.get(r.row) ?? []);
    const newly = await rows(after.id, 'newly');
    expect(newly.map((r) => r.row)).toEqual([...expected.keys()].sort((a, b) => a - b));
    // With a program chosen: the rows newly likely eligible for that program.
    const [program, count] = [...perProgram].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const one = await get(dong, `/api/outreach/jobs/${after.id}/results?only=newly&program=${program}&limit=500`);
    expect(one.json().items.map((r: Row) => r.row)).toHaveLength(count);
    expect(one.json().items.every((r: Row) => r.newly?.includes(program))).toBe(true);
  });

  it("an ended job's headline counts are its rows' counts, by program and 구, for likely eligible and 사각지대", async () => {
    const all = await rows(after.id, 'all');
    const tally = (keys: (r: Row) => (string | null)[]) => {
      const out = new Map<string | null, number>();
      for (const r of all) for (const k of new Set(keys(r))) out.set(k, (out.get(k) ?? 0) + 1);
      return out;
    };
    const eligible = (r: Row) => r.programs.filter((p) => p.status === 'eligible');
    const unreached = (r: Row) => eligible(r).filter((p) => p.receives === false);
    const asMap = (xs: Counted[], key: 'id' | 'district') => new Map(xs.map((x) => [x[key] ?? null, x.households]));
    expect(asMap(after.eligibleByProgram, 'id')).toEqual(tally((r) => eligible(r).map((p) => p.id)));
    expect(asMap(after.unreachedByProgram, 'id')).toEqual(tally((r) => unreached(r).map((p) => p.id)));
    expect(asMap(after.eligibleByDistrict, 'district')).toEqual(
      tally((r) => (eligible(r).length > 0 ? [r.district] : [])),
    );
    expect(asMap(after.unreachedByDistrict, 'district')).toEqual(
      tally((r) => (unreached(r).length > 0 ? [r.district] : [])),
    );
    expect(after.rowsWarned).toBe(all.filter((r) => r.ok && r.errors.length > 0).length);
    // Most households first, as the screen lists them.
    const counts = after.eligibleByProgram.map((p) => p.households);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(after.unreachedByProgram.length).toBeGreaterThan(0);
  });

  it('downloads the newly eligible households, named so the file says what it holds', async () => {
    const res = await get(dong, `/api/outreach/jobs/${after.id}/results.csv?only=newly`);
    expect(res.statusCode, res.body).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('선별결과-새로대상.csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1);
    const rowsInFile = new Set(lines.map((l) => Number(l.split(',')[0])));
    expect([...rowsInFile].sort((a, b) => a - b)).toEqual((await rows(after.id, 'newly')).map((r) => r.row));
  });

  it('also counts households no longer likely eligible, and a row bad in one screening and not the other', async () => {
    const first = await screen('2026-11-01');
    const firstRows = await rows(first.id, 'all');
    // Two rows of the first screening changed by hand, as a list with a mistake fixed between screenings reads.
    const bad = firstRows.find((r) => r.programs.some((p) => p.status === 'eligible')) as Row;
    const extra = firstRows.find(
      (r) => r.row !== bad.row && !r.programs.some((p) => p.id === 'youth-rent' && p.status === 'eligible'),
    ) as Row;
    const db = t.app.db;
    await db
      .updateTable('outreach_result')
      .set({ ok: false, programs: JSON.stringify([]), eligible_count: 0 })
      .where('job_id', '=', first.id)
      .where('row_number', '=', bad.row)
      .execute();
    const more = [
      ...extra.programs.filter((p) => p.id !== 'youth-rent'),
      { id: 'youth-rent', status: 'eligible', amount: null, missing: [] },
    ];
    await db
      .updateTable('outreach_result')
      .set({ programs: JSON.stringify(more), eligible_count: more.filter((p) => p.status === 'eligible').length })
      .where('job_id', '=', first.id)
      .where('row_number', '=', extra.row)
      .execute();
    // A job just started carries its progress only: its counts come once it has ended.
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/outreach/lists/${list.id}/jobs`,
      payload: { mapping: list.mapping, date: '2026-11-15' },
      cookies: dong.cookies,
      headers: dong.csrf,
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ state: 'queued', eligibleByProgram: [], rowsWarned: 0, compared: null });
    let second: Job = started.json();
    for (let i = 0; i < 300 && second.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      second = (await get(dong, `/api/outreach/jobs/${second.id}`)).json();
    }
    expect(second.state).toBe('done');
    const want = comparison(await rows(first.id, 'all'), await rows(second.id, 'all'));
    expect(want.newly.has(bad.row)).toBe(true);
    expect(want.noLonger).toBeGreaterThan(0);
    expect(second.compared).toMatchObject({
      jobId: first.id,
      newlyEligible: want.newly.size,
      noLongerEligible: want.noLonger,
    });
    expect(new Map(second.compared?.newlyByProgram.map((p) => [p.id, p.households]))).toEqual(want.perProgram);
  });

  it("counts kept as a job's rows were written say what counting its rows says, and give way when the earlier screening changes", async () => {
    const read = async (id: string): Promise<Job> => (await get(dong, `/api/outreach/jobs/${id}`)).json();
    const db = t.app.db;
    const kept = await db
      .selectFrom('outreach_job')
      .select('tallies')
      .where('id', '=', after.id)
      .executeTakeFirstOrThrow();
    expect(kept.tallies?.compared).toMatchObject({ earlierId: before.id });
    const fromTallies = await read(after.id);
    // The same job without kept counts (as a job screened before they were kept) is counted from its rows.
    await db.updateTable('outreach_job').set({ tallies: null }).where('id', '=', after.id).execute();
    const fromRows = await read(after.id);
    await db
      .updateTable('outreach_job')
      .set({ tallies: JSON.stringify(kept.tallies) })
      .where('id', '=', after.id)
      .execute();
    expect(fromTallies.eligibleByProgram.length).toBeGreaterThan(0);
    expect(fromTallies).toEqual(fromRows);
    // A screening as of a day between the two becomes the one the later job is read against:
    // the comparison kept was made against the other, so this one is counted from the rows.
    const between = await screen('2026-12-15');
    const now = await read(after.id);
    const want = comparison(await rows(between.id, 'all'), await rows(after.id, 'all'));
    expect(now.compared).toMatchObject({
      jobId: between.id,
      newlyEligible: want.newly.size,
      noLongerEligible: want.noLonger,
    });
    expect(new Map(now.compared?.newlyByProgram.map((p) => [p.id, p.households]))).toEqual(want.perProgram);
    expect({ ...now, compared: null }).toEqual({ ...fromTallies, compared: null });
  });
});
