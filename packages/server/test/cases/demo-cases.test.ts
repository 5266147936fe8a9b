import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';

describeOnEachDatabase('demo cases', (make) => {
  const t = appPerBlock(make);

  it('seeds about forty fictional cases in every stage across the five 구, each screenable', async () => {
    const rows = await t.handle.db.selectFrom('case_record').select(['district', 'status', 'household']).execute();
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.district)).size).toBe(5);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['intake', 'counseling', 'planning', 'referral', 'monitoring', 'closed']),
    );
    const people = await t.handle.db.selectFrom('case_person').select('phone').execute();
    expect(people.every((p) => p.phone?.startsWith('0100000'))).toBe(true);
  });

  it('has every case past intake screened once, as a counselor would have, with programs found for some', async () => {
    const db = t.handle.db;
    const cases = await db.selectFrom('case_record').select(['id', 'status', 'eligible_programs']).execute();
    const snapshots = await db.selectFrom('case_screening').select(['case_id', 'results']).execute();
    for (const c of cases) {
      const mine = snapshots.filter((s) => s.case_id === c.id);
      expect(mine, c.status).toHaveLength(c.status === 'intake' ? 0 : 1);
      const results = (mine[0]?.results ?? []) as { id: string; status: string }[];
      // The case's list of programs is its snapshot's eligible ones.
      expect(c.eligible_programs).toEqual(results.filter((r) => r.status === 'eligible').map((r) => r.id));
    }
    // An amount says what it is (a monthly benefit, a loan limit …) in both languages.
    type Kept = { amount: number | null; amountLabel?: { ko: string; en: string } | null };
    const amounts = snapshots.flatMap((s) => (s.results as Kept[]).filter((r) => r.amount !== null));
    expect(amounts.length).toBeGreaterThan(0);
    for (const r of amounts) expect(r.amountLabel?.ko && r.amountLabel.en).toBeTruthy();
    const found = cases.filter((c) => c.eligible_programs.length > 0);
    expect(found.length).toBeGreaterThan(cases.length / 4);
    const screened = await db.selectFrom('case_event').select('case_id').where('kind', '=', 'screened').execute();
    expect(screened).toHaveLength(snapshots.length);
  });

  it('screen each case with the housing its form shows: tenure, dwelling, deposit and rent agree in both places', async () => {
    const rows = await t.handle.db.selectFrom('case_record').select(['number', 'housing', 'household']).execute();
    for (const r of rows) {
      const housing = r.housing as Record<string, unknown>;
      const household = r.household as Record<string, unknown>;
      for (const k of ['tenure', 'housingType', 'deposit', 'monthlyRent']) {
        expect(household[k], `${r.number} ${k}`).toEqual(housing[k]);
      }
    }
  });
});
