import type { FastifyInstance } from 'fastify';
import { asStaff, householdOf } from '../cases/support.ts';
import { loginAs } from '../support/staff.ts';

export type Client = ReturnType<typeof asStaff>;

export async function as(app: FastifyInstance, username: string): Promise<Client> {
  return asStaff(app, await loginAs(app, username));
}

/** A fresh case in 동구 with consent to share, screened once, so a referral has a summary to carry. */
export async function makeCase(counselor: Client, sharing = true) {
  const made = await counselor.post('/api/cases', {
    district: 'dong',
    people: [
      { name: '연계 시험', birthDate: '1950-03-04', relation: 'head', phone: '010-5555-0101' },
      { name: '연계 가족', birthDate: '1952-06-07', relation: 'spouse' },
    ],
    housing: {
      dong: '충장동',
      detail: '가상로 1',
      tenure: 'monthly_rent',
      housingType: 'jjokbang',
      monthlyRent: 250000,
    },
    household: householdOf([76, 74], 300000),
    needs: ['이사'],
    consent: { collection: true, sharing },
  });
  if (made.statusCode !== 201) throw new Error(`case: ${made.statusCode} ${made.body}`);
  const c = made.json() as { id: string; version: number };
  const screened = await counselor.post(`/api/cases/${c.id}/screenings`, {});
  if (screened.statusCode >= 300) throw new Error(`screen: ${screened.statusCode} ${screened.body}`);
  return c.id;
}

/** The id of a directory service by its slug (the seeded Gwangju directory). */
export async function serviceId(app: FastifyInstance, slug: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url: '/api/directory/services' });
  const found = (res.json().items as { id: string; slug: string }[]).find((s) => s.slug === slug);
  if (!found) throw new Error(`no service ${slug}`);
  return found.id;
}

/** Sends a referral of case `caseId` to the service `slug`, name and contact shared: its id. */
export async function refer(app: FastifyInstance, counselor: Client, caseId: string, slug: string): Promise<string> {
  const res = await counselor.post(`/api/cases/${caseId}/referrals`, {
    serviceId: await serviceId(app, slug),
    message: '연계합니다',
    sharedFields: ['name', 'contact'],
  });
  if (res.statusCode !== 201) throw new Error(`referral: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
