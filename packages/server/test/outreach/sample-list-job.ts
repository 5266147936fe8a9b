import { multipart } from '@jibsa/lists/test-files';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { StaffLogin } from '../support/staff.ts';

/** The sample list staff can download (200 fictional households), uploaded by `who`: its id and suggested mapping. */
export async function uploadSampleList(app: FastifyInstance, who: StaffLogin) {
  const sample = await app.inject({ method: 'GET', url: '/api/outreach/sample-list.csv', cookies: who.cookies });
  const form = multipart('예시명단.csv', Buffer.from(sample.body, 'utf8'));
  const up = await app.inject({
    method: 'POST',
    url: '/api/outreach/lists',
    cookies: who.cookies,
    payload: form.payload,
    headers: { ...form.headers, ...who.csrf },
  });
  expect(up.statusCode, up.body).toBe(201);
  return { id: up.json().id as string, mapping: up.json().suggestedMapping as Record<string, string> };
}

/** Screens a list as of `date` and waits until the job is done (or 30 s pass): the job as the API last gave it. */
export async function screenToEnd<Job extends { id: string; state?: string }>(
  app: FastifyInstance,
  who: StaffLogin,
  list: { id: string; mapping: Record<string, string> },
  date: string,
  extra: { assumeNone?: boolean } = {},
): Promise<Job> {
  const started = await app.inject({
    method: 'POST',
    url: `/api/outreach/lists/${list.id}/jobs`,
    payload: { mapping: list.mapping, date, ...extra },
    cookies: who.cookies,
    headers: who.csrf,
  });
  expect(started.statusCode, started.body).toBe(202);
  let job: Job = started.json();
  for (let i = 0; i < 300 && job.state !== 'done'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    job = (await app.inject({ method: 'GET', url: `/api/outreach/jobs/${job.id}`, cookies: who.cookies })).json();
  }
  return job;
}
