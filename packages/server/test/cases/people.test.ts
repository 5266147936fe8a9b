import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { loginAs } from '../support/staff.ts';
import { asStaff, consent } from './support.ts';

interface Detail {
  version: number;
  people: { id: string; name: string; birthDate: string | null; relation: string; phone: string | null }[];
  household: { members: Record<string, unknown>[] } & Record<string, unknown>;
  timeline: { kind: string; detail: Record<string, unknown> }[];
}

describeOnEachDatabase('household members edited on the case', (make) => {
  let t: TestApp;
  let dong: ReturnType<typeof asStaff>;
  let caseId = '';
  const current = async () => (await dong.get(`/api/cases/${caseId}`)).json() as Detail;
  const auditActions = async () =>
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', caseId)
        .where('action', 'like', 'case.person.%')
        .orderBy('at')
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    t = await make();
    dong = asStaff(t.app, await loginAs(t.app, 'counselor.dong'));
    // A self-check household: the head's age and income known, no birth date yet.
    const made = await dong.post('/api/cases', {
      district: 'dong',
      people: [{ name: '고 다 인', relation: 'head' }],
      household: {
        gwangjuDistrict: 'dong',
        tenure: 'monthly_rent',
        deposit: 3_000_000,
        monthlyRent: 300_000,
        members: [{ relation: 'head', age: 40, earnedIncome: 1_500_000 }],
      },
      consent,
    });
    expect(made.statusCode, made.body).toBe(201);
    caseId = made.json().id;
  });
  afterAll(async () => t.close());

  it('adds a member with the case version: person, household member, search, timeline and audit', async () => {
    const first = await dong.post(`/api/cases/${caseId}/screenings`, {});
    expect(first.statusCode).toBe(201);
    const res = await dong.post(`/api/cases/${caseId}/people`, {
      version: 1,
      name: '고 나 래',
      relation: 'child',
      birthDate: '2015-03-01',
      phone: '010-4444-9876',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json() as Detail;
    expect(c.version).toBe(2);
    expect(c.people.map((p) => [p.name, p.relation, p.birthDate, p.phone])).toEqual([
      ['고 다 인', 'head', null, null],
      ['고 나 래', 'child', '2015-03-01', '01044449876'],
    ]);
    // The engine's member beside the person; the head's own answers untouched.
    expect(c.household.members).toEqual([
      { relation: 'head', age: 40, earnedIncome: 1_500_000 },
      { relation: 'child', birthDate: '2015-03-01' },
    ]);
    expect(c.timeline[0]).toMatchObject({
      kind: 'person.added',
      detail: { fields: ['people', 'household'], position: 1, relation: 'child' },
    });
    // No personal values on the timeline.
    expect(JSON.stringify(c.timeline)).not.toContain('나 래');
    const found = await dong.get(`/api/cases?q=${encodeURIComponent('ㄱㄴㄹ')}`);
    expect(found.json().items.map((i: { id: string }) => i.id)).toContain(caseId);
    expect(await auditActions()).toEqual(['case.person.add']);

    // Re-screening reads the new member: a second person changes the household's size.
    const again = await dong.post(`/api/cases/${caseId}/screenings`, {});
    const changes = again.json().changes as { why: { ko: string } }[];
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.some((ch) => ch.why.ko.includes('가구 답 변화'))).toBe(true);
  });

  it('corrects a member: only what is sent changes, null clears, a birth date replaces a stored age', async () => {
    const c = await current();
    const head = c.people[0]?.id;
    const res = await dong.patch(`/api/cases/${caseId}/people/${head}`, {
      version: c.version,
      name: '고다인',
      birthDate: '1985-06-30',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.people[0]).toMatchObject({ name: '고다인', birthDate: '1985-06-30', relation: 'head' });
    expect(after.household.members[0]).toEqual({ relation: 'head', birthDate: '1985-06-30', earnedIncome: 1_500_000 });
    expect(after.timeline[0]).toMatchObject({ kind: 'person.changed', detail: { changed: ['name', 'birthDate'] } });
    const child = after.people[1]?.id;
    const cleared = await dong.patch(`/api/cases/${caseId}/people/${child}`, { version: after.version, phone: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((cleared.json() as Detail).people[1]?.phone).toBeNull();
  });

  it('refuses a stale save with 409 naming the people, and keeps the record as it was', async () => {
    const c = await current();
    const child = c.people[1]?.id;
    const stale = await dong.patch(`/api/cases/${caseId}/people/${child}`, {
      version: c.version - 1,
      relation: 'grandchild',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    expect(stale.json().code).toBe('JIBSA_CASE_CONFLICT');
    expect(stale.json().errors.map((e: { path: string }) => e.path)).toEqual(['version', 'people', 'household']);
    const staleAdd = await dong.post(`/api/cases/${caseId}/people`, {
      version: 1,
      name: '늦은 저장',
      relation: 'other',
    });
    expect(staleAdd.statusCode).toBe(409);
    const staleRemove = await dong.delete(`/api/cases/${caseId}/people/${child}?version=1`);
    expect(staleRemove.statusCode).toBe(409);
    const now = await current();
    expect(now.version).toBe(c.version);
    expect(now.people.map((p) => p.relation)).toEqual(['head', 'child']);
  });

  it('answers bad input per field, an unknown person 404, and keeps the last person', async () => {
    const c = await current();
    const bad = await dong.post(`/api/cases/${caseId}/people`, {
      version: c.version,
      name: '  ',
      relation: 'child',
      birthDate: '2999-01-01',
      phone: '12345678901',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['birthDate', 'name', 'phone']);
    expect(bad.json().errors[0].detail).toMatch(/[가-힣]/);
    const wrongType = await dong.post(`/api/cases/${caseId}/people`, { version: c.version, name: 1, relation: 'cat' });
    expect(wrongType.statusCode).toBe(400);
    const nothing = await dong.patch(`/api/cases/${caseId}/people/${c.people[0]?.id}`, { version: c.version });
    expect(nothing.statusCode).toBe(400);
    const unknown = await dong.patch(`/api/cases/${caseId}/people/00000000-0000-4000-8000-000000000000`, {
      version: c.version,
      name: '없음',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await current()).version).toBe(c.version);
  });

  it('removes a member with their row of the household, and never the last one', async () => {
    const c = await current();
    // Removing the first person: the second moves up, with their own member.
    const res = await dong.delete(`/api/cases/${caseId}/people/${c.people[0]?.id}?version=${c.version}`);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.people.map((p) => p.name)).toEqual(['고 나 래']);
    expect(after.household.members).toEqual([{ relation: 'child', birthDate: '2015-03-01' }]);
    expect(after.timeline[0]).toMatchObject({ kind: 'person.removed', detail: { position: 0, relation: 'head' } });
    const last = await dong.delete(`/api/cases/${caseId}/people/${after.people[0]?.id}?version=${after.version}`);
    expect(last.statusCode).toBe(400);
    expect(last.json().errors[0].path).toBe('people');
    const list = await dong.get(`/api/cases?q=${encodeURIComponent('고다인')}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(caseId);
    expect(await auditActions()).toEqual([
      'case.person.add',
      'case.person.update',
      'case.person.update',
      'case.person.remove',
    ]);
  });

  it('gives a case without a household one holding its people and its 구', async () => {
    const made = await dong.post('/api/cases', { people: [{ name: '빈 가구', relation: 'head' }], consent });
    expect(made.json().household).toBeNull();
    const res = await dong.post(`/api/cases/${made.json().id}/people`, {
      version: 1,
      name: '빈 가구 배우자',
      relation: 'spouse',
      birthDate: '1950-01-02',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().household).toEqual({
      gwangjuDistrict: 'dong',
      members: [{ relation: 'head' }, { relation: 'spouse', birthDate: '1950-01-02' }],
    });
  });

  it('a whole people list sent with PATCH is written into the household too, members by position', async () => {
    const made = await dong.post('/api/cases', {
      district: 'dong',
      people: [{ name: '전 체', relation: 'head' }],
      household: { gwangjuDistrict: 'dong', members: [{ relation: 'head', age: 70, earnedIncome: 300_000 }] },
      consent,
    });
    expect(made.statusCode, made.body).toBe(201);
    const res = await dong.patch(`/api/cases/${made.json().id}`, {
      version: 1,
      people: [
        { name: '전 체', relation: 'head', birthDate: '1955-04-01' },
        { name: '전 배우자', relation: 'spouse', birthDate: '1957-09-09' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    // The head keeps its income; its stored age gives way to the birth date; the spouse is added.
    expect((res.json() as Detail).household.members).toEqual([
      { relation: 'head', birthDate: '1955-04-01', earnedIncome: 300_000 },
      { relation: 'spouse', birthDate: '1957-09-09' },
    ]);
  });
});
