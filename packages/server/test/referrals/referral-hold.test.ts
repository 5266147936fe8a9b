import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, refer } from './support.ts';

type Step = { from: string | null; to: string; reason: string | null; outcome: string | null };

describeOnEachDatabase('an agency lifts a hold, or ends a held referral', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');

  /** A fresh case referred to LH and moved by LH through `path`: the referral's id, case and version. */
  async function walked(path: { to: string; reason?: string }[]) {
    const caseId = await makeCase(dong);
    const id = await refer(t.app, dong, caseId, 'lh-gwangju-public-rental');
    let version = 1;
    for (const step of path) {
      const res = await lh.post(`/api/partner/referrals/${id}/status`, { ...step, version });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    return { id, caseId, version };
  }
  const referralTimeline = async (caseId: string) =>
    ((await dong.get(`/api/cases/${caseId}`)).json().timeline as { kind: string; detail: Record<string, unknown> }[])
      .filter((e) => e.kind === 'referral')
      .reverse()
      .map((e) => `${e.detail.from}>${e.detail.to}`);
  const audited = async (id: string) =>
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', id)
        .where('action', 'like', 'referral.%')
        // The moves only: reading the referral is audited too.
        .where('action', 'not in', ['referral.partner_read', 'referral.read', 'referral.inbox', 'referral.list'])
        .orderBy('id')
        .execute()
    ).map((a) => a.action);

  it('offers the way back to where it was held from, and writes the step, the timeline and the audit like any move', async () => {
    const { id, caseId, version } = await walked([
      { to: 'received' },
      { to: 'accepted' },
      { to: 'on-hold', reason: '서류 보완 기다림' },
    ]);
    const held = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(held).toMatchObject({ status: 'on-hold', heldFrom: 'accepted', holdReason: '서류 보완 기다림' });
    expect(held.moves).toEqual(['accepted', 'completed']);
    // Not to a state it was not held from.
    const skip = await lh.post(`/api/partner/referrals/${id}/status`, { to: 'in-progress', version });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('JIBSA_REFERRAL_STATE');

    const resumed = await lh.post(`/api/partner/referrals/${id}/status`, { to: 'accepted', version });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({ status: 'accepted', heldFrom: null, holdReason: null });
    expect(resumed.json().moves).toEqual(['in-progress', 'on-hold']);
    expect(resumed.json().steps.at(-1)).toMatchObject({ from: 'on-hold', to: 'accepted' });
    expect(await referralTimeline(caseId)).toEqual([
      'null>requested',
      'requested>received',
      'received>accepted',
      'accepted>on-hold',
      'on-hold>accepted',
    ]);
    expect(await audited(id)).toEqual([
      'referral.received',
      'referral.accepted',
      'referral.on-hold',
      'referral.accepted',
    ]);
    // The counselor hears of it like any other move.
    const unread = (await dong.get('/api/notifications/unread')).json().referrals as {
      referralId: string;
      count: number;
    }[];
    expect(unread.find((n) => n.referralId === id)?.count).toBe(4);
  });

  it('ends a held referral with an outcome straight from the hold, with the counselor’s task; no decline after accepting', async () => {
    const { id, caseId, version } = await walked([
      { to: 'received' },
      { to: 'accepted' },
      { to: 'in-progress' },
      { to: 'on-hold', reason: '가구와 연락이 닿지 않음' },
    ]);
    const decline = await lh.post(`/api/partner/referrals/${id}/status`, {
      to: 'rejected',
      version,
      reason: '연락 안 됨',
    });
    expect(decline.statusCode).toBe(409);
    expect(decline.json().code).toBe('JIBSA_REFERRAL_STATE');
    const noOutcome = await lh.post(`/api/partner/referrals/${id}/status`, { to: 'completed', version });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().errors[0].path).toBe('outcome');

    const ended = await lh.post(`/api/partner/referrals/${id}/status`, {
      to: 'completed',
      version,
      outcome: '연락 두절',
      note: '세 번 전화했으나 받지 않음',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      status: 'completed',
      outcome: '연락 두절',
      holdReason: null,
      heldFrom: null,
      closed: true,
      moves: [],
    });
    expect(ended.json().closedAt).not.toBeNull();
    const steps = ended.json().steps as Step[];
    expect(steps.at(-2)).toMatchObject({ from: 'in-progress', to: 'on-hold', reason: '가구와 연락이 닿지 않음' });
    expect(steps.at(-1)).toMatchObject({ from: 'on-hold', to: 'completed', outcome: '연락 두절' });
    expect((await referralTimeline(caseId)).at(-1)).toBe('on-hold>completed');
    expect((await audited(id)).at(-1)).toBe('referral.completed');
    const tasks = (await dong.get(`/api/cases/${caseId}`)).json().tasks as { title: string }[];
    expect(tasks.map((x) => x.title)).toContainEqual(expect.stringMatching(/^연계 결과 알리기: .+ — 연락 두절,/));
  });

  it('lets a hold whose origin was not kept go on as in progress instead of only being cancelled', async () => {
    const { id, version } = await walked([{ to: 'received' }, { to: 'accepted' }]);
    await t.app.db
      .updateTable('referral')
      .set({ status: 'on-hold', held_from: null, version: version + 1 })
      .where('id', '=', id)
      .execute();
    const held = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(held.moves).toEqual(['in-progress', 'completed']);
    const resumed = await lh.post(`/api/partner/referrals/${id}/status`, { to: 'in-progress', version: version + 1 });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json().status).toBe('in-progress');
  });
});
