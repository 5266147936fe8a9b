import { todayIso } from '@jibsa/programs';
import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

type Task = {
  id: string;
  title: string;
  titleEn: string | null;
  assigneeId: string | null;
  dueOn: string | null;
  doneAt: string | null;
};

describeOnEachDatabase('an agency’s answer comes back to the counselor as a task', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');

  /** A referral of a fresh case to LH, moved by the agency through `steps`: the case's tasks after. */
  async function answered(
    steps: { to: string; reason?: string; outcome?: string; note?: string; waitlistRank?: number }[],
  ) {
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '후속 할 일 시험',
      sharedFields: ['name'],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    let version = sent.json().version as number;
    for (const step of steps) {
      const res = await lh.post(`/api/partner/referrals/${sent.json().id}/status`, { ...step, version });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    return {
      caseId,
      number: sent.json().number as string,
      tasks: c.tasks as Task[],
      timeline: c.timeline,
      me: c.assigneeId,
    };
  }

  const dueIn3WorkingDays = async () =>
    (await dong.get(`/api/referrals/due-date?businessDays=3&from=${todayIso()}`)).json().dueOn as string;

  it('a refusal asks the case’s counselor to find another way, due in three working days', async () => {
    const { number, tasks, timeline, me } = await answered([{ to: 'received' }, { to: 'rejected', reason: '관할 밖' }]);
    const task = tasks.find((x) => x.title.startsWith('연계 거절 후속'));
    expect(task?.title).toContain(number);
    expect(task?.title).toContain('다른 기관이나 제도 찾기');
    expect(task).toMatchObject({
      assigneeId: me ?? expect.any(String),
      doneAt: null,
      dueOn: await dueIn3WorkingDays(),
    });
    expect(timeline.some((e: { kind: string }) => e.kind === 'task.added')).toBe(true);
  });

  it('a result asks the counselor to tell the household, naming the outcome', async () => {
    const { tasks } = await answered([
      { to: 'received' },
      { to: 'accepted' },
      { to: 'in-progress' },
      { to: 'completed', outcome: '입주 확정', note: '다음 달 입주' },
    ]);
    expect(tasks.filter((x) => x.title.startsWith('연계 결과 알리기'))).toEqual([
      expect.objectContaining({ title: expect.stringContaining('입주 확정'), doneAt: null }),
    ]);
  });

  it("words the tasks it adds in English too; a person's own task, or one they retitle, keeps the one title", async () => {
    const { number, tasks } = await answered([
      { to: 'received' },
      { to: 'accepted' },
      { to: 'in-progress' },
      { to: 'completed', outcome: '입주 확정' },
    ]);
    const tell = tasks.find((x) => x.title.startsWith('연계 결과 알리기'));
    // The agency's and service's names stay their own; every other word is English.
    expect(tell?.titleEn).toMatch(
      new RegExp(
        `^Tell the household the referral's result: LH .+ \\(${number}\\) — Move-in confirmed; then update the plan$`,
      ),
    );
    const declined = await answered([{ to: 'received' }, { to: 'rejected', reason: '관할 밖' }]);
    expect(declined.tasks.find((x) => x.title.startsWith('연계 거절 후속'))?.titleEn).toMatch(
      /^Referral declined: LH .+ — find another agency or program$/,
    );
    const own = await dong.post(`/api/cases/${declined.caseId}/tasks`, { title: '임대차계약서 사본 받기' });
    expect(own.json()).toMatchObject({ title: '임대차계약서 사본 받기', titleEn: null });
    // Retitled by a person: the system's English words no longer fit it.
    const auto = declined.tasks.find((x) => x.titleEn !== null) as Task;
    expect(auto).toBeDefined();
    const retitled = await dong.patch(`/api/cases/${declined.caseId}/tasks/${auto.id}`, { title: 'LH에 다시 문의' });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect(retitled.json()).toMatchObject({ title: 'LH에 다시 문의', titleEn: null });
    const detail = (await dong.get(`/api/cases/${declined.caseId}`)).json();
    expect(detail.tasks).toContainEqual(expect.objectContaining({ title: '임대차계약서 사본 받기', titleEn: null }));
    expect(detail.tasks).toContainEqual(expect.objectContaining({ title: 'LH에 다시 문의', titleEn: null }));
  });

  it('a place on the waiting list ends the referral with its rank, and asks the counselor to tell the household and later check the list', async () => {
    const { number, tasks, timeline, me } = await answered([
      { to: 'received' },
      { to: 'accepted' },
      { to: 'in-progress' },
      { to: 'completed', outcome: '예비입주자 선정', waitlistRank: 3 },
    ]);
    const tell = tasks.find((x) => x.title.startsWith('연계 결과 알리기'));
    expect(tell?.title).toMatch(
      new RegExp(
        `^연계 결과 알리기: LH .+ \\(${number}\\) — 예비입주자 선정 · 대기 3번, 가구에 알리고 주소·연락처가 바뀌면 기관에 꼭 알리도록 안내$`,
      ),
    );
    expect(tell).toMatchObject({ assigneeId: me ?? expect.any(String), dueOn: await dueIn3WorkingDays() });
    const check = tasks.find((x) => x.title.startsWith('예비 순번 확인'));
    expect(check?.title).toContain(number);
    expect(check?.title).toContain('기관에 순번이 얼마나 움직였는지 묻고');
    const in60 = (await dong.get(`/api/referrals/due-date?businessDays=60&from=${todayIso()}`)).json().dueOn;
    expect(check).toMatchObject({ assigneeId: me ?? expect.any(String), doneAt: null, dueOn: in60 });
    const step = (timeline as { kind: string; detail: Record<string, unknown> }[]).find(
      (e) => e.kind === 'referral' && e.detail.to === 'completed',
    );
    expect(step?.detail).toMatchObject({ outcome: '예비입주자 선정', waitlistRank: 3 });
    // The referral is finished: closed, its rank kept, counted among the year's outcomes.
    const r = (await dong.get('/api/referrals?limit=200'))
      .json()
      .items.find((x: { number: string }) => x.number === number);
    expect(r).toMatchObject({ status: 'completed', outcome: '예비입주자 선정', waitlistRank: 3, moves: [] });
    expect(r.closedAt).not.toBeNull();
    const stats = (await dong.get(`/api/stats/center?year=${todayIso().slice(0, 4)}`)).json();
    expect(stats.outcomes).toContainEqual({ outcome: '예비입주자 선정', count: expect.any(Number) });
  });

  it('takes a waiting-list rank only with that outcome, and a rank is optional', async () => {
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '순번 시험',
      sharedFields: ['name'],
    });
    const url = `/api/partner/referrals/${sent.json().id}/status`;
    for (const [to, version] of [
      ['received', 1],
      ['accepted', 2],
      ['in-progress', 3],
    ] as const) {
      expect((await lh.post(url, { to, version })).statusCode).toBe(200);
    }
    const wrong = await lh.post(url, { to: 'completed', version: 4, outcome: '입주 확정', waitlistRank: 2 });
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({
        path: 'waitlistRank',
        detail: expect.stringContaining("대기 순번은 결과가 '예비입주자 선정'일 때만 적습니다"),
        detail_en: expect.stringContaining('a waiting-list rank goes only with the outcome'),
      }),
    ]);
    expect(
      (await lh.post(url, { to: 'completed', version: 4, outcome: '예비입주자 선정', waitlistRank: 0 })).statusCode,
    ).toBe(400);
    const noRank = await lh.post(url, { to: 'completed', version: 4, outcome: '예비입주자 선정' });
    expect(noRank.statusCode, noRank.body).toBe(200);
    expect(noRank.json()).toMatchObject({ outcome: '예비입주자 선정', waitlistRank: null });
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    expect((c.tasks as Task[]).map((x) => x.title)).toContainEqual(
      expect.stringContaining('예비입주자 선정 · 대기 중,'),
    );
  });

  it('steps on the way and the center’s own cancel add none', async () => {
    const { tasks } = await answered([{ to: 'received' }, { to: 'accepted' }, { to: 'in-progress' }]);
    expect(tasks.filter((x) => x.title.startsWith('연계'))).toEqual([]);
    const caseId = await makeCase(dong);
    const sent = await dong.post(`/api/cases/${caseId}/referrals`, {
      serviceId: await serviceId(t.app, 'lh-gwangju-vulnerable'),
      message: '취소할 연계',
      sharedFields: ['name'],
    });
    const cancel = await dong.post(`/api/referrals/${sent.json().id}/status`, {
      to: 'cancelled',
      version: sent.json().version,
      reason: '가구가 원하지 않음',
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const c = (await dong.get(`/api/cases/${caseId}`)).json();
    expect((c.tasks as Task[]).filter((x) => x.title.startsWith('연계'))).toEqual([]);
  });
});
