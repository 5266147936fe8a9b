import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

describeOnEachDatabase('a referral sent for a goal of the service plan', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');

  /** A fresh case whose plan has an open goal and one already reached. */
  async function planned() {
    const caseId = await makeCase(dong);
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const res = await dong.patch(`/api/cases/${caseId}`, {
      version: c.version,
      plan: [
        { goal: '매입임대 입주', done: false },
        { goal: '체납 월세 해결', done: true },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    return caseId;
  }
  const send = async (caseId: string, goal?: string) =>
    dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '목표 시험',
      sharedFields: ['name'],
      ...(goal === undefined ? {} : { goal }),
    });

  it('keeps the goal for the center, tells the agency nothing of it, and leaves the plan as it was', async () => {
    const caseId = await planned();
    const sent = await send(caseId, '매입임대 입주');
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;
    expect(sent.json().goal).toBe('매입임대 입주');
    expect((await dong.get(`/api/referrals/${id}`)).json().goal).toBe('매입임대 입주');
    const listed = (await dong.get(`/api/cases/${caseId}/referrals`)).json().items;
    expect(listed).toEqual([expect.objectContaining({ id, goal: '매입임대 입주' })]);
    expect((await lh.get(`/api/partner/referrals/${id}`)).json()).not.toHaveProperty('goal');
    const inbox = (await lh.get('/api/partner/referrals')).json().items as { id: string }[];
    expect(inbox.find((x) => x.id === id)).not.toHaveProperty('goal');

    // The agency finishes it well: the plan is the counselor's, so the goal stays open until they mark it.
    for (const to of ['received', 'accepted', 'in-progress']) {
      const now = (await lh.get(`/api/partner/referrals/${id}`)).json();
      expect((await lh.post(`/api/partner/referrals/${id}/status`, { to, version: now.version })).statusCode).toBe(200);
    }
    const now = (await lh.get(`/api/partner/referrals/${id}`)).json();
    const done = await lh.post(`/api/partner/referrals/${id}/status`, {
      to: 'completed',
      outcome: '입주 확정',
      version: now.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    expect(c.plan).toEqual([
      { goal: '매입임대 입주', done: false },
      { goal: '체납 월세 해결', done: true },
    ]);
    expect((await dong.get(`/api/referrals/${id}`)).json()).toMatchObject({
      status: 'completed',
      outcome: '입주 확정',
      goal: '매입임대 입주',
    });
  });

  it('says null when no goal was named', async () => {
    const caseId = await planned();
    const sent = await send(caseId);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().goal).toBeNull();
  });

  it('refuses, at the field in Korean and English, a goal not on the plan or already reached', async () => {
    const caseId = await planned();
    const unknown = await send(caseId, '없는 목표');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({
        path: 'goal',
        detail: 'goal: 이 사례의 서비스 계획에 없는 목표입니다.',
        detail_en: "goal: not a goal of this case's service plan.",
      }),
    ]);
    const reached = await send(caseId, '체납 월세 해결');
    expect(reached.statusCode).toBe(400);
    expect(reached.json().errors).toEqual([
      expect.objectContaining({
        path: 'goal',
        detail: 'goal: 이미 이룬 목표입니다. 아직 이루지 않은 목표를 골라 주세요.',
        detail_en: 'goal: that goal is already achieved: choose one still to reach.',
      }),
    ]);
    // Nothing was sent: the service is still free to refer to.
    expect((await dong.get(`/api/cases/${caseId}/referrals`)).json().items).toEqual([]);
  });
});
