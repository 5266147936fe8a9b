import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { consent, staffPerBlock } from './support.ts';

interface Detail {
  id: string;
  version: number;
  people: { id: string; name: string; birthDate: string | null; relation: string; phone: string | null }[];
  household: { members: Record<string, unknown>[] } & Record<string, unknown>;
  timeline: { kind: string; detail: Record<string, unknown> }[];
}

describeOnEachDatabase('household members edited on the case', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
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

  it('removes a member with their row of the household, asks who becomes 본인, and never removes the last', async () => {
    const c = await current();
    const [head, child] = [c.people[0]?.id, c.people[1]?.id];
    // Removing 본인 while someone stays: refused per field until the new 본인 is named.
    const unnamed = await dong.delete(`/api/cases/${caseId}/people/${head}?version=${c.version}`);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.headers['content-type']).toMatch(/problem\+json/);
    expect(unnamed.json().errors).toEqual([
      expect.objectContaining({ path: 'newHeadId', detail: expect.stringMatching(/본인/) }),
    ]);
    const self = await dong.delete(`/api/cases/${caseId}/people/${head}?version=${c.version}&newHeadId=${head}`);
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0].path).toBe('newHeadId');
    expect((await current()).version).toBe(c.version);
    // Named: the second moves up as 본인, with their own member.
    const res = await dong.delete(`/api/cases/${caseId}/people/${head}?version=${c.version}&newHeadId=${child}`);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(after.people.map((p) => [p.name, p.relation])).toEqual([['고 나 래', 'head']]);
    expect(after.household.members).toEqual([{ relation: 'head', birthDate: '2015-03-01' }]);
    expect(after.timeline[0]).toMatchObject({
      kind: 'person.removed',
      detail: { position: 0, relation: 'head', newHead: 0 },
    });
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

  it('keeps exactly one 본인 when relations change, naming the other side of a hand-over', async () => {
    const made = await dong.post('/api/cases', {
      people: [
        { name: '한 본인', relation: 'head' },
        { name: '한 배우자', relation: 'spouse' },
      ],
      consent,
    });
    const c = made.json() as Detail;
    const [head, spouse] = [c.people[0]?.id, c.people[1]?.id];
    const url = (id?: string) => `/api/cases/${c.id}/people/${id}`;
    // The head alone stops being 본인: refused until the new 본인 is named.
    const none = await dong.patch(url(head), { version: c.version, relation: 'spouse' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors.map((e: { path: string }) => e.path)).toEqual(['newHeadId']);
    // Someone else becomes 본인: refused until the former 본인's relation is named.
    const two = await dong.patch(url(spouse), { version: c.version, relation: 'head' });
    expect(two.statusCode).toBe(400);
    expect(two.json().errors.map((e: { path: string }) => e.path)).toEqual(['formerHeadRelation']);
    const added = await dong.post(`/api/cases/${c.id}/people`, {
      version: c.version,
      name: '둘째 본인',
      relation: 'head',
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().errors.map((e: { path: string }) => e.path)).toEqual(['formerHeadRelation']);
    // A whole list names exactly one 본인.
    const list = await dong.patch(`/api/cases/${c.id}`, {
      version: c.version,
      people: [{ name: '없는 본인', relation: 'spouse' }],
    });
    expect(list.statusCode).toBe(400);
    expect(list.json().errors.map((e: { path: string }) => e.path)).toEqual(['people']);
    expect((await dong.get(`/api/cases/${c.id}`)).json().version).toBe(c.version);

    const swapped = await dong.patch(url(spouse), {
      version: c.version,
      relation: 'head',
      formerHeadRelation: 'spouse',
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    const s1 = swapped.json() as Detail;
    expect(s1.people.map((p) => p.relation)).toEqual(['spouse', 'head']);
    expect(s1.household.members.map((m) => m.relation)).toEqual(['spouse', 'head']);
    expect(s1.timeline[0]).toMatchObject({ kind: 'person.changed', detail: { position: 1, relationsChanged: [0] } });
    const back = await dong.patch(url(spouse), { version: s1.version, relation: 'spouse', newHeadId: head });
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as Detail).people.map((p) => p.relation)).toEqual(['head', 'spouse']);
  });

  it('keeps an age (만 나이) on the engine member when the birth date is unknown; a birth date wins', async () => {
    const made = await dong.post('/api/cases', { people: [{ name: '나 이', relation: 'head' }], consent });
    const c = made.json() as Detail;
    // A household of one has its 본인: the relation itself is the field to fix.
    const alone = await dong.patch(`/api/cases/${c.id}/people/${c.people[0]?.id}`, {
      version: c.version,
      relation: 'spouse',
    });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().errors.map((e: { path: string }) => e.path)).toEqual(['relation']);
    const added = await dong.post(`/api/cases/${c.id}/people`, {
      version: c.version,
      name: '나 이 어머니',
      relation: 'parent',
      age: 81,
    });
    expect(added.statusCode, added.body).toBe(201);
    const a = added.json() as Detail;
    expect(a.household.members[1]).toEqual({ relation: 'parent', age: 81 });
    const mother = a.people[1]?.id;
    const bad = await dong.patch(`/api/cases/${c.id}/people/${mother}`, { version: a.version, age: 200 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/age/);
    // Another field leaves the age as it is; a birth date replaces it; null clears it.
    const phone = await dong.patch(`/api/cases/${c.id}/people/${mother}`, {
      version: a.version,
      phone: '010-3333-4444',
    });
    expect((phone.json() as Detail).household.members[1]).toEqual({ relation: 'parent', age: 81 });
    const born = await dong.patch(`/api/cases/${c.id}/people/${mother}`, {
      version: a.version + 1,
      birthDate: '1944-05-05',
      age: 60,
    });
    expect(born.statusCode, born.body).toBe(200);
    expect((born.json() as Detail).household.members[1]).toEqual({ relation: 'parent', birthDate: '1944-05-05' });
    expect((born.json() as Detail).timeline[0]).toMatchObject({ detail: { changed: ['birthDate', 'age'] } });
    const unborn = await dong.patch(`/api/cases/${c.id}/people/${mother}`, {
      version: a.version + 2,
      birthDate: null,
      age: null,
    });
    expect((unborn.json() as Detail).household.members[1]).toEqual({ relation: 'parent' });
  });

  it('gives a case opened without a household one holding its people and its 구', async () => {
    const made = await dong.post('/api/cases', { people: [{ name: '빈 가구', relation: 'head' }], consent });
    expect(made.json().household).toEqual({ gwangjuDistrict: 'dong', members: [{ relation: 'head' }] });
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
