import { expect, it } from 'vitest';
import { checkMove, type Side, TERMINAL } from '../../src/referrals/states.ts';
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts.ts';
import { DEMO_CENTER } from '../../src/seed/demo-center.ts';
import { seedDemoData } from '../../src/seed/demo-seed.ts';
import { type RunningServer, startupBanner } from '../../src/server.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { as } from './support.ts';

describeOnEachDatabase('demo referrals', (make) => {
  const t = appPerBlock(make);

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
      const record = await db
        .selectFrom('case_record')
        .select(['consent', 'status'])
        .where('id', '=', r.case_id)
        .executeTakeFirstOrThrow();
      expect((record.consent as { sharing: boolean }).sharing).toBe(true);
      // A case with a referral sent has reached 연계 (or gone on to 모니터링), as sending one moves it.
      expect(['referral', 'monitoring', 'closed']).toContain(record.status);
      // Closing a case cancels its open referrals (cancel-open.ts): no demo case shows one left over.
      if (record.status === 'closed') expect(TERMINAL.has(r.status), r.status).toBe(true);
    }
  });

  it('give partner.lh a working inbox and the counselors an overdue flag', async () => {
    const lh = await as(t.app, 'partner.lh');
    expect((await lh.get('/api/partner/referrals')).json().items.length).toBeGreaterThan(0);
    const admin = await as(t.app, 'admin');
    const overdue = (await admin.get('/api/referrals?overdue=true')).json().items;
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('give every partner agency kind (LH, 광주도시공사, each 구청, 주택관리공단, 집수리 …) a log-in, printed at start', async () => {
    const db = t.handle.db;
    const links = await db
      .selectFrom('agency')
      .leftJoin('agency_member', 'agency_member.agency_id', 'agency.id')
      .leftJoin('staff_user', 'staff_user.id', 'agency_member.staff_user_id')
      .select(['agency.slug', 'agency.kind', 'staff_user.username', 'staff_user.role'])
      .execute();
    const membersOf = (slug: string) => links.filter((l) => l.slug === slug && l.username).map((l) => l.username);
    for (const slug of ['lh-gwangju', 'gmcc', 'khmc-gwangju', 'repair-coop']) expect(membersOf(slug)).toHaveLength(1);
    for (const d of ['dong', 'seo', 'nam', 'buk', 'gwangsan']) expect(membersOf(`gu-${d}`)).toEqual([`partner.${d}`]);
    for (const kind of new Set(links.map((l) => l.kind))) {
      expect(
        links.some((l) => l.kind === kind && l.role === 'partner'),
        kind,
      ).toBe(true);
    }
    // Every partner log-in works for exactly one agency, and the banner lists it.
    const partners = DEMO_ACCOUNTS.filter((a) => a.role === 'partner').map((a) => a.username);
    for (const p of partners)
      expect(
        links.filter((l) => l.username === p),
        p,
      ).toHaveLength(1);
    const banner = startupBanner({
      url: 'http://localhost:1',
      handle: t.handle,
      seeded: 'already',
    } as unknown as RunningServer);
    for (const p of partners) expect(banner).toContain(p);
    const seo = await as(t.app, 'partner.seo');
    expect((await seo.get('/api/partner/referrals')).statusCode).toBe(200);
  });

  it('adds demo log-ins missing from a database seeded by an older version, with their agency', async () => {
    const db = t.handle.db;
    const hug = await db
      .selectFrom('staff_user')
      .select('id')
      .where('username', '=', 'partner.hug')
      .executeTakeFirstOrThrow();
    await db.deleteFrom('agency_member').where('staff_user_id', '=', hug.id).execute();
    await db.deleteFrom('staff_user').where('id', '=', hug.id).execute();
    expect(await seedDemoData(db)).toBe('already');
    const back = await db
      .selectFrom('staff_user')
      .innerJoin('agency_member', 'agency_member.staff_user_id', 'staff_user.id')
      .innerJoin('agency', 'agency.id', 'agency_member.agency_id')
      .select(['agency.slug', 'staff_user.role'])
      .where('staff_user.username', '=', 'partner.hug')
      .execute();
    expect(back).toEqual([{ slug: 'hug-gwangju', role: 'partner' }]);
    const again = await as(t.app, 'partner.hug');
    expect((await again.get('/api/partner/referrals')).statusCode).toBe(200);
  });
  it('lists the center with a made-up number, once: added to a database seeded before, an administrator’s change kept', async () => {
    const db = t.handle.db;
    const center = () =>
      db.selectFrom('agency').select(['phone', 'fictional_contacts', 'active']).where('slug', '=', DEMO_CENTER.slug);
    expect(await center().execute()).toEqual([{ phone: '062-000-3000', fictional_contacts: true, active: true }]);
    // A database seeded before the center was listed: no record, no marker. The next start adds it.
    await db.deleteFrom('agency').where('slug', '=', DEMO_CENTER.slug).execute();
    await db.deleteFrom('app_meta').where('key', '=', 'demo_center').execute();
    expect(await seedDemoData(db)).toBe('already');
    expect(await center().execute()).toEqual([{ phone: '062-000-3000', fictional_contacts: true, active: true }]);
    // The administrator switches it off: a restart does not bring it back on.
    await db.updateTable('agency').set({ active: false }).where('slug', '=', DEMO_CENTER.slug).execute();
    expect(await seedDemoData(db)).toBe('already');
    expect(await center().execute()).toEqual([{ phone: '062-000-3000', fictional_contacts: true, active: false }]);
  });
});
