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
});
