// Every case and admin route (walked from app.routeList, so a new route without a row here fails
// the test) × every role × own / other district → the expected status; out of scope is 404 with no data.
// A session whose password an administrator reset ('reset') is refused everywhere here until it is changed.

import { csvBytes, multipart } from '@jibsa/lists/test-files';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase, type TestApp } from '../support/backends.ts';
import { loginAs, type StaffLogin } from '../support/staff.ts';
import { asStaff, consent, householdOf, PNG_BASE64 } from './support.ts';

type Who = 'anonymous' | 'admin' | 'city' | 'partner' | 'own' | 'other' | 'reset';
const ACCOUNTS: Record<Exclude<Who, 'anonymous' | 'reset'>, string> = {
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
  accountId: string;
  agencyId: string;
  serviceId: string;
  /** Two services a referral may go to (a case holds one open referral to a service at a time). */
  referServiceIds: [string, string];
  version: number;
  status: string;
  listId: string;
  jobId: string;
  /** A policy what-if counted in the background, on that job. */
  runId: string;
  personIds: string[];
}
interface Row {
  request: (ids: Ids) => { url: string; payload?: object; headers?: Record<string, string> };
  /** Status per caller; anonymous is always 401, partner always 403, and city 403 unless given. */
  own: number;
  other: number;
  admin: number;
  city?: number;
}

