import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../support/app.ts';

describe('demo cases', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  beforeAll(async () => {
    t = await makeTestApp();
  });
  afterAll(async () => t.close());

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
