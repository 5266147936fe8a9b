import { beforeAll, expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('a partner finds a referral by its number', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');
  const gmcc = staffPerBlock(t, 'partner.gmcc');
  let number = '';
  beforeAll(async () => {
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '번호로 찾기',
      sharedFields: ['name'],
    });
    number = sent.json().number;
  });

  it('by the whole number, its last digits, or in lower case; only in its own inbox', async () => {
    const digits = String(Number(number.slice(-6)));
    for (const q of [number, number.toLowerCase(), number.slice(-6), digits]) {
      const res = await lh.get(`/api/partner/referrals?number=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(
        res.json().items.map((i: { number: string }) => i.number),
        q,
      ).toContain(number);
    }
    const exact = await lh.get(`/api/partner/referrals?number=${number}`);
    expect(exact.json().items).toHaveLength(1);
    const other = await gmcc.get(`/api/partner/referrals?number=${number}`);
    expect(other.json().items).toEqual([]);
  });

  it('refuses what cannot be a referral number with a field message in Korean and English', async () => {
    const res = await lh.get(`/api/partner/referrals?number=${encodeURIComponent("'; drop table")}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const [error] = res.json().errors as { path: string; detail: string; detail_en: string }[];
    expect(error?.path).toMatch(/(^|\.)number$/);
    expect(error?.detail).toMatch(/[가-힣]/);
    expect(error?.detail_en).toMatch(/[a-z]/);
  });
});
