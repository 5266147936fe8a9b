import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type { ReferralStatus } from '../../src/db/schema.ts';
import { REFERRAL_COLUMNS } from '../../src/referrals/access.ts';
import { checkMove, REFERRAL_STATUSES, type Side } from '../../src/referrals/states.ts';
import { moveReferral } from '../../src/referrals/store.ts';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('referrals under concurrent and random use', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  // Two sessions of the agency: two people at two desks.
  const lh = staffPerBlock(t, 'partner.lh');
  const lh2 = staffPerBlock(t, 'partner.lh');
  let service = '';
  beforeAll(async () => {
    service = await serviceId(t.app, 'lh-gwangju-public-rental');
  });

  /** A referral of a fresh case (a case holds one open referral to a service at a time). */
  const send = async () => {
    const caseId = await makeCase(dong);
    const res = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: service,
      message: '연계',
      sharedFields: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  it('accept and decline in the same instant: exactly one wins, the other gets 409', async () => {
    for (let round = 0; round < 4; round++) {
      const id = await send();
      await lh.post(`/api/partner/referrals/${id}/status`, { to: 'received', version: 1 });
      const [a, b] = await Promise.all([
        lh.post(`/api/partner/referrals/${id}/status`, { to: 'accepted', version: 2 }),
        lh2.post(`/api/partner/referrals/${id}/status`, { to: 'rejected', version: 2, reason: '정원 초과' }),
      ]);
      const codes = [a.statusCode, b.statusCode].sort();
      expect(codes).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.headers['content-type']).toMatch(/problem\+json/);
      expect(loser.json().code).toBe('JIBSA_CONFLICT');
      const winner = (a.statusCode === 200 ? a : b).json();
      const steps = await t.handle.db.selectFrom('referral_event').selectAll().where('referral_id', '=', id).execute();
      expect(steps.map((s) => s.to_status)).toEqual(['requested', 'received', winner.status]);
    }
  });

  it('the conditional UPDATE alone lets one of two writers that read the same row win', async () => {
    const id = await send();
    await lh.post(`/api/partner/referrals/${id}/status`, { to: 'received', version: 1 });
    const db = t.handle.db;
    // Both read the row before either writes, as two requests on two connections would.
    const row = await db.selectFrom('referral').select(REFERRAL_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
    const staff = await db
      .selectFrom('staff_user')
      .selectAll()
      .where('username', '=', 'partner.lh')
      .executeTakeFirstOrThrow();
    const who = {
      id: staff.id,
      username: staff.username,
      displayName: staff.display_name,
      role: staff.role,
      district: null,
      organization: null,
      mustChangePassword: false,
    };
    const results = await Promise.allSettled([
      moveReferral(db, row, 'partner', who, { to: 'accepted', version: 2 }),
      moveReferral(db, row, 'partner', who, { to: 'rejected', version: 2, reason: '정원 초과' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ status: 409, code: 'JIBSA_CONFLICT' });
    const steps = await db.selectFrom('referral_event').select('to_status').where('referral_id', '=', id).execute();
    expect(steps).toHaveLength(3);
  });

  it('over the API, random sequences of moves by either side end where the rules say', async () => {
    const move = fc.record({
      side: fc.constantFrom<Side>('center', 'partner'),
      to: fc.constantFrom(...REFERRAL_STATUSES),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 8 }), async (moves) => {
        const id = await send();
        let state: ReferralStatus = 'requested';
        let held: ReferralStatus | null = null;
        let version = 1;
        for (const m of moves) {
          const body = { to: m.to, version, reason: '사유', outcome: '입주 확정' };
          const url = m.side === 'center' ? `/api/referrals/${id}/status` : `/api/partner/referrals/${id}/status`;
          const res = await (m.side === 'center' ? dong : lh).post(url, body);
          const legal = checkMove(state, held, m.side, body).ok;
          if (legal) {
            expect(res.statusCode, `${state} -> ${m.to} by ${m.side}: ${res.body}`).toBe(200);
            held = m.to === 'on-hold' ? state : null;
            state = m.to;
            version += 1;
          } else {
            expect([403, 409], `${state} -> ${m.to} by ${m.side}`).toContain(res.statusCode);
            expect(res.headers['content-type']).toMatch(/problem\+json/);
          }
        }
        const row = await t.handle.db
          .selectFrom('referral')
          .select(['status', 'version'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ status: state, version });
      }),
      { numRuns: 12 },
    );
  });
});
