import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, refer } from './support.ts';

describeOnEachDatabase('closing a case whose referrals are still open', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const gmcc = staffPerBlock(t, 'partner.gmcc');

  const send = (caseId: string, slug: string) => refer(t.app, dong, caseId, slug);
  const close = async (caseId: string, extra: object = {}) => {
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    return dong.post(`/api/cases/${caseId}/status`, {
      version: c.version,
      status: 'closed',
      closingReason: '다른 지역으로 이사',
      ...extra,
    });
  };
  const statuses = async (caseId: string) =>
    ((await dong.get(`/api/cases/${caseId}/referrals`)).json().items as { status: string }[]).map((r) => r.status);

  it('will not close while a referral is open unless told to cancel it, and then tells the agency', async () => {
    const caseId = await makeCase(dong);
    const working = await send(caseId, 'gmcc-rental');
    for (const [to, v] of [
      ['received', 1],
      ['accepted', 2],
      ['in-progress', 3],
    ] as const) {
      expect((await gmcc.post(`/api/partner/referrals/${working}/status`, { to, version: v })).statusCode).toBe(200);
    }
    await send(caseId, 'lh-gwangju-vulnerable');

    const refused = await close(caseId);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = refused.json();
    expect(problem.code).toBe('JIBSA_CASE_STATE');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: 'withdrawReferrals',
        code: 'open_referrals',
        detail: expect.stringContaining('2건'),
      }),
    ]);
    // Nothing changed: the case is open, both referrals as they were.
    expect((await dong.get(`/api/cases/${caseId}`)).json().status).not.toBe('closed');
    expect((await statuses(caseId)).sort()).toEqual(['in-progress', 'requested']);

    const unreadBefore = (await gmcc.get('/api/notifications/unread')).json().count as number;
    const closed = await close(caseId, { withdrawReferrals: true });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closingReason: '다른 지역으로 이사' });
    expect(await statuses(caseId)).toEqual(['cancelled', 'cancelled']);
    const timeline = closed.json().timeline as { kind: string; detail: Record<string, unknown> }[];
    const cancelled = timeline.filter((e) => e.kind === 'referral' && e.detail.to === 'cancelled');
    expect(cancelled.map((e) => e.detail.reason)).toEqual(['센터가 사례를 종결함', '센터가 사례를 종결함']);
    // The closing reads first, the cancellations after it (the timeline is newest first).
    const closingAt = timeline.findIndex((e) => e.kind === 'status' && e.detail.to === 'closed');
    expect(closingAt).toBeGreaterThan(timeline.indexOf(cancelled[0] as (typeof timeline)[number]));
    // The agency hears of it; the closing's own words (the household's move) are not sent to it.
    expect((await gmcc.get('/api/notifications/unread')).json().count).toBe(unreadBefore + 1);
    const seen = (await gmcc.get(`/api/partner/referrals/${working}`)).json();
    expect(seen).toMatchObject({ status: 'cancelled', moves: [] });
    expect(seen.steps.at(-1)).toMatchObject({ to: 'cancelled', reason: '센터가 사례를 종결함' });
    expect(JSON.stringify(seen)).not.toContain('다른 지역으로 이사');
  });

  it('closes at once when every referral is already answered', async () => {
    const caseId = await makeCase(dong);
    const done = await send(caseId, 'gmcc-rental');
    await gmcc.post(`/api/partner/referrals/${done}/status`, { to: 'received', version: 1 });
    const declined = await gmcc.post(`/api/partner/referrals/${done}/status`, {
      to: 'rejected',
      version: 2,
      reason: '대상 지역이 아닙니다',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const closed = await close(caseId);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await statuses(caseId)).toEqual(['rejected']);
  });
});