const caseRoute = (own: number, request: Row['request']): Row => ({ request, own, other: 404, admin: own });
const adminRoute = (admin: number, request: Row['request']): Row => ({ request, own: 403, other: 403, admin });
/** Outreach lists are scoped like cases; what is not a list's (fields, mappings, uploading) is open to every counselor. */
const outreachRoute = (status: number, request: Row['request']): Row => ({
  request,
  own: status,
  other: status,
  admin: status,
});
/** A list's counts (policy what-ifs): the city sees every list's, a counselor their own 구's. */
const countsRoute = (own: number, request: Row['request']): Row => ({
  request,
  own,
  other: 404,
  admin: own,
  city: own,
});
const OUTREACH_LIST = [
  ['성명', '생년월일', '월세'],
  ['매트릭스', '1948.5.1', '25만원'],
];
const OUTREACH_MAPPING = { 성명: 'reference', 생년월일: 'head.birthDate', 월세: 'monthlyRent' };
let made = 0;
let referred = 0;
let milestones = 0;
let removals = 0;
const service = {
  name: '매트릭스 상담',
  description: '가상 서비스',
  programIds: [],
  districts: ['dong'],
  hours: [],
  documents: [],
};
const ROUTES: Record<string, Row> = {
  'GET /api/cases': { request: () => ({ url: '/api/cases' }), own: 200, other: 200, admin: 200 },
  'GET /api/cases/duplicates': {
    request: () => ({ url: '/api/cases/duplicates?phone=01055551234' }),
    own: 200,
    other: 200,
    admin: 200,
  },
  // Who a case may be given to: each counselor their own 구's colleagues, an admin any 구's.
  'GET /api/cases/assignees': {
    request: () => ({ url: '/api/cases/assignees?district=dong' }),
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
  'POST /api/cases/:caseId/people': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/people`,
    payload: { version: i.version, name: '매트릭스 가족', relation: 'other' },
  })),
  'PATCH /api/cases/:caseId/people/:personId': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/people/${i.personIds[0]}`,
    payload: { version: i.version, phone: '010-5555-4321' },
  })),
  // Callers in loop order: the own counselor (6th) removes one member, the admin (7th) another.
  'DELETE /api/cases/:caseId/people/:personId': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/people/${i.personIds[removals++ % 7 === 6 ? 2 : 1]}?version=${i.version}`,
  })),
  'POST /api/cases/:caseId/status': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/status`,
    payload: { version: i.version, status: i.status === 'counseling' ? 'planning' : 'counseling' },
  })),
  // A counter intake linked to the case (no request: each caller may link again).
  'POST /api/cases/:caseId/links': caseRoute(200, (i) => ({
    url: `/api/cases/${i.caseId}/links`,
    payload: { from: 'phone' },
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
  'GET /api/cases/:caseId/notices': caseRoute(200, (i) => ({ url: `/api/cases/${i.caseId}/notices` })),
  'GET /api/cases/:caseId/referrals': caseRoute(200, (i) => ({ url: `/api/cases/${i.caseId}/referrals` })),
  'POST /api/cases/:caseId/referrals': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/referrals`,
    // The callers that may send (own, then admin, one after the other) take turns with two services:
    // a second open referral of the case to the same service would be refused (409).
    payload: { serviceId: i.referServiceIds[++referred % 2], message: '매트릭스 의뢰', sharedFields: ['name'] },
  })),
  'GET /api/admin/agencies': adminRoute(200, () => ({ url: '/api/admin/agencies' })),
  'POST /api/admin/agencies': adminRoute(201, () => ({
    url: '/api/admin/agencies',
    payload: { slug: `matrix-${++made}`, name: '매트릭스 기관', kind: 'counseling', description: '가상 기관' },
  })),
  'PATCH /api/admin/agencies/:agencyId': adminRoute(200, (i) => ({
    url: `/api/admin/agencies/${i.agencyId}`,
    payload: { description: `바뀐 설명 ${++made}` },
  })),
  'POST /api/admin/agencies/:agencyId/services': adminRoute(201, (i) => ({
    url: `/api/admin/agencies/${i.agencyId}/services`,
    payload: { ...service, slug: `matrix-service-${++made}` },
  })),
  'PATCH /api/admin/services/:serviceId': adminRoute(200, (i) => ({
    url: `/api/admin/services/${i.serviceId}`,
    payload: { description: `바뀐 서비스 ${++made}` },
  })),
  'PUT /api/admin/agencies/:agencyId/members': adminRoute(200, (i) => ({
    url: `/api/admin/agencies/${i.agencyId}/members`,
    payload: { usernames: [] },
  })),
  // Started once: the counselor starts it, the admin after them finds it started (409).
  'POST /api/cases/:caseId/pathway': {
    request: (i) => ({ url: `/api/cases/${i.caseId}/pathway`, payload: { fromHousingType: 'jjokbang' } }),
    own: 201,
    other: 404,
    admin: 409,
  },
  'GET /api/cases/:caseId/pathway': caseRoute(200, (i) => ({ url: `/api/cases/${i.caseId}/pathway` })),
  'POST /api/cases/:caseId/pathway/milestones': caseRoute(201, (i) => ({
    url: `/api/cases/${i.caseId}/pathway/milestones`,
    payload: {
      // Callers in loop order: the own counselor (6th) records the first step, the admin (7th) the next.
      milestone: milestones++ % 7 === 6 ? 'rental_applied' : 'counseling',
      reachedOn: new Date().toISOString().slice(0, 10),
    },
  })),
  'GET /api/admin/break-glass': adminRoute(200, () => ({ url: '/api/admin/break-glass' })),
  'GET /api/admin/outreach/retention': adminRoute(200, () => ({ url: '/api/admin/outreach/retention' })),
  // The same days every time: the matrix checks who may, not what the setting becomes.
  'PUT /api/admin/outreach/retention': adminRoute(200, () => ({
    url: '/api/admin/outreach/retention',
    payload: { days: 90 },
  })),
  'GET /api/admin/accounts': adminRoute(200, () => ({ url: '/api/admin/accounts' })),
  'POST /api/admin/accounts': adminRoute(201, () => ({
    url: '/api/admin/accounts',
    payload: {
      username: `matrix.${++made}`,
      displayName: '매트릭스 새 계정',
      role: 'counselor',
      district: 'nam',
      temporaryPassword: 'matrix-temporary-1',
    },
  })),
  'PATCH /api/admin/accounts/:accountId': adminRoute(200, (i) => ({
    url: `/api/admin/accounts/${i.accountId}`,
    payload: { displayName: `매트릭스 대상 ${++made}` },
  })),
  'POST /api/admin/accounts/:accountId/password': adminRoute(204, (i) => ({
    url: `/api/admin/accounts/${i.accountId}/password`,
    payload: { temporaryPassword: 'matrix-temporary-2' },
  })),
  'POST /api/outreach/lists': outreachRoute(201, () => ({
    url: '/api/outreach/lists',
    ...multipart('매트릭스.csv', csvBytes(OUTREACH_LIST, 'cp949')),
  })),
  'GET /api/outreach/lists': outreachRoute(200, () => ({ url: '/api/outreach/lists' })),
  'GET /api/outreach/fields': outreachRoute(200, () => ({ url: '/api/outreach/fields' })),
  'GET /api/outreach/mappings': outreachRoute(200, () => ({ url: '/api/outreach/mappings' })),
  'GET /api/outreach/sample-list.csv': outreachRoute(200, () => ({ url: '/api/outreach/sample-list.csv' })),
  'PUT /api/outreach/mappings/:name': outreachRoute(200, () => ({
    url: `/api/outreach/mappings/${encodeURIComponent('매트릭스 명단')}`,
    payload: { columns: OUTREACH_MAPPING },
  })),
  'POST /api/outreach/lists/:listId/preview': caseRoute(200, (i) => ({
    url: `/api/outreach/lists/${i.listId}/preview`,
    payload: { mapping: OUTREACH_MAPPING },
  })),
  'POST /api/outreach/lists/:listId/jobs': caseRoute(202, (i) => ({
    url: `/api/outreach/lists/${i.listId}/jobs`,
    payload: { mapping: OUTREACH_MAPPING },
  })),
  'GET /api/outreach/jobs/:jobId': caseRoute(200, (i) => ({ url: `/api/outreach/jobs/${i.jobId}` })),
  'POST /api/outreach/jobs/:jobId/cancel': caseRoute(200, (i) => ({ url: `/api/outreach/jobs/${i.jobId}/cancel` })),
  'GET /api/outreach/jobs/:jobId/results': caseRoute(200, (i) => ({ url: `/api/outreach/jobs/${i.jobId}/results` })),
  'GET /api/outreach/jobs/:jobId/errors.csv': caseRoute(200, (i) => ({
    url: `/api/outreach/jobs/${i.jobId}/errors.csv`,
  })),
  'GET /api/outreach/jobs/:jobId/results.csv': caseRoute(200, (i) => ({
    url: `/api/outreach/jobs/${i.jobId}/results.csv?only=all`,
  })),
  'GET /api/outreach/jobs/:jobId/results.xlsx': caseRoute(200, (i) => ({
    url: `/api/outreach/jobs/${i.jobId}/results.xlsx`,
  })),
  'POST /api/outreach/jobs/:jobId/cases': caseRoute(200, (i) => ({
    url: `/api/outreach/jobs/${i.jobId}/cases`,
    payload: { rows: [2] },
  })),
  'GET /api/outreach/what-if/jobs': { ...outreachRoute(200, () => ({ url: '/api/outreach/what-if/jobs' })), city: 200 },
  'GET /api/outreach/jobs/:jobId/what-if': countsRoute(200, (i) => ({ url: `/api/outreach/jobs/${i.jobId}/what-if` })),
  'POST /api/outreach/jobs/:jobId/what-if': countsRoute(200, (i) => ({
    url: `/api/outreach/jobs/${i.jobId}/what-if`,
    payload: { overrides: [{ parameter: 'housing-benefit.selection-rate', value: 0.5 }] },
  })),
  'GET /api/outreach/jobs/:jobId/what-if/runs': countsRoute(200, (i) => ({
    url: `/api/outreach/jobs/${i.jobId}/what-if/runs`,
  })),
  'GET /api/outreach/what-if/runs/:runId': countsRoute(200, (i) => ({ url: `/api/outreach/what-if/runs/${i.runId}` })),
  'GET /api/admin/audit': adminRoute(200, () => ({ url: '/api/admin/audit?action=case.' })),
  'GET /api/admin/audit.csv': adminRoute(200, () => ({ url: '/api/admin/audit.csv?action=case.' })),
  'GET /api/admin/exports/hmis/:file': adminRoute(200, () => ({
    url: '/api/admin/exports/hmis/Enrollment.csv?from=2026-01-01&to=2026-12-31',
  })),
};

describeOnEachDatabase('authorization matrix: case and admin routes × role × district', (make) => {
  let t: TestApp;
  const logins = {} as Record<Exclude<Who, 'anonymous'>, StaffLogin>;
  const resetPassword = 'reset-temporary-2026';
  let ids: Ids;
  beforeAll(async () => {
    t = await make();
    for (const [who, username] of Object.entries(ACCOUNTS)) {
      logins[who as keyof typeof ACCOUNTS] = await loginAs(t.app, username);
    }
    const dong = asStaff(t.app, logins.own);
    const made = await dong.post('/api/cases', {
      people: [
        { name: '매트릭스', relation: 'head', phone: '010-5555-1234' },
        { name: '매트릭스 둘', relation: 'spouse' },
        { name: '매트릭스 셋', relation: 'child' },
      ],
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
    const admin = asStaff(t.app, logins.admin);
    const target = await admin.post('/api/admin/accounts', {
      username: 'matrix.target',
      displayName: '매트릭스 대상',
      role: 'counselor',
      district: 'dong',
      temporaryPassword: 'matrix-temporary-0',
    });
    const agency = await admin.post('/api/admin/agencies', {
      slug: 'matrix-agency',
      name: '매트릭스 기관',
      kind: 'counseling',
      description: '가상 기관',
    });
    const withService = await admin.post(`/api/admin/agencies/${agency.json().id}/services`, {
      ...service,
      slug: 'matrix-service',
    });
    expect(withService.statusCode, withService.body).toBe(201);
    const secondService = await admin.post(`/api/admin/agencies/${agency.json().id}/services`, {
      ...service,
      slug: 'matrix-service-2',
    });
    expect(secondService.statusCode, secondService.body).toBe(201);
    // A counselor whose password was reset: refused everywhere here until they change it.
    const accounts = (await admin.get('/api/admin/accounts')).json().items as { id: string; username: string }[];
    const resetId = accounts.find((a) => a.username === 'counselor.gwangsan')?.id;
    await admin.post(`/api/admin/accounts/${resetId}/password`, { temporaryPassword: resetPassword });
    logins.reset = await loginAs(t.app, 'counselor.gwangsan', resetPassword);
    const listed = await t.app.inject({
      method: 'POST',
      url: '/api/outreach/lists',
      cookies: logins.own.cookies,
      payload: multipart('매트릭스.csv', csvBytes(OUTREACH_LIST, 'cp949')).payload,
      headers: { ...multipart('x', Buffer.alloc(0)).headers, ...logins.own.csrf },
    });
    expect(listed.statusCode, listed.body).toBe(201);
    const job = await dong.post(`/api/outreach/lists/${listed.json().id}/jobs`, { mapping: OUTREACH_MAPPING });
    expect(job.statusCode, job.body).toBe(202);
    // The what-if routes need the screening finished (one row: a moment).
    for (let i = 0; i < 200; i++) {
      if ((await dong.get(`/api/outreach/jobs/${job.json().id}`)).json().state === 'done') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // A what-if of that list, as the background counter leaves one it finished.
    const run = await t.app.db
      .insertInto('outreach_whatif_run')
      .values({
        job_id: job.json().id,
        requested_by: (
          await t.app.db.selectFrom('staff_user').select('id').where('username', '=', 'city').executeTakeFirstOrThrow()
        ).id,
        overrides: JSON.stringify([{ parameter: 'housing-benefit.selection-rate', value: 0.5 }]),
        state: 'failed',
        error_code: 'JIBSA_NOT_FOUND',
        rows_total: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids = {
      listId: listed.json().id,
      jobId: job.json().id,
      runId: run.id,
      caseId,
      taskId: task.json().id,
      documentId: doc.json().id,
      accountId: target.json().id,
      agencyId: agency.json().id,
      serviceId: withService.json().services[0].id,
      referServiceIds: [
        withService.json().services[0].id,
        secondService.json().services.find((x: { slug: string }) => x.slug === 'matrix-service-2').id,
      ],
      version: 1,
      status: 'intake',
      personIds: made.json().people.map((p: { id: string }) => p.id),
    };
  });
  afterAll(async () => t.close());

  it('has an expected status for every case and admin route', () => {
    const listed = t.app.routeList
      .filter((r) => ['/api/cases', '/api/admin', '/api/outreach'].some((p) => r.url.startsWith(p)))
      .map((r) => `${r.method} ${r.url}`);
    expect(listed.length).toBeGreaterThanOrEqual(21);
    expect(Object.keys(ROUTES).sort()).toEqual([...listed].sort());
  });

  // About 50 routes × 7 callers, each after a fresh read of the case: ~20 s alone, more on a busy machine.
  it('answers each route for each caller as the matrix says', { timeout: 90_000 }, async () => {
    const refresh = async () => {
      const c = await asStaff(t.app, logins.admin).get(`/api/cases/${ids.caseId}`);
      ids = { ...ids, version: c.json().version, status: c.json().status };
    };
    const failures: string[] = [];
    for (const [key, row] of Object.entries(ROUTES)) {
      const [method] = key.split(' ') as [InjectOptions['method']];
      for (const who of ['anonymous', 'city', 'partner', 'reset', 'other', 'own', 'admin'] as Who[]) {
        await refresh();
        const { url, payload, headers } = row.request(ids);
        const login = who === 'anonymous' ? undefined : logins[who];
        const res = await t.app.inject({
          method,
          url,
          ...(payload ? { payload } : {}),
          ...(login ? { cookies: login.cookies } : {}),
          headers: { ...headers, ...login?.csrf },
        });
        const expected =
          who === 'anonymous'
            ? 401
            : who === 'city'
              ? (row.city ?? 403)
              : who === 'partner' || who === 'reset'
                ? 403
                : row[who as 'own' | 'other' | 'admin'];
        if (res.statusCode !== expected) failures.push(`${key} as ${who}: ${res.statusCode}, expected ${expected}`);
        if (who === 'reset') expect(res.json().code, key).toBe('JIBSA_PASSWORD_CHANGE_REQUIRED');
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
