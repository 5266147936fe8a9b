import { beforeAll, expect, it } from 'vitest';
import { SHARE_FIELDS } from '../../src/referrals/schemas.ts';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('who sees a referral', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const seo = staffPerBlock(t, 'counselor.seo');
  const lh = staffPerBlock(t, 'partner.lh');
  const gmcc = staffPerBlock(t, 'partner.gmcc');
  const gwangsan = staffPerBlock(t, 'partner.gwangsan');
  const city = staffPerBlock(t, 'city');
  let caseId = '';
  let lhReferral = '';
  beforeAll(async () => {
    caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '연계합니다',
      sharedFields: ['name'],
    });
    lhReferral = sent.json().id;
  });

  it('gives another agency 404 for everything about the referral, and audits the attempt', async () => {
    for (const partner of [gmcc, gwangsan]) {
      expect((await partner.get(`/api/partner/referrals/${lhReferral}`)).statusCode).toBe(404);
      expect(
        (await partner.post(`/api/partner/referrals/${lhReferral}/status`, { to: 'received', version: 1 })).statusCode,
      ).toBe(404);
      expect((await partner.post(`/api/partner/referrals/${lhReferral}/messages`, { body: '안녕' })).statusCode).toBe(
        404,
      );
      const inbox = await partner.get('/api/partner/referrals?limit=200');
      expect(inbox.json().items.map((i: { id: string }) => i.id)).not.toContain(lhReferral);
    }
    const missing = await lh.get('/api/partner/referrals/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    const denied = await auditEntries(t.handle.db, 'referral.out_of_scope', lhReferral);
    expect(denied.length).toBe(6);
  });

  it('keeps partners off the center’s routes and counselors of other districts off the referral', async () => {
    expect((await lh.get(`/api/referrals/${lhReferral}`)).statusCode).toBe(403);
    expect((await lh.get(`/api/cases/${caseId}/referrals`)).statusCode).toBe(403);
    expect((await lh.get('/api/referrals')).statusCode).toBe(403);
    expect((await seo.get(`/api/referrals/${lhReferral}`)).statusCode).toBe(404);
    expect((await seo.get('/api/referrals?limit=200')).json().items.map((i: { id: string }) => i.id)).not.toContain(
      lhReferral,
    );
    expect((await city.get('/api/partner/referrals')).statusCode).toBe(403);
    expect((await dong.get('/api/partner/referrals')).statusCode).toBe(403);
  });

  it('tells a partner or the city why in their own role’s terms, not by the counselors’ rule', async () => {
    const partner = (await lh.get('/api/cases')).json();
    expect(partner.detail).toBe('이 정보를 볼 권한이 없습니다. 협력기관 계정은 기관에 온 연계만 볼 수 있습니다.');
    expect(partner.detail_en).toContain('only the referrals sent to its agency');
    const cityRefused = (await city.get('/api/cases')).json();
    expect(cityRefused.detail).toContain('시 계정은 통계와 발굴 명단의 집계만 보고, 가구 기록은 볼 수 없습니다.');
    for (const body of [partner, cityRefused]) expect(body.detail).not.toContain('상담사는');
  });

  it('shows exactly the fields chosen, for every choice, and nothing once consent is withdrawn', async () => {
    const service = await serviceId(t.app, 'lh-gwangju-public-rental');
    const subsets = [
      [],
      ['name'],
      ['contact', 'needs'],
      ['members', 'address', 'plan'],
      ['household', 'housing'],
      [...SHARE_FIELDS],
    ];
    const { number } = (await dong.get(`/api/cases/${caseId}`)).json();
    for (const fields of subsets) {
      const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
        serviceId: service,
        message: '연계',
        sharedFields: fields,
      });
      const seen = (await lh.get(`/api/partner/referrals/${sent.json().id}`)).json();
      expect(Object.keys(seen.shared).sort(), fields.join()).toEqual([...fields].sort());
      const text = JSON.stringify(seen);
      if (!fields.includes('contact')) expect(text).not.toContain('01055550101');
      if (!fields.includes('members')) expect(text).not.toContain('연계 가족');
      if (!fields.includes('address')) expect(text).not.toContain('충장동');
      // 주소 shares what the case holds of it, 동 and 상세 주소 too, not the 구 alone.
      else expect(seen.shared.address).toEqual({ district: 'dong', dong: '충장동', detail: '가상로 1' });
      if (!fields.includes('name') && !fields.includes('members')) expect(text).not.toContain('연계 시험');
      expect(text).not.toContain(number);
      // Withdrawn before the next choice is sent: a case holds one open referral to a service.
      const cancelled = await dong.post(`/api/referrals/${sent.json().id}/status`, { to: 'cancelled', version: 1 });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
    }
    const caseRead = (await dong.get(`/api/cases/${caseId}`)).json();
    const withdrawn = await dong.patch(`/api/cases/${caseId}`, {
      version: caseRead.version,
      consent: { collection: true, sharing: false },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = (await lh.get(`/api/partner/referrals/${lhReferral}`)).json();
    expect(after.shared).toEqual({});
    expect(after.consentWithdrawn).toBe(true);
  });

  it('never hands a partner the center’s case id, not even in its notices', async () => {
    // The first referral ended with the consent withdrawn above, and an ended referral takes no
    // messages: consent is given again and a new one sent, whose message notifies the agency.
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const again = await dong.patch(`/api/cases/${caseId}`, {
      version: c.version,
      consent: { collection: true, sharing: true },
    });
    expect(again.statusCode, again.body).toBe(200);
    const open = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-public-rental'),
      message: '연계',
      sharedFields: ['name'],
    });
    expect(open.statusCode, open.body).toBe(201);
    const sent = await dong.post(`/api/referrals/${open.json().id}/messages`, { body: '서류를 보냈습니다.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const unread = (await lh.get('/api/notifications/unread')).json();
    expect(unread.referrals.length).toBeGreaterThan(0);
    for (const n of unread.referrals) expect(n).not.toHaveProperty('caseId');
    expect(JSON.stringify(unread)).not.toContain(caseId);
  });

  it('audits every partner read with who and which referral', async () => {
    await lh.get(`/api/partner/referrals/${lhReferral}`);
    await lh.get('/api/partner/referrals');
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .innerJoin('staff_user', 'staff_user.id', 'audit_log.actor_id')
      .select(['audit_log.action', 'staff_user.username'])
      .where('audit_log.subject_id', '=', lhReferral)
      .where('audit_log.action', 'in', ['referral.partner_read', 'referral.inbox'])
      .execute();
    expect(rows.some((r) => r.action === 'referral.partner_read' && r.username === 'partner.lh')).toBe(true);
    expect(rows.some((r) => r.action === 'referral.inbox' && r.username === 'partner.lh')).toBe(true);
  });

  it('refuses a partner account linked to no agency', async () => {
    await t.handle.db.deleteFrom('agency_member').execute();
    expect((await lh.get('/api/partner/referrals')).statusCode).toBe(403);
    expect((await lh.get(`/api/partner/referrals/${lhReferral}`)).statusCode).toBe(403);
  });
});
