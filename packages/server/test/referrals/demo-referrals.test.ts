import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkMove, type Side } from '../../src/referrals/states.ts';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { as } from './support.ts';

describeOnEachDatabase('demo referrals', (make) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await make();
  });
  afterAll(async () => t.close());

  it('walk only legal steps, by the right side, in every state the loop has', async () => {
    const db = t.handle.db;
    const referrals = await db.selectFrom('referral').select(['id', 'status', 'version', 'case_id']).execute();
    expect(new Set(referrals.map((r) => r.status)).size).toBeGreaterThanOrEqual(7);
    for (const r of referrals) {
      const steps = await db
        .selectFrom('referral_event')
        .leftJoin('staff_user', 'staff_user.id', 'referral_event.actor_id')
        .select(['from_status', 'to_status', 'reason', 'outcome', 'staff_user.role'])
        .where('referral_id', '=', r.id)
        .orderBy('referral_event.id')
        .execute();
      expect(steps[0]?.to_status).toBe('requested');
      let held: string | null = null;
      for (const s of steps.slice(1)) {
        const side: Side = s.role === 'partner' || s.role === null ? 'partner' : 'center';
        const from = s.from_status as NonNullable<typeof s.from_status>;
        const ok = checkMove(from, held as never, side, { to: s.to_status, reason: s.reason, outcome: s.outcome });
        expect(ok.ok, `${from} -> ${s.to_status}`).toBe(true);
        held = s.to_status === 'on-hold' ? from : null;
      }
      expect(steps.at(-1)?.to_status).toBe(r.status);
      expect(r.version).toBe(steps.length);
      const consent = await db
        .selectFrom('case_record')
        .select('consent')
        .where('id', '=', r.case_id)
        .executeTakeFirstOrThrow();
      expect((consent.consent as { sharing: boolean }).sharing).toBe(true);
    }
  });

  it('give partner.lh a working inbox and the counselors an overdue flag', async () => {
    const lh = await as(t.app, 'partner.lh');
    expect((await lh.get('/api/partner/referrals')).json().items.length).toBeGreaterThan(0);
    const admin = await as(t.app, 'admin');
    const overdue = (await admin.get('/api/referrals?overdue=true')).json().items;
    expect(overdue.length).toBeGreaterThan(0);
  });
});
