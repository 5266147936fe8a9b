// Who handles a case (담당자): given, changed and taken off through PATCH /api/cases/:id with the
// case's version, only to an active counselor of the case's 구; each change is a timeline entry
// naming from whom to whom and an audit row; the list and the case name the handler.
import { beforeAll, describe, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { auditEntries } from '../support/audit.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';
import { addDongCounselor, asStaff, consent, householdOf, staffPerBlock } from './support.ts';

type Client = ReturnType<typeof asStaff>;

describeOnEachDatabase('who handles a case (담당자)', (make) => {
  const t = appPerBlock(make);
  const admin = staffPerBlock(t, 'admin');
  const dong = staffPerBlock(t, 'counselor.dong');
  const seo = staffPerBlock(t, 'counselor.seo');
  const partner = staffPerBlock(t, 'partner.dong');
  const city = staffPerBlock(t, 'city');
  const ids: Record<string, string> = {};
  let colleague: Client;

  beforeAll(async () => {
    await addDongCounselor(t.handle.db, 'counselor.dong2', '동구 둘째 상담사', false);
    await addDongCounselor(t.handle.db, 'counselor.gone', '동구 떠난 상담사', true);
    const rows = await t.handle.db.selectFrom('staff_user').select(['id', 'username']).execute();
    for (const r of rows) ids[r.username] = r.id;
    colleague = asStaff(t.app, await loginAs(t.app, 'counselor.dong2'));
  });

  const openByAdmin = async (name: string) => {
    const res = await admin.post('/api/cases', {
      district: 'dong',
      people: [{ name, relation: 'head' }],
      household: householdOf([71]),
      consent,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; version: number; assigneeId: string | null; assigneeName: string | null };
  };
  const listed = async (who: Client, filter: string, caseId: string) => {
    const res = await who.get(`/api/cases?${filter}&limit=200`);
    expect(res.statusCode).toBe(200);
    return (res.json().items as { id: string; assigneeName: string | null }[]).find((c) => c.id === caseId);
  };

  describe('the picker', () => {
    it("lists the active counselors of the 구 asked for; a counselor gets their own 구's whatever they ask", async () => {
      const byAdmin = await admin.get('/api/cases/assignees?district=dong');
      expect(byAdmin.statusCode).toBe(200);
      const names = byAdmin.json().items.map((s: { displayName: string }) => s.displayName);
      expect(names).toEqual(['동구 둘째 상담사', '동구 상담사']);
      const everyone = (await admin.get('/api/cases/assignees')).json().items as { district: string }[];
      expect(new Set(everyone.map((s) => s.district))).toEqual(new Set(['dong', 'seo', 'nam', 'buk', 'gwangsan']));
      const byDong = (await dong.get('/api/cases/assignees?district=seo')).json().items as { district: string }[];
      expect(byDong.map((s) => s.district)).toEqual(['dong', 'dong']);
    });

    it('is refused to partners and the city, who hold no cases', async () => {
      for (const who of [partner, city]) {
        const res = await who.get('/api/cases/assignees?district=dong');
        expect(res.statusCode).toBe(403);
      }
    });
  });

  describe('giving and changing', () => {
    it("an admin's new case has no handler, is found under 담당자 없음, and is given to a counselor who then sees it as theirs", async () => {
      const made = await openByAdmin('배정 대기');
      expect(made).toMatchObject({ assigneeId: null, assigneeName: null });
      expect(await listed(admin, 'unassigned=true', made.id)).toMatchObject({ assigneeName: null });
      expect(await listed(dong, 'mine=true', made.id)).toBeUndefined();

      const given = await admin.patch(`/api/cases/${made.id}`, {
        version: made.version,
        assigneeId: ids['counselor.dong'],
      });
      expect(given.statusCode).toBe(200);
      expect(given.json()).toMatchObject({
        assigneeId: ids['counselor.dong'],
        assigneeName: '동구 상담사',
        version: made.version + 1,
      });
      expect(given.json().timeline[0]).toMatchObject({
        kind: 'assigned',
        actorName: '센터 관리자',
        version: made.version + 1,
        detail: { fromId: null, fromName: null, toId: ids['counselor.dong'], toName: '동구 상담사' },
      });
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'subject_id', 'outcome'])
        .where('request_id', '=', String(given.headers['x-request-id']))
        .execute();
      expect(audit).toEqual([{ action: 'case.assign', actor_id: ids.admin, subject_id: made.id, outcome: 'ok' }]);

      expect(await listed(dong, 'mine=true', made.id)).toMatchObject({ assigneeName: '동구 상담사' });
      expect(await listed(admin, 'unassigned=true', made.id)).toBeUndefined();
      expect((await dong.get(`/api/cases/${made.id}`)).json()).toMatchObject({ assigneeName: '동구 상담사' });
    });

    it('a counselor hands their case to a colleague of their 구, or takes one nobody handles', async () => {
      const made = await openByAdmin('넘겨줄 사례');
      const taken = await dong.patch(`/api/cases/${made.id}`, {
        version: made.version,
        assigneeId: ids['counselor.dong'],
      });
      expect(taken.statusCode).toBe(200);
      const handed = await dong.patch(`/api/cases/${made.id}`, {
        version: taken.json().version,
        assigneeId: ids['counselor.dong2'],
      });
      expect(handed.statusCode).toBe(200);
      expect(handed.json().timeline[0]).toMatchObject({
        kind: 'assigned',
        actorName: '동구 상담사',
        detail: { fromName: '동구 상담사', toName: '동구 둘째 상담사' },
      });
      expect(await listed(colleague, 'mine=true', made.id)).toMatchObject({ assigneeName: '동구 둘째 상담사' });
      expect(await listed(dong, 'mine=true', made.id)).toBeUndefined();
      expect(await auditEntries(t.handle.db, 'case.assign', made.id)).toHaveLength(2);
    });

    it('null takes the handler off; the case is then among those nobody handles', async () => {
      const made = await openByAdmin('담당 풀기');
      const given = await admin.patch(`/api/cases/${made.id}`, {
        version: made.version,
        assigneeId: ids['counselor.dong'],
      });
      const off = await admin.patch(`/api/cases/${made.id}`, { version: given.json().version, assigneeId: null });
      expect(off.statusCode).toBe(200);
      expect(off.json()).toMatchObject({ assigneeId: null, assigneeName: null });
      expect(off.json().timeline[0].detail).toMatchObject({ fromName: '동구 상담사', toId: null, toName: null });
      expect(await listed(admin, 'unassigned=true', made.id)).toBeDefined();
    });

    it('with other changes in the same save, each has its own timeline entry and audit row', async () => {
      const made = await openByAdmin('함께 고침');
      const res = await admin.patch(`/api/cases/${made.id}`, {
        version: made.version,
        needs: ['이사'],
        assigneeId: ids['counselor.dong2'],
      });
      expect(res.statusCode).toBe(200);
      const v = made.version + 1;
      expect(
        res
          .json()
          .timeline.filter((e: { version: number }) => e.version === v)
          .map((e: { kind: string }) => e.kind)
          .sort(),
      ).toEqual(['assigned', 'updated']);
      const updated = res.json().timeline.find((e: { kind: string }) => e.kind === 'updated');
      expect(updated.detail.fields).toEqual(['needs']);
      const actions = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('request_id', '=', String(res.headers['x-request-id']))
        .execute();
      expect(actions.map((a) => a.action).sort()).toEqual(['case.assign', 'case.update']);
    });
  });

  describe('refusals', () => {
    let caseId = '';
    let version = 0;
    beforeAll(async () => {
      const made = await openByAdmin('거절 확인');
      const given = await admin.patch(`/api/cases/${made.id}`, {
        version: made.version,
        assigneeId: ids['counselor.dong'],
      });
      caseId = made.id;
      version = given.json().version;
    });

    const unchanged = async () => {
      const now = (await admin.get(`/api/cases/${caseId}`)).json();
      expect(now).toMatchObject({ version, assigneeId: ids['counselor.dong'] });
    };

    it.each([
      ['a counselor of another 구', 'counselor.seo', /구에서 일하는 상담사/, /district/],
      ['a disabled account', 'counselor.gone', /꺼진 계정/, /disabled/],
      ['an administrator', 'admin', /상담사에게만/, /only to a counselor/],
      ['a partner', 'partner.dong', /상담사에게만/, /only to a counselor/],
      ['the one already handling it', 'counselor.dong', /이미 이 사례를 맡고/, /already handles/],
    ])('will not give a case to %s: 400 at assigneeId, in Korean and English', async (_, username, ko, en) => {
      const res = await admin.patch(`/api/cases/${caseId}`, { version, assigneeId: ids[username] });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const body = res.json();
      expect(body.code).toBe('JIBSA_VALIDATION');
      expect(body.errors).toEqual([expect.objectContaining({ path: 'assigneeId' })]);
      expect(body.errors[0].detail).toMatch(ko);
      expect(body.errors[0].detail_en).toMatch(en);
      await unchanged();
    });

    it('refuses an account that does not exist, and an id that is not one', async () => {
      const missing = await admin.patch(`/api/cases/${caseId}`, {
        version,
        assigneeId: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors[0].path).toBe('assigneeId');
      const junk = await admin.patch(`/api/cases/${caseId}`, { version, assigneeId: 'counselor.dong' });
      expect(junk.statusCode).toBe(400);
      await unchanged();
    });

    it('refuses a change sent with a stale version, naming the handler as changed meanwhile', async () => {
      const res = await admin.patch(`/api/cases/${caseId}`, {
        version: version - 1,
        assigneeId: ids['counselor.dong2'],
      });
      expect(res.statusCode).toBe(409);
      const paths = res.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(['version', 'assigneeId']);
      await unchanged();
    });

    it('lets no partner, city account or counselor of another 구 change the handler', async () => {
      const body = { version, assigneeId: ids['counselor.dong2'] };
      expect((await partner.patch(`/api/cases/${caseId}`, body)).statusCode).toBe(403);
      expect((await city.patch(`/api/cases/${caseId}`, body)).statusCode).toBe(403);
      // Another 구's case is not there for them, as any case outside their scope.
      expect((await seo.patch(`/api/cases/${caseId}`, body)).statusCode).toBe(404);
      await unchanged();
      expect(await auditEntries(t.handle.db, 'case.assign', caseId)).toHaveLength(1);
    });
  });
});
