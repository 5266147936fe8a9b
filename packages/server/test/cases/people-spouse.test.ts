import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { consent, staffPerBlock } from './support.ts';

describeOnEachDatabase('a household member saved as 배우자 must be possible', (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  let caseId = '';
  const version = async () => (await dong.get(`/api/cases/${caseId}`)).json().version as number;
  const add = async (person: Record<string, unknown>) =>
    dong.post(`/api/cases/${caseId}/people`, { version: await version(), ...person });
  const relationError = (res: { json(): { errors: { path: string; detail: string }[] } }) =>
    res.json().errors.find((e) => e.path === 'relation')?.detail;

  beforeAll(async () => {
    const made = await dong.post('/api/cases', {
      district: 'dong',
      people: [{ name: '배 우 선', relation: 'head', birthDate: '1952-04-01' }],
      consent,
    });
    expect(made.statusCode, made.body).toBe(201);
    caseId = made.json().id;
  });

  it('refuses a child as 배우자, by the age given or the birth date, and a member with no relation', async () => {
    const young = await add({ name: '배 우 아', relation: 'spouse', age: 12 });
    expect(young.statusCode).toBe(400);
    expect(relationError(young)).toBe(
      'relation: 배우자로 적기에는 나이(만 12세)가 어립니다. 관계나 나이를 확인해 주세요.',
    );
    const born = await add({ name: '배 우 아', relation: 'spouse', birthDate: '2015-01-01' });
    expect(born.statusCode).toBe(400);
    expect(relationError(born)).toContain('어립니다');
    const none = await add({ name: '배 우 아', age: 12 });
    expect(none.statusCode).toBe(400);
    expect(relationError(none)).toContain('꼭 입력해야');
    // Nothing was saved by the refusals.
    expect((await dong.get(`/api/cases/${caseId}`)).json().people).toHaveLength(1);
  });

  it('refuses making a child member the spouse by the age the household keeps, then takes one adult spouse only', async () => {
    const child = await add({ name: '배 우 손', relation: 'grandchild', age: 12 });
    expect(child.statusCode, child.body).toBe(201);
    const id = (child.json().people as { id: string; name: string }[]).find((p) => p.name === '배 우 손')?.id;
    // Only the relation is sent: the age the household keeps for this member (12) is the one checked.
    const spouse = await dong.patch(`/api/cases/${caseId}/people/${id}`, {
      version: await version(),
      relation: 'spouse',
    });
    expect(spouse.statusCode).toBe(400);
    expect(relationError(spouse)).toContain('만 12세');
    expect((await add({ name: '배 우 자', relation: 'spouse', birthDate: '1954-06-01' })).statusCode).toBe(201);
    const second = await add({ name: '배 우 둘', relation: 'spouse', age: 60 });
    expect(second.statusCode).toBe(400);
    expect(relationError(second)).toBe('relation: 배우자는 한 명만 적을 수 있습니다. 관계를 확인해 주세요.');
  });
});
