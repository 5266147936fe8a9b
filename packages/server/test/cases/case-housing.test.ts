import { expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';
import { consent, staffPerBlock } from './support.ts';

interface Detail {
  id: string;
  version: number;
  household: { members?: Record<string, unknown>[] } & Record<string, unknown>;
  latestScreening?: { programs: { id: string; missing?: { path?: string }[] }[] };
}

describeOnEachDatabase("the case's housing and people reach the engine's household", (make) => {
  const t = appPerBlock(make);
  const dong = staffPerBlock(t, 'counselor.dong');
  const asked = (c: Detail, program: string) =>
    (c.latestScreening?.programs.find((p) => p.id === program)?.missing ?? []).map((m) => m.path);

  it('a case opened with people and housing only is screened with them: tenure and the head are not asked again', async () => {
    const made = await dong.post('/api/cases', {
      district: 'dong',
      people: [{ name: '서 나 래', relation: 'head', birthDate: '1948-05-06' }],
      housing: { tenure: 'monthly_rent', housingType: 'multi_family', deposit: 2_000_000 },
      consent,
    });
    expect(made.statusCode, made.body).toBe(201);
    const c = made.json() as Detail;
    expect(c.household).toMatchObject({
      tenure: 'monthly_rent',
      housingType: 'multi_family',
      deposit: 2_000_000,
      gwangjuDistrict: 'dong',
      members: [{ relation: 'head', birthDate: '1948-05-06' }],
    });
    expect((await dong.post(`/api/cases/${c.id}/screenings`, {})).statusCode).toBe(201);
    const screened = (await dong.get(`/api/cases/${c.id}`)).json() as Detail;
    const paths = asked(screened, 'housing-benefit.rent');
    expect(paths).not.toContain('tenure');
    expect(paths).not.toContain('deposit');
    expect(paths).not.toContain('members');
    expect(paths).toContain('monthlyRent');
  });

  it('housing changed alone is written onto the household, which then holds what the new record holds', async () => {
    const made = await dong.post('/api/cases', {
      district: 'dong',
      people: [{ name: '서 다 솜', relation: 'head' }],
      household: {
        gwangjuDistrict: 'dong',
        tenure: 'jeonse',
        deposit: 40_000_000,
        members: [{ relation: 'head', age: 70 }],
      },
      housing: { housingType: 'apartment' },
      consent,
    });
    expect(made.statusCode, made.body).toBe(201);
    const c = made.json() as Detail;
    // The given household is kept as it is, with the housing record's dwelling added.
    expect(c.household).toMatchObject({ tenure: 'jeonse', deposit: 40_000_000, housingType: 'apartment' });
    expect(c.household.members).toEqual([{ relation: 'head', age: 70 }]);
    const moved = await dong.patch(`/api/cases/${c.id}`, {
      version: c.version,
      housing: { tenure: 'monthly_rent', monthlyRent: 250_000 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = moved.json() as Detail;
    expect(after.household).toMatchObject({
      tenure: 'monthly_rent',
      monthlyRent: 250_000,
      members: [{ relation: 'head', age: 70 }],
    });
    // The new record says nothing of a deposit or a dwelling, and the case page shows none: neither
    // is screened from the old answers any more.
    expect(after.household).not.toHaveProperty('deposit');
    expect(after.household).not.toHaveProperty('housingType');

    // Housing and household changed together (the staff details form): the household given keeps
    // the answers the housing record leaves out.
    const both = await dong.patch(`/api/cases/${c.id}`, {
      version: after.version,
      housing: { tenure: 'jeonse' },
      household: { ...after.household, deposit: 30_000_000 },
    });
    expect(both.statusCode, both.body).toBe(200);
    expect((both.json() as Detail).household).toMatchObject({
      tenure: 'jeonse',
      deposit: 30_000_000,
      monthlyRent: 250_000,
    });
  });
});
