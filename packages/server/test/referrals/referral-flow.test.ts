import { todayIso } from '@jibsa/programs';
import { beforeAll, expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, refer, serviceId } from './support.ts';

describeOnEachDatabase('a referral from a case to LH and back', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');
  const gmcc = staffPerBlock(t, 'partner.gmcc');
  let caseId = '';
  let referralId = '';
  let version = 1;
  beforeAll(async () => {
    caseId = await makeCase(dong);
  });

  /** A referral from case `id` to LH's 주거취약계층 service, sent by the 동구 counselor: its id. */
  const sendToLh = async (id: string, message: string, sharedFields: string[]) => {
    const made = await dong.post(`/api/cases/${id}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message,
      sharedFields,
    });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };
  /** LH moves a referral to `to`, at the version it has now. */
  const lhStep = async (id: string, to: string, extra: object = {}) => {
    const now = (await lh.get(`/api/partner/referrals/${id}`)).json();
    const res = await lh.post(`/api/partner/referrals/${id}/status`, { to, version: now.version, ...extra });
    expect(res.statusCode, res.body).toBe(200);
  };

  it('sends a referral with a due date that skips weekends and Korean holidays', async () => {
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '쪽방에서 매입임대로 옮기고 싶어 하십니다.',
      sharedFields: ['name', 'contact', 'housing'],
      businessDays: 5,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const r = sent.json();
    referralId = r.id;
    expect(r).toMatchObject({ status: 'requested', version: 1, caseId, overdue: false, moves: ['cancelled'] });
    expect(r.number).toMatch(/^R-\d{4}-\d{6}$/);
    // Counted from the day the referral was made in Korea: its UTC date is the day before from
    // 15:00 UTC (00:00 KST), and this test failed in a run that started then.
    const from = todayIso(new Date(r.createdAt));
    const due = await dong.get(`/api/referrals/due-date?businessDays=5&from=${from}`);
    expect(due.json().dueOn).toBe(r.dueOn);
    expect(r.steps).toEqual([expect.objectContaining({ from: null, to: 'requested', actorName: '동구 상담사' })]);
  });

  it('counts weekends and holidays out: 추석 2026 and its substitute day', async () => {
    const res = await dong.get('/api/referrals/due-date?from=2026-09-23&businessDays=3');
    expect(res.statusCode).toBe(200);
    // 9/24–26 추석 연휴, 9/27 Sunday, 10/3 개천절 falls on Saturday → 10/5 대체공휴일.
    expect(res.json().dueOn).toBe('2026-09-30');
    expect(res.json().skipped.map((s: { date: string }) => s.date)).toEqual(['2026-09-24', '2026-09-25']);
    const over = await dong.get('/api/referrals/due-date?from=2026-10-01&businessDays=2');
    expect(over.json().dueOn).toBe('2026-10-06');
  });

  it('shows the partner only its own agency, only the shared fields', async () => {
    const inbox = await lh.get('/api/partner/referrals');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().items.map((i: { id: string }) => i.id)).toContain(referralId);
    const other = await gmcc.get('/api/partner/referrals');
    expect(other.json().items.map((i: { id: string }) => i.id)).not.toContain(referralId);
    expect((await gmcc.get(`/api/partner/referrals/${referralId}`)).statusCode).toBe(404);

    const seen = await lh.get(`/api/partner/referrals/${referralId}`);
    expect(seen.statusCode).toBe(200);
    const v = seen.json();
    expect(Object.keys(v.shared).sort()).toEqual(['contact', 'housing', 'name']);
    expect(v.shared).toMatchObject({ name: '연계 시험', contact: '01055550101' });
    expect(v.shared.housing).toMatchObject({ tenure: 'monthly_rent', housingType: 'jjokbang' });
    // The address lines stay home unless "address" is shared; so do members, income and needs.
    expect(JSON.stringify(v)).not.toContain('가상로');
    expect(JSON.stringify(v)).not.toContain('연계 가족');
    expect(JSON.stringify(v)).not.toContain(caseId);
    // The screening summary holds only what this service delivers (주거취약계층 주거지원), not
    // 생계·의료급여 or any other program's result.
    expect(v.screeningSummary).toEqual([
      { id: 'vulnerable-housing', name: expect.any(String), status: expect.any(String) },
    ]);
    expect(v.moves).toEqual(['received']);
  });

  it('walks received → accepted → message → in-progress → completed, each step on the case timeline', async () => {
    const go = async (to: string, extra: object = {}) => {
      const res = await lh.post(`/api/partner/referrals/${referralId}/status`, { to, version, ...extra });
      expect(res.statusCode, `${to}: ${res.body}`).toBe(200);
      version = res.json().version;
      return res.json();
    };
    await go('received');
    await go('accepted');
    const asked = await lh.post(`/api/partner/referrals/${referralId}/messages`, {
      body: '임대차계약서 사본을 보내 주세요.',
    });
    expect(asked.statusCode).toBe(201);
    const unread = await dong.get('/api/notifications/unread');
    expect(unread.json().referrals).toEqual([expect.objectContaining({ referralId, count: 3 })]);
    const answered = await dong.post(`/api/referrals/${referralId}/messages`, { body: '내일 팩스로 보냅니다.' });
    expect(answered.statusCode).toBe(201);
    // Opening the referral reads its notices; the agency now has one (the answer) waiting.
    expect((await dong.get(`/api/referrals/${referralId}`)).statusCode).toBe(200);
    expect((await dong.get('/api/notifications/unread')).json().count).toBe(0);
    expect((await lh.get('/api/notifications/unread')).json().referrals).toEqual([
      expect.objectContaining({ referralId, count: 1 }),
    ]);
    // The agency's opening of it (the page '새 연계 소식' leads to) reads its news in turn.
    expect((await lh.get(`/api/partner/referrals/${referralId}`)).statusCode).toBe(200);
    expect((await lh.get('/api/notifications/unread')).json().count).toBe(0);
    await go('in-progress');
    const done = await go('completed', { outcome: '입주 확정', note: '2026년 입주 예정' });
    expect(done).toMatchObject({ status: 'completed', outcome: '입주 확정', moves: [] });
    expect(done.closedAt).not.toBeNull();
    expect(done.messages.map((m: { side: string }) => m.side)).toEqual(['partner', 'center']);

    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const steps = c.timeline
      .filter((e: { kind: string }) => e.kind === 'referral')
      .map((e: { actorName: string; detail: { to: string } }) => `${e.detail.to}:${e.actorName}`)
      .reverse();
    expect(steps).toEqual([
      'requested:동구 상담사',
      'received:LH 광주전남 담당',
      'accepted:LH 광주전남 담당',
      'in-progress:LH 광주전남 담당',
      'completed:LH 광주전남 담당',
    ]);
    expect(c.timeline.filter((e: { kind: string }) => e.kind === 'referral.message')).toHaveLength(2);
  });

  it('refuses moves the rules do not allow, and moves of the wrong side', async () => {
    const again = await lh.post(`/api/partner/referrals/${referralId}/status`, { to: 'in-progress', version });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
    expect(again.json().code).toBe('JIBSA_REFERRAL_STATE');

    const fresh = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'gmcc-rental'),
      message: '광주도시공사 임대도 알아봐 주세요.',
      sharedFields: ['name'],
    });
    const id = fresh.json().id;
    const byCounselor = await dong.post(`/api/referrals/${id}/status`, { to: 'received', version: 1 });
    expect(byCounselor.statusCode).toBe(403);
    const early = await gmcc.post(`/api/partner/referrals/${id}/status`, { to: 'accepted', version: 1 });
    expect(early.statusCode).toBe(409);
    await gmcc.post(`/api/partner/referrals/${id}/status`, { to: 'received', version: 1 });
    const noReason = await gmcc.post(`/api/partner/referrals/${id}/status`, { to: 'rejected', version: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const rejected = await gmcc.post(`/api/partner/referrals/${id}/status`, {
      to: 'rejected',
      version: 2,
      reason: '예비입주자 모집 기간이 아닙니다.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '예비입주자 모집 기간이 아닙니다.' });

    // Re-sent elsewhere after the rejection: a new referral pointing back to the refused one.
    const resent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-public-rental'),
      message: 'LH 국민임대로 다시 보냅니다.',
      sharedFields: ['name'],
      previousReferralId: id,
    });
    expect(resent.statusCode, resent.body).toBe(201);
    expect(resent.json().previousReferralId).toBe(id);
    const list = (await dong.get(`/api/cases/${caseId}/referrals`)).json().items;
    expect(list.map((r: { status: string }) => r.status)).toEqual(['requested', 'rejected', 'completed']);
    const twice = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'gmcc-rental'),
      message: '다시',
      sharedFields: [],
      previousReferralId: resent.json().id,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('flags overdue referrals on the case list and filters cases waiting on a referral', async () => {
    const waiting = await dong.get('/api/cases?referral=waiting');
    expect(waiting.statusCode).toBe(200);
    const row = waiting.json().items.find((i: { id: string }) => i.id === caseId);
    expect(row).toMatchObject({ openReferrals: 1, overdueReferrals: 0 });
    await t.handle.db.updateTable('referral').set({ due_on: '2020-01-02' }).where('case_id', '=', caseId).execute();
    const overdue = await dong.get('/api/cases?referral=overdue');
    expect(overdue.json().items.find((i: { id: string }) => i.id === caseId)).toMatchObject({ overdueReferrals: 1 });
    const refs = await dong.get('/api/referrals?overdue=true');
    expect(refs.json().items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
    expect(refs.json().items.length).toBeGreaterThan(0);
    const notWaiting = await dong.get('/api/cases?referral=waiting&limit=200');
    for (const i of notWaiting.json().items) expect(i.openReferrals).toBeGreaterThan(0);
  });

  it('moves a case at 접수·상담·계획 to 연계 when a referral is sent, and leaves a later case where it is', async () => {
    const fresh = await makeCase(dong);
    const before = (await dong.get(`/api/cases/${fresh}`)).json();
    expect(before.status).toBe('intake');
    const sent = await dong.post(`/api/cases/${fresh}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '매입임대 상담',
      sharedFields: ['name'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const after = (await dong.get(`/api/cases/${fresh}`)).json();
    expect(after.status).toBe('referral');
    expect(after.version).toBe(before.version + 1);
    expect(after.timeline.find((e: { kind: string }) => e.kind === 'status')).toMatchObject({
      actorName: '동구 상담사',
      detail: { from: 'intake', to: 'referral', referralId: sent.json().id },
    });
    // A save from the screen read before the referral is stale now, not a silent undo of the move.
    const stale = await dong.post(`/api/cases/${fresh}/status`, { version: before.version, status: 'counseling' });
    expect(stale.statusCode).toBe(409);

    const monitoring = await dong.post(`/api/cases/${fresh}/status`, { version: after.version, status: 'monitoring' });
    expect(monitoring.statusCode, monitoring.body).toBe(200);
    await dong.post(`/api/cases/${fresh}/referrals`, {
      serviceId: await serviceId(t.app, 'gmcc-rental'),
      message: '영구임대 상담',
      sharedFields: ['name'],
    });
    expect((await dong.get(`/api/cases/${fresh}`)).json().status).toBe('monitoring');
  });

  it('shows the agency nothing more of the household once the center cancels, and closes its thread', async () => {
    const caseId = await makeCase(dong);
    const made = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '연계합니다',
      sharedFields: ['name', 'contact'],
    });
    const id = made.json().id as string;
    const before = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(Object.keys(before.shared)).toEqual(['name', 'contact']);
    expect(before.cancelled).toBe(false);
    const cancel = await dong.post(`/api/referrals/${id}/status`, {
      to: 'cancelled',
      version: before.version,
      reason: '다른 기관으로 연계',
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    // Consent still stands; the referral is no longer the agency's to work on: no name, no phone.
    const after = (await lh.get(`/api/partner/referrals/${id}`)).json();
    expect(after).toMatchObject({
      status: 'cancelled',
      cancelled: true,
      consentWithdrawn: false,
      shared: {},
      screeningSummary: [],
    });
    expect(after.steps.at(-1)).toMatchObject({ to: 'cancelled', reason: '다른 기관으로 연계' });
    const message = await lh.post(`/api/partner/referrals/${id}/messages`, { body: '서류를 보내 주세요.' });
    expect(message.statusCode).toBe(409);
    expect(message.json().detail).toContain('취소한 연계');
  });

  it('shares nothing more once the agency declines or finishes, and no screening once consent is withdrawn', async () => {
    const caseId = await makeCase(dong);
    const send = () => sendToLh(caseId, '연계합니다', ['name', 'contact']);
    const declined = await send();
    await lhStep(declined, 'received');
    const open = (await lh.get(`/api/partner/referrals/${declined}`)).json();
    expect(open).toMatchObject({ closed: false, cancelled: false });
    expect(Object.keys(open.shared)).toEqual(['name', 'contact']);
    expect(open.screeningSummary.length).toBeGreaterThan(0);
    await lhStep(declined, 'rejected', { reason: '대상 지역이 아닙니다' });
    const finished = await send();
    for (const to of ['received', 'accepted', 'in-progress']) await lhStep(finished, to);
    await lhStep(finished, 'completed', { outcome: '입주 확정', note: '계약 마침' });
    for (const id of [declined, finished]) {
      const seen = (await lh.get(`/api/partner/referrals/${id}`)).json();
      expect(seen).toMatchObject({ closed: true, cancelled: false, shared: {}, screeningSummary: [] });
      // The steps stay readable after the end.
      expect(seen.steps.length).toBeGreaterThan(1);
    }
    // A change to the household after the end does not reach the agency.
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    const renamed = await dong.patch(`/api/cases/${caseId}/people/${c.people[0].id}`, {
      version: c.version,
      name: '새이름바꿈',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await lh.get(`/api/partner/referrals/${finished}`)).body).not.toContain('새이름바꿈');
    // An open referral whose household then withdraws consent is cancelled; its screening goes too.
    const third = await send();
    const fresh = (await dong.get(`/api/cases/${caseId}`)).json();
    const withdrawn = await dong.patch(`/api/cases/${caseId}`, {
      version: fresh.version,
      consent: { collection: true, sharing: false },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    for (const id of [declined, finished, third]) {
      const seen = (await lh.get(`/api/partner/referrals/${id}`)).json();
      expect(seen).toMatchObject({ consentWithdrawn: true, shared: {}, screeningSummary: [] });
    }
  });

  it('takes no more messages once a referral ends, from either side, and says why in both languages', async () => {
    const caseId = await makeCase(dong);
    const send = () => sendToLh(caseId, '닫힌 연계 메시지 시험', ['name']);
    const declined = await send();
    await lhStep(declined, 'received');
    // While open, both sides write.
    expect((await lh.post(`/api/partner/referrals/${declined}/messages`, { body: '확인 중입니다.' })).statusCode).toBe(
      201,
    );
    expect((await dong.post(`/api/referrals/${declined}/messages`, { body: '감사합니다.' })).statusCode).toBe(201);
    await lhStep(declined, 'rejected', { reason: '대상 지역이 아닙니다' });
    const finished = await send();
    for (const to of ['received', 'accepted', 'in-progress']) await lhStep(finished, to);
    await lhStep(finished, 'completed', { outcome: '입주 확정' });
    const cancelled = await send();
    const sent = (await dong.get(`/api/referrals/${cancelled}`)).json();
    expect(
      (await dong.post(`/api/referrals/${cancelled}/status`, { to: 'cancelled', version: sent.version })).statusCode,
    ).toBe(200);

    for (const [id, status, words] of [
      [declined, 'rejected', '거절한 연계'],
      [finished, 'completed', '마친 연계'],
      [cancelled, 'cancelled', '취소한 연계'],
    ] as const) {
      const before = (await dong.get(`/api/referrals/${id}`)).json().messages.length;
      for (const [who, url] of [
        [dong, `/api/referrals/${id}/messages`],
        [lh, `/api/partner/referrals/${id}/messages`],
      ] as const) {
        const res = await who.post(url, { body: '한 가지 더 여쭤봅니다.' });
        expect(res.statusCode, `${status} ${url}`).toBe(409);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        const p = res.json();
        expect(p.code).toBe('JIBSA_REFERRAL_STATE');
        expect(p.detail).toContain(words);
        expect(p.detail_en).toMatch(/no (more )?messages can|messages can no longer/);
        expect(p.errors).toEqual([
          expect.objectContaining({
            path: 'status',
            code: 'closed',
            detail: expect.stringContaining('메시지를 받지 않습니다'),
          }),
        ]);
        expect(p.errors[0].detail_en).toContain(`a ${status} referral takes no messages`);
      }
      // Nothing was written: no message, no notice to the other side.
      expect((await dong.get(`/api/referrals/${id}`)).json().messages).toHaveLength(before);
    }
    // The counselor is told to start a new referral, the agency to call the center.
    const fromCenter = await dong.post(`/api/referrals/${finished}/messages`, { body: '한 번 더' });
    expect(fromCenter.json().detail).toContain('새 연계를 보내 주세요');
    const fromAgency = await lh.post(`/api/partner/referrals/${finished}/messages`, { body: '한 번 더' });
    expect(fromAgency.json().detail).toContain('센터에 전화해 주세요');
  });

  it('asks the agency why it holds a referral, and shows the counselor; an old hold without a reason still works', async () => {
    const caseId = await makeCase(dong);
    const made = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '보류 사유 시험',
      sharedFields: ['name'],
    });
    const id = made.json().id as string;
    const url = `/api/partner/referrals/${id}/status`;
    expect((await lh.post(url, { to: 'received', version: 1 })).statusCode).toBe(200);
    expect((await lh.post(url, { to: 'accepted', version: 2 })).statusCode).toBe(200);

    // No reason, blank, or longer than 200 characters: a field error in both languages.
    for (const [reason, ko, en] of [
      [undefined, '보류하는 까닭을 짧게 적어 주세요', 'give a short reason for the hold'],
      ['   ', '보류하는 까닭을 짧게 적어 주세요', 'give a short reason for the hold'],
      ['가'.repeat(201), '보류 사유는 200자 안으로 적어 주세요 (지금 201자)', 'to 200 characters (now 201)'],
    ] as const) {
      const res = await lh.post(url, { to: 'on-hold', version: 3, ...(reason === undefined ? {} : { reason }) });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('JIBSA_VALIDATION');
      expect(res.json().errors).toEqual([
        expect.objectContaining({
          path: 'reason',
          detail: expect.stringContaining(ko),
          detail_en: expect.stringContaining(en),
        }),
      ]);
    }
    const held = await lh.post(url, { to: 'on-hold', version: 3, reason: '  가구가 입원 중, 퇴원 뒤 다시 진행  ' });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'on-hold', holdReason: '가구가 입원 중, 퇴원 뒤 다시 진행' });

    // The counselor sees it on the referral, its list, its steps and the case timeline.
    const seen = (await dong.get(`/api/referrals/${id}`)).json();
    expect(seen.holdReason).toBe('가구가 입원 중, 퇴원 뒤 다시 진행');
    expect(seen.steps.at(-1)).toMatchObject({ to: 'on-hold', reason: '가구가 입원 중, 퇴원 뒤 다시 진행' });
    const listed = (await dong.get(`/api/cases/${caseId}/referrals`)).json().items[0];
    expect(listed).toMatchObject({ id, holdReason: '가구가 입원 중, 퇴원 뒤 다시 진행' });
    const timeline = (await dong.get(`/api/cases/${caseId}`)).json().timeline as {
      kind: string;
      detail: Record<string, unknown>;
    }[];
    expect(timeline.find((e) => e.kind === 'referral' && e.detail.to === 'on-hold')?.detail).toMatchObject({
      reason: '가구가 입원 중, 퇴원 뒤 다시 진행',
    });

    // Resuming clears it from the referral (the step keeps it).
    const resumed = await lh.post(url, { to: 'accepted', version: 4 });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json().holdReason).toBeNull();
    expect(
      resumed.json().steps.some((s: { reason: string | null }) => s.reason === '가구가 입원 중, 퇴원 뒤 다시 진행'),
    ).toBe(true);

    // A hold made before reasons were asked: no reason anywhere, and it reads and resumes as before.
    await t.app.db
      .updateTable('referral')
      .set({ status: 'on-hold', held_from: 'accepted', hold_reason: null, version: 6 })
      .where('id', '=', id)
      .execute();
    await t.app.db
      .insertInto('referral_event')
      .values({ referral_id: id, from_status: 'accepted', to_status: 'on-hold', actor_id: null })
      .execute();
    const old = await dong.get(`/api/referrals/${id}`);
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json()).toMatchObject({ status: 'on-hold', holdReason: null });
    expect((await lh.get(`/api/partner/referrals/${id}`)).json().moves).toEqual(['accepted', 'completed']);
    expect((await lh.post(url, { to: 'accepted', version: 6 })).statusCode).toBe(200);
  });

  it('cancels every open referral when consent to sharing is withdrawn, with a timeline entry each', async () => {
    const withdrawing = await makeCase(dong);
    const send = (slug: string) => refer(t.app, dong, withdrawing, slug);
    const waiting = await send('lh-gwangju-vulnerable');
    const working = await send('gmcc-rental');
    for (const [to, v] of [
      ['received', 1],
      ['accepted', 2],
      ['in-progress', 3],
    ] as const) {
      expect((await gmcc.post(`/api/partner/referrals/${working}/status`, { to, version: v })).statusCode).toBe(200);
    }
    const held = await send('lh-gwangju-public-rental');
    await lh.post(`/api/partner/referrals/${held}/status`, { to: 'received', version: 1 });
    await lh.post(`/api/partner/referrals/${held}/status`, { to: 'accepted', version: 2 });
    const hold = await lh.post(`/api/partner/referrals/${held}/status`, {
      to: 'on-hold',
      version: 3,
      reason: '서류 보완 기다림',
    });
    expect(hold.statusCode, hold.body).toBe(200);
    const unreadBefore = (await gmcc.get('/api/notifications/unread')).json().count as number;

    const c = (await dong.get(`/api/cases/${withdrawing}`)).json();
    const res = await dong.patch(`/api/cases/${withdrawing}`, {
      version: c.version,
      consent: { collection: true, sharing: false },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await dong.get(`/api/cases/${withdrawing}/referrals`)).json().items as {
      id: string;
      status: string;
    }[];
    expect(Object.fromEntries(list.map((r) => [r.id, r.status]))).toEqual({
      [waiting]: 'cancelled',
      [working]: 'cancelled',
      [held]: 'cancelled',
    });
    const timeline = res.json().timeline as { kind: string; actorName: string; detail: Record<string, unknown> }[];
    const cancelled = timeline.filter((e) => e.kind === 'referral' && e.detail.to === 'cancelled');
    expect(cancelled.map((e) => e.detail.from).sort()).toEqual(['in-progress', 'on-hold', 'requested']);
    for (const e of cancelled)
      expect(e).toMatchObject({ actorName: '동구 상담사', detail: { reason: '정보 제공 동의 철회' } });
    // The consent change reads first, the cancellations after it (the timeline is newest first).
    const consentAt = timeline.findIndex((e) => e.kind === 'updated' && e.detail.consentWithdrawn === true);
    expect(consentAt).toBeGreaterThan(timeline.indexOf(cancelled[0] as (typeof timeline)[number]));
    // The agency hears of it, and its copy shows the referral closed with the reason.
    expect((await gmcc.get('/api/notifications/unread')).json().count).toBe(unreadBefore + 1);
    const seen = (await gmcc.get(`/api/partner/referrals/${working}`)).json();
    expect(seen).toMatchObject({ status: 'cancelled', moves: [] });
    expect(seen.steps.at(-1)).toMatchObject({ to: 'cancelled', reason: '정보 제공 동의 철회' });
    // And nothing new goes out until consent is given again.
    const again = await dong.post(`/api/cases/${withdrawing}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '다시',
      sharedFields: ['name'],
    });
    expect(again.json().code).toBe('JIBSA_CONSENT_MISSING');
  });

  it('will not refer without consent to sharing', async () => {
    const noConsent = await makeCase(dong, false);
    const res = await dong.post(`/api/cases/${noConsent}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '연계',
      sharedFields: ['name'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('JIBSA_CONSENT_MISSING');
  });
});
