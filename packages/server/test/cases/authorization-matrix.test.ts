// Every case and admin route (walked from app.routeList, so a new route without a row here fails
// the test) × every role × own / other district → the expected status; out of scope is 404 with no data.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../support/app.ts';
import { loginAs, type StaffLogin } from '../support/staff.ts';
import { asStaff, consent, householdOf, PNG_BASE64 } from './support.ts';

type Who = 'anonymous' | 'admin' | 'city' | 'partner' | 'own' | 'other';
const ACCOUNTS: Record<Exclude<Who, 'anonymous'>, string> = {
  admin: 'admin',
  city: 'city',
  partner: 'partner.lh',
  own: 'counselor.dong',
  other: 'counselor.seo',
};

interface Ids {
  caseId: string;
  taskId: string;
  documentId: string;
  version: number;
  status: string;
}
interface Row {
  request: (ids: Ids) => { url: string; payload?: object };
  /** Status per caller; anonymous is always 401 and city/partner always 403. */
  own: number;
  other: number;
  admin: number;
}

const caseRoute = (own: number, request: Row['request']): Row => ({ request, own, other: 404, admin: own });
const ROUTES: Record<string, Row> = {
  'GET /api/cases': { request: () => ({ url: '/api/cases' }), own: 200, other: 200, admin: 200 },
  'GET /api/cases/duplicates': {
    request: () => ({ url: '/api/cases/duplicates?phone=01055551234' }),
    own: 200,
    other: 200,
    admin: 200,
  },
  'POST /api/cases': {
    request: () => ({
      url: '/api/cases',
      payload: { district: 'dong', people: [{ name: '새 사례', relation: 'head' }], consent },
    }),
    own: 201,
    other: 400,
    admin: 201,
  },
  'GET /api/cases/:caseId': caseRoute(200, (i) => ({ url: `/api/cases/${i.caseId}` })),
  'PATCH /api/cases/:caseId': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}`,
    payload: { version: i.version, needs: ['이사'] },
  })),
  'POST /api/cases/:caseId/status': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/status`,
    payload: { version: i.version, status: i.status === 'counseling' ? 'planning' : 'counseling' },
  })),
  'POST /api/cases/:caseId/screenings': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/screenings`,
    payload: {},
  })),
  'GET /api/cases/:caseId/screenings': caseRoute(200, (i) => ({ url: `/api/cases/${i.caseId}/screenings` })),
  'POST /api/cases/:caseId/what-if': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/what-if`,
    payload: { household: householdOf([70], 0) },
  })),
  'POST /api/cases/:caseId/tasks': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/tasks`,
    payload: { title: '방문 상담' },
  })),
  'PATCH /api/cases/:caseId/tasks/:taskId': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/tasks/${i.taskId}`,
    payload: { done: true },
  })),
  'POST /api/cases/:caseId/notes': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/notes`,
    payload: { body: '메모' },
  })),
  'POST /api/cases/:caseId/documents': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/documents`,
    payload: { kind: 'photo', filename: 'a.png', contentBase64: PNG_BASE64 },
  })),
  'GET /api/cases/:caseId/documents/:documentId': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/documents/${i.documentId}`,
  })),
  'GET /api/admin/break-glass': {
    request: () => ({ url: '/api/admin/break-glass' }),
    own: 403,
    other: 403,
    admin: 200,
  },
};

describe('authorization matrix: case and admin routes × role × district', () => {
  let t: Awaited<ReturnType<typeof makeTestApp>>;
  const logins = {} as Record<Exclude<Who, 'anonymous'>, StaffLogin>;
  let ids: Ids;
  beforeAll(async () => {
    t = await makeTestApp();
    for (const [who, username] of Object.entries(ACCOUNTS)) {
      logins[who as keyof typeof ACCOUNTS] = await loginAs(t.app, username);
    }
    const dong = asStaff(t.app, logins.own);
    const made = await dong.post('/api/cases', {
      people: [{ name: '매트릭스', relation: 'head', phone: '010-5555-1234' }],
      household: householdOf([70]),
      consent,
    });
    expect(made.statusCode).toBe(201);
    const caseId = made.json().id;
    const task = await dong.post(`/api/cases/${caseId}/tasks`, { title: '전화' });
    const doc = await dong.post(`/api/cases/${caseId}/documents`, {
      kind: 'photo',
      filename: 'p.png',
      contentBase64: PNG_BASE64,
    });
    ids = { caseId, taskId: task.json().id, documentId: doc.json().id, version: 1, status: 'intake' };
  });
  afterAll(async () => t.close());

  it('has an expected status for every case and admin route', () => {
    const listed = t.app.routeList
      .filter((r) => r.url.startsWith('/api/cases') || r.url.startsWith('/api/admin'))
      .map((r) => `${r.method} ${r.url}`);
    expect(listed.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(ROUTES).sort()).toEqual([...listed].sort());
  });

  it('answers each route for each caller as the matrix says', async () => {
    const refresh = async () => {
      const c = await asStaff(t.app, logins.admin).get(`/api/cases/${ids.caseId}`);
      ids = { ...ids, version: c.json().version, status: c.json().status };
    };
    const failures: string[] = [];
    for (const [key, row] of Object.entries(ROUTES)) {
      const [method] = key.split(' ') as [InjectOptions['method']];
      for (const who of ['anonymous', 'city', 'partner', 'other', 'own', 'admin'] as Who[]) {
        await refresh();
        const { url, payload } = row.request(ids);
        const login = who === 'anonymous' ? undefined : logins[who];
        const res = await t.app.inject({
          method,
          url,
          ...(payload ? { payload } : {}),
          ...(login ? { cookies: login.cookies, headers: login.csrf } : {}),
        });
        const expected =
          who === 'anonymous' ? 401 : who === 'city' || who === 'partner' ? 403 : row[who as 'own' | 'other' | 'admin'];
        if (res.statusCode !== expected) failures.push(`${key} as ${who}: ${res.statusCode}, expected ${expected}`);
        if (res.statusCode >= 400) {
          expect(res.headers['content-type'], key).toMatch(/problem\+json/);
          expect(res.body, `${key} as ${who} leaks the case`).not.toContain('매트릭스');
        }
        if (who === 'other' && key === 'GET /api/cases') {
          expect(res.body).not.toContain(ids.caseId);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
