import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { as } from '../referrals/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';

describeOnEachDatabase('the directory the admin keeps', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  let agencyId = '';

  it('seeds the Gwangju agencies with fictional contacts and answers "who delivers this program, here"', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/directory/agencies' })).json().items;
    const names = list.map((a: { name: string }) => a.name).join(' ');
    for (const n of ['LH', '광주도시공사', '주택관리공단', '집수리', '쪽방상담소', '동구청', '광산구청'])
      expect(names).toContain(n);
    expect(list.every((a: { fictionalContacts: boolean }) => a.fictionalContacts)).toBe(true);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/directory/services?program=emergency-housing&district=seo',
    });
    const found = res.json().items as { programIds: string[]; districts: string[]; agencyName: string }[];
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(s.programIds).toContain('emergency-housing');
      expect(s.districts).toContain('seo');
    }
    expect(found.map((s) => s.agencyName)).toContain('광주광역시 서구청 · 행정복지센터');
    expect(found.map((s) => s.agencyName)).not.toContain('광주광역시 동구청 · 행정복지센터');
  });

  it('lets only the admin add an agency and a service, refusing program ids the engine does not know', async () => {
    const body = { slug: 'test-center', name: '시험 복지관 (가상)', kind: 'welfare_center', description: '시험용' };
    const counselor = await as(t.app, 'counselor.dong');
    expect((await counselor.post('/api/admin/agencies', body)).statusCode).toBe(403);
    const made = await admin.post('/api/admin/agencies', body);
    expect(made.statusCode, made.body).toBe(201);
    agencyId = made.json().id;
    expect((await admin.post('/api/admin/agencies', body)).statusCode).toBe(400);
    // An optional field given badly says what is wrong with it once: not also that it is not empty
    // ("must be of type null") and that no branch matched ("anyOf").
    const badEmail = await admin.post('/api/admin/agencies', { ...body, slug: 'test-2', email: 'not-an-address' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().errors).toEqual([
      expect.objectContaining({
        path: 'email',
        detail: 'email: 형식이 올바르지 않습니다.',
        detail_en: 'email: has an invalid format (email).',
      }),
    ]);
    const badKind = await admin.post('/api/admin/agencies', { ...body, slug: 'test-3', active: 'yes' });
    expect(badKind.json().errors).toEqual([
      expect.objectContaining({ path: 'active', detail: 'active: 형식이 맞지 않습니다 (예/아니오여야 합니다).' }),
    ]);
    const service = {
      slug: 'test-center-repair',
      name: '시험 집수리',
      description: '시험용 서비스',
      programIds: ['home-repair.low-income-repair', 'no-such-program'],
      districts: ['nam'],
      hours: [{ days: ['MO'], opens: '09:00', closes: '12:00' }],
      documents: ['신분증'],
    };
    const bad = await admin.post(`/api/admin/agencies/${agencyId}/services`, service);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['programIds.1']);
    const good = await admin.post(`/api/admin/agencies/${agencyId}/services`, {
      ...service,
      programIds: ['home-repair.low-income-repair'],
    });
    expect(good.statusCode, good.body).toBe(201);
    const serviceId = good.json().services[0].id;
    const patched = await admin.patch(`/api/admin/services/${serviceId}`, { responseBusinessDays: 3 });
    expect(patched.json().services[0].responseBusinessDays).toBe(3);
    const hidden = await admin.patch(`/api/admin/agencies/${agencyId}`, { active: false });
    expect(hidden.json().active).toBe(false);
    const publicList = (await t.app.inject({ method: 'GET', url: '/api/directory/agencies' })).json().items;
    expect(publicList.map((a: { id: string }) => a.id)).not.toContain(agencyId);
  });

  it('links partner accounts to one agency, and only partner accounts', async () => {
    const login = await loginAs(t.app, 'admin');
    const send = (usernames: string[], headers = login.csrf) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/admin/agencies/${agencyId}/members`,
        cookies: login.cookies,
        headers,
        payload: { usernames },
      });
    // A state change without the session's CSRF token is refused.
    expect((await send(['partner.khmc'], {})).statusCode).toBe(403);
    const wrong = await send(['counselor.dong', 'nobody']);
    expect(wrong.statusCode).toBe(400);
    // Each wrong name is said at the field by name, not by its place in the list.
    expect(wrong.json().errors.map((e: { path: string; detail: string }) => [e.path, e.detail])).toEqual([
      ['usernames', 'usernames: 연계 기관 담당자 계정이 아닙니다: counselor.dong'],
      ['usernames', 'usernames: 그런 계정이 없습니다: nobody'],
    ]);
    const ok = await send(['partner.khmc']);
    expect(ok.json().members).toEqual(['partner.khmc']);
    const links = await t.handle.db
      .selectFrom('agency_member')
      .innerJoin('staff_user', 'staff_user.id', 'agency_member.staff_user_id')
      .select('agency_member.agency_id')
      .where('staff_user.username', '=', 'partner.khmc')
      .execute();
    expect(links).toEqual([{ agency_id: agencyId }]);
    // The admin's list carries the linked accounts and the notice address for the edit screen;
    // the public directory carries neither.
    await admin.patch(`/api/admin/agencies/${agencyId}`, { notifyEmail: 'notice@test-center.invalid' });
    const mine = (await admin.get('/api/admin/agencies')).json().items.find((a: { id: string }) => a.id === agencyId);
    expect(mine).toMatchObject({ members: ['partner.khmc'], notifyEmail: 'notice@test-center.invalid' });
    const lh = (await admin.get('/api/admin/agencies'))
      .json()
      .items.find((a: { slug: string }) => a.slug === 'lh-gwangju');
    expect(lh.members).toContain('partner.lh');
    const pub = (await t.app.inject({ method: 'GET', url: '/api/directory/agencies' })).json().items;
    for (const a of pub) {
      expect(a).not.toHaveProperty('members');
      expect(a).not.toHaveProperty('notifyEmail');
    }
  });
});
