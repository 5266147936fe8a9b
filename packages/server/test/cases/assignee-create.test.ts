// Who handles a case from its opening: POST /api/cases takes the handler (assigneeId) with the rules
// of a change of handler (an active counselor of the case's 구, or null), records it on the timeline
// and in the audit as PATCH does, and, named nowhere, keeps what it did: the counselor who opens a
// case handles it, an admin's waits for one.
import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { addDongCounselor, consent, householdOf, staffPerBlock } from './support.ts';

type Made = {
  id: string;
  version: number;
  assigneeId: string | null;
  assigneeName: string | null;
  timeline: { kind: string; version: number; actorName: string | null; detail: Record<string, unknown> }[];
};

describeOnEachDatabase('naming who handles a case as it is opened', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  const dong = staffPerBlock(t, 'counselor.dong');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // A second 동구 counselor and a disabled one, as the handler tests make them.
    const db = t.handle.db;
    await addDongCounselor(db, 'counselor.dong2', '동구 둘째 상담사', false);
    await addDongCounselor(db, 'counselor.gone', '동구 떠난 상담사', true);
    for (const r of await db.selectFrom('staff_user').select(['id', 'username']).execute()) ids[r.username] = r.id;
  });

  const open = (who: typeof admin, name: string, extra: object = {}) =>
    who.post('/api/cases', {
      district: 'dong',
      people: [{ name, relation: 'head' }],
      household: householdOf([70]),
      consent,
      ...extra,
    });
  const cases = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('case_record')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const actions = async (requestId: unknown) =>
    (await t.handle.db.selectFrom('audit_log').select('action').where('request_id', '=', String(requestId)).execute())
      .map((a) => a.action)
      .sort();

  it('an admin gives the new case to a counselor of its 구: on the timeline and in the audit, as a change is', async () => {
    const res = await open(admin, '처음부터 배정', { assigneeId: ids['counselor.dong2'] });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json() as Made;
    expect(made).toMatchObject({ version: 1, assigneeId: ids['counselor.dong2'], assigneeName: '동구 둘째 상담사' });
    expect(made.timeline.map((e) => `${e.kind}@${e.version}`).sort()).toEqual(['assigned@1', 'created@1']);
    expect(made.timeline.find((e) => e.kind === 'assigned')).toMatchObject({
      actorName: '센터 관리자',
      detail: { fromId: null, fromName: null, toId: ids['counselor.dong2'], toName: '동구 둘째 상담사' },
    });
    expect(await actions(res.headers['x-request-id'])).toEqual(['case.assign', 'case.create']);
    const mine = (await dong.get('/api/cases?unassigned=true&limit=200')).json().items as { id: string }[];
    expect(mine.some((c) => c.id === made.id)).toBe(false);
  });

  it('a counselor handles what they open unless they say otherwise: a colleague, or nobody', async () => {
    const own = await open(dong, '내가 맡음');
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ assigneeId: ids['counselor.dong'], assigneeName: '동구 상담사' });
    // As before: taking one's own new case is no change of handler to record.
    expect((own.json() as Made).timeline.map((e) => e.kind)).toEqual(['created']);
    expect(await actions(own.headers['x-request-id'])).toEqual(['case.create']);

    const handed = await open(dong, '동료에게', { assigneeId: ids['counselor.dong2'] });
    expect(handed.statusCode).toBe(201);
    expect(handed.json()).toMatchObject({ assigneeId: ids['counselor.dong2'], assigneeName: '동구 둘째 상담사' });
    expect((handed.json() as Made).timeline.find((e) => e.kind === 'assigned')).toMatchObject({
      actorName: '동구 상담사',
      detail: { toName: '동구 둘째 상담사' },
    });
    expect(await auditEntries(t.handle.db, 'case.assign', handed.json().id)).toHaveLength(1);

    const nobody = await open(dong, '담당 없이', { assigneeId: null });
    expect(nobody.statusCode).toBe(201);
    expect(nobody.json()).toMatchObject({ assigneeId: null, assigneeName: null });
    expect((nobody.json() as Made).timeline.map((e) => e.kind)).toEqual(['created']);
  });

  it.each([
    ['a counselor of another 구', 'counselor.seo', /구에서 일하는 상담사/, /district/],
    ['a disabled account', 'counselor.gone', /꺼진 계정/, /disabled/],
    ['an administrator', 'admin', /상담사에게만/, /only to a counselor/],
    ['a partner', 'partner.dong', /상담사에게만/, /only to a counselor/],
  ])(
    'will not open a case given to %s: 400 at assigneeId, in Korean and English, and no case',
    async (_, who, ko, en) => {
      const before = await cases();
      const res = await open(admin, `거절 ${who}`, { assigneeId: ids[who] });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const body = res.json();
      expect(body.code).toBe('JIBSA_VALIDATION');
      expect(body.errors).toEqual([expect.objectContaining({ path: 'assigneeId' })]);
      expect(body.errors[0].detail).toMatch(ko);
      expect(body.errors[0].detail_en).toMatch(en);
      expect(await cases()).toBe(before);
    },
  );

  it('refuses an account that does not exist, and an id that is not one', async () => {
    const before = await cases();
    const missing = await open(admin, '없는 사람', { assigneeId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('assigneeId');
    const junk = await open(admin, '아이디 아님', { assigneeId: 'counselor.dong' });
    expect(junk.statusCode).toBe(400);
    expect(junk.json().errors[0].path).toBe('assigneeId');
    expect(await cases()).toBe(before);
  });
});
