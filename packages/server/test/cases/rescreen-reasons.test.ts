// Issue #9: a re-screen says what changed and names why: a figure of the rules that moved with
// the year (2026 기준 중위소득), or the household's own answers. Real figures, no stubs: a 70-year-old
// living alone on a pension of 780,000원 is above the 2025 생계급여 line (765,444원) and below 2026's.
import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { newestMedianYear } from '../support/newest-figures.ts';
import { consent, staffPerBlock } from './support.ts';

const household = (pension: number, rent = 250_000) => ({
  address: { sido: '광주광역시', sigungu: '동구' },
  tenure: 'monthly_rent',
  deposit: 3_000_000,
  monthlyRent: rent,
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [{ relation: 'head', age: 70, pensionIncome: pension, earnedIncome: 0, businessIncome: 0, otherIncome: 0 }],
});

interface Change {
  programId: string;
  before: { status: string } | null;
  after: { status: string; amount: number | null } | null;
  why: { ko: string; en: string };
}

describeOnEachDatabase('re-screening names the cause of each change', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  let caseId: string;
  beforeAll(async () => {
    const made = await dong.post('/api/cases', {
      people: [{ name: '연금 할머니', relation: 'head' }],
      household: household(780_000),
      consent,
    });
    caseId = made.json().id;
  });

  const screen = async (date: string) => {
    const res = await dong.post(`/api/cases/${caseId}/screenings`, { date });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { changes: Change[]; snapshot: { rulesVersion: string } };
  };

  it('a new year’s 기준 중위소득 is named as the reason 생계급여 became possible', async () => {
    const first = await screen('2025-06-01');
    expect(first.changes).toEqual([]);
    const second = await screen('2026-06-01');
    const livelihood = second.changes.find((c) => c.programId === 'basic-livelihood.livelihood');
    expect(livelihood?.before?.status).toBe('ineligible');
    expect(livelihood?.after?.status).toBe('eligible');
    expect(livelihood?.why.ko).toMatch(
      /^2026년 기준 중위소득 인상\(2,392,013원 → 2,564,238원\) 때문에 생계급여 대상이 되었어요/,
    );
    expect(livelihood?.why.en).toMatch(/2026 .*rose/);
    // The household did not change, so its answers are not blamed.
    expect(livelihood?.why.ko).not.toContain('가구 답');
  });

  it('a change in the household’s own answers is named by field, not blamed on the figures', async () => {
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const patched = await dong.patch(`/api/cases/${caseId}`, { version: c.version, household: household(0, 400_000) });
    expect(patched.statusCode, patched.body).toBe(200);
    const third = await screen('2026-06-01');
    const changed = third.changes.filter((ch) => ch.why.ko.includes('가구 답 변화'));
    expect(changed.length).toBeGreaterThan(0);
    for (const ch of third.changes) {
      expect(ch.why.ko, ch.programId).not.toMatch(/인상|인하/);
      expect(ch.why.ko).toContain('연금');
    }
    const livelihood = third.changes.find((ch) => ch.programId === 'basic-livelihood.livelihood');
    // Each program is told of the answers it reads: 생계급여 the pension, not the rent it never reads.
    expect(livelihood?.why.ko).toMatch(/^가구 답 변화\(가구원 1의 연금[^)]*\) 때문에 생계급여 금액이/);
  });

  it('a screening past the newest 기준 중위소득 keeps the year it rested on, and only then', async () => {
    const year = newestMedianYear();
    const rentOf = (s: { snapshot: { programs: { id: string; figuresYear?: number }[] } }) =>
      s.snapshot.programs.find((p) => p.id === 'housing-benefit.rent');
    const later = (await screen(`${year + 1}-02-01`)) as unknown as Parameters<typeof rentOf>[0];
    expect(rentOf(later)?.figuresYear).toBe(year);
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    expect(c.latestScreening.programs.find((p: { id: string }) => p.id === 'housing-benefit.rent').figuresYear).toBe(
      year,
    );
    const own = (await screen(`${year}-06-01`)) as unknown as Parameters<typeof rentOf>[0];
    expect(rentOf(own)).not.toHaveProperty('figuresYear');
  });

  it('screened in December, says what the next year’s figures change on 1 January, with the cause', async () => {
    const made = await dong.post('/api/cases', {
      people: [{ name: '새해 할머니', relation: 'head' }],
      // 850,000원: over the 2026 생계급여 line (820,556원), under 2027's (875,533원).
      household: household(850_000),
      consent,
    });
    const id = made.json().id;
    const res = await dong.post(`/api/cases/${id}/screenings`, { date: '2026-12-06' });
    expect(res.statusCode, res.body).toBe(201);
    const { ahead, snapshot } = res.json() as {
      ahead?: { date: string; changes: Change[] };
      snapshot: { programs: { id: string; status: string }[] };
    };
    expect(snapshot.programs.find((p) => p.id === 'basic-livelihood.livelihood')?.status).toBe('ineligible');
    expect(ahead?.date).toBe('2027-01-01');
    const livelihood = ahead?.changes.find((c) => c.programId === 'basic-livelihood.livelihood');
    expect(livelihood?.after?.status).toBe('eligible');
    expect(livelihood?.why.ko).toMatch(
      /^2027년 기준 중위소득 인상\(2,564,238원 → 2,736,042원\) 때문에 생계급여 대상이 되었어요/,
    );
    // Not kept: the case's latest screening is still the one of 2026-12-06.
    expect((await dong.get(`/api/cases/${id}`)).json().latestScreening.date).toBe('2026-12-06');
    // In the year of the newest figures there is no next year to show.
    const year = newestMedianYear();
    const own = await dong.post(`/api/cases/${id}/screenings`, { date: `${year}-06-01` });
    expect(own.json()).not.toHaveProperty('ahead');
  });

  it('the timeline keeps the named reason with the screening', async () => {
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const screened = c.timeline.filter((e: { kind: string }) => e.kind === 'screened');
    const reasons = screened.flatMap((e: { detail: { changes: { why: string }[] } }) =>
      e.detail.changes.map((x) => x.why),
    );
    expect(reasons.some((w: string) => w.startsWith('2026년 기준 중위소득 인상'))).toBe(true);
  });

  it('what-if: "turns 65 on 2027-03-02" is screened on that day against the record today, record unchanged', async () => {
    const { age: _age, ...head } = household(780_000).members[0] as Record<string, unknown>;
    const turning = { ...household(780_000), members: [{ ...head, birthDate: '1962-03-02' }] };
    const made = await dong.post('/api/cases', {
      people: [{ name: '곧 65세', relation: 'head' }],
      household: turning,
      consent,
    });
    const id = made.json().id;
    const before = (await dong.get(`/api/cases/${id}`)).json();
    const res = await dong.post(`/api/cases/${id}/what-if`, {
      household: turning,
      date: '2027-03-02',
      baseDate: '2026-06-01',
      label: '2027-03-02에 만 65세',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().date).toBe('2027-03-02');
    const changes = res.json().changes as Change[];
    const senior = changes.find((c) => c.programId === 'senior-welfare-housing');
    expect(senior?.before?.status).toBe('ineligible');
    expect(senior?.after?.status).not.toBe('ineligible');
    // Same answers, same figures: the day (and so her age) is the cause, and the age criterion is quoted.
    expect(senior?.why.ko).toMatch(/^기준일 변화\(2026-06-01 → 2027-03-02.*65세 이상/);
    const after = (await dong.get(`/api/cases/${id}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.household).toEqual(before.household);
    const bad = await dong.post(`/api/cases/${id}/what-if`, { household: turning, baseDate: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/baseDate/);
  });
});
