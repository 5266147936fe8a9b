import { todayIso } from '@jibsa/programs';
import { expect, it } from 'vitest';
import { staffPerBlock } from '../cases/support.ts';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { makeCase, serviceId } from './support.ts';

type Task = { title: string; assigneeId: string | null; dueOn: string | null; doneAt: string | null };

describeOnEachDatabase('an agency’s answer comes back to the counselor as a task', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const lh = staffPerBlock(t, 'partner.lh');

  /** A referral of a fresh case to LH, moved by the agency through `steps`: the case's tasks after. */
  async function answered(steps: { to: string; reason?: string; outcome?: string; note?: string }[]) {
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
    return { number: sent.json().number as string, tasks: c.tasks as Task[], timeline: c.timeline, me: c.assigneeId };
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
