// A 구청 asked to take a 주거급여 application: it may ask the center before answering, and once the
// application is lodged it says "신청 접수, 조사 중" without closing the referral. The counselor reads
// that on the case; the answer date stops counting at 수락, so the referral is not flagged late
// while the benefit is decided.
import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('a referral to a 구청 before its decision', (make) => {
  const t = appPerBlock(make);
  const counselor = staffPerBlock(t, 'counselor.dong');
  const gu = staffPerBlock(t, 'partner.dong');

  /** A referral of a new case to 동구's 주거급여 service, sent by the 동구 counselor: its id and case. */
  async function sendToGu() {
    const caseId = await makeCase(counselor);
    const sent = await counselor.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'gu-dong-benefits'),
      message: '주거급여 신청을 도와주세요.',
      sharedFields: ['name', 'contact'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    return { id: sent.json().id as string, caseId };
  }
  const step = async (id: string, to: string, extra: object = {}) => {
    const now = (await gu.get(`/api/partner/referrals/${id}`)).json();
    const res = await gu.post(`/api/partner/referrals/${id}/status`, { to, version: now.version, ...extra });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('takes the agency’s question before it accepts or declines, and tells the counselor', async () => {
    const { id } = await sendToGu();
    const unasked = (await counselor.get('/api/notifications/unread')).json().count as number;
    const asked = await gu.post(`/api/partner/referrals/${id}/messages`, { body: '전입신고는 마치셨나요?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'requested', closed: false });
    await step(id, 'received');
    const again = await gu.post(`/api/partner/referrals/${id}/messages`, { body: '임대차계약서도 있나요?' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().status).toBe('received');
    expect(again.json().moves).toEqual(['accepted', 'rejected']);
    expect(again.json().messages.map((m: { body: string }) => m.body)).toEqual([
      '전입신고는 마치셨나요?',
      '임대차계약서도 있나요?',
    ]);
    // Two questions and the acknowledgement reached the counselor as news.
    expect((await counselor.get('/api/notifications/unread')).json().count).toBe(unasked + 3);
    const answered = await counselor.post(`/api/referrals/${id}/messages`, { body: '네, 둘 다 있습니다.' });
    expect(answered.statusCode, answered.body).toBe(201);
  });

  it('says "신청 접수, 조사 중" with 진행 중, on the steps and the case timeline, and is not late past the answer date', async () => {
    const { id, caseId } = await sendToGu();
    await step(id, 'received');
    // The answer date passes while the 구청 has not answered: late, on both sides' lists.
    await t.handle.db.updateTable('referral').set({ due_on: '2020-01-02' }).where('id', '=', id).execute();
    expect((await gu.get(`/api/partner/referrals/${id}`)).json().overdue).toBe(true);
    const late = async () =>
      (await counselor.get('/api/referrals?overdue=true&limit=200')).json().items.map((r: { id: string }) => r.id);
    expect(await late()).toContain(id);

    await step(id, 'accepted');
    const working = await step(id, 'in-progress', { note: '  주거급여 신청 접수, 조사 중  ' });
    expect(working).toMatchObject({ status: 'in-progress', overdue: false, closed: false });
    expect(working.steps.at(-1)).toMatchObject({ to: 'in-progress', note: '주거급여 신청 접수, 조사 중' });
    expect(await late()).not.toContain(id);
    const seen = (await counselor.get(`/api/referrals/${id}`)).json();
    expect(seen.steps.at(-1)).toMatchObject({ to: 'in-progress', note: '주거급여 신청 접수, 조사 중' });
    const timeline = async () =>
      ((await counselor.get(`/api/cases/${caseId}`)).json().timeline as { kind: string; detail: never }[])
        .filter((e) => e.kind === 'referral')
        .map((e) => e.detail as { to: string; note?: string });
    expect((await timeline()).find((d) => d.to === 'in-progress')?.note).toBe('주거급여 신청 접수, 조사 중');

    // The decision closes it; its note is the outcome's, kept once (with the outcome), not on the timeline.
    const done = await step(id, 'completed', { outcome: '지원 결정', note: '다음 달부터 지급' });
    expect(done).toMatchObject({ outcome: '지원 결정', outcomeNote: '다음 달부터 지급', closed: true });
    const closing = (await timeline()).find((d) => d.to === 'completed');
    expect(closing).toMatchObject({ to: 'completed', outcome: '지원 결정' });
    expect(closing).not.toHaveProperty('note');
    // Ended, it takes no more messages, from either side.
    expect((await gu.post(`/api/partner/referrals/${id}/messages`, { body: '한 번 더' })).statusCode).toBe(409);
  });
});
