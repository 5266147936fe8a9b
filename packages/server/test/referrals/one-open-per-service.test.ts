import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('a case holds one open referral to a service at a time', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const dong2 = staffPerBlock(t, 'counselor.dong');
  const repair = staffPerBlock(t, 'partner.repair');

  const body = async (slug: string, message = '연계합니다') => ({
    serviceId: await serviceId(t.app, slug),
    message,
    sharedFields: ['name'],
  });
  const openCount = async (caseId: string, slug: string) => {
    const service = await serviceId(t.app, slug);
    const items = (await dong.get(`/api/cases/${caseId}/referrals`)).json().items as {
      service: { id: string };
      status: string;
    }[];
    return items.filter((r) => r.service.id === service && !['rejected', 'completed', 'cancelled'].includes(r.status))
      .length;
  };

  it('refuses a second referral to a service while the first is open, naming it in Korean and English', async () => {
    const caseId = await makeCase(dong);
    const first = await dong.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income'));
    expect(first.statusCode, first.body).toBe(201);
    const number = first.json().number as string;
    const eventsBefore = (await dong.get(`/api/cases/${caseId}`)).json().timeline.length;

    // Open at every step the agency may have taken it to, held included.
    const url = `/api/partner/referrals/${first.json().id}/status`;
    let version = 1;
    for (const step of [null, { to: 'received' }, { to: 'accepted' }, { to: 'on-hold', reason: '자재 기다림' }]) {
      if (step) {
        const moved = await repair.post(url, { ...step, version });
        expect(moved.statusCode, moved.body).toBe(200);
        version = moved.json().version;
      }
      const again = await dong.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income', '다시'));
      expect(again.statusCode, again.body).toBe(409);
      expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
      const p = again.json();
      expect(p.code).toBe('JIBSA_REFERRAL_OPEN');
      expect(p.detail).toContain(`이미 연계 중입니다 (${number}, 지금: `);
      expect(p.detail).toContain('광주 집수리 협동조합 (가상) · 저소득층 집수리');
      expect(p.detail_en).toContain(`already has an open referral to`);
      expect(p.detail_en).toContain(number);
      expect(p.errors).toEqual([expect.objectContaining({ path: 'serviceId', code: 'open' })]);
    }
    expect(await openCount(caseId, 'repair-coop-low-income')).toBe(1);
    // Nothing else was written: no new timeline entry, no notice beyond the first referral's.
    expect((await dong.get(`/api/cases/${caseId}`)).json().timeline.length).toBe(eventsBefore + 3);

    // Another service of the same case is fine.
    const other = await dong.post(`/api/cases/${caseId}/referrals`, await body('lh-gwangju-public-rental'));
    expect(other.statusCode, other.body).toBe(201);
  });

  it('lets the service be asked again once the earlier referral has ended', async () => {
    const caseId = await makeCase(dong);
    const first = await dong.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income'));
    const url = `/api/partner/referrals/${first.json().id}/status`;
    await repair.post(url, { to: 'received', version: 1 });
    expect((await repair.post(url, { to: 'rejected', version: 2, reason: '올해 예산 소진' })).statusCode).toBe(200);
    const second = await dong.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income', '내년 예산'));
    expect(second.statusCode, second.body).toBe(201);
    const cancel = await dong.post(`/api/referrals/${second.json().id}/status`, { to: 'cancelled', version: 1 });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const third = await dong.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income', '세 번째'));
    expect(third.statusCode, third.body).toBe(201);
    expect(await openCount(caseId, 'repair-coop-low-income')).toBe(1);
  });

  it('lets only one of two sends at the same moment through', async () => {
    for (let round = 0; round < 3; round++) {
      const caseId = await makeCase(dong);
      const [a, b] = await Promise.all([
        dong.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income', '첫째 창')),
        dong2.post(`/api/cases/${caseId}/referrals`, await body('repair-coop-low-income', '둘째 창')),
      ]);
      expect([a.statusCode, b.statusCode].sort(), `${a.body} ${b.body}`).toEqual([201, 409]);
      expect((a.statusCode === 409 ? a : b).json().code).toBe('JIBSA_REFERRAL_OPEN');
      expect(await openCount(caseId, 'repair-coop-low-income')).toBe(1);
    }
  });
});
