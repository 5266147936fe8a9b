// The center's figures (GET /api/stats/center) against a plain reading of the same rows in
// JavaScript, over the demo seed (cases in every 구, referrals answered, declined and completed): every count must agree.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { centerFigures } from '../../src/stats/center-figures.ts';
import { asStaff } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

const WAITING = ['requested', 'received'];
const TAKEN = ['accepted', 'in-progress', 'on-hold', 'completed'];
const WORKING = ['accepted', 'in-progress', 'on-hold'];

describeOnEachDatabase('the center figures, checked against a plain reading of the rows', (make) => {
  const t = appPerBlock(make);
  let today = '';
  let year = 0;
  beforeAll(async () => {
    const db = t.handle.db;
    today = (await sql<{ d: string }>`select (now() at time zone 'Asia/Seoul')::date::text as d`.execute(db)).rows[0]
      ?.d as string;
    year = Number(today.slice(0, 4));
  }, 120_000);

  it('counts cases by 구 and step, referrals by agency, outcomes and eligible programs as the rows say', async () => {
    const db = t.handle.db;
    const inYear = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).getUTCFullYear() === year;
    const cases = (
      await db
        .selectFrom('case_record')
        .select(['id', 'district', 'status', 'eligible_programs', 'created_at'])
        .execute()
    ).filter((c) => inYear(new Date(c.created_at)));
    const referrals = (
      await db
        .selectFrom('referral as r')
        .innerJoin('agency as a', 'a.id', 'r.agency_id')
        .select(['r.id', 'a.name', 'r.status', 'r.outcome', 'r.created_at', sql<string>`r.due_on::text`.as('due')])
        .execute()
    ).filter((r) => inYear(new Date(r.created_at)));
    const events = await db.selectFrom('referral_event').select(['referral_id', 'at', 'to_status']).execute();

    const got = await centerFigures(db, year, today);
    expect(got.casesOpened).toBe(cases.length);
    expect(got.casesOpened, 'the seeds leave something to count').toBeGreaterThan(10);
    for (const d of got.byDistrict) {
      const here = cases.filter((c) => c.district === d.district);
      expect(d.opened).toBe(here.length);
      for (const [status, n] of Object.entries(d.byStatus)) {
        expect(n, `${d.district} ${status}`).toBe(here.filter((c) => c.status === status).length);
      }
    }
    expect(got.referralsSent).toBe(referrals.length);
    expect(got.byAgency.map((a) => a.agency).sort()).toEqual([...new Set(referrals.map((r) => r.name))].sort());
    for (const a of got.byAgency) {
      const mine = referrals.filter((r) => r.name === a.agency);
      const days = mine
        .map((r) => {
          const answers = events
            .filter((e) => e.referral_id === r.id && (e.to_status === 'accepted' || e.to_status === 'rejected'))
            .map((e) => new Date(e.at).getTime());
          return answers.length ? (Math.min(...answers) - new Date(r.created_at).getTime()) / 86_400_000 : null;
        })
        .filter((x): x is number => x !== null)
        .sort((x, y) => x - y);
      const mid = Math.floor(days.length / 2);
      const median =
        days.length === 0 ? null : days.length % 2 ? days[mid] : ((days[mid - 1] ?? 0) + (days[mid] ?? 0)) / 2;
      expect(a).toEqual({
        agency: a.agency,
        sent: mine.length,
        taken: mine.filter((r) => TAKEN.includes(r.status)).length,
        inProgress: mine.filter((r) => WORKING.includes(r.status)).length,
        completed: mine.filter((r) => r.status === 'completed').length,
        declined: mine.filter((r) => r.status === 'rejected').length,
        cancelled: mine.filter((r) => r.status === 'cancelled').length,
        waiting: mine.filter((r) => WAITING.includes(r.status)).length,
        late: mine.filter((r) => WAITING.includes(r.status) && r.due < today).length,
        open: mine.filter((r) => !['completed', 'rejected', 'cancelled'].includes(r.status)).length,
        medianDaysToAnswer: median === null ? null : Math.round((median as number) * 10) / 10,
      });
    }
    expect(got.byAgency.some((a) => a.medianDaysToAnswer !== null)).toBe(true);
    // The columns the screen adds up: where each referral is now, each counted once, make those sent;
    // 수락 overlaps them (being worked on or finished), 기한 지남 is part of 답 기다림.
    for (const a of got.byAgency) {
      expect(a.waiting + a.inProgress + a.completed + a.declined + a.cancelled, a.agency).toBe(a.sent);
      expect(a.taken, a.agency).toBe(a.inProgress + a.completed);
      expect(a.late, a.agency).toBeLessThanOrEqual(a.waiting);
    }
    expect(got.byAgency.some((a) => a.inProgress > 0)).toBe(true);
    const completed = referrals.filter((r) => r.status === 'completed' && r.outcome !== null);
    expect(got.outcomes.reduce((n, o) => n + o.count, 0)).toBe(completed.length);
    expect(completed.length, 'the demo has completed referrals with an outcome').toBeGreaterThan(0);
    const screenedIds = new Set(
      (await db.selectFrom('case_screening').select('case_id').execute()).map((s) => s.case_id),
    );
    expect(got.casesScreened).toBe(cases.filter((c) => screenedIds.has(c.id)).length);
    expect(got.casesScreened, 'the demo screens cases past intake, not those at intake').toBeLessThan(got.casesOpened);
    const eligible = new Map<string, number>();
    for (const c of cases) for (const id of c.eligible_programs) eligible.set(id, (eligible.get(id) ?? 0) + 1);
    // A case counts for a program only if it was screened: "대상" is a screening's answer.
    for (const p of got.eligibleByProgram) expect(p.cases).toBeLessThanOrEqual(got.casesScreened);
    expect(Object.fromEntries(got.eligibleByProgram.map((p) => [p.programId, p.cases]))).toEqual(
      Object.fromEntries(eligible),
    );
  });

  it('answers the city and counselors in counts only, refuses anonymous callers, partners and a bad year by field', async () => {
    const city = asStaff(t.app, await loginAs(t.app, 'city'));
    const r = await city.get(`/api/stats/center?year=${year}`);
    expect(r.statusCode).toBe(200);
    // No name, case number, phone or message: counts, 구 ids, agency and program names only.
    expect(r.body).not.toMatch(/C-\d{4}-\d{6}|R-\d{4}-\d{6}|010-?\d{4}|연계 요청/);
    expect(r.json().casesOpened).toBe((await centerFigures(t.handle.db, year, today)).casesOpened);
    const counselor = asStaff(t.app, await loginAs(t.app, 'counselor.seo'));
    expect((await counselor.get(`/api/stats/center?year=${year}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/stats/center?year=${year}` })).statusCode).toBe(401);
    const partner = asStaff(t.app, await loginAs(t.app, 'partner.lh'));
    expect((await partner.get(`/api/stats/center?year=${year}`)).statusCode).toBe(403);
    const bad = await city.get('/api/stats/center?year=twenty');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
  });

  it('gives admins, and no one else, each counselor’s open cases and overdue tasks now, and those nobody handles', async () => {
    const db = t.handle.db;
    const admin = asStaff(t.app, await loginAs(t.app, 'admin'));
    // One more case nobody handles, with a task past its date: it must be counted there.
    const made = await admin.post('/api/cases', {
      district: 'nam',
      people: [{ name: '현황 확인', relation: 'head' }],
      consent: { collection: true, sharing: false },
    });
    expect(made.statusCode).toBe(201);
    const task = await admin.post(`/api/cases/${made.json().id}/tasks`, { title: '전화하기', dueOn: '2020-01-02' });
    expect(task.statusCode).toBe(201);

    const got = (await admin.get(`/api/stats/center?year=${year}`)).json().byCounselor as {
      counselors: { id: string; name: string; openCases: number; overdueTasks: number }[];
      unassigned: { openCases: number; overdueTasks: number };
    };
    const open = (await db.selectFrom('case_record').select(['id', 'assignee_id', 'status']).execute()).filter(
      (c) => c.status !== 'closed',
    );
    const late = await db
      .selectFrom('case_task')
      .select(['case_id', sql<string>`due_on::text`.as('due')])
      .where('done_at', 'is', null)
      .where('due_on', 'is not', null)
      .execute();
    const plain = (who: string | null) => {
      const cases = open.filter((c) => c.assignee_id === who);
      const ids = new Set(cases.map((c) => c.id));
      return { openCases: cases.length, overdueTasks: late.filter((x) => ids.has(x.case_id) && x.due < today).length };
    };
    const counselors = await db
      .selectFrom('staff_user')
      .select(['id', 'display_name'])
      .where('role', '=', 'counselor')
      .execute();
    expect(got.counselors.map((c) => c.id).sort()).toEqual(counselors.map((c) => c.id).sort());
    for (const c of got.counselors) {
      expect(c, c.name).toMatchObject({ name: counselors.find((x) => x.id === c.id)?.display_name, ...plain(c.id) });
    }
    expect(got.unassigned).toEqual(plain(null));
    expect(got.unassigned.openCases).toBeGreaterThan(0);
    expect(got.unassigned.overdueTasks).toBeGreaterThan(0);
    expect(
      got.counselors.some((c) => c.openCases > 0),
      'the demo gives counselors cases',
    ).toBe(true);

    // The city and counselors see the year's counts, never who handles how much.
    for (const username of ['city', 'counselor.seo']) {
      const other = asStaff(t.app, await loginAs(t.app, username));
      const body = (await other.get(`/api/stats/center?year=${year}`)).json();
      expect(body, username).not.toHaveProperty('byCounselor');
    }
  });
});
