import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, pathwayView, refusal } from '../../src/pathway/milestones.ts';
import { asStaff, consent, staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

describe('주거상향 milestones (pure)', () => {
  it('adds months and keeps to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-05-15', 6)).toBe('2026-11-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('puts the settling-in visits 1, 3 and 6 months after the move, overdue once passed', () => {
    const v = pathwayView(
      [
        { milestone: 'counseling', reachedOn: '2026-03-02' },
        { milestone: 'rental_applied', reachedOn: '2026-03-10' },
        { milestone: 'move_in_decided', reachedOn: '2026-05-01' },
        { milestone: 'moved', reachedOn: '2026-05-20' },
      ],
      '2026-09-01',
    );
    const due = Object.fromEntries(v.steps.map((s) => [s.milestone, [s.dueOn, s.overdue]]));
    expect(due.settled_1m).toEqual(['2026-06-20', true]);
    expect(due.settled_3m).toEqual(['2026-08-20', true]);
    expect(due.settled_6m).toEqual(['2026-11-20', false]);
    expect(v.next).toBe('settled_1m');
  });

  it('refuses steps out of order, twice, in the future or dated before the step before', () => {
    const done = [{ milestone: 'counseling' as const, reachedOn: '2026-03-02' }];
    expect(refusal(done, 'moved', '2026-04-01', '2026-12-01')?.path).toBe('milestone');
    expect(refusal(done, 'counseling', '2026-03-05', '2026-12-01')?.ko).toMatch(/이미/);
    expect(refusal(done, 'rental_applied', '2026-12-02', '2026-12-01')?.path).toBe('reachedOn');
    expect(refusal(done, 'rental_applied', '2026-03-01', '2026-12-01')?.path).toBe('reachedOn');
    expect(refusal(done, 'rental_applied', '2026-03-02', '2026-12-01')).toBeNull();
    // A missed 1-month visit does not block the 3-month one.
    const moved = [...done, { milestone: 'moved' as const, reachedOn: '2026-05-20' }];
    expect(refusal(moved, 'settled_3m', '2026-08-21', '2026-12-01')).toBeNull();
  });
});

describeOnEachDatabase('주거상향 pathway on a case', (make) => {
  const t = appPerBlock(make, { seed: true });
  const dong = staffPerBlock(t, 'counselor.dong');
  const seo = staffPerBlock(t, 'counselor.seo');
  let caseId = '';
  beforeAll(async () => {
    const made = await dong.post('/api/cases', {
      district: 'dong',
      people: [{ name: '가상 주민', relation: 'head' }],
      housing: { housingType: 'jjokbang', tenure: 'monthly_rent' },
      consent,
    });
    expect(made.statusCode).toBe(201);
    caseId = made.json().id;
  }, 120_000);

  it('starts once, records each step in order, and shows it on the timeline', { timeout: 60_000 }, async () => {
    const none = await dong.get(`/api/cases/${caseId}/pathway`);
    expect(none.json()).toMatchObject({ active: false, steps: [], next: null });

    const start = await dong.post(`/api/cases/${caseId}/pathway`, {
      fromHousingType: 'jjokbang',
      startedOn: '2026-03-02',
    });
    expect(start.statusCode).toBe(201);
    expect(start.json()).toMatchObject({ active: true, fromHousingType: 'jjokbang', next: 'counseling' });
    const again = await dong.post(`/api/cases/${caseId}/pathway`, { fromHousingType: 'goshiwon' });
    expect(again.statusCode).toBe(409);

    const early = await dong.post(`/api/cases/${caseId}/pathway/milestones`, {
      milestone: 'moved',
      reachedOn: '2026-05-20',
    });
    expect(early.statusCode).toBe(400);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json().errors[0]).toMatchObject({ path: 'milestone' });
    expect(early.json().errors[0].detail).toMatch(/먼저 '입주 결정'/);

    for (const [milestone, reachedOn] of [
      ['counseling', '2026-03-02'],
      ['rental_applied', '2026-03-10'],
      ['move_in_decided', '2026-05-01'],
      ['moved', '2026-05-20'],
      ['settled_1m', '2026-06-19'],
    ]) {
      const r = await dong.post(`/api/cases/${caseId}/pathway/milestones`, { milestone, reachedOn });
      expect(r.statusCode, `${milestone}: ${r.body}`).toBe(201);
    }
    const view = (await dong.get(`/api/cases/${caseId}/pathway`)).json();
    expect(view.next).toBe('settled_3m');
    expect(view.steps.find((s: { milestone: string }) => s.milestone === 'settled_6m').dueOn).toBe('2026-11-20');

    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const kinds = c.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k === 'pathway.milestone')).toHaveLength(5);
    expect(kinds).toContain('pathway.started');
  });

  it('answers 404 to a counselor of another 구, and refuses bad input by field', async () => {
    expect((await seo.get(`/api/cases/${caseId}/pathway`)).statusCode).toBe(404);
    const bad = await dong.post(`/api/cases/${caseId}/pathway/milestones`, {
      milestone: 'flew',
      reachedOn: '2026-13-01',
    });
    expect(bad.statusCode).toBe(400);
    const future = await dong.post(`/api/cases/${caseId}/pathway/milestones`, {
      milestone: 'settled_3m',
      reachedOn: '2999-01-01',
    });
    expect(future.json().errors[0].path).toBe('reachedOn');
  });

  it('counts the year’s moves for the city, by 구 and by where people moved from', async () => {
    const city = asStaff(t.app, await loginAs(t.app, 'city'));
    const stats = await city.get('/api/stats/housing-upgrade?year=2026');
    expect(stats.statusCode).toBe(200);
    const s = stats.json();
    // The demo seed may add moves of its own: the case above is one more in 동구 from 쪽방.
    expect(s.moved).toBeGreaterThanOrEqual(1);
    expect(s.byDistrict.find((d: { district: string }) => d.district === 'dong').moved).toBeGreaterThanOrEqual(1);
    expect(s.byFromHousingType.find((d: { fromHousingType: string }) => d.fromHousingType === 'jjokbang')).toBeTruthy();
    expect((await city.get('/api/stats/housing-upgrade?year=2025')).json().moved).toBe(
      (await city.get('/api/stats/housing-upgrade?year=2025'))
        .json()
        .byDistrict.reduce((n: number, d: { moved: number }) => n + d.moved, 0),
    );
    const partner = asStaff(t.app, await loginAs(t.app, 'partner.lh'));
    expect((await partner.get('/api/stats/housing-upgrade?year=2026')).statusCode).toBe(403);
    expect((await city.get('/api/stats/housing-upgrade?year=twenty')).statusCode).toBe(400);
  });
});
